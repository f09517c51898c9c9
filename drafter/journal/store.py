"""The journal's entries: every rejection, application and interview the user has logged.

Takes a path (:func:`open_journal`); gives a :class:`Journal` that reads plain :class:`Entry`
values and writes each change as one short `BEGIN IMMEDIATE` transaction, so several drafter
processes (pre-commit runs hooks in parallel) can write at once without losing anything. The file
itself (its place, schema, migrations and connections) is :mod:`.database`; recording a letter
once (its identity) is :mod:`.letters`; statistics are computed elsewhere, purely.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import JournalError
from . import linking
from .database import MAX_ID, MIGRATIONS, SCHEMA_VERSION, connect, connect_read_only, default_path, migrate
from .entries import Entry, Kind, Note, NoteKind, Status
from .linking import Application, company_key

# `default_path`, `migrate` and the schema's figures were defined here before `.database` was split off
__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Journal",
    "answer",
    "answered_application",
    "default_path",
    "describe",
    "migrate",
    "open_journal",
    "utc_now",
]

_ENTRY_COLUMNS = (
    "id, kind, date, applied_on, company, role, stage, reason, feedback, future, status, "
    "source_sha256, message_id, created_at, updated_at"
)


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


@contextmanager
def open_journal(path: Path, *, read_only: bool = False) -> Iterator[Journal]:
    """Open (creating and upgrading as needed) the journal at `path`.

    With `read_only` (for listing, exporting and statistics), a journal that exists but cannot be
    opened for writing (a read-only file, folder or mount) is opened read-only instead.
    """
    if not str(path).strip():
        raise JournalError("the journal path is empty: give a file name, e.g. --journal journal.sqlite3")
    try:
        conn = connect(path)
    except JournalError:
        if not read_only or not path.is_file():
            raise
        conn = connect_read_only(path)
        try:
            yield Journal(conn, path, read_only=True)
        finally:
            conn.close()
        return
    try:
        yield Journal(conn, path)
    finally:
        conn.close()
