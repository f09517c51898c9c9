"""Literal strings one of which every match of a regular expression contains: a cheap pre-check.

Most of the parser's patterns are long alternations of phrases, and most of them find nothing in
most letters; `re` still tries every phrase at every word. A pattern such as
``\\b(?:not|never) [^.]{0,40}?\\b(?:move forward|proceed)`` cannot match a text that contains
neither "move forward" nor "proceed", and looking for a few literals is far faster than the
pattern. `needles` reads the parsed pattern (`re._parser`'s tree, which :mod:`drafter.rx` parses
and hands over, with the opcodes to read it by) and returns such a set, or None when it cannot name
a useful one (a pattern that may match any word, a case-insensitive part, a back-reference). It
errs only towards None: every string it returns is one the pattern's matched text must contain, so
skipping the pattern when none occurs changes no result. Lookarounds add nothing to the set (what
they see is not part of the match).

`check_pattern` turns the set into one pattern (a trie of the strings, so that `re` skips to the
first letter that can start one) that :mod:`drafter.rx` runs before the real pattern.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .rx import OPCODES as _c  # `re`'s opcodes: only `rx` touches CPython's internals

__all__ = ["VERSION", "check_pattern", "fixed", "needles"]

# Pre-checks are kept with the compiled patterns: a change in how they are worked out must not
# reuse the old ones, so this is part of the cache file's name.
VERSION = 8

# a set of strings grows by products ("(?:a|an) (?:job|role)" is four strings); past this it is
# given up (a shorter part of the sequence usually serves)
_MAX_SET = 64
# strings this short occur in nearly every letter: a set with one is no pre-check worth running,
# unless the short string holds a character prose seldom uses ("@" of an address)
_MIN_LENGTH = 3
_RARE = frozenset("@#%|\\<>[]{}=+*~^$€£«»„")
# ...nor is a set this large: checking costs about what the pattern does, and its program takes
# room in the cache of compiled patterns
_MAX_NEEDLES = 100

try:
    _LITERAL, _IN, _RANGE = _c.LITERAL, _c.IN, _c.RANGE
    _SUBPATTERN, _BRANCH = _c.SUBPATTERN, _c.BRANCH
    _REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
    _ATOMIC = _c.ATOMIC_GROUP
    _ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
    _CASELESS = _c.SRE_FLAG_IGNORECASE
    _KNOWN = True
except AttributeError:  # pragma: no cover - another `re` (or none of its internals): no pre-checks
    _KNOWN = False

Strings = frozenset[str]


def needles(parsed: Any, flags: int) -> Strings | None:
    """Strings one of which every match contains, from `re._parser.parse(pattern, flags)`; or None.

    A string that a case-insensitive part of the pattern supplies starts with `CASELESS`: the
    match contains it in some case (`check_pattern` looks for it so).
    """
    if not _KNOWN:
        return None
    found = _required(parsed.data)
    if found is not None and (flags | parsed.state.flags) & _CASELESS:
        found = {_caseless(s) for s in found}
    if not found or any(_length(s) < _MIN_LENGTH and _RARE.isdisjoint(s) for s in found):
        return None
    kept = _fewest(found, _MAX_NEEDLES + 1)
    return frozenset(kept) if len(kept) <= _MAX_NEEDLES else None


def _fewest(strings: Iterable[str], limit: int = -1) -> list[str]:
    """The strings without those that hold a shorter one (which adds nothing), shortest first;
    only the first `limit` of them when there are more (the caller gives such a set up)."""
    kept: list[str] = []
    # every text holding `s` holds `k` when: `s` in a given case holds `k` in that case, or `k`'s
    # letters in any case; `s` in any case holds `k`'s letters in any case (never `k` in one case)
    cased: list[str] = []
    caseless: list[str] = []  # without the mark
    for s in sorted(strings, key=lambda s: (_length(s), s)):
        if s.startswith(CASELESS):
            body = s[1:]
            if any(k in body for k in caseless):
                continue
            caseless.append(body)
        else:
            if any(k in s for k in caseless) or any(k in s for k in cased):
                continue
            cased.append(s)
        kept.append(s)
        if len(kept) == limit:
            break
    return kept


def fixed(parsed: Any) -> bool:
    """Whether the pattern matches only a few fixed strings ("regards|sincerely"): its own check."""
    return _KNOWN and _exact_sequence(parsed.data) is not None


# marks a string to be found in any case (a character no pattern of drafter's holds)
CASELESS = "\x00"


# Letters by how often prose uses them, the most common first; the check pattern is fastest when
# each of its strings starts with a letter prose seldom uses (`re` skips to the next such letter).
_COMMON = " etaoinsrhldcu.,'-mfpgwybvkxjqz"
_KEEP = 4  # a string is cut no shorter than this


def _pivot(s: str) -> str:
    """The part of `s` from its least common letter on (any text holding `s` holds that part)."""
    mark, body = (CASELESS, s[1:]) if s.startswith(CASELESS) else ("", s)
    if len(body) <= _KEEP:
        return s
    rank = [_rarity(c.lower() if mark else c) for c in body[: len(body) - _KEEP + 1]]
    start = rank.index(max(rank))
    return mark + body[start:]


def _rarity(c: str) -> int:
    where = _COMMON.find(c)
    return len(_COMMON) if where < 0 else where


def _caseless(s: str) -> str:
    return s if s.startswith(CASELESS) else CASELESS + s


def _length(s: str) -> int:
    return len(s) - s.startswith(CASELESS)


def check_pattern(strings: Strings) -> str:
    """One pattern that finds any of `strings` (their trie, in sorted order: the same every run);
    the caseless ones in any case, as the pattern's case-insensitive parts match them. Each string
    is looked for from its least common letter on, which is as good a test and a faster one."""
    strings = frozenset(_fewest({_pivot(s) for s in strings}))
    cased = _trie_text(_trie(s for s in strings if not s.startswith(CASELESS)))
    caseless = _trie_text(_trie(s[1:] for s in strings if s.startswith(CASELESS)))
    if caseless:
        # `re` skips ahead to a letter that can start a match only in a case-sensitive pattern; in
        # any case it tries the whole trie at every character, unless a set of the first letters
        # (which each start already requires, in any case) rules most of them out at once: twice
        # as fast. Every character the first letter matches in any case, the set does too.
        firsts = "".join(sorted({re.escape(s[1]) for s in strings if s.startswith(CASELESS)}))
        caseless = f"(?i:(?=[{firsts}]){caseless})"
    return "|".join(p for p in (cased, caseless) if p)


def _trie(strings: Iterable[str]) -> dict[str, Any]:
    trie: dict[str, Any] = {}
    for s in sorted(strings):
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_text(node: dict[str, Any]) -> str:
    if "" in node or not node:  # a string ends here: whatever follows is enough
        return ""
    branches = [re.escape(ch) + _trie_text(node[ch]) for ch in sorted(node)]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters a `[...]` set matches, when it is a few plain ones."""
    out: set[str] = set()
    for op, value in items:
        if op is _LITERAL and value:
            out.add(chr(value))
        elif op is _RANGE and value[1] - value[0] <= 30:
            out.update(chr(c) for c in range(value[0], value[1] + 1))
        else:  # a class (\w), a negation, a wide range
            return None
    return out


