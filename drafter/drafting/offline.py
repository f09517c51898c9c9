"""Turn (letter, situation, profile) into a Draft. The offline backend lives here; the LLM one in `llm`.

The offline backend renders `templates/<situation>/<language>.j2` (blocks `subject` and `body`),
`templates/networking/<language>.j2`, and picks checklist items from `templates/checklist.toml`.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    BytecodeCache,
    ChoiceLoader,
    FileSystemLoader,
    FunctionLoader,
    StrictUndefined,
    TemplateNotFound,
)
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, ValidationError

from .. import rx
from ..config import flatten
from ..errors import TemplateError
from ..models import (
    BackendName,
    ChecklistItem,
    Draft,
    DraftResult,
    DraftWarning,
    Email,
    Profile,
    RejectionLetter,
    Usage,
)
from ..resources import builtin_dir
from .situations import Conditions, Situation

CHECKLIST_MIN, CHECKLIST_MAX = 5, 8
HABITS = ("feedback", "reflect", "improve", "network", "persist")
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


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


def join_names(names: list[str], conjunction: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def strip_re(subject: str) -> str:
    """`Re: Re: AW: x` -> `x`, so a reply subject gets exactly one `Re:`."""
    text = subject.strip()
    while True:
        head, sep, rest = text.partition(":")
        if sep and head.strip().lower() in {"re", "aw", "sv", "antw", "fw", "fwd", "tr", "rv"}:
            text = rest.strip()
        else:
            return text


@cache
def environment(user_templates: Path | None, cache_dir: Path | None = None) -> SandboxedEnvironment:
    """The sandboxed Jinja environment: user templates first, then the built-in ones."""
    loaders: list[BaseLoader] = [FileSystemLoader(str(builtin_dir("templates"))), _INLINE_LOADER]
    if user_templates is not None:
        loaders.insert(0, FileSystemLoader(str(user_templates)))
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        bytecode_cache=_bytecode_cache(cache_dir),
    )
    env.filters.update(first_name=first_name, join_names=join_names, strip_re=strip_re)
    return env


def _bytecode_cache(cache_dir: Path | None) -> BytecodeCache | None:
    """Compiled templates cached on disk: compiling them is most of an offline draft's run time.

    Only files nobody else could have written are loaded (they are unpickled): see drafter.cache.
    """
    if cache_dir is None:
        return None
    from ..cache import jinja_cache

    cache: BytecodeCache | None = jinja_cache(cache_dir / "jinja")
    return cache  # None: an optimisation only, a read-only or shared folder still drafts


# Template text that lives in data (the checklist catalog) is served under a name derived from
# its content, so it is compiled once and then read from the bytecode cache like a file template.
_INLINE: dict[str, str] = {}
_INLINE_LOADER = FunctionLoader(_INLINE.get)


def _compiled(env: SandboxedEnvironment, source: str) -> Any:
    name = "inline/" + hashlib.sha1(source.encode("utf-8")).hexdigest()
    _INLINE[name] = source
    return env.get_template(name)


def render_string(env: SandboxedEnvironment, source: str, variables: dict[str, Any]) -> str:
    if "{" not in source:
        return source.strip()
    try:
        return str(_compiled(env, source).render(variables)).strip()
    except JinjaError as exc:
        raise TemplateError(f"template error: {exc}") from None


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


class CatalogItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    habit: str
    text: str
    why: str
    when: Conditions = Conditions()


@cache
def load_catalog(user_templates: Path | None) -> tuple[CatalogItem, ...]:
    path = builtin_dir("templates") / "checklist.toml"
    if user_templates is not None and (user_templates / "checklist.toml").is_file():
        path = user_templates / "checklist.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return tuple(CatalogItem.model_validate(item) for item in data.get("item", []))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"cannot read {path}: {exc}") from None
    except ValidationError as exc:
        raise TemplateError(f"{path}: {flatten(exc)}") from None


def checklist(ctx: DraftContext) -> list[ChecklistItem]:
    """5 to 8 items fitted to the letter, in the order of the five habits."""
    env = environment(ctx.user_templates, ctx.cache_dir)
    chosen = [i for i in load_catalog(ctx.user_templates) if i.when.matches(ctx.letter)]
    chosen.sort(key=lambda i: HABITS.index(i.habit) if i.habit in HABITS else len(HABITS))
    while len(chosen) > CHECKLIST_MAX:
        # trim the habit with the most items, from its end, so every habit keeps a voice
        crowded = Counter(i.habit for i in chosen).most_common(1)[0][0]
        chosen.remove([i for i in chosen if i.habit == crowded][-1])
    variables = ctx.variables()
    items = [
        ChecklistItem(text=render_string(env, i.text, variables), why=render_string(env, i.why, variables))
        for i in chosen
    ]
    if len(items) < CHECKLIST_MIN:
        raise TemplateError(f"the checklist catalog yields only {len(items)} items for this letter")
    return items


def offline_draft(ctx: DraftContext) -> Draft:
    """The offline backend: Jinja output templates and the checklist catalog."""
    variables = ctx.variables()
    template = _language_template(ctx, ctx.situation.name, fallback_folder="default")
    note = _language_template(ctx, "networking")
    return Draft(
        email=Email(
            to=ctx.letter.reply_address,
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
