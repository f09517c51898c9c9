"""The signature block at a letter's end: who signed it, their title and their organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import rx
from ..text import wordset
from .people import CONTACT, ELIDED, TEAM_WORDS, is_person_name, is_title_word, strip_honorifics

SIGN_OFF = rx.compile(
    r"(?:(?:with )?(?:kind|best|warm|warmest|kindest|many|sincere|all the) (?:regards|wishes|best)|"
    r"regards|best|all the best|sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|"
    r"thanks(?: again| so much| a lot)?|thank you(?: again)?|many thanks|cheers|respectfully|"
    r"cordially|"
    r"warmly|take care|best wishes|with gratitude|gratefully|all my best|(?:talk|speak|chat) soon|be well|"
    r"(?:wishing you|with) (?:all )?the best|(?:mit )?(?:freundlichen|besten|herzlichen|vielen|"
    r"beste|liebe|"
    r"schöne|viele|freundliche|herzliche) grü(?:ß|ss)en?|mfg|gruß|(?:bien )?cordialement|"
    r"(?:sincères |meilleures )?salutations(?: distinguées)?|bien à vous|(?:un )?(?:cordial|"
    r"afectuoso) "
    r"saludo|saludos(?: cordiales)?|atentamente|un saludo|(?:met )?(?:vriendelijke|hartelijke) "
    r"groet(?:en)?|groet(?:en|jes)?|(?:com os )?(?:melhores )?cumprimentos|atenciosamente|abraços?|"
    r"(?:cordiali|distinti|cari|un cordiale|i migliori) salut[io]|un saluto|cordialmente|"
    r"bonne (?:continuation|journée|chance)|belle journée|bonne suite|suerte|boa sorte|"
    r"(?:un |um )?(?:fuerte |gran |grande |forte )?(?:abrazo|abraço)s?|un (?:caro|affettuoso) saluto|"
    r"cari saluti|a presto)"
    r"[ ,.!]*(.{0,60})",
    re.IGNORECASE,
)
# French letters close with a formula sentence rather than a short sign-off.
_FORMULA = rx.compile(r"agréer|salutations distinguées|l'expression de (?:nos|mes)", re.IGNORECASE)


_ON_BEHALF = rx.compile(r"^(?:i\.\s?A\.|i\.\s?V\.|ppa\.|pp\.|p\.p\.|p\.o\.)\s*", re.IGNORECASE)


@dataclass
class Signature:
    name: str | None = None
    title: str | None = None
    company: str | None = None
    team: bool = False
    lines: tuple[str, ...] = ()


_ENCLOSURE = rx.compile(
    r"(?i)(?:beilagen?|anlagen?|enclosures?|encl|enc|attachments?|pièces? jointes?|p\.? ?j|anexos?|adjuntos?|"
    r"bijlagen?|allegat[oi]|cc|bcc|kopie an|copie à|copia a)\b\.?\s*:"
)


def read(body: str) -> Signature:
    """The block after the sign-off (or the trailing short lines when there is none)."""
    lines = [ln.strip() for ln in body.split("\n")]
    block: list[str] = []
    inline_name = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 30), -1):
        line = lines[i][:200]
        m = SIGN_OFF.fullmatch(line)
        if (m and len(line) < 70) or (_FORMULA.search(line) and i >= len(lines) - 15):
            found = [ln for ln in lines[i + 1 :] if ln][:10]
            prose = [j for j, ln in enumerate(found) if len(ln.split()) > 12 and ln.endswith((".", "!", "?"))]
            if prose and prose[0] == 0:
                continue  # "Thanks for checking in, and sorry for the delay." opens a letter, prose follows
            found = found[: prose[0]] if prose else found  # a P.S. or a footer note after the signature
            tail = m.group(1).strip(" ,.-–—") if m else ""
            if tail and is_person_name(tail):
                inline_name = tail
            block = found
            break
    else:
        paragraph: list[str] = []
        for line in reversed(lines):
            if not line:
                if paragraph:
                    break
                continue
            paragraph.insert(0, line)
        # a "Name | Title | Company" line may be long
        short = [ln for ln in paragraph if len(ln) < 70 or (" | " in ln and len(ln) < 140)]
        block = [ln for ln in short if not ln.endswith((".", "!", "?", ":"))]
        if len(block) > 6:
            block = []
    # "Beilage: Bewerbungsunterlagen", "Encl.: CV", "cc: HR" under the signature belong to the letter
    block = [ln for ln in block if not _ENCLOSURE.match(ln) and not _DELEGATION.match(ln)]
    block = [ln.rstrip(",") for ln in block]
    sig = _read_block(block)
    if inline_name and not sig.name:
        sig.name = inline_name
    return sig


# German and Dutch titles are compounds: "Personalleiterin", "Hoofdrecruiter".


def _is_title(text: str) -> bool:
    low = [w.lower().strip(",.") for w in text.replace("/", " ").split()]
    return 0 < len(low) <= 9 and any(is_title_word(w) for w in low) and not CONTACT.search(text)


def _is_team(text: str) -> bool:
    # "Recruiting-Team", "L'équipe RH", German compounds "Personalteam", "Ausbildungsteam"
    low = [p for w in text.split() for p in ELIDED.sub("", w.lower().strip(",.")).split("-")]
    return bool(low) and any(w in TEAM_WORDS or (len(w) > 6 and w.endswith(("team", "abteilung"))) for w in low)


# "Ihr Recruiting-Team der Stadtwerke Lindau", "The Talent Team at Acme", "L'équipe RH de X"
_TEAM_OF = rx.compile(
    r"\b(?:team|teams|équipe|equipo|equipa|afdeling|abteilung|ufficio|department)\b[^,]*?\s"
    r"(?:der|des|von|of|at|from|de|du|de la|del|da|do|van|di|della)\s+(.{2,60})$",
    re.IGNORECASE,
)


# "Il Responsabile Risorse Umane", "La Directrice": a title signed with its article
_ARTICLE = rx.compile(r"(?i:il|la|lo|l'|l’|le|el|los|las|o|a|der|die|das|het|the)\s+(?=[A-ZÀ-Þ])")


def _title_at(title: str, company: str | None) -> tuple[str, str | None]:
    """'Recruiter at Acme' -> ('Recruiter', 'Acme')."""
    title = _ARTICLE.sub("", title, count=1) if _ARTICLE.match(title) else title
    head, sep, tail = _split_at(title)
    return (head, company or tail) if sep else (title, company)


_TITLE_AT = rx.compile(r"\s+(at|@|bei|chez|presso|bij)\s+(?=[A-ZÀ-Þ])")


def _split_at(title: str) -> tuple[str, str, str]:
    parts = _TITLE_AT.split(title, maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (title, "", "")


def _firm_above_signer(block: list[str]) -> bool:
    """A name-like first line above a person and their title: the first line is the firm."""
    first, signer, title = block[0], strip_honorifics(block[1]), block[2]
    if CONTACT.search(first) or _is_title(first) or _is_team(first) or not _is_title(title):
        return False
    # "Anna Berg / Anna Berg, PhD / Recruiter" repeats the signer; a firm is another name
    return is_person_name(signer) and not set(first.casefold().split()) <= set(signer.casefold().split())


_NAME_SEPARATOR = rx.compile(r",\s*|\s+(?:and|&|und|et|y|en|e|ed)\s+")
_DIGIT_OR_AT = rx.compile(r"\d|@")


def _looks_like_org(text: str) -> bool:
    """A company line is a short capitalised name, not a closing phrase ("Bonne continuation,") nor
    the names of those who sign ("Dr Orla Keane and Dr Niall Brennan")."""
    tokens = text.split()
    if not (0 < len(tokens) <= 8 and text[0].isupper() and not text.endswith((",", "!", ":"))):
        return False
    names = [strip_honorifics(p) for p in _NAME_SEPARATOR.split(text)]
    return not (len(names) > 1 and all(len(n.split()) >= 2 and is_person_name(n) for n in names))


# A title's ", Engineering" or ", Data & Analytics" names a department, ", Larkspur Studio" the firm
_DEPARTMENT_WORDS = wordset(
    "engineering marketing sales finance operations product products design data analytics people "
    "recruitment recruiting talent acquisition hr it staffing legal research solutions services "
    "libraries archives art animation communications development technology support customer "
    "success platform infrastructure cloud security growth partnerships strategy digital business "
    "corporate commercial clinical science sciences emea apac americas europe uk us dach nordics supply chain "
    "procurement logistics "
    "global international and & of the for analysis financial ml ai "
    # regions a title covers: "Area Manager, North West"
    "north south east west northern southern eastern western central midlands region regional "
    "middle far asia pacific africa latam benelux iberia campus hiring energy"
)


def _org_tail(text: str) -> bool:
    """Whether the part after a title's comma reads as an organisation, not a department."""
    tokens = text.split()
    return (
        1 <= len(tokens) <= 5
        and _looks_like_org(text)
        and not all(t.lower() in _DEPARTMENT_WORDS for t in tokens)
        and not _is_team(text)
        and not _is_title(text)
        and not _DIGIT_OR_AT.search(text)
    )


