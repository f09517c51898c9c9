"""RFC 5322 bytes -> headers and the text a person would read (stdlib `email`, policy.default)."""

from __future__ import annotations

import email
import email.header
import email.message
import email.utils
import re
from dataclasses import dataclass, field
from typing import Any

from .. import rx
from ..errors import InputError
from ..text import decode

HEADERS = ("subject", "from", "to", "reply-to", "date", "message-id", "references")
# A forward-as-attachment: the wrapper's own text is a short note at most.
_WRAPPER_NOTE_CHARS = 600
# A plain part shorter than this may be a stub for the HTML part.
_STUB_CHARS = 200
_FIELD = rx.compile(rb"^[!-9;-~]+:")
_MACHINE_FIELDS = rx.compile(
    rb"^(?:mime-version|content-type|content-transfer-encoding|message-id|received|return-path|"
    rb"dkim-signature|delivered-to|x-[!-9;-~]+|authentication-results|in-reply-to|references|"
    rb"auto-submitted|thread-index|arc-[a-z-]+|list-unsubscribe):",
    re.IGNORECASE,
)
# "see attached", in the seven languages drafter reads
_ATTACHED = rx.compile(
    r"attach|enclos|anhang|angeh[äa]ngt|beigef[üu]gt|anlage|pi[èe]ce[s]? jointe|ci-joint|adjunt|anexo|"
    r"bijlage|bijgevoegd|allegat",
    re.IGNORECASE,
)
_MAILTO = rx.compile(r"\[mailto:([^\]]+)\]")  # Outlook's "Name [mailto:x@y.z]"
_ADDRESS = rx.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_BRACKETS = rx.compile(r"[<>\[\]()]")
_LAST_FIRST = rx.compile(r"[^\W\d_][\w'-]*, [^\W\d_][\w'-]*")


@dataclass
class Mail:
    headers: dict[str, str] = field(default_factory=dict)
    text: str = ""
    html: bool = False


def looks_like_email(data: bytes) -> bool:
    """Whether bytes start with an RFC 5322 header block (not a paste with a few header lines)."""
    lines = data[:16384].replace(b"\r\n", b"\n").split(b"\n")[:200]
    if lines and lines[0].startswith(b"From "):  # mbox separator line
        lines = lines[1:]
    fields = machine = 0
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and fields:
            continue
        if not _FIELD.match(line):
            return False
        fields += 1
        machine += bool(_MACHINE_FIELDS.match(line))
    else:
        return False
    return fields >= 2 and machine >= 1


def read_eml(raw: bytes) -> Mail:
    """Headers and readable text of a message; a message attached to a bare wrapper wins."""
    try:
        import email.policy  # its header classes cost ~2 ms to import: only for .eml input

        # one memo per message: it is dropped with the message, so no run reuses another's work
        policy = email.policy.default.clone(header_factory=_HeaderMemo())
        msg = email.message_from_bytes(raw, policy=policy)
    except Exception as exc:  # the parser is lenient, but a defect can still escape it
        raise InputError(f"cannot read the message: {type(exc).__name__}") from None
    return _read_message(msg, depth=0)


# header name in lower case -> the class policy.default's header registry makes for it
_HEADER_CLASSES: dict[str, Any] = {}


class _HeaderMemo:
    """policy.default's header factory, building each header of one message once.

    The stdlib builds a new header object (and a new class for it) on every `msg.get(...)`:
    parsing a message and finding its body asks for the same Content-Type about five times, and
    that was a sixth of the time drafter takes to read and parse a letter. Header objects are
    immutable, so handing back the one already built for the same name and value changes nothing.
    The class the registry makes for a header name (`type(...)` on every call, a quarter of the
    cost of building a header) is the same every time, so it is made once per process.
    """

    def __init__(self) -> None:
        self._made: dict[tuple[str, str], Any] = {}

    def __call__(self, name: str, value: str) -> Any:
        key = (name, value)
        header = self._made.get(key)
        if header is None:
            cls = _HEADER_CLASSES.get(name.lower())
            if cls is None:
                # what policy.default's HeaderRegistry does on each call: registry[name](name, value)
                cls = _HEADER_CLASSES[name.lower()] = self[name]
            header = self._made[key] = cls(name, value)
        return header

    def __getitem__(self, name: str) -> Any:  # the policy asks this for a header's max count
        import email.policy

        return email.policy.default.header_factory[name]  # type: ignore[index]


def _read_message(msg: email.message.Message, depth: int) -> Mail:
    mail = Mail(headers={name: value for name in HEADERS if (value := _header(msg, name))})
    mail.text, mail.html = _body_text(msg)
    if _points_to_attachment(mail.text):
        try:
            attached = _pdf_attachment(msg)
        except InputError:  # a scan or a damaged file: the note is all there is to read
            if not mail.text.strip():
                raise
            attached = None
        if attached is not None:
            mail.text, mail.html = attached, False
    inner = _attached_message(msg) if depth < 3 else None
    if inner is not None and len(mail.text.strip()) < _WRAPPER_NOTE_CHARS:
        forwarded = _read_message(inner, depth + 1)
        if forwarded.text.strip():
            return forwarded
    return mail


