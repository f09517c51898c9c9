"""drafter's own situations and checklist are validated here, once, instead of at every run.

A run reads the bundled `prompts/*/meta.toml`, `templates/checklist.toml` and
`templates/checklist/*.toml` without building their pydantic models (~2.5 ms of each start-up);
a user's own folder is validated as before, with the same one-line errors.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import drafter
from drafter.drafting.checklist import CatalogItem, Wording, load_catalog, load_wording
from drafter.drafting.situations import SituationMeta, load_situations, select
from drafter.models import RejectionLetter
from drafter.resources import builtin_dir

from .conftest import EXAMPLES

BUNDLED_METAS = sorted(builtin_dir("prompts").glob("*/meta.toml"))
BUNDLED_WORDINGS = sorted((builtin_dir("templates") / "checklist").glob("*.toml"))


def _toml(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_there_are_bundled_catalogs_to_check() -> None:
    assert len(BUNDLED_METAS) >= 5 and len(BUNDLED_WORDINGS) >= 6


@pytest.mark.parametrize("path", BUNDLED_METAS, ids=lambda p: p.parent.name)
def test_every_bundled_situation_is_valid_and_read_as_validation_reads_it(path: Path) -> None:
    validated = SituationMeta.model_validate(_toml(path))
    read = load_situations(None)[path.parent.name].meta
    assert read == validated
    assert read.when.count == validated.when.count
    assert read.model_dump() == validated.model_dump()


def test_the_bundled_checklist_catalog_is_valid_and_read_as_validation_reads_it() -> None:
    items = _toml(builtin_dir("templates") / "checklist.toml")["item"]
    assert isinstance(items, list)
    validated = tuple(CatalogItem.model_validate(item) for item in items)
    assert load_catalog(None) == validated
    assert [i.model_dump() for i in load_catalog(None)] == [i.model_dump() for i in validated]


@pytest.mark.parametrize("path", BUNDLED_WORDINGS, ids=lambda p: p.stem)
def test_every_bundled_wording_is_valid_and_read_as_validation_reads_it(path: Path) -> None:
    validated = {key: Wording.model_validate(value) for key, value in _toml(path).items()}
    assert load_wording(None, path.stem) == validated


FACTS = [
    {"stage": stage, "reason": reason, "feedback": feedback, "future": future, **extra}
    for stage in ("application", "screen", "interview", "final", "unknown")
    for reason in ("other_candidates", "role_closed", "experience", "not_stated")
    for feedback in ("offered", "declined", "not_mentioned")
    for future in ("invited", "not_mentioned")
    for extra in ({}, {"sender_name": "Dana", "interviewers": ["Tom", "Farah"], "feedback_text": "More tests."})
]


def test_bundled_conditions_match_letters_as_validated_ones_do() -> None:
    validated = {p.parent.name: SituationMeta.model_validate(_toml(p)) for p in BUNDLED_METAS}
    situations = load_situations(None)
    for facts in FACTS:
        letter = RejectionLetter.model_validate({"is_rejection": True, **facts})
        assert {n: s.meta.when.matches(letter) for n, s in situations.items()} == {
            n: m.when.matches(letter) for n, m in validated.items()
        }, facts
        assert select(letter, situations).name in situations


def test_a_users_own_checklist_catalog_is_still_validated(isolated_env: Path) -> None:
    folder = isolated_env / "templates"
    folder.mkdir(parents=True)
    (folder / "checklist.toml").write_text(
        '[[item]]\nhabit = "reflect"\ntext = "Write it down."\nwhy = "It helps."\nwhne.stage = ["final"]\n',
        encoding="utf-8",
    )
    letter = (EXAMPLES / "letters" / "final-round-kestrel.txt").read_text(encoding="utf-8")
    with pytest.raises(drafter.TemplateError) as exc:
        drafter.draft(letter, backend="offline", profile=drafter.Profile(name="Alex Morgan"))
    assert "checklist.toml" in str(exc.value) and "whne" in str(exc.value) and "\n" not in str(exc.value)


BUILT = """
import json, sys, drafter
from drafter.drafting.checklist import CatalogItem, Wording
from drafter.drafting.situations import Conditions, SituationMeta
result = drafter.draft(open(sys.argv[1], encoding="utf-8").read(), backend="offline")
models = (Conditions, SituationMeta, CatalogItem, Wording)
print(json.dumps([result.template, [m.__pydantic_complete__ for m in models]]))
"""


def test_a_draft_from_the_bundled_catalogs_builds_none_of_their_models(tmp_path: Path) -> None:
    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"
    done = subprocess.run(
        [sys.executable, "-c", BUILT, str(letter)], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    template, built = json.loads(done.stdout)
    assert template == "final_round"
    assert built == [False, False, False, False]
