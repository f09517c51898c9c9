"""`drafter log`, `drafter stats` and the journal side of `drafter draft`, run as a user would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import drafter
from drafter.cli import COMMANDS, main
from drafter.entries import Status
from drafter.journal import open_journal, record_letter
from drafter.models import Reason, Stage

LETTER = """Subject: Your application for Data Engineer

Dear Ann,

Thank you for taking the time to interview with us for the Data Engineer role at Acme Analytics.
After your interviews with the team, unfortunately we have decided to move forward with other
candidates whose experience more closely matches our needs.

Best regards,
Sam Lee
Talent Team, Acme Analytics
"""


def journal_file() -> Path:
    return Path(os.environ["DRAFTER_JOURNAL"])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def letter_file(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_log_and_stats_are_registered() -> None:
    assert COMMANDS["log"][0] == "log" and COMMANDS["stats"][0] == "stats"


def test_log_add_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "log",
        "add",
        "application",
        "Acme",
        "--role",
        "Data Engineer",
        "--date",
        "2026-01-05",
    )
    assert code == 0 and out == "added entry 1: application at Acme (Data Engineer), 2026-01-05\n"
    code, out, _ = run(
        capsys,
        "log",
        "add",
        "interview",
        "Birch",
        "--date",
        "2026-01-20",
        "--stage",
        "final",
        "--questions",
        "Why Birch?",
        "--answers",
        "Rambled",
        "--went-well",
        "rapport",
        "--went-badly",
        "the SQL exercise",
    )
    assert code == 0
    code, out, _ = run(capsys, "log")
    lines = out.splitlines()
    assert lines[0].split() == [
        "id",
        "date",
        "kind",
        "company",
        "role",
        "stage",
        "reason",
        "follow-up",
        "notes",
    ]
    assert lines[2].split() == [
        "1",
        "2026-01-05",
        "application",
        "Acme",
        "Data",
        "Engineer",
        "application",
        "-",
        "-",
    ]
    assert lines[3].split() == [
        "2",
        "2026-01-20",
        "interview",
        "Birch",
        "-",
        "final",
        "-",
        "-",
        "4",
    ]
    code, out, _ = run(capsys, "log", "--json")
    data = json.loads(out)
    assert [e["company"] for e in data] == ["Acme", "Birch"]
    assert {n["kind"]: n["text"] for n in data[1]["notes"]} == {
        "questions": "Why Birch?",
        "answers": "Rambled",
        "went_well": "rapport",
        "went_badly": "the SQL exercise",
    }


def test_log_filters(capsys: pytest.CaptureFixture[str]) -> None:
    for kind, company in (
        ("application", "Acme"),
        ("interview", "Acme Labs"),
        ("application", "Birch"),
    ):
        run(capsys, "log", "add", kind, company)
    _, out, _ = run(capsys, "log", "--json", "--company", "acme")
    assert [e["company"] for e in json.loads(out)] == ["Acme", "Acme Labs"]
    _, out, _ = run(capsys, "log", "--json", "--kind", "application", "--limit", "1")
    assert [e["company"] for e in json.loads(out)] == ["Birch"]


def test_empty_log(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log")
    assert code == 0 and out.startswith("no entries")


def test_note_mark_forget(capsys: pytest.CaptureFixture[str]) -> None:
    with open_journal(journal_file()) as journal:
        rid = record_letter(journal, drafter.parse(LETTER), source_sha256="x").id
    assert run(capsys, "log", "note", str(rid), "ask", "about", "the", "team")[:2] == (
        0,
        f"noted on entry {rid}\n",
    )
    code, out, _ = run(capsys, "log", "mark", str(rid), "sent")
    assert code == 0 and out.endswith("feedback request sent\n")
    code, out, _ = run(capsys, "log", "mark", str(rid), "feedback", "Go", "deeper", "on", "SQL")
    assert code == 0 and out.endswith("feedback request feedback\n")
    with open_journal(journal_file()) as journal:
        entry = journal.get(rid)
    assert entry.status == "feedback"
    assert entry.texts("note") == ["ask about the team"]
    assert entry.texts("feedback") == ["Go deeper on SQL"]
    code, out, _ = run(capsys, "log", "forget", str(rid))
    assert code == 0 and out.startswith(f"forgot entry {rid}: rejection at")
    with open_journal(journal_file()) as journal:
        assert len(journal) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ("log", "note", "42", "hello"),
        ("log", "mark", "42", "sent"),
        ("log", "forget", "42"),
    ],
)
def test_missing_entries_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err == "drafter: error: no journal entry with id 42 (see `drafter log`)\n"


def test_only_rejections_have_a_feedback_request(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "log", "add", "application", "Acme")
    code, _, err = run(capsys, "log", "mark", "1", "sent")
    assert code == 2 and "is an application, not a rejection" in err and len(err.splitlines()) == 1


def test_bad_dates_and_statuses_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["log", "add", "application", "Acme", "--date", "05/01/2026"])
    assert exc.value.code == 2
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["log", "mark", "1", "ghosted"])


def test_journal_flag_wins_over_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    run(capsys, "log", "add", "application", "Acme", "--journal", str(other))
    run(capsys, "log", "--journal", str(other), "add", "application", "Birch")
    with open_journal(other) as journal:
        assert [e.company for e in journal.entries()] == ["Acme", "Birch"]
    assert not journal_file().exists()


def test_export_csv_and_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(
        capsys,
        "log",
        "add",
        "interview",
        "Acme",
        "--role",
        "Analyst, Data",
        "--date",
        "2026-02-03",
        "--questions",
        "Q1\nQ2",
        "--note",
        'said "hi"',
    )
    code, out, _ = run(capsys, "log", "export", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 1
    assert rows[0]["role"] == "Analyst, Data" and rows[0]["date"] == "2026-02-03"
    assert rows[0]["questions"] == "Q1\nQ2" and rows[0]["note"] == 'said "hi"'
    assert rows[0]["status"] == ""
    code, out, _ = run(capsys, "log", "export", "--json")
    assert json.loads(out)[0]["notes"][0] == {
        "kind": "questions",
        "text": "Q1\nQ2",
        "created_at": json.loads(out)[0]["created_at"],
    }
    target = tmp_path / "out" / "journal.csv"
    code, out, _ = run(capsys, "log", "export", "--csv", "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("id,kind,date,")


def test_export_needs_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["log", "export"])
    assert exc.value.code == 2


def test_stats_json_on_a_known_journal(capsys: pytest.CaptureFixture[str]) -> None:
    with open_journal(journal_file()) as journal:
        journal.add("application", on=dt.date(2026, 1, 1), company="Acme")
        journal.add("application", on=dt.date(2026, 1, 3), company="Birch")
        rows: list[tuple[dt.date, str, Stage, Reason, Status]] = [
            (dt.date(2026, 1, 21), "Acme", "screen", "experience", "sent"),
            (dt.date(2026, 1, 30), "Birch", "screen", "experience", "feedback"),
            (dt.date(2026, 3, 2), "Cedar", "final", "other_candidates", "drafted"),
        ]
        for n, (on, company, stage, reason, status) in enumerate(rows):
            letter = drafter.RejectionLetter(
                is_rejection=True, company=company, stage=stage, reason=reason
            )
            record_letter(journal, letter, source_sha256=str(n), status=status, on=on)
    code, out, _ = run(capsys, "stats", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["entries"] == {"rejections": 3, "applications": 2, "interviews": 0}
    assert data["funnel"] == {
        "application": 0,
        "screen": 2,
        "interview": 0,
        "final": 1,
        "unknown": 0,
    }
    assert data["reasons"] == {"experience": 2, "other_candidates": 1}
    assert data["feedback"]["asked"] == 2 and data["feedback"]["received"] == 1
    assert data["per_month"] == {"2026-01": 2, "2026-02": 0, "2026-03": 1}
    assert data["days_to_answer"] == {
        "count": 2,
        "median": 23.5,
        "mean": 23.5,
        "min": 20,
        "max": 27,
    }
    code, out, _ = run(capsys, "stats")
    assert code == 0 and "screen" in out and "█" in out and "median 23.5 days" in out


def test_stats_on_a_new_journal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats")
    assert code == 0 and "journal is empty" in out


def test_draft_records_the_letter_once(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
    expected = drafter.parse(LETTER)
    for _ in range(2):
        code, _, err = run(
            capsys, "draft", "--offline", "--json", "--name", "Ann", str(letter_file)
        )
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


def test_the_same_letter_pasted_differently_is_one_entry(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
    run(capsys, "draft", "--offline", "--name", "Ann", str(letter_file))
    reflowed = letter_file.with_name("again.txt")
    # pasted again without the Subject line, with trailing spaces and blank lines
    body = LETTER.split("\n", 2)[2]
    reflowed.write_text(body.replace("\n", "  \n") + "\n\n", encoding="utf-8")
    run(capsys, "draft", "--offline", "--name", "Ann", str(reflowed))
    with open_journal(journal_file()) as journal:
        assert len(journal) == 1


def test_no_journal_flag(capsys: pytest.CaptureFixture[str], letter_file: Path) -> None:
    code, _, _ = run(capsys, "draft", "--offline", "--no-journal", str(letter_file))
    assert code == 0 and not journal_file().exists()


def test_a_broken_journal_never_costs_the_draft(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
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
    code, out, err = run(
        capsys, "draft", "--offline", "--journal", str(blocker / "j.sqlite3"), str(letter_file)
    )
    assert code == 0 and "Subject:" in out
    assert "the journal was not updated" in err


def test_draft_checklist_learns_from_the_journal(
    capsys: pytest.CaptureFixture[str], letter_file: Path
) -> None:
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
