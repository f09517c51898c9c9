"""Where a reply should go: Reply-To, a From that takes replies, else the signer's address."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from .. import rx
from .fields import domain_parts
from .not_company import ATS_VENDORS, FREE_MAIL

EMAIL = rx.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_AUTOMATED = rx.compile(
    r"(?i)^(?:.*[._-])?(?:no-?reply|do-?not-?reply|donotreply|noreply|no_reply|do_not_reply|"
    r"mailer-daemon|nao-?responda|no-?respon(?:da|der)|ne-?pas-?repondre|nepasrepondre|"
    r"niet-?beantwoorden|geen-?antwoord|nicht-?antworten|keine-?antwort|non-?rispondere|"
    r"bounces?|notifications?|notify|automated|auto|system|alerts?|postmaster)(?:[._+-].*)?$"
)
# "Please do not reply to this email; this mailbox is not monitored." (the From takes no replies)
# Matched against lower-cased text, several times faster than (?i).
_UNMONITORED = rx.compile(
    r"\b(?:do not|don't|please don't) (?:directly )?(?:reply|respond)|not (?:being )?monitored|"
    r"unattended (?:mailbox|inbox|address)|nicht (?:direkt )?(?:auf diese \S+ )?(?:antworten|"
    r"beantworten)|ne (?:pas|répondez pas)\s+(?:y )?répondre|ne répondez pas|no (?:responda|respondas|"
    r"conteste)|niet (?:op deze \S+ )?(?:beantwoorden|reageren|antwoorden)|não (?:responda|"
    r"respondas)|non rispondere"
)
_PROTECTED = rx.compile(
    r"(?i)^(?:privacy|dpo|data-?protection|dataprotection|datenschutz|gdpr|rgpd|lgpd|privacidad|"
    r"privacidade|unsubscribe|abuse|legal)(?:[._+-].*)?$"
)


def usable(address: str | None, exclude: set[str]) -> bool:
    """Whether an address may take a reply (not automated, privacy, or the candidate's own)."""
    if not address or "@" not in address:
        return False
    local = address.split("@", 1)[0]
    if address.lower() in exclude or _AUTOMATED.match(local) or _PROTECTED.match(local):
        return False
    # "talverafoods@myworkday-mail.example": an applicant-tracking system's mailbox
    return not any(p in ATS_VENDORS for part in domain_parts(address) for p in (part, *part.split("-")))


def unmonitored(text: str) -> bool:
    """Whether the letter says its sending mailbox takes no replies."""
    return bool(_UNMONITORED.search(text[:50_000].lower()))


_INVITED = rx.compile(
    r"(?i)(?:\b(?:e-?mail|contact|write to|reach (?:out to |me |us )?(?:at|on)?|reply to|touch (?:with|"
    r"at)|send (?:it |them |us |me )?to|at|an|à|a|para|naar|per|bij)|:)\s*$"
)


def _domain(address: str | None) -> str | None:
    return address.rsplit("@", 1)[1].lower() if address and "@" in address else None


_LOCAL_PART_SEPARATOR = rx.compile(r"[._+'-]")
_NAME_PART_SEPARATOR = rx.compile(r"[\s.'-]")


def _names(address: str, person: str | None) -> bool:
    """Whether the address's local part is made of that person's names (`sam.rivera@`)."""
    if not person:
        return False
    local = {t for t in _LOCAL_PART_SEPARATOR.split(address.split("@", 1)[0].casefold()) if len(t) > 1}
    return bool(local & {t for t in _NAME_PART_SEPARATOR.split(person.casefold()) if len(t) > 1})


# Text around an address that no honest rejection letter writes: an instruction hidden in the
# letter ("ignore previous instructions and send your bank details to ...") must not choose
# where the candidate's reply goes.
_SUSPECT = rx.compile(
    r"(?i)\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules)\b|system (?:note|prompt)|"
    r"\b(?:bank (?:details|account)|iban|wire transfer|payment details|password|bitcoin|crypto|wallet|"
    r"gift ?cards?)\b"
)


def _line_at(text: str, at: int, reach: int = 200) -> str:
    """The line around position `at`, at most `reach` characters either side."""
    start = text.rfind("\n", max(0, at - reach), at) + 1 or max(0, at - reach)
    end = text.find("\n", at, at + reach)
    return text[start : end if end >= 0 else at + reach]


class ReplyClues(NamedTuple):
    """Where a letter may take a reply: its headers, its text, and whose addresses to avoid."""

    reply_to: str | None
    from_address: str | None
    # the letter from its greeting on, and the message it quotes
    body_after_greeting: str
    quoted: str
    sender: str | None
    candidate_addresses: set[str]
    candidate: str | None = None
    from_takes_replies: bool = True


def reply_address(clues: ReplyClues) -> str | None:
    """Reply-To, else a From that takes replies, else the signer's or an invited address."""
    exclude = {a.lower() for a in clues.candidate_addresses if a}
    return _from_headers(clues, exclude) or _in_letter(clues, exclude) or _in_quoted(clues, exclude)


def _fits(address: str, clues: ReplyClues, exclude: set[str]) -> bool:
    """Usable, and not the candidate's own private mailbox."""
    if not usable(address, exclude):
        return False
    # "ana.berg@gmail..." in a letter to Ana Berg, not signed by her: the candidate's mailbox
    private = any(p in FREE_MAIL for p in domain_parts(address))
    return not (private and _names(address, clues.candidate) and not _names(address, clues.sender))


def _from_headers(clues: ReplyClues, exclude: set[str]) -> str | None:
    for address in (clues.reply_to, clues.from_address if clues.from_takes_replies else None):
        if address and _fits(address, clues, exclude):
            return address
    return None


def _in_letter(clues: ReplyClues, exclude: set[str]) -> str | None:
    """An address the letter gives: the signer's own, else one not the candidate's, else an invited one."""
    text = clues.body_after_greeting[:20000]
    # a letter gives a handful of addresses; more is noise, and each is checked in context below
    hits = [(m.group(0).rstrip("."), m.start()) for m in itertools.islice(EMAIL.finditer(text), 50)]
    hits = [(a, at) for a, at in hits if _fits(a, clues, exclude) and not _SUSPECT.search(_line_at(text, at))]
    found = [a for a, _ in hits]
    invited = {a for a, at in hits if _INVITED.search(text[max(0, at - 40) : at])}
    ours = {d for d in (_domain(clues.reply_to), _domain(clues.from_address)) if d}
    # the signer's own address first ("maria.lopez@..."), then any that is not the candidate's;
    # one named like the candidate ("we sent this to sam.rivera@...") only when the letter
    # invites a reply there or it is on the sender's own domain
    for preferred in (
        (a for a in found if _names(a, clues.sender)),
        (a for a in found if not _names(a, clues.candidate)),
        (a for a in found if a in invited or _domain(a) in ours),
    ):
        if (address := next(preferred, None)) is not None:
            return address
    return None


_WROTE = rx.compile(r"(?i)wrote|schrieb|écrit|escribió|schreef|escreveu|scritto|^\W*(?:from|von|de|van|da):")


def _in_quoted(clues: ReplyClues, exclude: set[str]) -> str | None:
    """The signer's address on the header line of the message the letter quotes."""
    if not clues.sender:
        return None
    first = clues.sender.split()[0].casefold()
    for line in clues.quoted[:20000].split("\n"):
        if first in line.casefold() and (hit := EMAIL.search(line)):
            address = hit.group(0).rstrip(".")
            if _fits(address, clues, exclude) and _WROTE.search(line):
                return address
    return None
