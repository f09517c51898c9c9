"""`drafter batch` logs each rejection in the journal once, shared with `drafter draft`; a reply
written but not journaled (#11.13) is journaled by a later run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.batch import Options, run_batch
from drafter.cli import main
from drafter.config import load_settings
from drafter.errors import JournalError
from drafter.models import Message, Profile, RejectionLetter
from drafter.testing.letters import facts, letter_eml, letter_text

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
    # the invitation is not a rejection: it is logged as the application it is about (#12)
    assert sorted(str(e["kind"]) for e in entries) == ["application", "rejection", "rejection"]
    assert "Brightline Maps" in {e["company"] for e in entries}

    assert main(["batch", "--offline", "--quiet", str(folder)]) == 0  # nothing new
    assert main(["draft", "--offline", str(folder / "application-brightline.txt")]) == 0
    assert len(journal_entries(capsys)) == 3


def test_no_journal_and_check_leave_the_journal_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_bytes((EXAMPLES / "letters" / "application-brightline.txt").read_bytes())
    assert main(["batch", "--offline", "--quiet", "--check", str(folder)]) == 1
    assert main(["batch", "--offline", "--quiet", "--no-journal", str(folder)]) == 1
    assert journal_entries(capsys) == []


def _two_letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.eml").write_bytes(letter_eml(0))
    (folder / "b.txt").write_text(letter_text(1), encoding="utf-8")
    return folder


def test_replies_written_while_the_journal_was_unavailable_are_journaled_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _two_letters(tmp_path)
    blocker = tmp_path / "data"
    blocker.write_text("a file where the journal's folder should be\n", encoding="utf-8")
    journal = str(blocker / "journal.sqlite3")
    assert main(["batch", "--offline", "--journal", journal, str(folder)]) == 1
    assert "the journal is not updated" in capsys.readouterr().err
    blocker.unlink()  # the journal can be written again

    assert main(["batch", "--offline", "--journal", journal, str(folder)]) == 0  # no reply to write
    out = capsys.readouterr().out
    assert out.count("added to the journal") == 2 and "2 journaled now" in out
    assert main(["log", "--journal", journal, "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert sorted(e["company"] for e in entries) == sorted([facts(0).company, facts(1).company])
    assert main(["batch", "--offline", "--journal", journal, str(folder)]) == 0
    assert "2 up to date" in capsys.readouterr().out


def test_a_reply_whose_record_failed_is_journaled_by_the_next_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _two_letters(tmp_path)

    def locked(parsed: RejectionLetter, message: Message, sha256: str) -> None:
        raise JournalError("cannot write the journal: database is locked")

    settings = load_settings().model_copy(update={"backend": "offline"})
    report = run_batch([folder], Options(), settings=settings, profile=Profile(), record=locked)
    assert [o.status for o in report.outcomes] == ["failed", "failed"]
    assert main(["batch", "--offline", str(folder)]) == 0
    assert len(journal_entries(capsys)) == 2


def test_no_journal_replies_and_forgotten_entries_are_not_journaled_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _two_letters(tmp_path)
    assert main(["batch", "--offline", "--quiet", "--no-journal", str(folder / "a.eml")]) == 1
    assert main(["batch", "--offline", "--quiet", str(folder / "b.txt")]) == 1
    (entry,) = journal_entries(capsys)
    assert main(["log", "forget", str(entry["id"])]) == 0
    assert main(["batch", "--offline", str(folder)]) == 0
    assert "2 up to date" in capsys.readouterr().out
    assert journal_entries(capsys) == []
