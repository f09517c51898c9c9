"""`drafter draft [FILE|-]`: draft the feedback-request email, checklist and networking note."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ...errors import InputError, NotARejectionError
from ..term import BOLD, out, out_json, paint, say, unicode_ok
from ._ask import can_ask
from ._input import pasting, print_rule, read_letter
from ._journal import (
    add_journal_argument,
    journal_path,
    logged_line,
    not_a_rejection_hint,
    record_draft,
    with_insights_from,
)

# The pipeline (api, settings, models, rendering) is imported where a draft is made, so that
# `drafter draft --help` and a usage error load only what the parser needs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ...config import Settings
    from ...drafting.offline import DraftContext
    from ...journal.letters import Recorded
    from ...models import DraftResult, Message, Profile


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", metavar="FILE|-", help="the letter (.txt .md .html .eml .pdf); - or nothing for stdin"
    )
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print one JSON object (the draft contract)")
    shape.add_argument("--body-only", action="store_true", help="print just the email body (for a clipboard tool)")
    parser.add_argument("--copy", action="store_true", help="also copy the email body to the clipboard")
    parser.add_argument("--eml", metavar="FILE", help="also write the email as an .eml draft a mail client opens")
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
        help="replace your name, email addresses and phone numbers with tokens before anything is sent",
    )
    llm.add_argument(
        "--no-fallback",
        action="store_true",
        help="fail (exit 2) when the LLM gives no usable draft (server down, slow or refusing, or bad answers), "
        "instead of giving the offline draft",
    )
    llm.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say on stderr what the LLM backend does, and the backend, model and tokens used",
    )


def pipeline(args: argparse.Namespace) -> tuple[str, ...]:
    """The modules `run` imports for these arguments (the CLI loads them before the collector runs)."""
    journal = ("drafter.journal.store", "drafter.journal.letters", "drafter.journal.insights")
    return ("drafter.api", "drafter.output.render", *(() if args.no_journal else journal))


def run(args: argparse.Namespace) -> int:
    from ...api import draft_offline
    from ...config import load_profile, load_settings, working_folder

    settings = load_settings(cwd=working_folder())
    if args.offline:
        settings = settings.model_copy(update={"backend": "offline"})
    eml_path = Path(args.eml) if args.eml else None
    if eml_path is not None and eml_path.exists():
        raise InputError(f"{eml_path} already exists; drafter never overwrites a file (choose another name)")
    profile = load_profile(settings, name=args.name, tone=args.tone)
    pasted = pasting(args.file)
    # after a paste the rule above the draft waits for the name question, so it sits on the draft
    message = read_letter(args.file, then=None)
    ctx = _prepare(message, profile, settings, force=args.force, file=args.file)
    if args.sign_off:
        ctx.profile = ctx.profile.model_copy(update={"sign_off": args.sign_off})
    if not ctx.profile.name and not args.show_prompt and can_ask():
        _ask_for_name(ctx, message, settings, pasted=pasted)
    if pasted:
        print_rule("your draft")
    if args.show_prompt:
        return _show_prompt(args, ctx, settings, message)
    if settings.resolved_backend == "offline":
        result = draft_offline(ctx)
    else:
        result = _draft_with_llm(args, ctx, settings, message)
    journal = None if args.no_journal else journal_path(settings, args.journal)
    if journal is not None:
        result, usable = with_insights_from(result, message, journal)
        journal = journal if usable else None
    _print_draft(args, result)
    sys.stdout.flush()  # the draft has reached the user (or this raised): only now is it journaled
    recorded, not_logged = record_draft(result, message, journal) if journal is not None else (None, None)
    _report(args, result, recorded, not_logged)
    if args.copy:
        _copy(result)
    if eml_path is not None:
        _write_eml(eml_path, result, message, ctx.profile)
    return 0


def _report(args: argparse.Namespace, result: DraftResult, recorded: Recorded | None, not_logged: str | None) -> None:
    """On stderr, after the draft: its warnings, the footer, the journal entry and the next step."""
    from ...models import DraftWarning
    from ...output import render

    if not_logged:
        warning = DraftWarning(code="journal", message=not_logged)
        result = result.model_copy(update={"warnings": [*result.warnings, warning]})
    for warning in result.warnings:
        say(warning.message, level="warning")
    if not args.json:
        say(render.footer(result).strip("[]"))
        if recorded is not None:
            say(logged_line(recorded))
    if args.verbose:
        say(_how(result))


def _prepare(message: Message, profile: Profile, settings: Settings, *, force: bool, file: str | None) -> DraftContext:
    from ...api import prepare

    try:
        return prepare(message, profile=profile, settings=settings, force=force)
    except NotARejectionError as exc:  # the library says force=True; here it is a flag
        said = str(exc).replace("pass force=True", "use --force") + not_a_rejection_hint(exc.kind, file)
        raise NotARejectionError(said, exc.kind) from None


def _ask_for_name(ctx: DraftContext, message: Message, settings: Settings, *, pasted: bool) -> None:
    from ...drafting.offline import signer_from_letter
    from ._ask import ask_name

    if pasted:
        print(file=sys.stderr)  # a blank line between the pasted letter and the question
    if name := ask_name(signer_from_letter(ctx.letter.candidate_name, message.body), settings.config_file):
        ctx.profile = ctx.profile.model_copy(update={"name": name})


def _print_draft(args: argparse.Namespace, result: DraftResult) -> None:
    from ...output import render

    if args.json:
        out_json(render.draft_json(result))
    elif args.body_only:
        out(render.body_only(result))
    else:
        out(render.draft_text(result, ascii=not unicode_ok(sys.stdout), heading=lambda t: paint(t, BOLD, sys.stdout)))


def _copy(result: DraftResult) -> None:
    from ..clipboard import copy, tool_names

    tool = copy(result.email.body)
    if tool:
        say(f"copied the email to the clipboard ({tool})")
    else:
        say(f"nothing copied: no clipboard tool found ({tool_names()})", level="warning")


def _write_eml(path: Path, result: DraftResult, message: Message, profile: Profile) -> None:
    from ...batch.reply_files import eml_draft

    try:
        with path.open("x", encoding="utf-8", newline="\n") as fh:
            fh.write(eml_draft(result, message, sender=profile))
    except FileExistsError:
        raise InputError(f"{path} already exists; drafter never overwrites a file") from None
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    say(f"wrote {path} (open it in your mail client to send)")


def _say(text: str) -> None:
    say(text)


def _draft_with_llm(args: argparse.Namespace, ctx: DraftContext, settings: Settings, message: Message) -> DraftResult:
    from ...api import draft_offline
    from ...llm.backend import draft_with_llm
    from ...llm.server import remote_notice

    if notice := remote_notice(settings, redact=args.redact):
        _say(notice)
    # A dead, unreachable or slow server, or a refused request, still leaves a draft (unless
    # --no-fallback: then it is an error, exit 2).
    return draft_with_llm(
        ctx,
        settings,
        fallback=draft_offline,
        redact=args.redact,
        private=[message.to_address],
        notify=_say if args.verbose else None,
        no_fallback=args.no_fallback,
    )


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
