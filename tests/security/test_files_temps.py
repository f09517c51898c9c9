"""#11.11: two runs at once: one run's clean-up never takes the other run's temporary file mid-write."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from drafter.output.files import open_atomic
from drafter.testing.letters import letter_text

ROOT = Path(__file__).resolve().parent.parent.parent


def other_run(folder: Path) -> subprocess.CompletedProcess[str]:
    """A second `drafter batch` on the same folder, in a process of its own."""
    cmd = [sys.executable, "-m", "drafter", "batch", "--offline", "--no-journal", str(folder)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=False)


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_live_temporary_file_survives_another_runs_clean_up(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_text(letter_text(0), encoding="utf-8")
    (folder / "b.txt").write_text(letter_text(1), encoding="utf-8")
    reply = folder / "b.txt.reply.md"
    with open_atomic(reply) as fh:  # this run is writing b's reply...
        fh.write("---\nhalf of it, ")
        live = temps(folder)
        assert len(live) == 1
        done = other_run(folder)  # ...while another run drafts a and cleans up after itself
        assert done.returncode == 1, done.stderr
        assert temps(folder) == live
        fh.write("and the rest\n")
    assert reply.read_text(encoding="utf-8") == "---\nhalf of it, and the rest\n"
    assert temps(folder) == []


def test_a_temporary_file_left_by_a_killed_run_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_text(letter_text(0), encoding="utf-8")
    (folder / ".a.txt.reply.md.k1ll3d00.tmp").write_text("---\nhalf", encoding="utf-8")
    done = other_run(folder)
    assert done.returncode == 1, done.stderr
    assert temps(folder) == []
    assert (folder / "a.txt.reply.md").is_file()
