"""Grounding of the model's string facts takes whole words of the letter, not any run of letters in
it (issue #14 audit): 'Tom' is not the 'Tomas' who signed, and a word cut short is no company."""

from __future__ import annotations

import pytest

import drafter
from drafter.llm.fake import FakeOpenAI

from .test_reconcile import LETTER, reply


@pytest.mark.parametrize(
    ("field", "value"),
    [("sender_name", "Tom"), ("company", "Harbour Analytic"), ("role", "Platform Engine")],
)
def test_a_fact_that_is_only_part_of_a_word_in_the_letter_is_not_used(
    llm_env: FakeOpenAI, field: str, value: str
) -> None:
    rules = drafter.parse(LETTER)
    llm_env.push(reply(**{field: value}))
    result = drafter.draft(LETTER)
    assert result.backend == "openai", result.warnings
    assert getattr(result.letter, field) == getattr(rules, field)
    assert result.facts_from is not None and result.facts_from[field] == "rules"
    assert result.facts_from["feedback"] == "model"  # the rest of the reading still counts
