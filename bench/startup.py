"""Start-up cost of a whole offline draft, as a ratio to importing pydantic and jinja2.

    python bench/startup.py [--runs N]

Runs `drafter draft <example> --offline --json` and `python -c "import pydantic, jinja2"`
interleaved (so machine noise hits both alike) and prints the medians and their ratio.
Goal: a ratio of at most 2.0.
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


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
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(timed(cmd, env))
    base = statistics.median(times["baseline"])
    ours = statistics.median(times["drafter"])
    print(f"baseline  python -c 'import pydantic, jinja2'  median {base * 1000:7.1f} ms")
    print(f"drafter   draft --offline --json              median {ours * 1000:7.1f} ms")
    shutil.rmtree(journal_dir, ignore_errors=True)
    print(f"startup ratio (drafter / baseline): {ours / base:.2f}  (goal <= 2.0, {args.runs} interleaved runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
