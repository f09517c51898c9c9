"""The sandboxed Jinja environment the offline templates and the checklist catalog render in.

User templates come first, then the built-in ones; `StrictUndefined` makes a missing variable an
error that names it. Compiled templates may be cached on disk (see `drafter.cache`).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, BytecodeCache, ChoiceLoader, FileSystemLoader, FunctionLoader, StrictUndefined
from jinja2 import TemplateError as JinjaError
from jinja2.sandbox import SandboxedEnvironment

from ..errors import TemplateError
from ..resources import builtin_dir


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
