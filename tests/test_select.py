"""Template selection: conditions are data, the most specific (then highest priority) match wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.drafting.situations import load_situations, select
from drafter.errors import TemplateError
from drafter.models import RejectionLetter


def letter(**facts: object) -> RejectionLetter:
    return RejectionLetter.model_validate({"is_rejection": True, **facts})


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"stage": "application"}, "application"),
        ({"stage": "screen"}, "interview"),
        ({"stage": "interview"}, "interview"),
        ({"stage": "final"}, "final_round"),
        ({"stage": "unknown"}, "default"),
        ({"stage": "final", "feedback": "declined"}, "feedback_declined"),
        ({"stage": "application", "feedback": "declined"}, "feedback_declined"),
        ({"stage": "screen", "reason": "role_closed"}, "role_closed"),
        ({"stage": "interview", "reason": "position_filled"}, "role_closed"),
        ({"stage": "final", "reason": "role_closed", "feedback": "declined"}, "feedback_declined"),
        ({"stage": "interview", "reason": "experience", "feedback": "offered"}, "interview"),
    ],
)
def test_builtin_selection(facts: dict[str, object], expected: str) -> None:
    assert select(letter(**facts), load_situations()).name == expected


def write_situation(root: Path, name: str, meta: str) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text(meta, encoding="utf-8")


def test_user_situation_with_more_conditions_wins(tmp_path: Path) -> None:
    write_situation(
        tmp_path,
        "visa",
        'description = "visa"\nwhen.stage = ["interview"]\nwhen.reason = ["logistics"]\n',
    )
    situations = load_situations(tmp_path)
    assert select(letter(stage="interview", reason="logistics"), situations).name == "visa"
    assert select(letter(stage="interview", reason="experience"), situations).name == "interview"


def test_user_folder_overrides_a_builtin_by_name(tmp_path: Path) -> None:
    write_situation(tmp_path, "final_round", 'description = "mine"\nwhen.stage = ["final"]\n')
    situations = load_situations(tmp_path)
    assert situations["final_round"].meta.description == "mine"
    assert situations["final_round"].folder == tmp_path / "final_round"


def test_a_typo_in_a_condition_fails_loudly(tmp_path: Path) -> None:
    write_situation(tmp_path, "typo", 'description = "x"\nwhen.stgae = ["final"]\n')
    with pytest.raises(TemplateError, match="stgae"):
        load_situations(tmp_path)


def test_an_unknown_stage_value_fails_loudly(tmp_path: Path) -> None:
    write_situation(tmp_path, "bad", 'description = "x"\nwhen.stage = ["onsite"]\n')
    with pytest.raises(TemplateError, match="stage"):
        load_situations(tmp_path)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    write_situation(tmp_path, "broken", "description = \n")
    with pytest.raises(TemplateError, match=r"meta\.toml"):
        load_situations(tmp_path)
