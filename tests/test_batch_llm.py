"""`drafter batch` against the scripted OpenAI-compatible server: one request per new letter."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.batch import Options, Report, run_batch
from drafter.config import load_settings
from drafter.llm.fake import FakeOpenAI, Recorded, Reply
from drafter.models import Profile
from drafter.testing.letters import NOT_A_REJECTION, draft_json, facts_in, letter_eml, letter_text

from .batch_helpers import assert_complete, reply_of

ROOT = Path(__file__).resolve().parent.parent
COUNT = 6


def answer(request: Recorded, *, prompt_tokens: int = 100, completion_tokens: int = 50) -> Reply:
    """A valid Draft for whichever test letter the request is about."""
    text = json.dumps(request.body, ensure_ascii=False)
    return Reply.chat(
        draft_json(facts_in(text, 32)),  # 32 distinct letters before company+role repeat
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
    )


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    with FakeOpenAI(responder=answer) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
        yield fake


def write_letters(root: Path, count: int = COUNT) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        if n % 2:
            (root / f"l{n}.eml").write_bytes(letter_eml(n))
        else:
            (root / f"l{n}.txt").write_text(letter_text(n), encoding="utf-8")


def run(root: Path, **options: object) -> Report:
    report = run_batch([root], Options(**options), settings=load_settings(), profile=Profile())  # type: ignore[arg-type]
    return report


def test_one_request_per_new_letter_and_none_on_the_second_run(tmp_path: Path, server) -> None:
    root = tmp_path / "letters"
    write_letters(root)
    (root / "invite.txt").write_text(NOT_A_REJECTION, encoding="utf-8")
    first = run(root, jobs=3)
    assert first.exit_code == 1, first.outcomes
    assert first.count("written") == COUNT
    assert first.count("not_rejection") == 1
    assert len(server.chat_requests) == COUNT
    for n in range(COUNT):
        fields = assert_complete(reply_of(root / (f"l{n}.eml" if n % 2 else f"l{n}.txt")))
        assert fields["backend"] == "openai"
        assert fields["model"]
    assert first.tokens == COUNT * 150

    second = run(root, jobs=3)
    assert second.exit_code == 0
    assert second.count("current") == COUNT
    assert len(server.chat_requests) == COUNT  # not one more


def test_nothing_to_draft_loads_no_llm_client(tmp_path: Path) -> None:
    root = tmp_path / "letters"
    write_letters(root)
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        OPENAI_BASE_URL="http://127.0.0.1:9/v1",  # never contacted
        OPENAI_API_KEY="sk-test-dummy",
    )
    check = "import sys; from drafter.cli import main; code = main(sys.argv[1:]); print(code, 'openai' in sys.modules)"
    cmd = [sys.executable, "-c", check, "batch", "--quiet", str(root)]
    offline = subprocess.run([*cmd, "--offline"], env=env, capture_output=True, text=True)
    assert offline.stdout.split() == ["1", "False"], offline.stderr
    # every reply is current: the second run has no request to make, so no SDK to import
    again = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert again.stdout.split() == ["0", "False"], again.stderr


def test_token_budget_against_the_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def costly(request: Recorded) -> Reply:
        return answer(request, prompt_tokens=1000, completion_tokens=500)

    with FakeOpenAI(responder=costly) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
        root = tmp_path / "letters"
        write_letters(root)
        # the first request fits the default estimate (4000); then 1500 a letter is known
        report = run(root, jobs=1, max_tokens=4600)
        assert report.exit_code == 2
        assert report.count("written") == 3
        assert report.count("undone") == COUNT - 3
        assert len(fake.chat_requests) == 3
        assert report.tokens == 4500


def test_killed_while_requests_are_in_flight(tmp_path: Path) -> None:
    root = tmp_path / "letters"
    write_letters(root, 40)
    with FakeOpenAI(responder=answer, latency=0.3) as fake:
        env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            OPENAI_BASE_URL=fake.base_url,
            OPENAI_API_KEY="sk-test-dummy",
            DRAFTER_MAX_RETRIES="0",
        )
        cmd = [sys.executable, "-m", "drafter", "batch", "--quiet", "--jobs", "4", str(root)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list(root.glob("*.reply.md"))) >= 4:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        assert proc.returncode == -signal.SIGKILL
        written = list(root.glob("*.reply.md"))
        assert 4 <= len(written) < 40
        for reply in written:
            assert_complete(reply)
        # The re-run uses its own key, so requests the killed run still had on the wire (the
        # server may record them after the kill) are not counted as the re-run's.
        env["OPENAI_API_KEY"] = "sk-test-rerun"
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 1, rerun.stderr
        assert len(list(root.glob("*.reply.md"))) == 40
        assert not [p for p in root.iterdir() if p.name.endswith(".tmp")]
        # the re-run asked only about the letters that had no reply yet
        asked = [
            r
            for r in fake.chat_requests
            if r.headers.get("authorization", r.headers.get("Authorization")) == "Bearer sk-test-rerun"
        ]
        assert len(asked) == 40 - len(written)


def test_remote_server_notice_once_per_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from drafter.cli import main

    with FakeOpenAI(responder=answer) as fake:
        # "remote" is reached through the fake server acting as a proxy: nothing leaves 127.0.0.1
        monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.example.com/v1")
        monkeypatch.setenv("HTTP_PROXY", fake.proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        root = tmp_path / "letters"
        write_letters(root, 3)
        assert main(["batch", "--quiet", "--check", str(root)]) == 1
        assert "llm.example.com" not in capsys.readouterr().err  # --check sends nothing
        assert main(["batch", "--quiet", str(root)]) == 1
        err = capsys.readouterr().err
        assert err.count("new letters will be sent to llm.example.com") == 1
        assert len(fake.chat_requests) == 3
