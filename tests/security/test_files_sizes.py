"""#11.21: the size limit applies to the text drafter reads, not to a message's attachments, and a
refusal names the real size."""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import IO, Any

import pytest

from drafter.cli import main
from drafter.ingest.reader import MAX_BYTES, MAX_MAIL_BYTES

TEXT = (
    "Dear Robin,\n\nThank you for applying to Quillfeather. We have decided not to move forward with "
    "your application for the Platform Engineer role.\n\nKind regards,\nOdile Brandt\n"
)


def message(text: str = TEXT, attachment: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Odile Brandt <odile.brandt@quillfeather.example>"
    msg["To"] = "Robin Vale <robin.vale@example.org>"
    msg["Subject"] = "Your application"
    msg["Message-ID"] = "<r-1@quillfeather.example>"
    msg.set_content(text)
    if attachment:
        msg.add_attachment(os.urandom(attachment), maintype="application", subtype="pdf", filename="cv.pdf")
    return msg.as_bytes()


def drafter_cli(*args: str, cwd: Path, stdin: IO[Any] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=cwd,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_letter_with_a_large_attachment_is_drafted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "quillfeather.eml"
    letter.write_bytes(message(attachment=3_000_000))  # base64: about 4 MB on disk
    assert letter.stat().st_size > MAX_BYTES
    assert main(["draft", "--offline", "--no-journal", str(letter)]) == 0
    assert "Quillfeather" in capsys.readouterr().out
    assert main(["batch", "--offline", "--no-journal", str(tmp_path)]) == 1
    assert "Quillfeather" in (tmp_path / "quillfeather.eml.reply.md").read_text(encoding="utf-8")


def test_a_large_attachment_on_stdin_is_drafted_too(tmp_path: Path) -> None:
    letter = tmp_path / "quillfeather.eml"
    letter.write_bytes(message(attachment=3_000_000))
    with letter.open("rb") as fh:
        done = drafter_cli("draft", "--offline", "--no-journal", "-", cwd=tmp_path, stdin=fh)
    assert done.returncode == 0, done.stderr
    assert "Quillfeather" in done.stdout


def test_the_limit_still_holds_for_the_text_of_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    letter = tmp_path / "long.eml"
    letter.write_bytes(message(text=TEXT + "More words. " * 220_000))
    assert main(["draft", "--offline", "--no-journal", str(letter)]) == 2
    err = capsys.readouterr().err
    assert "the message's text is too large" in err and f"the limit is {MAX_BYTES:,}" in err
    assert err.count("\n") == 1


def test_a_huge_file_on_stdin_is_refused_with_its_real_size(tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    with big.open("wb") as fh:
        fh.truncate(MAX_MAIL_BYTES + 28_000_000)  # sparse
    with big.open("rb") as fh:
        done = drafter_cli("draft", "--offline", "-", cwd=tmp_path, stdin=fh)
    assert done.returncode == 2
    assert f"({MAX_MAIL_BYTES + 28_000_000:,} bytes; the limit is {MAX_MAIL_BYTES:,})" in done.stderr


def test_a_huge_pipe_on_stdin_is_refused_without_a_made_up_size(tmp_path: Path) -> None:
    feed = subprocess.Popen(["head", "-c", str(MAX_MAIL_BYTES + 5_000_000), "/dev/zero"], stdout=subprocess.PIPE)
    try:
        done = drafter_cli("draft", "--offline", "-", cwd=tmp_path, stdin=feed.stdout)
    finally:
        assert feed.stdout is not None
        feed.stdout.close()
        feed.wait()
    assert done.returncode == 2
    assert f"(more than {MAX_MAIL_BYTES:,} bytes; the limit is {MAX_MAIL_BYTES:,})" in done.stderr
