"""`drafter batch PATH...`: a reply draft beside every rejection under PATH (see docs/batch.md).

Exit 0: nothing new to write. 1: drafts were written, or with --check some are missing or stale
(pre-commit's convention: a hook that changed files fails; `--exit-zero` makes that 0). 2: a usage
error, or some letters failed or were left undone (the rest are still processed). 130: Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ._journal import add_journal_argument, batch_recorder, journal_path

# batch's runner and the settings are imported when a batch runs, not for `--help` or a usage error
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

    from ...batch.run import Report


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Replies are written beside each letter as <letter name>.reply.md; a reply edited by hand "
        "is never overwritten. Exit 0: nothing new to write; 1: replies written (with --check: "
        "some missing or stale), as pre-commit expects of a hook that changed files (--exit-zero: 0); "
        "2: usage error, or some letters failed or were left undone; 130: Ctrl-C."
    )
    add = parser.add_argument
    add("paths", nargs="+", metavar="PATH", help="letters (.eml .txt .md .html .mbox), folders or Maildirs")
    add(
        "--out",
        metavar="DIR",
        type=Path,
        help="write replies under DIR, mirroring the letters' folders (default: beside each)",
    )
    add("--eml", action="store_true", help="also write an .eml draft threaded to the original")
    add("--check", action="store_true", help="write nothing; exit 1 if any reply is missing or stale (for CI)")
    add("--jobs", "-j", type=_positive, default=4, metavar="N", help="LLM requests in flight at once (default: 4)")
    add(
        "--max-tokens", type=_positive, metavar="N", help="stop sending LLM requests before the run would pass N tokens"
    )
    add(
        "--exit-zero",
        action="store_true",
        help="exit 0 when replies were written (for interactive use; not with --check); failures still exit 2",
    )
    add("--quiet", "-q", action="store_true", help="no progress bar; report only problems")
    add("--offline", action="store_true", help="use the offline backend even if an LLM is set up")
    add("--force", action="store_true", help="also draft letters in which no decision sentence was found")
    add(
        "--redact",
        action="store_true",
        help="replace your name, email addresses and phone numbers with tokens before anything is sent",
    )
    add("--name", help="your name, to sign the emails (default: profile, else the letter's)")
    add("--sign-off", help="closing line, e.g. 'Best regards'")
    add("--tone", choices=["warm", "formal", "brief"], help="how the emails sound (default: warm)")
    add_journal_argument(parser)
    add("--no-journal", action="store_true", help="do not log these letters in the journal")


def run(args: argparse.Namespace) -> int:
    from ...batch.run import Options, run_batch
    from ...config import load_profile, load_settings, working_folder

    settings = load_settings(cwd=working_folder())
    if args.offline:
        settings = settings.model_copy(update={"backend": "offline"})
    profile = load_profile(settings, name=args.name, sign_off=args.sign_off, tone=args.tone)
    options = Options(
        out=args.out,
        eml=args.eml,
        check=args.check,
        jobs=args.jobs,
        max_tokens=args.max_tokens,
        force=args.force,
        redact=args.redact,
        journal=not args.no_journal,
    )
    if settings.resolved_backend == "openai" and not args.check:
        from ...llm.server import remote_notice

        if notice := remote_notice(settings, redact=args.redact):
            print(f"drafter: {notice.replace('the letter will', 'new letters will')}", file=sys.stderr)
    bar = None if args.quiet or not sys.stderr.isatty() else ProgressBar(sys.stderr)
    journal = None if args.no_journal or args.check else journal_path(settings, args.journal)
    try:
        with batch_recorder(journal) as hooks:
            report = run_batch(
                [Path(p) for p in args.paths],
                options,
                settings=settings,
                profile=profile,
                progress=bar,
                record=hooks.record,
                known=hooks.known,
                record_application=hooks.application,
            )
    finally:
        if bar is not None:
            bar.clear()
    print_report(report, check=args.check, quiet=args.quiet, out=sys.stdout, err=sys.stderr)
    code = report.exit_code
    # --exit-zero is for a person who just ran it; --check exists for its exit code, so it keeps it
    return 0 if code == 1 and args.exit_zero and not args.check else code


class ProgressBar:
    """One `\\r`-redrawn line on a terminal, at most ten times a second."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = 0.0
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        filled = self.WIDTH * done // max(total, 1)
        line = f"drafter batch [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total}"
        self.stream.write("\r" + line)
        self.stream.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()


_NOTES = {
    "written": "wrote reply",
    "eml_added": "wrote the .eml draft from your edited reply (the reply is kept as it is)",
    "journaled": "added to the journal (its reply was already written)",
    "kept": "kept",
    "not_rejection": "skipped: not a rejection",
    "unclear": "skipped: unclear",
    "skipped": "skipped",
    "stale": "reply missing or stale",
    "undone": "not drafted",
    "failed": "failed",
}
_PROBLEMS = ("failed", "undone", "kept")
_SUMMARY = (
    ("written", "written"),
    ("eml_added", ".eml draft(s) made from edited replies"),
    ("stale", "missing or stale"),
    ("current", "up to date"),
    ("journaled", "journaled now"),
    ("kept", "kept because edited"),
    ("not_rejection", "not a rejection"),
    ("unclear", "unclear (use --force to draft them)"),
    ("skipped", "skipped"),
    ("undone", "left undone"),
    ("failed", "failed"),
)


def print_report(report: Report, *, check: bool, quiet: bool, out: TextIO, err: TextIO) -> None:
    """One line per letter that needs a word (none for current ones), then a summary line."""
    for outcome in report.outcomes:
        if outcome.status == "current" or (quiet and outcome.status not in _PROBLEMS):
            continue
        line = f"{outcome.label}: {_NOTES[outcome.status]}"
        if outcome.detail:
            line += f" ({outcome.detail})" if outcome.status != "failed" else f": {outcome.detail}"
        print(line, file=err if outcome.status in _PROBLEMS else out)
    counts = report.counts
    if counts["undone"]:
        print(
            f"drafter batch: token budget reached after {report.tokens:,} tokens; "
            f"{counts['undone']} letter(s) left undone (run again to continue)",
            file=err,
        )
    if report.interrupted:
        print(
            f"drafter batch: interrupted; {report.not_reached} letter(s) not reached (run again to finish)",
            file=err,
        )
    if quiet:
        return
    parts = [f"{counts[key]} {text}" for key, text in _SUMMARY if counts[key]]
    summary = ", ".join(parts) or "no letters found"
    if report.requests:
        summary += f"; {report.requests} LLM request(s), {report.tokens:,} tokens"
    if check and counts["stale"]:
        summary += " (run `drafter batch` without --check to write them)"
    print(f"drafter batch: {summary}", file=out)
