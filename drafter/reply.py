"""Where a reply should go: Reply-To, a From that takes replies, else the signer's address."""

from __future__ import annotations

import re

from .fields import ATS_VENDORS, domain_parts

EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_AUTOMATED = re.compile(
    r"(?i)^(?:.*[._-])?(?:no-?reply|do-?not-?reply|donotreply|noreply|no_reply|do_not_reply|"
    r"mailer-daemon|"
    r"bounces?|notifications?|notify|automated|auto|system|alerts?|postmaster)(?:[._+-].*)?$"
)
_PROTECTED = re.compile(
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
    return not any(p in ATS_VENDORS for p in domain_parts(address))


def _names(address: str, person: str | None) -> bool:
    """Whether the address's local part is made of that person's names (`sam.rivera@`)."""
    if not person:
        return False
    local = {t for t in re.split(r"[._+'-]", address.split("@", 1)[0].casefold()) if len(t) > 1}
    return bool(local & {t for t in re.split(r"[\s.'-]", person.casefold()) if len(t) > 1})


def reply_address(
    reply_to: str | None,
    from_address: str | None,
    body_after_greeting: str,
    quoted: str,
    sender: str | None,
    candidate_addresses: set[str],
    candidate: str | None = None,
) -> str | None:
    """Reply-To, else a From that takes replies, else the signer's or an invited address."""
    exclude = {a.lower() for a in candidate_addresses if a}
    for address in (reply_to, from_address):
        if usable(address, exclude):
            return address
    found = [m.group(0).rstrip(".") for m in EMAIL.finditer(body_after_greeting[:20000])]
    found = [a for a in found if usable(a, exclude)]
    # the signer's own address first ("maria.lopez@..."), then one that is not the candidate's
    # ("we keep your details, sam.rivera@..."), then whatever the letter gives
    for preferred in (
        (a for a in found if _names(a, sender)),
        (a for a in found if not _names(a, candidate)),
        iter(found),
    ):
        if (address := next(preferred, None)) is not None:
            return address
    if sender:
        first = sender.split()[0].casefold()
        for line in quoted[:20000].split("\n"):
            if first in line.casefold() and (hit := EMAIL.search(line)):
                address = hit.group(0).rstrip(".")
                if usable(address, exclude) and re.search(
                    r"(?i)wrote|schrieb|écrit|escribió|schreef|escreveu|scritto|^\W*(?:from|von|"
                    r"de|van|da):",
                    line,
                ):
                    return address
    return None
