"""Every rejection in the development set drafts cleanly offline; every non-rejection exits 3.

The letters live in ../shared/letters (not in this repository); without them these tests skip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.validate import MAX_WORDS, MIN_WORDS, words

from .conftest import SHARED_LETTERS, shared_letters

CASES = sorted(p for p in SHARED_LETTERS.glob("d*.*") if p.suffix != ".json") if SHARED_LETTERS.is_dir() else []
PLACEHOLDERS = ("[", "{{", "}}", "<name>", "[Your Name]")


def label(letter: Path) -> dict[str, object]:
    return json.loads(letter.with_suffix(".json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("letter", CASES or [None], ids=lambda p: p.name if p else "no-letters")
def test_offline_draft_for_each_dev_letter(letter: Path | None, capsys: pytest.CaptureFixture[str]) -> None:
    shared_letters()
    assert letter is not None
    expected = label(letter)
    code = main(["draft", str(letter), "--offline", "--json"])
    out, err = capsys.readouterr()
    if not expected["is_rejection"]:
        assert code == 3 and out == "", err
        return
    assert code == 0, err
    result = json.loads(out)
    email = result["email"]
    text = f"{email['subject']}\n{email['body']}".casefold()
    for key in ("company", "role"):
        if expected[key]:
            assert str(expected[key]).casefold() in text, f"{key} {expected[key]!r} missing"
    greeting = email["body"].splitlines()[0]
    if expected["sender_name"]:
        assert str(expected["sender_name"]).split()[0] in greeting
    elif expected["candidate_name"]:
        assert str(expected["candidate_name"]).split()[0] not in greeting
    assert not any(p in email["body"] for p in PLACEHOLDERS)
    assert MIN_WORDS <= words(email["body"]) <= MAX_WORDS
    assert len(result["checklist"]) >= 3
    expected_warnings = ("in English", "no name to sign with")  # nl/pt/it letters; no greeting name
    assert all(any(w in warning for w in expected_warnings) for warning in result["warnings"]), result["warnings"]
