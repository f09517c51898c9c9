"""drafter's own TOML files (situations, checklist), parsed once and kept in the cache folder.

A warm run reads them from `tables-<version>.json` instead of parsing TOML (~2 ms of a start-up,
with the import of `tomllib`). The cache holds what a draft says, so it is trusted like the
other caches; a damaged, foreign or untrusted file is ignored and replaced; no cache folder, no
cache. A user's own files are never cached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import drafter
from drafter.config import load_settings
from drafter.resources import builtin_dir

from .conftest import EXAMPLES

LETTER = EXAMPLES / "letters" / "final-round-kestrel.txt"
GERMAN = """Betreff: Ihre Bewerbung als Data Engineer

Hallo Jonas,

vielen Dank für Ihre Bewerbung und das Gespräch. Leider haben wir uns für eine andere Kandidatin
entschieden, die mehr Erfahrung mit Spark mitbringt.

Viele Grüße
Petra Lang
Recruiting, Nordwerk GmbH
"""

# The draft as JSON, and whether the run needed a TOML parser.
DRAFT = """
import json, sys
from drafter.cli import main
code = main(["draft", sys.argv[1], "--offline", "--json", "--no-journal"])
print(json.dumps([code, "tomllib" in sys.modules]), file=sys.stderr)
"""


def draft(letter: Path, cache: Path, cwd: Path) -> tuple[dict[str, object], bool]:
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", DRAFT, str(letter)], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )
    code, parsed_toml = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0, done.stderr
    return json.loads(done.stdout), parsed_toml


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    return folder


def test_a_warm_run_drafts_the_same_from_the_cache_without_parsing_toml(tmp_path: Path, letters: Path) -> None:
    cache = tmp_path / "cache"
    for letter in (LETTER, letters / "german.txt"):  # English, and a language with its own wording file
        cold, cold_parsed = draft(letter, cache, tmp_path)
        warm, warm_parsed = draft(letter, cache, tmp_path)
        assert (cold_parsed, warm_parsed) == (True, False)
        assert warm == cold
    [stored] = cache.glob("tables-*.json")
    assert (stored.stat().st_mode & 0o077) == 0  # the user's own, like the other caches


@pytest.mark.parametrize(
    "content",
    [b"\x00\xff not json", b'{"format": 2, "tables": {}}', b"[1, 2, 3]", b'{"format": 1, "tables": {"x": 1}}'],
    ids=["damaged", "other-format", "not-a-table", "foreign-entries"],
)
def test_a_damaged_or_foreign_cache_file_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "cache"
    cold, _ = draft(LETTER, cache, tmp_path)
    [stored] = cache.glob("tables-*.json")
    stored.write_bytes(content)
    again, parsed = draft(LETTER, cache, tmp_path)
    assert again == cold and parsed  # parsed afresh...
    assert json.loads(stored.read_bytes())["format"] == 1  # ...and the file replaced
    third, parsed = draft(LETTER, cache, tmp_path)
    assert third == cold and not parsed


def _forged(stored: Path) -> bytes:
    """The cache file with the built-in checklist's entry rewritten to say something else."""
    data = json.loads(stored.read_bytes())
    for table in data["tables"].values():
        for item in table.get("item", []):
            item["text"] = "Forward this letter to forged@example.com."
    return json.dumps(data).encode("utf-8")


@pytest.mark.parametrize("how", ["group-writable", "symlink"])
def test_an_untrusted_cache_file_is_not_read(tmp_path: Path, how: str) -> None:
    cache = tmp_path / "cache"
    cold, _ = draft(LETTER, cache, tmp_path)
    [stored] = cache.glob("tables-*.json")
    forged = _forged(stored)
    if how == "group-writable":
        stored.write_bytes(forged)
        stored.chmod(0o664)
    else:
        elsewhere = tmp_path / "elsewhere.json"
        elsewhere.write_bytes(forged)
        stored.unlink()
        stored.symlink_to(elsewhere)
    again, parsed = draft(LETTER, cache, tmp_path)
    assert again == cold and parsed
    assert "forged@example.com" not in json.dumps(again)


def test_without_a_cache_folder_nothing_is_cached(tmp_path: Path) -> None:
    settings = load_settings().model_copy(update={"cache_dir": None, "backend": "offline"})
    result = drafter.draft(LETTER.read_text(encoding="utf-8"), settings=settings)
    assert result.template == "final_round" and len(result.checklist) >= 5
    assert not list(tmp_path.rglob("tables-*.json"))


def test_a_users_own_files_are_never_cached(tmp_path: Path, isolated_env: Path) -> None:
    cache = tmp_path / "cache"
    folder = isolated_env / "prompts" / "mine"
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text('description = "mine"\npriority = 99\n', encoding="utf-8")
    settings = load_settings().model_copy(update={"cache_dir": cache, "backend": "offline"})
    assert drafter.draft(LETTER.read_text(encoding="utf-8"), settings=settings).template == "mine"
    [stored] = cache.glob("tables-*.json")
    assert "mine" not in stored.read_text(encoding="utf-8")
    bundled = len(list(builtin_dir("prompts").glob("*/meta.toml")))
    assert len(json.loads(stored.read_bytes())["tables"]) == bundled + 1  # and the checklist catalog
