"""The pre-commit hook, driven by the real `pre-commit` package over a throwaway git repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pre_commit import clientlib  # a test dependency: never skipped for want of it

from drafter.testing.letters import NOT_A_REJECTION, letter_eml, letter_text

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {
    "GIT_AUTHOR_NAME": "drafter tests",
    "GIT_AUTHOR_EMAIL": "tests@example.org",
    "GIT_COMMITTER_NAME": "drafter tests",
    "GIT_COMMITTER_EMAIL": "tests@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, **GIT_ENV)
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_manifest_defines_the_drafter_hook() -> None:
    (hook,) = clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "drafter"
    assert hook["entry"] == "drafter batch"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    assert hook["require_serial"] is True
    files, exclude = re.compile(hook["files"]), re.compile(hook["exclude"])
    for name in ("a.eml", "b.txt", "c.md", "d.html", "e.htm", "Rejections.mbox"):
        assert files.search(name) and not exclude.search(name), name
    for name in ("a.eml.reply.md", "a.eml.reply.eml"):
        assert files.search(name) and exclude.search(name), name
    assert not files.search("photo.png")


def committed_copy(dest: Path) -> Path:
    """The working tree (tracked and new files, not ignored ones) committed in a fresh repository.

    try-repo installs the hook from a commit; a copy makes the commit without touching the
    checkout, and tests exactly what is on disk.
    """
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of drafter")
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "drafter under test", cwd=dest)
    return dest


@pytest.mark.needs_index
def test_pre_commit_try_repo_drafts_once_then_passes(tmp_path: Path) -> None:
    source = committed_copy(tmp_path / "drafter-src")
    letters = tmp_path / "letters"
    (letters / "2026").mkdir(parents=True)
    (letters / "acme.eml").write_bytes(letter_eml(1))
    (letters / "2026" / "globex.txt").write_text(letter_text(2), encoding="utf-8")
    (letters / "invite.txt").write_text(NOT_A_REJECTION, encoding="utf-8")
    git("init", "-q", cwd=letters)
    git("add", "-A", cwd=letters)
    git("commit", "-q", "-m", "letters", cwd=letters)

    env = dict(
        os.environ,
        **GIT_ENV,
        DRAFTER_BACKEND="offline",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
    )
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(source), "drafter", "--all-files"]

    first = subprocess.run(cmd, cwd=letters, env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "2 written" in first.stdout
    assert (letters / "acme.eml.reply.md").is_file()
    assert (letters / "2026" / "globex.txt.reply.md").is_file()
    assert not (letters / "invite.txt.reply.md").exists()

    git("add", "-A", cwd=letters)
    git("commit", "-q", "-m", "reply drafts", cwd=letters)
    second = subprocess.run(cmd, cwd=letters, env=env, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr
    assert git("status", "--porcelain", cwd=letters) == ""