def _header(msg: email.message.Message, name: str) -> str | None:
    # Raw value + RFC 2047 decoding: the policy's structured header parsing costs more than the
    # rest of ingest and is not needed for display names and addresses.
    raw = next((v for k, v in _raw_items(msg) if k.lower() == name), None)
    if raw is None:
        return None
    try:
        # raw 8-bit header bytes arrive surrogate-escaped: decode them like a body
        raw = decode(raw.encode("utf-8", "surrogateescape"))
    except UnicodeError:
        raw = raw.encode("utf-8", "replace").decode("utf-8")
    try:
        text = str(email.header.make_header(email.header.decode_header(raw)))
    except Exception:  # a malformed encoded word: keep the raw text
        text = raw
    text = " ".join(text.split())
    return text or None


def _raw_items(msg: email.message.Message) -> list[tuple[str, str]]:
    try:
        return [(str(k), str(v)) for k, v in msg.raw_items()]
    except Exception:
        return []


def _parts(msg: email.message.Message) -> list[email.message.Message]:
    try:
        return list(msg.walk())
    except Exception:
        return [msg]


def _is_attachment(part: email.message.Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return False


def _body_text(msg: email.message.Message) -> tuple[str, bool]:
    """The plain part, else the HTML part converted; attachments and nested messages aside."""
    tried: list[email.message.Message] = []
    for kind in ("plain", "html"):
        part = _get_body(msg, kind)
        if part is not None:
            tried.append(part)
            found = _readable(part)
            if found is not None:
                if kind == "plain" and len(found[0].strip()) < _STUB_CHARS:
                    return _richer_html(msg, found)
                return found
    for part in sorted(_parts(msg), key=lambda p: p.get_content_subtype() != "plain"):
        if part.get_content_maintype() == "text" and not _is_attachment(part) and part not in tried:
            found = _readable(part)
            if found is not None:
                return found
    return "", False


def _richer_html(msg: email.message.Message, plain: tuple[str, bool]) -> tuple[str, bool]:
    """A stub plain part ("view this email in your browser") loses to a real HTML letter."""
    part = _get_body(msg, "html")
    html = _readable(part) if part is not None else None
    if html is not None and len(html[0].strip()) > 3 * len(plain[0].strip()):
        return html
    return plain


def _get_body(msg: email.message.Message, kind: str) -> email.message.Message | None:
    if not isinstance(msg, email.message.EmailMessage):
        return None
    try:
        return msg.get_body(preferencelist=(kind,))
    except Exception:
        return None


def _readable(part: email.message.Message) -> tuple[str, bool] | None:
    text = _part_text(part)
    if not text.strip():
        return None
    subtype = part.get_content_subtype()
    if subtype == "html" or (subtype != "plain" and text.lstrip().startswith("<")):
        from .html import html_to_text

        converted = html_to_text(text)
        return (converted, True) if converted.strip() else None
    return text, False


def _part_text(part: email.message.Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        if not isinstance(raw, str):
            return ""
        payload = raw.encode("utf-8", "surrogateescape")
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    return decode(payload, charset)


def _points_to_attachment(text: str) -> bool:
    """An empty body, or a note too short to be the letter that says it is attached ("see attached").

    A body that is a letter itself and mentions a copy attached "for your records" keeps its text.
    """
    stripped = text.strip()
    return not stripped or (len(stripped) < _STUB_CHARS and bool(_ATTACHED.search(stripped)))


def _pdf_attachment(msg: email.message.Message) -> str | None:
    """The text of the message's first PDF attachment, or None if it has none."""
    for part in _parts(msg)[1:]:
        try:
            is_pdf = part.get_content_type() == "application/pdf" or (part.get_filename() or "").lower().endswith(
                ".pdf"
            )
            payload = part.get_payload(decode=True) if is_pdf else None
        except Exception:
            continue
        if isinstance(payload, bytes) and payload:
            from .pdf import pdf_text

            return pdf_text(payload)
    return None


def _attached_message(msg: email.message.Message) -> email.message.Message | None:
    for part in _parts(msg)[1:]:
        if part.get_content_type() != "message/rfc822":
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], email.message.Message):
            return payload[0]
    return None


def address(value: str | None) -> tuple[str | None, str | None]:
    """(display name, address) from a header value such as `"Ortiz, Daniela" <d@x.io>`."""
    if not value:
        return None, None
    value = _MAILTO.sub(r"<\1>", value)
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:
        pairs = []
    for name, addr in pairs:
        if "@" in addr:
            return _display_name(name), addr.strip("<>").strip() or None
    found = _ADDRESS.search(value)
    name = value[: found.start()] if found else value
    return _display_name(_BRACKETS.sub(" ", name)), found.group(0) if found else None


def _display_name(name: str) -> str | None:
    name = " ".join(name.strip().strip("\"'").split())
    if "@" in name:
        return None
    # Outlook writes "Last, First"
    if _LAST_FIRST.fullmatch(name):
        last, first = name.split(", ")
        name = f"{first} {last}"
    return name or None
