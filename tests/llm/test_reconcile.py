"""One request gives facts and draft: the model's reading of the letter, reconciled with the rules'."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import drafter
from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply

# The rules read this as an interview-stage letter that says nothing about feedback; a reader
# sees that feedback is declined ("not in a position to go into the details of our assessment").
LETTER = """Subject: Platform Engineer at Harbour Analytics

Dear Sam,

Thank you for the time you gave us over the last weeks, and for the conversations with Priya \
Raman and me on Thursday.

We have now completed the process and have offered the Platform Engineer position to another \
applicant. I'm afraid we are not in a position to go into the details of our assessment.

Kind regards,
Tomas Berg
Head of Platform, Harbour Analytics
"""

# A reply that fits a letter declining feedback: thanks, no question, stay in touch.
BODY = (
    "Dear Tomas,\n\n"
    "Thank you for letting me know about the Platform Engineer position at Harbour Analytics, and "
    "for the time you and Priya gave me over the last weeks. I enjoyed our conversations and "
    "learned a lot about how your platform work is organised.\n\n"
    "I understand and respect your decision. I would be glad to stay in touch and to hear about "
    "future openings at Harbour Analytics.\n\n"
    "Kind regards,\nSam"
)
NOTE = (
    "Hi Tomas, thank you for your time during the Platform Engineer process at Harbour Analytics. "
    "I would be glad to stay in touch. Sam"
)
CHECKLIST = [
    {"text": "Write down the questions you were asked.", "why": "Memory fades within days."},
    {"text": "Compare your answers with the posting.", "why": "It shows what to practise."},
    {"text": "Ask a peer to review your portfolio.", "why": "Fresh eyes see gaps."},
    {"text": "Keep applying to similar roles.", "why": "Momentum matters."},
]
FACTS: dict[str, Any] = {
    "kind": "rejection",
    "stage": "interview",
    "reason": "other_candidates",
    "feedback": "declined",
    "future": "not_mentioned",
    "company": "Harbour Analytics",
    "role": "Platform Engineer",
    "sender_name": "Tomas Berg",
    "interviewers": ["Priya Raman", "Tomas Berg"],
    "reason_text": (
        "We have now completed the process and have offered the Platform Engineer position to another applicant."
    ),
    "feedback_text": None,
}


def reply(**facts: Any) -> Reply:
    data = {
        "facts": {**FACTS, **facts},
        "email": {"to": None, "subject": "Re: Platform Engineer at Harbour Analytics", "body": BODY},
        "checklist": CHECKLIST,
        "networking_note": NOTE,
    }
    return Reply.chat(json.dumps(data))


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_the_rules_read_this_letter_differently() -> None:
    """The premise of the tests below: the model's facts differ from the rules'."""
    rules = drafter.parse(LETTER)
    assert (rules.feedback, rules.interviewers) == ("not_mentioned", ["Priya Raman"])


def test_the_models_facts_win_on_judgement_and_choose_the_situation(llm_env: FakeOpenAI) -> None:
    llm_env.push(reply())
    result = drafter.draft(LETTER)

    assert len(llm_env.chat_requests) == 1  # facts and draft in one request
    assert result.backend == "openai", result.warnings
    assert result.letter.feedback == "declined"
    assert result.letter.interviewers == ["Priya Raman", "Tomas Berg"]
    assert result.template == "feedback_declined"  # the situation the reconciled facts fit
    assert result.facts_from is not None
    assert result.facts_from["feedback"] == "model"
    assert result.facts_from["interviewers"] == "model"
    assert result.facts_from["stage"] == "rules"  # the model agreed
    assert result.facts_from["reply_address"] == "rules"
    assert result.warnings == []


def test_json_and_journal_show_the_reconciled_facts(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(reply(stage="final"))
    assert main(["draft", str(letter), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["backend"] == "openai"
    assert data["letter"]["stage"] == "final"
    assert data["letter"]["feedback"] == "declined"
    assert data["facts_from"]["stage"] == "model"
    assert data["facts_from"]["company"] == "rules"
    assert set(data["facts_from"]) == set(data["letter"])

    assert main(["log", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["stage"] == "final"
    assert entry["company"] == "Harbour Analytics"


def test_a_hallucinated_company_is_rejected(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(reply(company="Globex Corporation", role="Senior Platform Engineer II"))
    assert main(["draft", str(letter), "--json", "-v"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["backend"] == "openai"
    assert data["letter"]["company"] == "Harbour Analytics"
    assert data["letter"]["role"] == "Platform Engineer"
    assert data["facts_from"]["company"] == data["facts_from"]["role"] == "rules"
    assert data["facts_from"]["feedback"] == "model"  # the rest of its reading still counts
    assert "company 'Globex Corporation' is not in the letter" in captured.err
    assert "Globex" not in json.dumps(data)


def test_an_invented_interviewer_is_dropped(llm_env: FakeOpenAI) -> None:
    llm_env.push(reply(interviewers=["Priya Raman", "Dana Whitfield"]))
    result = drafter.draft(LETTER)
    assert result.letter.interviewers == ["Priya Raman"]
    assert result.facts_from is not None and result.facts_from["interviewers"] == "rules"


def test_a_bad_enum_is_rejected(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(reply(stage="phone_screen", kind="soft_rejection"))
    assert main(["draft", str(letter), "--json", "-v"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["letter"]["stage"] == "interview"  # the rules' values stand
    assert data["letter"]["kind"] == "rejection"
    assert data["facts_from"]["stage"] == data["facts_from"]["kind"] == "rules"
    assert data["facts_from"]["feedback"] == "model"  # a valid judgement is still used
    assert "stage 'phone_screen' is not one of" in captured.err
    assert "kind 'soft_rejection' is not one of" in captured.err
    assert len(llm_env.chat_requests) == 1


def test_a_quote_must_be_the_letters_own_words(llm_env: FakeOpenAI) -> None:
    llm_env.push(reply(reason_text="They found someone with more Kubernetes experience."))
    result = drafter.draft(LETTER)
    assert result.letter.reason_text is not None and "another applicant" in result.letter.reason_text
    assert result.facts_from is not None and result.facts_from["reason_text"] == "rules"


def test_an_answer_without_facts_keeps_the_rules(llm_env: FakeOpenAI) -> None:
    from .helpers import LETTER as NORTHWIND
    from .helpers import good

    llm_env.push(good())
    result = drafter.draft(NORTHWIND)
    assert result.backend == "openai"
    assert result.facts_from is not None and set(result.facts_from.values()) == {"rules"}


def test_the_schema_asks_for_the_facts(llm_env: FakeOpenAI) -> None:
    llm_env.push(reply())
    drafter.draft(LETTER)
    schema = llm_env.chat_requests[0].body["response_format"]["json_schema"]["schema"]
    assert next(iter(schema["properties"])) == "facts"  # read first, then write
    facts = schema["properties"]["facts"]["properties"]
    assert facts["stage"]["enum"] == ["application", "screen", "interview", "final", "unknown"]
    assert {"company", "role", "sender_name", "interviewers", "reason_text", "feedback_text"} <= set(facts)


def test_a_letter_the_model_reads_as_no_rejection_is_flagged(llm_env: FakeOpenAI) -> None:
    llm_env.push(reply(kind="status_update"))
    result = drafter.draft(LETTER)
    assert result.letter.is_rejection is False
    assert result.facts_from is not None and result.facts_from["is_rejection"] == "model"
    assert any("the LLM read the letter differently" in w.message for w in result.warnings)
    assert "unclear" not in [w.code for w in result.warnings]


def test_offline_json_says_every_fact_is_the_rules(letter: Path, capsys) -> None:
    assert main(["draft", str(letter), "--json", "--offline", "--no-journal"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["backend"] == "offline"
    assert set(data["facts_from"].values()) == {"rules"}


def test_redacted_facts_are_grounded_in_the_real_letter(llm_env: FakeOpenAI, tmp_path: Path, capsys) -> None:
    notes = "We have sent the assessment notes to sam.keller@example.org for your reference."
    path = tmp_path / "harbour.txt"
    path.write_text(LETTER.replace("Kind regards,", f"{notes}\n\nKind regards,"), encoding="utf-8")
    llm_env.push(reply(feedback_text="We have sent the assessment notes to [EMAIL_1] for your reference."))
    assert main(["draft", str(path), "--json", "--redact", "--no-journal"]) == 0
    assert "sam.keller@example.org" not in json.dumps(llm_env.chat_requests[0].body)
    data = json.loads(capsys.readouterr().out)
    assert data["letter"]["feedback_text"] == notes
    assert data["facts_from"]["feedback_text"] == "model"
