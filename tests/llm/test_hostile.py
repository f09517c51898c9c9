"""#11.4, #11.17, #11.18: a hostile server cannot redirect the letter, hang drafter or fill its memory."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from drafter.cli import main
from drafter.llm.fake import Hostile, HostileOpenAI, chat_body

from .helpers import LETTER, answer

KEY = "sk-test-Hq3Wn8Rt5Yc2Pz6"


@pytest.fixture
def hostile(monkeypatch: pytest.MonkeyPatch):
    with HostileOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("DRAFTER_MODEL", "test-model")
        monkeypatch.setenv("DRAFTER_TIMEOUT", "2")
        monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
        yield server


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def draft_json(letter: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, Any], str]:
    assert main(["draft", str(letter), "--json"]) == 0
    out, err = capsys.readouterr()
    return json.loads(out), err


def refused(letter: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A transport failure with --no-fallback: exit 2, one line on stderr, nothing on stdout.

    (Without it, `draft` gives the offline draft and names the same cause in a warning.)
    """
    assert main(["draft", str(letter), "--json", "--no-fallback"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("drafter: error: ") and err.count("\n") == 1
    assert "bug" not in err
    return err


def test_a_redirect_to_another_host_is_refused_and_named(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    with HostileOpenAI() as elsewhere:
        target = elsewhere.base_url.replace("127.0.0.1", "localhost") + "/chat/completions"
        hostile.push(Hostile(redirect=target))
        err = refused(letter, capsys)
        assert elsewhere.requests == []  # the letter never left for the other host
    assert "localhost" in err and "redirect" in err
    assert KEY not in err


def test_a_trickling_answer_is_cut_off_at_the_timeout(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    hostile.push(Hostile(body=chat_body(json.dumps(answer())), trickle=0.2))
    start = time.monotonic()
    err = refused(letter, capsys)
    took = time.monotonic() - start
    assert "within 2 s" in err
    # the answer would take minutes at this pace; it is abandoned after the 2 s bound (plus one gap)
    assert took < 30


def test_a_gzip_bomb_is_stopped_at_the_size_cap(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    hostile.push(Hostile(gzip_bomb=200_000_000))
    assert "larger than 4 MB" in refused(letter, capsys)


def test_an_oversized_plain_answer_is_refused(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    hostile.push(Hostile(body=b"{" + b" " * 5_000_000 + b"}"))
    assert "larger than 4 MB" in refused(letter, capsys)


def test_a_server_echoing_the_key_back_never_shows_it(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    hostile.push(Hostile(echo_auth=True))
    err = refused(letter, capsys)
    assert KEY not in err and KEY[5:15] not in err


def test_a_small_gzip_answer_is_still_read(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    import gzip

    raw = gzip.compress(json.dumps(chat_body(json.dumps(answer()))).encode())
    hostile.push(Hostile(body=raw, headers={"Content-Encoding": "gzip"}))
    hostile.push(Hostile(body=chat_body(json.dumps(answer()))))
    data, _ = draft_json(letter, capsys)
    assert data["backend"] == "openai"


@pytest.mark.parametrize("command", ["batch"])
def test_batch_is_bounded_by_the_timeout_too(
    hostile: HostileOpenAI, letter: Path, capsys, command: str, tmp_path: Path
) -> None:
    hostile.default = Hostile(body=chat_body(json.dumps(answer())), trickle=0.2)
    start = time.monotonic()
    code = main(["batch", str(letter.parent)])
    took = time.monotonic() - start
    capsys.readouterr()
    assert code in (1, 2)
    assert took < 30


def test_headers_trickled_a_byte_at_a_time_are_cut_off_at_the_timeout(
    hostile: HostileOpenAI, letter: Path, capsys
) -> None:
    """Each byte comes well within the idle timeout, so only a bound on the whole answer stops it."""
    hostile.default = Hostile(trickle_headers=0.2)
    start = time.monotonic()
    err = refused(letter, capsys)
    assert "within 2 s" in err
    assert time.monotonic() - start < 2 + 3


def test_doctor_is_bounded_by_the_timeout(hostile: HostileOpenAI, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTER_MODEL", "fake-model")  # listed, so the chat probe runs
    hostile.default = Hostile(trickle_headers=0.2)
    start = time.monotonic()
    assert main(["doctor"]) == 1
    assert "within 2 s" in capsys.readouterr().out
    assert time.monotonic() - start < 2 + 3


def test_batch_is_bounded_by_the_timeout_with_trickled_headers(hostile: HostileOpenAI, letter: Path, capsys) -> None:
    hostile.default = Hostile(trickle_headers=0.2)
    start = time.monotonic()
    assert main(["batch", str(letter.parent)]) == 1
    assert "within 2 s" in capsys.readouterr().out
    assert time.monotonic() - start < 2 + 3


def test_a_body_byte_just_inside_the_idle_timeout_each_time_is_cut_off_on_time(
    hostile: HostileOpenAI, letter: Path, capsys
) -> None:
    hostile.push(Hostile(body=chat_body(json.dumps(answer())), trickle=1.9))
    assert "within 2 s" in refused(letter, capsys)
    # from the request's arrival: cut at 2 s, not at the first byte after it (3.8 s)
    assert time.monotonic() - hostile.arrivals[0] < 2 + 1
