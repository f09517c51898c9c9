"""`drafter draft [FILE|-]`: draft the feedback-request email, checklist and networking note."""

from __future__ import annotations

import argparse
import sys

from .. import write
from ..api import draft_offline, prepare
from ..config import load_profile, load_settings
from ._input import read_letter
from ._journal import add_journal_argument, journal_path, record_draft


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE|-", help="the letter (.txt .md .html .eml); - or none for stdin")
    parser.add_argument("--json", action="store_true", help="print one JSON object (the draft contract)")
    parser.add_argument("--offline", action="store_true", help="use the offline backend even if an LLM is configured")
    add_journal_argument(parser)
    parser.add_argument("--no-journal", action="store_true", help="do not log this letter")
    parser.add_argument("--name", help="your name, to sign the email (default: profile, else the name the letter used)")
    parser.add_argument("--sign-off", help="closing line, e.g. 'Best regards'")
    parser.add_argument("--tone", choices=["warm", "formal", "brief"], help="how the email sounds (default: warm)")
    parser.add_argument("--force", action="store_true", help="draft even if the message does not look like a rejection")


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.offline:
        settings = settings.model_copy(update={"backend": "offline"})
    profile = load_profile(settings, name=args.name, sign_off=args.sign_off, tone=args.tone)
    message = read_letter(args.file)
    ctx = prepare(message, profile=profile, settings=settings, force=args.force)
    if settings.resolved_backend == "offline":
        result = draft_offline(ctx)
    else:
        from ..llm import draft_with_llm

        result = draft_with_llm(ctx, settings, fallback=draft_offline)
    if not args.no_journal:
        result = record_draft(result, message, journal_path(settings, args.journal))
    sys.stdout.write(write.draft_json(result) if args.json else write.draft_text(result))
    for warning in result.warnings:
        print(f"drafter: warning: {warning}", file=sys.stderr)
    return 0
