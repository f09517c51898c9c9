"""The reflection checklist: items from `templates/checklist.toml` whose conditions fit the letter.

The catalog holds each item's habit, conditions and English wording. An item with an `id` is
worded in the reply's language by `templates/checklist/<language>.toml`, a table per id with
`text` and `why`; an item a language file does not word keeps the catalog's English. A user
folder's `checklist.toml` or `checklist/<language>.toml` replaces the built-in one.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..config import flatten
from ..errors import TemplateError
from ..models import ChecklistItem
from ..resources import builtin_dir
from .jinja import environment, render_string
from .situations import Conditions, read_toml

if TYPE_CHECKING:
    from .offline import DraftContext

CHECKLIST_MIN, CHECKLIST_MAX = 5, 8
HABITS = ("feedback", "reflect", "improve", "network", "persist")


class CatalogItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built for a user's catalog

    id: str | None = None
    habit: str
    text: str
    why: str
    when: Conditions = Conditions.model_construct()

    @classmethod
    def bundled(cls, data: Any) -> CatalogItem:
        """An item of the built-in catalog, without building the model (the tests validate them)."""
        return cls.model_construct(**{**data, "when": Conditions.bundled(data.get("when"))})


class Wording(BaseModel):
    """One item's text and why in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    text: str
    why: str


def _pick(user_templates: Path | None, name: str) -> tuple[Path, bool]:
    """The user's file if there is one, else the built-in one; and whether it is the built-in one."""
    if user_templates is not None and (user_templates / name).is_file():
        return user_templates / name, False
    return builtin_dir("templates") / name, True


@cache
def load_catalog(user_templates: Path | None, cache_dir: Path | None = None) -> tuple[CatalogItem, ...]:
    """The catalog's items (`cache_dir`: where the built-in catalog may come parsed from)."""
    path, builtin = _pick(user_templates, "checklist.toml")
    data = read_toml(path, cache_dir if builtin else None)
    items = data.get("item", [])
    listed = items if isinstance(items, list) else [items]
    if builtin:  # validated by the tests (tests/test_drafts_checklist.py), not at every run
        return tuple(CatalogItem.bundled(item) for item in listed)
    try:
        return tuple(CatalogItem.model_validate(item) for item in listed)
    except ValidationError as exc:
        raise TemplateError(f"{path}: {flatten(exc)}") from None


@cache
def load_wording(user_templates: Path | None, language: str, cache_dir: Path | None = None) -> dict[str, Wording]:
    """The items' wording in `language` by id; empty when there is no file for it."""
    path, builtin = _pick(user_templates, f"checklist/{language}.toml")
    if not path.is_file():
        return {}
    if builtin:  # validated by the tests, as the catalog is
        return {key: Wording.model_construct(**value) for key, value in read_toml(path, cache_dir).items()}
    try:
        return {key: Wording.model_validate(value) for key, value in read_toml(path).items()}
    except ValidationError as exc:
        raise TemplateError(f"{path}: {flatten(exc)}") from None


def checklist(ctx: DraftContext) -> list[ChecklistItem]:
    """5 to 8 items fitted to the letter, in the order of the five habits, in the reply's language."""
    env = environment(ctx.user_templates, ctx.cache_dir)
    chosen = [i for i in load_catalog(ctx.user_templates, ctx.cache_dir) if i.when.matches(ctx.letter)]
    chosen.sort(key=lambda i: HABITS.index(i.habit) if i.habit in HABITS else len(HABITS))
    while len(chosen) > CHECKLIST_MAX:
        # trim the habit with the most items, from its end, so every habit keeps a voice
        crowded = Counter(i.habit for i in chosen).most_common(1)[0][0]
        chosen.remove([i for i in chosen if i.habit == crowded][-1])
    wording = load_wording(ctx.user_templates, ctx.reply_language, ctx.cache_dir)
    variables = ctx.variables()
    items = []
    for item in chosen:
        worded = wording.get(item.id) if item.id else None
        text, why = (worded.text, worded.why) if worded else (item.text, item.why)
        items.append(ChecklistItem(text=render_string(env, text, variables), why=render_string(env, why, variables)))
    if len(items) < CHECKLIST_MIN:
        raise TemplateError(f"the checklist catalog yields only {len(items)} items for this letter")
    return items
