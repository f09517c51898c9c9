"""#11.2, #11.3 and #11.22 (bad OPENAI_BASE_URL): the key goes only where the user sent it, and never shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.cli import main
from drafter.llm.fake import FakeOpenAI

from .helpers import LETTER, good

KEY = "sk-test-Kx7Qp2Vb9Lm4Zt1"


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def test_a_dotenv_base_url_never_receives_a_key_from_the_environment(
    server: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    Path(".env").write_text(f"OPENAI_BASE_URL={server.base_url}\n", encoding="utf-8")
    server.push(good())
    assert main(["draft", str(letter)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("drafter: error: ")
    assert str(Path.cwd() / ".env") in err and "OPENAI_BASE_URL" in err
    assert KEY not in err
    assert server.requests == []


def test_key_and_base_url_from_the_same_dotenv_are_used(server: FakeOpenAI, letter: Path, capsys) -> None:
    Path(".env").write_text(
        f"OPENAI_BASE_URL={server.base_url}\nOPENAI_API_KEY={KEY}\nDRAFTER_MODEL=test-model\n", encoding="utf-8"
    )
    server.push(good())
    assert main(["draft", str(letter), "--json"]) == 0
    [request] = server.chat_requests
    assert request.headers["Authorization"] == f"Bearer {KEY}"


def test_a_base_url_from_the_environment_may_take_the_key_from_a_dotenv(
    server: FakeOpenAI, letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    Path(".env").write_text(f"OPENAI_API_KEY={KEY}\n", encoding="utf-8")
    server.push(good())
    assert main(["draft", str(letter), "--json"]) == 0
    assert server.chat_requests[0].headers["Authorization"] == f"Bearer {KEY}"


def test_the_library_reads_no_dotenv_unless_asked(server: FakeOpenAI) -> None:
    Path(".env").write_text(f"OPENAI_BASE_URL={server.base_url}\nOPENAI_API_KEY={KEY}\n", encoding="utf-8")
    result = draft(LETTER)
    assert result.backend == "offline"
    assert server.requests == []


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n", "\t", " "])
def test_a_key_with_a_trailing_line_end_or_tab_is_stripped_and_works(
    llm_env: FakeOpenAI, letter: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", f"  {KEY}{ending}")
    llm_env.push(good())
    assert main(["draft", str(letter), "--json"]) == 0
    assert llm_env.chat_requests[0].headers["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("inner", ["\r", "\n", "\t", "\x1b", " ", "é"])
@pytest.mark.parametrize("command", [["draft", "LETTER"], ["batch", "FOLDER"], ["doctor"]])
def test_a_key_with_an_inner_control_character_is_refused_without_showing_it(
    llm_env: FakeOpenAI, letter: Path, capsys, monkeypatch: pytest.MonkeyPatch, inner: str, command: list[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY[:9] + inner + KEY[9:])
    args = [str(letter) if a == "LETTER" else str(letter.parent) if a == "FOLDER" else a for a in command]
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "OPENAI_API_KEY" in err and "not shown" in err
    for part in (KEY[:9], KEY[9:], repr(KEY[:9] + inner + KEY[9:])):
        assert part not in out + err
    assert llm_env.requests == []


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:99999/v1", "http://[::1/v1", "http://127.0.0.1:8/v\r1", "ftp://example/v1", "http:///v1"],
)
def test_a_bad_base_url_is_a_one_line_error(letter: Path, capsys, monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    assert main(["draft", str(letter)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("drafter: error: OPENAI_BASE_URL") and err.count("\n") == 1
    assert "bug" not in err


def test_a_base_url_with_surrounding_whitespace_is_stripped(
    server: FakeOpenAI, letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f" {server.base_url}\r\n")
    monkeypatch.setenv("DRAFTER_MODEL", "test-model")
    server.push(good())
    assert main(["draft", str(letter), "--json"]) == 0
    assert len(server.chat_requests) == 1
