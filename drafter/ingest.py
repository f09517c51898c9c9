"""Bytes or text in, a :class:`Message` out. (Minimal version; the parser issue extends it.)"""

from __future__ import annotations

import email
import email.policy
import re

from .errors import InputError
from .models import Message

MAX_BYTES = 2_000_000

_HEADER = re.compile(r"^(Subject|From|To|Reply-To|Date):[ \t]*(.*)$", re.IGNORECASE)


def read(data: bytes | str, filename: str | None = None) -> Message:
    """Read a letter from pasted text, a text/HTML file or a raw .eml message."""
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if len(raw) > MAX_BYTES:
        raise InputError(f"input is too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in raw[:8192]:
        raise InputError("input looks binary, not a letter")
    if filename and filename.lower().endswith(".eml"):
        return _read_eml(raw)
    text = raw.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if not text.strip():
        raise InputError("input is empty")
    return _read_text(text)


def _read_eml(raw: bytes) -> Message:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content() if part is not None else ""
    if not isinstance(body, str) or not body.strip():
        raise InputError("the message has no readable text")
    return Message(
        subject=str(msg["subject"] or "") or None,
        from_address=_addr(str(msg["from"] or "")),
        reply_to=_addr(str(msg["reply-to"] or "")),
        message_id=str(msg["message-id"] or "") or None,
        body=body,
        format="eml",
    )


def _addr(value: str) -> str | None:
    m = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
    return m.group(0) if m else None


def _read_text(text: str) -> Message:
    headers: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and (m := _HEADER.match(lines[0].strip())):
        headers[m.group(1).lower()] = m.group(2).strip()
        lines.pop(0)
    return Message(
        subject=headers.get("subject") or None,
        from_address=_addr(headers.get("from", "")),
        reply_to=_addr(headers.get("reply-to", "")),
        body="\n".join(lines).strip(),
    )
