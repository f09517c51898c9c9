"""Right answers in real model prose, in each of the seven languages, pass first time (issue #14 audit):
a formal greeting by surname and title, and feedback questions worded in other natural ways."""

from __future__ import annotations

import json

import pytest

import drafter
from drafter.llm.fake import FakeOpenAI, Reply
from drafter.testing.languages import LETTERS, REPLIES, answer

PROFILE = drafter.Profile(name="Sam Keller")


# How a formal reply greets Eva Kowalczyk in each language: her surname, with a title.
FORMAL = {
    "en": "Dear Ms Kowalczyk,",
    "de": "Sehr geehrte Frau Kowalczyk,",
    "fr": "Madame Kowalczyk,",
    "es": "Estimada Sra. Kowalczyk:",
    "nl": "Geachte mevrouw Kowalczyk,",
    "pt": "Cara Sra. Kowalczyk,",
    "it": "Gentile Dott.ssa Kowalczyk,",
}


def chat(data: dict[str, object]) -> Reply:
    return Reply.chat(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("lang", list(FORMAL))
def test_a_formal_greeting_by_surname_passes(llm_env: FakeOpenAI, lang: str) -> None:
    greeting = FORMAL[lang]
    data = answer(lang, greeting=greeting)
    data["email"]["body"] = data["email"]["body"].replace(REPLIES[lang][1], greeting, 1)
    llm_env.push(chat(data))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.backend == "openai", result.warnings
    assert len(llm_env.chat_requests) == 1
    assert result.email.body.startswith(greeting)


def test_a_greeting_naming_nobody_from_the_letter_still_fails(llm_env: FakeOpenAI) -> None:
    greeting = "Dear Ms Novak,"
    wrong = answer("en", greeting=greeting)
    wrong["email"]["body"] = wrong["email"]["body"].replace(REPLIES["en"][1], greeting, 1)
    llm_env.push(chat(wrong), chat(answer("en")))
    result = drafter.draft(LETTERS["en"], profile=PROFILE)
    assert result.backend == "openai"
    assert len(llm_env.chat_requests) == 2
    assert "does not greet Eva Kowalczyk" in str(llm_env.chat_requests[1].body["messages"][-1]["content"])


# Short, right feedback questions in which one word also belongs to another language
# ("had" English, "me" and "su" Spanish, "es" Spanish): each is wholly in the letter's language.
SHORT = [
    ("nl", "Wat had ik anders kunnen doen?"),
    ("pt", "Pode dizer-me onde falhei?"),
    ("pt", "Poderia me dar um retorno?"),
    ("it", "Su cosa dovrei lavorare?"),
    ("de", "Woran lag es?"),
]


@pytest.mark.parametrize(("lang", "question"), SHORT)
def test_a_short_question_in_the_letters_language_passes(llm_env: FakeOpenAI, lang: str, question: str) -> None:
    data = answer(lang, feedback_question=question)
    data["email"]["body"] = data["email"]["body"].replace(REPLIES[lang][3], question)
    llm_env.push(chat(data))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.backend == "openai", result.warnings
    assert len(llm_env.chat_requests) == 1
    assert question in result.email.body


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("nl", "Could you tell me what would have made my application stronger?"),
        ("it", "What would have made my application stronger for this role?"),
        ("en", "Könnten Sie mir sagen, was meine Bewerbung stärker gemacht hätte?"),
        ("es", "Pourriez-vous me dire ce qui aurait rendu ma candidature plus forte ?"),
    ],
)
def test_a_question_in_another_language_is_still_caught(llm_env: FakeOpenAI, lang: str, question: str) -> None:
    wrong = answer(lang, feedback_question=question)
    wrong["email"]["body"] = wrong["email"]["body"].replace(REPLIES[lang][3], question)
    llm_env.push(chat(wrong), chat(answer(lang)))
    result = drafter.draft(LETTERS[lang], profile=PROFILE)
    assert result.backend == "openai"
    assert len(llm_env.chat_requests) == 2
    turn = str(llm_env.chat_requests[1].body["messages"][-1]["content"])
    assert f"the feedback question is not in the letter's language ({lang})" in turn
