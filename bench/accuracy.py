"""Score the rule-based parser against a folder of labelled letters.

    python bench/accuracy.py [LETTERS_DIR]

LETTERS_DIR holds pairs `NAME.txt|.eml` + `NAME.json` (default: ../shared/letters beside the
repository). Scoring follows the letters README ("Suggested scoring"). The overall figure is the
last line printed.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

from drafter.api import parse
from drafter.errors import DrafterError
from drafter.models import LABELLED_KEYS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT.parent / "shared" / "letters"
LETTER_SUFFIXES = (".eml", ".txt", ".md", ".html", ".htm")
ENUMS = {"is_rejection", "language", "stage", "reason", "feedback", "future"}
NAME_FIELDS = {"candidate_name", "sender_name"}
LEGAL_SUFFIXES = {
    "gmbh",
    "ag",
    "kg",
    "co.",
    "co",
    "kg.",
    "sas",
    "sa",
    "s.a.",
    "sarl",
    "s.a.r.l.",
    "spa",
    "s.p.a.",
    "srl",
    "s.r.l.",
    "bv",
    "b.v.",
    "nv",
    "n.v.",
    "sl",
    "s.l.",
    "ltd",
    "ltd.",
    "limited",
    "inc",
    "inc.",
    "llc",
    "plc",
    "a/s",
    "as",
    "ab",
    "oy",
    "se",
    "lda",
    "lda.",
    "ltda",
    "ltda.",
    "corp",
    "corp.",
    "corporation",
    "pty",
    "pty.",
    "&",
    "gmbh,",
    "n.a.",
    "na",
}


def norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return " ".join(text.split())


def tokens(value: object) -> set[str]:
    return set(re.findall(r"\w+", norm(value)))


def strip_legal(value: str) -> str:
    words = norm(value).replace(",", " ").split()
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def matches(key: str, expected: object, actual: object) -> bool:
    """Whether a predicted value counts as correct for one field."""
    if expected is None or actual is None:
        return expected is None and actual is None
    if key in ENUMS:
        return expected == actual
    if key in NAME_FIELDS:
        want, got = tokens(expected), tokens(actual)
        return bool(want and got) and (want <= got or got <= want)
    if key == "company":
        return norm(expected) == norm(actual) or strip_legal(str(expected)) == strip_legal(str(actual))
    return norm(expected) == norm(actual)


def letter_files(folder: Path) -> list[tuple[Path, Path]]:
    """(letter, label) pairs in name order."""
    pairs = []
    for label in sorted(folder.glob("*.json")):
        for suffix in LETTER_SUFFIXES:
            letter = label.with_suffix(suffix)
            if letter.is_file():
                pairs.append((letter, label))
                break
    return pairs


def predict(letter: Path) -> dict[str, object]:
    try:
        return parse(letter).contract()
    except DrafterError as exc:
        return {"error": str(exc)}


class Score(NamedTuple):
    """Per-field counts over one folder, and one line per miss."""

    correct: dict[str, int]
    total: dict[str, int]
    misses: list[str]

    def accuracy(self, key: str | None = None) -> float:
        """One field's accuracy, or the overall accuracy with no key."""
        if key is None:
            return sum(self.correct.values()) / max(1, sum(self.total.values()))
        return self.correct[key] / max(1, self.total[key])


def score(folder: Path) -> Score:
    """Score the parser on every labelled letter in a folder."""
    correct = dict.fromkeys(LABELLED_KEYS, 0)
    total = dict.fromkeys(LABELLED_KEYS, 0)
    misses: list[str] = []
    for letter, label_file in letter_files(folder):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        got = predict(letter)
        keys = LABELLED_KEYS if label["is_rejection"] else ("is_rejection", "language")
        for key in keys:
            total[key] += 1
            if matches(key, label.get(key), got.get(key)):
                correct[key] += 1
            else:
                misses.append(f"  {letter.name:<10} {key:<15} expected {label.get(key)!r}, got {got.get(key)!r}")
    return Score(correct, total, misses)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else DEFAULT_DIR
    pairs = letter_files(folder)
    if not pairs:
        print(f"no labelled letters in {folder}", file=sys.stderr)
        return 2
    correct, total, misses = result = score(folder)
    print(f"{len(pairs)} letters in {folder}")
    for key in LABELLED_KEYS:
        if total[key]:
            print(f"{key:<15} {correct[key]:>4}/{total[key]:<4} {100 * correct[key] / total[key]:6.1f}%")
    if misses:
        print("misses:")
        print("\n".join(misses))
    all_correct, all_total = sum(correct.values()), sum(total.values())
    print(f"overall {all_correct}/{all_total} {100 * result.accuracy():.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
