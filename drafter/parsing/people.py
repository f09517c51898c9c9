"""Who is who in a letter: names, the candidate greeted and the interviewers named (the signer: `signature`)."""

from __future__ import annotations

import functools
import re

from .. import rx
from ..text import flat, wordset

UPPER = "A-ZÀ-ÖØ-ÞĀ-Žİ"
_TOKEN = rf"[{UPPER}][\w'’.-]*"
_PARTICLES = wordset("van von de der den da di del della dos das du le la y bin al el ter ten zu")
HONORIFICS = wordset(
    "mr mrs ms miss mx dr prof professor sir madam frau herr fräulein monsieur madame mademoiselle "
    "m mme mlle sr sra srta señor señora señorita don doña d dña dhr mevr mevrouw heer meneer "
    "senhor senhora sig sig.ra sigra signor signora signorina dott dott.ssa dottssa ing avv "
    "mag dipl phd mba drs ir lic ldo lda dra eng engª maître me"
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
    r"ch[eè]re?s?|bonjour|bonsoir|salut|madame|monsieur|mademoiselle|"
    r"estimad[oa]s?|apreciad[oa]s?|querid[oa]s?|hola|buen(?:os|as) (?:días|tardes)|"
    r"beste|geachte|hoi|dag|lieve|prezad[oa]s?|car[oa]s?|olá|ola|oi|bom dia|boa tarde|"
    r"exm[oa]s?|excelentíssim[oa]s?|"
    r"gentil(?:e|issim[oa])|egregi[oa]|buongiorno|buonasera|ciao|salve)\b[ ,.]*(.{0,120})",
    re.IGNORECASE,
)
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
    "direttrice coordinatore coordinatrice addetto addetta selezionatore selezionatrice "
    # owners, partners and officers of small firms and institutions in the seven languages
    "owner avocat avocate associé associée notaire secrétaire secretary secretaria segretaria professeur "
    "professora professore profesor profesora lecturer docent docente hoogleraar dozent dozentin "
    "propriétaire eigenaar inhaber inhaberin titolare dueño dueña proprietário proprietária amministratore "
    "socio socia sócio sócia vennoot gérant gérante bedrijfsleider registrar clerk superintendent "
    "headteacher editor producer commissioner chairman treasurer "
    # consultants and the seniority a title carries ("Consultora Senior", "Asesor Jr.")
    "consultor consultora consultante consulente asesor asesora assessor assessora consigliere senior junior "
    "líder lider "
    # analysts, educators and team leads sign as such: "Human Resources Analyst", "Teamlead Marketing"
    "analyst educator teamlead"
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
    # a verdict alone is no signature: "Rejected"
    "rejected declined unsuccessful abgelehnt absage refusé refusée rechazado rechazada afgewezen rejeitado "
    "rejeitada respinto respinta "
    "company inc ltd llc gmbh group bank university college school services solutions systems "
    "technologies labs partners consulting international global limited corp agency "
    # words that name an organisation, never a person ("Autobedrijf Van Rijswijk", "Shannonside University")
    "hospital clinic clinique klinik klinikum council trust foundation association associates associés "
    "cabinet firm studio studios autobedrijf bedrijf gemeente stadtwerke stadt cooperativa coöperatie "
    "cooperative foods health healthcare hotel hotels restaurant logistics media digital networks energy "
    "engineering pharma insurance versicherung assurances accountants advocaten notarissen verzekeringen "
    "universiteit hogeschool universität hochschule université universidad università universidade "
    "instituto institut institute academy akademie academia escuela école scuola escola colegio lycée "
    "museum library bibliothek ministry ministerium ministère ministerio ayuntamiento comune câmara mairie "
    "municipality county borough district stiftung fondation fundación fondazione fundação vereniging "
    "verein asociación associazione associação laboratoires laboratorios laboratori industries "
    "industrie holding holdings capital ventures software"
)
CONTACT = rx.compile(r"@|https?://|www\.|\+?\d[\d ()/.-]{5,}\d|\b(?:tel|phone|mobile|fax|ext)\b", re.I)
_PLACEHOLDER = rx.compile(r"[\[{<%]|\b(?:first|last|candidate)[ _]?name\b", re.IGNORECASE)


_UNKNOWN_GREETING = rx.compile(rf"([A-Za-zÀ-ÿ'’]+(?: [a-zà-ÿ'’]+)?) ({_TOKEN})\s*[,!]")
_BARE_GREETING = rx.compile(rf"({_TOKEN}(?: {_TOKEN}){{0,2}})\s*[,:!]")
_DISPLAY_EXTRA = rx.compile(r"\s*(?:\(.*\)|\[.*\]|\b(?:via|at|from|bei|chez)\s.*|\s[|·@–—-]\s.*)$", re.IGNORECASE)


_WORD_CHARS = rx.compile(r"[\w'’.-]+")


def words(text: str) -> list[str]:
    return _WORD_CHARS.findall(text)


_TOKEN_RE = rx.compile(_TOKEN)


# legal forms that end a company's name and never a person's
_LEGAL_FORMS = wordset("gmbh srl spa ltd inc llc plc bv nv sarl sas kg kgaa ev slu lda ltda corp limited")


