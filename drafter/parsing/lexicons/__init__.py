"""Keyword lexicons for the rule-based parser, per language (en de fr es nl pt it).

Each module holds lists of regex fragments for one kind of judgement; `pattern` compiles the
fragments of one category for the letter's language and English, on first use. Text is matched
lower-cased after `textutil.flat` (one line, single spaces, plain apostrophes). Fragments stay
bounded (no nested unbounded repeats) so that no input makes matching slow; `{W}` stands for a
gap of a few words.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator

from ... import rx
from .common import NEG, W
from .decision import CONDITIONAL, NOT_REJECTION, REJECTION, WEAK_REJECTION
from .families import FAMILIES
from .reason import REASON
from .stage import STAGE
from .stance import FEEDBACK_ABOUT_US, FEEDBACK_DECLINED, FEEDBACK_OFFERED, FUTURE

__all__ = [
    "FEEDBACK_ABOUT_US",
    "NEG",
    "NOT_REJECTION_KINDS",
    "Fragments",
    "W",
    "compile_any",
    "fragments",
    "pattern",
]


_UPPER_ESCAPE = rx.compile(r"\\[A-Z]")


def compile_any(fragments: list[str]) -> re.Pattern[str]:
    """One pattern matching any fragment at a word start, for LOWER-CASED text; `{W}` is a gap.

    Matching lower-cased text without re.IGNORECASE is several times faster in `re`.
    """
    # Only word starts (and apostrophes, for "'ve"/"n't") can open a match: `\b` alone also holds
    # at word ends, where every branch would be tried in vain. "\w+n't" is matched from its
    # apostrophe, not by re-reading every word from its start.
    body = "|".join(f"(?:{f.replace('{W}', W)})" for f in fragments).replace(r"\w+n't", r"(?<=n)'t")
    joined = r"\b(?=[\w'])(?:" + body + ")"
    if _UPPER_ESCAPE.search(joined):
        raise ValueError("lexicon fragments must not use upper-case escapes such as \\S or \\W")
    return rx.compile(joined.lower())


# --- which language each fragment is in ------------------------------------------------------
# Specs read "en:3 de fr es nl pt it": three English fragments, then one per language in order;
# "*" marks a fragment mixing languages (always used). Compiling is the costly part of these
# patterns, so only the letter's language and English are compiled, on first use.
_REST = "de fr es nl pt it"
LEXICON: dict[str, tuple[list[str], str]] = {
    "rejection": (REJECTION, "en:30 de:5 fr:3 es:5 nl:4 pt:3 it:3"),
    "weak": (WEAK_REJECTION, "*"),
    "conditional": (CONDITIONAL, f"en:2 * {_REST}"),
    "invitation": (NOT_REJECTION["invitation"], f"* en:2 {_REST}"),
    "offer": (NOT_REJECTION["offer"], f"* en {_REST}"),
    "acknowledgement": (NOT_REJECTION["acknowledgement"], f"en:2 {_REST}"),
    "outreach": (NOT_REJECTION["outreach"], f"en:2 {_REST}"),
    "alert": (NOT_REJECTION["alert"], "en *"),
    "consent": (NOT_REJECTION["consent"], "*"),
    "final": (STAGE["final"], f"en:2 {_REST}"),
    "screen": (STAGE["screen"], f"en:3 {_REST}"),
    "interview": (STAGE["interview"], f"en:2 {_REST}"),
    "conversation": (STAGE["conversation"], f"en {_REST}"),
    "prospective": (STAGE["prospective"], f"en {_REST}"),
    "application": (STAGE["application"], f"en:3 {_REST}"),
    "role_closed": ([*REASON["role_closed"], FAMILIES["role_closed"]], f"en:3 {_REST} * *"),
    "logistics": ([*REASON["logistics"], FAMILIES["logistics"]], f"en {_REST} *"),
    "experience": ([*REASON["experience"], FAMILIES["experience"]], f"en:6 {_REST} *"),
    "position_filled": (REASON["position_filled"], f"en {_REST}"),
    "other_candidates": (REASON["other_candidates"], f"en:4 {_REST}"),
    "feedback_declined": ([*FEEDBACK_DECLINED, FAMILIES["feedback_declined"]], f"en:2 {_REST} *"),
    "feedback_offered": ([*FEEDBACK_OFFERED, FAMILIES["feedback_offered"]], f"nl de fr es pt it en:3 {_REST} *"),
    "future": (FUTURE, "en:6 de fr es:2 nl pt it"),
}
NOT_REJECTION_KINDS = ("invitation", "offer", "acknowledgement", "outreach", "alert", "consent")
_NEVER = rx.compile(r"(?!)")
# matches through one category's fragments before compiling it whole (about one letter's worth)
_WARM_AFTER = 24


def _languages(spec: str) -> list[str]:
    tags: list[str] = []
    for part in spec.split():
        lang, _, count = part.partition(":")
        tags += [lang] * int(count or 1)
    return tags


def _chosen(category: str, languages: tuple[str, ...]) -> list[str]:
    fragments, spec = LEXICON[category]
    tags = _languages(spec)
    if len(tags) != len(fragments):
        raise ValueError(f"lexicon {category!r}: {len(fragments)} fragments, {len(tags)} tags")
    return [f for f, lang in zip(fragments, tags, strict=True) if lang in languages or lang == "*"]


@functools.cache
def pattern(category: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled fragments of one category in these languages (plus mixed ones)."""
    chosen = _chosen(category, languages)
    return compile_any(chosen) if chosen else _NEVER


