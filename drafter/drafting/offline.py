"""Turn (letter, situation, profile) into a Draft. The offline backend lives here; the LLM one in `llm`.

The offline backend renders `templates/<situation>/<language>.j2` (blocks `subject` and `body`),
`templates/networking/<language>.j2`, and takes the reflection checklist from `checklist`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from .. import rx
from ..errors import TemplateError
from ..models import (
    BackendName,
    Draft,
    DraftResult,
    DraftWarning,
    Email,
    Profile,
    RejectionLetter,
    Usage,
)
from .checklist import CHECKLIST_MAX as CHECKLIST_MAX
from .checklist import CHECKLIST_MIN as CHECKLIST_MIN
from .checklist import checklist
from .jinja import environment
from .jinja import strip_re as strip_re
from .situations import Situation

FALLBACK_LANGUAGE = "en"


@dataclass
class DraftContext:
    """Everything a backend needs to draft one letter."""

    letter: RejectionLetter
    situation: Situation
    profile: Profile
    letter_text: str = ""
    user_templates: Path | None = None
    cache_dir: Path | None = None
    warnings: list[DraftWarning] = field(default_factory=list)

    @property
    def reply_language(self) -> str:
        """The language of the offline draft: the letter's, if the templates have it, else English."""
        return reply_language(self.letter.language, self.situation.name, self.user_templates, self.cache_dir)

    @property
    def signer(self) -> str | None:
        return self.profile.name or signer_from_letter(self.letter.candidate_name, self.letter_text)

    def variables(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "profile": self.profile,
            "tone": self.profile.tone,
            "signer": self.signer,
            "ask_feedback": self.situation.meta.ask_feedback,
            "facts": letter_facts(self.letter, self.letter_text),
        }


# Stages at which the candidate met nobody for an interview.
BEFORE_INTERVIEWS = ("application", "screen")

# What the letter's own text says happened, so a draft claims no more than that.
_SAYS_FINAL = rx.compile(
    r"\bfinal (?:round|stage|interview)|\blast (?:round|stage|interview)|"
    r"letzte[nr]? (?:Runde|Gespräch)|finale[nr]? (?:Runde|Gespräch)|Finalrunde|Abschlussgespräch|"
    r"dernier (?:tour|entretien)|dernière (?:étape|phase)|phase finale|entretien final|"
    r"ronda final|última (?:ronda|fase|etapa|entrevista)|fase final|entrevista final|"
    r"laatste (?:ronde|gesprek)|eindronde|finale ronde|eindgesprek|"
    r"ultim[oa] (?:colloquio|fase|round)|fase finale|colloquio finale",
    re.IGNORECASE,
)
_SAYS_TEAM = rx.compile(
    r"\b(?:meet|met|meeting|speak(?:ing)? with|spoke with|talk(?:ing)? with|time with) (?:the |our |my )?"
    r"(?:wider |whole |hiring |interview )?(?:team|panel)\b|\bpanel interview|\bteam interview|"
    r"(?:das|unser|dem|ihr) Team (?:\w+ ){0,3}(?:kennen|getroffen|gesprochen)|mit (?:dem|unserem) Team|"
    r"rencontr\w* (?:l'|l’|notre |toute l'|toute l’)équipe|"
    r"(?:conocer|conociste|reunirte con) (?:al|a nuestro|el) equipo|"
    r"(?:het|ons) team (?:\w+ ){0,3}(?:ontmoet|gesproken|leren kennen)|"
    r"conhecer (?:a|a nossa) equipa|conhecer o time|conoscere (?:il|il nostro) team",
    re.IGNORECASE,
)


def letter_facts(letter: RejectionLetter, letter_text: str) -> dict[str, Any]:
    """Facts a template may claim: only what the letter states (its fields or its own words)."""
    people = [p for p in letter.interviewers if p != letter.sender_name]
    letter_text = f"{letter.subject or ''}\n{letter_text}"
    return {
        "met": people,
        # "we will not invite you to meet the team" names a team the candidate did not meet
        "met_team": len(letter.interviewers) >= 2
        or (letter.stage not in BEFORE_INTERVIEWS and bool(_SAYS_TEAM.search(letter_text))),
        "said_final": bool(_SAYS_FINAL.search(letter_text)),
        "other_chosen": letter.reason in ("other_candidates", "position_filled"),
        "formal_letter": bool(_FORMAL_SALUTATION.search(letter_text[:500])),
        # the topic phrases are read from English sentence shapes only; other languages quote
        "feedback_points": feedback_points(letter.feedback_text) if letter.language == "en" else None,
        "gap": stated_gap(letter.reason_text) if letter.language == "en" else None,
    }


# Salutations that set a formal register, which the reply then keeps.
_FORMAL_SALUTATION = rx.compile(
    r"^\s*(?:Sehr geehrte|Dear (?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|Madame|Monsieur|Estimad[oa]|Geachte|"
    r"Prezad[oa]|Exm[oa]|Gentile|Egregi[oa])",
    re.IGNORECASE | re.MULTILINE,
)
_FEEDBACK_TOPIC = rx.compile(
    r"\b(?:mainly |mostly |largely |especially |particularly )?"
    r"(?:around|about|on|regarding|concerning|related to|in the areas? of)\s+(?P<topic>[^.;!?]{3,120})",
    re.IGNORECASE,
)
_GAP = rx.compile(
    r"\b(?:someone|a candidate|candidates|a person|people) with (?P<gap>[^.;!?]{3,120})|"
    r"\b(?P<gap2>(?:more|deeper|stronger|broader|further|additional) (?:hands-on )?"
    r"(?:experience|expertise|knowledge|background|skills?)\b[^.;!?]{0,100})",
    re.IGNORECASE,
)