def _company_after_title(title: str) -> str | None:
    """'Design Manager, Larkspur Studio' -> 'Larkspur Studio'."""
    tail = title.rsplit(", ", 1)[1] if ", " in title else ""
    return tail if tail and _org_tail(tail) else None


_SIGNATURE_SEPARATOR = rx.compile(r" [|·•–—-] | \| |, (?=[A-ZÀ-Þ])")


_ASIDE = rx.compile(r"\s*\([^)]{0,40}\)")


def _read_block(block: list[str]) -> Signature:
    """The signer, their title and organisation, from the lines of a signature block."""
    sig = Signature(lines=tuple(block))
    if not block:
        return sig
    if _firm_then_signer(block):
        inner = _read_block(block[1:])
        inner.lines = sig.lines
        inner.company = inner.company or block[0]
        return inner
    rest = list(block)
    # "i. A." / "i. V." / "ppa." sign on someone's behalf in German letters
    # pronouns and credentials in brackets: "Jane Doe (she/her)"
    first = _ON_BEHALF.sub("", _ASIDE.sub("", rest.pop(0)).lstrip("-–— "))
    if not first:
        return _read_block(rest)
    if not _read_first_line(sig, first):
        rest.insert(0, first)
    for line in rest:
        _read_line(sig, line)
    _prefer_institution(sig, block)
    return sig


