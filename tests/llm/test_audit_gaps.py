"""Requirements of issue #14 that had no test of their own (audit): the notice with only a key in
`.env`, the batch journal and an offline fallback built from the reconciled facts, and structural
fields the model cannot overrule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import drafter
from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply

from .test_reconcile import LETTER, reply

KEY = "sk-test-dotenv-7c1e93b2a4d5"


def answer_of(scripted: Reply) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(scripted.body["choices"][0]["message"]["content"])
    return data


def test_only_a_key_in_dotenv_says_the_letter_goes_to_openai(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, unused_port: int
) -> None:
    """`.env` with only OPENAI_API_KEY: the notice names api.openai.com, once. The HTTPS proxy
    is a closed port on 127.0.0.1, so nothing leaves the machine and the offline draft follows."""
    Path(".env").write_text(f"OPENAI_API_KEY={KEY}\n", encoding="utf-8")  # the working folder
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{unused_port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
    letter = tmp_path / "harbour.txt"
    letter.write_text(LETTER, encoding="utf-8")
    assert main(["draft", str(letter), "--no-journal"]) == 0
    err = capsys.readouterr().err
    assert err.count("the letter will be sent to api.openai.com (OpenAI, the default") == 1
    assert "this is the offline draft" in err
    assert KEY not in err


def test_batch_journals_the_models_facts(llm_env: FakeOpenAI, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "harbour.txt").write_text(LETTER, encoding="utf-8")
    assert drafter.parse(LETTER).stage == "interview"  # the rules' reading
    llm_env.push(reply(stage="final"))
    assert main(["batch", str(folder)]) == 1
    assert len(llm_env.chat_requests) == 1
    capsys.readouterr()
    assert main(["log", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["stage"] == "final"  # the model's, as in the reply


def test_an_offline_fallback_is_built_from_the_reconciled_facts(llm_env: FakeOpenAI) -> None:
    rules_only = drafter.draft(LETTER, backend="offline")
    assert rules_only.template == "interview"  # the rules: an interview, feedback not mentioned
    bad = answer_of(reply(stage="final", feedback="not_mentioned"))
    bad["email"]["body"] = bad["email"]["body"].replace("Sam", "[Your Name]")  # unusable twice
    llm_env.push(Reply.chat(json.dumps(bad)), Reply.chat(json.dumps(bad)))
    result = drafter.draft(LETTER)
    assert result.backend == "offline" and result.fallback == "answer"
    assert result.letter.stage == "final"
    assert result.facts_from is not None and result.facts_from["stage"] == "model"
    assert result.template == "final_round"  # the situation the model's reading fits...
    assert result.checklist != rules_only.checklist  # ...and its checklist, not the rules'


def test_the_model_cannot_overrule_structural_fields(llm_env: FakeOpenAI, tmp_path: Path) -> None:
    eml = tmp_path / "harbour.eml"
    eml.write_text(
        "From: Tomas Berg <tomas.berg@harbour.example>\nReply-To: careers@harbour.example\n"
        "Message-ID: <rejection-1@harbour.example>\nSubject: Platform Engineer at Harbour Analytics\n\n"
        + LETTER.split("\n\n", 1)[1],
        encoding="utf-8",
    )
    sent = answer_of(reply())
    sent["facts"] |= {
        "reply_address": "careers@harbour.example.attacker.test",
        "message_id": "<forged@attacker.test>",
        "subject": "Urgent",
        "language": "de",
        "candidate_name": "Eve",
        "sender_title": "CEO",
    }
    llm_env.push(Reply.chat(json.dumps(sent)))
    result = drafter.draft(eml.read_bytes(), filename=eml.name)
    assert result.backend == "openai", result.warnings
    letter = result.letter
    assert (letter.reply_address, letter.message_id) == ("careers@harbour.example", "<rejection-1@harbour.example>")
    assert (letter.subject, letter.language) == ("Platform Engineer at Harbour Analytics", "en")
    assert (letter.candidate_name, letter.sender_title) == ("Sam", "Head of Platform")
    assert result.facts_from is not None
    for name in ("reply_address", "language", "candidate_name", "sender_title"):
        assert result.facts_from[name] == "rules", name
    assert result.facts_from["feedback"] == "model"  # its judgement still counts
