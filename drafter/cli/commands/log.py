"""`drafter log`: list, add to, annotate, track and export the journal of applications."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ...config import load_settings, working_folder
from ...journal.charts import table
from ...journal.csvsafe import csv_cell
from ...journal.entries import KINDS, NOTE_KINDS, STATUSES, Entry, NoteKind
from ...journal.stats import REASONS, STAGES
from ...journal.store import open_journal
from ...models import Stage
from ...output import files
from ..term import out, out_json
from ._journal import add_journal_argument, iso_date, journal_path

DEFAULT_STAGE: dict[str, Stage] = {
    "application": "application",
    "interview": "interview",
    "rejection": "unknown",
}
# `log add` flags that become notes: (flag, note kind, help)
NOTE_FLAGS: tuple[tuple[str, NoteKind, str], ...] = (
    ("--questions", "questions", "the questions you were asked"),
    ("--answers", "answers", "how you answered"),
    ("--went-well", "went_well", "what went well"),
    ("--went-badly", "went_badly", "what went badly, or what you would do differently"),
    ("--note", "note", "anything else"),
)
EXAMPLES = """examples:
  drafter log --json                          list the entries (without ACTION)
  drafter log add interview Acme --role "Data Engineer" --stage final \\
      --questions "Design a rate limiter" --went-badly "ran out of time"
  drafter log note 12 "sent a thank-you note to the panel"
  drafter log mark 12 feedback "wanted more depth in system design"
  drafter log forget 12
  drafter log export --csv -o journal.csv
"""
CSV_NOTE_COLUMNS = ("questions", "answers", "went_well", "went_badly", "feedback", "reply", "note")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    add_journal_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the entries as a JSON list")
    parser.add_argument("--kind", choices=KINDS, help="only entries of this kind")
    parser.add_argument("--company", help="only entries whose company contains this text")
    parser.add_argument("--limit", type=int, metavar="N", help="only the N most recent entries")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", title="actions")

    add = sub.add_parser("add", help="record an application, interview or rejection by hand")
    add.add_argument("kind", choices=KINDS, metavar="KIND", help=f"one of: {', '.join(KINDS)}")
    add.add_argument("company", metavar="COMPANY", help="the company")
    add.add_argument("--role", help="the job title")
    add.add_argument("--date", type=iso_date, help="when it happened, YYYY-MM-DD (default: today)")
    add.add_argument("--applied", type=iso_date, metavar="DATE", help="date you applied")
    add.add_argument("--stage", choices=STAGES, help="the stage reached (default: from KIND)")
    add.add_argument("--reason", choices=REASONS, help="for a rejection: the reason given")
    for flag, _, help_text in NOTE_FLAGS:
        add.add_argument(flag, metavar="TEXT", help=help_text)
    add_journal_argument(add, inherit=True)

    note = sub.add_parser("note", help="attach a note to an entry")
    note.add_argument("id", type=int, help="the entry (see `drafter log`)")
    note.add_argument("text", nargs="+", help="the note")
    note.add_argument("--kind", dest="note_kind", choices=NOTE_KINDS, default="note")
    add_journal_argument(note, inherit=True)

    mark = sub.add_parser("mark", help="track a rejection's feedback request")
    mark.add_argument("id", type=int, help="the entry (see `drafter log`)")
    mark.add_argument("status", choices=STATUSES, help="where the feedback request stands")
    mark.add_argument("text", nargs="*", help="the reply or the feedback itself, to keep")
    add_journal_argument(mark, inherit=True)

    forget = sub.add_parser("forget", help="delete an entry and its notes")
    forget.add_argument("id", type=int, help="the entry (see `drafter log`)")
    add_journal_argument(forget, inherit=True)

    export = sub.add_parser("export", help="print every entry with its notes as CSV or JSON")
    fmt = export.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv")
    fmt.add_argument("--json", dest="format", action="store_const", const="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_journal_argument(export, inherit=True)


def run(args: argparse.Namespace) -> int:
    path = journal_path(load_settings(cwd=working_folder()), args.journal)
    with open_journal(path) as journal:
        if args.action == "add":
            kind = args.kind
            entry_id = journal.add(
                kind,
                on=args.date or dt.date.today(),
                company=args.company,
                role=args.role,
                stage=args.stage or DEFAULT_STAGE[kind],
                reason=args.reason if kind == "rejection" else None,
                applied_on=args.applied,
                notes=[(k, getattr(args, f[2:].replace("-", "_")) or "") for f, k, _ in NOTE_FLAGS],
            )
            print(f"added entry {entry_id}: {describe(journal.get(entry_id))}")
        elif args.action == "note":
            journal.add_note(args.id, " ".join(args.text), args.note_kind)
            print(f"noted on entry {args.id}")
        elif args.action == "mark":
            entry = journal.mark(args.id, args.status, " ".join(args.text) or None)
            print(f"entry {entry.id} ({describe(entry)}): feedback request {entry.status}")
        elif args.action == "forget":
            entry = journal.forget(args.id)
            print(f"forgot entry {entry.id}: {describe(entry)}")
        elif args.action == "export":
            entries = journal.entries()
            text = export_csv(entries) if args.format == "csv" else export_json(entries)
            if args.output:
                files.atomic_write(Path(args.output), text)
            else:
                sys.stdout.write(text)
        else:
            chosen = select(journal.entries(), args.kind, args.company, args.limit)
            if args.json:
                out_json(export_json(chosen))
            elif not chosen:
                print(f"no entries (journal: {path})")
            else:
                out(entries_table(chosen))
    return 0


def describe(entry: Entry) -> str:
    """`interview at Acme (Data Engineer), 2026-03-02`."""
    role = f" ({entry.role})" if entry.role else ""
    return f"{entry.kind} at {entry.company or 'unknown company'}{role}, {entry.date.isoformat()}"


def select(entries: Sequence[Entry], kind: str | None, company: str | None, limit: int | None) -> list[Entry]:
    """The entries a listing asked for; `limit` keeps the most recent."""
    chosen = [
        e
        for e in entries
        if (kind is None or e.kind == kind) and (not company or company.casefold() in (e.company or "").casefold())
    ]
    return chosen[-limit:] if limit is not None and limit >= 0 else chosen


def entries_table(entries: Sequence[Entry]) -> str:
    headers = ("id", "date", "kind", "company", "role", "stage", "reason", "follow-up", "notes")
    rows = [
        (
            str(e.id),
            e.date.isoformat(),
            e.kind,
            e.company or "-",
            e.role or "-",
            e.stage,
            e.reason or "-",
            e.status or "-",
            str(len(e.notes)) if e.notes else "",
        )
        for e in entries
    ]
    return table(headers, rows)


def export_json(entries: Sequence[Entry]) -> str:
    return json.dumps([e.to_json_dict() for e in entries], ensure_ascii=False, indent=2) + "\n"


def export_csv(entries: Sequence[Entry]) -> str:
    """One row per entry; notes are gathered into one column per kind of note."""
    out = io.StringIO()
    fields = [k for k in Entry.__dataclass_fields__ if k != "notes"]
    # "\r\n" (RFC 4180) so that a cell holding a carriage return is quoted, not split
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*fields, *CSV_NOTE_COLUMNS])
    for e in entries:
        data = e.to_json_dict()
        row = ["" if data[f] is None else str(data[f]) for f in fields]
        notes = ("\n".join(e.texts(k)) for k in CSV_NOTE_COLUMNS)
        writer.writerow([csv_cell(cell) for cell in (*row, *notes)])
    return out.getvalue()