def _firm_then_signer(block: list[str]) -> bool:
    """Whether the block's first line is the firm and the signer follows it."""
    if len(block) > 1 and _ON_BEHALF.match(block[1]) and not _ON_BEHALF.match(block[0]):
        # "Stadtwerke Lindau GmbH / i. A. Karin Berg": the firm, then who signs for it
        return True
    # "Drukkerij De Vries / J. de Vries / directeur": the firm, then the signer and their title
    return len(block) > 2 and _firm_above_signer(block)


def _read_first_line(sig: Signature, first: str) -> bool:
    """The block's first line as a title, a name (with title and firm) or a team; False if none."""
    parts = [p.strip() for p in _SIGNATURE_SEPARATOR.split(first) if p.strip()]
    head = strip_honorifics(parts[0]) if parts else ""
    if _is_title(parts[0]):
        sig.title, sig.company = _title_at(parts[0], sig.company)
    elif is_person_name(head):
        sig.name = head
        if len(parts) > 1 and _is_title(parts[1]):
            sig.title = parts[1]
            # "Annika Holm — Director of Talent, Tessellate Pay"
            if len(parts) == 3 and _org_tail(parts[2]):
                sig.company = parts[2]
    elif _is_team(parts[0]):
        sig.team = True
        extra = [p for p in parts[1:] if not _is_team(p)]
        if extra:
            sig.company = extra[0]
        elif (of := _TEAM_OF.search(parts[0])) and not _is_team(of.group(1)):
            sig.company = of.group(1)
        else:
            sig.company = _team_org(parts[0])  # "The Brookfell Talent Team"
    else:
        return False
    return True


_PIECE_SEPARATOR = rx.compile(r" [|·•] | \| | – | — | - ")
# a number of an address, not of a name ("4-H Youth Development Educator")
_DIGIT = rx.compile(r"\d(?!-[A-Za-z])")
# "Pour le Président et par délégation," above the signer and their title
_DELEGATION = rx.compile(r"(?i)^(?:pour (?:le|la|l')\s?.{0,40}par délégation|par délégation|p/o|pour ordre)\b")


def _line_pieces(line: str) -> list[str]:
    """A signature line cut at its separators; of a line with an address, only the firm before it."""
    pieces = [p.strip() for p in _PIECE_SEPARATOR.split(line) if p.strip()]
    if _DIGIT.search(line):
        # "Brezza Labs Srl – Via dei Mille 18, Bologna": the firm, then its address
        pieces = pieces[:1] if len(pieces) > 1 and not _DIGIT.search(pieces[0]) else []
    return pieces


