"""Drafting: a parsed letter and the user's profile in, a checked draft out.

`situations` picks the templates that fit the letter's facts, `offline` renders the offline draft
(email, reflection checklist, networking note) from them, and `validate` checks any draft, from
the offline backend or an LLM, against the letter and the profile.
"""
