"""The job a letter is about: where its title is named, and its requisition or reference number.

What a title is made of and how a found one is cleaned is in `titles`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import rx
from ..text import wordset
from .fields import squash
from .people import UPPER
from .role_sources import _LOWER_START, _ROLE_SOURCES
from .titles import (
    GENERIC_ROLE,
    NOT_FIRST,
    PREPOSITIONS,
    PROGRAMMES,
    ROLE_HEADS,
    ROMANCE_GENDER,
    ROMANCE_HEADS,
    clean,
    title_case_ok,
    title_core,
)

# patterns built from the title heads, compiled once per machine (see drafter.rx)
_HEAD_LAST = rx.compile(rf"(?i)\b(?:{ROLE_HEADS})$")
_HEADS_END = rx.compile(rf"(?i)(?:{ROLE_HEADS})s?$")
_HEADED_PART = rx.compile(rf"(?P<r>.*\b(?i:{ROLE_HEADS}|{PROGRAMMES})s?\b(?: (?:of|in|for) .+)?)")


@functools.cache
def _role_pattern(index: int) -> re.Pattern[str]:
    return rx.compile(_ROLE_SOURCES[index])


# Nouns that belong to the title: "Summer Analyst Internship", "Graduate Programme".
_KEPT_NOUNS = ("internship", "traineeship", "apprenticeship", "programme", "program", "scheme")
_NOT_ROLE_BEFORE = rx.compile(
    r"(?i:current|other|suggested|previous|consider applying for|similar)\s*(?:position as|role "
    r"as|role of|position of|\w+\s+)?$"
)


_BRACKETED_QUALIFIER = rx.compile(r" ?\([^()\n]{1,40}\)")


def _qualifier(source: str, end: int) -> str:
    """A bracketed part of the title right after it: "Backend Developer (Java)"."""
    m = _BRACKETED_QUALIFIER.match(source[end : end + 45])
    return m.group(0) if m and not source[:end].endswith(")") else ""


def overlapping(pattern: re.Pattern[str], text: str, limit: int = 200) -> Iterator[re.Match[str]]:
    """Matches that may overlap: "interest in the X Internship" also yields "the X Internship".

    Found one at a time: the caller mostly takes the first plausible one and stops there.
    """
    search = pattern.search
    pos = 0
    for _ in range(limit):
        m = search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


_JUNIOR = rx.compile(r"\b(?:Jr|Sr)$")
_JUNIOR_DOTTED = rx.compile(r"\b(?:Jr|Sr)\.$")
_PROGRAMME_NOUN = rx.compile(r" (?:Program|Programme|Scheme)\b")


_ACADEMIC = rx.compile(
    r"(?i)\b(?:lecturer|professor|fellow|reader|researcher|chair|tutor|teacher|fellowship|studentship|scholarship)$"
)
_IN_FIELD = rx.compile(r" in (?:[A-Z][\w'’-]*)(?: (?:and |& |of )?[A-Z][\w'’-]*){0,3}")


def role(subject: str | None, body: str, company_hint: str | None = None, headings: tuple[str, ...] = ()) -> str | None:
    """The job title as stated, subject first, then the body (where letters name it early).

    `headings` are short lines that head the letter ("Lecturer in Environmental Chemistry" under
    the greeting of a formal letter): read like a subject when nothing else names the role.
    """
    for source in (ROMANCE_GENDER.sub("", subject or ""), ROMANCE_GENDER.sub("", body[:5000])):
        for index in range(len(_ROLE_SOURCES)):
            pattern = _role_pattern(index)
            for m in overlapping(pattern, source):
                if _NOT_ROLE_BEFORE.search(source[max(0, m.start() - 40) : m.start("r")]):
                    continue
                value = _value_of(m, source, index)
                if not _plausible(value, m.groupdict().get("noun") or "", index, company_hint):
                    continue
                dotted = m.group("r").endswith(".") or source[m.end("r") : m.end("r") + 1] == "."
                if _JUNIOR.search(value) and dotted:
                    value += "."  # "Ejecutivo de Ventas Jr."
                if _ACADEMIC.search(value) and (field := _IN_FIELD.match(source, m.end("r"))):
                    value += field.group(0)  # "Senior Lecturer in Economics": the field is part of the post
                return _fuller_in(subject or "", value) if source is not subject else value
    for line in (subject or "", *headings):
        if found := _role_in_subject(line):
            return found
    return None


def _value_of(m: re.Match[str], source: str, index: int) -> str:
    """The title a match names, cleaned, with its bracketed qualifier and programme noun."""
    noun = m.groupdict().get("noun") or ""
    value = clean(m.group("r") + _qualifier(source, m.end("r")))
    if index < 5 and value and not title_case_ok(value):
        value = title_core(value)
    elif index < _LOWER_START:
        value = _title_case_run(value)
    elif value.endswith(".") and not _JUNIOR_DOTTED.search(value):
        value = value[:-1]  # "el puesto de técnico de mantenimiento industrial." ends with the sentence
    head_last = _HEAD_LAST.search(value)
    if noun.lower() in _KEPT_NOUNS and value and (noun[0].isupper() or not head_last):
        # "Summer Internship Program": a second programme noun belongs to the name too
        more = _PROGRAMME_NOUN.match(source[m.end("noun") :])
        value = f"{value} {noun}{more.group(0) if more else ''}"
    return value


def _fuller_in(subject: str, value: str) -> str:
    """The subject's fuller form of a title the body shortens: "als Assistenzarzt in unserer
    Klinik" under "Ihre Bewerbung: Assistenzarzt Innere Medizin"."""
    m = re.search(rf"(?<!\w){re.escape(value)}((?: [{UPPER}][\w&/-]*)+)", subject)
    return clean(f"{value}{m.group(1)}") if m else value


