"""The LLM backend: one chat request per letter to any OpenAI-compatible server.

The conversation is written once, as a generator that yields requests and receives answers, and
driven by a sync and an async loop around a :class:`~drafter.llm.client.Completer`:

1. ask in the output mode that worked for this server before (`json_schema` first); when the
   server rejects that `response_format` (4xx), step down to JSON mode, then plain prompting,
   and remember what worked;
2. read the answer (think blocks, fences, chatter) into the model's facts and a `Draft`;
   reconcile those facts with the rules' (`reconcile`), select the situation they fit, and
   validate the draft against them;
3. on failure ask once more, quoting what was wrong; then fall back to the offline draft with a
   visible warning. Usage is summed over every attempt.

A server that cannot be reached, is too slow or refuses the request (after retries) gives the
offline draft with a warning naming the cause and the fix. With `no_fallback`, that and an answer
that is still not usable (a refusing model, two failed answers) raise
:class:`~drafter.errors.BackendError` instead: no offline draft stands in for the LLM's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Iterable
from dataclasses import dataclass
from typing import Any

from ..config import Settings
from ..drafting.offline import DraftContext, Fallback, to_result
from ..drafting.situations import load_situations, select
from ..drafting.validate import injection_problems, question_problems, recipient_problems, validate
from ..errors import BackendError
from ..models import Draft, DraftResult, DraftWarning, Usage
from .answer import Completion, ModelFacts, Reading, draft_schema, read_answer, strip_think
from .client import AsyncCompleter, ChatMessage, Completer, FormatRejected, Notify
from .prompt import build_messages, retry_message
from .reconcile import FactSource, Reconciled, reconcile, rules_only
from .redaction import Redactor, build_redactor
from .server import MEMORY, Mode, ModeMemory, next_mode, response_format

MAX_ECHO = 4000  # characters of a failed answer quoted back in the corrective turn
SERVER_FIX = "check the server with `drafter doctor`, or pass --offline"


@dataclass(frozen=True)
class Request:
    messages: list[ChatMessage]
    response_format: dict[str, Any] | None
    mode: Mode


@dataclass(frozen=True)
class Rejected:
    """The server refused the request's `response_format`."""

    reason: str


Conversation = Generator[Request, Completion | Rejected, DraftResult]


def redactor_for(ctx: DraftContext, *, redact: bool, private: Iterable[str | None] = ()) -> Redactor:
    """The candidate's contact details to hide (none unless `redact`)."""
    if not redact:
        return Redactor()
    from ..drafting.validate import signature_block

    letter = ctx.letter
    return build_redactor(
        [ctx.letter_text],
        private=[*private, ctx.profile.email],
        company=[letter.reply_address],
        company_name=letter.company,
        keep=[letter.requisition_id],
        candidate=letter.candidate_name or ctx.profile.name,
        signer=letter.sender_name,
        signature=signature_block(ctx.letter_text, letter.sender_name) if letter.sender_name else "",
        names=[ctx.profile.name, letter.candidate_name, ctx.signer],
    )


def _messages(ctx: DraftContext, settings: Settings, mode: Mode, redactor: Redactor) -> list[ChatMessage]:
    schema_in_prompt = draft_schema() if mode != "json_schema" else None
    messages = build_messages(ctx, settings.user_prompts, schema_in_prompt=schema_in_prompt, redacted=bool(redactor))
    return [{**m, "content": redactor.redact(m["content"])} for m in messages]


def prompt_messages(
    ctx: DraftContext,
    settings: Settings,
    *,
    redact: bool = False,
    private: Iterable[str | None] = (),
    memory: ModeMemory = MEMORY,
) -> list[ChatMessage]:
    """Exactly the messages the first request for this letter would send (`--show-prompt`)."""
    redactor = redactor_for(ctx, redact=redact, private=private)
    return _messages(ctx, settings, memory.get(settings), redactor)


