"""A golden offline draft per reply language and situation, compared exactly.

After an intended template change: `.venv/bin/python -m tests.golden.regenerate`, then review the diff.
"""

from __future__ import annotations

import pytest

from .golden.regenerate import LANGUAGES, SITUATIONS, path, render


@pytest.mark.parametrize("situation", list(SITUATIONS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_golden_draft(language: str, situation: str) -> None:
    expected = path(language, situation).read_text(encoding="utf-8")
    assert render(language, situation) == expected, "stale golden: run .venv/bin/python -m tests.golden.regenerate"
