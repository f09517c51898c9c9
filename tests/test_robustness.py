"""Any input gives a RejectionLetter or a DrafterError, the same every time, and quickly."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import drafter
from drafter.errors import DrafterError
from drafter.models import RejectionLetter

FILENAMES = st.sampled_from([None, "x.eml", "x.txt", "x.html", "x.md"])
SNIPPETS = st.sampled_from(
    [
        "From: A <a@b.co>\n",
        "MIME-Version: 1.0\n",
        "Content-Type: text/html; charset=utf-8\n",
        "Content-Transfer-Encoding: base64\n",
        "Subject: Re: x\n",
        "\n",
        "Dear Ana,\n",
        "Unfortunately we decided to move forward with other candidates. ",
        "<p>",
        "</div>",
        "<div style='display:none'>",
        "> ",
        "On Mon, A wrote:\n",
        "-----Original Message-----\n",
        "Kind regards,\n",
        "Lena Roth\n",
        "=C3=BC",
        "\u200b",
        "\u202e",
        "@",
        "(m/w/d)",
        "Réf. ",
    ]
)


def _outcome(data: bytes | str, filename: str | None) -> object:
    try:
        letter = drafter.parse(data, filename=filename)
    except DrafterError as exc:
        return ("error", type(exc).__name__, str(exc))
    assert isinstance(letter, RejectionLetter)
    letter.model_dump_json()  # the CLI prints it: it must be encodable
    return letter.model_dump()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), FILENAMES)
def test_any_bytes_give_a_letter_or_a_drafter_error(data: bytes, filename: str | None) -> None:
    assert _outcome(data, filename) == _outcome(data, filename)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000), FILENAMES)
def test_any_text_gives_a_letter_or_a_drafter_error(text: str, filename: str | None) -> None:
    assert _outcome(text, filename) == _outcome(text, filename)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SNIPPETS | st.text(max_size=20), max_size=60), FILENAMES)
def test_letter_like_input_gives_a_letter_or_a_drafter_error(
    parts: list[str], filename: str | None
) -> None:
    text = "".join(parts)
    assert _outcome(text, filename) == _outcome(text.encode("utf-8", "surrogatepass"), filename)


ADVERSARIAL = {
    "spaces": "Dear Ana,\n" + " " * 100_000 + "x",
    "letters": "a" * 100_000,
    "at-signs": "@" * 100_000,
    "dots": "." * 100_000,
    "dear": "Dear " * 20_000,
    "on": "On " * 33_000,
    "on-wrote": "On x wrote " * 9_000,
    "capitals": "Aaa " * 25_000,
    "at-company": "At Acme " * 12_000,
    "emails": "a.b@c.d " * 12_000,
    "quote-marks": "> " * 50_000,
    "sign-offs": "Kind regards\n" * 8_000,
    "rejection-words": "Hi Ann, unfortunately we regret " * 3_000,
    "dashes": "-" * 100_000,
    "header-lines": "From: x\n" * 12_000,
    "tags": "<p>" * 30_000,
    "hidden-divs": "<div style='display:none'>" * 10_000,
    "position-of": "position of " * 9_000,
    "name-lists": "with A, B, C " * 8_000,
    "digits": "1" * 100_000,
    "ref-labels": "Ref " * 25_000,
    "signature": "Best,\n" + "Name Name\n" * 10_000,
    "parentheses": "(" * 100_000,
    "newlines-and-spaces": " \n" * 50_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
@pytest.mark.parametrize("filename", [None, "x.html", "x.eml"])
def test_adversarial_input_is_fast(name: str, filename: str | None) -> None:
    start = time.perf_counter()
    _outcome(ADVERSARIAL[name], filename)
    assert time.perf_counter() - start < 1.0
