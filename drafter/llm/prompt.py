"""The messages of an LLM request, rendered from the prompt files in `prompts/`.

`prompts/system.j2` is the system message; `prompts/<situation>/prompt.j2` the user message, with
the parsed facts, the profile and the letter itself quoted as delimited, untrusted data;
`prompts/retry.j2` the corrective turn. A user's prompts folder overrides the built-in files by
name, as it does for situations. Rendering is sandboxed with StrictUndefined.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, TemplateNotFound
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

from ..drafting.offline import CHECKLIST_MAX, CHECKLIST_MIN, DraftContext
from ..drafting.validate import MAX_NOTE_CHARS, MAX_WORDS, MIN_WORDS
from ..errors import TemplateError
from ..resources import builtin_dir
from .client import ChatMessage

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "nl": "Dutch",
    "pt": "Portuguese",
    "it": "Italian",
}
# The letter's own text must not be able to close (or fake) the block that quotes it.
_DELIMITER = re.compile(r"<(/?)\s*(letter|facts|profile)\b", re.IGNORECASE)


@cache
def prompt_environment(user_prompts: Path | None) -> SandboxedEnvironment:
    """The sandboxed Jinja environment for prompts: user folder first, then the built-in one."""
    loaders = [FileSystemLoader(str(builtin_dir("prompts")))]
    if user_prompts is not None:  # a folder made later is still found
        loaders.insert(0, FileSystemLoader(str(user_prompts)))
    return SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def as_data(text: str) -> str:
    """Letter text made safe to quote between delimiters: tags inside it are defused."""
    return _DELIMITER.sub(lambda m: f"‹{m.group(1)}{m.group(2)}", text.replace("\r\n", "\n")).strip()


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _render(env: SandboxedEnvironment, names: list[str], variables: dict[str, Any]) -> str:
    try:
        template = env.select_template(names)
    except TemplateNotFound:
        raise TemplateError(f"no prompt template {names[0]!r}") from None
    except JinjaError as exc:
        raise TemplateError(f"prompt template {names[0]}: {exc}") from None
    try:
        return template.render(variables).strip()
    except JinjaError as exc:
        raise TemplateError(f"prompt template {template.name}: {exc}") from None


def variables(ctx: DraftContext, *, schema: dict[str, Any] | None, redacted: bool) -> dict[str, Any]:
    """What the prompt templates may use."""
    letter = ctx.letter
    facts = {**letter.contract(), "subject": letter.subject, "interviewers": letter.interviewers}
    profile = {
        "name": ctx.signer,
        "sign_off": ctx.profile.sign_off,
        "tone": ctx.profile.tone,
        "linkedin_url": ctx.profile.linkedin_url,
    }
    return {
        "letter": letter,
        "profile": ctx.profile,
        "signer": ctx.signer,
        "tone": ctx.profile.tone,
        "ask_feedback": ctx.situation.meta.ask_feedback and letter.feedback != "declined",
        "situation": ctx.situation.name,
        "situation_description": ctx.situation.meta.description,
        "language": letter.language,
        "language_name": LANGUAGE_NAMES.get(letter.language, f"the language with code {letter.language!r}"),
        "facts_json": as_data(_dump(facts)),
        "profile_json": as_data(_dump(profile)),
        "letter_text": as_data(ctx.letter_text),
        "schema": _dump(schema) if schema is not None else None,
        "redacted": redacted,
        "min_words": MIN_WORDS,
        "max_words": MAX_WORDS,
        "note_limit": MAX_NOTE_CHARS,
        "checklist_min": CHECKLIST_MIN,
        "checklist_max": CHECKLIST_MAX,
    }


def build_messages(
    ctx: DraftContext,
    user_prompts: Path | None,
    *,
    schema_in_prompt: dict[str, Any] | None,
    redacted: bool = False,
) -> list[ChatMessage]:
    """The system and user messages for one letter."""
    env = prompt_environment(user_prompts)
    values = variables(ctx, schema=schema_in_prompt, redacted=redacted)
    system = _render(env, ["system.j2"], values)
    user = _render(env, [f"{ctx.situation.name}/prompt.j2", "default/prompt.j2"], values)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def retry_message(user_prompts: Path | None, problems: list[str], *, cut_off: bool) -> ChatMessage:
    """The corrective user turn that quotes what was wrong with the previous answer."""
    env = prompt_environment(user_prompts)
    content = _render(env, ["retry.j2"], {"problems": problems, "cut_off": cut_off})
    return {"role": "user", "content": content}
