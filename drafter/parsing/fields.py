"""The hiring organisation a letter is from (its people are in `people`, the job in `roles`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from .. import rx
from . import org
from .not_company import ATS_VENDORS, FREE_MAIL, NOT_COMPANY, ROLE_HEADS, ROLE_NOUNS, UNIT_WORDS
from .people import TEAM_WORDS, UPPER, is_person_name
from .signature import Signature

LEGAL_SUFFIX = rx.compile(
    r"(?:,?\s+(?:GmbH & Co\.? KG|GmbH|AG|KG|KGaA|e\.V\.?|SAS|S\.A\.S\.?|SARL|S\.A\.R\.L\.?|SA|S\.A\.?|"
    r"S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|BV|N\.V\.?|NV|S\.L\.?|SL|S\.L\.U\.?|Ltd\.?|Limited|Inc\.?|"
    r"LLC|L\.L\.C\.?|plc|PLC|Corporation|Incorporated|A/S|AS|ASA|AB|Oy|Oyj|SE|Lda\.?|Ltda\.?|"
    r"Pty\.? Ltd\.?|Pty|Pvt\.? Ltd\.?|Pvt\.?|Private Limited|S\.A\. de C\.V\.|SA de CV|Corp\.?|"
    r"N\.A\.|S\.C\.|Sp\. z o\.o\.))+\s*$"
)
_WORD = rf"[{UPPER}0-9](?:[\w'’&-]|\.(?=\w))*"
_NAME = (
    rf"{_WORD}(?: (?:{_WORD}|&|(?:of|and|for|de|du|des|der|und|la|le|"
    rf"del|y|e|di|van|den|von|et|the|da|dos)\b)){{0,7}}"
)
# Words after which a capitalised name is the employer; a "strong" cue alone is enough, a weak one
# ("with", "to", "en") needs a second mention or support from the signature, display name or domain.
_COMPANY_CUE = rx.compile(
    r"\b(?:(?P<strong>at|join|joining|bei(?: der| dem| den)?|chez|au sein (?:de la |du |de l'|d'|"
    r"de )|"
    r"de la société|bij|presso|interest in|dedication to|employment with|on behalf of|"
    r"(?:role|position|job|opportunity|career|vacancy|opening|internship) with|"
    r"(?:applying|application|applied) to|(?:Unternehmen|empresa|société|Firma|azienda|empresa)|"
    r"(?:portez|porté|portiez) à|intérêt pour|Interesse an(?: der| dem| den)?|formar parte de|"
    r"interés en|interesse in|interesse (?:na|no|pela|pelo|per|verso)|fazer parte d[ao]|"
    # "l'interesse dimostrato verso Brookfell", "el interés mostrado por", "interest shown in"
    r"(?:interest|interesse|interés|intérêt) (?:shown|dimostrato|mostrato|manifestato|mostrado|demostrado|"
    r"demonstrado|manifestado|manifesté|porté) (?:in|verso|per|nei confronti di|en|por|na|no|pela|pelo|à|pour)|"
    r"entrar (?:na|no|em)|far parte di|lavorare (?:presso|con|per)|"
    # "your interest in working for Carrowmore Veterinary Hospital"
    r"work(?:ing|ed)? for|travailler pour|trabajar (?:en|con|para)|trabalhar (?:na|no|com|para)|werken voor)|"
    r"(?P<weak>with|to|from|en|na|no|con|da|em|in der|im))"
    rf"\s+(?:the\s+|der\s+|die\s+|la\s+|el\s+|a\s+)?(?P<name>{_NAME})"
)
_TEAM_PHRASE = rx.compile(
    r"(?i)\b(?:early careers?|graduate (?:recruitment|recruiting|careers)|campus (?:recruiting|recruitment))\b"
)
_TRAILING_JUNK = rx.compile(r"(?:\s+(?:of|and|for|de|du|des|der|und|la|le|del|y|e|di|van|den|von|et|the|da|dos|&))+$")


def strip_legal(name: str) -> str:
    # "the Board of Trustees of Glenbervie Food Network" is the organisation's board, not its name
    return _GOVERNING.sub("", LEGAL_SUFFIX.sub("", name)).strip(" ,")


_GOVERNING = rx.compile(
    r"^(?:the )?(?:board of (?:trustees|directors|governors)|governing body) of (?:the )?(?=[A-Z])", re.I
)


_NOT_ALNUM = rx.compile(r"[^a-z0-9]")


def squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


_ENDING = rx.compile(r"(?:en|n|s|e)$")


def _stem(text: str) -> str:
    """A name without inflection endings: "den Stadtwerken Lindau" ~ "Stadtwerke Lindau"."""
    return "".join(_ENDING.sub("", squash(t)) for t in text.split())


def person_tokens_of(names: list[str | None]) -> set[str]:
    return {t.casefold() for n in names if n for t in n.split()}


def _names_a_person(name: str, person_tokens: set[str]) -> bool:
    """Whether every word of the name is a word of a person's name (the signer's, the candidate's)."""
    tokens = {t.casefold().strip(",.") for t in name.split()}
    return bool(tokens) and tokens <= person_tokens


