"""Recording a letter in the journal once: its identity, and the letter files batch has journaled.

A letter's identity is its Message-ID when it has one; only without one does its content decide
(:func:`message_sha256`: the headers and the text, since two roles at one company can share a form
letter's body, but never a Message-ID). The same letter changed a little (a P.S. added, a line
fixed) is still the same entry: with the same headers, about the same company and role, and most
of its text in the same paragraphs (:func:`same_letter`). `drafter batch` also records the sha256
of each letter file's bytes (:func:`known_files`), so a reply written but never journaled (the
journal was locked, the run was stopped between the two) is journaled by a later run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from collections.abc import Collection, Mapping
from typing import NamedTuple

from ..errors import JournalError
from ..models import Message, RejectionLetter
from .entries import Status
from .store import Journal, answer, answered_application, utc_now

# SQLite allows 999 parameters a statement in older builds
_CHUNK = 500
# a changed letter is the same letter when the paragraphs it shares with the other hold this much
# of the longer one's text (a P.S. or a corrected line leaves far more than this)
SAME_TEXT_SHARE = 0.6
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
# the parsed facts a later version of a letter may fill in, and the value that means "not stated"
_FACTS: Mapping[str, str | None] = {
    "company": None,
    "role": None,
    "stage": "unknown",
    "reason": "not_stated",
    "feedback": "not_mentioned",
    "future": "not_mentioned",
}


class Recorded(NamedTuple):
    """The outcome of :func:`record_letter`: the entry's id, whether it was new, and the date of
    the application it answers when it was linked to one just now."""

    id: int
    created: bool
    applied_on: dt.date | None = None


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


class Shape(NamedTuple):
    """What stays of a letter when it is changed a little: its headers, and its paragraphs' hashes."""

    head: str
    parts: str  # "hash:length" for each paragraph, space-separated


def letter_shape(message: Message) -> Shape:
    """The headers (From, To, Subject, Date; none for pasted text) and the body's paragraphs, hashed."""
    headers = [message.from_address, message.to_address, message.subject, message.date]
    if message.format != "eml":
        headers = []
    head = text_sha256("\n".join(" ".join((value or "").casefold().split()) for value in headers))
    parts: dict[str, int] = {}
    for paragraph in _PARAGRAPHS.split(message.body):
        text = " ".join(paragraph.casefold().split())
        if text:
            parts.setdefault(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], len(text))
    return Shape(head, " ".join(f"{h}:{n}" for h, n in parts.items()))


def _parts(text: str | None) -> dict[str, int]:
    parts = {}
    for item in (text or "").split():
        digest, _, length = item.partition(":")
        parts[digest] = int(length) if length.isdigit() else 0
    return parts


def same_letter(ours: str, theirs: str | None) -> bool:
    """Whether two letters' paragraphs (`Shape.parts`) are one letter changed a little."""
    a, b = _parts(ours), _parts(theirs)
    longer = max(sum(a.values()), sum(b.values()))
    shared = sum(a[h] for h in a.keys() & b.keys())
    return longer > 0 and shared >= SAME_TEXT_SHARE * longer


