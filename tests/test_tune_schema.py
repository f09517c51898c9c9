"""Schema checks for the real-letter sets in tests/tune and tests/check2 (letters plus labels).

These tests read the label files and the letters only; they never run the parser.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest

HERE = Path(__file__).parent
# folder under tests/ -> the letter that starts each stem (t001, k001, ...)
FOLDERS = {"tune": "t", "check2": "k"}

KEYS = [
    "source",
    "format",
    "is_rejection",
    "language",
    "company",
    "role",
    "requisition_id",
    "candidate_name",
    "sender_name",
    "sender_title",
    "reply_address",
    "stage",
    "reason",
    "feedback",
    "future",
    "notes",
]
STRING_OR_NULL = [
    "company",
    "role",
    "requisition_id",
    "candidate_name",
    "sender_name",
    "sender_title",
    "reply_address",
]
ENUMS = {
    "format": {"text", "eml"},
    "language": {"en", "de", "fr", "es", "nl", "pt", "it"},
    "stage": {"application", "screen", "interview", "final", "unknown"},
    "reason": {
        "other_candidates",
        "position_filled",
        "role_closed",
        "experience",
        "logistics",
        "not_stated",
    },
    "feedback": {"offered", "declined", "not_mentioned"},
    "future": {"invited", "not_mentioned"},
}
NON_REJECTION = {
    "stage": "unknown",
    "reason": "not_stated",
    "feedback": "not_mentioned",
    "future": "not_mentioned",
}
EXTENSION = {"text": ".txt", "eml": ".eml"}

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.IGNORECASE)
# Gender endings written into a title ("Técnico/a", "Operador(a)") are dropped from role labels.
GENDER_ENDING_RE = re.compile(r"(?<=\w)(?:\((?:a|e|in|innen)\)|/(?:a|e|in|innen))(?!\w)")

LABELS = [p for folder, prefix in FOLDERS.items() for p in sorted((HERE / folder).glob(f"{prefix}*.json"))]


def _ids() -> list[str]:
    return [f"{p.parent.name}-{p.stem}" for p in LABELS]


def _label(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _letter(label: Path) -> Path:
    stem = label.stem
    found = [p for p in label.parent.glob(f"{stem}.*") if p.suffix in (".txt", ".eml")]
    assert len(found) == 1, f"{stem}: expected exactly one letter file, found {found}"
    return found[0]


def _letter_text(path: Path) -> str:
    """Everything a reader of the letter sees: headers and every decoded text part."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    chunks = [f"{name}: {value}" for name, value in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            assert isinstance(part, EmailMessage)
            chunks.append(str(part.get_content()))
    return "\n".join(chunks)


@pytest.mark.parametrize(("folder", "prefix"), list(FOLDERS.items()))
def test_set_is_present_and_numbered_without_gaps(folder: str, prefix: str) -> None:
    ids = sorted(p.stem for p in (HERE / folder).glob(f"{prefix}*.json"))
    assert ids, f"tests/{folder} holds no label files"
    assert ids == [f"{prefix}{n:03d}" for n in range(1, len(ids) + 1)]
    letters = sorted(p.stem for p in (HERE / folder).iterdir() if p.suffix in (".txt", ".eml"))
    assert letters == ids, "every letter needs a label file and every label file a letter"


@pytest.mark.parametrize("path", LABELS, ids=_ids())
def test_label_keys_and_values(path: Path) -> None:
    data = _label(path)
    assert list(data) == KEYS
    for key, allowed in ENUMS.items():
        assert data[key] in allowed, f"{key}={data[key]!r}"
    assert isinstance(data["is_rejection"], bool)
    for key in STRING_OR_NULL:
        value = data[key]
        assert value is None or (isinstance(value, str) and value.strip() == value and value)
    assert isinstance(data["notes"], str) and data["notes"].strip()
    assert "\n" not in str(data["notes"])
    source = data["source"]
    assert isinstance(source, str) and re.match(r"https?://[^\s/]+", source)
    if not data["is_rejection"]:
        for key, value in NON_REJECTION.items():
            assert data[key] == value, f"non-rejection must carry {key}={value}"


@pytest.mark.parametrize("path", LABELS, ids=_ids())
def test_format_matches_letter_file(path: Path) -> None:
    data = _label(path)
    letter = _letter(path)
    assert letter.suffix == EXTENSION[str(data["format"])]
    if letter.suffix == ".txt":
        letter.read_text(encoding="utf-8")
    else:
        msg = email.message_from_bytes(letter.read_bytes(), policy=email.policy.default)
        assert msg["From"], "an .eml needs a From header"
        assert msg.get_body(("plain", "html")) is not None


@pytest.mark.parametrize("path", LABELS, ids=_ids())
def test_addresses_and_urls_are_fictional(path: Path) -> None:
    data = _label(path)
    reply = data["reply_address"]
    if reply is not None:
        assert isinstance(reply, str)
        match = EMAIL_RE.fullmatch(reply)
        assert match and match.group(1).lower().endswith(".example"), reply
    text = _letter_text(_letter(path))
    for domain in EMAIL_RE.findall(text):
        assert domain.lower().endswith(".example"), f"e-mail domain {domain}"
    for host in URL_RE.findall(text):
        assert host.lower().rstrip(".").endswith(".example"), f"URL host {host}"
    if reply is not None:
        assert str(reply).lower() in text.lower(), "reply_address must appear in the letter"


@pytest.mark.parametrize("path", LABELS, ids=_ids())
def test_string_labels_come_from_the_letter(path: Path) -> None:
    data = _label(path)
    text = " ".join(_letter_text(_letter(path)).split()).casefold()
    without_endings = GENDER_ENDING_RE.sub("", text)
    for key in ("role", "requisition_id", "sender_name", "sender_title"):
        value = data[key]
        if isinstance(value, str):
            wanted = " ".join(value.split()).casefold()
            assert wanted in text or wanted in without_endings, f"{key}={value!r} not in letter"
