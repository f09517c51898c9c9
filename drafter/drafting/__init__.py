"""Drafting: a parsed letter and the user's profile in, a checked draft out.

`situations` picks the templates that fit the letter's facts, `offline` renders the offline draft
(email and networking note, through the sandbox in `jinja`) and `checklist` the reflection
checklist from them; `validate` checks any draft, from the offline backend or an LLM, against the
letter and the profile, and `claims` the stage and team it claims against what the letter says.
"""
