"""The journal side of `drafter draft`, and the journal commands with the network cut off."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import drafter
from drafter.journal import open_journal, record_letter

from .journal_helpers import LETTER, journal_file, run


@pytest.fixture
def letter_file(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_draft_records_the_letter_once(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    expected = drafter.parse(LETTER)
    for _ in range(2):
        code, _, err = run(capsys, "draft", "--offline", "--json", "--name", "Ann", str(letter_file))
        assert code == 0 and "journal" not in err
    with open_journal(journal_file()) as journal:
        entries = journal.entries()
    assert len(entries) == 1
    e = entries[0]
    assert (e.kind, e.company, e.role, e.stage, e.reason, e.feedback, e.status) == (
        "rejection",
        expected.company,
        expected.role,
        expected.stage,
        expected.reason,
        expected.feedback,
        "drafted",
    )
    assert e.date == dt.date.today()


def test_the_same_letter_pasted_differently_is_one_entry(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    run(capsys, "draft", "--offline", "--name", "Ann", str(letter_file))
    reflowed = letter_file.with_name("again.txt")
    # pasted again without the Subject line, with trailing spaces and blank lines
    body = LETTER.split("\n", 2)[2]
    reflowed.write_text(body.replace("\n", "  \n") + "\n\n", encoding="utf-8")
    run(capsys, "draft", "--offline", "--name", "Ann", str(reflowed))
    with open_journal(journal_file()) as journal:
        assert len(journal) == 1


def test_draft_says_which_entry_it_logged_and_the_next_step(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
    code, out, err = run(capsys, "draft", "--offline", "--name", "Ann", str(letter_file))
    assert code == 0 and "log mark" not in out  # stdout carries only the draft
    assert "drafter: logged as journal entry 1; once you have sent the email: drafter log mark 1 sent\n" in err
    code, out, err = run(capsys, "draft", "--offline", "--name", "Ann", str(letter_file))
    assert "drafter: already in the journal as entry 1; once you have sent the email: drafter log mark 1 sent\n" in err
    code, out, err = run(capsys, "draft", "--offline", "--no-journal", "--name", "Ann", str(letter_file))
    assert code == 0 and "journal" not in err


def test_no_journal_flag(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    code, _, _ = run(capsys, "draft", "--offline", "--no-journal", str(letter_file))
    assert code == 0 and not journal_file().exists()


def test_a_broken_journal_never_costs_the_draft(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    journal_file().write_text("not a database " * 100, encoding="utf-8")
    code, out, err = run(capsys, "draft", "--offline", "--json", str(letter_file))
    assert code == 0
    result = json.loads(out)
    assert result["email"]["body"]
    assert any("the journal was not updated" in w for w in result["warnings"])
    assert "drafter: warning: the journal was not updated: cannot open the journal" in err
    # the library call never touches the journal at all
    journal_file().unlink()
    drafter.draft(LETTER, backend="offline")
    assert not journal_file().exists()


def test_a_journal_that_cannot_be_created_never_costs_the_draft(
    capsys: pytest.CaptureFixture[str], letter_file: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(capsys, "draft", "--offline", "--journal", str(blocker / "j.sqlite3"), str(letter_file))
    assert code == 0 and "Subject:" in out
    assert "the journal was not updated" in err


def test_draft_checklist_learns_from_the_journal(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    parsed = drafter.parse(LETTER)
    today = dt.date.today()
    with open_journal(journal_file()) as journal:
        for n, days in enumerate((5, 20)):
            letter = parsed.model_copy(update={"company": f"Other{n}"})
            record_letter(
                journal,
                letter,
                source_sha256=f"old{n}",
                on=today - dt.timedelta(days=days),
                status="feedback",
            )
            journal.add_note(n + 1, "The panel wanted more system design depth.", "feedback")
    code, out, _ = run(capsys, "draft", "--offline", "--json", "--name", "Ann", str(letter_file))
    checklist = json.loads(out)["checklist"]
    assert code == 0 and len(checklist) <= 8
    learned = [i for i in checklist if i["why"].startswith("From your journal")]
    assert learned and checklist[0] == learned[0]
    assert "system design" in learned[0]["text"]
    if parsed.stage in ("application", "screen", "interview", "final"):
        assert any("third rejection" in i["why"] for i in learned)


# Every socket operation fails in these processes: the journal commands must not need one.
NO_NETWORK = """
import sys
def deny(event, args):
    if event.startswith("socket.") :
        raise OSError(f"network use blocked by the test: {event}")
sys.addaudithook(deny)
if sys.argv[1] == "--probe":
    import socket
    socket.create_connection(("127.0.0.1", 9), timeout=1)
from drafter.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _offline(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", NO_NETWORK, *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_the_network_block_works(tmp_path: Path) -> None:
    probe = _offline("--probe", cwd=tmp_path)
    assert probe.returncode != 0 and "network use blocked by the test" in probe.stderr


def test_the_journal_never_leaves_the_machine(tmp_path: Path, letter_file: Path) -> None:
    steps = [
        ("draft", "--offline", "--name", "Ann", str(letter_file)),
        ("log", "add", "interview", "Acme", "--questions", "Why us?"),
        ("log", "note", "1", "sent a thank-you"),
        ("log", "mark", "1", "sent"),
        ("log",),
        ("log", "--json"),
        ("stats",),
        ("stats", "--json"),
        ("log", "export", "--csv"),
        ("log", "export", "--json", "-o", str(tmp_path / "export.json")),
        ("log", "forget", "2"),
    ]
    for argv in steps:
        done = _offline(*argv, cwd=tmp_path)
        assert done.returncode == 0, (argv, done.stderr)
        assert "blocked" not in done.stderr and "warning" not in done.stderr, (argv, done.stderr)
    with open_journal(journal_file()) as journal:
        assert [(e.kind, e.status) for e in journal.entries()] == [("rejection", "sent")]
    assert json.loads((tmp_path / "export.json").read_text())[0]["kind"] in (
        "rejection",
        "interview",
    )


@pytest.mark.parametrize("shape", [[], ["--json"], ["--body-only"]])
def test_a_draft_that_could_not_be_printed_is_not_journaled(
    tmp_path: Path, letter_file: Path, shape: list[str]
) -> None:
    # #11.14: the journal says "drafted" only once the draft has reached the user
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = subprocess.run(
            [sys.executable, "-m", "drafter", "draft", "--offline", "--name", "Ann", *shape, str(letter_file)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            timeout=60,
        )
    assert done.returncode != 0
    with open_journal(journal_file()) as journal:
        assert journal.entries() == []


def test_a_printed_draft_is_journaled_with_what_the_journal_taught(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
    code, out, err = run(capsys, "draft", "--offline", "--json", "--name", "Ann", str(letter_file))
    assert code == 0 and "journal" not in err
    with open_journal(journal_file()) as journal:
        (entry,) = journal.entries()
        journal.add_note(entry.id, "They wanted more system design depth.", "feedback")
        journal.mark(entry.id, "feedback")
    # drafted again: its own entry is not a lesson, and it stays one entry
    code, out, _ = run(capsys, "draft", "--offline", "--json", "--name", "Ann", str(letter_file))
    assert code == 0
    assert not [i for i in json.loads(out)["checklist"] if "system design" in i["text"]]
    with open_journal(journal_file()) as journal:
        assert len(journal.entries()) == 1
