"""Journal entries as plain values, for the journal to store and the pure code to read."""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass, field

# the entry's words are defined in `drafter.vocabulary`, where `drafter log --help` reads them
from ..vocabulary import ENTRY_KINDS as KINDS
from ..vocabulary import NOTE_KINDS, STATUSES, NoteKind, Status
from ..vocabulary import EntryKind as Kind

__all__ = ["KINDS", "NOTE_KINDS", "STATUSES", "Entry", "Kind", "Note", "NoteKind", "Status", "parse_date"]


@dataclass(frozen=True)
class Note:
    kind: str
    text: str
    created_at: str


@dataclass(frozen=True)
class Entry:
    """One journal entry: a rejection (from a letter or by hand), an application or an interview."""

    id: int
    kind: str
    date: dt.date
    company: str | None = None
    role: str | None = None
    stage: str = "unknown"
    reason: str | None = None
    feedback: str | None = None
    future: str | None = None
    status: str | None = None
    applied_on: dt.date | None = None
    source_sha256: str | None = None
    message_id: str | None = None
    created_at: str = ""
    updated_at: str = ""
    notes: tuple[Note, ...] = field(default=())

    def texts(self, *kinds: str) -> list[str]:
        """The texts of this entry's notes of the given kinds (all notes when none are given)."""
        return [n.text for n in self.notes if not kinds or n.kind in kinds]

    def to_json_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "applied_on": self.applied_on.isoformat() if self.applied_on else None,
            "company": self.company,
            "role": self.role,
            "stage": self.stage,
            "reason": self.reason,
            "feedback": self.feedback,
            "future": self.future,
            "status": self.status,
            "source_sha256": self.source_sha256,
            "message_id": self.message_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "notes": [{"kind": n.kind, "text": n.text, "created_at": n.created_at} for n in self.notes],
        }


_DATE_FORMATS = ("%A, %d %B %Y", "%d %B %Y", "%B %d, %Y", "%A, %B %d, %Y", "%d.%m.%Y", "%Y/%m/%d")


def parse_date(text: str | None) -> dt.date | None:
    """A letter's date from its Date header or a pasted `Date:` line; None when it can't be read."""
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None