def _valid_company(name: str, role: str | None) -> bool:
    tokens = name.split()
    if tokens[:1] == ["The"] and len(tokens) > 1:  # "The Lakeshore Ledger", capitalised mid-sentence
        tokens = tokens[1:]
    if not tokens or len(name) > 80 or tokens[0].lower() in NOT_COMPANY:
        return False
    if all(t.lower() in TEAM_WORDS for t in tokens) or tokens[-1].lower() in ROLE_NOUNS:
        return False
    if (tokens[0].lower() in ROLE_HEADS and len(tokens) > 1) or (len(tokens) == 1 and tokens[0].lower() in UNIT_WORDS):
        return False
    if any(squash(t) in ATS_VENDORS for t in tokens) or name.isdigit():
        return False
    return not (role and squash(name) == squash(role))


def domain_parts(address: str | None) -> list[str]:
    if not address or "@" not in address:
        return []
    return address.rsplit("@", 1)[1].lower().split(".")


def _domain_label(address: str | None) -> str | None:
    """The organisation part of a sender domain: `mail.example-labs.io` -> `example-labs`."""
    parts = domain_parts(address)
    if len(parts) < 2:
        return None
    parts = [p for p in parts[:-1] if p != "example"] + parts[-1:]  # "hollinsford.example.ac.uk"
    if len(parts) < 2:
        return None
    label = parts[-3] if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "gov", "ac", "gob") else parts[-2]
    pieces = [q for p in parts for q in p.split("-")]  # "greenhouse-mail.io"
    if label in FREE_MAIL or label in ATS_VENDORS or any(p in ATS_VENDORS for p in pieces):
        return None
    return label


_CLIENT = rx.compile(
    rf"\b(?i:(?:our|my) client|(?:unse?r(?:em|en)?|meine[mn]?) Kunden?|(?:notre|mon) client|"
    rf"(?:nuestro|mi) cliente|onze klant|(?:o )?nosso cliente|(?:il )?nostro cliente),?\s+"
    rf"(?:the\s+|die\s+|la\s+|el\s+|a\s+)?(?P<name>{_NAME})"
)


# An agency signs for itself but recruits for a client: "I've just heard back from Marlowe
# Engineering about your second interview" (the client named without the word "client")
_AGENCY = rx.compile(
    r"(?i:\b(?:recruitment|recruiting|recruiters|staffing|resourcing|search|headhunters?|executive|"
    r"personnel|personalberatung|personaldienstleist\w*|talent partners|reclutamiento|recrutement|"
    r"werving|recrutamento|seleção|selecção|consultores|consultants|uitzend\w*|intérim|interim|headhunting|"
    r"talentos)\b)"
)
_CLIENT_NEWS = rx.compile(
    rf"\b(?i:heard back from|(?:feedback|news|an update|word) from|spoken to|spoke to|spoke with)\s+"
    rf"(?P<name>{_NAME})"
)


