"""The compiled-pattern cache: a warm run reads the same letters exactly as a cold one.

Each run is a fresh process (the cache is read once per process and written at its exit), with
drafter's cache folder in tmp_path.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import rx
from tests.conftest import EXAMPLES

LETTERS = sorted(p for p in (EXAMPLES / "letters").iterdir() if p.is_file())


def run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )


PARSE_ALL = f"""
import json, drafter
from pathlib import Path
print(json.dumps([drafter.parse(Path(p)).model_dump(mode="json") for p in {[str(p) for p in LETTERS]!r}]))
"""


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("regex-*.marshal"))


def test_warm_run_reads_letters_as_the_cold_run_did(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = run(PARSE_ALL, cache)
    assert cold.returncode == 0, cold.stderr
    [stored] = cache_files(cache)
    written = stored.stat().st_mtime_ns
    warm = run(PARSE_ALL, cache)
    assert warm.returncode == 0, warm.stderr
    assert json.loads(warm.stdout) == json.loads(cold.stdout)
    assert len(json.loads(warm.stdout)) == len(LETTERS)
    # every pattern came from the cache: nothing new was compiled, so nothing was written
    assert stored.stat().st_mtime_ns == written


def test_patterns_from_the_cache_equal_re_compile(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run(PARSE_ALL, cache).returncode == 0
    [stored] = cache_files(cache)
    keys = list(rx.decode(stored.read_bytes()))
    assert len(keys) > 100  # the parser's lexicons and field patterns
    # Pattern equality compares the pattern, the flags and the compiled program itself
    check = f"""
import re
from drafter import rx
keys = {keys!r}
bad = [p for p, f in keys if rx.compile(p, f) != re.compile(p, f)]
print(len(keys), len(bad))
"""
    done = run(check, cache)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(len(keys)), "0"]


def test_a_damaged_cache_is_replaced_and_changes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = run(PARSE_ALL, cache)
    [stored] = cache_files(cache)
    stored.write_bytes(b"\x00not marshal data" * 100)
    damaged = run(PARSE_ALL, cache)
    assert damaged.returncode == 0, damaged.stderr
    assert damaged.stderr == ""
    assert json.loads(damaged.stdout) == json.loads(cold.stdout)
    assert len(rx.decode(stored.read_bytes())) > 100  # rewritten whole


def test_a_wrong_program_in_the_cache_falls_back_to_compiling(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run(PARSE_ALL, cache).returncode == 0
    [stored] = cache_files(cache)
    entries = rx.decode(stored.read_bytes())
    # every program replaced by one the regex engine rejects
    entries = {key: (e[0], b"\xff\xff\xff\xff" * 3, *e[2:]) for key, e in entries.items()}
    stored.write_bytes(rx.encode(entries))
    word = r"\bunfortunately\b"
    check = f"""
import re
from drafter import rx
print(rx.compile({word!r}) == re.compile({word!r}))
keys = {list(entries)!r}
print(all(rx.compile(p, f) == re.compile(p, f) for p, f in keys))
"""
    done = run(check, cache)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]


def test_an_unwritable_cache_folder_still_drafts(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    done = run(PARSE_ALL, blocked)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(json.loads(done.stdout)) == len(LETTERS)


def test_a_bad_pattern_raises_as_re_does_at_first_use(tmp_path: Path) -> None:
    pattern = rx.compile("(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_an_outgrown_cache_starts_afresh(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cold = run(PARSE_ALL, cache)
    [stored] = cache_files(cache)
    entries = rx.decode(stored.read_bytes())
    # patterns from an older version, never used again: the file grows past its bound
    stale: dict[rx.Key, rx.Entry] = {(f"stale pattern {n}", 0): (0, b"\x00" * 50_000, 0, {}, ()) for n in range(90)}
    stored.write_bytes(rx.encode({**entries, **stale}))
    again = run(PARSE_ALL, cache)
    assert json.loads(again.stdout) == json.loads(cold.stdout)
    kept = rx.decode(stored.read_bytes())
    assert set(kept) == set(entries)


def test_no_working_folder_means_no_cache_not_an_error(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    # pydantic is imported first: on CPython 3.13.0 pydantic_core itself cannot be imported from a
    # deleted folder (SystemError inside its import), which is not drafter's to fix
    code = f"""
import os
import pydantic
os.chdir({str(gone)!r})
os.rmdir({str(gone)!r})
import drafter
print(drafter.parse("Dear Jo,\\n\\nWe will not move forward with your application.\\n\\nKim").is_rejection)
"""
    env = {k: v for k, v in os.environ.items() if k != "DRAFTER_CACHE"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, "True", "")
