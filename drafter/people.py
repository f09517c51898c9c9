"""Who is who in a letter: the candidate greeted, the person who signed, the interviewers named."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import rx
from .textutil import flat, wordset

UPPER = "A-ZÀ-ÖØ-ÞĀ-Žİ"
_TOKEN = rf"[{UPPER}][\w'’.-]*"
_PARTICLES = wordset("van von de der den da di del della dos das du le la y bin al el ter ten zu")
HONORIFICS = wordset(
    "mr mrs ms miss mx dr prof professor sir madam frau herr fräulein monsieur madame mademoiselle "
    "m mme mlle sr sra srta señor señora señorita don doña d dña dhr mevr mevrouw heer meneer "
    "senhor senhora sig sig.ra sigra signor signora signorina dott dott.ssa dottssa ing avv "
    "mag dipl phd mba drs ir lic ldo lda dra eng engª"
)
_HONORIFIC_PREFIX = rx.compile(
    r"^(?:(?:"
    + "|".join(sorted((re.escape(h) for h in HONORIFICS), key=lambda h: (-len(h), h)))
    + r")(?:\.|ª|\b)\s*)+",
    re.IGNORECASE,
)
_GENERIC_ADDRESSEE = wordset(
    "applicant applicants candidate candidates sir madam sirs team all there friend friends hiring "
    "manager colleague colleagues bewerber bewerberin bewerberinnen interessent interessentin "
    "damen herren candidat candidate candidats candidato candidata candidatos kandidaat kandidate "
    "sollicitant sollicitante jobseeker talent user member"
)
GREETING = rx.compile(
    r"(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|"
    r"sehr geehrte[rs]?|liebe[rs]?|hallo|guten (?:tag|morgen|abend)|moin|servus|"
    r"chère?s?|bonjour|bonsoir|salut|madame|monsieur|mademoiselle|"
    r"estimad[oa]s?|apreciad[oa]s?|querid[oa]s?|hola|buen(?:os|as) (?:días|tardes)|"
    r"beste|geachte|hoi|dag|lieve|prezad[oa]s?|car[oa]s?|olá|ola|oi|bom dia|boa tarde|"
    r"exm[oa]s?|excelentíssim[oa]s?|"
    r"gentil(?:e|issim[oa])|egregi[oa]|buongiorno|buonasera|ciao|salve)\b[ ,.]*(.{0,120})",
    re.IGNORECASE,
)
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
TITLE_WORDS = wordset(
    "manager recruiter director coordinator partner specialist lead head officer administrator "
    "advisor adviser consultant associate assistant generalist executive vp president ceo cto coo "
    "cfo cpo founder co-founder chief sourcer representative supervisor principal chair "
    "chairperson dean "
    "referent referentin leiter leiterin leitung sachbearbeiter sachbearbeiterin geschäftsführer "
    "geschäftsführerin recruiterin personalreferent personalreferentin assistenz beauftragte "
    "responsable chargé chargée directeur directrice gestionnaire recruteur recruteuse conseiller "
    "conseillère técnico técnica gerente jefe jefa coordinador coordinadora reclutador reclutadora "
    "especialista analista gestor gestora directora gerenta medewerker medewerkster adviseur "
    "hoofd directeur "
    "coördinator "
    "diretor diretora "
    "coordenador coordenadora recrutador recrutadora responsável responsabile direttore "
    "direttrice coordinatore coordinatrice addetto addetta selezionatore selezionatrice"
)
TEAM_WORDS = wordset(
    "team teams department dept office talent acquisition recruitment recruiting human resources "
    "hr "
    "people careers career hiring jobs staffing personal personalabteilung abteilung équipe "
    "recrutement ressources humaines equipo departamento selección recursos humanos "
    "personeelszaken "
    "afdeling werving equipa recrutamento ufficio risorse umane gruppo notifications noreply "
    "no-reply admissions committee panel selezione personale recrutamento reclutamiento talento "
    "personeel rh rrhh talentos time seleção atração pessoas gente"
)
_NOT_NAMES = wordset(
    "ihr ihre votre vos su sus uw je jouw il vostro vostra seu sua "
    "the and our your we i thank thanks best regards kind sincerely yours unfortunately please "
    "company inc ltd llc gmbh group bank university college school services solutions systems "
    "technologies labs partners consulting international global limited corp agency"
)
_CONTACT = rx.compile(
    r"@|https?://|www\.|\+?\d[\d ()/.-]{5,}\d|\b(?:tel|phone|mobile|fax|ext)\b", re.I
)
_PLACEHOLDER = rx.compile(r"[\[{<%]|\b(?:first|last|candidate)[ _]?name\b", re.IGNORECASE)


_BARE_GREETING = rx.compile(rf"({_TOKEN}(?: {_TOKEN}){{0,2}})\s*[,:!]")
_DISPLAY_EXTRA = rx.compile(
    r"\s*(?:\(.*\)|\[.*\]|\b(?:via|at|from|bei|chez)\s.*|\s[|·@–—-]\s.*)$", re.IGNORECASE
)


_ON_BEHALF = rx.compile(r"^(?:i\.\s?A\.|i\.\s?V\.|ppa\.|pp\.|p\.p\.|p\.o\.)\s*", re.IGNORECASE)


@dataclass
class Signature:
    name: str | None = None
    title: str | None = None
    company: str | None = None
    team: bool = False
    lines: tuple[str, ...] = ()


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", text)


_TOKEN_RE = rx.compile(_TOKEN)


def is_person_name(text: str) -> bool:
    """Whether a short text reads as a person's name (not a team, title or company)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text) or _CONTACT.search(text):
        return False
    for i, token in enumerate(tokens):
        low = token.lower().strip(".,")
        # "Recruiting-Team", "HR-Abteilung", "L'équipe"
        parts = _ELIDED.sub("", low).split("-")
        if low in _NOT_NAMES or any(p in TEAM_WORDS or _is_title_word(p) for p in parts):
            return False
        if 0 < i < len(tokens) - 1 and low in _PARTICLES:
            continue
        if not _TOKEN_RE.fullmatch(token):
            return False
    return True


