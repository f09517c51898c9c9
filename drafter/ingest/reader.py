"""Bytes or text in, a :class:`Message` out.

Accepts pasted text (with or without pasted `Subject:`/`From:` lines), `.txt`/`.md`, `.html`, and
RFC 5322 `.eml` bytes (also sniffed from stdin). Forwarded letters are unwrapped; quoted history
and legal/unsubscribe footers are kept apart from the letter's own text.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError
from ..models import Message
from ..text import clean, decode, looks_binary
from .chat import read_chat
from .email import Mail, address, looks_like_email, read_eml
from .pdf import looks_like_pdf
from .threads import split

MAX_BYTES = 2_000_000  # the letter's text: what drafter reads
# A whole mail message (.eml, one message of an mbox, a message on stdin), attachments included:
# only its text has to fit in MAX_BYTES. Mail servers refuse messages much past 25-35 MB.
MAX_MAIL_BYTES = 64_000_000

_TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_EML_SUFFIXES = (".eml", ".msg.eml", ".mbox")


def limit_for(filename: str | None) -> int:
    """The most bytes drafter reads for this file name: a mail message may carry attachments."""
    return MAX_MAIL_BYTES if (filename or "").lower().endswith(_EML_SUFFIXES) else MAX_BYTES


def read_file(path: Path, limit: int | None = None) -> bytes:
    """A letter file's bytes, checked before reading: a regular file of at most `limit` bytes
    (default: :func:`limit_for` its name).

    A FIFO, a device (`/dev/zero`), a socket or a folder, also behind a link, is refused without
    reading from it (opened non-blocking, judged by `fstat`), and at most `limit + 1` bytes are
    read, so a file that grows or lies about its size cannot take the memory.
    """
    limit = limit_for(path.name) if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a letter: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"is a folder, not a letter: {path}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file (a {_file_type(info.st_mode)}): {path}")
        if info.st_size > limit:
            raise InputError(f"{path} is too large ({info.st_size:,} bytes; the limit is {limit:,})")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(f"{path} is too large (more than {limit:,} bytes)")
    return data


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def read(data: bytes | str, filename: str | None = None) -> Message:
    """Read a letter from pasted text, a text/HTML file, a text-based PDF or a raw .eml message."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_MAIL_BYTES:
        raise InputError(f"input is too large ({len(raw):,} bytes; the limit is {MAX_MAIL_BYTES:,})")
    if not raw.strip():
        raise InputError("input is empty")
    kind = _kind(raw, filename)
    if kind == "pdf":
        from .pdf import pdf_text

        return _message(Mail(text=pdf_text(raw)), "text")
    if looks_binary(raw):
        raise InputError("input looks binary, not a letter")
    if kind != "eml" and len(raw) > MAX_BYTES:
        raise InputError(f"input is too large ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")
    if kind == "eml":
        mail = read_eml(raw)
        # attachments may be large; the text drafter reads must fit the limit
        if (size := len(mail.text.encode("utf-8", "surrogatepass"))) > MAX_BYTES:
            raise InputError(f"the message's text is too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    else:
        text = data if isinstance(data, str) else decode(raw)
        if kind == "html" or (kind == "sniff" and _html(text)):
            from .html import html_to_text

            mail = Mail(text=html_to_text(text), html=True)
        else:
            mail = Mail(text=text)
    return _message(mail, "eml" if kind == "eml" else "html" if mail.html else "text")


def _kind(raw: bytes, filename: str | None) -> str:
    name = (filename or "").lower()
    if name.endswith(".pdf") or looks_like_pdf(raw):
        return "pdf"
    if name.endswith(_EML_SUFFIXES):
        return "eml"
    if name.endswith(_HTML_SUFFIXES):
        return "html"
    if name.endswith(_TEXT_SUFFIXES):
        return "text"
    return "eml" if looks_like_email(raw) else "sniff"


def _html(text: str) -> bool:
    from .html import looks_like_html

    return looks_like_html(text)


def _message(mail: Mail, fmt: str) -> Message:
    text = clean(mail.text)
    if fmt != "eml" and (chat := read_chat(text)) is not None:
        text = chat.text
        mail = Mail(headers={**mail.headers, "from": chat.sender}, text=chat.text, html=mail.html)
    letter = split(text, mail.headers.get("subject"))
    # a forward's wrapper headers describe the forwarder (often the candidate), not the letter
    headers = {} if letter.forwarded else {k: clean(v) for k, v in mail.headers.items()}
    for key, value in letter.headers.items():
        headers.setdefault(key, value)
    if not letter.body.strip():
        raise InputError("the message has no readable text")
    replacement = letter.body.count("\ufffd")
    if replacement > 20 and replacement > len(letter.body) // 5:
        raise InputError("the text cannot be decoded (unknown or broken character set)")
    from_name, from_address = address(headers.get("from"))
    to_name, to_address = address(headers.get("to"))
    _, reply_to = address(headers.get("reply-to"))
    return Message(
        subject=_one_line(headers.get("subject")),
        from_name=from_name,
        from_address=from_address,
        reply_to=reply_to,
        to_name=to_name,
        to_address=to_address,
        date=_one_line(headers.get("date")),
        message_id=_one_line(headers.get("message-id")),
        references=_one_line(headers.get("references")),
        body=letter.body,
        quoted=letter.quoted,
        footer=letter.footer,
        format="eml" if fmt == "eml" else "html" if fmt == "html" else "text",
    )


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(clean(value).split())
    return value or None