def conversation(
    ctx: DraftContext,
    settings: Settings,
    fallback: Fallback,
    *,
    redactor: Redactor,
    memory: ModeMemory = MEMORY,
    notify: Notify | None = None,
    no_fallback: bool = False,
) -> Conversation:
    """Requests out, answers in, a `DraftResult` at the end (see the module docstring); with
    `no_fallback`, no usable answer raises `BackendError` instead of ending in the offline draft."""
    say = notify or (lambda _: None)
    schema = draft_schema()
    mode = memory.get(settings)
    extra: list[ChatMessage] = []  # the corrective turn, once there is one
    usage = Usage()
    retried = False
    read = Reconciled(ctx.letter, rules_only())  # the facts a fallback goes on with
    while True:
        messages = _messages(ctx, settings, mode, redactor) + extra
        reply = yield Request(messages, response_format(mode, schema), mode)
        if isinstance(reply, Rejected):
            lower = next_mode(mode)
            if lower is None:  # pragma: no cover - plain requests carry no response_format
                raise BackendError(f"the server rejected the request: {reply.reason}")
            say(f"the server does not take {mode} ({reply.reason}); trying {lower}")
            mode = lower
            continue
        usage += reply.usage
        memory.remember(settings, mode)
        reading = read_answer(reply)
        problems = [reading.problem] if reading.problem else []
        draft: Draft | None = None
        current = ctx
        if reading.draft is not None:
            read = reconcile(ctx.letter, _restored(reading.facts, redactor), ctx.letter_text)
            for why in read.rejected:
                say(f"not using the model's reading: {why}")
            current = with_facts(ctx, read, settings)
            draft = _finish(current, redactor.restore_draft(reading.draft))
            problems = _check(current, draft, reading, redactor)
        if not problems and draft is not None:
            return _result(current, settings, draft, usage, read.facts_from)
        say(f"answer {'2' if retried else '1'} unusable: {'; '.join(problems)}")
        # a model that obeyed the letter is not asked again: the offline draft, with a warning
        obeyed = draft is not None and injection_problems(draft, ctx.letter, ctx.profile, ctx.letter_text)
        if obeyed:  # nor is its reading of the letter trusted
            read = Reconciled(ctx.letter, rules_only())
        if (retried or not reading.retryable or obeyed) and no_fallback:
            raise BackendError(f"the LLM draft was not usable ({'; '.join(problems)})")
        if retried or not reading.retryable or obeyed:
            return _fall_back(with_facts(ctx, read, settings), settings, fallback, problems, usage, read.facts_from)
        retried = True
        echo = strip_think(reply.content or "")[:MAX_ECHO] or "(empty)"
        quoted = [redactor.redact(p) for p in problems]
        cut_off = reply.finish_reason == "length"
        extra = [
            {"role": "assistant", "content": echo},
            retry_message(settings.user_prompts, quoted, cut_off=cut_off),
        ]


def _restored(facts: ModelFacts | None, redactor: Redactor) -> ModelFacts | None:
    """The model's facts with redaction tokens put back, so they are grounded in the real letter."""
    if facts is None or not redactor:
        return facts
    data = facts.model_dump()
    for name, value in data.items():
        if isinstance(value, str):
            data[name] = redactor.restore(value)
        elif isinstance(value, list):
            data[name] = [redactor.restore(v) for v in value]
    return ModelFacts.model_validate(data)


def with_facts(ctx: DraftContext, read: Reconciled, settings: Settings) -> DraftContext:
    """`ctx` with the reconciled facts, and the situation they fit (which may differ)."""
    if not read.changed:
        return ctx
    letter = read.letter
    situation = select(letter, load_situations(settings.user_prompts))
    warnings = list(ctx.warnings)
    if read.facts_from["kind"] == "model":
        from ..api import not_a_rejection

        warnings = [w for w in warnings if w.code != "unclear"]
        if letter.kind != "rejection":
            said = not_a_rejection(letter.kind).partition(" (")[0]
            message = f"the LLM read the letter differently: {said}; check before sending"
            warnings.append(DraftWarning(code="llm_reading", message=message))
    return dataclasses.replace(ctx, letter=letter, situation=situation, warnings=warnings)


def _finish(ctx: DraftContext, draft: Draft) -> Draft:
    """The recipient comes from the letter, not from the model."""
    to = ctx.letter.reply_address
    # the model's own recipient only if the letter holds it: the validator then judges it (an
    # address the letter's text asked for is an obeyed injection, not a reply address)
    if to is None and draft.email.to and draft.email.to.casefold() in ctx.letter_text.casefold():
        to = draft.email.to
    email = draft.email.model_copy(update={"to": to, "body": draft.email.body.strip()})
    return draft.model_copy(update={"email": email, "networking_note": draft.networking_note.strip()})


def _check(ctx: DraftContext, draft: Draft, reading: Reading, redactor: Redactor) -> list[str]:
    """The validator's checks, with the feedback question and greeting the answer names."""
    letter = ctx.letter
    ask = ctx.situation.meta.ask_feedback
    problems = validate(
        draft,
        letter,
        ctx.profile,
        letter_text=ctx.letter_text,
        ask_feedback=ask,
        language=letter.language,
        feedback_words=False,
    )
    problems += recipient_problems(draft, letter, ctx.letter_text)
    question, greeting = (redactor.restore(t) if t else None for t in (reading.feedback_question, reading.greeting))
    return problems + question_problems(
        question,
        greeting,
        draft.email.body,
        letter.language,
        ask_feedback=ask and letter.feedback != "declined",
        declined=letter.feedback == "declined",
    )


