"""What a job title is made of, and how a title found in a letter is cleaned.

The words that end most titles and the programmes people apply to, the marks a title carries
that are not part of it (gender, contract terms, a reference number, a year), and the employer's
name around it. `roles` finds the title; this module says what it looks like.
"""

from __future__ import annotations

import re

from .. import rx
from ..text import wordset
from .fields import squash

# Words that end most job titles, for subjects like "Acme - Founding Engineer".
ROLE_HEADS = (
    "engineer|developer|manager|analyst|designer|scientist|specialist|coordinator|intern|"
    "internship|"
    "associate|consultant|director|lead|officer|assistant|administrator|representative|accountant|"
    "nurse|technician|architect|researcher|editor|writer|adjuster|advisor|adviser|executive|"
    "supervisor|controller|paralegal|agent|planner|strategist|recruiter|marketer|buyer|auditor|"
    "teacher|lecturer|therapist|pharmacist|physician|operator|programmer|tester|trainee|apprentice|"
    "operative|worker|driver|cashier|barista|clerk|receptionist|professor|fellow|chemist|"
    "electrician|mechanic|inspector|surveyor|solicitor|lawyer|counsel|owner|head|chief|leader"
)


# programmes people apply to: "Apprenticeship Program", "Training Contract", "Graduate Scheme"
PROGRAMMES = "program|programme|\\w*programm|scheme|internship|apprenticeship|traineeship|contract|fellowship|placement"


GENERIC_ROLE = wordset(
    "internship job role position application candidacy update interview opening vacancy post "
    "interest recent our the this your "
    # an unsolicited application names no post: "Votre candidature spontanée"
    "spontanée spontané spontaneous speculative unsolicited initiativbewerbung espontánea espontáneo "
    "espontânea spontanea spontaan open internal external"
)


# a title never opens with one: "Bij Studio Lindeboom", "Zu unserem Gespräch"
PREPOSITIONS = wordset("at with in for to bij met voor zu zum zur mit bei au aux à chez en dans con para per presso")


# "last Thursday for the Backend Engineer role": a day or a month never opens a title
_CALENDAR = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi "
    "mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag segunda terça quarta quinta sexta lunedì martedì mercoledì giovedì "
    "venerdì sabato"
)
NOT_FIRST = GENERIC_ROLE | PREPOSITIONS | _CALENDAR


_CONNECTORS = wordset("of and & for de del la le du des der und di y e van da in to the - – / ,")


_GENDER = rx.compile(
    r"\s*\((?:[mwfdhx]\s*/\s*){1,3}[mwfdhx]\)|\s*\((?:all genders|gn\*?|alle Geschlechter)\)|"
    r"\s+[mwfdh]/[mwfdh](?:/[mwfdhx])?\b|\s*\*in\b|(?<=[a-zäöü])(?:/-?in|:in|\(in\)|_in)\b",
    re.IGNORECASE,
)


ROMANCE_GENDER = rx.compile(r"(?<=\w)(?:\((?:e|a|o|ne|se|in)\)|/(?:a|e|in|ne|se)\b)")


# "(Java)", "(EMEA)", "(2-4 PQE)" belong to the title; a reference or the terms of the
# contract ("(Contract)", "(Teilzeit)", "(CDD)") do not
_CONTRACT_TERMS = rx.compile(
    r"\s*\((?:[^()]*\d{3}[^()]*|(?i:ref|req|id|job|réf|rif|kennziffer|grade|band|remote|hybrid|"
    r"contract|contractor|freelance|part[- ]time|full[- ]time|temporary|temp|fixed[- ]term|permanent|"
    r"maternity|befristet|unbefristet|teilzeit|vollzeit|cdi|cdd|alternance|tiempo|jornada|"
    r"temporal|indefinido|tempo|meio período|determinato|indeterminato|parttime|fulltime|"
    r"tijdelijk|vast)\b[^()]*|\d+\s*(?i:mois|months?|meses|monate?n?|mesi|maanden|weeks?|semaines))\)"
)


_LEADING_ARTICLES = rx.compile(r"^(?:(?:the|a|an|our|your|this|open)\s+)+", re.IGNORECASE)
# ...but not a name that holds a number ("4-H Youth Development Leader")
_LEADING_REFERENCE = rx.compile(r"^(?!\d+-[A-Z]\b)[\w-]*\d[\w/-]*,?\s+")
# the terms of the contract written before the title: "the fixed-term Senior Licensing Officer post"
_LEADING_TERMS = rx.compile(
    r"^(?:fixed[- ]term|part[- ]time|full[- ]time|permanent|temporary|interim|freelance|seasonal)\s+(?=[A-Z])"
)
_TRAILING_CONJUNCTION = rx.compile(r"\s+(?:and|or|und|oder|et|ou|y|o|en|of)$")
_TRAILING_YEAR = rx.compile(r"(?:\s+(?:in|for|de|en|für|per|para|pour|voor))?\s+\(?(?:19|20)\d{2}\)?$|['’]s$")


