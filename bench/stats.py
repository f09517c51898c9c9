"""Time `drafter stats` as a whole process on a 10,000-entry journal, against baselines.

    python bench/stats.py [--entries 10000] [--runs 7]

Builds the journal in a temporary folder with drafter's own journal API, then times, as separate
processes: `python -c "import sqlite3"` (the interpreter's floor), `python -m drafter --help`
(drafter's own start-up) and `python -m drafter stats` (plain and --json), after one warm-up run
that also writes drafter's bytecode, as an installed drafter has it. Prints the median and
best wall times, the ratios to the baselines, and whether stats met its budget (0.5 s).
Exit 1 when it did not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from drafter.journal import open_journal, record_letter
from drafter.journal.entries import STATUSES
from drafter.models import RejectionLetter

BUDGET_SECONDS = 0.5
STAGES = ("application", "application", "application", "screen", "screen", "interview", "final")
REASONS = (
    "other_candidates",
    "other_candidates",
    "position_filled",
    "role_closed",
    "experience",
    "logistics",
    "not_stated",
)
COMPANIES = [f"Company {n}" for n in range(400)]
FEEDBACK = (
    "Needed more depth in system design.",
    "Your SQL was strong; communication less so.",
    "Other candidates had more domain experience.",
)


def build(path: Path, entries: int, seed: int = 7) -> None:
    """A journal of `entries` entries: 60% rejections, 30% applications, 10% interviews."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    with open_journal(path) as journal:
        for n in range(entries):
            on = start + dt.timedelta(days=rng.randrange(3 * 365))
            company = rng.choice(COMPANIES)
            kind = rng.choices(("rejection", "application", "interview"), (6, 3, 1))[0]
            if kind == "rejection":
                letter = RejectionLetter(
                    is_rejection=True,
                    company=company,
                    role="Engineer",
                    stage=rng.choice(STAGES),  # type: ignore[arg-type]
                    reason=rng.choice(REASONS),  # type: ignore[arg-type]
                )
                rec = record_letter(journal, letter, source_sha256=f"{n:064x}", status=rng.choice(STATUSES), on=on)
                if rng.random() < 0.2:
                    journal.add_note(rec.id, rng.choice(FEEDBACK), "feedback")
            else:
                journal.add(
                    "application" if kind == "application" else "interview",
                    on=on - dt.timedelta(days=rng.randrange(10, 60)),
                    company=company,
                    role="Engineer",
                    stage="application" if kind == "application" else "interview",
                    notes=[("questions", "Tell me about yourself; design a cache")] if kind == "interview" else [],
                )


def timed(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - t0)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        t0 = time.perf_counter()
        build(path, args.entries)
        print(
            f"built a {args.entries:,}-entry journal in {time.perf_counter() - t0:.1f} s "
            f"({path.stat().st_size / 1e6:.1f} MB)"
        )
        env = {**os.environ, "DRAFTER_JOURNAL": str(path)}
        # as an installed drafter has: bytecode for its modules (the warm-up run writes it)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        py = sys.executable
        cases = {
            "python -c 'import sqlite3'": [py, "-c", "import sqlite3"],
            "drafter --help": [py, "-m", "drafter", "--help"],
            "drafter stats": [py, "-m", "drafter", "stats"],
            "drafter stats --json": [py, "-m", "drafter", "stats", "--json"],
        }
        timed(cases["drafter stats"], 1, env)  # warm the file cache and the bytecode
        results = {name: timed(argv, args.runs, env) for name, argv in cases.items()}
    base_py = statistics.median(results["python -c 'import sqlite3'"])
    base_help = statistics.median(results["drafter --help"])
    print(f"{'command':<28}{'median':>9}{'best':>9}{'x python':>10}{'x --help':>10}")
    for name, times in results.items():
        med = statistics.median(times)
        ratios = f"{med / base_py:>10.1f}{med / base_help:>10.2f}"
        print(f"{name:<28}{med:>8.3f}s{min(times):>8.3f}s{ratios}")
    worst = max(statistics.median(results[n]) for n in ("drafter stats", "drafter stats --json"))
    ok = worst < BUDGET_SECONDS
    print(
        f"drafter stats on {args.entries:,} entries: {worst:.3f} s median "
        f"({'within' if ok else 'OVER'} the {BUDGET_SECONDS} s budget); "
        f"{worst - base_help:.3f} s more than drafter's start-up"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
