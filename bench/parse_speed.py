"""Letters per second through ingest + parse, on one core.

    python bench/parse_speed.py [LETTERS_DIR] [--seconds N] [--profile N]

Runs the letters in LETTERS_DIR (default ../shared/letters beside the repository) round after
round for about N seconds (default 3), and the same inputs through a baseline measured in the
same run: the stdlib alone reading each input (`email.message_from_bytes` + `get_body` + decode
for .eml, a UTF-8 decode for text). Prints letters/s for both and drafter's cost as a ratio, and
how drafter's time per letter splits between ingest (`read`) and the parser (`parse_message`).
`--profile N` prints instead the N functions that take the most time (cProfile, own time, as a
share of the whole), to find what to make faster.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import time
from collections.abc import Callable
from pathlib import Path

from drafter.ingest import read
from drafter.parsing import parse_message

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "letters"
SUFFIXES = (".eml", ".txt", ".md", ".html", ".htm")


def load(folder: Path) -> list[tuple[bytes, str]]:
    return [
        (p.read_bytes(), p.name)
        for p in sorted(folder.iterdir())
        if p.suffix in SUFFIXES and p.with_suffix(".json").is_file()
    ]


def drafter_once(data: bytes, name: str) -> object:
    return parse_message(read(data, name))


def ingest_once(data: bytes, name: str) -> object:
    return read(data, name)


def baseline_once(data: bytes, name: str) -> object:
    if not name.endswith(".eml"):
        return data.decode("utf-8", "replace")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    return part.get_content() if part is not None else ""


def rate(func: Callable[[bytes, str], object], inputs: list[tuple[bytes, str]], seconds: float) -> float:
    """Letters per second over whole rounds of the inputs."""
    for data, name in inputs:  # warm up: lazy imports, regex caches
        func(data, name)
    done = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for data, name in inputs:
            func(data, name)
        done += len(inputs)
    return done / elapsed


def profile(inputs: list[tuple[bytes, str]], top: int, rounds: int = 5) -> None:
    """The functions with the most time of their own over a few rounds, as shares of the whole."""
    import cProfile
    import pstats

    for data, name in inputs:  # warm up, as rate() does
        drafter_once(data, name)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for data, name in inputs:
            drafter_once(data, name)
    profiler.disable()
    stats: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in stats.values())
    print(f"{len(inputs)} letters x {rounds} rounds under cProfile ({total:.2f} s of own time)")
    print(f"{'own':>6} {'with callees':>12} {'calls':>8}  function")
    rows = sorted(stats.items(), key=lambda item: -item[1][2])[:top]
    for (path, line, func), (_, calls, own, cumulative, _) in rows:
        where = f"{Path(path).parent.name}/{Path(path).name}:{line}({func})" if line else func
        print(f"{own / total:6.1%} {cumulative / total:12.1%} {calls:8d}  {where}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("letters", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions instead")
    args = parser.parse_args(argv)
    inputs = load(args.letters)
    if not inputs:
        parser.error(f"no labelled letters in {args.letters}")
    if args.profile:
        profile(inputs, args.profile)
        return 0
    baseline = rate(baseline_once, inputs, args.seconds)
    ours = rate(drafter_once, inputs, args.seconds)
    ingest = rate(ingest_once, inputs, args.seconds)
    print(f"{len(inputs)} letters from {args.letters}, repeated for ~{args.seconds:g}s each")
    print(f"baseline (stdlib read + decode): {baseline:,.0f} letters/s")
    print(f"drafter ingest + parse: {ours:,.0f} letters/s ({baseline / ours:.1f}x the baseline's time per letter)")
    # the parser's share is what is left of the whole once ingest alone is timed
    per_letter, per_ingest = 1e3 / ours, 1e3 / ingest
    print(
        f"  of which ingest {per_ingest:.2f} ms/letter ({per_ingest / per_letter:.0%}), "
        f"parse {per_letter - per_ingest:.2f} ms/letter ({1 - per_ingest / per_letter:.0%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
