"""`drafter log`: list, add to, annotate, track and export the journal of applications."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ...errors import InputError
from ...vocabulary import ENTRY_KINDS, NOTE_KINDS, REASONS, STAGES, STATUSES, NoteKind, Stage
from ..term import out, out_json, say
from ._journal import add_journal_argument, iso_date, journal_path

# The settings, the journal and the file writer load when a command runs; the choices the parser
# offers (kinds, stages, reasons, statuses: `drafter.vocabulary`) are all `drafter log --help` needs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ...journal.store import Journal

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
  drafter log show 12                         one entry in full, notes included
  drafter log add application "Lumen Labs" --role "Data Analyst" --applied 2026-11-01
  drafter log add application --from invitation.eml   company, role and date from a letter
  drafter log add interview Acme --role "Data Engineer" --stage final \\
      --questions "Design a rate limiter" --went-badly "ran out of time"
  drafter log note 12 "sent a thank-you note to the panel"
  drafter log mark 12 feedback "wanted more depth in system design"
  drafter log forget 12 --yes                 without asking first
  drafter log export --csv -o journal.csv
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    add_journal_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the entries as a JSON list")
    parser.add_argument("--kind", choices=ENTRY_KINDS, help="only entries of this kind")
    parser.add_argument("--company", help="only entries whose company contains this text")
    parser.add_argument("--limit", type=count, metavar="N", help="only the N most recent entries")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", title="actions")

    add = sub.add_parser("add", help="record an application, interview or rejection by hand")
    add.add_argument("kind", choices=ENTRY_KINDS, metavar="KIND", help=f"one of: {', '.join(ENTRY_KINDS)}")
    add.add_argument("company", metavar="COMPANY", nargs="?", help="the company (with --from: the letter's)")
    add.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="an application: from a saved letter about it (an acknowledgement, an interview invitation, "
        "an assessment request; - for stdin): company, role and date from the letter",
    )
    add.add_argument("--role", help="the job title")
    add.add_argument("--date", type=iso_date, help="when it happened, YYYY-MM-DD (default: today)")
    add.add_argument(
        "--applied", type=iso_date, metavar="DATE", help="the day you applied (for an application: its date)"
    )
    add.add_argument("--stage", choices=STAGES, help="the stage reached (default: from KIND)")
    add.add_argument("--reason", choices=REASONS, help="for a rejection: the reason given")
    for flag, _, help_text in NOTE_FLAGS:
        add.add_argument(flag, metavar="TEXT", help=help_text)
    add_journal_argument(add, inherit=True)

    show = sub.add_parser("show", help="print one entry in full, with its notes")
    show.add_argument("id", type=int, help="the entry (see `drafter log`)")
    show.add_argument("--json", dest="show_json", action="store_true", help="print the entry as one JSON object")
    add_journal_argument(show, inherit=True)

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
    forget.add_argument("-y", "--yes", action="store_true", help="do not ask first (on a terminal drafter asks)")
    add_journal_argument(forget, inherit=True)

    export = sub.add_parser("export", help="print every entry with its notes as CSV or JSON")
    fmt = export.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv")
    fmt.add_argument("--json", dest="format", action="store_const", const="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_journal_argument(export, inherit=True)


def run(args: argparse.Namespace) -> int:
    from ...config import load_settings, working_folder
    from ...journal.store import describe, open_journal
    from ...output import files
    from ._entries import MARKED, entries_table, export_csv, export_json, select, show_entry, table_width

    path = journal_path(load_settings(cwd=working_folder()), args.journal)
    reading = args.action in (None, "show", "export")
    with open_journal(path, read_only=reading) as journal:
        if args.action == "add":
            return _add(journal, args)
        if args.action == "show":
            entry = journal.get(args.id)
            if args.show_json:
                out_json(json.dumps(entry.to_json_dict(), ensure_ascii=False, indent=2) + "\n")
            else:
                out(show_entry(entry))
        elif args.action == "note":
            journal.add_note(args.id, " ".join(args.text), args.note_kind)
            print(f"noted on entry {args.id}")
        elif args.action == "mark":
            entry = journal.mark(args.id, args.status, " ".join(args.text) or None)
            print(f"entry {entry.id} ({describe(entry)}): {MARKED[args.status]}")
        elif args.action == "forget":
            return _forget(journal, args.id, ask_first=not args.yes)
        elif args.action == "export":
            entries = journal.entries()
            _say_unreadable(journal.unreadable)
            text = export_csv(entries) if args.format == "csv" else export_json(entries)
            if args.output:
                files.atomic_write(Path(args.output), text)
            else:
                sys.stdout.write(text)
        else:
            chosen = select(journal.entries(), args.kind, args.company, args.limit)
            _say_unreadable(journal.unreadable)
            if args.json:
                out_json(export_json(chosen))
            elif not chosen:
                print(f"no entries (journal: {path})")
            else:
                out(entries_table(chosen, width=table_width()))
    return 0


def _add(journal: Journal, args: argparse.Namespace) -> int:
    from ...journal.store import describe

    kind = args.kind
    if args.from_file is not None:
        return _add_from(journal, args)
    if args.company is None:
        raise InputError("give the company: `drafter log add KIND COMPANY` (or an application's letter: --from FILE)")
    company = " ".join(args.company.split())
    if not company:
        raise InputError("the company cannot be empty: `drafter log add KIND COMPANY`")
    today = dt.date.today()
    for flag, day in (("--date", args.date), ("--applied", args.applied)):
        if day is not None and day > today:
            raise InputError(f"{flag} {day.isoformat()} is in the future (today is {today.isoformat()})")
    on = args.date
    applied = args.applied
    if kind == "application":
        # an application's date is the day you applied: either flag gives it
        if on is not None and applied is not None and on != applied:
            raise InputError("an application's date is the day you applied: give --date or --applied, not both")
        on = on or applied
        applied = None
    on = on or today
    if applied is not None and applied > on:
        raise InputError(f"--applied {applied.isoformat()} is after the entry's date {on.isoformat()}")
    entry_id = journal.add(
        kind,
        on=on,
        company=company,
        role=args.role,
        stage=args.stage or DEFAULT_STAGE[kind],
        reason=args.reason if kind == "rejection" else None,
        applied_on=applied,
        notes=[(k, getattr(args, f[2:].replace("-", "_")) or "") for f, k, _ in NOTE_FLAGS],
        link=True,
    )
    entry = journal.get(entry_id)
    if kind == "rejection" and applied is None and entry.applied_on is not None:
        print(
            f"entry {entry_id}: your application of {entry.applied_on.isoformat()} was answered: "
            f"{describe(entry)} ({(entry.date - entry.applied_on).days} days later)"
        )
    else:
        print(f"added entry {entry_id}: {describe(entry)}")
    return 0


def _add_from(journal: Journal, args: argparse.Namespace) -> int:
    """`log add application --from FILE`: the application a saved letter is about."""
    from ...journal.applications import APPLICATION_KINDS, record_application
    from ...journal.entries import parse_date
    from ...journal.letters import message_sha256
    from ...journal.store import describe
    from ...parsing.letter import parse_message
    from ._input import read_letter
    from ._journal import application_line

    if args.kind != "application":
        raise InputError(
            f"--from records an application (`drafter log add application --from FILE`); "
            f"log this {args.kind} with `drafter log add {args.kind} COMPANY`"
        )
    given = {flag: getattr(args, dest) for flag, dest in (("--stage", "stage"), ("--reason", "reason"))}
    given |= {flag: getattr(args, flag[2:].replace("-", "_")) for flag, _, _ in NOTE_FLAGS}
    if extra := [flag for flag, value in given.items() if value is not None]:
        raise InputError(f"{extra[0]} cannot be given with --from: add notes afterwards with `drafter log note ID`")
    if args.date is not None and args.applied is not None and args.date != args.applied:
        raise InputError("an application's date is the day you applied: give --date or --applied, not both")
    message = read_letter(args.from_file, then=None)
    letter = parse_message(message)
    name = args.from_file if args.from_file != "-" else "the letter"
    if letter.is_rejection:
        raise InputError(f"{name} is a rejection, not a letter about an application: `drafter draft` logs it")
    if letter.kind not in APPLICATION_KINDS and letter.kind not in ("offer", "unclear"):
        what = letter.kind.replace("_", " ")
        raise InputError(f"{name} is a {what}, not a letter about an application you made")
    company = " ".join((args.company or "").split()) or letter.company
    if not company:
        raise InputError(f"no company found in {name}: give it, `drafter log add application COMPANY --from FILE`")
    today = dt.date.today()
    on = args.date or args.applied or parse_date(message.date) or _file_date(args.from_file) or today
    if on > today:
        raise InputError(f"the letter's date {on.isoformat()} is in the future (today is {today.isoformat()})")
    logged = record_application(
        journal,
        letter,
        on=on,
        source_sha256=message_sha256(message),
        message=message,
        company=company,
        role=args.role,
    )
    print(f"{application_line(logged)}: {describe(journal.get(logged.id))}")
    return 0


def _file_date(name: str) -> dt.date | None:
    """A saved letter's date when it states none: the day the file was last changed."""
    try:
        return dt.date.fromtimestamp(Path(name).stat().st_mtime) if name != "-" else None
    except OSError:
        return None


def _forget(journal: Journal, entry_id: int, *, ask_first: bool) -> int:
    what = journal.summary(entry_id)
    if ask_first:
        from ._ask import ask, can_ask

        if can_ask():
            answer = ask(f"Forget entry {entry_id} ({what}) and its notes? This cannot be undone. [y/N]")
            if answer is None or answer.casefold() not in ("y", "yes"):
                say(f"entry {entry_id} kept")
                return 1
    journal.delete(entry_id)
    print(f"forgot entry {entry_id}: {what}")
    return 0


def _say_unreadable(problems: Sequence[str]) -> None:
    for problem in problems:
        say(problem, level="warning")


def count(text: str) -> int:
    """An argparse type: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a count (0 or more): {text!r}")
    return value
