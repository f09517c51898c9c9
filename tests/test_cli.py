"""The command line, run as users run it: exit codes, one-line errors, the JSON contracts."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.models import CONTRACT_KEYS

from .conftest import EXAMPLES

LETTERS = EXAMPLES / "letters"
APPLICATION = LETTERS / "application-brightline.txt"
INVITATION = LETTERS / "not-a-rejection-invitation.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_draft_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "draft", str(APPLICATION), "--offline", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"letter", "template", "backend", "email", "checklist", "networking_note", "warnings"} <= data.keys()
    assert list(data["letter"]) == list(CONTRACT_KEYS)
    assert data["backend"] == "offline"
    assert set(data["email"]) == {"to", "subject", "body"}
    assert all(set(item) == {"text", "why"} for item in data["checklist"])
    assert isinstance(data["warnings"], list)


def test_draft_text_puts_the_email_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "draft", str(APPLICATION), "--offline", "--name", "Alex Morgan")
    assert code == 0
    assert out.splitlines()[0].startswith(("To: ", "Subject: "))
    assert out.index("Subject:") < out.index("Reflection checklist") < out.index("Networking note")
    assert "Alex Morgan" in out
    # stdout carries only the draft: which backend wrote it is said on stderr
    assert "offline backend" not in out
    assert "drafted by the offline backend" in err


def test_parse_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", str(APPLICATION), "--json")
    assert code == 0
    assert list(json.loads(out)) == list(CONTRACT_KEYS)


def test_not_a_rejection_exits_3_unless_forced(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "draft", str(INVITATION), "--offline")
    assert (code, out) == (3, "")
    assert err.count("\n") == 1 and "this is an interview invitation, not a rejection letter" in err
    code, out, _ = run(capsys, "draft", str(INVITATION), "--offline", "--force")
    assert code == 0 and "Subject:" in out
    code, out, _ = run(capsys, "parse", str(INVITATION), "--json")
    assert code == 3 and json.loads(out)["is_rejection"] is False


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "huge.txt").write_bytes(b"Dear Alex, unfortunately. " * 200_000)
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    return {p.name: p for p in tmp_path.iterdir()} | {"missing.txt": tmp_path / "missing.txt"}


@pytest.mark.parametrize("command", ["draft", "parse"])
def test_bad_input_gets_one_line_and_exit_2(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, path in bad_inputs(tmp_path).items():
        code, out, err = run(capsys, command, str(path), "--offline" if command == "draft" else "--json")
        assert code == 2, (name, err)
        assert out == "", name
        assert err.startswith("drafter: error: ") and err.count("\n") == 1, (name, err)
        assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["draft", "--tone", "shouty"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_a_broken_config_file_is_a_one_line_error(isolated_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    isolated_env.mkdir(parents=True)
    (isolated_env / "config.toml").write_text('[profile]\nnmae = "Alex"\n', encoding="utf-8")
    code, _, err = run(capsys, "draft", str(APPLICATION), "--offline")
    assert code == 2 and "nmae" in err and err.count("\n") == 1


def test_profile_from_the_config_file_signs_the_email(isolated_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    isolated_env.mkdir(parents=True)
    (isolated_env / "config.toml").write_text(
        '[profile]\nname = "Alex Morgan"\nsign_off = "Cheers"\nlinkedin_url = "https://www.linkedin.com/in/alexmorgan"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "draft", str(APPLICATION), "--offline", "--json")
    body = json.loads(out)["email"]["body"]
    assert code == 0
    assert body.rstrip().endswith("Cheers,\nAlex Morgan\nhttps://www.linkedin.com/in/alexmorgan")


def test_stdin_dash_and_python_m(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", "-", "--offline", "--json"],
        input=APPLICATION.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["letter"]["company"] == "Brightline Maps"


def test_eml_on_stdin_is_read_as_email() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "parse", "--json"],
        input=(LETTERS / "interview-northwind.eml").read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["reply_address"] == "recruiting@northwind-robotics.io"


def test_on_a_terminal_it_asks_for_a_paste_ending_with_ctrl_d() -> None:
    """Run `drafter draft` with a real pseudo-terminal as stdin, paste a letter, press Ctrl-D."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "drafter", "draft", "--offline", "--json"],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TERM": "dumb"},
    )
    os.close(slave)
    try:
        deadline = time.monotonic() + 30
        err = b""
        assert proc.stderr is not None
        while b"Ctrl-D" not in err and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 0.5)
            if ready:
                err += os.read(proc.stderr.fileno(), 4096)
        assert b"Paste the rejection letter" in err
        for line in APPLICATION.read_text(encoding="utf-8").splitlines():
            os.write(master, line.encode() + b"\n")
        os.write(master, b"\x04")
        out, rest = proc.communicate(timeout=30)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, rest
    assert "Junior Product Designer" in json.loads(out)["email"]["subject"]


def test_unexpected_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    # A template that divides by zero is a bug in a user template: caught at the boundary, no traceback.
    home = tmp_path / "home" / "templates" / "application"
    home.mkdir(parents=True)
    (home / "en.j2").write_text("{% block subject %}{{ 1 // 0 }}{% endblock %}{% block body %}x{% endblock %}")
    env = {**os.environ, "DRAFTER_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(APPLICATION), "--offline"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode in (1, 2)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_an_unexpected_error_can_leave_its_traceback_in_a_file(tmp_path: Path) -> None:
    home = tmp_path / "home" / "templates" / "application"
    home.mkdir(parents=True)
    (home / "en.j2").write_text("{% block subject %}{{ 1 // 0 }}{% endblock %}{% block body %}x{% endblock %}")
    report = tmp_path / "traceback.txt"
    env = {**os.environ, "DRAFTER_HOME": str(tmp_path / "home"), "DRAFTER_TRACEBACK_FILE": str(report)}
    proc = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(APPLICATION), "--offline", "--no-journal"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "ZeroDivisionError" in proc.stderr
    assert report.read_text(encoding="utf-8").startswith("Traceback")
    assert "ZeroDivisionError" in report.read_text(encoding="utf-8")
