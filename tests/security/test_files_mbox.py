"""#11.20 for mbox files: checked before the mbox reader sees them, each message read up to the limit."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from drafter.ingest.reader import MAX_MAIL_BYTES
from drafter.testing.letters import letter_eml

from ..batch_helpers import write_mbox

# drafter's own peak with its imports is well under this; reading any of these files whole is not
PEAK_LIMIT_BYTES = 250_000_000


def batch_peak(folder: Path) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run `drafter batch` on `folder` in a process of its own: (the result, its peak memory in bytes)."""
    code = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'drafter', *sys.argv[1:]], capture_output=True, text=True)\n"
        "sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(done.returncode)\n"
    )
    argv = [sys.executable, "-c", code, "batch", "--offline", "--no-journal", str(folder)]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    *err, peak = done.stderr.rstrip("\n").split("\n")
    done.stderr = "\n".join(err)
    return done, int(peak) * (1 if sys.platform == "darwin" else 1024)


def test_an_mbox_of_zeros_is_skipped_without_reading_it(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.eml").write_bytes(letter_eml(0))
    with open(folder / "zeros.mbox", "wb") as fh:
        fh.truncate(600_000_000)  # sparse: no disk used; one endless "line" to a line reader
    done, peak = batch_peak(folder)
    assert done.returncode == 1, done.stderr
    assert "zeros.mbox: skipped (binary file)" in done.stdout
    assert peak < PEAK_LIMIT_BYTES, f"peak memory {peak:,} bytes"


def test_an_mbox_message_past_the_limit_fails_alone_and_is_not_read_whole(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    line = b"word " * 15 + b"\n"
    huge = letter_eml(1) + line * ((MAX_MAIL_BYTES + 50_000_000) // len(line))
    write_mbox(folder / "box.mbox", [letter_eml(0), huge])
    del huge
    assert os.path.getsize(folder / "box.mbox") > MAX_MAIL_BYTES
    done, peak = batch_peak(folder)
    assert done.returncode == 2  # one message failed, the other was drafted
    assert f"box.mbox#2: failed: message is too large (more than {MAX_MAIL_BYTES:,} bytes)" in done.stderr
    # the reply is named after the message's date and subject
    assert re.search(r"box\.mbox#1 \(2026-03-02-your-application[\w-]*\): wrote reply", done.stdout), done.stdout
    assert peak < PEAK_LIMIT_BYTES, f"peak memory {peak:,} bytes"


def test_the_peak_memory_probe_sees_a_large_read(tmp_path: Path) -> None:
    # the probe above must be able to fail: a child that holds 300 MB shows it
    code = "import resource, subprocess, sys\n"
    code += "subprocess.run([sys.executable, '-c', 'x = bytearray(300_000_000)'])\n"
    code += "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    peak = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert peak * (1 if sys.platform == "darwin" else 1024) > PEAK_LIMIT_BYTES
