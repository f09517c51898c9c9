"""`drafter draft [FILE|-]`: draft the feedback-request email, checklist and networking note."""

from __future__ import annotations

import argparse
import sys

from ...api import draft_offline, prepare
from ...config import Settings, load_profile, load_settings, working_folder
from ...drafting.offline import DraftContext
from ...errors import BackendError
from ...models import DraftResult, Message
from ...output import render
from ._input import read_letter
from ._journal import add_journal_argument, journal_path, record_draft


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", metavar="FILE|-", help="the letter (.txt .md .html .eml); - or nothing for stdin"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (the draft contract)")
    parser.add_argument("--offline", action="store_true", help="use the offline backend even if an LLM is configured")
    add_journal_argument(parser)
    parser.add_argument("--no-journal", action="store_true", help="do not log this letter")
    parser.add_argument("--name", help="your name, to sign the email (default: profile, else the name the letter used)")
    parser.add_argument("--sign-off", help="closing line, e.g. 'Best regards'")
    parser.add_argument("--tone", choices=["warm", "formal", "brief"], help="how the email sounds (default: warm)")
    parser.add_argument("--force", action="store_true", help="draft even if the message does not look like a rejection")
    llm = parser.add_argument_group("LLM backend")
    llm.add_argument(
        "--show-prompt",
        action="store_true",
        help="print the messages an LLM request would send (JSON); send nothing",
    )
    llm.add_argument(
        "--redact",
        action="store_true",
        help="replace your email addresses and phone numbers with tokens before anything is sent",
    )
    llm.add_argument(
        "--no-fallback",
        action="store_true",
        help="fail (exit 2) when the LLM server cannot be used, instead of giving the offline draft",
    )
    llm.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say on stderr what the LLM backend does, and the backend, model and tokens used",
    )


def run(args: argparse.Namespace) -> int:
    settings = load_settings(cwd=working_folder())
    if args.offline:
        settings = settings.model_copy(update={"backend": "offline"})
    profile = load_profile(settings, name=args.name, sign_off=args.sign_off, tone=args.tone)
    message = read_letter(args.file)
    ctx = prepare(message, profile=profile, settings=settings, force=args.force)
    if args.show_prompt:
        return _show_prompt(args, ctx, settings, message)
    if settings.resolved_backend == "offline":
        result = draft_offline(ctx)
    else:
        result = _draft_with_llm(args, ctx, settings, message)
    if not args.no_journal:
        result = record_draft(result, message, journal_path(settings, args.journal))
    sys.stdout.write(render.draft_json(result) if args.json else render.draft_text(result))
    for warning in result.warnings:
        print(f"drafter: warning: {warning}", file=sys.stderr)
    if args.verbose:
        print(f"drafter: {_how(result)}", file=sys.stderr)
    return 0


def _say(text: str) -> None:
    print(f"drafter: {text}", file=sys.stderr)


def _draft_with_llm(args: argparse.Namespace, ctx: DraftContext, settings: Settings, message: Message) -> DraftResult:
    from ...llm.backend import draft_with_llm
    from ...llm.server import remote_notice

    if notice := remote_notice(settings):
        _say(notice)
    try:
        return draft_with_llm(
            ctx,
            settings,
            fallback=draft_offline,
            redact=args.redact,
            private=[message.to_address],
            notify=_say if args.verbose else None,
        )
    except BackendError as exc:
        if args.no_fallback:
            raise
        # A dead, unreachable or slow server, or a refused request, still leaves a draft.
        result = draft_offline(ctx)
        warning = f"{exc}; this is the offline draft (check the server with `drafter doctor`, or pass --offline)"
        return result.model_copy(update={"warnings": [warning, *result.warnings]})


def _show_prompt(args: argparse.Namespace, ctx: DraftContext, settings: Settings, message: Message) -> int:
    import json

    from ...llm.backend import prompt_messages

    messages = prompt_messages(ctx, settings, redact=args.redact, private=[message.to_address])
    sys.stdout.write(json.dumps(messages, ensure_ascii=False, indent=2) + "\n")
    return 0


def _how(result: DraftResult) -> str:
    how = f"backend {result.backend}"
    if result.model:
        how += f", model {result.model}"
    if result.usage is not None:
        u = result.usage
        how += f", tokens: {u.prompt_tokens} prompt + {u.completion_tokens} completion"
        how += f" = {u.total_tokens}"
    return how