def _exact(node: tuple[Any, Any]) -> set[str] | None:
    """Every string `node` can match, when they are few; else None."""
    op, value = node
    if op is _LITERAL:
        return {chr(value)} if value else None  # a NUL would read as the caseless mark
    if op is _IN:
        return _chars(value)
    if op is _SUBPATTERN:
        _group, add, remove, sub = value
        return None if add or remove else _exact_sequence(sub.data)
    if op is _BRANCH:
        out: set[str] = set()
        for alternative in value[1]:
            strings = _exact_sequence(alternative.data)
            if strings is None:
                return None
            out |= strings
            if len(out) > _MAX_SET:
                return None
        return out
    if op in _REPEATS[:2]:  # greedy or lazy, not possessive
        low, high, sub = value
        inner = _exact_sequence(sub.data)
        if inner is None or high > 2:
            return None
        out = set()
        for n in range(low, high + 1):
            out.update("".join(parts) for parts in itertools.product(inner, repeat=n))
            if len(out) > _MAX_SET:
                return None
        return out
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for _node, strings in _parts(items):
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > _MAX_SET:
            return None
    return out


def _parts(items: list[tuple[Any, Any]]) -> Iterator[tuple[tuple[Any, Any], set[str] | None]]:
    """Each node with its `_exact` strings; a run of plain characters as one node, one string (what
    they match in a row: the same answer as one step for each character, in far fewer steps)."""
    run: list[str] = []
    last = None
    for node in items:
        if node[0] is _LITERAL and node[1]:
            run.append(chr(node[1]))
            last = node
            continue
        if last is not None:
            yield last, {"".join(run)}
            run, last = [], None
        yield node, _exact(node)
    if last is not None:
        yield last, {"".join(run)}


# strings this long are rare enough in a letter: past it, fewer strings make the better check
_LONG_ENOUGH = 6


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more telling requirement: the longer shortest string (up to a point), then the fewer."""
    if a is None or b is None:
        return b if a is None else a
    return a if _rank(a) >= _rank(b) else b


def _rank(strings: set[str]) -> tuple[int, int]:
    return min(_LONG_ENOUGH, *map(_length, strings)), -len(strings)


def _required_node(node: tuple[Any, Any]) -> set[str] | None:
    op, value = node
    if op is _SUBPATTERN:
        _group, add, remove, sub = value
        if remove or add & ~_CASELESS:
            return None
        found = _required(sub.data)
        if found is not None and add & _CASELESS:  # "(?i:...)": its strings in any case
            found = {_caseless(s) for s in found}
        return found
    if op is _BRANCH:  # each alternative must supply one
        out: set[str] = set()
        for alternative in value[1]:
            strings = _required(alternative.data)
            if strings is None:
                return None
            out |= strings
        return out
    if op in _REPEATS:
        low, _high, sub = value
        return _required(sub.data) if low >= 1 else None
    if op is _ATOMIC:
        return _required(value.data)
    return None


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which a match of this sequence contains: the best of its runs of exact
    parts (a run's strings are what it matches, in a row) and of its other parts' own."""
    best: set[str] | None = None
    run: set[str] = {""}
    for node, strings in _parts(items):
        if strings is not None:
            grown = {a + b for a in run for b in strings}
            if len(grown) > len(run):  # the run so far is a requirement too, in fewer strings
                best = _better(best, _usable(run))
            if len(grown) > _MAX_SET:  # end the run here and start another with this part
                grown = set(strings)
            run = grown
            continue
        best = _better(best, _usable(run))
        run = {""}
        if node[0] not in _ZERO_WIDTH:  # a lookaround or an anchor ends a run and needs nothing
            best = _better(best, _required_node(node))
    return _better(best, _usable(run))


def _usable(run: set[str]) -> set[str] | None:
    return run if run and "" not in run else None