# small words inside a title in Title Case: "Addetto alla Contabilità", "Supervisor de Loja"
_INNER = frozenset(
    "of and & for de del della dello delle degli dei di da do dos das du des la le les el los al alla allo ai "
    "agli y e et und en van der den het voor für im zur zum a à au aux d' - – / ,".split()
)


def _title_case_run(value: str) -> str:
    """A title written in Title Case ends at the first lowercase word that is not one of its small
    words: "Teamleider Technische Dienst gaan ze dus", "Supervisor de Loja na última segunda-feira".
    A title in sentence case ("Técnico de mantenimiento industrial") is left whole."""
    tokens = value.split()
    capitals = 0
    for i, token in enumerate(tokens):
        if token[:1].isupper() or token[:1].isdigit():
            capitals += 1
        elif token.isalpha() and token.lower() not in _INNER and capitals >= 2:
            return " ".join(tokens[:i]).rstrip(" ,-–")
    return value


_PRONOUN = rx.compile(r"(?i)\b(?:you|your|we|our|us)\b")


def _plausible(value: str, noun: str, index: int, company_hint: str | None) -> bool:
    """Whether a value read by the pattern at `index` reads as a job title."""
    tokens = value.split()
    # "your Acme application" names the company, not the job
    # "your Kestrel Foods application" names the company: after these nouns a title ends in its head
    headless = noun.lower() in ("application", "interview") and not _HEADS_END.search(value)
    if headless and (len(tokens) == 1 or noun[0].islower()):
        return False
    if not value or not 1 <= len(tokens) <= 8 or value.lower() in GENERIC_ROLE:
        return False
    if index >= _LOWER_START:
        if value.split()[0].lower() in GENERIC_ROLE or len(value) < 4:
            return False
    elif not (value[0].isupper() or value[0].isdigit()) or (index < 5 and not title_case_ok(value)):
        return False
    if tokens[0].lower() in NOT_FIRST or _PRONOUN.search(value):
        return False
    return not (company_hint and squash(value) == squash(company_hint))


@functools.cache
def _subject_role() -> re.Pattern[str]:
    # "Backend Engineer", "Head of Partnerships", "Lecturer in Environmental Chemistry", also after
    # "for" ("Your take-home for Frontend Developer")
    return rx.compile(
        rf"(?:^|[-–—|:]\s|\b(?i:for)\s)(?P<r>(?:[a-z]?[{UPPER}][\w'’/&+#.-]* "
        rf"){{0,5}}(?i:{ROLE_HEADS})s?(?: (?:of|in|for) [{UPPER}][\w'’&-]*(?: (?:and |& )?"
        rf"[{UPPER}][\w'’&-]*){{0,3}})?(?: \((?!(?i:ref|req|job|id|no)\b)[^()]{{1,30}}\))?)\s*(?:$|"
        rf"[-–—|(,])"
    )


# "Proceso de selección Director Financiero", "Selezione Product Owner – ultimo step"
_ROMANCE_SUBJECT = rx.compile(
    r"(?:^|[-–—|:]\s|(?i:selección|selezione|seleção|sélection|seletivo|candidatura|candidature)\s)"
    rf"(?P<r>(?i:{ROMANCE_HEADS})(?: [\w'’/&+#.-]+){{0,4}}?)\s*(?:$|\s[-–—|(]|,)"
)


def _role_in_subject(subject: str) -> str | None:
    """A bare title in a subject such as "Acme - Founding Engineer" (a last resort)."""
    m = _subject_role().search(subject)
    if m and title_case_ok(clean(m.group("r"))) and m.group("r").split()[0].lower() not in GENERIC_ROLE:
        return clean(m.group("r"))
    m = _ROMANCE_SUBJECT.search(subject)
    if m and m.group("r")[0].isupper():
        return clean(m.group("r"))
    return _subject_parts(subject)


