"""The journal's storage: migrations, connection settings, dedupe, editing, errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from drafter.errors import DrafterError, JournalError
from drafter.journal.entries import parse_date
from drafter.journal.letters import record_letter, text_sha256
from drafter.journal.store import MIGRATIONS, SCHEMA_VERSION, default_path, open_journal
from drafter.models import RejectionLetter

LETTER = RejectionLetter(is_rejection=True, company="Acme", role="Data Engineer", stage="screen", reason="experience")


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn, conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {r[0] for r in rows}


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn, conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_migrates_a_new_journal_from_empty(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "journal.sqlite3"
    with open_journal(path) as journal:
        assert len(journal) == 0
        assert journal.entries() == []
    assert user_version(path) == SCHEMA_VERSION
    assert {"entry", "note"} <= tables(path)


def test_migrates_an_existing_empty_database_file(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    sqlite3.connect(path).close()  # a zero-byte file, as another tool might leave it
    with open_journal(path) as journal:
        journal.add("application", on=dt.date(2026, 1, 5), company="Acme")
    assert user_version(path) == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_older_version_keeping_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "journal.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:version]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute(
            "INSERT INTO entry (kind, date, company, stage, created_at, updated_at)"
            " VALUES ('application', '2026-01-02', 'Old Co', 'application', 'x', 'x')"
        )
    conn.close()
    with open_journal(path) as journal:
        companies = [e.company for e in journal.entries()]
    assert user_version(path) == SCHEMA_VERSION
    assert companies == (["Old Co"] if version >= 1 else [])


def test_reopening_a_current_journal_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.add("interview", on=dt.date(2026, 2, 1), company="Acme")
    with open_journal(path) as journal:
        assert [e.company for e in journal.entries()] == ["Acme"]
    assert user_version(path) == SCHEMA_VERSION


def test_a_journal_from_a_newer_drafter_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(JournalError, match="newer drafter"), open_journal(path):
        pass


def test_not_a_database_is_a_journal_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_text("this is not a database, just some text that is long enough" * 20)
    with pytest.raises(JournalError, match="cannot open the journal"), open_journal(path):
        pass


def test_journal_error_is_a_drafter_error_with_exit_code_2() -> None:
    assert issubclass(JournalError, DrafterError)
    assert JournalError.exit_code == 2


def test_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        conn = journal._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_record_letter_dedupes_by_source_hash(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        first = record_letter(journal, LETTER, source_sha256=text_sha256("Dear Ann,\nNo.\n"))
        again = record_letter(journal, LETTER, source_sha256=text_sha256("Dear Ann,  No."))
        other = record_letter(journal, LETTER, source_sha256=text_sha256("Dear Bob, no."))
        assert first.created and not again.created and other.created
        assert again.id == first.id
        assert len(journal) == 2


def test_record_letter_dedupes_by_message_id(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        first = record_letter(journal, LETTER, source_sha256="a" * 64, message_id="<m1@x>")
        # the same message saved again with different bytes: the Message-ID still matches
        again = record_letter(journal, LETTER, source_sha256="b" * 64, message_id=" <m1@x> ")
        letter_id = LETTER.model_copy(update={"message_id": "<m1@x>"})
        from_letter = record_letter(journal, letter_id, source_sha256=None)
        assert (first.created, again.created, from_letter.created) == (True, False, False)
        assert {first.id, again.id, from_letter.id} == {first.id}
        assert len(journal) == 1


def test_record_letter_ids_have_no_gaps_after_duplicates(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        ids = [record_letter(journal, LETTER, source_sha256=s).id for s in ("a", "a", "a", "b")]
    assert ids == [1, 1, 1, 2]


def test_record_letter_stores_the_letter(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        rec = record_letter(journal, LETTER, source_sha256="f" * 64, status="sent", on=dt.date(2026, 3, 4))
        entry = journal.get(rec.id)
    assert (entry.kind, entry.date, entry.company, entry.role) == (
        "rejection",
        dt.date(2026, 3, 4),
        "Acme",
        "Data Engineer",
    )
    assert (entry.stage, entry.reason, entry.feedback, entry.future, entry.status) == (
        "screen",
        "experience",
        "not_mentioned",
        "not_mentioned",
        "sent",
    )


def test_record_letter_needs_an_identity(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal, pytest.raises(JournalError):
        record_letter(journal, LETTER, source_sha256=None, message_id=None)


def test_add_note_mark_forget(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        rid = record_letter(journal, LETTER, source_sha256="a").id
        iid = journal.add(
            "interview",
            on=dt.date(2026, 2, 1),
            company="Acme",
            notes=[("questions", "Design a queue"), ("went_well", ""), ("went_badly", "SQL")],
        )
        journal.add_note(iid, "ask about on-call next time")
        assert [(n.kind, n.text) for n in journal.get(iid).notes] == [
            ("questions", "Design a queue"),
            ("went_badly", "SQL"),
            ("note", "ask about on-call next time"),
        ]
        marked = journal.mark(rid, "feedback", "More depth in system design")
        assert marked.status == "feedback"
        assert marked.texts("feedback") == ["More depth in system design"]
        forgotten = journal.forget(iid)
        assert forgotten.company == "Acme"
        assert [e.id for e in journal.entries()] == [rid]
        # notes go with their entry
        assert journal._conn.execute("SELECT count(*) FROM note WHERE entry_id = ?", (iid,)).fetchone()[0] == 0


def test_missing_ids_and_wrong_kinds_are_journal_errors(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        app = journal.add("application", on=dt.date(2026, 1, 1), company="Acme")
        with pytest.raises(JournalError, match="no journal entry with id 99"):
            journal.get(99)
        with pytest.raises(JournalError, match="no journal entry"):
            journal.add_note(99, "x")
        with pytest.raises(JournalError, match="no journal entry"):
            journal.forget(99)
        with pytest.raises(JournalError, match="not a rejection"):
            journal.mark(app, "sent")


def test_a_failed_write_is_rolled_back(tmp_path: Path) -> None:
    with open_journal(tmp_path / "j.sqlite3") as journal:
        with pytest.raises(JournalError):
            journal.add("bogus", on=dt.date(2026, 1, 1))  # type: ignore[arg-type]  # CHECK fails
        journal.add("application", on=dt.date(2026, 1, 1))
        assert len(journal) == 1


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {"XDG_DATA_HOME": "/data"}, Path("/data/drafter/journal.sqlite3")),
        ("linux", {}, Path.home() / ".local/share/drafter/journal.sqlite3"),
        ("darwin", {}, Path.home() / "Library/Application Support/drafter/journal.sqlite3"),
        (
            "win32",
            {"LOCALAPPDATA": "C:/Users/a/AppData/Local"},
            Path("C:/Users/a/AppData/Local/drafter/journal.sqlite3"),
        ),
    ],
)
def test_default_path(platform: str, environ: dict[str, str], expected: Path) -> None:
    assert default_path(environ, platform) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu, 12 Feb 2026 16:41:07 +0100", dt.date(2026, 2, 12)),
        ("Wednesday, 18 March 2026", dt.date(2026, 3, 18)),
        ("18 March 2026", dt.date(2026, 3, 18)),
        ("March 18, 2026", dt.date(2026, 3, 18)),
        ("2026-03-18", dt.date(2026, 3, 18)),
        ("2026-03-18T09:00:00Z", dt.date(2026, 3, 18)),
        ("18.03.2026", dt.date(2026, 3, 18)),
        ("next Tuesday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: dt.date | None) -> None:
    assert parse_date(text) == expected