def strip_honorifics(name: str) -> str:
    tokens = name.replace(",", " ").split()
    while tokens and tokens[0].lower().rstrip(".").replace(".", "") in HONORIFICS | {"dott.ssa"}:
        tokens.pop(0)
    while tokens and tokens[-1].lower().rstrip(".").replace(".", "") in {"phd", "mba", "msc", "ma"}:
        tokens.pop()
    return " ".join(tokens)


_PARTICLE = "|".join(sorted(_PARTICLES, key=lambda p: (-len(p), p)))  # a fixed order: cacheable
_GREETED_NAME = rx.compile(
    rf"((?:{_TOKEN}|{_PARTICLE})(?: (?:{_TOKEN}|[a-z]+)){{0,5}}?)\s*(?:[,:;!]|$| - | – )"
)


def greeting(body: str) -> tuple[int, str | None]:
    """(line index of the greeting or -1, the name it uses or None)."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)
    for i, line in enumerate(lines[:25]):
        m = GREETING.match(line.strip()[:200])
        if not m:
            # a bare "Priya," opening line greets by name too
            bare = _BARE_GREETING.fullmatch(line.strip()[:80]) if i == first else None
            if bare and is_person_name(bare.group(1)):
                return i, bare.group(1)
            continue
        rest = _HONORIFIC_PREFIX.sub("", m.group(1))
        if _PLACEHOLDER.search(rest.split(",")[0]):
            return i, None
        name = _GREETED_NAME.match(rest)
        if not name:
            return i, None
        candidate = strip_honorifics(name.group(1))
        # "Hello, Thank you for applying" has no name; neither has "Dear Hiring Team"
        if not candidate or not is_person_name(candidate):
            return i, None
        if any(t.lower() in _GENERIC_ADDRESSEE for t in candidate.split()):
            return i, None
        return i, candidate
    return -1, None


def display_person(name: str | None) -> str | None:
    """The person in a From display name: "Jane Doe via Greenhouse", "Jane Doe | Acme"."""
    if not name:
        return None
    person = _DISPLAY_EXTRA.sub("", name).strip(" ,-")
    return person if is_person_name(person) else None


def fuller_name(name: str, options: list[str | None]) -> str:
    """The first option naming the same person more fully (To header, recipient block)."""
    want = {t.casefold() for t in name.split()}
    for option in options:
        if not option:
            continue
        cleaned = strip_honorifics(option)
        have = {t.casefold() for t in cleaned.split()}
        if want < have and is_person_name(cleaned):
            return cleaned
    return name


def signature(body: str) -> Signature:
    """The block after the sign-off (or the trailing short lines when there is none)."""
    lines = [ln.strip() for ln in body.split("\n")]
    block: list[str] = []
    inline_name = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 30), -1):
        line = lines[i][:200]
        m = SIGN_OFF.fullmatch(line)
        if (m and len(line) < 70) or (_FORMULA.search(line) and i >= len(lines) - 15):
            tail = m.group(1).strip(" ,.-–—") if m else ""
            if tail and is_person_name(tail):
                inline_name = tail
            block = [ln for ln in lines[i + 1 :] if ln][:10]
            break
    else:
        paragraph: list[str] = []
        for line in reversed(lines):
            if not line:
                if paragraph:
                    break
                continue
            paragraph.insert(0, line)
        block = [ln for ln in paragraph if len(ln) < 70 and not ln.endswith((".", "!", "?", ":"))]
        if len(block) > 6:
            block = []
    sig = _read_block(block)
    if inline_name and not sig.name:
        sig.name = inline_name
    return sig


# German and Dutch titles are compounds: "Personalleiterin", "Hoofdrecruiter".
_TITLE_ENDINGS = (
    "leiter",
    "leiterin",
    "leider",
    "leidster",
    "referent",
    "referentin",
    "manager",
    "managerin",
    "berater",
    "beraterin",
    "recruiter",
    "recruiterin",
    "assistent",
    "assistentin",
    "sachbearbeiter",
    "sachbearbeiterin",
    "spezialist",
    "spezialistin",
    "koordinator",
    "koordinatorin",
    "direktor",
    "direktorin",
    "partner",
    "partnerin",
    "adviseur",
    "medewerker",
    "coördinator",
    "directeur",
    # Dutch / Flemish compounds: "Selectieverantwoordelijke", "Wervingsconsulent", "HR-adviseuse"
    "verantwoordelijke",
    "consulent",
    "consulente",
    "adviseuse",
    "medewerkster",
    "beauftragte",
    "beauftragter",
)


def _is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or (len(word) > 8 and word.endswith(_TITLE_ENDINGS))


def _is_title(text: str) -> bool:
    low = [w.lower().strip(",.") for w in text.replace("/", " ").split()]
    return 0 < len(low) <= 9 and any(_is_title_word(w) for w in low) and not _CONTACT.search(text)


_ELIDED = rx.compile(r"^(?:l|d|dell|all)['’]")


def _is_team(text: str) -> bool:
    # "Recruiting-Team", "L'équipe RH", German compounds "Personalteam", "Ausbildungsteam"
    low = [p for w in text.split() for p in _ELIDED.sub("", w.lower().strip(",.")).split("-")]
    return bool(low) and any(
        w in TEAM_WORDS or (len(w) > 6 and w.endswith(("team", "abteilung"))) for w in low
    )


# "Ihr Recruiting-Team der Stadtwerke Lindau", "The Talent Team at Acme", "L'équipe RH de X"
_TEAM_OF = rx.compile(
    r"\b(?:team|teams|équipe|equipo|equipa|afdeling|abteilung|ufficio|department)\b[^,]*?\s"
    r"(?:der|des|von|of|at|from|de|du|de la|del|da|do|van|di|della)\s+(.{2,60})$",
    re.IGNORECASE,
)


def _title_at(title: str, company: str | None) -> tuple[str, str | None]:
    """'Recruiter at Acme' -> ('Recruiter', 'Acme')."""
    head, sep, tail = _split_at(title)
    return (head, company or tail) if sep else (title, company)


def _split_at(title: str) -> tuple[str, str, str]:
    parts = re.split(r"\s+(at|@|bei|chez|presso|bij)\s+(?=[A-ZÀ-Þ])", title, maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (title, "", "")


def _looks_like_org(text: str) -> bool:
    """A company line is a short capitalised name, not a closing phrase ("Bonne continuation,")."""
    tokens = text.split()
    return 0 < len(tokens) <= 8 and text[0].isupper() and not text.endswith((",", "!", ":"))


# A title's ", Engineering" or ", Data & Analytics" names a department, ", Larkspur Studio" the firm
_DEPARTMENT_WORDS = wordset(
    "engineering marketing sales finance operations product products design data analytics people "
    "recruitment recruiting talent acquisition hr it staffing legal research solutions services "
    "libraries archives art animation communications development technology support customer "
    "success platform infrastructure cloud security growth partnerships strategy digital business "
    "corporate commercial clinical science sciences emea apac americas europe uk us dach nordics "
    "global international and & of the for"
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
        and not re.search(r"\d|@", text)
    )


def _company_after_title(title: str) -> str | None:
    """'Design Manager, Larkspur Studio' -> 'Larkspur Studio'."""
    tail = title.rsplit(", ", 1)[1] if ", " in title else ""
    return tail if tail and _org_tail(tail) else None


_SIGNATURE_SEPARATOR = rx.compile(r" [|·•–—-] | \| |, (?=[A-ZÀ-Þ])")


def _read_block(block: list[str]) -> Signature:
    sig = Signature(lines=tuple(block))
    rest = list(block)
    if not rest:
        return sig
    if len(rest) > 1 and _ON_BEHALF.match(rest[1]) and not _ON_BEHALF.match(rest[0]):
        # "Stadtwerke Lindau GmbH / i. A. Karin Berg": the firm, then who signs for it
        inner = _read_block(rest[1:])
        inner.lines = sig.lines
        inner.company = inner.company or rest[0]
        return inner
    # "i. A." / "i. V." / "ppa." sign on someone's behalf in German letters
    # pronouns and credentials in brackets: "Jane Doe (she/her)"
    first = _ON_BEHALF.sub("", re.sub(r"\s*\([^)]{0,40}\)", "", rest.pop(0)).lstrip("-–— "))
    if not first:
        return _read_block(rest)
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
        rest.insert(0, first)
    for line in rest:
        if _CONTACT.search(line):
            continue
        pieces = [p.strip() for p in re.split(r" [|·•] | \| | – | — | - ", line) if p.strip()]
        if re.search(r"\d", line):
            # "Brezza Labs Srl – Via dei Mille 18, Bologna": the firm, then its address
            pieces = pieces[:1] if len(pieces) > 1 and not re.search(r"\d", pieces[0]) else []
        # "Priya" then "Priya Shah | Talent Partner | Acme": the fuller name, then the rest
        if (
            pieces
            and sig.name
            and is_person_name(pieces[0])
            and set(sig.name.split()) <= set(pieces[0].split())
        ):
            sig.name = pieces[0]
            pieces = pieces[1:]
        if len(pieces) > 1 and _is_team(pieces[0]) and not _is_title(pieces[0]):
            pieces = pieces[1:]  # "Team HR - Acme"
        if sig.company is None and len(pieces) == 1 and _is_team(pieces[0]) and not _is_title(pieces[0]):
            # "Talent team, Acme", "The People Team at Acme" under the signer's name
            of = _TEAM_OF.search(pieces[0])
            tail = of.group(1) if of else pieces[0].rsplit(", ", 1)[-1] if ", " in pieces[0] else ""
            if tail and not _is_team(tail) and not _is_title(tail) and _looks_like_org(tail):
                sig.company = tail
                continue
        if not pieces:
            continue
        if sig.title is None and not sig.team and _is_title(pieces[0]):
            sig.title, sig.company = _title_at(pieces[0], sig.company)
            if len(pieces) > 1 and sig.company is None:
                sig.company = pieces[1]
            if sig.company is None:
                sig.company = _company_after_title(sig.title)
            continue
        if (
            sig.company is None
            and not _is_team(pieces[0])
            and not _is_title(pieces[0])
            and _looks_like_org(pieces[0])
        ):
            sig.company = pieces[0]
    return sig


_ONE = rf"{_TOKEN}(?: {_TOKEN})?"
_LIST = rf"{_ONE}(?:, {_ONE})*(?:,? (?:and|&|und|et|y|en|e|ed) {_ONE})?"
# matched against lower-cased text: several times faster than re.IGNORECASE
_MET = rx.compile(
    r"(?:interview\w*|met|meeting|meet|spoke|speaking|talk\w*|conversations?|chat|session|panel|"
    r"gespräch\w*|entretien|entrevista|gesprek|colloqui\w*|incontr\w+|conhece\w*|conoc\w+)"
)


_DID = (
    r"(?:enjoyed|appreciated|liked|loved|were|was|said|mentioned|haben|hatten|fanden|avons|avions|"
    r"étions|hemos|disfrutamos|quedamos|hebben|vonden|gostamos|adoramos|ficamos|abbiamo|siamo)\b"
)
# the verb a "Tom, Farah and I enjoyed ..." list needs: without it the list pattern cannot match
_HAS_DID = rx.compile(rf" {_DID}")


@functools.cache
def _list_patterns() -> tuple[re.Pattern[str], ...]:
    """Name-list patterns, compiled only for letters that talk about meeting people."""
    return (
        rx.compile(rf"\b(?:with|mit|avec|con|met|com)\s+({_LIST})"),
        rx.compile(
            # "Tom, Farah and I enjoyed ...", "Lena, Marco und ich haben ...", "Tom et moi avons ..."
            rf"({_LIST})(?:,? (?:and|und|et|y|en|e|ed) (?:I|me|ich|moi|yo|ik|eu|io))? (?:all |both "
            rf"|really |truly )?{_DID}"
        ),
    )


_LABELLED = rx.compile(r"(?i:interviewers?|interviewer\(s\)|panel)\s*:\s*(.{1,200})")
_NAME_STOP = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december the team we our you i data engineering "
    "product design marketing sales hr us this that it he she they which who everyone everybody "
    "all both"
)


def interviewers(text: str, exclude: list[str | None]) -> list[str]:
    """People the letter names as interviewers or people the candidate met."""
    excluded = {t.casefold() for name in exclude if name for t in re.findall(r"\w+", name)}
    found: list[str] = []
    text = flat(re.sub(r"\([^()\n]{0,80}\)", "", text[:20000]))
    if not _MET.search(text.lower()):
        return []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        met = len(sentence) <= 600 and _MET.search(sentence.lower())
        if len(sentence) > 600 or not (met or ":" in sentence):
            continue
        with_list, list_did = _list_patterns()
        lists = [
            hit.group(0)
            for m in _LABELLED.finditer(sentence)
            if (hit := re.match(_LIST, m.group(1)))
        ]
        if met:
            lists += [m.group(1) for m in with_list.finditer(sentence)]
            if _HAS_DID.search(sentence):
                lists += [m.group(1) for m in list_did.finditer(sentence)]
        for names in lists:
            for name in re.split(r",\s*|\s+(?:and|&|und|et|y|en|e|ed)\s+", names):
                name = name.strip().rstrip(".")
                tokens = [t.casefold() for t in name.split()]
                if not name or any(t in _NAME_STOP or t in excluded for t in tokens):
                    continue
                if is_person_name(name) and name not in found:
                    found.append(name)
    return found
