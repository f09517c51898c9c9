"""Parsing: a :class:`~drafter.models.Message` in, a :class:`~drafter.models.RejectionLetter` out.

`letter` is the entry point and joins the answers of the others: `layout` cuts the letter at its
greeting and `signature` block; `judgements` reads the judgement fields with the phrase `lexicons`
and the decision `grammar`; `people`, `roles` (with `titles`), `requisition`, `fields` (with `org`
and the `not_company` words) and `reply_to` read who wrote, for which company and role, and where to
reply; `language` detects the language.
"""

from __future__ import annotations

from .letter import parse_message

__all__ = ["parse_message"]
