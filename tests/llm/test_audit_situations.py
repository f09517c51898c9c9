"""One request still suffices when the model's facts move a letter out of a situation that asks no
feedback question (feedback declined, role closed) into one that needs it (issue #14 audit)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import drafter
from drafter.llm.fake import FakeOpenAI, Reply

from .helpers import system_message, user_message

PROFILE = drafter.Profile(name="Sam Keller")

# The rules read "unable to provide individual feedback" as feedback declined; the letter then
# offers feedback from the recruiter after all.
OFFERED = """Subject: Your application for the Data Analyst role

Dear Sam,

Thank you for applying for the Data Analyst role at Corvid Freight. We have decided not to proceed \
with your application. Due to the high volume of applications we are unable to provide individual \
feedback at this stage, but our recruiter will be happy to give you feedback if you reply to this email.

Best regards,
Lena Brandt
Corvid Freight
"""
# The rules read "the position has now been filled" as a closed role; a reader sees that another
# candidate's experience decided it.
FILLED = """Subject: Your application for the Data Analyst role

Dear Sam,

Thank you for applying for the Data Analyst role at Corvid Freight. The position has now been \
filled by a candidate whose experience matched our needs more closely.

Best regards,
Lena Brandt
Corvid Freight
"""
QUESTION = "Could you tell me, in a few lines, what would have made my application stronger?"
BODY = (
    "Dear Lena,\n\n"
    "Thank you for letting me know about the Data Analyst role at Corvid Freight, and for the time "
    "you took to review my application.\n\n"
    f"{QUESTION}\n\n"
    "I remain interested in Corvid Freight and would be glad to hear about future openings.\n\n"
    "Best regards,\nSam Keller"
)
CHECKLIST = [
    {"text": "Compare your CV with the posting.", "why": "It shows what the screen looked for."},
    {"text": "Quantify two results on your CV.", "why": "Numbers stand out."},
    {"text": "Ask a peer to read your cover letter.", "why": "Fresh eyes see gaps."},
]


def reply(**facts: Any) -> Reply:
    data = {
        "facts": {
            "kind": "rejection",
            "stage": "application",
            "reason": "not_stated",
            "feedback": "not_mentioned",
            "future": "not_mentioned",
            "company": "Corvid Freight",
            "role": "Data Analyst",
            "sender_name": "Lena Brandt",
            "interviewers": [],
            "reason_text": None,
            "feedback_text": None,
            **facts,
        },
        "email": {"to": None, "subject": "Re: Your application for the Data Analyst role", "body": BODY},
        "greeting": "Dear Lena,",
        "feedback_question": QUESTION,
        "checklist": CHECKLIST,
        "networking_note": "Lena, thank you for your time. I would be glad to stay in touch. Sam Keller",
    }
    return Reply.chat(json.dumps(data))


@pytest.mark.parametrize(
    ("letter", "rules_template", "model_facts"),
    [
        (OFFERED, "feedback_declined", {"feedback": "offered"}),
        (FILLED, "role_closed", {"reason": "experience"}),
    ],
    ids=["rules-read-declined", "rules-read-role-closed"],
)
def test_the_prompt_lets_the_models_reading_ask_for_feedback(
    llm_env: FakeOpenAI, letter: str, rules_template: str, model_facts: dict[str, str]
) -> None:
    assert drafter.draft(letter, profile=PROFILE, backend="offline").template == rules_template  # the premise

    llm_env.push(reply(**model_facts))
    result = drafter.draft(letter, profile=PROFILE)

    # the model's reading needs a feedback question, and one answer with one is enough
    assert result.backend == "openai", result.warnings
    assert len(llm_env.chat_requests) == 1
    assert result.template == "application"
    assert QUESTION in result.email.body
    # ...because the prompt did not forbid the question outright: a model that obeys it can write
    # the reply its own reading needs (no feedback question only when it reads feedback declined)
    sent = system_message(llm_env.chat_requests[0]) + "\n" + user_message(llm_env.chat_requests[0])
    assert "Ask for feedback in one direct question" in sent
    assert 'facts.feedback "declined"' in sent
    for line in sent.splitlines():
        if line.lstrip("- ").lower().startswith("do not ask for feedback"):
            assert '"declined"' in line or "if you read" in line.lower(), f"an unconditional prohibition: {line}"


def test_a_feedback_ask_is_caught_when_the_letter_declines_it_even_if_the_answer_names_no_question(
    llm_env: FakeOpenAI,
) -> None:
    """The answer's `feedback_question` is its own claim: when the letter declines feedback, the
    body itself must ask nothing, whatever that field says."""
    from .test_reconcile import LETTER as DECLINED
    from .test_reconcile import reply as declined_reply

    sneaky = json.loads(declined_reply().body["choices"][0]["message"]["content"])
    asked = "Could you share any feedback on my interviews?"
    sneaky["email"]["body"] = sneaky["email"]["body"].replace(
        "I understand and respect your decision.", f"I understand and respect your decision. {asked}"
    )
    sneaky |= {"greeting": "Dear Tomas,", "feedback_question": None}
    llm_env.push(Reply.chat(json.dumps(sneaky)), declined_reply())

    result = drafter.draft(DECLINED)
    assert result.letter.feedback == "declined"
    assert len(llm_env.chat_requests) == 2  # the first answer was not used
    turn = str(llm_env.chat_requests[1].body["messages"][-1]["content"])
    assert f"asks a question although the letter declined feedback ({asked!r})" in turn
    assert result.backend == "openai" and "?" not in result.email.body
