"""Any input gives a RejectionLetter or a DrafterError, the same every time, and quickly."""

from __future__ import annotations

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
def test_letter_like_input_gives_a_letter_or_a_drafter_error(parts: list[str], filename: str | None) -> None:
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
    "long-wrote-line": "On " + "x" * 100_000 + " wrote:",
    "capitalised-words": "Thank you for applying at " + "Aaa Bbb " * 12_000,
    "accented": "É" * 100_000,
    "name-lists-and": "I met Ann and " * 7_000,
    "role-words": "the Senior Engineer position of the " * 3_000,
    "quoted-headers": "> From: x\n> Sent: y\n" * 4_000,
    "forward-markers": "---------- Forwarded message ---------\n" * 2_500,
    "original-markers": "-----Original Message-----\n" * 3_800,
    "underscore-rules": ("_" * 12 + "\n") * 7_600,
    "quoted-rules": ("> " + "_" * 12 + "\n") * 7_000,
    "alternating-quotes": "> a\nb\n" * 25_000,
    "short-lines": "a\n" * 50_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
@pytest.mark.parametrize("filename", [None, "x.html", "x.eml"])
def test_adversarial_input_gives_a_letter_or_a_drafter_error(name: str, filename: str | None) -> None:
    # how fast is measured in bench/adversarial.py, as a ratio to an ordinary letter
    assert _outcome(ADVERSARIAL[name], filename) == _outcome(ADVERSARIAL[name], filename)


HEADER_NAMES = st.sampled_from(["From", "To", "Subject", "Reply-To", "Date", "Message-ID"])
LEAF = st.builds(
    lambda headers, kind, charset, cte, body: (
        "\n".join(f"{name}: {value}" for name, value in headers)
        + f'\nContent-Type: {kind}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
        + "\n".join(body)
    ),
    st.lists(st.tuples(HEADER_NAMES, SNIPPETS | st.text(max_size=15)), max_size=5),
    st.sampled_from(["text/plain", "text/html", "application/pdf", "text/rtf"]),
    st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "x-bogus", "utf-16", ""]),
    st.sampled_from(["7bit", "8bit", "quoted-printable", "base64", "bogus"]),
    st.lists(SNIPPETS, max_size=20),
)
MIME = st.recursive(
    LEAF,
    lambda children: (
        st.builds(
            lambda kind, parts, closed: (
                f'Content-Type: {kind}; boundary="B{len(parts)}"\n\n'
                + "".join(f"--B{len(parts)}\n{part}\n" for part in parts)
                + (f"--B{len(parts)}--\n" if closed else "")
            ),
            st.sampled_from(["multipart/alternative", "multipart/mixed"]),
            st.lists(children, max_size=3),
            st.booleans(),
        )
        | st.builds(lambda inner: f"Content-Type: message/rfc822\n\n{inner}", children)
    ),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIME, st.sampled_from(["utf-8", "latin-1"]), st.sampled_from([None, "x.eml"]))
def test_any_mime_tree_gives_a_letter_or_a_drafter_error(message: str, encoding: str, filename: str | None) -> None:
    data = message.encode(encoding, "replace")
    assert _outcome(data, filename) == _outcome(data, filename)