def is_person_name(text: str) -> bool:
    """Whether a short text reads as a person's name (not a team, title or company)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text) or CONTACT.search(text):
        return False
    if len(tokens) > 1 and tokens[-1].lower().replace(".", "").strip(",") in _LEGAL_FORMS:
        return False  # "Ferrante Arredi S.r.l." signs as a company
    for i, token in enumerate(tokens):
        low = token.lower().strip(".,")
        # "Recruiting-Team", "HR-Abteilung", "L'équipe"
        parts = ELIDED.sub("", low).split("-")
        if low in _NOT_NAMES or any(p in TEAM_WORDS or is_title_word(p) for p in parts):
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
_GREETED_NAME = rx.compile(rf"((?:{_TOKEN}|{_PARTICLE})(?: (?:{_TOKEN}|[a-z]+)){{0,5}}?)\s*(?:[,:;!]|$| - | – )")


# an honorific alone on its line, as an address block opens: "Madame", "Herrn", "Exmo. Senhor"
_ADDRESSED = rx.compile(r"(?i)(?:madame|monsieur|mademoiselle|exm[oa]\.?(?: senhora?)?|herrn?|frau)")


def _names_next(lines: list[str], i: int) -> bool:
    """Whether the next non-empty line after `i` is a person's name (an address block goes on)."""
    nxt = next((ln.strip() for ln in lines[i + 1 : i + 3] if ln.strip()), "")
    return bool(nxt) and is_person_name(strip_honorifics(nxt))


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
            # a greeting drafter has no word for, before the name: "Kia ora Aroha,", "Grüezi Noemi,"
            named = _UNKNOWN_GREETING.fullmatch(line.strip()[:80]) if i == first else None
            if named and is_person_name(named.group(2)) and not is_person_name(named.group(1)):
                return i, named.group(2)
            continue
        rest = _HONORIFIC_PREFIX.sub("", m.group(1))
        if not rest.strip() and _ADDRESSED.fullmatch(line.strip()) and _names_next(lines, i):
            continue  # "Madame" over "Nadia Perrin" in an address block is no greeting: it has no comma
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


def is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or (len(word) > 8 and word.endswith(_TITLE_ENDINGS))


ELIDED = rx.compile(r"^(?:l|d|dell|all)['’]")


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
_AND_ME = rx.compile(r"\b(?:and I|und ich|et moi|y yo|en ik|e eu|e io)\b")
_ENDS_WITH_ME = rx.compile(r"\b(?:and|und|et|y|en|e|ed) (?:I|me|ich|moi|yo|ik|eu|io)$")


@functools.cache
def _list_patterns() -> tuple[re.Pattern[str], ...]:
    """Name-list patterns, compiled only for letters that talk about meeting people."""
    return (
        rx.compile(rf"\b(?:with|mit|avec|con|met|com)\s+({_LIST})"),
        rx.compile(
            # "Tom, Farah and I enjoyed ...", "Lena, Marco und ich haben ...", "Tom et moi avons ..."
            rf"({_LIST})(,? (?:and|und|et|y|en|e|ed) (?:I|me|ich|moi|yo|ik|eu|io))? (?:all |both "
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


_WORDS = rx.compile(r"\w+")
_BRACKETED_ASIDE = rx.compile(r"\([^()\n]{0,80}\)")
_SENTENCE_END = rx.compile(r"(?<=[.!?])\s+")
_LIST_RE = rx.compile(_LIST)
_NAME_SEPARATOR = rx.compile(r",\s*|\s+(?:and|&|und|et|y|en|e|ed)\s+")


def interviewers(text: str, exclude: list[str | None]) -> list[str]:
    """People the letter names as interviewers or people the candidate met."""
    excluded = {t.casefold() for name in exclude if name for t in _WORDS.findall(name)}
    found: list[str] = []
    text = flat(_BRACKETED_ASIDE.sub("", text[:20000]))
    if not (_MET.search(text.lower()) or _AND_ME.search(text)):
        return []
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) > 600:
            continue
        met = _MET.search(sentence.lower())
        with_list, list_did = _list_patterns()
        # "Tom, Farah and I really enjoyed ...": the writer and the people they met, in any sentence
        with_me = (
            [m.group(1) for m in list_did.finditer(sentence) if m.group(2) or _ENDS_WITH_ME.search(m.group(1))]
            if _HAS_DID.search(sentence)
            else []
        )
        if not (met or with_me or ":" in sentence):
            continue
        lists = [hit.group(0) for m in _LABELLED.finditer(sentence) if (hit := _LIST_RE.match(m.group(1)))]
        lists += with_me
        if met:
            lists += [m.group(1) for m in with_list.finditer(sentence)]
            if _HAS_DID.search(sentence):
                lists += [m.group(1) for m in list_did.finditer(sentence)]
        for names in lists:
            for name in _NAME_SEPARATOR.split(names):
                name = name.strip().rstrip(".")
                tokens = [t.casefold() for t in name.split()]
                if not name or any(t in _NAME_STOP or t in excluded for t in tokens):
                    continue
                if is_person_name(name) and name not in found:
                    found.append(name)
    return found