def _client_named(body: str, sig: Signature, role: str | None, people_names: list[str | None]) -> str | None:
    m = _CLIENT_NEWS.search(body[:20000]) if sig.company and _AGENCY.search(sig.company) else None
    if not m:
        return None
    name = strip_legal(_TRAILING_JUNK.sub("", m.group("name").rstrip(".,")))
    if not _valid_company(name, role) or _names_a_person(name, person_tokens_of(people_names)):
        return None
    if len(name.split()) == 1 and is_person_name(name):  # "heard back from Sarah"
        return None
    return None if squash(name) in squash(sig.company or "") else name


def _bare(text: str, teamless: bool = True) -> str:
    """A name without its legal suffix or the team around it: "Recrutement Atelier Brisson"."""
    words = strip_legal(text).split()
    if not teamless:
        return " ".join(words)
    words = _TEAM_PHRASE.sub(" ", " ".join(words)).split()
    while words and words[0].casefold() in TEAM_WORDS:
        words.pop(0)
    while words and words[-1].casefold() in TEAM_WORDS:
        words.pop()
    return " ".join(words)


def _related(a: str, b: str) -> bool:
    fa, fb = org.fold(a), org.fold(b)
    return bool(fa and fb) and (fa in fb or fb in fa)


# a university's or a council's department signs the letter; the institution employs
_DEPARTMENT = rx.compile(
    r"(?i:school|department|dept\.?|faculty|division|office|directorate|service|institute|college|"
    r"fachbereich|abteilung|institut|lehrstuhl|referat|amt|département|faculté|direction|"
    r"departamento|facultad|servicio|dipartimento|facoltà|servizio|afdeling|faculteit|dienst|"
    r"faculdade|serviço)\b(?: (?:of|for|für|de|des|du|di|del|della|van|voor|do|da))?"
)


def _settle(best: str, score: float, written: org.Found | None, labels: list[str]) -> str:
    """The name the cues found, unless the domain, spelt out in the letter, says otherwise.

    "Nexia" in the text and "Nexia Talento" for nexiatalento.com.ar: the fuller spelling. "bei Weitem"
    read as a company once, with "Nordsee-Bote" signing for nordsee-bote.de: the signature.
    """
    if written is None:
        return best
    if _related(best, written.name):
        return written.name if len(written.name) >= len(best) else best
    supported = any(org.fold(best).startswith(lbl.replace("-", "")[:6]) for lbl in labels)
    if _DEPARTMENT.match(best) and not supported:  # "on behalf of the School of Biosciences"
        return written.name
    single = len(best.split()) == 1 and written.place <= 1  # "bei Weitem" against the signature
    return written.name if single and not supported and score <= 2 else best


class Clues(NamedTuple):
    """What a letter offers for naming its employer, from the most to the least trusted place."""

    body: str
    subject: str | None
    sig: Signature
    from_name: str | None
    # the sender's addresses, then any in the signature
    addresses: list[str | None]
    role: str | None
    # the people the letter names (signer, candidate), whose names are no company
    people_names: list[str | None]
    # the lines above the greeting, and the web hosts of the letterhead and footer
    head: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    quoted: str = ""


def company(clues: Clues) -> str | None:
    """The hiring organisation: body, signature, From display name, sender domain, by trust."""
    if client := _client(clues):
        return client
    labels = [lbl for a in [*clues.addresses, *(f"x@{h}" for h in clues.hosts)] if (lbl := _domain_label(a))]
    # the domain as the letter spells it: the signature's "St Aldhelm's College" for staldhelms.ac.uk
    sig, body = clues.sig, clues.body[:20000]
    places: list[Iterable[str]] = [sig.lines, [clues.from_name or ""], clues.head, [body, clues.quoted[:20000]]]
    written = org.spelt_out(labels, places, _bare)
    # a letterhead, which a paste may have turned into the From name ("FERNCLIFF HOME HEALTH")
    headed = org.letterhead(list(clues.head), body)
    if headed is None and clues.from_name and not any(clues.addresses):
        headed = org.letterhead([clues.from_name], body, alone=True)
    if headed is None:
        headed = _titled_letterhead(clues.head, body)
    person_tokens = {t.casefold() for n in clues.people_names if n for t in n.split()}
    scores, order = _cued_names(clues, person_tokens)
    _merge_into_longer(scores)
    if headed:
        _with_kept_form(scores, order, headed)
    _add_support(scores, clues, labels, headed)
    if sig.company:
        _as_signed(scores, order, sig.company)
    if written and _AGENCY.search(written.name):  # the agency that relays the decision
        written = None
    if scores:
        best = max(scores, key=lambda n: (scores[n], -order.index(n)))
        if scores[best] >= 2:
            return _settle(best, scores[best], written, labels)
    structural = _by_structure(clues, written=written, headed=headed, labels=labels, person_tokens=person_tokens)
    # an agency signing for a client it does not name: the employer is not known
    return None if structural and _AGENCY.search(structural) else structural


