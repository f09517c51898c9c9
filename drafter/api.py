"""The library entry points: `parse`, `draft` and `adraft`, running the whole pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from .config import BackendChoice, Settings, load_settings
from .drafting.offline import DraftContext, language_warnings, offline_draft, to_result
from .drafting.situations import Situation, load_situations, select
from .drafting.validate import validate
from .errors import NotARejectionError
from .ingest.reader import read
from .models import DraftResult, DraftWarning, Message, Profile, RejectionLetter
from .parsing.letter import parse_message

Source = str | bytes | Path


def load(source: Source, filename: str | None = None) -> Message:
    """Read a letter: a Path is read from disk, bytes are raw input, a str is the letter's text."""
    if not isinstance(source, str | bytes | Path):
        raise TypeError(f"a letter is a str (its text), bytes or a pathlib.Path, not {type(source).__name__}")
    if isinstance(source, Path):
        from .ingest.reader import read_file

        return read(read_file(source), filename or source.name)
    return read(source, filename)


def parse(source: Source, *, filename: str | None = None) -> RejectionLetter:
    """The facts of a letter (see the `drafter parse --json` contract)."""
    return parse_message(load(source, filename))


UNCLEAR_WARNING = "could not find the sentence that gives the decision; check that this is a rejection before sending"
_KIND_NAMES = {
    "interview_invitation": "an interview invitation",
    "assessment_request": "a request to complete an assessment",
    "offer": "a job offer",
    "acknowledgement": "an acknowledgement that your application arrived",
    "status_update": "a status update with no decision yet",
    "job_alert": "a job alert",
    "outreach": "recruiter outreach",
    "newsletter": "a newsletter",
}


def not_a_rejection(kind: str) -> str:
    """'this is an interview invitation, not a rejection letter (...)' for a named kind."""
    what = _KIND_NAMES.get(kind)
    head = f"this is {what}, not a rejection letter" if what else "this does not look like a rejection letter"
    return f"{head} (use --force to draft anyway)"


def prepare(
    message: Message,
    *,
    profile: Profile | None = None,
    settings: Settings | None = None,
    force: bool = False,
    draft_unclear: bool = True,
    situations: Mapping[str, Situation] | None = None,
) -> DraftContext:
    """Parse and select: everything up to the point where a backend takes over.

    `situations` (from `load_situations`) saves reading the prompt folders again for each of
    many letters; by default they are read for this one.

    A message that is something else by name (an interview invitation, an offer) raises
    `NotARejectionError` unless `force`; one that states no decision the parser can find is drafted
    with a warning, unless `draft_unclear` is False (batch asks for `--force` first).
    """
    settings = settings or load_settings()
    letter = parse_message(message)
    warnings: list[DraftWarning] = []
    if not letter.is_rejection and not force:
        if letter.kind != "unclear" or not draft_unclear:
            library_hint = not_a_rejection(letter.kind).replace("use --force", "pass force=True")
            raise NotARejectionError(library_hint, letter.kind)
        warnings.append(DraftWarning(code="unclear", message=UNCLEAR_WARNING))
    if situations is None:
        situations = load_situations(settings.user_prompts, settings.cache_dir)
    situation = select(letter, situations)
    return DraftContext(
        letter=letter,
        situation=situation,
        profile=(profile or Profile()).for_language(letter.language),
        letter_text=message.body,
        user_templates=settings.user_templates if settings.user_templates.is_dir() else None,
        cache_dir=settings.cache_dir,
        warnings=warnings,
    )


def draft_offline(ctx: DraftContext) -> DraftResult:
    """Draft with the offline backend and validate the result (problems become warnings)."""
    made = offline_draft(ctx)
    problems = validate(
        made,
        ctx.letter,
        ctx.profile,
        letter_text=ctx.letter_text,
        ask_feedback=ctx.situation.meta.ask_feedback,
        language=ctx.reply_language,
    )
    checks = [DraftWarning(code="check", message=f"check the draft: {p}") for p in problems]
    if ctx.letter.reply_address and made.email.to is None:
        checks.append(
            DraftWarning(
                code="check",
                message=f"check the draft: it has no To, because only the letter's text names "
                f"{ctx.letter.reply_address} (not its From, Reply-To or signature); add it yourself if you trust it",
            )
        )
    return to_result(ctx, made, "offline", warnings=[*language_warnings(ctx), *checks])


def _with_backend(settings: Settings | None, backend: BackendChoice | None) -> Settings:
    settings = settings or load_settings()
    return settings if backend is None else settings.model_copy(update={"backend": backend})


def draft(
    source: Source,
    *,
    filename: str | None = None,
    profile: Profile | None = None,
    settings: Settings | None = None,
    backend: BackendChoice | None = None,
    force: bool = False,
    no_fallback: bool = False,
) -> DraftResult:
    """Draft a feedback-request email, checklist and networking note for one letter.

    With an LLM, a server that cannot be reached, is too slow or refuses gives the offline draft
    with a warning (`result.fallback == "server"`), as do answers that stay unusable
    (`"answer"`); `no_fallback=True` raises `BackendError` instead, in either case.
    """
    settings = _with_backend(settings, backend)
    ctx = prepare(load(source, filename), profile=profile, settings=settings, force=force)
    if settings.resolved_backend == "offline":
        return draft_offline(ctx)
    from .llm.backend import draft_with_llm

    return draft_with_llm(ctx, settings, fallback=draft_offline, no_fallback=no_fallback)


async def adraft(
    source: Source,
    *,
    filename: str | None = None,
    profile: Profile | None = None,
    settings: Settings | None = None,
    backend: BackendChoice | None = None,
    force: bool = False,
    no_fallback: bool = False,
) -> DraftResult:
    """`draft` for async code: the LLM request is awaited, the rest runs in a worker thread."""
    import asyncio  # not at module level: it costs ~40 ms of every offline start-up

    settings = _with_backend(settings, backend)
    message = await asyncio.to_thread(load, source, filename)
    ctx = await asyncio.to_thread(prepare, message, profile=profile, settings=settings, force=force)
    if settings.resolved_backend == "offline":
        return draft_offline(ctx)
    from .llm.backend import adraft_with_llm

    return await adraft_with_llm(ctx, settings, fallback=draft_offline, no_fallback=no_fallback)
