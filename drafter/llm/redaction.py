"""`--redact`: the candidate's name and contact details become tokens before a prompt leaves the machine.

Whose an address is comes from the letter's structure, never from how its local part starts
("hristo.petrov@" is not "hr@"):

- the candidate's: the letter's To, the profile's address, and any address named like the
  candidate (`sam.rivera@`) that is not named like the signer;
- the hiring side's, which stay (the reply goes there): the reply address, addresses on the
  company's own domains (the reply address's, or one naming the company) and the addresses in
  the signer's signature block;
- anything else, and every address on a free-mail domain (gmail.com, ...) outside the signer's
  signature, is redacted: a private mailbox is the candidate's until the letter shows otherwise.

Phone numbers are all redacted (whose they are cannot be told reliably, and a reply never needs
them), found by this grammar (one linear pattern, tested by a table in tests/llm):

    phone     = [ "+" | "00" ] digit { [sep] [sep] [sep] digit }   7 to 15 digits in all
                [ [sep] [sep] extension [sep] [sep] digit{1,6} ]
    sep       = space | no-break or thin space | "-" | "‐" "‑" "‒" "–" "—" "−" | "." | "/" | "(" | ")"
    extension = "x" | "ext" ["."] | "extension" | "Durchwahl" | "DW" | "poste" | "int" ["."]

not inside a word or a code (`REQ-1234567`), and not a date (`12.03.2024`, `2024-03-12`).

The candidate's names (the profile's, and the one the letter greets) are hidden too, whole and
word by word ("Sam Rivera", "Sam", "Rivera"), as whole words only and as written or in capitals,
so "Sam" never touches "Samsung" and a candidate called Will leaves "we will" alone.
The tokens are put back in the draft locally.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..models import Draft

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")  # bounded: linear
_SEP = "[ \u00a0\u2009\u202f().\\-\u2010\u2011\u2012\u2013\u2014\u2212/]"
_PHONE = re.compile(
    rf"(?<![\w+\-\u2010-\u2014/.])(?:\+|00)?\(?\d(?:{_SEP}{{0,3}}\d){{6,16}}"
    rf"(?:{_SEP}{{0,2}}(?:x|ext\.?|extension|durchwahl|dw|poste|int\.?){_SEP}{{0,2}}\d{{1,6}})?(?![\w\-\u2010-\u2014])",
    re.IGNORECASE,
)
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TOKEN = re.compile(r"\[(?:EMAIL|PHONE|NAME)_\d+\]")
# "Mr. Morgan" hides "Morgan", never "Mr"
_TITLES = frozenset("mr mrs ms miss mx dr prof sir madam herr frau fr hr sr sra srta dhr mevr mme mlle sig".split())


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
            if token.startswith("[NAME_"):
                forms = "|".join(re.escape(form) for form in dict.fromkeys((original, original.upper())))
                text = re.sub(rf"(?<!\w)(?:{forms})(?!\w)", token, text)
            else:
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


def _names(address: str, person: str | None) -> bool:
    """Whether the address's local part is made of that person's names (`sam.rivera@`)."""
    if not person:
        return False
    local = {t for t in re.split(r"[._+'-]", address.partition("@")[0].casefold()) if len(t) > 1}
    return bool(local & {t for t in re.split(r"[\s.'-]", person.casefold()) if len(t) > 1})


def _name_forms(person: str | None) -> list[str]:
    """A person's name whole and each of its words, titles and initials left out."""
    words = [w for w in (person or "").split() if len(w.strip(".")) > 1 and w.strip(".").casefold() not in _TITLES]
    if not words:
        return []
    return list(dict.fromkeys([" ".join(words), *words]))


def phone_numbers(text: str) -> list[str]:
    """The phone numbers in `text`, by the grammar in this module's docstring."""
    found = []
    for match in _PHONE.finditer(text):
        number = match.group(0).strip(" .()-/\u00a0")
        main = re.split(r"(?i)\s*(?:x|ext|extension|durchwahl|dw|poste|int)\b", number)[0]
        if 7 <= _digits(main) <= 15 and not _DATE.match(number):
            found.append(number)
    return found


def build_redactor(
    texts: Iterable[str],
    *,
    private: Iterable[str | None] = (),
    company: Iterable[str | None] = (),
    company_name: str | None = None,
    keep: Iterable[str | None] = (),
    candidate: str | None = None,
    signer: str | None = None,
    signature: str = "",
    names: Iterable[str | None] = (),
) -> Redactor:
    """A redactor for the candidate's addresses and all phone numbers found in `texts`.

    `private` are the candidate's own addresses (the letter's To, the profile's); `company` the
    reply addresses, which stay; `candidate` and `signer` the two people's names; `signature`
    the signer's signature block; `keep` strings never to touch (a requisition id that looks
    like a number); `names` the candidate's own names, hidden too. See the module docstring for
    whose address is whose.
    """
    from ..parsing.fields import domain_parts
    from ..parsing.not_company import FREE_MAIL

    redactor = Redactor()
    company_addrs = {a.casefold() for a in company if a}

    def free(addr: str) -> bool:
        return any(part in FREE_MAIL for part in domain_parts(addr))

    company_domains = {_domain(a) for a in company_addrs if not free(a)}
    signed = {a.casefold() for a in _EMAIL.findall(signature)}
    company_domains |= {_domain(a) for a in signed if not free(a)}
    company_words = [w for w in re.findall(r"\w+", (company_name or "").casefold()) if len(w) >= 4]
    own = {v.casefold() for v in private if v}

    def hiring_side(addr: str) -> bool:
        folded = addr.casefold()
        if folded in own or (_names(addr, candidate) and not _names(addr, signer)):
            return False
        if folded in company_addrs or folded in signed:
            return True
        if free(addr):
            return False
        domain = _domain(addr)
        return domain in company_domains or any(word in domain for word in company_words)

    kept = {k.casefold() for k in keep if k}
    for person in names:
        for name in _name_forms(person):
            redactor.add(name, "NAME")
    for value in private:
        if value and value.casefold() not in company_addrs:
            redactor.add(value, "EMAIL" if "@" in value else "PHONE")
    for text in texts:
        for addr in _EMAIL.findall(text):
            if not hiring_side(addr):
                redactor.add(addr, "EMAIL")
        for number in phone_numbers(text):
            if number.casefold() not in kept:
                redactor.add(number, "PHONE")
    return redactor
