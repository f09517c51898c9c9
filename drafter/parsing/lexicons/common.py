"""Shared pieces of the lexicon fragments."""

from __future__ import annotations

# `W` is a bounded gap of a few words inside a phrase.
W = r"(?:[^\s.!?;]+ ){0,4}"
NEG = r"(?:not|\w+n't|never|no|nicht|kein\w*|pas|ne|no|niet|geen|não|nao|non)"
