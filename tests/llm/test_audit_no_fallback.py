"""`--no-fallback` is for scripts that need the LLM: any draft that is not the LLM's is an error
(exit 2), a refusing model or unusable answers as much as a dead server (issue #14 audit)."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply

from .helpers import LETTER, good

UNUSABLE = {
    "refusal": [Reply.chat(None, refusal="I can't help with that request.")],
    "refusal-in-prose": [Reply.chat("I'm sorry, but I can't help with that request.")],
    "two-bad-answers": [Reply.chat("not json"), Reply.chat("still not json")],
}


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(UNUSABLE))
def test_no_fallback_makes_an_unusable_answer_an_error(llm_env: FakeOpenAI, letter: Path, capsys, case: str) -> None:
    llm_env.push(*UNUSABLE[case])
    assert main(["draft", str(letter), "--no-journal"]) == 0  # without the flag: the offline draft
    captured = capsys.readouterr()
    assert captured.out.strip() and "this is the offline draft" in captured.err

    llm_env.push(*UNUSABLE[case])
    assert main(["draft", str(letter), "--no-journal", "--no-fallback"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no draft a script could take for the LLM's
    assert captured.err.startswith("drafter: error: the LLM draft was not usable (")
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_the_library_raises_for_an_unusable_answer_with_no_fallback(llm_env: FakeOpenAI) -> None:
    llm_env.push(*UNUSABLE["refusal"])
    with pytest.raises(drafter.BackendError, match="the model refused"):
        drafter.draft(LETTER, no_fallback=True)
    llm_env.push(good())
    assert drafter.draft(LETTER, no_fallback=True).backend == "openai"  # a usable answer is no error


def test_the_async_library_raises_for_an_unusable_answer_with_no_fallback(llm_env: FakeOpenAI) -> None:
    import asyncio

    llm_env.push(*UNUSABLE["two-bad-answers"])
    with pytest.raises(drafter.BackendError, match="the answer was not a JSON object"):
        asyncio.run(drafter.adraft(LETTER, no_fallback=True))
    llm_env.push(*UNUSABLE["two-bad-answers"])
    assert asyncio.run(drafter.adraft(LETTER)).fallback == "answer"  # without it: the offline draft
