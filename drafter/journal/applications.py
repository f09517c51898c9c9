"""Recording a letter about an application (an acknowledgement, an interview invitation, an
assessment request) as the application it is about, once.

A letter already recorded (the same Message-ID, or the same content) is not added again. A letter
about an application the journal already holds (the same company and role, see :mod:`.linking`)
joins that entry: its date is the earliest letter's, its stage the furthest reached, its role the
letter's if it had none, and a note names the letter. A letter about an application a rejection
has already answered gives that rejection its applied date when it had none (or an earlier one).
Only otherwise is a new application entry made; a later rejection then answers it
(:func:`.letters.record_letter`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Literal, NamedTuple

from ..errors import JournalError
from ..models import Message, RejectionLetter
from . import linking
from .letters import _identify, _remember, letter_shape
from .linking import Application, company_key, further_stage
from .store import Journal, utc_now

# the kinds of letter that are about an application the candidate made, and the stage each shows
APPLICATION_KINDS = {
    "acknowledgement": "application",
    "status_update": "application",
    "assessment_request": "screen",
    "interview_invitation": "interview",
}
LETTER_NAMES = {
    "acknowledgement": "application acknowledged",
    "status_update": "status update",
    "assessment_request": "assessment request",
    "interview_invitation": "interview invitation",
    "offer": "offer",
    "unclear": "letter",
}

How = Literal["created", "known", "joined", "answered"]


class Logged(NamedTuple):
    """The outcome of :func:`record_application`: the entry, and how the letter reached it."""

    id: int
    how: How


def letter_note(kind: str, on: dt.date) -> str:
    """The note that names a letter on its entry: `letter of 2026-11-10: interview invitation`."""
    return f"letter of {on.isoformat()}: {LETTER_NAMES.get(kind, 'letter')}"


def record_application(
    journal: Journal,
    letter: RejectionLetter,
    *,
    on: dt.date,
    source_sha256: str | None,
    message: Message | None = None,
    company: str | None = None,
    role: str | None = None,
    file_sha256: str | None = None,
) -> Logged:
    """Record a letter about an application once (see the module docstring).

    `company` and `role` default to the letter's; `on` is the letter's date (the day applied when
    it makes the entry); `file_sha256` is remembered for :func:`.letters.known_files`.
    """
    company = company or letter.company
    role = role or letter.role
    if not company_key(company):
        raise JournalError("no company known for this letter: give one (`drafter log add application COMPANY`)")
    mid = ((message.message_id if message else None) or letter.message_id or "").strip() or None
    stage = APPLICATION_KINDS.get(letter.kind, "application")
    note = letter_note(letter.kind, on)
    now = utc_now()
    with journal._write() as conn:
        found, sha, _ = _identify(conn, mid, source_sha256)
        if found is not None:
            logged = Logged(found, "known")
        elif (app := _open_application(conn, company, role, letter.requisition_id)) is not None:
            conn.execute(
                "UPDATE entry SET date = min(date, ?), stage = ?, role = coalesce(role, ?), updated_at = ?"
                " WHERE id = ?",
                (on.isoformat(), further_stage(_stage(conn, app.id), stage), role, now, app.id),
            )
            logged = Logged(app.id, "joined")
        elif (rejection := _answering_rejection(conn, company, role, on, letter.requisition_id)) is not None:
            conn.execute(
                "UPDATE entry SET applied_on = min(coalesce(applied_on, ?), ?), updated_at = ? WHERE id = ?",
                (on.isoformat(), on.isoformat(), now, rejection),
            )
            logged = Logged(rejection, "answered")
        else:
            shape = letter_shape(message) if message is not None else None
            cur = conn.execute(
                "INSERT INTO entry (kind, date, company, role, stage, source_sha256, message_id,"
                " source_head, source_parts, created_at, updated_at)"
                " VALUES ('application',?,?,?,?,?,?,?,?,?,?)",
                (
                    on.isoformat(),
                    company,
                    role,
                    stage,
                    sha,
                    mid,
                    shape.head if shape else None,
                    shape.parts if shape else None,
                    now,
                    now,
                ),
            )
            logged = Logged(int(cur.lastrowid or 0), "created")
        if logged.how != "known":
            _note_once(conn, logged.id, note, now)
        if file_sha256 is not None:
            _remember(conn, file_sha256, logged.id)
    return logged


def _rows(conn: sqlite3.Connection, where: str) -> list[tuple[Application, dt.date | None]]:
    rows = []
    for entry_id, day, applied, company, role in conn.execute(
        f"SELECT id, date, applied_on, company, role FROM entry WHERE {where}"
    ):
        try:
            on = dt.date.fromisoformat(day)
            applied_on = dt.date.fromisoformat(applied) if applied else None
        except ValueError:
            continue  # an unreadable row is reported when the entries are read
        rows.append((Application(int(entry_id), on, company, role), applied_on))
    return rows


def _open_application(
    conn: sqlite3.Connection, company: str | None, role: str | None, requisition_id: str | None
) -> Application | None:
    """The application entry this letter is about, whatever its date (letters come in any order)."""
    apps = [app for app, _ in _rows(conn, "kind = 'application'")]
    return linking.answered_application(apps, company=company, role=role, on=dt.date.max, requisition_id=requisition_id)


def _answering_rejection(
    conn: sqlite3.Connection, company: str | None, role: str | None, on: dt.date, requisition_id: str | None
) -> int | None:
    """The first rejection of this application dated on or after the letter, if one is logged."""
    key = company_key(company)
    later = sorted(
        (app for app, _ in _rows(conn, "kind = 'rejection'") if company_key(app.company) == key and app.on >= on),
        key=lambda app: (app.on, app.id),
    )
    for app in later:
        if not role or not app.role or linking.same_role(app.role, role, req_b=requisition_id):
            return app.id
    return None


def _stage(conn: sqlite3.Connection, entry_id: int) -> str:
    return str(conn.execute("SELECT stage FROM entry WHERE id = ?", (entry_id,)).fetchone()[0])


def _note_once(conn: sqlite3.Connection, entry_id: int, text: str, now: str) -> None:
    conn.execute(
        "INSERT INTO note (entry_id, kind, text, created_at) SELECT ?, 'note', ?, ?"
        " WHERE NOT EXISTS (SELECT 1 FROM note WHERE entry_id = ? AND text = ?)",
        (entry_id, text, now, entry_id, text),
    )
