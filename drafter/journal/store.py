"""The journal: every rejection, application and interview the user has logged, in embedded SQLite.

This is the only module that touches the database file. The schema is versioned with
`PRAGMA user_version` and upgraded by :data:`MIGRATIONS` when a journal is opened. The database
runs in WAL mode with a busy timeout, and every write is one short `BEGIN IMMEDIATE` transaction,
so several drafter processes (pre-commit runs hooks in parallel) can write at once without
losing anything. Callers get plain :class:`Entry` values; statistics are computed elsewhere, purely.
Recording a letter once (its identity) is in :mod:`.letters`.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import stat
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import JournalError
from . import linking
from .entries import Entry, Kind, Note, NoteKind, Status
from .linking import Application, company_key

FILENAME = "journal.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0  # writes are tiny: waiting longer only hides a stuck process

# One tuple of statements per schema version; MIGRATIONS[n] takes user_version n to n + 1.
# Never edit a released migration: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('rejection', 'application', 'interview')),
            date TEXT NOT NULL,
            applied_on TEXT,
            company TEXT,
            role TEXT,
            stage TEXT NOT NULL DEFAULT 'unknown',
            reason TEXT,
            feedback TEXT,
            future TEXT,
            status TEXT
                CHECK (status IS NULL OR status IN ('drafted', 'sent', 'replied', 'feedback')),
            source_sha256 TEXT,
            message_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX entry_source ON entry (source_sha256) WHERE source_sha256 IS NOT NULL",
        "CREATE UNIQUE INDEX entry_message ON entry (message_id) WHERE message_id IS NOT NULL",
        "CREATE INDEX entry_date ON entry (date)",
        """CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX note_entry ON note (entry_id)",
    ),
    # the letter files (sha256 of their bytes) batch has journaled; a row outlives a forgotten
    # entry (entry_id NULL), so a later run neither adds it back nor parses it again
    (
        """CREATE TABLE source_file (
            sha256 TEXT PRIMARY KEY,
            entry_id INTEGER REFERENCES entry (id) ON DELETE SET NULL
        )""",
    ),
    # a letter's headers and paragraphs, hashed, so that the same letter changed (a P.S. added)
    # is known again (see .letters)
    (
        "ALTER TABLE entry ADD COLUMN source_head TEXT",
        "ALTER TABLE entry ADD COLUMN source_parts TEXT",
        "CREATE INDEX entry_head ON entry (source_head) WHERE source_head IS NOT NULL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
MAX_ID = 2**63 - 1  # SQLite's largest INTEGER: a larger id names no entry

_ENTRY_COLUMNS = (
    "id, kind, date, applied_on, company, role, stage, reason, feedback, future, status, "
    "source_sha256, message_id, created_at, updated_at"
)


def default_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The journal's default place: the platform's per-user data folder."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "drafter" / FILENAME


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Journal:
    """An open journal. Use :func:`open_journal` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only  # opened read-only because it could not be opened for writing
        # entries left out of the last `entries()` because a row could not be read (one line each)
        self.unreadable: list[str] = []

    # -- plumbing -----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front so it never has to upgrade."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise JournalError(f"cannot write the journal {self.path}: {exc}") from None
        try:
            yield self._conn
        except sqlite3.Error as exc:
            self._conn.execute("ROLLBACK")
            raise JournalError(f"cannot write the journal {self.path}: {exc}") from None
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise JournalError(f"cannot read the journal {self.path}: {exc}") from None

    def close(self) -> None:
        self._conn.close()

    # -- reading ------------------------------------------------------------------------------

    def entries(self, *, kinds: Sequence[str] = (), with_notes: bool = True) -> list[Entry]:
        """Every entry (or those of the given kinds), oldest first, with notes unless not wanted."""
        where = f" WHERE kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
        rows = self._read(f"SELECT {_ENTRY_COLUMNS} FROM entry{where} ORDER BY date, id", kinds)
        notes: dict[int, list[Note]] = {}
        if with_notes:
            for n in self._read("SELECT entry_id, kind, text, created_at FROM note ORDER BY id"):
                notes.setdefault(n[0], []).append(Note(n[1], n[2], n[3]))
        self.unreadable = []
        entries = []
        for row in rows:
            try:
                entries.append(_entry(row, notes.get(row[0], ())))
            except ValueError:
                # a row edited by hand (a date such as 2026-13-45): one entry left out, not the journal
                self.unreadable.append(_unreadable(row))
        return entries

    def get(self, entry_id: int) -> Entry:
        """One entry by id; a JournalError names the id when there is none, or when it cannot be read."""
        rows = self._read(f"SELECT {_ENTRY_COLUMNS} FROM entry WHERE id = ?", (_id(entry_id),))
        if not rows:
            raise _no_entry(entry_id)
        notes = self._read("SELECT kind, text, created_at FROM note WHERE entry_id = ? ORDER BY id", (entry_id,))
        try:
            return _entry(rows[0], [Note(n[0], n[1], n[2]) for n in notes])
        except ValueError:
            raise JournalError(_unreadable(rows[0])) from None

    def __len__(self) -> int:
        return int(self._read("SELECT count(*) FROM entry")[0][0])

    # -- writing ------------------------------------------------------------------------------

    def add(
        self,
        kind: Kind,
        *,
        on: dt.date,
        company: str | None = None,
        role: str | None = None,
        stage: str = "unknown",
        reason: str | None = None,
        feedback: str | None = None,
        future: str | None = None,
        status: Status | None = None,
        applied_on: dt.date | None = None,
        notes: Sequence[tuple[NoteKind, str]] = (),
        link: bool = False,
    ) -> int:
        """Add an entry by hand (with its notes, in the same transaction); returns its id.

        With `link`, a rejection with no `applied_on` that answers a logged application (see
        :mod:`.linking`) becomes that entry, with both dates, instead of a new one.
        """
        with self._write() as conn:
            now = utc_now()
            app = answered_application(conn, company, role, on) if link and kind == "rejection" else None
            if app is not None and applied_on is None:
                answer(
                    conn,
                    app,
                    on=on,
                    now=now,
                    values={
                        "company": company,
                        "role": role,
                        "stage": stage,
                        "reason": reason,
                        "feedback": feedback,
                        "future": future,
                        "status": status,
                    },
                )
                conn.executemany(
                    "INSERT INTO note (entry_id, kind, text, created_at) VALUES (?,?,?,?)",
                    [(app.id, k, t, now) for k, t in notes if t.strip()],
                )
                return app.id
            cur = conn.execute(
                "INSERT INTO entry (kind, date, applied_on, company, role, stage, reason, feedback,"
                " future, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    kind,
                    on.isoformat(),
                    applied_on.isoformat() if applied_on else None,
                    company,
                    role,
                    stage,
                    reason,
                    feedback,
                    future,
                    status,
                    now,
                    now,
                ),
            )
            entry_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO note (entry_id, kind, text, created_at) VALUES (?,?,?,?)",
                [(entry_id, k, t, now) for k, t in notes if t.strip()],
            )
        return entry_id

    def add_note(self, entry_id: int, text: str, kind: NoteKind = "note") -> None:
        """Attach a note to an entry."""
        with self._write() as conn:
            self._require(conn, entry_id)
            conn.execute(
                "INSERT INTO note (entry_id, kind, text, created_at) VALUES (?,?,?,?)",
                (entry_id, kind, text, utc_now()),
            )

    def mark(self, entry_id: int, status: Status, text: str | None = None) -> Entry:
        """Move a rejection's feedback request to `status`, with an optional note (the reply)."""
        with self._write() as conn:
            kind = self._require(conn, entry_id)
            if kind != "rejection":
                raise JournalError(
                    f"entry {entry_id} is an {kind}, not a rejection: there is no feedback request to track"
                )
            now = utc_now()
            conn.execute("UPDATE entry SET status = ?, updated_at = ? WHERE id = ?", (status, now, entry_id))
            if text and text.strip():
                note_kind = {"feedback": "feedback", "replied": "reply"}.get(status, "note")
                conn.execute(
                    "INSERT INTO note (entry_id, kind, text, created_at) VALUES (?,?,?,?)",
                    (entry_id, note_kind, text, now),
                )
        return self.get(entry_id)

    def forget(self, entry_id: int) -> Entry:
        """Delete an entry and its notes; returns what was deleted."""
        entry = self.get(entry_id)
        self.delete(entry_id)
        return entry

    def summary(self, entry_id: int) -> str:
        """`rejection at Acme (Analyst), 2026-03-02`, also for a row that cannot be read."""
        rows = self._read(f"SELECT {_ENTRY_COLUMNS} FROM entry WHERE id = ?", (_id(entry_id),))
        if not rows:
            raise _no_entry(entry_id)
        try:
            return describe(_entry(rows[0], ()))
        except ValueError:
            return f"{rows[0][1]} at {rows[0][4] or 'unknown company'}, dated {rows[0][2]!r}"

    def delete(self, entry_id: int) -> None:
        """Delete an entry and its notes, even one whose row cannot be read."""
        with self._write() as conn:
            self._require(conn, entry_id)
            conn.execute("DELETE FROM entry WHERE id = ?", (entry_id,))

    def _require(self, conn: sqlite3.Connection, entry_id: int) -> str:
        row = conn.execute("SELECT kind FROM entry WHERE id = ?", (_id(entry_id),)).fetchone()
        if row is None:
            raise _no_entry(entry_id)
        return str(row[0])


def answered_application(
    conn: sqlite3.Connection,
    company: str | None,
    role: str | None,
    on: dt.date,
    requisition_id: str | None = None,
) -> Application | None:
    """The logged application a rejection answers, if one clearly does (see :mod:`.linking`)."""
    if not company_key(company):
        return None
    apps = []
    for entry_id, day, app_company, app_role in conn.execute(
        "SELECT id, date, company, role FROM entry WHERE kind = 'application'"
    ):
        try:
            apps.append(Application(int(entry_id), dt.date.fromisoformat(day), app_company, app_role))
        except ValueError:
            continue  # an unreadable row is reported when the entries are read
    return linking.answered_application(apps, company=company, role=role, on=on, requisition_id=requisition_id)


def answer(conn: sqlite3.Connection, app: Application, *, on: dt.date, now: str, values: Mapping[str, object]) -> None:
    """Turn the application `app` into the rejection that answers it: its date becomes `applied_on`.

    `values` are the rejection's columns; the company and role the user logged are kept, and so is
    a stage past `application` the rejection does not reach (an interview invitation logged before
    a rejection that names no stage).
    """
    kept = ("company", "role")
    values = dict(values)
    row = conn.execute("SELECT stage FROM entry WHERE id = ?", (app.id,)).fetchone()
    if "stage" in values and row and row[0] not in ("application", "unknown"):
        # a letter (an interview invitation) showed the application got further than applied
        values["stage"] = linking.further_stage(str(row[0]), str(values["stage"]))
    columns = [k for k in values if k not in kept]
    conn.execute(
        "UPDATE entry SET kind = 'rejection', date = ?, applied_on = date, updated_at = ?,"
        " company = coalesce(company, ?), role = coalesce(role, ?), "
        + ", ".join(f"{k} = ?" for k in columns)
        + " WHERE id = ?",
        (on.isoformat(), now, values.get("company"), values.get("role"), *(values[k] for k in columns), app.id),
    )


def describe(entry: Entry) -> str:
    """`interview at Acme (Data Engineer), 2026-03-02`."""
    role = f" ({entry.role})" if entry.role else ""
    return f"{entry.kind} at {entry.company or 'unknown company'}{role}, {entry.date.isoformat()}"


def _id(entry_id: int) -> int:
    """`entry_id` as SQLite can take it; an id no entry can have is an error, not an OverflowError."""
    if not 0 < entry_id <= MAX_ID:
        raise _no_entry(entry_id)
    return entry_id


def _no_entry(entry_id: int) -> JournalError:
    return JournalError(f"no journal entry with id {entry_id} (see `drafter log`)")


def _unreadable(row: Sequence[Any]) -> str:
    return (
        f"entry {row[0]} cannot be read (its date {row[2]!r} or applied date {row[3]!r} is not YYYY-MM-DD); "
        f"it is left out: `drafter log forget {row[0]}` removes it"
    )


def _entry(row: Sequence[Any], notes: Sequence[Note]) -> Entry:
    # the schema gives each column one type (TEXT or NULL), so no conversion beyond dates
    (id_, kind, on, applied, company, role, stage, reason, feedback, future, status, sha, mid, created, updated) = row
    return Entry(
        id=id_,
        kind=kind,
        date=dt.date.fromisoformat(on),
        applied_on=dt.date.fromisoformat(applied) if applied else None,
        company=company,
        role=role,
        stage=stage,
        reason=reason,
        feedback=feedback,
        future=future,
        status=status,
        source_sha256=sha,
        message_id=mid,
        created_at=created,
        updated_at=updated,
        notes=tuple(notes),
    )


def migrate(conn: sqlite3.Connection, path: Path | str = "journal") -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; returns the version found before."""
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found == SCHEMA_VERSION:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have migrated while we waited for the lock
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise JournalError(
                f"the journal {path} was written by a newer drafter (schema {found}; "
                f"this one knows up to {SCHEMA_VERSION}): upgrade drafter"
            )
        for version in range(found, SCHEMA_VERSION):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return found


def configure(conn: sqlite3.Connection) -> None:
    """Set a connection up for several writers: WAL, a busy timeout, foreign keys on."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode, and much faster
    conn.execute("PRAGMA foreign_keys = ON")


def _set_up(conn: sqlite3.Connection, path: Path) -> None:
    """Configure and migrate, retrying while other processes hold the locks this needs.

    Switching a new database to WAL can fail with "database is locked" at once, without waiting
    on the busy timeout, when several processes create the same journal together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            configure(conn)
            migrate(conn, path)
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() > deadline:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(random.uniform(0.005, 0.05))


def _make_private(path: Path) -> None:
    """Create the journal file 0600, or take group and other access away from an existing one.

    The journal holds the same letters as the replies (0600); SQLite gives its -wal and -shm files
    the database file's mode, so those follow.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    except FileExistsError:
        pass
    info = path.stat()
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == owner:
        path.chmod(stat.S_IMODE(info.st_mode) & 0o700)


@contextmanager
def open_journal(path: Path, *, read_only: bool = False) -> Iterator[Journal]:
    """Open (creating and upgrading as needed) the journal at `path`.

    With `read_only` (for listing, exporting and statistics), a journal that exists but cannot be
    opened for writing (a read-only file, folder or mount) is opened read-only instead.
    """
    if not str(path).strip():
        raise JournalError("the journal path is empty: give a file name, e.g. --journal journal.sqlite3")
    try:
        conn = _connect(path)
    except JournalError:
        if not read_only or not path.is_file():
            raise
        conn = _connect_read_only(path)
        try:
            yield Journal(conn, path, read_only=True)
        finally:
            conn.close()
        return
    try:
        yield Journal(conn, path)
    finally:
        conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _make_private(path)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    try:
        _set_up(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """The journal opened for reading only: `mode=ro`, else (no -shm file can be made) `immutable`."""
    uri = "file:" + quote(str(path.resolve()))
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        if found != SCHEMA_VERSION:
            conn.close()
            raise JournalError(
                f"the journal {path} is read-only and has schema {found}, not {SCHEMA_VERSION}: "
                "it cannot be upgraded to be read"
            )
        return conn
    raise JournalError(f"cannot open the journal {path}: {last}")