def clean(raw: str) -> str:
    role = _GENDER.sub("", raw)
    role = _CONTRACT_TERMS.sub("", role)
    role = _LEADING_ARTICLES.sub("", role)
    role = _LEADING_TERMS.sub("", role)
    role = _LEADING_REFERENCE.sub("", role)  # a leading reference number ("MX-4471 ...")
    # "our advertisement for a Bookkeeper and for ...": the title stops before the conjunction
    role = _TRAILING_CONJUNCTION.sub("", role)
    # "Summer Newsroom Intern in 2026", "the Assistant Director's position"
    role = _TRAILING_YEAR.sub("", role)
    return role.strip(" ,-–")


def title_case_ok(role: str) -> bool:
    tokens = role.replace(",", " ").split()
    # "iOS", "eCommerce" count as capitalised
    return all(any(c.isupper() for c in t[:2]) or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens)


_CORE_HEADS = rx.compile(rf"(?i)\b(?:{ROLE_HEADS}|{PROGRAMMES}|fellowship)s?$")
_ANY_HEAD = rx.compile(rf"(?i)\b(?:{ROLE_HEADS}|{PROGRAMMES})s?\b")


_DIGIT_OR_COMMA = rx.compile(r"[\d,]")


def title_core(value: str) -> str:
    """The capitalised title inside lowercase words around it: "pilot Graduate Writing Fellowship",
    "Audit Associate graduate"; empty when there is none."""
    tokens = value.split()
    while tokens and tokens[0].isalpha() and tokens[0].islower():
        tokens.pop(0)
    while tokens and (not any(c.isupper() for c in tokens[-1][:2]) or tokens[-1].lower() in _CONNECTORS):
        tokens.pop()
    core = " ".join(tokens)
    if _DIGIT_OR_COMMA.search(core):
        return ""
    heads = _CORE_HEADS.search(core)
    return core if heads and title_case_ok(core) else ""


def without_company(role: str | None, company: str | None) -> str | None:
    """The title without the employer's name in front ("Thornbury Group Graduate Programme") or
    behind ("Coordinador de Eventos del Hotel Mirador")."""
    if not role or not company:
        return role
    behind = re.search(rf"(?i)\s+(?:del|de la|de|da|do|della|di|of|at|bei|bij|chez|van)\s+{re.escape(company)}$", role)
    if behind and behind.start() > 0:
        return role[: behind.start()]
    words, names = role.split(), {squash(w) for w in company.split()}
    cut = 0
    while cut < len(words) - 1 and squash(words[cut]) in names:
        cut += 1
    if cut and squash(words[0]) == squash(company.split()[0]):
        rest = " ".join(words[cut:])
        if len(words) - cut >= 2 and _ANY_HEAD.search(rest):
            return rest
    return role


# Romance titles open with their head noun: "Enfermera de quirófano", "Ingegnere di Processo".
ROMANCE_HEADS = (
    "enfermer[oa]|director[a]?|diretor[a]?|direttore|directeur|directrice|programador[a]?|"
    "programmatore|desarrollador[a]?|ingenier[oa]|ingegnere|engenheir[oa]|ingénieur[e]?|"
    "técnic[oa]|tecnico|analista|responsable|responsabile|responsável|gestor[a]?|coordinador[a]?|"
    "coordenador[a]?|coordinatore|jefe|jefa|especialista|consultor[a]?|consulente|contable|"
    "contabile|desenvolvedor[a]?|sviluppatore|chargée?|chef|asistente|assistente|product owner|"
    "technicien(?:ne)?|développeu(?:r|se)|comptable|conseill(?:er|ère)|juriste|gestionnaire|"
    "acheteu(?:r|se)|opérat(?:eur|rice)|auxiliar|administrativ[oa]|ingénieure?|contrôleu(?:r|se)|controlador[a]?|"
    "controllore|istrut(?:tore|trice)|impiegat[oa]|addett[oa]|magazzinier[ea]|monitor[a]?|educador[a]?|"
    "éducat(?:eur|rice)|animat(?:eur|rice)|profesor[a]?|professor[a]?|professeur|docente|médic[oa]|médecin|"
    "medico|enfermeir[oa]|infermier[ea]|auxiliaire|vendedor[a]?|venditore|vendeu(?:r|se)|cajer[oa]|secretari[oa]|"
    "secrétaire|segretari[oa]|recepcionista|abogad[oa]|avocat|avvocato|advogad[oa]|economista|arquitect[oa]|"
    "architetto|architecte|farmacéutic[oa]|pharmacien(?:ne)?|farmacista|químic[oa]|becari[oa]|stagiaire|"
    "tirocinante|estagiári[oa]|aprendiz|apprenti(?:e)?"
)
