"""Recording a letter in the journal once: its identity, and the letter files batch has journaled.

A letter's identity is its Message-ID when it has one; only without one does its content decide
(:func:`message_sha256`: the headers and the text, since two roles at one company can share a form
letter's body, but never a Message-ID). `drafter batch` also records the sha256 of each letter
file's bytes (:func:`known_files`), so a reply written but never journaled (the journal was
locked, the run was stopped between the two) is journaled by a later run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Collection
from typing import NamedTuple

from ..errors import JournalError
from ..models import Message, RejectionLetter
from .entries import Status
from .store import Journal, utc_now

# SQLite allows 999 parameters a statement in older builds
_CHUNK = 500


class Recorded(NamedTuple):
    """The outcome of :func:`record_letter`: the entry's id and whether it was new."""

    id: int
    created: bool


def text_sha256(text: str) -> str:
    """The hash that identifies a letter: its text, whitespace normalised, so a re-paste dedupes."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def message_sha256(message: Message) -> str:
    """A letter's content identity: its headers (From, To, Subject, Date) and its text.

    Used when there is no Message-ID: the same form letter for two roles differs in its headers.
    Pasted text (not an .eml) hashes like :func:`text_sha256` of its body, so pasting the same
    letter again, with or without its Subject line, stays one entry.
    """
    headers = [message.from_address, message.to_address, message.subject, message.date]
    if message.format != "eml" or not any(headers):
        return text_sha256(message.body)
    head = "\n".join(" ".join((value or "").split()) for value in headers)
    return text_sha256(head + "\n\n" + message.body)


def _identify(conn: sqlite3.Connection, mid: str | None, sha: str | None) -> tuple[int | None, str | None]:
    """(the entry that is this letter, or None; the content hash a new entry may keep)."""
    if mid is not None:
        row = conn.execute("SELECT id FROM entry WHERE message_id = ? ORDER BY id LIMIT 1", (mid,)).fetchone()
        if row is not None:
            return int(row[0]), sha
    if sha is not None:
        same = conn.execute(
            "SELECT id, message_id FROM entry WHERE source_sha256 = ? ORDER BY id LIMIT 1", (sha,)
        ).fetchone()
        if same is not None and (mid is None or same[1] is None):
            return int(same[0]), sha
        if same is not None:
            return None, None  # another letter with its own Message-ID: keep the index unique
    return None, sha


def find_letter(journal: Journal, *, source_sha256: str | None, message_id: str | None) -> int | None:
    """The id of the entry that records this letter, if one does (nothing is written)."""
    mid = (message_id or "").strip() or None
    try:
        return _identify(journal._conn, mid, source_sha256)[0]
    except sqlite3.Error as exc:
        raise JournalError(f"cannot read the journal {journal.path}: {exc}") from None


def record_letter(
    journal: Journal,
    letter: RejectionLetter,
    *,
    source_sha256: str | None,
    message_id: str | None = None,
    status: Status = "drafted",
    on: dt.date | None = None,
    file_sha256: str | None = None,
) -> Recorded:
    """Record a rejection letter once: a known source hash or Message-ID is never added again.

    `source_sha256` should be :func:`message_sha256` of the letter; `message_id` defaults to the
    letter's own. The Message-ID decides when there is one; the content hash only without one.
    `on` is the letter's date (default: today); `file_sha256`, the sha256 of the letter file's
    bytes, is remembered for :func:`known_files`. Returns the entry's id and whether it was created.
    """
    mid = (message_id or letter.message_id or "").strip() or None
    if source_sha256 is None and mid is None:
        raise JournalError("cannot record a letter without a source hash or a Message-ID")
    now = utc_now()
    with journal._write() as conn:
        # the write lock is held from here on, so look-up-then-insert cannot race another writer
        found, source_sha256 = _identify(conn, mid, source_sha256)
        created = found is None
        if found is None:
            cur = conn.execute(
                "INSERT INTO entry (kind, date, company, role, stage, reason, feedback,"
                " future, status, source_sha256, message_id, created_at, updated_at)"
                " VALUES ('rejection',?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (on or dt.date.today()).isoformat(),
                    letter.company,
                    letter.role,
                    letter.stage,
                    letter.reason,
                    letter.feedback,
                    letter.future,
                    status,
                    source_sha256,
                    mid,
                    now,
                    now,
                ),
            )
            found = int(cur.lastrowid or 0)
        if file_sha256 is not None:
            _remember(conn, file_sha256, found)
    return Recorded(found, created)


def remember_file(journal: Journal, file_sha256: str) -> None:
    """Note a letter file batch looked at that has nothing to journal (not a rejection)."""
    with journal._write() as conn:
        _remember(conn, file_sha256, None)


def _remember(conn: sqlite3.Connection, file_sha256: str, entry_id: int | None) -> None:
    conn.execute(
        "INSERT INTO source_file (sha256, entry_id) VALUES (?, ?)"
        " ON CONFLICT (sha256) DO UPDATE SET entry_id = coalesce(excluded.entry_id, entry_id)",
        (file_sha256, entry_id),
    )


def known_files(journal: Journal, sha256s: Collection[str]) -> set[str]:
    """Which of these letter files (sha256 of their bytes) the journal has already seen."""
    wanted = list(sha256s)
    known: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = journal._read(f"SELECT sha256 FROM source_file WHERE sha256 IN ({', '.join('?' * len(chunk))})", chunk)
        known.update(str(row[0]) for row in rows)
    return known
