"""The LLM backend through `drafter.cli.main([...])`: flags, output, privacy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply

from .helpers import LETTER, answer, good

KEY = "sk-test-DO-NOT-LEAK-4f8a2c9e71b3"


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_show_prompt_without_any_llm_configured(letter: Path, capsys) -> None:
    assert main(["draft", str(letter), "--show-prompt"]) == 0
    messages = json.loads(capsys.readouterr().out)
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "Northwind Labs" in messages[1]["content"].split("<letter>")[1]


def test_show_prompt_sends_nothing(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    assert main(["draft", str(letter), "--show-prompt"]) == 0
    assert llm_env.requests == []
    messages = json.loads(capsys.readouterr().out)
    llm_env.push(good())
    assert main(["draft", str(letter), "--json"]) == 0
    assert llm_env.chat_requests[0].body["messages"] == messages  # exactly what is sent


def test_json_and_verbose_report_backend_model_and_usage(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(Reply.chat("not json", prompt_tokens=7, completion_tokens=3), good())
    assert main(["draft", str(letter), "--json", "-v"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["backend"] == "openai"
    assert data["model"] == "test-model"
    assert data["usage"] == {"prompt_tokens": 107, "completion_tokens": 53, "total_tokens": 160}
    assert "backend openai, model test-model" in captured.err
    assert "107 prompt + 53 completion = 160" in captured.err
    assert "unusable" in captured.err  # -v tells what happened along the way


def test_backend_error_with_no_fallback_exits_2_with_one_line(
    llm_env: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTER_MAX_RETRIES", "1")
    llm_env.default = Reply.error(500, "internal error")
    assert main(["draft", str(letter), "--no-fallback"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("drafter: error:") and err.count("\n") == 1
    assert "Traceback" not in err


def test_no_notice_for_a_local_server(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(good())
    assert main(["draft", str(letter)]) == 0
    assert "will be sent to" not in capsys.readouterr().err


def test_remote_server_notice(server: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    # The "remote" host is reached through the fake server acting as an HTTP proxy, so no
    # traffic leaves 127.0.0.1 and no name is looked up.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.example.com/v1")
    monkeypatch.setenv("HTTP_PROXY", server.proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.push(good())
    assert main(["draft", str(letter)]) == 0
    err = capsys.readouterr().err
    assert err.count("the letter will be sent to llm.example.com") == 1
    assert server.chat_requests[0].path == "http://llm.example.com/v1/chat/completions"


def test_remote_notice_names_the_model_and_redaction(
    server: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.example.com/v1")
    monkeypatch.setenv("DRAFTER_MODEL", "remote-model")
    monkeypatch.setenv("HTTP_PROXY", server.proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.push(good(), good())
    assert main(["draft", str(letter), "--no-journal"]) == 0
    assert main(["draft", str(letter), "--no-journal", "--redact"]) == 0
    plain, redacted = capsys.readouterr().err.split("drafter: drafted by", 1)
    assert plain.count("llm.example.com (OPENAI_BASE_URL), model remote-model, --redact off") == 1
    assert redacted.count("model remote-model, --redact on") == 1


def test_only_a_key_set_says_the_letter_goes_to_openai(
    letter: Path, capsys, monkeypatch: pytest.MonkeyPatch, unused_port: int
) -> None:
    """With only OPENAI_API_KEY, the letter would go to api.openai.com: the notice says so, once.

    The HTTPS proxy is a closed port on 127.0.0.1, so nothing leaves the machine: the request
    fails and the offline draft follows."""
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{unused_port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
    assert main(["draft", str(letter), "--no-journal"]) == 0
    err = capsys.readouterr().err
    assert err.count("the letter will be sent to api.openai.com (OpenAI, the default") == 1
    assert "model gpt-4o-mini, --redact off" in err
    assert "this is the offline draft" in err
    assert KEY not in err


def test_redact_hides_contact_details_and_restores_them(llm_env: FakeOpenAI, tmp_path: Path, capsys) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        LETTER.replace(
            "We wish you",
            "We will keep your details (sam.rivera@example.org, +1 415 555 0134) on file.\n\nWe wish you",
        ).replace("Talent Partner, Northwind Labs", "Talent Partner, Northwind Labs\nmaria.lopez@northwind.example"),
        encoding="utf-8",
    )
    checklist = [*answer()["checklist"], {"text": "Check [PHONE_1] is on the CV.", "why": "Reach."}]
    llm_env.push(Reply.chat(json.dumps(answer(checklist=checklist))))
    assert main(["draft", str(path), "--redact", "--json"]) == 0
    sent = json.dumps(llm_env.chat_requests[0].body)
    assert "sam.rivera@example.org" not in sent and "555 0134" not in sent
    assert "[EMAIL_1]" in sent and "[PHONE_1]" in sent
    assert "maria.lopez@northwind.example" in sent  # the company's address is not the candidate's
    data = json.loads(capsys.readouterr().out)
    assert data["checklist"][-1]["text"] == "Check +1 415 555 0134 is on the CV."


def test_the_key_never_appears_anywhere(
    llm_env: FakeOpenAI,
    letter: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
    isolated_env: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
    echo = f"Incorrect API key provided: {KEY}"
    outputs = []
    scripts = [
        [Reply.error(401, echo)],
        [Reply.error(400, echo), Reply.error(400, echo), Reply.error(400, echo)],
        [Reply.error(500, echo)],
        [Reply.error(404, echo)],
        [Reply.chat(f"not json {KEY}"), Reply.chat(f"still not {KEY}")],
        [good()],
    ]
    for replies in scripts:
        llm_env.push(*replies)
        for flags in (["--json", "-v"], []):
            main(["draft", str(letter), *flags])
            captured = capsys.readouterr()
            outputs += [captured.out, captured.err]
            llm_env.push(*replies)
    main(["doctor"])
    captured = capsys.readouterr()
    outputs += [captured.out, captured.err]
    assert llm_env.chat_requests[0].headers["Authorization"] == f"Bearer {KEY}"  # it was used
    assert all(KEY not in text for text in outputs)
    assert any("check OPENAI_API_KEY" in text for text in outputs)
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert KEY not in file.read_text(errors="replace"), file


def _importtime(args: list[str], tmp_path: Path, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTER_"))}
    clean.update(DRAFTER_HOME=str(tmp_path / "home"), **env)
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "drafter", *args],
        capture_output=True,
        text=True,
        env=clean,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stderr


@pytest.mark.parametrize("flags", [["--offline"], []], ids=["offline", "auto-unconfigured"])
def test_offline_path_never_imports_the_sdk(letter: Path, tmp_path: Path, flags) -> None:
    env = {"OPENAI_API_KEY": KEY} if flags else {}
    imported = _importtime(["draft", str(letter), *flags], tmp_path, **env)
    modules = {line.rsplit("|", 1)[-1].strip() for line in imported.splitlines()}
    assert not {m for m in modules if m.split(".")[0] in ("openai", "httpx")}


def test_doctor(llm_env: FakeOpenAI, letter: Path, capsys, unused_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    llm_env.models = ("test-model", "other")
    llm_env.push(Reply.error(400, "json_schema unsupported"), Reply.chat('{"ok": true}'))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "test-model is listed" in out
    assert "json_schema refused (400): json_schema unsupported" in out
    assert "json_object works" in out
    llm_env.push(good())
    assert main(["draft", str(letter)]) == 0  # uses what doctor found: one request
    assert llm_env.chat_requests[-1].body["response_format"] == {"type": "json_object"}

    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{unused_port}/v1")
    assert main(["doctor"]) == 1
    assert "cannot reach" in capsys.readouterr().out


def test_doctor_offline(capsys) -> None:
    assert main(["doctor"]) == 0
    assert "offline" in capsys.readouterr().out


def _offline_fallback(capsys, letter: Path, cause: str) -> None:
    assert main(["draft", str(letter), "--json", "--no-journal"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["backend"] == "offline"
    assert result["email"]["body"]
    warnings = [line for line in captured.err.splitlines() if "this is the offline draft" in line]
    assert len(warnings) == 1
    assert cause in warnings[0]
    assert "drafter doctor" in warnings[0] and "--offline" in warnings[0]
    assert "Traceback" not in captured.err
    assert main(["draft", str(letter), "--no-journal", "--no-fallback"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_dead_port_gives_the_offline_draft(
    llm_env: FakeOpenAI, letter: Path, capsys, unused_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{unused_port}/v1")
    _offline_fallback(capsys, letter, "cannot reach 127.0.0.1")


def test_timeout_gives_the_offline_draft(
    llm_env: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTER_TIMEOUT", "0.3")
    llm_env.push(good(delay=1.0), good(delay=1.0))
    _offline_fallback(capsys, letter, "no answer from")


def test_refused_request_gives_the_offline_draft(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(Reply.error(401, "invalid key"), Reply.error(401, "invalid key"))
    _offline_fallback(capsys, letter, "refused the request")


def test_footer_of_a_fallback_does_not_credit_the_model(llm_env: FakeOpenAI, letter: Path, capsys) -> None:
    llm_env.push(Reply.chat("not json at all"), Reply.chat("still not json"))
    assert main(["draft", str(letter), "--no-journal"]) == 0
    out, err = capsys.readouterr()
    footer = next(line for line in err.splitlines() if "drafted by" in line)
    assert "drafted by the offline backend" in footer and "drafted by" not in out
    assert "(test-model)" not in footer
    assert "test-model's answer was not usable" in footer
