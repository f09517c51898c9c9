"""The stated reason, read from the shape of the sentences that give it.

Takes the letter's lower-cased sentences, its language and the decisions the grammar read; gives
the set of reasons the letter states, in the contract's terms. The caller ranks them (a closed
role outranks logistics, which outranks the candidate's experience, and so on).

- `experience`: the candidate's own profile falls short, said in one clause: something of theirs
  (skills, experience, qualifications, profile) or the post's requirements, with a negated fit
  ("does not match", "n'correspond pas") or a word of shortfall ("insufficient", "onvoldoende").
  A clause that compares with other candidates ("candidates whose experience more closely
  matches") is no judgement of the candidate and is left to `other_candidates`.
- `other_candidates`: someone else chosen (the decisions `chose_other`, `chose_named`,
  `better_other`), or the size of the field ("more than 800 applications", "un gran número de
  candidatos"), or "not among the finalists".
- `position_filled` / `role_closed`: the decisions `filled` and `closed`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from .. import rx
from . import NO_OPENING, Decision, is_condition
from . import decisions as decisions_of
from .shortfall import SHORTFALL
from .words import WORDS

__all__ = ["about_others", "clauses", "reasons"]

_CLAUSE = r"[^.;:!?]"


# "this is not a reflection on your experience": a disclaimer, not a judgement
_DISCLAIMER = rx.compile(
    r"\b(?:reflect\w*|judg\w*|statement|indication|comment|wertung|bewertung|urteil|jugement|"
    r"remise en (?:cause|question)|reflet|reflejo|juicio|oordeel|waardeoordeel|reflexo|julgamento|"
    r"giudizio|riflesso|zweifel\w*|werten|doubt\w*|doute\w*|duda\w*|twijfel\w*|dúvida\w*|dubbi\w*)\b"
)

# what the candidate and the post could not agree on: salary, place, papers, dates
_LOGISTICS: dict[str, str] = {
    "en": r"residence permit|residency|place of residence|"
    r"salary|compensation|location|distance|relocat\w*|commut\w*|visa|sponsorship|work (?:authori[sz]ation|"
    r"permit)|right to work|availability|start date|notice period",
    "de": r"aufenthaltstitel|aufenthaltserlaubnis|wohnort|"
    r"gehalt\w*|gehaltsvorstellung\w*|vergütung\w*|standort\w*|entfernung|umzug|visum|arbeitserlaubnis|"
    r"verfügbarkeit|eintrittstermin|kündigungsfrist",
    "fr": r"titre de séjour|lieu de résidence|"
    r"salaire|prétentions salariales|rémunération|localisation|distance|déménagement|visa|permis de travail|"
    r"disponibilité|préavis",
    "es": r"permiso de residencia|lugar de residencia|"
    r"salari\w*|aspiración salarial|sueldo|ubicación|distancia|reubicación|visado|visa|permiso de trabajo|"
    r"disponibilidad",
    "nl": r"verblijfsvergunning|woonplaats|"
    r"salaris\w*|salariswens\w*|locatie|afstand|reisafstand|verhuizing|visum|werkvergunning|beschikbaarheid|"
    r"opzegtermijn",
    "pt": r"títulos? de residência|autorização de residência|morada|"
    r"salári\w*|pretensão salarial|remuneração|localização|distância|mudança|visto|autorização de trabalho|"
    r"disponibilidade",
    "it": r"residenza|"
    r"retribu\w*|stipendio|richiesta economica|distanza|trasferimento|visto|permesso di soggiorno|"
    r"disponibilità",
}
# a clause that gives something as the cause: "was a strong factor", "aufgrund", "debido a"
_CAUSE = (
    r"factor|reason|because|due to|owing to|given|motivo|grund|aufgrund|wegen|raison|en raison|parce|debido|"
    r"porque|por causa|devido|vanwege|omdat|reden|perché|a causa|dato|sodass|so dass|daher|deshalb"
)
# the search itself stopped: "we have decided to suspend the recruitment", "not to offer the post to anyone"
_STOPPED: dict[str, str] = {
    # "this position has been removed from the budget"
    "en": r"\b(?:position|role|post|vacancy|headcount)\b[^.;]{0,40}?\b(?:removed|eliminated|cut) from\b|"
    r"\b(?:cancel\w*|suspend\w*|freez\w*|froze|paus\w*|withdr[ae]w\w*|halt\w*|put on hold)\b[^.;]{0,40}?"
    r"\b(?:recruitment|hiring|search|process|program(?:me)?|position|role|vacancy|post)\b|"
    r"\b(?:process|program(?:me)?|recruitment|hiring|search)\b[^.;]{0,40}?\b(?:has been|was|is|have been) "
    r"(?:cancel\w*|suspended|halted|paused|put on hold|frozen)\b|"
    r"\bnot to (?:offer|fill|appoint|make an offer)\b[^.;]{0,40}?\b(?:any|anyone|at all)\b",
    "de": r"\b(?:zurückzuziehen|zurückgezogen|stoppen|gestoppt|einzustellen|eingestellt|auszusetzen|ausgesetzt|"
    r"abzubrechen|abgebrochen)\b",
    "fr": r"\b(?:suspendre|annuler|clôturer|geler|suspendu|annulé|clôturé|gelé|interrompre|interrompu)e?s?\b"
    r"[^.;]{0,40}?"
    r"\b(?:recrutement|processus|poste)\b|"
    r"\b(?:recrutement|processus)\b[^.;]{0,40}?\b(?:suspendu|annulé|gelé|interrompu|clôturé)e?s?\b",
    "es": r"\b(?:suspender|cancelar|cerrar|congelar|suspendido|cancelado|cerrado|congelado)s?\b[^.;]{0,40}?"
    r"\b(?:contratación|proceso|selección|vacante|puesto)\b|"
    r"\b(?:proceso|selección|contratación)\b[^.;]{0,40}?\b(?:cancelad|suspendid|congelad|cerrad)[oa]s?\b",
    "nl": r"\b(?:intrekken|ingetrokken|stopzetten|stopgezet|annuleren|geannuleerd|pauzeren|gepauzeerd)\b",
    "pt": r"\b(?:suspender|cancelar|encerrar|congelar|suspendemos|cancelamos|encerramos)\b[^.;]{0,40}?"
    r"\b(?:recrutamento|processo|seleção|vaga|cargo)\b|"
    r"\b(?:recrutamento|processo|seleção)\b[^.;]{0,40}?\b(?:cancelad|suspens|congelad|encerrad)[oa]s?\b",
    "it": r"\b(?:sospendere|annullare|chiudere|sospes[oa]|annullat[oa]|chius[oa])\b[^.;]{0,40}?"
    r"\b(?:selezione|processo|ricerca|posizione)\b|"
    r"\b(?:selezione|processo|ricerca)\b[^.;]{0,40}?\b(?:sospes|annullat|chius|interrott)[oa]\b",
}

# a hard requirement of the post, which a rejection states because the candidate lacks it: "Für die
# Stelle ist die deutsche Approbation zwingend erforderlich", "the role requires a full licence"
_REQUIRED: dict[str, str] = {
    "en": r"(?:is|are|was|were) (?:\w+ )?(?:required|essential|mandatory|a (?:requirement|prerequisite|must))|"
    r"(?:role|position|post|job) (?:requires|required)",
    "de": r"(?:zwingend |unbedingt )?(?:erforderlich|notwendig|vorausgesetzt|unerlässlich)|"
    r"setz\w* (?:\w+ ){0,6}?voraus",
    "fr": r"obligatoires?|exigée?s?|requise?s?|indispensables?|prérequis",
    "es": r"imprescindibles?|obligatori[oa]s?|requerid[oa]s?|indispensables?",
    "nl": r"vereist|noodzakelijk|verplicht|een vereiste|onmisbaar",
    "pt": r"obrigatóri[oa]s?|exigid[oa]s?|indispensáve(?:l|is)|imprescindíve(?:l|is)",
    "it": r"obbligatori[oa]|richiest[oa]|indispensabil[ei]|imprescindibil[ei]",
}
_POST = rx.compile(
    r"\b(?:role|position|post|job|vacancy|stelle|position|poste|emploi|puesto|vacante|functie|vacature|vaga|cargo|"
    r"posizione|ruolo|stellenantritt|ausbildung\w*|praktikum|estágio|prácticas|tirocinio|stageplaats)\b"
)

# "you will not be among the finalists"
_NOT_AMONG_EN = r"\bnot (?:be )?(?:among|one of) (?:the|our) (?:\w+ ){0,2}(?:candidates|finalists|applicants)"


class _Patterns(NamedTuple):
    shortfall: re.Pattern[str]
    attribute: re.Pattern[str]
    candidate: re.Pattern[str]
    others: re.Pattern[str]
    volume: re.Pattern[str]
    needs: re.Pattern[str]
    logistics: re.Pattern[str]
    cause: re.Pattern[str]
    stopped: re.Pattern[str]
    required: re.Pattern[str]


@functools.cache
def _patterns(language: str) -> _Patterns:
    w = WORDS.get(language, WORDS["en"])
    s = SHORTFALL.get(language, SHORTFALL["en"])
    neg = "|".join(p for p in w.neg.split("|") if p != "n't")
    negated_fit = rf"(?:\b(?:{neg})\b|n't\b){_CLAUSE}{{0,40}}?\b(?:{w.fit}|{s.attribute})\b"
    volume = s.volume if language != "en" else f"{s.volume}|{_NOT_AMONG_EN}"
    return _Patterns(
        shortfall=rx.compile(rf"{negated_fit}|\b(?:{s.short})\b"),
        attribute=rx.compile(rf"\b(?:{s.attribute})\b"),
        candidate=rx.compile(rf"\b(?:{w.candidate}|{s.possessive})\b"),
        others=rx.compile(rf"\b(?:{w.other})\b|\b(?:{w.generic})\b"),
        volume=rx.compile(rf"\b(?:{volume})"),
        needs=rx.compile(rf"\b(?:{s.needs})"),
        logistics=rx.compile(rf"\b(?:{_LOGISTICS.get(language, _LOGISTICS['en'])})\b"),
        cause=rx.compile(rf"\b(?:{_CAUSE})\b"),
        stopped=rx.compile(_STOPPED.get(language, _STOPPED["en"])),
        required=rx.compile(rf"\b(?:{_REQUIRED.get(language, _REQUIRED['en'])})\b"),
    )


_ABOUT_OTHERS = frozenset({"chose_other", "chose_named", "better_other"})
# the reason a decision rule states by itself
_READS: dict[str, str] = {
    **dict.fromkeys(_ABOUT_OTHERS, "other_candidates"),
    "filled": "position_filled",
    "closed": "role_closed",
    "needs_other": "experience",
}


def about_others(decisions: Iterable[Decision], language: str) -> set[str]:
    """The clauses whose decision is another person chosen: comparisons, not judgements.

    A sentence is cut at semicolons first, so that in "the role needs more Kubernetes experience;
    other candidates were a closer match" only the second half compares.
    """
    p = _patterns(language)
    found: set[str] = set()
    for d in decisions:
        if _needs(p, d.sentence):
            continue
        if _ABOUT_OTHERS.intersection(d.rules):
            clauses = d.sentence.split(";")
            if len(clauses) == 1:
                found.add(d.sentence)
                continue
            for read in decisions_of(clauses, language):
                if _ABOUT_OTHERS.intersection(read.rules):
                    found.add(read.sentence)
    return found


def clauses(sentence: str) -> list[str]:
    """A sentence cut at its semicolons."""
    return sentence.split(";")


def reasons(sentences: Iterable[str], language: str, decisions: Iterable[Decision]) -> dict[str, str]:
    """Every reason the sentences state, in the contract's names, each with the sentence stating it."""
    p = _patterns(language)
    decided = list(decisions)
    found: dict[str, str] = {}
    for d in decided:
        # "we are looking for someone with more experience" asks for what the candidate lacks
        needs = _needs(p, d.sentence)
        for rule in d.rules:
            if rule in _READS:
                found.setdefault("experience" if needs and rule in _ABOUT_OTHERS else _READS[rule], d.sentence)
    comparisons = about_others(decided, language)
    for whole in sentences:
        for sentence in clauses(whole):
            if is_condition(sentence, language):
                continue
            if p.volume.search(sentence):
                found.setdefault("other_candidates", whole)
            if p.stopped.search(sentence) or NO_OPENING.search(sentence):
                found.setdefault("role_closed", whole)
            if (
                p.logistics.search(sentence)
                and (p.cause.search(sentence) or p.shortfall.search(sentence) or p.required.search(sentence))
                and not _THANKS.search(sentence[: p.logistics.search(sentence).start()])  # type: ignore[union-attr]
            ):
                found.setdefault("logistics", whole)
            if sentence in comparisons or "experience" in found:
                continue
            parts = _PARTS.split(sentence)
            if _needs(p, sentence) or _required(p, sentence) or any(_falls_short(p, c, sentence) for c in parts):
                found["experience"] = whole
    return found


