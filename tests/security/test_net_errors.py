"""#11.22, #11.23: what the machine does to drafter (closed or full streams, SIGTERM, odd file
names, a broken answer) ends in one `drafter: ...` line and the right exit code, never "this is a bug".
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply

from ..llm.helpers import LETTER, answer

# `sh -c` closes or redirects the streams the way a user's shell would
SHELL = "exec {python} -m drafter {args} {redirect}"


def shell(args: str, redirect: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = SHELL.format(python=sys.executable, args=args, redirect=redirect)
    return subprocess.run(["sh", "-c", script], cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    return path


def one_error(done: subprocess.CompletedProcess[str], says: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"drafter: error: {says}"), done.stderr
    assert done.stderr.count("\n") == 1 and "bug" not in done.stderr


def test_a_closed_stdin_is_one_line(tmp_path: Path) -> None:
    one_error(shell("draft - --offline", "<&-", tmp_path), "standard input is closed")


def test_a_closed_stdout_is_one_line(letter: Path) -> None:
    one_error(shell(f"draft {letter.name} --offline", ">&-", letter.parent), "standard output is closed")


@pytest.mark.parametrize("command", ["draft letter.txt --offline", "parse letter.txt --json"])
def test_a_full_stdout_is_one_line(letter: Path, command: str) -> None:
    done = shell(command, ">/dev/full", letter.parent)
    one_error(done, "cannot write the output: No space left on device")
    assert "Exception ignored" not in done.stderr


def test_sigterm_says_what_happened(tmp_path: Path) -> None:
    """`drafter draft -` waits on a pipe that never ends; SIGTERM stops it with a word and 143."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", "draft", "-", "--offline"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.5)  # past start-up, into the read
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 143
    assert err == "drafter: terminated (SIGTERM)\n"


@pytest.mark.parametrize("name", ["evil\x1b[31mred.txt", "two\nlines.txt", "flip\u202etxt.exe"])
def test_control_characters_in_a_file_name_are_escaped(tmp_path: Path, capsys, name: str) -> None:
    assert main(["draft", str(tmp_path / name), "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err
    assert ("\\x1b[31m" in err) or ("\\x0a" in err) or ("\\u202e" in err)


def test_a_lone_surrogate_in_the_answer_ends_in_the_offline_draft(
    monkeypatch: pytest.MonkeyPatch, letter: Path, capsys
) -> None:
    """`"\\ud83d"` decodes to half a character: the draft could not be printed or saved."""
    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("DRAFTER_MODEL", "test-model")
        monkeypatch.setenv("DRAFTER_RETRY_BACKOFF", "0.01")
        broken = json.dumps(answer()).replace("Best wishes", "Best wishes \\ud83d")
        server.default = Reply.chat(broken)
        result = drafter.draft(LETTER, backend="openai")
        assert result.backend == "offline"
        assert any("broken character" in w.message for w in result.warnings)
        assert main(["draft", str(letter)]) == 0
    out, err = capsys.readouterr()
    assert "Best wishes" in out and "bug" not in err