def _titled_letterhead(head: Iterable[str], body: str) -> str | None:
    """A title-case letterhead, unless it is a person's name the letter does not repeat, or a department."""
    name = org.titled_letterhead(list(head))
    if not name or all(t.lower() in TEAM_WORDS for t in name.split()):
        return None
    if is_person_name(name) and not re.search(rf"\b{re.escape(name)}\b", body):
        return None
    return name


def _client(clues: Clues) -> str | None:
    """The client an agency recruits for: "our client, Acme Fintech", "heard back from Acme"."""
    client = _CLIENT.search(clues.body[:20000])
    if client:
        name = strip_legal(_TRAILING_JUNK.sub("", client.group("name").rstrip(".,")))
        if _valid_company(name, clues.role) and not _names_a_person(name, person_tokens_of(clues.people_names)):
            return name
    return _client_named(clues.body, clues.sig, clues.role, clues.people_names)


_BRACKETED = rx.compile(r"\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)*\[([^\]]{2,60})\]", re.I)
_POSSESSIVE_TAIL = rx.compile(r"['’]s\b.*$")
_CONJUNCTION = rx.compile(r"\s+(?:and|und|et|y|e|en|ed)\s+")
_CAPITALISED_WORDS = rx.compile(rf"(?:[{UPPER}][\w'’&-]*\s*){{1,3}}")


def _cued_names(clues: Clues, person_tokens: set[str]) -> tuple[dict[str, float], list[str]]:
    """Names after a company cue ("at Acme", "bei der Stadt Lindau"), scored, in order of first mention."""
    scores: dict[str, float] = {}
    order: list[str] = []
    bracket = _BRACKETED.match(clues.subject or "")
    found = [(bracket.group(1), 1.0)] if bracket else []
    for source, weight in ((clues.body[:20000], 2.0), (clues.subject or "", 1.0)):
        found += [(m.group("name"), weight if m.group("strong") else weight / 2) for m in _COMPANY_CUE.finditer(source)]
    signed = strip_legal(clues.sig.company or "")
    letterhead = strip_legal(clues.head[0]) if clues.head else ""
    for raw, weight in found:
        # "Acme's London office"; "Lambrusca S.p.A." loses its form before its full stop
        name = _POSSESSIVE_TAIL.sub("", strip_legal(raw.strip()).rstrip(".,'’"))
        name = strip_legal(_TRAILING_JUNK.sub("", name))
        if not _valid_company(name, clues.role):
            # "your interest in Acme and the Data Analyst role": the name ends at the conjunction
            name = strip_legal(_CONJUNCTION.split(name)[0])
        # "da Serra Alimentos" read inside the signature's "Sabor da Serra Alimentos"
        inner = re.fullmatch(
            rf"((?:[{UPPER}][\w'’&-]* )+)(?:da|de|del|do|dos|das|di|della|van|von|du|des) {re.escape(name)}", signed
        )
        if inner:
            name = signed
        # "your interest in Brookside" under the letterhead "Brookside Primary School": the full name
        for full in (signed, letterhead):
            if full.startswith(f"{name} ") and _CAPITALISED_WORDS.fullmatch(full[len(name) + 1 :]):
                name = full
                break
        # "Dijkstra & Veen" may carry the signer's surname; only a bare person's name is no company
        if not _valid_company(name, clues.role) or _names_a_person(name, person_tokens):
            continue
        scores[name] = scores.get(name, 0.0) + weight
        if name not in order:
            order.append(name)
    return scores, order


