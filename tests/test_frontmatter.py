"""Front matter: any values and any body survive a write and a read, and stay one line each."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from drafter.output import frontmatter

keys = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
values = st.one_of(st.none(), st.integers(), st.text())


@given(st.dictionaries(keys, values, max_size=8), st.text())
def test_round_trip(fields: dict[str, frontmatter.Value], body: str) -> None:
    text = frontmatter.render(fields, body)
    assert frontmatter.split(text) == (fields, body)
    head = text[: len(text) - len(body)]
    # one physical line per key, whatever the values hold
    assert head.count("\n") == len(fields) + 2
    for line in head.splitlines()[1:-1]:
        assert "\u2028" not in line and "\u2029" not in line and "\x85" not in line


@given(st.text())
def test_quoted_strings_are_json(value: str) -> None:
    assert json.loads(frontmatter.quote(value)) == value


def test_hand_edited_values_are_read_leniently() -> None:
    text = "---\nto: someone@example.org\nsubject: 'It''s fine'\ncount: 3\nnone: ~\n---\nbody"
    assert frontmatter.split(text) == (
        {"to": "someone@example.org", "subject": "It's fine", "count": 3, "none": None},
        "body",
    )


def test_not_front_matter() -> None:
    assert frontmatter.split("no fences here") is None
    assert frontmatter.split("---\nkey: value\nno closing fence") is None
    assert frontmatter.split("---\nnot a key line\n---\nbody") is None