def feedback_points(feedback_text: str | None) -> str | None:
    """ "Our feedback was mainly around state management and test coverage." -> "state management and test coverage"."""
    if not feedback_text:
        return None
    m = _FEEDBACK_TOPIC.search(feedback_text)
    return m.group("topic").strip(" ,:") if m else None


def stated_gap(reason_text: str | None) -> str | None:
    """ "... looking for someone with more experience leading X." -> "more experience leading X"."""
    if not reason_text:
        return None
    m = _GAP.search(reason_text)
    return (m.group("gap") or m.group("gap2")).strip(" ,:") if m else None


# What a backend calls when it cannot draft: the offline draft of the same context.
Fallback = Callable[[DraftContext], DraftResult]


_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta|Dhr|Mevr|Sig|Sig\.ra|Signor|Signora)\.?"


def signer_from_letter(name: str | None, letter_text: str) -> str | None:
    """The candidate's name as the letter gave it, fit to sign with, or None.

    A surname after a title ("Dear Mr. Morgan") is not how anyone signs; a name in capitals
    ("Dear ALEX MORGAN", from a mail merge) is written as a name.
    """
    import re

    if not name:
        return None
    if len(name.split()) == 1 and re.search(_TITLES + r"\s+" + re.escape(name) + r"\b", letter_text, re.IGNORECASE):
        return None
    if name.isupper():
        name = " ".join(part.capitalize() for part in name.split())
    return name


@cache
def reply_language(language: str, situation: str, user_templates: Path | None, cache_dir: Path | None) -> str:
    """`language` if the templates the draft is rendered from exist in it, else English."""
    env = environment(user_templates, cache_dir)
    for folders in ((situation, "default"), ("networking",)):
        names = [f"{folder}/{lang}.j2" for folder in folders for lang in (language, FALLBACK_LANGUAGE)]
        found = next((name for name in names if _exists(env, name)), None)
        if found is not None and not found.endswith(f"/{language}.j2"):
            return FALLBACK_LANGUAGE
    return language


def _exists(env: SandboxedEnvironment, name: str) -> bool:
    try:
        env.get_template(name)
    except TemplateNotFound:
        return False
    except JinjaError as exc:
        raise TemplateError(f"template error in {name}: {exc}") from None
    return True


def language_warnings(ctx: DraftContext) -> list[DraftWarning]:
    """The warning an offline draft carries when it is not in the letter's language."""
    if ctx.reply_language == ctx.letter.language:
        return []
    message = f"no replies in language {ctx.letter.language!r} yet: the draft is in English"
    return [DraftWarning(code="reply_language", message=message)]


def _language_template(ctx: DraftContext, folder: str, fallback_folder: str | None = None) -> Any:
    """`folder/<reply language>.j2`, else the fallback folder's."""
    env = environment(ctx.user_templates, ctx.cache_dir)
    lang = ctx.reply_language
    names = [f"{folder}/{lang}.j2", f"{folder}/{FALLBACK_LANGUAGE}.j2"]
    if fallback_folder:
        names += [f"{fallback_folder}/{lang}.j2", f"{fallback_folder}/{FALLBACK_LANGUAGE}.j2"]
    try:
        return env.select_template(names)
    except TemplateNotFound:
        raise TemplateError(f"no output template for {folder!r}") from None
    except JinjaError as exc:
        raise TemplateError(f"template error in {folder}: {exc}") from None


def _render_block(template: Any, block: str, variables: dict[str, Any]) -> str:
    try:
        context = template.new_context(variables)
        return "".join(template.blocks[block](context)).strip()
    except KeyError:
        raise TemplateError(f"{template.name}: missing block {block!r}") from None
    except JinjaError as exc:
        raise TemplateError(f"{template.name}: {exc}") from None


def trusted_recipient(ctx: DraftContext) -> str | None:
    """The reply address, if the letter's headers or the signer's own signature give it.

    An address only the letter's prose names ("please write to feedback@...") may be an injected
    instruction in a pasted letter: the draft leaves `to` empty for the user to fill in.
    """
    from .validate import recipient_allowed  # validate reads offline's facts: imported on use

    address = ctx.letter.reply_address
    return address if recipient_allowed(address, ctx.letter, ctx.letter_text) else None


def offline_draft(ctx: DraftContext) -> Draft:
    """The offline backend: Jinja output templates and the checklist catalog."""
    variables = ctx.variables()
    template = _language_template(ctx, ctx.situation.name, fallback_folder="default")
    note = _language_template(ctx, "networking")
    return Draft(
        email=Email(
            to=trusted_recipient(ctx),
            subject=_render_block(template, "subject", variables),
            body=_render_block(template, "body", variables),
        ),
        checklist=checklist(ctx),
        networking_note=" ".join(note.render(variables).split()),
    )


NO_SIGNER = DraftWarning(code="no_signer", message="no name to sign with: pass --name or set it in your profile")


def to_result(
    ctx: DraftContext,
    draft: Draft,
    backend: BackendName,
    *,
    model: str | None = None,
    usage: Usage | None = None,
    warnings: list[DraftWarning] | None = None,
) -> DraftResult:
    """A backend's draft as the result the user sees, with the context's warnings and any others."""
    notes = [*ctx.warnings, *(warnings or [])]
    if ctx.signer is None:
        notes.append(NO_SIGNER)
    return DraftResult(
        letter=ctx.letter,
        template=ctx.situation.name,
        backend=backend,
        model=model,
        email=draft.email,
        checklist=draft.checklist,
        networking_note=draft.networking_note,
        warnings=notes,
        usage=usage,
        reply_language=ctx.reply_language if backend == "offline" else ctx.letter.language,
    )
