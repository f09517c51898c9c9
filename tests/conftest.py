"""Shared fixtures: every test runs with drafter's home, journal and settings pointed at tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The labelled development letters live beside the checkout, not in it (they are not ours to ship).
SHARED_LETTERS = ROOT.parent / "shared" / "letters"

_CLEARED = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads the user's config, .env or journal, or an LLM key from the environment."""
    for key in list(os.environ):
        if key.startswith("DRAFTER_") or key in _CLEARED:
            monkeypatch.delenv(key)
    home = tmp_path / "drafter-home"
    monkeypatch.setenv("DRAFTER_HOME", str(home))
    monkeypatch.setenv("DRAFTER_JOURNAL", str(tmp_path / "journal.sqlite3"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    return home


def shared_letters() -> Path:
    """The development letters, or a skip where `../shared` is absent (a user's fresh clone)."""
    if not SHARED_LETTERS.is_dir():
        pytest.skip("../shared/letters is not beside this checkout (only in the development workspace)")
    return SHARED_LETTERS
