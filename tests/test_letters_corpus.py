"""Per-field accuracy floors on the labelled development letters in ../shared/letters.

The letters are not ours to ship, so they are read from beside the checkout and never copied in;
where ../shared is absent (a user's fresh clone) the tests skip with the reason. The set grew from
20 to 112 real-world letters on 2026-12-02; each floor is the count reached that day (out of 112
letters for is_rejection and language, 100 rejections for the rest). Raise them as the parser
improves; never lower one. Scored by `drafter.evaluation`, as `bench/accuracy.py` scores.
"""

from __future__ import annotations

import functools

import pytest

from drafter.evaluation import Score, score

from .conftest import SHARED_LETTERS, shared_letters
from .test_corpus import _check

# field -> (letters right, out of) when last raised, 2026-12-04 (None = overall; 2026-12-02 first)
REACHED: dict[str | None, tuple[int, int]] = {
    "is_rejection": (112, 112),
    "language": (112, 112),
    "company": (98, 100),
    "role": (96, 100),
    "requisition_id": (97, 100),
    "candidate_name": (98, 100),
    "sender_name": (96, 100),
    "sender_title": (96, 100),
    "reply_address": (98, 100),
    "stage": (95, 100),
    "reason": (96, 100),
    "feedback": (98, 100),
    "future": (99, 100),
    None: (1291, 1324),
}
DEV_FLOORS: dict[str | None, float] = {field: right / total for field, (right, total) in REACHED.items()}


@functools.cache
def _score() -> Score:
    return score(SHARED_LETTERS)


@pytest.mark.parametrize("field", list(DEV_FLOORS), ids=[f or "overall" for f in DEV_FLOORS])
def test_dev_set_floor(field: str | None) -> None:
    shared_letters()
    result = _score()
    assert sum(result.total.values()) >= REACHED[None][1], "the dev set has fewer letters than when the floors were set"
    _check(result, DEV_FLOORS, field)