def _key(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _identify(
    conn: sqlite3.Connection,
    mid: str | None,
    sha: str | None,
    shape: Shape | None = None,
    letter: RejectionLetter | None = None,
) -> tuple[int | None, str | None, bool]:
    """(the entry that is this letter, or None; the content hash a new entry may keep; changed).

    `changed` is True when the entry was found as the same letter changed a little (`shape`).
    """
    if mid is not None:
        row = conn.execute("SELECT id FROM entry WHERE message_id = ? ORDER BY id LIMIT 1", (mid,)).fetchone()
        if row is not None:
            return int(row[0]), sha, False
    if sha is not None:
        same = conn.execute(
            "SELECT id, message_id FROM entry WHERE source_sha256 = ? ORDER BY id LIMIT 1", (sha,)
        ).fetchone()
        if same is not None and (mid is None or same[1] is None):
            return int(same[0]), sha, False
        if same is not None:
            return None, None, False  # another letter with its own Message-ID: keep the index unique
    if shape is not None and shape.parts:
        rows = conn.execute(
            "SELECT id, message_id, company, role, source_parts FROM entry"
            " WHERE kind = 'rejection' AND source_head = ? ORDER BY id DESC",
            (shape.head,),
        ).fetchall()
        for entry_id, their_mid, company, role, parts in rows:
            if mid is not None and their_mid is not None:
                continue  # two Message-IDs: two letters
            if letter is None or not _same_facts(letter, company, role):
                continue
            if same_letter(shape.parts, parts):
                return int(entry_id), sha, True
    return None, sha, False


def _same_facts(letter: RejectionLetter, company: str | None, role: str | None) -> bool:
    """The same company (known on both sides: one ATS text reaches many companies' candidates), and
    the same role where both name one (one form letter, two roles)."""
    if not company or not letter.company or _key(company) != _key(letter.company):
        return False
    return not (role and letter.role and _key(role) != _key(letter.role))


def find_letter(
    journal: Journal,
    *,
    source_sha256: str | None,
    message_id: str | None,
    message: Message | None = None,
    letter: RejectionLetter | None = None,
) -> int | None:
    """The id of the entry that records this letter, if one does (nothing is written)."""
    mid = (message_id or "").strip() or None
    shape = letter_shape(message) if message is not None else None
    try:
        return _identify(journal._conn, mid, source_sha256, shape, letter)[0]
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
    message: Message | None = None,
    link: bool = True,
) -> Recorded:
    """Record a rejection letter once: a known source hash or Message-ID is never added again.

    `source_sha256` should be :func:`message_sha256` of the letter; `message_id` defaults to the
    letter's own. The Message-ID decides when there is one; the content hash only without one,
    and with `message`, the same letter changed a little is the same entry too (its facts filled
    in from the newer version). `on` is the letter's date (default: today); `file_sha256`, the
    sha256 of the letter file's bytes, is remembered for :func:`known_files`. With `link`, a new
    letter that answers a logged application (same company and role, see :mod:`.linking`)
    becomes that entry, with both dates. Returns the entry's id and whether it was created.
    """
    mid = (message_id or letter.message_id or "").strip() or None
    if source_sha256 is None and mid is None:
        raise JournalError("cannot record a letter without a source hash or a Message-ID")
    shape = letter_shape(message) if message is not None else None
    now = utc_now()
    with journal._write() as conn:
        # the write lock is held from here on, so look-up-then-insert cannot race another writer
        found, source_sha256, changed = _identify(conn, mid, source_sha256, shape, letter)
        created = found is None
        applied_on = None
        if found is not None and changed and shape is not None:
            _update_changed(conn, found, letter, source_sha256, shape, now)
        day = on or dt.date.today()
        app = None
        if link and found is None:
            app = answered_application(conn, letter.company, letter.role, day, letter.requisition_id)
        if found is None and app is not None:
            answer(
                conn,
                app,
                on=day,
                now=now,
                values={
                    "company": letter.company,
                    "role": letter.role,
                    "stage": letter.stage,
                    "reason": letter.reason,
                    "feedback": letter.feedback,
                    "future": letter.future,
                    "status": status,
                    "source_sha256": source_sha256,
                    "message_id": mid,
                    "source_head": shape.head if shape else None,
                    "source_parts": shape.parts if shape else None,
                },
            )
            found, applied_on = app.id, app.on
        if found is None:
            cur = conn.execute(
                "INSERT INTO entry (kind, date, company, role, stage, reason, feedback,"
                " future, status, source_sha256, message_id, source_head, source_parts,"
                " created_at, updated_at) VALUES ('rejection',?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                    shape.head if shape else None,
                    shape.parts if shape else None,
                    now,
                    now,
                ),
            )
            found = int(cur.lastrowid or 0)
        if file_sha256 is not None:
            _remember(conn, file_sha256, found)
    return Recorded(found, created, applied_on)


def _update_changed(
    conn: sqlite3.Connection, entry_id: int, letter: RejectionLetter, sha: str | None, shape: Shape, now: str
) -> None:
    """The entry of a letter that changed: its identity follows the new version, and so do the
    facts the new version states (a P.S. that offers feedback); what the user logged stays."""
    stated = {k: getattr(letter, k) for k, unstated in _FACTS.items() if getattr(letter, k) not in (None, unstated)}
    sets = ", ".join(f"{k} = ?" for k in stated)
    conn.execute(
        f"UPDATE entry SET {sets + ', ' if sets else ''}source_head = ?, source_parts = ?, updated_at = ?,"
        " source_sha256 = coalesce((SELECT ? WHERE NOT EXISTS (SELECT 1 FROM entry WHERE source_sha256 = ?)),"
        " source_sha256) WHERE id = ?",
        (*stated.values(), shape.head, shape.parts, now, sha, sha, entry_id),
    )


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
