"""Pick the situation (prompt + output templates) whose declared conditions best fit a letter.

Each situation is a folder `prompts/<name>/` holding `meta.toml` (its conditions, as data) and
`prompt.j2` (the LLM prompt). The offline output for the same situation is `templates/<name>/`.
A user folder can add situations or override built-in ones by name. The best match is the one
with the highest `priority`, then the most conditions; no code names a situation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..cache import table
from ..config import flatten
from ..errors import TemplateError
from ..models import Feedback, Future, Reason, RejectionLetter, Stage
from ..resources import builtin_dir

# The bundled situations and checklist are validated by the tests (tests/test_select.py), not at
# every run: their models are built (`defer_build`) only when a user's own folder is read.
_CATALOG = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Conditions(BaseModel):
    """What a letter must look like for a situation to apply; an absent key matches anything."""

    model_config = _CATALOG

    stage: list[Stage] | None = None
    reason: list[Reason] | None = None
    feedback: list[Feedback] | None = None
    future: list[Future] | None = None
    has_sender: bool | None = None
    has_interviewers: bool | None = None
    has_feedback_text: bool | None = None

    def matches(self, letter: RejectionLetter) -> bool:
        facts: dict[str, object] = {
            "stage": letter.stage,
            "reason": letter.reason,
            "feedback": letter.feedback,
            "future": letter.future,
            "has_sender": letter.sender_name is not None,
            "has_interviewers": bool(letter.interviewers),
            "has_feedback_text": bool(letter.feedback_text),
        }
        for key, fact in facts.items():
            wanted = getattr(self, key)
            if isinstance(wanted, list) and fact not in wanted:
                return False
            if isinstance(wanted, bool) and fact != wanted:
                return False
        return True

    @property
    def count(self) -> int:
        return sum(getattr(self, key) is not None for key in type(self).model_fields)

    @classmethod
    def bundled(cls, data: Any) -> Conditions:
        """Conditions from drafter's own (already validated) files, without building the model."""
        return cls.model_construct(**data) if isinstance(data, dict) else cls.model_construct()


class SituationMeta(BaseModel):
    """The contents of a situation's `meta.toml`."""

    model_config = _CATALOG

    description: str
    priority: int = 0
    ask_feedback: bool = True
    when: Conditions = Conditions.model_construct()

    @classmethod
    def bundled(cls, data: dict[str, Any]) -> SituationMeta:
        """A built-in `meta.toml`, without building the model (the tests validate every one)."""
        return cls.model_construct(**{**data, "when": Conditions.bundled(data.get("when"))})


@dataclass(frozen=True)
class Situation:
    name: str
    meta: SituationMeta
    folder: Path

    @property
    def prompt_path(self) -> Path:
        return self.folder / "prompt.j2"


def load_situations(user_dir: Path | None = None, cache_dir: Path | None = None) -> dict[str, Situation]:
    """Built-in situations, then the user's, a user's one replacing a built-in of the same name.

    With `cache_dir` (drafter's cache folder), the built-in files come parsed from its cache.
    """
    found: dict[str, Situation] = {}
    builtin = builtin_dir("prompts")
    for root in (builtin, user_dir):
        if root is None or not root.is_dir():
            continue
        for meta_path in sorted(root.glob("*/meta.toml")):
            meta = _read_meta(meta_path, cache_dir, validated=True) if root == builtin else _read_meta(meta_path)
            found[meta_path.parent.name] = Situation(meta_path.parent.name, meta, meta_path.parent)
    if not found:
        raise TemplateError("no prompt templates found (is the installation complete?)")
    return found


def _read_meta(path: Path, cache_dir: Path | None = None, *, validated: bool = False) -> SituationMeta:
    """A user's `meta.toml`, validated; or (`validated`) drafter's own, checked by the tests instead."""
    data = read_toml(path, cache_dir if validated else None)
    if validated:
        return SituationMeta.bundled(data)
    try:
        return SituationMeta.model_validate(data)
    except ValidationError as exc:
        raise TemplateError(f"{path}: {flatten(exc)}") from None


def read_toml(path: Path, cache_dir: Path | None = None) -> dict[str, Any]:
    """A TOML file's tables, or a one-line TemplateError naming it.

    `cache_dir`, for drafter's own files only: parsed once, then read from the cache there.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read {path}: {exc}") from None

    def parse(source: str) -> dict[str, Any]:
        import tomllib  # ~1 ms; a run with warm caches and no user files needs none of it

        try:
            return tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise TemplateError(f"cannot read {path}: {exc}") from None

    return table(text, cache_dir, parse)


def select(letter: RejectionLetter, situations: Mapping[str, Situation]) -> Situation:
    """The matching situation with the highest (priority, number of conditions); ties by name."""
    matching = [s for s in situations.values() if s.meta.when.matches(letter)]
    if not matching:
        raise TemplateError("no template matches this letter (add one with no conditions)")
    return max(matching, key=lambda s: (s.meta.priority, s.meta.when.count, _neg(s.name)))


def _neg(name: str) -> tuple[int, ...]:
    # max() with ties broken by the alphabetically first name
    return tuple(-ord(c) for c in name)
