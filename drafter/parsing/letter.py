"""Message -> RejectionLetter with deterministic rules and per-language lexicons.

The orchestration: `layout` cuts the letter at its greeting and signature block; `judgements`
reads the judgement fields (rejection, kind, stage, reason, feedback, future) with the phrase
`lexicons` and the decision `grammar`; `people`, `roles`, `fields` and `reply_to` read who wrote,
to whom, for which company and role, and where a reply goes. This module joins their answers.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from .. import rx
from ..models import Message, RejectionLetter
from ..text import unwrap
from . import fields, judgements, layout, people, reply_to, roles, titles
from .language import detect_language
from .layout import Layout, dequote
from .requisition import requisition_id

_SHORT_REPLY = 400
# Letters are short; matching stops here so pasted novels stay fast.
_MAX_CHARS = 20_000


def parse_message(msg: Message) -> RejectionLetter:
    """The facts of one letter."""
    letter = _parse(msg)
    if not letter.is_rejection and msg.quoted and len(msg.body) < _SHORT_REPLY:
        # a short note ("see below, any advice?") above the quoted rejection it answers
        quoted = layout.quoted_message(msg)
        if quoted is not None:
            inner = _parse(quoted)
            if inner.is_rejection:
                return inner
    return letter


def _parse(msg: Message) -> RejectionLetter:
    body = msg.body[:_MAX_CHARS]
    lay = layout.read(body, msg.footer)
    language = detect_language(f"{msg.subject or ''}\n{body}")
    reading = judgements.read(lay.prose, msg.subject, language)
    is_rejection = judgements.is_rejection(reading)
    who = _people(msg, lay)
    prose_lines = unwrap(body)
    job = _job(msg, lay, who, prose_lines)
    sender = job.sender
    letter = RejectionLetter(
        is_rejection=is_rejection,
        language=language,
        company=job.company,
        role=job.role,
        requisition_id=requisition_id(msg.subject, prose_lines),
        candidate_name=who.candidate,
        sender_name=sender,
        sender_title=_title_without_company(lay.sig.title, job.company, lay.sig.company),
        reply_address=_reply_address(msg, lay, sender, who.candidate),
        subject=msg.subject,
        message_id=msg.message_id,
        interviewers=people.interviewers(
            f"{body}\n{dequote(msg.quoted)}", [sender, who.candidate, lay.greeted, job.company, msg.from_name]
        ),
    )
    letter.kind = "rejection" if is_rejection else judgements.kind(reading)
    if is_rejection:
        judgements.judge(letter, reading, lay.prose, msg.footer)
    return letter


class _People(NamedTuple):
    """Who wrote the letter and to whom."""

    # the signer, else the From display name when the signature is a team or missing
    sender: str | None
    # the From display name, when the signature names no one
    shown: str | None
    candidate: str | None


def _people(msg: Message, lay: Layout) -> _People:
    shown = None if lay.sig.name else people.display_person(msg.from_name)
    candidate = lay.greeted
    if candidate:
        candidate = people.fuller_name(candidate, [msg.to_name, *lay.above_greeting()[-8:]])
    return _People(lay.sig.name or shown, shown, candidate)


class _Job(NamedTuple):
    company: str | None
    role: str | None
    # the sender once the company is known: a From display name may be the company's
    sender: str | None


def _job(msg: Message, lay: Layout, who: _People, prose_lines: str) -> _Job:
    """The hiring company and the role, each read with the other in mind, and who signed."""
    sig = lay.sig
    headings = lay.headings()
    role = roles.role(msg.subject, prose_lines, headings=headings)
    clues = fields.Clues(
        body=prose_lines,
        subject=msg.subject,
        sig=sig,
        from_name=msg.from_name,
        # the sender's domain, else the domain of an address in the signature
        addresses=[msg.from_address, msg.reply_to, *reply_to.EMAIL.findall("\n".join(sig.lines))],
        role=role,
        people_names=[sig.name, who.candidate, lay.greeted],
        head=lay.head(),
        hosts=lay.hosts(),
        quoted=dequote(msg.quoted),
    )
    company = fields.company(clues)
    # "Stadtwerke Lindau <jobs@...>" names the organisation, not a person
    sender = None if who.shown and company and _overlaps(who.shown, company) else who.sender
    company = _company_as_written(sig.title, company)
    if role and company and _fold(role) == _fold(company):  # "apply for openings at Acme Health"
        role = roles.role(msg.subject, prose_lines, company_hint=company, headings=headings)
    return _Job(company, titles.without_company(role, company), sender)


def _reply_address(msg: Message, lay: Layout, sender: str | None, candidate: str | None) -> str | None:
    candidate_addresses = {a for a in (msg.to_address,) if a}
    candidate_addresses |= set(reply_to.EMAIL.findall("\n".join(lay.above_greeting())))
    clues = reply_to.ReplyClues(
        reply_to=msg.reply_to,
        from_address=msg.from_address,
        body_after_greeting=lay.letter_text,
        quoted=msg.quoted,
        sender=sender,
        candidate_addresses=candidate_addresses,
        candidate=candidate,
        from_takes_replies=not reply_to.unmonitored(f"{lay.body}\n{msg.footer}"),
    )
    return reply_to.reply_address(clues)


_LONG_WORD = rx.compile(r"\w{4,}")


def _overlaps(name: str, company: str) -> bool:
    tokens = {t.casefold() for t in _LONG_WORD.findall(company)}
    return any(t.casefold() in tokens for t in _LONG_WORD.findall(name))


def _title_without_company(title: str | None, company: str | None, signed: str | None = None) -> str | None:
    """'Talent Partner, Acme' -> 'Talent Partner' (but 'Senior Recruiter, Engineering' stays).

    `signed` is the firm the signature names, which for an agency is not the hiring company.
    """
    if not title or ", " not in title:
        return title
    head, tail = title.rsplit(", ", 1)
    if signed and tail == signed:
        return head
    key = _fold(company) if company else ""
    return head if key and _fold(fields.strip_legal(tail)).startswith(key) else title


def _company_as_written(title: str | None, company: str | None) -> str | None:
    """The signature's 'Clínicas Aurora' over 'Clinicasaurora' read from clinicasaurora.example."""
    if not title or not company or ", " not in title:
        return company
    tail = fields.strip_legal(title.rsplit(", ", 1)[1])
    return tail if _fold(tail) == _fold(company) else company


def _fold(text: str) -> str:
    """Case, accents, spaces and punctuation folded away: 'Clínicas Aurora' -> 'clinicasaurora'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))
