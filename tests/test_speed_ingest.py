"""Work that reading a letter must not repeat (counted, never timed; see bench/parse_speed.py)."""

from __future__ import annotations

import email.headerregistry
from collections import Counter
from email.message import EmailMessage
from typing import Any

import pytest

from drafter.errors import InputError
from drafter.ingest import read

LETTER = (
    "Dear Ana,\n\nThank you for applying for the Data Analyst role at Corbel Insights. "
    "Unfortunately, we have decided to move forward with other candidates.\n\n"
    "Kind regards,\nLena Roth\nRecruiter\nCorbel Insights\n"
)


def multipart() -> bytes:
    msg = EmailMessage()
    msg["From"] = "=?utf-8?q?Lena_R=C3=B6th?= <lena@corbel.io>"
    msg["To"] = "Ana Silva <ana@example.org>"
    msg["Subject"] = "Your application"
    msg.set_content("See the HTML part.")
    msg.add_alternative(f"<p>{LETTER}</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf", filename="cv.pdf")
    return msg.as_bytes()


def _count_headers_built(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """Header objects built from here on, by (name, value): every one goes through BaseHeader."""
    built: Counter[tuple[str, str]] = Counter()
    real = email.headerregistry.BaseHeader.__new__

    def counting(cls: Any, name: str, value: str) -> Any:
        built[(name.lower(), value)] += 1
        return real(cls, name, value)

    monkeypatch.setattr(email.headerregistry.BaseHeader, "__new__", staticmethod(counting))
    return built


def test_an_eml_builds_each_header_object_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stdlib builds a header object on every `msg.get`; finding the body asked for the same
    Content-Type five times over, a sixth of drafter's time per letter."""
    data = multipart()
    built = _count_headers_built(monkeypatch)
    message = read(data, "x.eml")
    assert message.body.startswith("Dear Ana,")
    assert message.from_name == "Lena Röth"
    assert built, "the count saw no header being built"
    assert [key for key, n in built.items() if n > 1] == []


def test_header_objects_are_not_shared_between_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each message gets its own memo: reading the same bytes twice builds its headers twice."""
    data = multipart()
    built = _count_headers_built(monkeypatch)
    first = read(data, "x.eml")
    once = sum(built.values())
    second = read(data, "x.eml")
    assert first == second
    assert sum(built.values()) == 2 * once


def test_header_classes_are_made_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stdlib's registry makes a new class for every header it builds; drafter keeps them."""
    data = multipart()
    read(data, "x.eml")
    made: list[str] = []
    real = email.headerregistry.HeaderRegistry.__getitem__

    def counting(self: Any, name: str) -> Any:
        made.append(name)
        return real(self, name)

    monkeypatch.setattr(email.headerregistry.HeaderRegistry, "__getitem__", counting)
    built = _count_headers_built(monkeypatch)
    assert read(data, "x.eml").from_name == "Lena Röth"
    assert built, "the count saw no header being built"
    assert made == []


@pytest.mark.parametrize("allowed", ["\t", "\f", "\r", "\x1b"])
def test_binary_sniffing_counts_only_stray_control_bytes(allowed: str) -> None:
    """A letter may carry up to one stray control byte in fifty (tabs, form feeds, CRs and
    escapes do not count); one more and it reads as binary."""
    text = (LETTER * 8)[:1000]
    limit = len(text.encode()) // 50
    spaced = text.replace(" ", allowed, 200)
    assert "Corbel" in read(spaced.encode() + b"\x01" * limit).body
    with pytest.raises(InputError, match="binary"):
        read(spaced.encode() + b"\x01" * (limit + 2))
