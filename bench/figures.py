"""Pieces the benchmarks share: option types that refuse values a run cannot use, and ratios."""

from __future__ import annotations

import argparse


def times(wall: float, ideal: float, digits: int = 2) -> str:
    """`wall` as a multiple of `ideal`; with no latency there is no ideal to compare with."""
    return f"{wall / ideal:.{digits}f}x" if ideal > 0 else "no ratio (with --latency 0 there is no ideal)"


def positive(text: str) -> int:
    """An option that must be a whole number of 1 or more (a count of letters or of jobs)."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def not_negative(text: str) -> float:
    """An option that must be a number of seconds, 0 or more."""
    value = float(text)
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value