class Fragments:
    """One category's fragments, each compiled when matching first reaches it.

    Most letters are settled by an early fragment ("regret to inform"), so the rest of a long
    category is never compiled; compiling, not matching, is what a single letter costs. A
    process that keeps matching (a batch) soon switches to the whole pattern, which matches
    faster than its fragments one by one.
    """

    def __init__(self, category: str, languages: tuple[str, ...], first: str) -> None:
        chosen = _chosen(category, languages)
        # the letter's own language first: a German letter is rarely settled by English phrases
        tags = _languages(LEXICON[category][1])
        own = {f for f, lang in zip(LEXICON[category][0], tags, strict=True) if lang == first}
        self._fragments = sorted(chosen, key=lambda f: f not in own)
        self._key = (category, languages)
        self._compiled: list[re.Pattern[str]] = []  # only ever appended to, under _lock
        self._lock = threading.Lock()
        self._uses = 0

    def patterns(self) -> Iterator[re.Pattern[str]]:
        """Each fragment's pattern, compiling as the caller goes."""
        for i, fragment in enumerate(self._fragments):
            if i >= len(self._compiled):
                # Fragments are shared (cached) across threads: check and append under one lock,
                # or two threads both append and every later index points at the wrong fragment.
                with self._lock:
                    if i == len(self._compiled):
                        self._compiled.append(compile_any([fragment]))
            yield self._compiled[i]

    def _warm(self) -> re.Pattern[str] | None:
        self._uses += 1
        return self.whole if self._uses > _WARM_AFTER else None

    def search(self, text: str) -> re.Match[str] | None:
        """A match of the first fragment that matches at all."""
        if (whole := self._warm()) is not None:
            return whole.search(text)
        for p in self.patterns():
            if m := p.search(text):
                return m
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every fragment's matches, fragment by fragment."""
        if (whole := self._warm()) is not None:
            yield from whole.finditer(text)
            return
        for p in self.patterns():
            yield from p.finditer(text)

    @property
    def whole(self) -> re.Pattern[str]:
        """All fragments as one pattern (for counting, substituting, or many short texts)."""
        return pattern(*self._key)


@functools.cache
def fragments(category: str, languages: tuple[str, ...], first: str) -> Fragments:
    """The lazily compiled fragments of one category for a letter in language `first`."""
    return Fragments(category, languages, first)