# compiled once, not looked up in `re`'s cache for every sentence (#13)
_PARTS = rx.compile(r"[,;]| but | however ")
_CLAUSE_BREAK = rx.compile(r"[,;]")


def _required(p: _Patterns, clause: str) -> bool:
    """A hard requirement of the post ("for the role a full licence is essential"), not of a form."""
    return bool(p.required.search(clause) and _POST.search(clause) and not _DISCLAIMER.search(clause))


def _needs(p: _Patterns, sentence: str) -> bool:
    """A clause that asks for what the candidate lacks: "as we need someone with more ..."."""
    for clause in _CLAUSE_BREAK.split(sentence):
        need = p.needs.search(clause)
        if need and not _names_others(p, clause, need.end()):
            return True
    return False


def _names_others(p: _Patterns, sentence: str, asked: int = -1) -> bool:
    """Another candidate named; the "someone" a need asks for ("we are looking for a candidate
    with ...", "nous recherchons un profil plus expérimenté"), which ends at `asked`, is not one."""
    return any(
        not m.group(0).startswith(_SOMEONE) and not (m.start() < asked <= m.end() + 1)
        for m in p.others.finditer(sentence)
    )


_SOMEONE = ("someone", "somebody", "iemand", "jemand", "quelqu'un", "alguien", "alguém", "qualcuno")


def _falls_short(p: _Patterns, clause: str, sentence: str = "") -> bool:
    m = p.shortfall.search(clause)
    if not m or p.others.search(clause) or _DISCLAIMER.search(clause):
        return False
    # "your application was not considered, as it lacks the required licence": a clause of cause
    # or of contrast speaks of the subject of the clause before it
    whose = sentence if _BECAUSE.match(clause) else clause
    return bool(p.attribute.search(clause) and p.candidate.search(whose))


_THANKS = rx.compile(
    r"\b(?:thank\w*|merci|remerci\w*|dank\w*|bedank\w*|gracias|agradec\w*|obrigad\w*|grazie|ringrazi\w*)\b"
)
_BECAUSE = rx.compile(
    r"\s*(?:as|since|because|given that|da|weil|denn|car|puisque|parce que|porque|ya que|omdat|want|"
    r"aangezien|pois|visto que|in quanto|poiché|perché|dato che|"
    # "your plan reading was solid, but the tolerancing part fell short": a contrast within one test
    r"but|mais|aber|jedoch|pero|maar|mas|porém|ma|però)\b"
)
