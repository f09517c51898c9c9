"""#11.20: the file type and size are checked before reading; batch skips what is not a regular file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main

LETTER = """Subject: Your application

Dear Robin,

Thank you for applying to Quillfeather. We have decided not to move forward with your application
for the Platform Engineer role.

Kind regards,
Odile Brandt
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args], cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("command", ["draft", "parse"])
def test_a_device_is_refused_without_reading_it(tmp_path: Path, command: str) -> None:
    done = run(command, "/dev/zero", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("drafter: error: not a regular file (a device)") and done.stderr.count("\n") == 1


def test_a_fifo_is_refused_without_blocking(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "letter.txt"
    os.mkfifo(fifo)
    assert main(["draft", str(fifo)]) == 2
    assert "not a regular file (a named pipe)" in capsys.readouterr().err


def test_a_huge_sparse_file_is_refused_by_its_size(tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(6_000_000_000)  # sparse: no disk used, and reading it would take 6 GB
    assert main(["draft", str(big)]) == 2
    err = capsys.readouterr().err
    assert "6,000,000,000 bytes" in err and err.count("\n") == 1


def test_batch_skips_fifos_and_links_to_devices_with_a_note(tmp_path: Path, capsys) -> None:
    root = tmp_path / "letters"
    root.mkdir()
    (root / "quillfeather.txt").write_text(LETTER, encoding="utf-8")
    os.mkfifo(root / "x.txt")
    (root / "zero.mbox").symlink_to("/dev/zero")
    (root / "zero.eml").symlink_to("/dev/zero")
    done = run("batch", str(root), "--offline", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the letter was drafted; the rest skipped, not failed
    assert [p.name for p in root.glob("*.reply.md")] == ["quillfeather.txt.reply.md"]
    out = done.stdout + done.stderr
    for name in ("x.txt", "zero.mbox", "zero.eml"):
        assert any(name in line and "not a regular file" in line for line in out.splitlines()), out
