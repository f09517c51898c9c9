"""`drafter log`'s everyday edges (#12, #11 items 22-23): show, mark, export, limits, refusals, forget."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.journal import open_journal

from .journal_helpers import journal_file, run
from .test_everyday import Terminal

TODAY = dt.date.today()


def _drafter(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *argv], capture_output=True, text=True, timeout=60, check=False
    )


def test_log_show_prints_the_whole_entry_with_its_notes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        *("log", "add", "rejection", "Lumen Labs", "--role", "Data Analyst", "--stage", "final"),
        *("--reason", "experience", "--date", "2026-03-10", "--applied", "2026-02-01"),
        *("--questions", "Walk me through a dashboard\nand its users", "--went-badly", "the SQL part"),
    )
    assert code == 0
    assert run(capsys, "log", "note", "1", "asked Sam for a call")[0] == 0
    code, out, err = run(capsys, "log", "show", "1")
    assert code == 0 and err == ""
    for shown in (
        "entry 1: rejection",
        "2026-03-10",
        "2026-02-01 (37 days before)",
        "Lumen Labs",
        "Data Analyst",
        "final",
        "experience / skills",
        "Walk me through a dashboard",
        "    and its users",
        "the SQL part",
        "asked Sam for a call",
    ):
        assert shown in out, shown
    code, out, _ = run(capsys, "log", "show", "1", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == 1 and len(data["notes"]) == 3
    code, out, err = run(capsys, "log", "show", "7")
    assert code == 2 and out == "" and err == "drafter: error: no journal entry with id 7 (see `drafter log`)\n"


@pytest.mark.parametrize(
    ("status", "said"),
    [
        ("drafted", "feedback request drafted, not sent yet"),
        ("sent", "feedback request sent"),
        ("replied", "feedback request answered"),
        ("feedback", "feedback received"),
    ],
)
def test_mark_says_where_the_request_stands_in_words(
    capsys: pytest.CaptureFixture[str], status: str, said: str
) -> None:
    run(capsys, "log", "add", "rejection", "Acme", "--date", "2026-01-05")
    code, out, _ = run(capsys, "log", "mark", "1", status)
    assert code == 0 and out == f"entry 1 (rejection at Acme, 2026-01-05): {said}\n"
    assert "feedback request feedback" not in out


def test_csv_export_has_unique_column_names_and_keeps_both_feedbacks(capsys: pytest.CaptureFixture[str]) -> None:
    with open_journal(journal_file()) as journal:
        entry_id = journal.add("rejection", on=dt.date(2026, 1, 5), company="Acme", feedback="offered")
        journal.mark(entry_id, "feedback", "More depth on SQL")
    code, out, _ = run(capsys, "log", "export", "--csv")
    header, row = list(csv.reader(io.StringIO(out, newline="")))
    assert code == 0 and len(header) == len(set(header))
    cells = dict(zip(header, row, strict=True))
    assert cells["feedback_in_letter"] == "offered" and cells["feedback"] == "More depth on SQL"


def test_limit_zero_lists_none_and_a_negative_limit_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for company in ("Acme", "Birch", "Cobalt"):
        run(capsys, "log", "add", "application", company)
    code, out, _ = run(capsys, "log", "--json", "--limit", "0")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "log", "--json", "--limit", "2")
    assert [e["company"] for e in json.loads(out)] == ["Birch", "Cobalt"]
    with pytest.raises(SystemExit) as exc:
        run(capsys, "log", "--limit", "-1")
    assert exc.value.code == 2 and "not a count" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("application", ""), "the company cannot be empty"),
        (("application", "   "), "the company cannot be empty"),
        (("rejection", "Acme", "--date", (TODAY + dt.timedelta(days=1)).isoformat()), "is in the future"),
        (("application", "Acme", "--applied", (TODAY + dt.timedelta(days=30)).isoformat()), "is in the future"),
        (("rejection", "Acme", "--date", "2026-01-05", "--applied", "2026-01-09"), "is after the entry's date"),
    ],
)
def test_log_add_refuses_an_empty_company_and_dates_in_the_future(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    code, out, err = run(capsys, "log", "add", *argv)
    assert code == 2 and out == ""
    assert err.startswith("drafter: error: ") and said in err and len(err.splitlines()) == 1
    with open_journal(journal_file()) as journal:
        assert len(journal) == 0


def test_an_application_logged_with_applied_is_dated_the_day_of_applying(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "add", "application", "Lumen Labs", "--applied", "2026-11-01")
    assert code == 0 and out == "added entry 1: application at Lumen Labs, 2026-11-01\n"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_the_log_table_fits_80_columns(encoding: str) -> None:
    long_company = "Very Long Company Name Incorporated International Holdings"
    long_role = "Senior Principal Staff Software Engineer, Platform Reliability"
    for kind, stage in (("application", "application"), ("rejection", "application"), ("interview", "final")):
        add = ("log", "add", kind, long_company, "--role", long_role, "--stage", stage, "--note", "n")
        assert _drafter(*add).returncode == 0
    with open_journal(journal_file()) as journal:  # ids in three digits
        journal.mark(1, "feedback")  # the widest follow-up, in the last column (the rejection answered 1)
        for n in range(120):
            journal.add("application", on=TODAY, company=f"Acme {n}")
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "log"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = done.stdout.decode(encoding)
    lines = shown.splitlines()
    assert len(lines) > 120 and max(len(line) for line in lines) <= 80
    cut = "…" if encoding == "utf-8" else "..."
    assert f"Very Long C{cut}" in shown or f"Very Long{cut}" in shown
    assert f"Senior Prin{cut}" in shown or f"Senior Pr{cut}" in shown


def _add_forgettable() -> None:
    with open_journal(journal_file()) as journal:
        journal.add("rejection", on=dt.date(2026, 1, 5), company="Acme", notes=[("note", "keep me?")])


def _count() -> int:
    with open_journal(journal_file()) as journal:
        return len(journal)


@pytest.mark.parametrize(("answer", "left"), [(b"\n", 1), (b"n\n", 1), (b"y\n", 0)])
def test_forget_asks_first_on_a_terminal(answer: bytes, left: int) -> None:
    _add_forgettable()
    term = Terminal("log", "forget", "1", env={"NO_COLOR": "1"})
    term.wait_for(b"[y/N]")
    term.type(answer)
    code = term.finish()
    assert b"Forget entry 1 (rejection at Acme, 2026-01-05) and its notes?" in term.seen
    assert (code, _count()) == ((1, 1) if left else (0, 0))


def test_forget_yes_does_not_ask_and_a_pipe_is_not_asked() -> None:
    _add_forgettable()
    term = Terminal("log", "forget", "1", "--yes", env={"NO_COLOR": "1"})
    assert term.finish() == 0 and b"[y/N]" not in term.seen and b"forgot entry 1" in term.seen
    _add_forgettable()
    done = _drafter("log", "forget", "2")
    assert done.returncode == 0 and "forgot entry 2" in done.stdout and _count() == 0


@pytest.mark.parametrize("entry_id", ["99999999999999999999999", "0", "-3"])
def test_an_id_no_entry_can_have_is_a_one_line_error(capsys: pytest.CaptureFixture[str], entry_id: str) -> None:
    for action in (("note", entry_id, "x"), ("mark", entry_id, "sent"), ("show", entry_id), ("forget", entry_id)):
        code, out, err = run(capsys, "log", *action)
        assert code == 2 and out == ""
        assert err == f"drafter: error: no journal entry with id {entry_id} (see `drafter log`)\n"


def _bad_row() -> int:
    with open_journal(journal_file()) as journal:
        journal.add("application", on=dt.date(2026, 1, 5), company="Acme")
        bad = journal.add("rejection", on=dt.date(2026, 1, 20), company="Birch", stage="screen")
    with contextlib.closing(sqlite3.connect(journal_file())) as conn, conn:
        conn.execute("UPDATE entry SET date = '2026-13-45' WHERE id = ?", (bad,))
    return bad


def test_a_row_dated_2026_13_45_is_left_out_with_a_note_never_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    bad = _bad_row()
    note = f"drafter: warning: entry {bad} cannot be read (its date '2026-13-45'"
    for argv in (("log",), ("log", "--json"), ("log", "export", "--csv"), ("stats",), ("stats", "--json")):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        assert err.startswith(note) and len(err.splitlines()) == 1, (argv, err)
        assert "Acme" in out or "1 application" in out or '"applications": 1' in out
        assert "Birch" not in out
    code, out, err = run(capsys, "log", "show", str(bad))
    assert code == 2 and err.startswith(f"drafter: error: entry {bad} cannot be read") and len(err.splitlines()) == 1
    code, out, err = run(capsys, "log", "forget", str(bad))
    assert code == 0 and out == f"forgot entry {bad}: rejection at Birch, dated '2026-13-45'\n"
    assert run(capsys, "log")[2] == ""


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """Nobody may write `folder` or its files: chmod, or for root (whom modes do not stop) chattr +i."""
    paths = [folder, *folder.iterdir()]
    if os.geteuid() != 0:
        for path in paths:
            path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(0o700 if path.is_dir() else 0o600)
        return
    subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


def test_a_read_only_journal_can_still_be_listed_and_exported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    path = folder / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.add("application", on=dt.date(2026, 1, 5), company="Acme", notes=[("note", "hi")])
        journal.add("rejection", on=dt.date(2026, 1, 25), company="Acme", stage="screen")
    with _read_only(folder):
        with pytest.raises(OSError):
            (folder / "probe").write_text("x", encoding="utf-8")
        listed = _drafter("log", "--journal", str(path))
        assert listed.returncode == 0 and "Acme" in listed.stdout and listed.stderr == "", listed.stderr
        exported = _drafter("log", "export", "--json", "--journal", str(path))
        assert exported.returncode == 0, exported.stderr
        assert [e["kind"] for e in json.loads(exported.stdout)] == ["application", "rejection"]
        shown = _drafter("log", "show", "1", "--journal", str(path))
        assert shown.returncode == 0 and "hi" in shown.stdout
        stats = _drafter("stats", "--json", "--journal", str(path))
        assert stats.returncode == 0 and json.loads(stats.stdout)["entries"]["rejections"] == 1
        added = _drafter("log", "add", "application", "Birch", "--journal", str(path))
        assert added.returncode == 2 and added.stderr.startswith("drafter: error: cannot open the journal")
        assert len(added.stderr.splitlines()) == 1
    with open_journal(path) as journal:
        assert len(journal) == 2


@pytest.mark.parametrize("command", [("log",), ("log", "add", "application", "Acme"), ("stats",)])
def test_an_empty_journal_flag_is_an_error(capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    code, out, err = run(capsys, *command, "--journal", "")
    assert code == 2 and out == ""
    assert err.startswith("drafter: error: --journal was given an empty path") and len(err.splitlines()) == 1
    assert not journal_file().exists()
