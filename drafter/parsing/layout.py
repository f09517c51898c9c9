"""Where the parts of a letter sit: greeting, signature block, headings, letterhead and footer
hosts, and the message it quotes."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import rx
from ..ingest.email import address
from ..ingest.threads import split
from ..models import Message
from ..text import flat
from . import people, signature
from .reply_to import EMAIL

# "On Tue, 3 Mar 2026 at 10:02, Lena Roth <lena@acme.io> wrote:" -> the quoted sender
_QUOTE_HEAD = rx.compile(
    r"(?:on|am|le|el|op|em|il)\b.{0,200}?,\s*([^,]{1,120}?)\s*(?:wrote|schrieb|a écrit|"
    r"escribió|schreef|escreveu|ha scritto)",
    re.IGNORECASE,
)
_GREETING_REST = rx.compile(r"[^,:;!]{0,60}?(?:[,:;!]| - | – )\s*(.{20,})")


class Layout(NamedTuple):
    """A letter's body cut at its greeting and its signature block."""

    body: str
    lines: list[str]
    greet_line: int  # -1 when the letter greets no one
    greeted: str | None
    sig: signature.Signature
    # the letter from its greeting on, and its sentences without the signature, on one line
    letter_text: str
    prose: str
    footer: str

    def above_greeting(self) -> list[str]:
        """The lines above the greeting (a pasted header, a letterhead, the candidate's address)."""
        return self.lines[: max(self.greet_line, 0)]

    def head(self) -> tuple[str, ...]:
        """The letterhead: the lines above the greeting, else the first three."""
        return tuple(self.lines[: self.greet_line]) if self.greet_line >= 0 else tuple(self.lines[:3])

    def headings(self) -> tuple[str, ...]:
        """Lines that may name the post: short lines under the greeting, labelled lines around it."""
        lines, greet_line = self.lines, self.greet_line
        # short lines just under the greeting may head the letter with the post's title
        under = tuple(
            ln.strip()
            for ln in lines[greet_line + 1 : greet_line + 4]
            if 3 <= len(ln.strip()) <= 80 and not ln.strip().endswith((".", ",", ":", "!", "?"))
        )
        found = (under if greet_line >= 0 else ()) + _labelled_lines(lines[max(greet_line - 3, 0) : max(greet_line, 0)])
        return found + _labelled_lines([*lines[-20:], *self.footer.split("\n")[:20]], _POST_LABEL)

    def hosts(self) -> tuple[str, ...]:
        """Domains in the letterhead and the footer: a web address, or a pasted header's address."""
        lines = [*self.lines[: max(self.greet_line, 3)], *self.lines[-15:], *self.footer.split("\n")[:15]]
        text = "\n".join(lines)
        return (*_HOST.findall(text), *(a.rsplit("@", 1)[1] for a in EMAIL.findall(text)))


def read(body: str, footer: str) -> Layout:
    """The greeting, the signature block and the letter between them."""
    greet_line, greeted = people.greeting(body)
    sig = signature.read(body)
    lines = body.split("\n")
    # "Hey Lucia - quick note since ..." opens the letter on the greeting line itself
    opening = [_after_greeting(lines[greet_line])] if greet_line >= 0 else []
    letter_text = "\n".join([*opening, *lines[greet_line + 1 :]])
    return Layout(body, lines, greet_line, greeted, sig, letter_text, _prose(letter_text, sig), footer)


def quoted_message(msg: Message) -> Message | None:
    lines = msg.quoted.split("\n")
    head = _QUOTE_HEAD.match(lines[0]) if lines else None
    text = dequote("\n".join(lines[1:] if head else lines))
    inner = split(text)
    if not inner.body.strip():
        return None
    name, addr = address(head.group(1)) if head else (None, None)
    # a message pasted under a note keeps its own headers ("De : Recrutement Acme <jobs@acme.fr>")
    pasted = inner.headers
    if pasted.get("from"):
        name, addr = address(pasted["from"])
    _, reply = address(pasted.get("reply-to"))
    return Message(
        subject=pasted.get("subject") or msg.subject,
        from_name=name,
        from_address=addr,
        reply_to=reply,
        to_name=msg.from_name,
        to_address=msg.from_address,
        body=inner.body,
        quoted=inner.quoted,
        footer=inner.footer,
        format=msg.format,
    )


def _after_greeting(line: str) -> str:
    m = _GREETING_REST.match(line.strip())
    return m.group(1) if m else ""


# a web address in the letterhead or the footer: "www.stadtwerke-elsterau.de"
_HOST = rx.compile(r"(?i)(?:\bhttps?://(?:www\.)?|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)")


# "Re: Store Supervisor – Bridge Street store" above the greeting; "Application: Graduate Risk
# Analyst (Leeds) | Requisition 1187" in an ATS footer
_RE_LINE = rx.compile(r"(?i)^\s*(?:re|subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ref)\s*:\s*(.{3,100})$")


_POST_LABEL = rx.compile(
    r"(?i)^\s*(?:application|position|role|job(?: title)?|vacancy|post|stelle|poste|puesto|vacature|"
    r"functie|posizione|vaga|cargo)\s*:\s*(.{3,100})$"
)


def _labelled_lines(lines: list[str], label: re.Pattern[str] = _RE_LINE) -> tuple[str, ...]:
    """The values of lines that label the post, read like a subject."""
    return tuple(
        m.group(0).strip() if label is _POST_LABEL else m.group(1).strip() for ln in lines if (m := label.match(ln))
    )[:2]


def _prose(text: str, sig: signature.Signature) -> str:
    """The letter's sentences: without the signature block, joined into one line."""
    if sig.lines:
        kept = text.split("\n")
        block = set(sig.lines)
        while kept and (not kept[-1].strip() or kept[-1].strip() in block):
            kept.pop()
        # a reply of one line ("Rejected") is the letter itself, not a signature with no letter above it
        if any(line.strip() for line in kept):
            # a postscript under the signature is the letter's own words: "P.S. Do apply again"
            after = text.split("\n")[len(kept) :]
            text = "\n".join([*kept, *(ln for ln in after if _POSTSCRIPT.match(ln) or _AFTERWORD.fullmatch(ln))])
    return flat(text)


_POSTSCRIPT = rx.compile(r"(?i)\s*(?:p\.?\s?)+s\b\.?")
# a sentence of the letter's own under the signature: "We encourage you to apply for other roles."
_AFTERWORD = rx.compile(r"\s*[A-ZÀ-Þ][^@|:\n]{30,300}[.!]\s*")
_QUOTE_MARKS = rx.compile(r"(?m)^(?:>[ \t]?)+")


def dequote(text: str) -> str:
    return _QUOTE_MARKS.sub("", text)
