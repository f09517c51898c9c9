"""Start-up cost of a whole offline draft, as a ratio to importing pydantic and jinja2.

    python bench/startup.py [--runs N]

Runs `drafter draft <example> --offline --json` and `python -c "import pydantic, jinja2"`
interleaved (so machine noise hits both alike) and prints the medians and their ratio.
Goal: a ratio of at most 2.0.

The goal is wall-clock time. On a busy machine wall time also counts the time spent waiting for
a core, so the CPU time each process used (user + system) is printed too, with its own ratio:
when the two ratios disagree, the machine was busy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "letters" / "final-round-kestrel.txt"


def _children_cpu() -> float:
    """CPU seconds used so far by finished child processes (NaN where `resource` is missing)."""
    try:
        import resource  # POSIX only
    except ImportError:
        return float("nan")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of `cmd`."""
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    return wall, _children_cpu() - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    script = shutil.which("drafter", path=str(Path(sys.executable).parent))
    drafter = [script] if script else [sys.executable, "-m", "drafter"]
    # No LLM settings; and bytecode may be written, as it is for an installed drafter (this
    # environment may set PYTHONDONTWRITEBYTECODE, which would make every run compile from source).
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "DRAFTER_")) and k != "PYTHONDONTWRITEBYTECODE"
    }
    # The journal is on (as for a user) but in a temporary folder, not the user's own.
    journal_dir = tempfile.mkdtemp(prefix="drafter-bench-")
    env["DRAFTER_JOURNAL"] = str(Path(journal_dir) / "journal.sqlite3")
    commands = {
        "baseline": [sys.executable, "-c", "import pydantic, jinja2"],
        "drafter": [*drafter, "draft", str(EXAMPLE), "--offline", "--json"],
    }
    for cmd in commands.values():  # warm the file cache and .pyc files
        timed(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            wall, used = timed(cmd, env)
            times[name].append(wall)
            cpu[name].append(used)
    base, ours = statistics.median(times["baseline"]), statistics.median(times["drafter"])
    base_cpu, ours_cpu = statistics.median(cpu["baseline"]), statistics.median(cpu["drafter"])
    cpu_note = "(CPU {:6.1f} ms)".format
    print(f"baseline  python -c 'import pydantic, jinja2'  median {base * 1000:7.1f} ms  {cpu_note(base_cpu * 1000)}")
    print(f"drafter   draft --offline --json              median {ours * 1000:7.1f} ms  {cpu_note(ours_cpu * 1000)}")
    shutil.rmtree(journal_dir, ignore_errors=True)
    print(f"startup ratio (drafter / baseline): {ours / base:.2f}  (goal <= 2.0, {args.runs} interleaved runs)")
    print(f"CPU-time ratio (drafter / baseline): {ours_cpu / base_cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
