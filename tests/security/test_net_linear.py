"""#11.19: what checks a model's answer takes time in proportion to its length, never its square.

A server may answer with anything up to the size cap. Each shape below once made one of the
validator's or the answer reader's patterns rescan the rest of the text from every position
(5 s at 50 KB, 84 s at 200 KB); eight times the text must now take about eight times as long.
"""

from __future__ import annotations

import json
import time

import pytest

import drafter
from drafter.drafting.validate import injection_problems, question_problems, validate
from drafter.llm.answer import extract_json, first_question, strip_think
from drafter.llm.fake import FakeOpenAI, Reply
from drafter.models import Draft, Profile

from ..llm.helpers import LETTER, answer

SHAPES = {
    "words without a question mark": "word ",
    "a long run of letters and digits": "a1",
    "dots between letters": "a.",
    "hyphens": "-",
    "at signs in a long address": "a.b@",
    "spaced dots": "a . ",
    "openings of a reasoning block": "<think>",
    "code fences": "```",
    "JSON openings": '{"a": [',
    "www. over and over": "www.",
    "written-out at": "x (at) ",
}
SMALL, LARGE = 10_000, 80_000


def _check_answer(filler: str) -> float:
    """Seconds to read and check an answer whose body and note carry `filler`."""
    letter = drafter.parse(LETTER)
    body = answer()["email"]["body"] + filler
    made = Draft.model_validate(answer(body=body, networking_note=filler[: len(filler) // 2]))
    start = time.perf_counter()
    validate(made, letter, Profile(), letter_text=LETTER)
    injection_problems(made, letter, Profile(), LETTER)
    question_problems(first_question(body), None, body, "en", ask_feedback=True, declined=False)
    extract_json(filler)
    strip_think(filler)
    return time.perf_counter() - start


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_checking_an_answer_is_linear_in_its_length(unit: str) -> None:
    small = min(_check_answer(unit * (SMALL // len(unit))) for _ in range(2))
    large = min(_check_answer(unit * (LARGE // len(unit))) for _ in range(2))
    # 8 times the text: linear is about 8 times the time, quadratic 64
    assert large < 3.0
    assert large / max(small, 0.005) < 24, f"{small:.3f} s at {SMALL:,} chars, {large:.3f} s at {LARGE:,}"


def test_a_deeply_nested_answer_is_unreadable_not_a_crash() -> None:
    assert extract_json("[" * 100_000) is None
    assert extract_json('{"a": ' * 50_000) is None


def test_a_200_kb_answer_from_a_server_is_checked_in_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: the answer comes over HTTP, is read, checked, refused, and the offline draft follows."""
    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("DRAFTER_MODEL", "test-model")
        monkeypatch.setenv("DRAFTER_TIMEOUT", "10")
        body = answer()["email"]["body"] + "word " * 40_000
        server.default = Reply.chat(json.dumps(answer(body=body)))
        start = time.perf_counter()
        result = drafter.draft(LETTER, backend="openai")
        took = time.perf_counter() - start
    assert result.backend == "offline"  # 40,000 words is no draft
    assert took < 20
