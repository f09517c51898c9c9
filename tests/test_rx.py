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
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import rx
from tests.conftest import EXAMPLES

LETTERS = sorted(p for p in (EXAMPLES / "letters").iterdir() if p.is_file())


# the library keeps no pattern cache unless a program turns it on, as the `drafter` command does
ON = "from drafter import rx as _rx; _rx.enable_cache()\n"


def run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", ON + code], capture_output=True, text=True, env=env, timeout=60, check=False
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
    listed = tmp_path / "keys.json"
    listed.write_text(json.dumps(keys))
    check = f"""
import json, re
from drafter import rx
keys = json.loads(open({str(listed)!r}).read())
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
    listed = tmp_path / "keys.json"
    listed.write_text(json.dumps(list(entries)))
    check = f"""
import json, re
from drafter import rx
print(rx.compile({word!r}) == re.compile({word!r}))
keys = json.loads(open({str(listed)!r}).read())
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
    outgrown = rx._MAX_BYTES // 50_000 + 10
    stale: dict[rx.Key, rx.Entry] = {
        (f"stale pattern {n}", 0): (0, b"\x00" * 50_000, 0, {}, (), "") for n in range(outgrown)
    }
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


# --- pre-checks: the literals one of which every match contains (drafter.needles) ---------------


def _needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    from re import _parser  # type: ignore[attr-defined]

    from drafter import needles

    return needles.needles(_parser.parse(pattern, flags), flags)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:not|never) [^.]{0,40}?\b(?:move forward|proceed)", {"move forward", "proceed"}),
        (
            r"(?:we|i) (?:regret|are sorry) to inform",
            {"we regret to inform", "i regret to inform", "we are sorry to inform", "i are sorry to inform"},
        ),
        (r"(?:ab)?cde(?:fgh)?", {"cde"}),
        (r"[^a]bcd\w+", {"bcd"}),
        (r"(?=unlikely)\w+", None),  # a lookahead is not part of the match
        (r"(?i)regret", {"\x00regret"}),  # case-insensitive: in any case
        (r"regret(?i:ted)", {"regret"}),
        (r"(?i:our) client", {" client"}),
        (r"(?i:our client),", {"\x00our client"}),
        (r"\w+ing\b", {"ing"}),
        (r"(?:no|ne) \w+", {"no ", "ne "}),
        (r"(?:no|ne)\b\w*", None),  # too short to tell anything
        (r"(a)\1", None),
    ],
)
def test_needles_name_what_every_match_contains(pattern: str, expected: set[str] | None) -> None:
    found = _needles(pattern)
    assert found == (frozenset(expected) if expected is not None else None)


def test_the_case_insensitive_flag_makes_caseless_needles() -> None:
    from drafter import needles

    assert _needles("regret", re.IGNORECASE) == frozenset({"\x00regret"})
    assert _needles("regret") == frozenset({"regret"})
    check = re.compile(needles.check_pattern(frozenset({"\x00regret", "sorry"})))
    assert check.search("We REGRET") and check.search("so sorry") and not check.search("SORRY")


_PIECES = st.sampled_from(
    [
        *("ab", "b", "ba", "abc", "c", " ", "a", "k", "s", "ks", r"\b", r"\w", r"\s", r"[^c]", "[ab]", "[j-l]"),
        *("(?=a)", "(?<!b)", "(?i:a)", "(?i:ab)", "(?i:k)", "(?i:sk)", "(?i:[a-c]s)", "(?-i:ks)", "."),
    ]
)


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 5 if depth < 2 else 1))
        if kind <= 1:
            parts.append(draw(_PIECES))
        elif kind == 2:
            parts.append("(?:" + "|".join(draw(st.lists(_patterns(depth + 1), min_size=1, max_size=3))) + ")")
        elif kind == 3:
            low = draw(st.integers(0, 2))
            parts.append(f"(?:{draw(_patterns(depth + 1))}){{{low},{low + draw(st.integers(0, 2))}}}")
        elif kind == 4:
            parts.append(f"(?:{draw(_patterns(depth + 1))})" + draw(st.sampled_from(["*", "+", "?", "*?", "+?"])))
        else:
            parts.append(f"({draw(_patterns(depth + 1))})")
    return "".join(parts)


@settings(max_examples=600, deadline=None)
@given(
    pattern=_patterns(),
    text=st.text(alphabet="abcABC .ksKSſ\u212a", max_size=30),
    flags=st.sampled_from([0, re.IGNORECASE]),
)
def test_every_match_contains_one_of_the_needles(pattern: str, text: str, flags: int) -> None:
    """...as the pre-check finds them: a caseless needle in any case, as `re` reads case."""
    from drafter import needles

    found = _needles(pattern, flags)
    if found is None:
        return
    check = re.compile(needles.check_pattern(found))
    for m in re.finditer(pattern, text, flags):
        assert check.search(m.group(0)), (pattern, text, m.group(0), found)


def test_a_pre_check_changes_no_answer_of_the_parser_s_patterns(tmp_path: Path) -> None:
    """Every pattern a parse compiled answers as `re` does, on every letter's text."""
    cache = tmp_path / "cache"
    assert run(PARSE_ALL, cache).returncode == 0
    [stored] = cache_files(cache)
    entries = rx.decode(stored.read_bytes())
    assert sum(bool(e[5]) for e in entries.values()) > 100  # most patterns have a pre-check
    listed = tmp_path / "keys.json"
    listed.write_text(json.dumps([key for key, e in entries.items() if e[5]]))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in LETTERS]
    check = f"""
import json, re
from drafter import rx
texts = {texts!r}
texts += [t.lower() for t in texts]
bad = []
for p, f in json.loads(open({str(listed)!r}).read()):
    ours, theirs = rx.compile(p, f), re.compile(p, f)
    for t in texts:
        for a, b in (
            ([m.span() for m in ours.finditer(t)], [m.span() for m in theirs.finditer(t)]),
            (ours.findall(t), theirs.findall(t)),
            (ours.sub("#", t), theirs.sub("#", t)),
            (ours.split(t), theirs.split(t)),
            (getattr(ours.search(t, 5, 400), "span", None) and ours.search(t, 5, 400).span(),
             getattr(theirs.search(t, 5, 400), "span", None) and theirs.search(t, 5, 400).span()),
        ):
            if a != b:
                bad.append(p)
print(len(bad))
"""
    done = run(check, cache)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0"]


def test_a_caseless_pre_check_looks_ahead_for_every_case_of_its_first_letters() -> None:
    """The set of first letters a caseless pre-check looks ahead for lets through, in any case,
    every character its trie's first letter matches: the look ahead rules out no match."""
    from drafter import needles

    check = needles.check_pattern(frozenset({"\x00sorry", "\x00kelvin"}))
    assert check.startswith("(?i:(?=[")
    assert re.search(check, "ſorry") and re.search(check, "\u212aELVIN")  # long s, Kelvin sign
    every = "".join(map(chr, range(0x10000)))  # no character past it folds to a Latin letter
    letters = [chr(c) for c in range(0x20, 0x180) if chr(c).isprintable()]  # the lexicons' (Latin) alphabet
    for letter in letters:
        alone = set(re.findall(f"(?i:{re.escape(letter)})", every))
        in_a_set = set(re.findall(f"(?i:(?=[{re.escape(letter)}@]).)", every))
        assert alone <= in_a_set, letter