def _result(
    ctx: DraftContext, settings: Settings, draft: Draft, usage: Usage, facts_from: dict[str, FactSource]
) -> DraftResult:
    result = to_result(ctx, draft, "openai", model=settings.model, usage=usage)
    return result.model_copy(update={"facts_from": facts_from})


def _fall_back(
    ctx: DraftContext,
    settings: Settings,
    fallback: Fallback,
    problems: list[str],
    usage: Usage,
    facts_from: dict[str, FactSource],
) -> DraftResult:
    result = fallback(ctx)
    reason = "; ".join(problems)
    warning = DraftWarning(
        code="llm_answer", message=f"the LLM draft was not usable ({reason}); this is the offline draft"
    )
    update = {"warnings": [warning, *result.warnings], "model": settings.model, "usage": usage}
    return result.model_copy(update={**update, "facts_from": facts_from, "fallback": "answer"})


def server_fallback(ctx: DraftContext, fallback: Fallback, error: BackendError) -> DraftResult:
    """The offline draft when the server could not be used, with a warning naming cause and fix."""
    result = fallback(ctx)
    warning = DraftWarning(code="llm_server", message=f"{error}; this is the offline draft ({SERVER_FIX})")
    return result.model_copy(update={"warnings": [warning, *result.warnings], "fallback": "server"})


def draft_with_llm(
    ctx: DraftContext,
    settings: Settings,
    fallback: Fallback,
    *,
    completer: Completer | None = None,
    redact: bool = False,
    private: Iterable[str | None] = (),
    memory: ModeMemory = MEMORY,
    notify: Notify | None = None,
    no_fallback: bool = False,
) -> DraftResult:
    """Draft one letter with the LLM; `fallback(ctx)` when its answers are not usable or the
    server cannot be used (unless `no_fallback`: then that raises `BackendError`)."""
    redactor = redactor_for(ctx, redact=redact, private=private)
    steps = conversation(
        ctx, settings, fallback, redactor=redactor, memory=memory, notify=notify, no_fallback=no_fallback
    )
    try:
        if completer is not None:
            return _drive(steps, completer)
        from .client import OpenAICompleter

        with OpenAICompleter(settings, notify=notify) as own:
            return _drive(steps, own)
    except BackendError as exc:
        if no_fallback:
            raise
        return server_fallback(ctx, fallback, exc)


def _drive(steps: Conversation, completer: Completer) -> DraftResult:
    try:
        request = next(steps)
        while True:
            reply: Completion | Rejected
            try:
                reply = completer.complete(request.messages, request.response_format)
            except FormatRejected as exc:
                reply = Rejected(str(exc))
            request = steps.send(reply)
    except StopIteration as done:
        result: DraftResult = done.value
        return result


async def adraft_with_llm(
    ctx: DraftContext,
    settings: Settings,
    fallback: Fallback,
    *,
    completer: AsyncCompleter | None = None,
    redact: bool = False,
    private: Iterable[str | None] = (),
    memory: ModeMemory = MEMORY,
    notify: Notify | None = None,
    no_fallback: bool = False,
) -> DraftResult:
    """`draft_with_llm` for async code; pass one shared `AsyncOpenAICompleter` for many letters."""
    redactor = redactor_for(ctx, redact=redact, private=private)
    steps = conversation(
        ctx, settings, fallback, redactor=redactor, memory=memory, notify=notify, no_fallback=no_fallback
    )
    try:
        if completer is not None:
            return await _adrive(steps, completer)
        from .client import AsyncOpenAICompleter

        async with AsyncOpenAICompleter(settings, notify=notify) as own:
            return await _adrive(steps, own)
    except BackendError as exc:
        if no_fallback:
            raise
        return server_fallback(ctx, fallback, exc)


async def _adrive(steps: Conversation, completer: AsyncCompleter) -> DraftResult:
    try:
        request = next(steps)
        while True:
            reply: Completion | Rejected
            try:
                reply = await completer.complete(request.messages, request.response_format)
            except FormatRejected as exc:
                reply = Rejected(str(exc))
            request = steps.send(reply)
    except StopIteration as done:
        result: DraftResult = done.value
        return result
