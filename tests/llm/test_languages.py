"""Answers in each of the seven languages drafter reads: the question and greeting are checked as fields."""

from __future__ import annotations

import json
from typing import Any

import pytest

import drafter
from drafter.llm.fake import FakeOpenAI, Reply
from drafter.testing.languages import LANGUAGES, LETTERS, NAMES, REPLIES, answer

PROFILE = drafter.Profile(name="Sam Keller")


def chat(data: dict[str, Any]) -> Reply:
    return Reply.chat(json.dumps(data, ensure_ascii=False))


def corrective_turn(server: FakeOpenAI) -> str:
    return str(server.chat_requests[1].body["messages"][-1]["content"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_right_answer_passes_in_every_language(llm_env: FakeOpenAI, lang: str) -> None:
    llm_env.push(chat(answer(lang)))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.letter.language == lang
    assert result.backend == "openai", result.warnings
    assert len(llm_env.chat_requests) == 1
    assert result.warnings == []
    assert REPLIES[lang][3] in result.email.body
    # the reply is asked for in the letter's own language, Dutch, Portuguese and Italian included
    assert f"Write it in {NAMES[lang]}" in str(llm_env.chat_requests[0].body["messages"][0]["content"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_question_in_another_language_is_asked_again(llm_env: FakeOpenAI, lang: str) -> None:
    other = "de" if lang == "en" else "en"
    wrong = answer(lang)
    wrong["email"]["body"] = wrong["email"]["body"].replace(REPLIES[lang][3], REPLIES[other][3])
    wrong["feedback_question"] = REPLIES[other][3]
    llm_env.push(chat(wrong), chat(answer(lang)))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.backend == "openai"
    assert len(llm_env.chat_requests) == 2
    assert f"the feedback question is not in the letter's language ({lang})" in corrective_turn(llm_env)


@pytest.mark.parametrize("lang", ["de", "es", "nl"])
def test_a_question_that_is_not_in_the_body_or_not_a_question(llm_env: FakeOpenAI, lang: str) -> None:
    question = REPLIES[lang][3]
    statement = question.strip("¿? ") + "."
    elsewhere = answer(lang, feedback_question=question)
    elsewhere["email"]["body"] = elsewhere["email"]["body"].replace(question, statement)
    llm_env.push(chat(elsewhere), chat(answer(lang, feedback_question=statement)), chat(answer(lang)))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.backend == "offline"  # two unusable answers: the offline draft
    assert "the feedback question is not in the body" in corrective_turn(llm_env)
    assert any("does not end with a question mark" in w.message for w in result.warnings)


def test_no_question_when_one_is_needed(llm_env: FakeOpenAI) -> None:
    llm_env.push(chat(answer("nl", feedback_question=None)), chat(answer("nl")))
    result = drafter.draft(LETTERS["nl"], profile=PROFILE)
    assert result.backend == "openai"
    assert "does not ask for feedback" in corrective_turn(llm_env)


def test_a_question_when_the_model_reads_feedback_declined(llm_env: FakeOpenAI) -> None:
    declined = answer("pt")
    declined["facts"]["feedback"] = "declined"
    llm_env.push(chat(declined), chat(declined))
    result = drafter.draft(LETTERS["pt"], profile=PROFILE)
    assert result.backend == "offline"
    assert "asks for feedback although the letter declined to give it" in corrective_turn(llm_env)


def test_the_greeting_must_open_the_body(llm_env: FakeOpenAI) -> None:
    llm_env.push(chat(answer("it", greeting="Cara Eva,")), chat(answer("it")))
    result = drafter.draft(LETTERS["it"], profile=PROFILE)
    assert result.backend == "openai"
    assert "the greeting ('Cara Eva,') is not the body's first line" in corrective_turn(llm_env)


def test_an_answer_without_the_fields_is_judged_by_its_first_question(llm_env: FakeOpenAI) -> None:
    older = answer("es")
    del older["feedback_question"], older["greeting"]
    llm_env.push(chat(older))
    result = drafter.draft(LETTERS["es"], profile=PROFILE)
    assert result.backend == "openai", result.warnings
