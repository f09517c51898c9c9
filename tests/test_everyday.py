"""Everyday use: the paste flow on a real terminal, output options, the profile, help, the library."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

import drafter
from drafter.cli import main

LETTER = """Subject: Your application for Data Analyst at Lumen Labs

Dear Alex,

Thank you for applying for the Data Analyst role at Lumen Labs. Unfortunately we will not be
moving forward with your application at this time.

Best,
Kim Lee
Recruiter, Lumen Labs"""

GERMAN = """Sehr geehrte Frau Morgan,

vielen Dank für Ihre Bewerbung als Datenanalystin bei der Lumen Labs GmbH. Leider müssen wir
Ihnen mitteilen, dass wir uns für andere Bewerberinnen entschieden haben.

Mit freundlichen Grüßen
Kim Lee
Personalabteilung"""


def _letter(tmp_path: Path, text: str = LETTER, name: str = "letter.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _draft(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["draft", *argv, "--offline", "--no-journal"])
    out, err = capsys.readouterr()
    return code, out, err


class Terminal:
    """drafter run with a real pseudo-terminal as stdin, stdout and stderr."""

    def __init__(self, *argv: str, env: dict[str, str] | None = None) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "drafter", *argv],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm", **(env or {})},
        )
        os.close(slave)
        self.seen = b""

    def wait_for(self, text: bytes, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, f"{text!r} never shown; saw {self.seen!r}"
            self._read(0.5)

    def _read(self, wait: float) -> None:
        ready, _, _ = select.select([self.master], [], [], wait)
        if ready:
            with contextlib.suppress(OSError):
                self.seen += os.read(self.master, 65536)

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def finish(self, timeout: float = 90) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self._read(0.2)
        self._read(0.2)
        os.close(self.master)
        if self.proc.poll() is None:
            self.proc.kill()
        return self.proc.wait()


def test_one_ctrl_d_ends_a_paste_without_a_final_newline_and_a_rule_follows(isolated_env: Path) -> None:
    term = Terminal("draft", "--offline", "--no-journal", "--name", "Alex Morgan")
    # the whole prompt line, its line end included, before typing: the terminal's echo of what is
    # typed would otherwise interleave with the prompt's last bytes
    term.wait_for(b"Enter):")
    term.wait_for(b"\n")
    for line in LETTER.splitlines()[:-1]:
        term.type(line.encode() + b"\n")
    term.type(LETTER.splitlines()[-1].encode())  # no final newline
    term.type(b"\x04")  # one Ctrl-D
    assert term.finish() == 0, term.seen
    shown = term.seen.decode("utf-8", "replace").replace("\r", "")
    assert "Lumen Labs──" not in shown and "Lumen Labs\n\n── your draft ─" in shown.replace("\x1b[1m", "")
    assert "Subject: Re: Your application for Data Analyst" in shown.split("── your draft ─", 1)[1]


def test_on_a_terminal_with_no_name_draft_asks_once_and_saves_it(isolated_env: Path, tmp_path: Path) -> None:
    term = Terminal("draft", str(_letter(tmp_path)), "--offline", "--no-journal")
    term.wait_for(b"Your name")
    term.type(b"Alex Morgan\n")
    term.wait_for(b"Save")
    term.type(b"y\n")
    assert term.finish() == 0, term.seen
    assert "Alex Morgan" in term.seen.decode()
    assert 'name = "Alex Morgan"' in (isolated_env / "config.toml").read_text(encoding="utf-8")
    again = Terminal("draft", str(_letter(tmp_path)), "--offline", "--no-journal")
    assert again.finish() == 0
    assert b"Your name" not in again.seen


def test_colour_on_a_terminal_only(tmp_path: Path) -> None:
    letter = str(_letter(tmp_path))
    term = Terminal("draft", letter, "--offline", "--no-journal", "--name", "Alex")
    assert term.finish() == 0
    assert b"\x1b[1m" in term.seen
    plain = Terminal("draft", letter, "--offline", "--no-journal", "--name", "Alex", env={"NO_COLOR": "1"})
    assert plain.finish() == 0
    assert b"\x1b[" not in plain.seen
    piped = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", letter, "--offline", "--no-journal"],
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0 and b"\x1b[" not in piped.stdout + piped.stderr


def test_stdout_carries_only_the_draft_and_body_only_just_the_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _draft(capsys, str(_letter(tmp_path)), "--body-only", "--name", "Alex Morgan")
    assert code == 0
    assert not out.startswith(("To:", "Subject:")) and "Reflection checklist" not in out
    assert out.rstrip().endswith("Alex Morgan")
    assert "drafted by the offline backend" in err


def test_copy_uses_the_clipboard_tool_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "wl-copy"
    tool.write_text(f"#!/bin/sh\ncat > {tmp_path / 'clipboard.txt'}\n", encoding="utf-8")
    tool.chmod(0o755)
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(_letter(tmp_path)), "--offline", "--no-journal", "--copy"],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "copied the email to the clipboard (wl-copy)" in proc.stderr
    copied = (tmp_path / "clipboard.txt").read_text(encoding="utf-8")
    assert "Data Analyst" in copied and "Reflection checklist" not in copied


def test_no_clipboard_tool_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(_letter(tmp_path)), "--offline", "--no-journal", "--copy"],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": str(tmp_path)},
        check=False,
    )
    assert proc.returncode == 0 and "no clipboard tool found" in proc.stderr


def test_eml_is_written_from_the_profile_email_and_never_overwrites(
    isolated_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_env.mkdir(parents=True)
    (isolated_env / "config.toml").write_text(
        '[profile]\nname = "Alex Morgan"\nemail = "alex@example.org"\n', encoding="utf-8"
    )
    eml = tmp_path / "reply.eml"
    code, _, err = _draft(capsys, str(_letter(tmp_path)), "--eml", str(eml))
    assert code == 0, err
    text = eml.read_text(encoding="utf-8")
    assert "From: Alex Morgan <alex@example.org>" in text and "Subject: Re: " in text
    code, _, err = _draft(capsys, str(_letter(tmp_path)), "--eml", str(eml))
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert eml.read_text(encoding="utf-8") == text


def test_a_cp1252_terminal_gets_ascii_rules(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(_letter(tmp_path)), "--offline", "--no-journal"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert b"-- Reflection checklist ---" in proc.stdout


def test_config_shows_the_path_and_sets_keys(isolated_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config"]) == 0
    out, _ = capsys.readouterr()
    assert str(isolated_env / "config.toml") in out and "not created yet" in out
    assert main(["config", "set", "name", "Alex Morgan"]) == 0
    assert main(["config", "set", "email", "alex@example.org"]) == 0
    assert main(["config", "set", "sign_off.de", "Viele Grüße"]) == 0
    capsys.readouterr()
    assert main(["config", "show", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)["profile"]
    assert profile["name"] == "Alex Morgan" and profile["email"] == "alex@example.org"
    assert profile["sign_off"] == {"de": "Viele Grüße"}
    assert drafter.load_profile().name == "Alex Morgan"
    assert main(["config", "set", "email", "not an address"]) == 2
    assert "not an email address" in capsys.readouterr().err


def test_config_set_keeps_the_users_comments(isolated_env: Path) -> None:
    isolated_env.mkdir(parents=True)
    path = isolated_env / "config.toml"
    path.write_text('# my settings\n[profile]\ntone = "formal"  # for banks\n', encoding="utf-8")
    assert main(["config", "set", "name", "Alex Morgan"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "# my settings" in text and "# for banks" in text and 'name = "Alex Morgan"' in text


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ('[profle]\nname = "Alex"\n', "[profle]"),
        ('name = "Alex"\n', "'name' must be inside the [profile] table"),
        ('[profile]\nnmae = "Alex"\n', "'nmae'"),
    ],
)
def test_unknown_sections_and_keys_are_errors(
    config: str, named: str, isolated_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_env.mkdir(parents=True)
    (isolated_env / "config.toml").write_text(config, encoding="utf-8")
    code, _, err = _draft(capsys, str(_letter(tmp_path)))
    assert code == 2 and named in err and "config.toml" in err and err.count("\n") == 1


def test_the_sign_off_follows_the_replys_language(tmp_path: Path) -> None:
    german = _letter(tmp_path, GERMAN, "brief.txt")
    profile = drafter.Profile(name="Alex Morgan", sign_off="Best regards")
    assert "Best regards" not in drafter.draft(german, profile=profile, backend="offline").email.body
    assert "Best regards" in drafter.draft(LETTER, profile=profile, backend="offline").email.body
    per_language = drafter.Profile(name="Alex Morgan", sign_off={"de": "Beste Grüße aus Köln"})
    assert "Beste Grüße aus Köln" in drafter.draft(german, profile=per_language, backend="offline").email.body


@pytest.mark.parametrize(
    ("greeting", "signed", "not_signed"),
    [("Dear Mr. Morgan,", None, "Morgan"), ("Dear ALEX MORGAN,", "Alex Morgan", "ALEX MORGAN")],
)
def test_the_fallback_name_from_the_letter(greeting: str, signed: str | None, not_signed: str) -> None:
    body = drafter.draft(LETTER.replace("Dear Alex,", greeting), backend="offline").email.body
    closing = body.rstrip().splitlines()[-1]
    assert not_signed not in closing
    if signed:
        assert closing == signed


def test_help_teaches(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in ([], ["help"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 0
        assert "drafter draft" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["draft", "--help"])
    out = capsys.readouterr().out
    assert "Ctrl-D" in out and "profile" in out and out.count("\n  drafter draft") >= 2
    for command in ("parse", "batch", "log", "stats", "doctor", "config", "completion"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert capsys.readouterr().out.count(f"drafter {command}") >= 3, command


def test_a_bad_flag_shows_that_commands_usage_in_two_lines(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["draft", "--jsn"])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.count("\n") == 2 and "usage: drafter draft" in err and "--json" in err


def test_the_library_speaks_to_library_users() -> None:
    with pytest.raises(drafter.NotARejectionError, match="force=True"):
        drafter.draft("Dear Alex,\n\nWe would like to invite you to an interview on Monday.\n\nKim")
    with pytest.raises(TypeError, match=r"str .*bytes .*Path"):
        drafter.draft(42)  # type: ignore[arg-type]
    assert dir(drafter) == sorted(drafter.__all__)
    assert issubclass(drafter.JournalError, drafter.DrafterError)
