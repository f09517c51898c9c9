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

from .common import NEG, W
from .decision import CONDITIONAL, NOT_REJECTION, REJECTION, WEAK_REJECTION
from .reason import REASON
from .stage import STAGE
from .stance import FEEDBACK_ABOUT_US, FEEDBACK_DECLINED, FEEDBACK_OFFERED, FUTURE

__all__ = ["FEEDBACK_ABOUT_US", "NEG", "NOT_REJECTION_KINDS", "W", "compile_any", "pattern"]


def compile_any(fragments: list[str]) -> re.Pattern[str]:
    """One pattern matching any fragment at a word start, for LOWER-CASED text; `{W}` is a gap.

    Matching lower-cased text without re.IGNORECASE is several times faster in `re`.
    """
    # Only word starts (and apostrophes, for "'ve"/"n't") can open a match: `\b` alone also holds
    # at word ends, where every branch would be tried in vain. "\w+n't" is matched from its
    # apostrophe, not by re-reading every word from its start.
    body = "|".join(f"(?:{f.replace('{W}', W)})" for f in fragments).replace(r"\w+n't", r"(?<=n)'t")
    joined = r"\b(?=[\w'])(?:" + body + ")"
    if re.search(r"\\[A-Z]", joined):
        raise ValueError("lexicon fragments must not use upper-case escapes such as \\S or \\W")
    return re.compile(joined.lower())


# --- which language each fragment is in ------------------------------------------------------
# Specs read "en:3 de fr es nl pt it": three English fragments, then one per language in order;
# "*" marks a fragment mixing languages (always used). Compiling is the costly part of these
# patterns, so only the letter's language and English are compiled, on first use.
_REST = "de fr es nl pt it"
LEXICON: dict[str, tuple[list[str], str]] = {
    "rejection": (REJECTION, "en:30 de:5 fr:3 es:5 nl:4 pt:3 it:3"),
    "weak": (WEAK_REJECTION, "*"),
    "conditional": (CONDITIONAL, f"en:2 * {_REST}"),
    "invitation": (NOT_REJECTION["invitation"], f"en:2 {_REST}"),
    "offer": (NOT_REJECTION["offer"], f"en {_REST}"),
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
    "role_closed": (REASON["role_closed"], f"en:3 {_REST}"),
    "logistics": (REASON["logistics"], f"en {_REST}"),
    "experience": (REASON["experience"], f"en:6 {_REST}"),
    "position_filled": (REASON["position_filled"], f"en {_REST}"),
    "other_candidates": (REASON["other_candidates"], f"en:4 {_REST}"),
    "feedback_declined": (FEEDBACK_DECLINED, f"en:2 {_REST}"),
    "feedback_offered": (FEEDBACK_OFFERED, f"nl de fr es pt it en:3 {_REST}"),
    "future": (FUTURE, "en:6 de fr es:2 nl pt it"),
}
NOT_REJECTION_KINDS = ("invitation", "offer", "acknowledgement", "outreach", "alert", "consent")
_NEVER = re.compile(r"(?!)")


def _languages(spec: str) -> list[str]:
    tags: list[str] = []
    for part in spec.split():
        lang, _, count = part.partition(":")
        tags += [lang] * int(count or 1)
    return tags


@functools.cache
def pattern(category: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled fragments of one category in these languages (plus mixed ones)."""
    fragments, spec = LEXICON[category]
    tags = _languages(spec)
    if len(tags) != len(fragments):
        raise ValueError(f"lexicon {category!r}: {len(fragments)} fragments, {len(tags)} tags")
    chosen = [
        f for f, lang in zip(fragments, tags, strict=True) if lang in languages or lang == "*"
    ]
    return compile_any(chosen) if chosen else _NEVER