def _read_line(sig: Signature, line: str) -> None:
    """One further line of the block: a fuller name, the title, or the organisation."""
    if CONTACT.search(line):
        return
    pieces = _line_pieces(line)
    # "Priya" then "Priya Shah | Talent Partner | Acme": the fuller name, then the rest
    if pieces and sig.name and is_person_name(pieces[0]) and set(sig.name.split()) <= set(pieces[0].split()):
        sig.name = pieces[0]
        pieces = pieces[1:]
    if len(pieces) > 1 and _is_team(pieces[0]) and not _is_title(pieces[0]):
        pieces = pieces[1:]  # "Team HR - Acme"
    # the person under a team or title line signs: "Ufficio Risorse Umane / dott.ssa Paola Riva"
    bare = strip_honorifics(pieces[0]) if pieces else ""
    stripped = bool(pieces) and len(bare.split()) < len(pieces[0].replace(",", " ").split())
    if sig.name is None and stripped and is_person_name(bare) and not _is_title(pieces[0]):
        sig.name, sig.team = bare, False
        pieces = pieces[1:]
    if sig.company is None and len(pieces) == 1 and (tail := _team_org(pieces[0])):
        sig.company = tail
        return
    if not pieces:
        return
    if sig.title is None and not sig.team and _is_title(pieces[0]):
        if len(pieces) > 1 and all(t.lower() in _DEPARTMENT_WORDS for t in pieces[1].split()):
            # "HR Executive – Campus Hiring", "Principal Consultant - Energy": the title's own area
            start, end = line.find(pieces[0]), line.find(pieces[1], line.find(pieces[0]) + len(pieces[0]))
            pieces = [line[start : end + len(pieces[1])], *pieces[2:]]
        sig.title, sig.company = _title_at(pieces[0], sig.company)
        if len(pieces) > 1 and sig.company is None:
            sig.company = pieces[1]
        if sig.company is None:
            sig.company = _company_after_title(sig.title)
        return
    # only a title line that opens with its article, as French and Italian letters sign
    title_first = bool(sig.lines) and _is_title(sig.lines[0]) and bool(_ARTICLE.match(sig.lines[0]))
    if sig.name is None and title_first and not sig.team and is_person_name(pieces[0]) and not _is_title(pieces[0]):
        sig.name = pieces[0]  # "Le Directeur Général des Services, / Armand Keriven": the signer under the title
        return
    if sig.company is None and not _is_team(pieces[0]) and not _is_title(pieces[0]) and _looks_like_org(pieces[0]):
        sig.company = pieces[0]


def _team_org(team: str) -> str | None:
    """The organisation a team line names: "Talent team, Acme", "The People Team at Acme"."""
    if not _is_team(team) or _is_title(team):
        return None
    of = _TEAM_OF.search(team)
    tail = of.group(1) if of else team.rsplit(", ", 1)[-1] if ", " in team else ""
    if tail and not _is_team(tail) and not _is_title(tail) and _looks_like_org(tail):
        return tail
    # the organisation before the team's words: "The Brookfell Talent Team", "Brookfell Recruiting"
    lead = _ORG_TEAM.fullmatch(team)
    org = lead.group(1) if lead else ""
    if org and org.lower() not in _NOT_TEAM_ORG and not _is_team(org) and not _is_title(org) and _looks_like_org(org):
        return org
    return None


# what leads a team's name without being an organisation: "Graduate Recruitment Team"
_NOT_TEAM_ORG = wordset("graduate campus early careers global central corporate regional group internal student intern")
_ORG_TEAM = rx.compile(
    r"(?i:the\s+)?((?:(?:[A-Z][\w&'’.-]*|&|and|of)\s+){0,3}?[A-Z][\w&'’.-]*)\s+"
    r"(?i:graduate |campus |early careers |university |student )?(?i:early careers|talent acquisition|talent|people|"
    r"recruiting|recruitment|hiring|hr|careers|human resources)(?:\s+(?i:team|department|group))?"
)


def _prefer_institution(sig: Signature, block: list[str]) -> None:
    """ "Teaching, Learning and Graduate Studies" above "Shannonside University": the institution."""
    if sig.company and not _INSTITUTION.search(sig.company):
        for line in block:
            if line != sig.company and _INSTITUTION.search(line) and _looks_like_org(line) and not CONTACT.search(line):
                sig.company = line
                break


_INSTITUTION = rx.compile(
    r"(?i:\b(?:universit(?:y|ies|eit|ät|é|ad|à|ade)|college|hochschule|hogeschool|hospital|klinikum|council|"
    r"trust|ministry|ministerium|ministère|ministerio|gemeente|stadtwerke|ayuntamiento|comune|mairie|"
    r"gmbh|ltd|limited|inc|llc|llp|plc|s\.?a\.?s?|s\.?p\.?a\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?)\b)"
)