def _merge_into_longer(scores: dict[str, float]) -> None:
    """ "the Acme family" supports "Acme Communications"."""
    for name in list(scores):
        longer = [n for n in scores if n != name and n.startswith(name + " ")]
        if longer:
            scores[longer[0]] += scores.pop(name)


def _with_kept_form(scores: dict[str, float], order: list[str], headed: str) -> None:
    """ "interest in Ashcombe & Reid" under "ASHCOMBE & REID LLP": the firm's whole name, "LLP" and all."""
    form = squash(org.kept_form(headed))
    for i, name in enumerate(order):
        if form and name in scores and squash(name) + form == squash(headed):
            scores[headed] = scores.pop(name)
            order[i] = headed


def _add_support(scores: dict[str, float], clues: Clues, labels: list[str], headed: str | None = None) -> None:
    """Names the signature, the sender's domain, the From display name or the letterhead also carry score higher."""
    # the signature's own short lines, not prose a loose sign-off pulled in
    sig_text = squash(" ".join(ln for ln in clues.sig.lines if len(ln.split()) <= 8))
    for name in scores:
        key = squash(name)
        if key and key in sig_text:
            scores[name] += 3
        if key and any(lbl.startswith(key[:6]) or key.startswith(lbl) for lbl in labels):
            scores[name] += 3
        if clues.from_name and key and key in squash(clues.from_name):
            scores[name] += 2
        if headed and key and key == squash(headed):
            scores[name] += 3


_COMMA = rx.compile(r",\s")


def _as_signed(scores: dict[str, float], order: list[str], signature_company: str) -> None:
    """The signature spells the name as the company writes it."""
    signed = strip_legal(signature_company)
    # "at Tallis" in the text, "Tallis Systems" in the signature (but not its ", Stavanger")
    fuller = strip_legal(_COMMA.split(signed)[0])
    for name in list(scores):
        if _stem(name) == _stem(signed):
            scores[signed] = scores.pop(name) + 3
            order.append(signed)
        elif fuller.startswith(name + " "):
            scores[fuller] = scores.get(fuller, 0.0) + scores.pop(name) + 3
            order.append(fuller)


_VIA = rx.compile(r"\s*(?:\(|\bvia\b).*$", re.IGNORECASE)


def _by_structure(
    clues: Clues,
    *,
    written: org.Found | None,
    headed: str | None,
    labels: list[str],
    person_tokens: set[str],
) -> str | None:
    """The organisation when no sentence names it: domain spelt out, letterhead, signature, From."""
    sig, from_name, role = clues.sig, clues.from_name, clues.role
    # a domain spelt out only somewhere in the prose (a PEC address's "PEC") yields to a letterhead
    by_prose = written is not None and written.place == 3 and written.tier >= 1
    if written and _valid_company(written.name, role) and not (by_prose and headed):
        return written.name
    if headed and _valid_company(headed, role) and not _names_a_person(headed, person_tokens):
        return headed
    if sig.company:
        name = strip_legal(sig.company) if LEGAL_SUFFIX.search(sig.company) else sig.company
        name = strip_legal(_COMMA.split(name)[0])
        if _valid_company(name, role):
            return name
    # "Acme Analytics via Greenhouse" names the company; "Jordan Pike via Lever" (who signed) does not
    cleaned = _VIA.sub("", from_name or "")
    unsure = cleaned == (from_name or "").strip() and is_person_name(cleaned)
    if cleaned and not unsure and not _names_a_person(cleaned, person_tokens):
        # "Kestrel Foods Early Careers", "Acme Graduate Recruitment": the team's words go whole
        cleaned = _TEAM_PHRASE.sub(" ", cleaned)
        kept = [t for t in cleaned.split() if t.lower().strip(",-|") not in TEAM_WORDS]
        name = strip_legal(" ".join(t for t in kept if t not in ("-", "|", "·")))
        if name and _valid_company(name, role):
            return name
    if labels:
        return labels[0].replace("-", " ").title()
    return None
