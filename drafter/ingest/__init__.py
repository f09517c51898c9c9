"""Ingest: bytes or text (pasted text, .txt/.md, .html, .eml) in, a :class:`~drafter.models.Message` out.

`reader` picks the format and builds the Message; `email` reads RFC 5322 mail, `html` turns HTML
into the text a reader sees, and `threads` keeps quoted history and footers apart from the letter.
"""

from __future__ import annotations

from .reader import MAX_BYTES, read

__all__ = ["MAX_BYTES", "read"]
