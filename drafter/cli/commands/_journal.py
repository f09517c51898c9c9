"""What the commands share about the journal: where it is, and recording a drafted letter."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ...config import Settings
from ...errors import DrafterError
from ...journal.entries import parse_date
from ...journal.insights import insights, with_insights
from ...journal.store import default_path, message_sha256, open_journal, record_letter
from ...models import DraftResult, DraftWarning, Message


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
    if flag:
        return Path(flag).expanduser()
    return settings.journal or default_path()


def iso_date(text: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def record_draft(result: DraftResult, message: Message, path: Path) -> DraftResult:
    """Log the drafted letter and add what the journal teaches to its checklist.

    Never raises: a journal that cannot be written costs the user a warning, never the draft.
    """
    letter = result.letter
    if not letter.is_rejection:
        return result
    try:
        with open_journal(path) as journal:
            recorded = record_letter(
                journal,
                letter,
                source_sha256=message_sha256(message),
                message_id=message.message_id or letter.message_id,
                on=parse_date(message.date),
            )
            entries = [e for e in journal.entries() if e.id != recorded.id]
            this = journal.get(recorded.id)
        learned = insights(entries, letter, on=this.date)
    except DrafterError as exc:
        return _warn(result, f"the journal was not updated: {exc}")
    except Exception as exc:  # the draft matters more than the log: never lose it to a bug here
        unexpected = f"unexpected {type(exc).__name__}: {exc}"
        return _warn(result, f"the journal was not updated ({unexpected})")
    if not learned:
        return result
    return result.model_copy(update={"checklist": with_insights(result.checklist, learned)})


@contextmanager
def batch_recorder(path: Path | None) -> Iterator[Callable[[DraftResult, Message], None]]:
    """For `drafter batch`: a `record(result, message)` that logs each letter in one open journal.

    With no path (`--no-journal`) it records nothing. A journal that cannot be opened costs a
    warning, never the run; an error while recording fails only that letter (batch reports it).
    """
    if path is None:
        yield _record_nothing
        return
    try:
        opened = open_journal(path)
        journal = opened.__enter__()
    except DrafterError as exc:
        print(f"drafter: warning: the journal is not updated: {exc}", file=sys.stderr)
        yield _record_nothing
        return

    def record(result: DraftResult, message: Message) -> None:
        if result.letter.is_rejection:
            record_letter(
                journal,
                result.letter,
                source_sha256=message_sha256(message),
                message_id=message.message_id or result.letter.message_id,
                on=parse_date(message.date),
            )

    try:
        yield record
    finally:
        opened.__exit__(None, None, None)


def _record_nothing(result: DraftResult, message: Message) -> None:
    del result, message


def _warn(result: DraftResult, warning: str) -> DraftResult:
    return result.model_copy(update={"warnings": [*result.warnings, DraftWarning(code="journal", message=warning)]})
