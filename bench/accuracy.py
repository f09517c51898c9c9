"""Score the rule-based parser against a folder of labelled letters.

    python bench/accuracy.py [LETTERS_DIR]

LETTERS_DIR holds pairs `NAME.txt|.eml` + `NAME.json` (default: ../shared/letters beside the
repository). Scoring follows the letters README ("Suggested scoring") and lives in
`drafter.evaluation`, which the tests use too. The overall figure is the last line printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from drafter.evaluation import breakdown, letter_files, score
from drafter.models import LABELLED_KEYS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "letters"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT_DIR
    pairs = letter_files(folder)
    if not pairs:
        print(f"no labelled letters in {folder}", file=sys.stderr)
        return 2
    correct, total, misses, rows = result = score(folder)
    print(f"{len(pairs)} letters in {folder}")
    for key in LABELLED_KEYS:
        if total[key]:
            print(f"{key:<15} {correct[key]:>4}/{total[key]:<4} {100 * correct[key] / total[key]:6.1f}%")
    for by in ("origin", "language", "format"):
        print("\n".join(breakdown(rows, by)))
    if misses:
        print("misses:")
        print("\n".join(misses))
    all_correct, all_total = sum(correct.values()), sum(total.values())
    print(f"overall {all_correct}/{all_total} {100 * result.accuracy():.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
