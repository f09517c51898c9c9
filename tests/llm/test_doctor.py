"""`drafter doctor` against the scripted server: the same client as drafting, answers parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Recorded, Reply
from drafter.llm.server import CACHE_NAME

from .helpers import LETTER, good

PROSE = "Sure! Everything is working fine on my side. Let me know what you need."


def test_a_server_answering_prose_is_not_reported_as_working(llm_env: FakeOpenAI, capsys, isolated_env: Path) -> None:
    llm_env.models = ("test-model",)
    llm_env.default = Reply.chat(PROSE)
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "works" not in out
    assert "json_schema answered, but not with the JSON asked for: 'Sure! Everything" in out
    assert "no output mode gave a readable answer" in out
    assert len(llm_env.chat_requests) == 3  # each mode tried once
    assert not (isolated_env / CACHE_NAME).exists()  # nothing remembered as working


def test_prose_in_one_mode_then_json_in_the_next(llm_env: FakeOpenAI, capsys, tmp_path: Path) -> None:
    llm_env.models = ("test-model",)
    llm_env.push(Reply.chat(PROSE), Reply.chat('```json\n{"ok": true}\n```'))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "json_schema answered, but not" in out
    assert "json_object works (drafter will use it)" in out
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    llm_env.push(good())
    assert main(["draft", str(letter), "--no-journal"]) == 0
    assert llm_env.chat_requests[-1].body["response_format"] == {"type": "json_object"}


def test_a_model_that_refuses_max_tokens_is_probed_fine(llm_env: FakeOpenAI, capsys) -> None:
    """OpenAI's reasoning models answer 400 to `max_tokens`; doctor sends what a draft sends."""

    def reasoning_model(request: Recorded) -> Reply:
        if "max_tokens" in request.body:
            return Reply.error(
                400,
                "Unsupported parameter: 'max_tokens' is not supported with this model. "
                "Use 'max_completion_tokens' instead.",
                param="max_tokens",
                code="unsupported_parameter",
            )
        return Reply.chat('{"ok": true}')

    llm_env.models = ("test-model",)
    llm_env.responder = reasoning_model
    assert main(["doctor"]) == 0
    assert "json_schema works" in capsys.readouterr().out
    assert all("max_tokens" not in r.body for r in llm_env.chat_requests)


def test_doctor_speaks_to_the_server_as_a_draft_does(llm_env: FakeOpenAI, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-doctor-0000")
    llm_env.models = ("test-model",)
    llm_env.push(Reply.chat('{"ok": true}'))
    assert main(["doctor"]) == 0
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    llm_env.push(good())
    assert main(["draft", str(letter), "--no-journal"]) == 0
    probe, draft = llm_env.chat_requests
    for header in ("User-Agent", "Authorization", "X-Stainless-Lang", "X-Stainless-Package-Version"):
        assert probe.headers.get(header) == draft.headers.get(header), header
    assert probe.headers["User-Agent"].startswith("OpenAI/Python")  # the SDK, not raw httpx
    listing = next(r for r in llm_env.requests if r.method == "GET")
    assert listing.headers["User-Agent"] == draft.headers["User-Agent"]


@pytest.mark.parametrize("configured", [True, False], ids=["llm", "offline"])
def test_doctor_says_where_the_files_are(
    llm_env: FakeOpenAI, capsys, isolated_env: Path, tmp_path: Path, monkeypatch, configured: bool
) -> None:
    monkeypatch.setenv("DRAFTER_CACHE", str(tmp_path / "the-cache"))
    if not configured:
        monkeypatch.delenv("OPENAI_BASE_URL")
    llm_env.models = ("test-model",)
    llm_env.push(Reply.chat('{"ok": true}'))
    assert main(["doctor"]) == 0
    lines = {line.split(":", 1)[0]: line for line in capsys.readouterr().out.splitlines()}
    assert str(isolated_env / "config.toml") in lines["profile"]
    assert "(not created yet)" in lines["profile"]
    assert str(tmp_path / "journal.sqlite3") in lines["journal"]
    assert str(isolated_env / CACHE_NAME) in lines["caches"]
    assert str(tmp_path / "the-cache") in lines["caches"]
