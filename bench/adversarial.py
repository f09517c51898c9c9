"""Time to parse inputs built to trip regular expressions, as a ratio to an ordinary letter.

    python bench/adversarial.py

Each input is about 100 KB of one repeated shape (long runs of one character, endless name lists,
quoted headers, rules). A parser whose patterns backtrack shows a ratio in the hundreds or
thousands; a linear one stays within a small multiple of the ordinary letter scaled to the same
size. Baseline: an ordinary rejection letter repeated to about 100 KB, parsed in the same run.
"""

from __future__ import annotations

import contextlib
import time

import drafter
from drafter.errors import DrafterError

LETTER = (
    "Dear Sam,\n\nThank you for interviewing for the Analyst role at Brindle Labs. We have decided to move "
    "forward with another candidate. I'm happy to share feedback on a short call.\n\nBest,\nKim Ode\n"
    "Talent Partner, Brindle Labs\n"
)
SHAPES = {
    "spaces": " " * 100_000,
    "dots": "." * 100_000,
    "parentheses": "(" * 100_000,
    "accented": "É" * 100_000,
    "capitalised-words": "Thank you for applying at " + "Aaa Bbb " * 12_000,
    "name-lists": "I met Ann and " * 7_000,
    "role-words": "the Senior Engineer position of the " * 3_000,
    "quoted-headers": "> From: x\n> Sent: y\n" * 4_000,
    "signature-names": "Best,\n" + "Name Name\n" * 10_000,
    "short-lines": "a\n" * 50_000,
    "negations": "we will not not not " * 5_000,
    "commas": "your skills, " * 8_000,
}


def seconds(text: str, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        # "input is empty" once the whitespace is stripped is an answer too
        with contextlib.suppress(DrafterError):
            drafter.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ordinary = LETTER * (100_000 // len(LETTER))
    base = seconds(ordinary)
    print(f"baseline: an ordinary letter repeated to {len(ordinary):,} chars: {base * 1000:.1f} ms")
    for name, text in SHAPES.items():
        took = seconds(text)
        print(f"{name:<18} {len(text):>8,} chars {took * 1000:8.1f} ms  {took / base:6.2f}x the baseline")


if __name__ == "__main__":
    main()
