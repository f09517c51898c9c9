"""`drafter batch` logs each rejection in the journal once, shared with `drafter draft`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli import main

from .conftest import EXAMPLES


def journal_entries(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["log", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_batch_then_draft_counts_each_letter_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("application-brightline.txt", "interview-northwind.eml", "not-a-rejection-invitation.txt"):
        (folder / name).write_bytes((EXAMPLES / "letters" / name).read_bytes())

    assert main(["batch", "--offline", "--quiet", str(folder)]) == 1
    entries = journal_entries(capsys)
    assert len(entries) == 2  # the invitation is not a rejection
    assert "Brightline Maps" in {e["company"] for e in entries}

    assert main(["batch", "--offline", "--quiet", str(folder)]) == 0  # nothing new
    assert main(["draft", "--offline", str(folder / "application-brightline.txt")]) == 0
    assert len(journal_entries(capsys)) == 2


def test_no_journal_and_check_leave_the_journal_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_bytes((EXAMPLES / "letters" / "application-brightline.txt").read_bytes())
    assert main(["batch", "--offline", "--quiet", "--check", str(folder)]) == 1
    assert main(["batch", "--offline", "--quiet", "--no-journal", str(folder)]) == 1
    assert journal_entries(capsys) == []
