"""`--redact`: the candidate's contact details become tokens before a prompt leaves the machine.

Email addresses that are not the company's (the sender's and reply addresses, and others on their
domains) and phone numbers are replaced by `[EMAIL_1]`, `[PHONE_1]`, ... in everything sent; the
tokens are put back in the draft locally. Phone numbers are all redacted: whose they are cannot be
told reliably, and a reply never needs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..models import Draft

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")  # bounded: linear
_PHONE = re.compile(r"(?<![\w+-])\+?\(?\d[\d\s().-]{5,22}\d(?![\w-])")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TOKEN = re.compile(r"\[(?:EMAIL|PHONE)_\d+\]")
# Addresses of a company's hiring side, whatever the domain.
_HIRING = re.compile(
    r"^(?:jobs?|careers?|recruit\w*|talent\w*|hr|people|hiring|no-?reply|do-?not-?reply)[._+-]?",
    re.IGNORECASE,
)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].casefold()


class Redactor:
    """Replaces private strings with tokens and back."""

    def __init__(self, secrets: dict[str, str] | None = None) -> None:
        self.tokens: dict[str, str] = dict(secrets or {})  # token -> original

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def _token_for(self, value: str, kind: str) -> str:
        for token, original in self.tokens.items():
            if original.casefold() == value.casefold():
                return token
        token = f"[{kind}_{sum(t.startswith(f'[{kind}_') for t in self.tokens) + 1}]"
        self.tokens[token] = value
        return token

    def add(self, value: str, kind: str) -> None:
        if value.strip():
            self._token_for(value.strip(), kind)

    def redact(self, text: str) -> str:
        """`text` with every known private string replaced by its token (longest first)."""
        for token, original in sorted(self.tokens.items(), key=lambda kv: -len(kv[1])):
            text = re.sub(re.escape(original), token, text, flags=re.IGNORECASE)
        return text

    def restore(self, text: str) -> str:
        """`text` with the tokens put back."""
        return _TOKEN.sub(lambda m: self.tokens.get(m.group(0), m.group(0)), text)

    def restore_draft(self, draft: Draft) -> Draft:
        data = draft.model_dump()
        return Draft.model_validate(_map_strings(data, self.restore))


def _map_strings(value: object, fn: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    return value


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def build_redactor(
    texts: Iterable[str],
    *,
    private: Iterable[str | None] = (),
    company: Iterable[str | None] = (),
    company_name: str | None = None,
    keep: Iterable[str | None] = (),
) -> Redactor:
    """A redactor for the candidate's addresses and all phone numbers found in `texts`.

    `private` are the candidate's own addresses (e.g. the letter's To); `company` the sender's and
    reply addresses, which stay (the reply goes to them), as do others on their domains, on a
    domain naming the company, or hiring mailboxes (jobs@, careers@, ...); `keep` are strings
    never to touch (e.g. a requisition id that looks like a number).
    """
    redactor = Redactor()
    company_addrs = {a.casefold() for a in company if a}
    company_domains = {_domain(a) for a in company_addrs}
    company_words = [w for w in re.findall(r"\w+", (company_name or "").casefold()) if len(w) >= 4]

    def hiring_side(addr: str) -> bool:
        domain = _domain(addr)
        return (
            addr.casefold() in company_addrs
            or domain in company_domains
            or any(word in domain for word in company_words)
            or bool(_HIRING.match(addr))
        )

    kept = {k.casefold() for k in keep if k}
    for value in private:
        if value and value.casefold() not in company_addrs:
            redactor.add(value, "EMAIL" if "@" in value else "PHONE")
    for text in texts:
        for addr in _EMAIL.findall(text):
            if not hiring_side(addr):
                redactor.add(addr, "EMAIL")
        for match in _PHONE.finditer(text):
            number = match.group(0).strip(" .()-")
            if 7 <= _digits(number) <= 15 and not _DATE.match(number) and number.casefold() not in kept:
                redactor.add(number, "PHONE")
    return redactor
