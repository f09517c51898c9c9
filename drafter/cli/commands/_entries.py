"""How `drafter log` shows journal entries: the listing, one entry in full, and the CSV and JSON exports.

Entries in, text out (as wide as the terminal allows); nothing here reads the journal or writes a file.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from collections.abc import Sequence

from ...journal.charts import REASON_LABELS, table
from ...journal.csvsafe import csv_cell
from ...journal.entries import Entry
from ..term import escaped, unicode_ok

CSV_NOTE_COLUMNS = ("questions", "answers", "went_well", "went_badly", "feedback", "reply", "note")
# entry fields whose CSV column is named apart from a note column: `feedback` is the letter's stance
CSV_FIELD_NAMES = {"feedback": "feedback_in_letter"}
TABLE_WIDTH = 80
# what `log show` says of the letter's own words on feedback and on applying again
SHOWN_FEEDBACK = {
    "offered": "offered in the letter",
    "declined": "declined in the letter",
    "not_mentioned": "not mentioned in the letter",
}
SHOWN_FUTURE = {"invited": "invited to apply again", "not_mentioned": "not mentioned in the letter"}
# what `log mark ID STATUS` says the feedback request now is
MARKED = {
    "drafted": "feedback request drafted, not sent yet",
    "sent": "feedback request sent",
    "replied": "feedback request answered",
    "feedback": "feedback received",
}


def table_width() -> int:
    """80 columns, or the terminal's width when stdout is a wider terminal."""
    try:
        if sys.stdout.isatty():
            return max(TABLE_WIDTH, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    except (AttributeError, ValueError):
        pass
    return TABLE_WIDTH


def select(entries: Sequence[Entry], kind: str | None, company: str | None, limit: int | None) -> list[Entry]:
    """The entries a listing asked for; `limit` keeps the most recent (0: none)."""
    chosen = [
        e
        for e in entries
        if (kind is None or e.kind == kind) and (not company or company.casefold() in (e.company or "").casefold())
    ]
    if limit is None:
        return chosen
    return chosen[len(chosen) - limit :] if limit else []


TABLE_HEADERS = ("id", "date", "kind", "company", "role", "stage", "follow-up")


def entries_table(entries: Sequence[Entry], *, width: int = TABLE_WIDTH) -> str:
    """The entries as a table `width` columns wide at most: company and role give way first.

    An id marked `*` has notes (`drafter log show ID` prints them); the reason is in `log show`.
    """
    rows = [
        (
            f"{e.id}*" if e.notes else str(e.id),
            e.date.isoformat(),
            e.kind,
            escaped(e.company or "-"),
            escaped(e.role or "-"),
            e.stage,
            e.status or "-",
        )
        for e in entries
    ]
    # a stream that cannot show the rules gets ASCII, where the ellipsis is three characters wide
    ellipsis = "…" if unicode_ok(sys.stdout) else "..."
    text = table(TABLE_HEADERS, rows, width=width, flexible=(3, 4), ellipsis=ellipsis)
    if any(e.notes for e in entries):
        text += "* has notes: `drafter log show ID` prints an entry in full\n"
    return text


def show_entry(entry: Entry) -> str:
    """`drafter log show ID`: every field of one entry, then its notes, oldest first."""
    rows: list[tuple[str, str]] = [("date", entry.date.isoformat())]
    if entry.applied_on:
        days = (entry.date - entry.applied_on).days
        rows.append(("applied", f"{entry.applied_on.isoformat()} ({days} days before)"))
    rows += [
        ("company", entry.company or "-"),
        ("role", entry.role or "-"),
        ("stage", entry.stage),
    ]
    if entry.kind == "rejection":
        rows += [
            ("reason", REASON_LABELS.get(entry.reason or "", entry.reason or "-")),
            ("feedback", SHOWN_FEEDBACK.get(entry.feedback or "", entry.feedback or "-")),
            ("future", SHOWN_FUTURE.get(entry.future or "", entry.future or "-")),
            ("follow-up", MARKED.get(entry.status or "", "-")),
        ]
    if entry.message_id:
        rows.append(("message id", entry.message_id))
    updated = "" if entry.updated_at == entry.created_at else f", updated {entry.updated_at}"
    rows.append(("logged", entry.created_at + updated))
    lines = [f"entry {entry.id}: {entry.kind}"]
    lines += [f"  {label:<10}  {escaped(value)}" for label, value in rows]
    lines.append("notes:" if entry.notes else f"notes: none (add one with `drafter log note {entry.id} TEXT`)")
    for n in entry.notes:
        text = [escaped(line) for line in n.text.splitlines()] or [""]
        lines.append(f"  [{n.kind}, {n.created_at[:10]}] {text[0]}")
        lines += [f"    {line}" for line in text[1:]]
    return "\n".join(lines) + "\n"


def export_json(entries: Sequence[Entry]) -> str:
    return json.dumps([e.to_json_dict() for e in entries], ensure_ascii=False, indent=2) + "\n"


def export_csv(entries: Sequence[Entry]) -> str:
    """One row per entry; notes are gathered into one column per kind of note."""
    out = io.StringIO()
    fields = [k for k in Entry.__dataclass_fields__ if k != "notes"]
    # "\r\n" (RFC 4180) so that a cell holding a carriage return is quoted, not split
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*(CSV_FIELD_NAMES.get(f, f) for f in fields), *CSV_NOTE_COLUMNS])
    for e in entries:
        data = e.to_json_dict()
        row = ["" if data[f] is None else str(data[f]) for f in fields]
        notes = ("\n".join(e.texts(k)) for k in CSV_NOTE_COLUMNS)
        writer.writerow([csv_cell(cell) for cell in (*row, *notes)])
    return out.getvalue()
