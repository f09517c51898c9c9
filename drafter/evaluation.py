"""Score the rule-based parser against a folder of labelled letters.

A folder holds pairs `NAME.txt|.eml|.md|.html` + `NAME.json`, labelled by the conventions of the
development set's README ("Suggested scoring"). `score(folder)` parses every letter and compares
each labelled field; names match by their words, companies without legal suffixes, the rest
exactly (after case and Unicode folding). `bench/accuracy.py` prints the figures and the tests
hold them to floors; both import this module.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from .api import parse
from .errors import DrafterError
from .models import LABELLED_KEYS

__all__ = ["BREAKDOWN_FIELDS", "Row", "Score", "breakdown", "letter_files", "matches", "origin", "score"]
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


class Row(NamedTuple):
    """One letter's results, with what it is grouped by."""

    name: str
    origin: str
    language: str
    format: str
    right: dict[str, bool]


class Score(NamedTuple):
    """Per-field counts over one folder, one line per miss, and one row per letter."""

    correct: dict[str, int]
    total: dict[str, int]
    misses: list[str]
    rows: list[Row]

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
    rows: list[Row] = []
    for letter, label_file in letter_files(folder):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        got = predict(letter)
        keys = LABELLED_KEYS if label["is_rejection"] else ("is_rejection", "language")
        right: dict[str, bool] = {}
        for key in keys:
            total[key] += 1
            right[key] = matches(key, label.get(key), got.get(key))
            if right[key]:
                correct[key] += 1
            else:
                misses.append(f"  {letter.name:<10} {key:<15} expected {label.get(key)!r}, got {got.get(key)!r}")
        language = str(label.get("language") or "?")
        rows.append(Row(letter.stem, origin(letter.stem, folder), language, letter.suffix.lstrip("."), right))
    return Score(correct, total, misses, rows)


# The dev set's batches of origin, by stem (its README): d001-d020 came first, then four themed batches.
ORIGINS = (
    ("d001", "d020", "first 20"),
    ("d101", "d135", "HR/ATS templates"),
    ("d141", "d175", "quoted by people"),
    ("d181", "d215", "other languages"),
    ("d221", "d255", "sector and ATS mail"),
)


def origin(stem: str, folder: Path) -> str:
    """The batch a letter came in: a dev-set stem range, else its folder's name."""
    for first, last, name in ORIGINS:
        if len(stem) == len(first) and first <= stem <= last:
            return name
    return folder.name


BREAKDOWN_FIELDS = ("is_rejection", "company", "role", "stage", "reason", "feedback", "future")


def breakdown(rows: list[Row], by: str) -> list[str]:
    """One line per group: letters, overall accuracy and the judgement fields' accuracy."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(getattr(row, by), []).append(row)
    head = f"  {'by ' + by:<22} {'letters':>7} {'overall':>8}" + "".join(f" {f[:8]:>8}" for f in BREAKDOWN_FIELDS)
    lines = [head]
    for name in sorted(groups):
        group = groups[name]
        results = [ok for row in group for ok in row.right.values()]
        cells = []
        for field in BREAKDOWN_FIELDS:
            seen = [row.right[field] for row in group if field in row.right]
            cells.append(f"{100 * sum(seen) / len(seen):7.0f}%" if seen else f"{'-':>8}")
        overall = 100 * sum(results) / max(1, len(results))
        lines.append(f"  {name:<22} {len(group):>7} {overall:7.1f}%" + "".join(f" {c}" for c in cells))
    return lines