# A subject is made of parts: what the message is about ("Your application", "Esito colloquio",
# "Thank you") and the post ("Backend Engineer interview", "Progettista meccanico junior").
_SUBJECT_SPLIT = rx.compile(r"\s+[-–—|]\s+|:\s+")
_REPLY_PREFIX = rx.compile(r"^(?:(?:re|fwd?|aw|wg|tr|rv|r|i|antw|sv)\s*:\s*)+", re.IGNORECASE)
_STATUS_LEAD = rx.compile(
    r"^(?i:(?:(?:your|my|our|the|votre|ihre|deine|tu|su|sua|la tua|a sua|uw|je|jouw)\s+)?"
    r"(?:(?:job\s+)?application(?:\s+(?:outcome|update|status|result|received))?|applying|"
    r"candidature|candidatura|bewerbung|sollicitatie|solicitud|postulaci[oó]n|"
    r"proceso(?:\s+de\s+selecci[oó]n)?|processo(?:\s+seletivo|\s+di\s+selezione)?|selezione|"
    r"selecci[oó]n|s[ée]lection|sele[cç][aã]o|esito(?:\s+(?:colloquio|selezione|candidatura))?|"
    r"update|news|thank\s+you|thanks|following\s+up|follow[- ]up|feedback|outcome|decision|"
    r"response|r[ée]ponse|respuesta|resposta|risposta|riscontro|absage|r[üu]ckmeldung|"
    r"terugkoppeling|reactie)"
    r"(?:\s+(?:for|to|as|on|about|regarding|als|pour|para|per|voor|de|di|a|zur|zum|f[üu]r|on the|"
    r"for the|um(?: eine?n?)?|als(?: eine?n?)?))?)(?:\s+|$)"
)
_STATUS_TAIL = rx.compile(
    r"(?:\s+(?i:interview(?:s)?|search|application|process|recruitment|update|feedback|follow[- ]up|"
    r"vacancy|opening|\d{4}|\(\d{4}\)))+$"
)


_SHORT_DOTTED = rx.compile(r"\b\w{1,3}\.$")
_NOT_A_TITLE_MARK = rx.compile(r"\d{3}|@|\?|!")


def _subject_parts(subject: str) -> str | None:
    """The post among a subject's parts, once the parts that say what the message is are gone.

    A part naming a title by its head noun counts ("Senior Accounts Executive interview"); a part in
    sentence case counts after a status part ("Candidature – Menuisier agenceur").
    """
    subject = _REPLY_PREFIX.sub("", subject.strip())
    status = False
    plain: list[str] = []
    for raw in _SUBJECT_SPLIT.split(subject):
        part = raw.strip()
        if part.casefold() in _LABELS:  # "Position: Claims Handler | Req 55120"
            status = True
            continue
        lead = _STATUS_LEAD.match(part)
        if lead:
            status = True
            part = part[lead.end() :]
        part = ROMANCE_GENDER.sub("", _STATUS_TAIL.sub("", part)).strip(" ,")
        if part.endswith(".") and not _SHORT_DOTTED.search(part):  # but "Jr."
            part = part[:-1]
        if not part or not part[0].isalpha() or part.split()[0].lower() in PREPOSITIONS:
            continue
        heads = _head_match(part)
        if heads:
            return clean(heads)
        if lead or status:
            plain.append(part)
    for part in plain:
        tokens = part.split()
        if _NOT_A_POST.search(part):
            continue
        if 1 <= len(tokens) <= 6 and not _NOT_A_TITLE_MARK.search(part) and tokens[0].lower() not in GENERIC_ROLE:
            value = clean(part)
            if value and not _STATUS_LEAD.match(value):
                return value[0].upper() + value[1:]
    return None


_LABELS = wordset("position role job vacancy post stelle poste puesto vacature functie posizione vaga cargo") | {
    "job title",
    "internal vacancy",
    "internal position",
    "internal posting",
    "new vacancy",
}
# what happened to the process, not the post: "Application Process Cancelled for 2026"
_NOT_A_POST = rx.compile(
    r"(?i:\b(?:cancel\w*|closed?|received|process|status|on hold|paused|withdrawn|your|you|we|our|"
    r"unfortunately|regret|sorry)\b)"
)


def _head_match(part: str) -> str | None:
    m = _subject_role().fullmatch(part + " ")
    if m is None:
        m = _HEADED_PART.fullmatch(part)
    if m is None or not title_case_ok(clean(m.group("r").strip())):
        return None
    value = m.group("r").strip()
    return value if len(value.split()) <= 9 else None
