"""A broken `.env` (#12): one `drafter:` line naming the file and the line or variable, never a value."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LETTER = """Dear Alex,

Thank you for applying for the Data Analyst role at Lumen Labs. Unfortunately we have decided not
to move forward with your application.

Kind regards,
Kim Lee
"""


def _drafter(cwd: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "drafter", *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def _one_line_error(done: subprocess.CompletedProcess[str], *named: str) -> str:
    assert done.returncode != 0 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("drafter: error: "), done.stderr
    for name in named:
        assert name in done.stderr, (name, done.stderr)
    return done.stderr


@pytest.mark.parametrize("command", [("log",), ("stats",), ("draft", "--offline", "--no-journal", "letter.txt")])
@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"DRAFTER_MODEL=gpt-4o-mini\nDRAFTER_TIMEOUT=caf\xe9\n", ("line 2", "DRAFTER_TIMEOUT", "UTF-8")),
        (b"\xff\xfeD\x00=\x001\x00\n", ("line 1", "UTF-8")),
        (b"# settings\nthis line is not a setting\n", ("line 2", "NAME=value")),
        (b'DRAFTER_MODEL="gpt-4o-mini\n', ("line 1", "DRAFTER_MODEL")),
        (b"DRAFTER_BACKEND=llama\n", ("DRAFTER_BACKEND", "'llama'", "'offline'")),
        (b"DRAFTER_TIMEOUT=inf\n", ("DRAFTER_TIMEOUT", "finite")),
        (b"\xef\xbb\xbfDRAFTER_TIMEOUT=inf\n", ("DRAFTER_TIMEOUT='inf'", "finite")),  # a BOM is not the name
        (b"OPENAI_BASE_URL=http://[::1\n", ("OPENAI_BASE_URL", "not a usable URL")),
    ],
)
def test_a_broken_dotenv_is_one_line_naming_the_file_and_the_line_or_variable(
    tmp_path: Path, command: tuple[str, ...], content: bytes, named: tuple[str, ...]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_bytes(content)
    (work / "letter.txt").write_text(LETTER, encoding="utf-8")
    _one_line_error(_drafter(work, *command), str(work / ".env"), *named)


def test_a_malformed_line_never_shows_the_value_it_holds(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("OPENAI_API_KEY sk-do-not-show-me\n", encoding="utf-8")
    said = _one_line_error(_drafter(tmp_path, "log"), str(tmp_path / ".env"), "line 1", "OPENAI_API_KEY")
    assert "sk-do-not-show-me" not in said


def test_a_bad_value_from_the_environment_says_so(tmp_path: Path) -> None:
    done = _drafter(tmp_path, "log", env={"DRAFTER_BACKEND": "llama"})
    _one_line_error(done, "DRAFTER_BACKEND='llama' in the environment")
