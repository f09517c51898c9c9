"""What the commands share about the journal: where it is, and recording a drafted letter.

`add_journal_argument` and `iso_date` are what a command's parser needs, so the journal, the
models and the settings are imported only by the functions that use them: `drafter draft --help`
and a usage error load none of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ...errors import ConfigError, DrafterError

if TYPE_CHECKING:  # batch is heavy to import, and `drafter log` does not need it
    from ...batch.run import Known, Record, RecordApplication
    from ...config import Settings
    from ...journal.applications import Logged
    from ...journal.letters import Recorded
    from ...models import DraftResult, Message, RejectionLetter


def add_journal_argument(parser: argparse.ArgumentParser, *, inherit: bool = False) -> None:
    """`--journal PATH`; with `inherit`, a value given before the subcommand is kept."""
    parser.add_argument(
        "--journal",
        metavar="PATH",
        default=argparse.SUPPRESS if inherit else None,
        help="the journal database (default: $DRAFTER_JOURNAL, else your user data folder)",
    )


def journal_path(settings: Settings, flag: str | None) -> Path:
    """The journal to use: the flag, else DRAFTER_JOURNAL, else the user data folder."""
    if flag is not None and not flag.strip():
        raise ConfigError("--journal was given an empty path: name the journal file, or leave the flag out")
    if flag:
        return Path(flag).expanduser()
    from ...journal.store import default_path

    return settings.journal or default_path()


def iso_date(text: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def with_insights_from(result: DraftResult, message: Message, path: Path) -> tuple[DraftResult, bool]:
    """Add what the journal teaches to the draft's checklist (reading the journal only).

    Returns the draft and whether the journal could be used. Never raises: a journal that cannot
    be read costs the user a warning (that it will not be updated either), never the draft.
    """
    from ...journal.entries import parse_date
    from ...journal.insights import insights, with_insights
    from ...journal.letters import find_letter, message_sha256
    from ...journal.store import open_journal

    letter = result.letter
    if not letter.is_rejection:
        return result, True
    try:
        with open_journal(path) as journal:
            own = find_letter(
                journal,
                source_sha256=message_sha256(message),
                message_id=message.message_id or letter.message_id,
                message=message,
                letter=letter,
            )
            entries = [e for e in journal.entries() if e.id != own]
            on = journal.get(own).date if own is not None else parse_date(message.date) or dt.date.today()
        learned = insights(entries, letter, on=on)
    except DrafterError as exc:
        return _warn(result, f"the journal was not updated: {exc}"), False
    except Exception as exc:  # the draft matters more than the log: never lose it to a bug here
        return _warn(result, f"the journal was not updated (unexpected {type(exc).__name__}: {exc})"), False
    if not learned:
        return result, True
    return result.model_copy(update={"checklist": with_insights(result.checklist, learned)}), True


def record_draft(result: DraftResult, message: Message, path: Path) -> tuple[Recorded | None, str | None]:
    """Log the drafted letter, once it has reached the user: (what was recorded, or a warning).

    Never raises: a journal that cannot be written costs the user a warning, never the draft.
    """
    from ...journal.entries import parse_date
    from ...journal.letters import message_sha256, record_letter
    from ...journal.store import open_journal

    letter = result.letter
    if not letter.is_rejection:
        return None, None
    try:
        with open_journal(path) as journal:
            recorded = record_letter(
                journal,
                letter,
                source_sha256=message_sha256(message),
                message_id=message.message_id or letter.message_id,
                on=parse_date(message.date),
                message=message,
            )
    except DrafterError as exc:
        return None, f"the journal was not updated: {exc}"
    except Exception as exc:  # the draft matters more than the log: never lose it to a bug here
        return None, f"the journal was not updated (unexpected {type(exc).__name__}: {exc})"
    return recorded, None


def logged_line(recorded: Recorded) -> str:
    """What `draft` says about its journal entry: which one, and the next step."""
    entry = f"journal entry {recorded.id}"
    if recorded.applied_on is not None:
        said = f"logged as {entry}, with your application of {recorded.applied_on.isoformat()}"
    elif recorded.created:
        said = f"logged as {entry}"
    else:
        said = f"already in the journal as entry {recorded.id}"
    return f"{said}; once you have sent the email: drafter log mark {recorded.id} sent"


def application_line(logged: Logged) -> str:
    """What `log add application --from` and `batch` say about the application a letter logged."""
    said = {
        "created": "logged as application",
        "known": "already in the journal as",
        "joined": "added to the application",
        "answered": "added to the application answered by",
    }[logged.how]
    return f"{said} entry {logged.id}"


def not_a_rejection_hint(kind: str, file: str | None) -> str:
    """For `draft` refusing a letter about an application: the command that would log it."""
    from ...journal.applications import APPLICATION_KINDS

    if kind not in APPLICATION_KINDS:
        return ""
    source = file if file and file != "-" else "FILE"
    return f"; to log it as an application: drafter log add application --from {_quoted(source)}"


def _quoted(path: str) -> str:
    import shlex

    return path if path == "FILE" else shlex.quote(path)


class BatchJournal(NamedTuple):
    """The journal's hooks for `run_batch`: record a letter, which letter files it knows, and
    record a skipped letter about an application."""

    record: Record
    known: Known | None
    application: RecordApplication | None = None


@contextmanager
def batch_recorder(path: Path | None) -> Iterator[BatchJournal]:
    """For `drafter batch`: hooks that log each letter in one open journal.

    With no path (`--no-journal`) they record nothing. A journal that cannot be opened costs a
    warning, never the run; an error while recording fails only that letter (batch reports it).
    """
    if path is None:
        yield BatchJournal(_record_nothing, None)
        return
    from ...journal.applications import record_application
    from ...journal.entries import parse_date
    from ...journal.letters import known_files, message_sha256, record_letter, remember_file
    from ...journal.linking import company_key
    from ...journal.store import open_journal

    try:
        opened = open_journal(path)
        journal = opened.__enter__()
    except DrafterError as exc:
        print(f"drafter: warning: the journal is not updated: {exc}", file=sys.stderr)
        yield BatchJournal(_record_nothing, None)
        return

    def record(letter: RejectionLetter, message: Message, sha256: str) -> None:
        if not letter.is_rejection:  # remembered, so that a later run does not parse it again
            remember_file(journal, sha256)
            return
        record_letter(
            journal,
            letter,
            source_sha256=message_sha256(message),
            message_id=message.message_id or letter.message_id,
            on=parse_date(message.date),
            file_sha256=sha256,
            message=message,
        )

    def known(sha256s: Collection[str]) -> set[str]:
        return known_files(journal, sha256s)

    def application(letter: RejectionLetter, message: Message, sha256: str, mtime: dt.date) -> str | None:
        if known_files(journal, [sha256]):  # journaled by an earlier run (and perhaps forgotten since)
            return None
        if not company_key(letter.company):
            return "not journaled: no company found (`drafter log add application COMPANY --from FILE`)"
        logged = record_application(
            journal,
            letter,
            on=parse_date(message.date) or mtime,
            source_sha256=message_sha256(message),
            message=message,
            file_sha256=sha256,
        )
        return application_line(logged)

    try:
        yield BatchJournal(record, known, application)
    finally:
        opened.__exit__(None, None, None)


def _record_nothing(letter: RejectionLetter, message: Message, sha256: str) -> None:
    del letter, message, sha256


def _warn(result: DraftResult, warning: str) -> DraftResult:
    from ...models import DraftWarning

    return result.model_copy(update={"warnings": [*result.warnings, DraftWarning(code="journal", message=warning)]})
