"""`drafter log` and `drafter stats`, run as a user would, through `drafter.cli.main`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

import drafter
from drafter.cli import COMMANDS, main
from drafter.journal import open_journal, record_letter
from drafter.journal.entries import Status
from drafter.models import Reason, Stage

from .journal_helpers import LETTER, journal_file, run


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
        "follow-up",
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
    ]
    assert lines[3].split() == ["2*", "2026-01-20", "interview", "Birch", "-", "final", "-"]
    assert lines[4] == "* has notes: `drafter log show ID` prints an entry in full"
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
    assert code == 0 and out.endswith("): feedback received\n")
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
def test_missing_entries_are_one_line_errors(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
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


def test_journal_flag_wins_over_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
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
            letter = drafter.RejectionLetter(is_rejection=True, company=company, stage=stage, reason=reason)
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
