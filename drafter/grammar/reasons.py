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
from dataclasses import dataclass

from .. import rx
from . import Decision, is_condition
from . import decisions as decisions_of
from .words import WORDS

__all__ = ["about_others", "clauses", "reasons"]

_CLAUSE = r"[^.;:!?]"


@dataclass(frozen=True)
class _Shortfall:
    attribute: str  # something of the candidate's, or what the post requires
    short: str  # a word that says "not enough" on its own
    volume: str  # a large number of applications
    possessive: str  # "your", "Ihre", "votre": the candidate's own
    needs: str  # "we need someone who ...": a requirement the candidate did not meet


_SHORTFALL: dict[str, _Shortfall] = {
    "en": _Shortfall(
        attribute=(
            r"skills?|skill ?set|portfolio|brief|experience|background|qualifications?|profile|expertise|eligibility|"
            r"criteri(?:a|on)|competenc(?:y|ies|e)|knowledge|seniority|degree|certifications?|"
            r"requirements?|needs|what we(?:'re| are) looking for|level|standard|(?:we|they) look for|"
            r"what (?:we|the (?:role|team|position|post)) (?:need|needs|require|requires)"
        ),
        short=(
            r"fail(?:s|ed|ure)? to (?:meet|demonstrate|show|provide)|lack\w*|insufficient|not enough|"
            r"short of|fall(?:s|ing)? short|fell short|below|missing|(?:did|do|does) not (?:yet )?(?:show|"
            r"demonstrate|display|have)"
        ),
        volume=(
            r"(?:\d[\d,.]*\+?|many|numerous|hundreds of|thousands of|so many|a lot of|(?:a )?(?:large|high|"
            r"significant|overwhelming|record|great) (?:number|volume|amount) of|a number of) (?:[\w-]+ ){0,2}"
            r"(?:applications|applicants|candidates|resumes|cvs|responses|submissions)|"
            # "we meet many more qualified students than we can take", "only the fifteen highest-ranked
            # applicants have been selected"
            r"more (?:\w+ ){0,2}(?:students|candidates|applicants|people) than (?:we|there)|"
            r"only (?:the )?(?:[\w-]+ ){0,3}(?:applicants|candidates|students) (?:have been|were|are|will be) "
            r"(?:selected|chosen|offered|appointed|invited)"
        ),
        possessive=r"your|yours",
        needs=(
            r"(?:we|i|manager|team|they|client|committee)\b (?:\w+ )?(?:(?:are|were|is|was) (?:seeking|looking "
            r"for)|requir\w*|need\w*|seek\w*|want\w*) (?:someone|somebody|an? (?:\w+ )?(?:candidate|"
            r"applicant|person|individual))\b|"
            # "we were looking for more hands-on Kafka skills": the gap itself
            r"(?:we|i|manager|team|they|client|committee)\b (?:\w+ )?(?:(?:are|were|is|was) (?:seeking|looking for)|"
            r"need\w*|want\w*|requir\w*) more (?:[\w-]+ ){0,3}(?:experience|skills?|expertise|knowledge|exposure)\b"
            # "the client has been very clear that they need hands-on TIA Portal programming"
            r"|(?:we|they|client|manager|team)\b (?:\w+ ){0,6}?(?:need|needs|require|requires) "
            r"(?:hands-on|proven|direct|solid|extensive|substantial|demonstrable|at least)\b"
        ),
    ),
    "de": _Shortfall(
        attribute=(
            r"qualifikation\w*|erfahrung\w*|kenntniss\w*|profil|fähigkeit\w*|ausbildung|anforderung\w*|"
            r"kompetenz\w*|voraussetzung\w*|erwartung\w*|niveau|ergebnis\w*"
        ),
        short=r"nicht ausreichend\w*|unzureichend\w*|fehl(?:t|en)\w*|mangel\w*",
        volume=(
            r"(?:\d[\d.]*|viele|zahlreiche|große[nr]? (?:anzahl|zahl)|hohe[nr]? (?:anzahl|zahl)|"
            r"vielzahl)(?: an| von)? (?:\w+ ){0,2}(?:bewerbungen|bewerber\w*|kandidat\w*|zuschriften)"
        ),
        possessive=r"ihre?[nmrs]?|deine?[nmrs]?|sie|ihnen",
        needs=(
            r"(?:suchen|benötigen|brauchen|wünschen) (?:wir |uns )?(?:jemanden|eine person|einen kandidaten|"
            r"eine kandidatin|ein profil)"
        ),
    ),
    "fr": _Shortfall(
        attribute=(
            r"profil|expériences?|compétences?|qualifications?|formation|parcours|exigences|critères|"
            r"attentes|besoins|niveau|épreuve|résultats?|partie"
        ),
        short=r"insuffisant\w*|manque\w*|pas atteint|en (?:deçà|dessous) d\w*|inférieur\w*",
        volume=(
            r"(?:\d[\d  .]*|nombreu\w+|grand nombre de|nombre important de|multitude de) (?:\w+ ){0,2}"
            r"(?:candidatures|candidats|dossiers)"
        ),
        possessive=r"votre|vos|ton|ta|tes|vous",
        needs=(
            r"(?:recherch\w*|cherch\w*|besoin d'|besoin de) (?:quelqu'un|un profil|une personne|un candidat|"
            r"une candidate)"
        ),
    ),
    "es": _Shortfall(
        attribute=(
            r"perfil|experiencia|habilidades|competencias|formación|requisitos|cualificaci\w*|"
            # "sus resultados", not "no ha resultado seleccionada" (has not turned out)
            r"conocimientos|necesidades|nivel|(?:los|sus|tus|el|su|tu) resultados?"
        ),
        short=r"insuficiente\w*|carece\w*|falta\w*",
        volume=(
            r"(?:\d[\d.]*|numeros\w+|gran (?:número|cantidad) de|alto número de|much[oa]s) (?:\w+ ){0,2}"
            r"(?:candidaturas|candidatos|solicitudes|postulaciones|postulantes|currículums)"
        ),
        possessive=r"su|sus|tu|tus|usted",
        needs=(
            r"(?:necesit\w+|busc(?:amos|ábamos|aba)|requer\w+) (?:a )?(?:alguien|una persona|un perfil|un candidato|"
            r"una candidata)"
        ),
    ),
    "nl": _Shortfall(
        attribute=(
            r"profiel|ervaring|opleiding|kwalificaties|vaardigheden|competenties|eis|eisen|functie-eisen|"
            r"achtergrond|kennis|diploma|certificaat|bevoegdheid|niveau|uitslag|resultaten"
        ),
        short=r"onvoldoende|ontbre\w+|gebrek\w*|te weinig",
        volume=(
            r"(?:\d[\d.]*|veel|vele|groot aantal|grote hoeveelheid|flink aantal|heel wat) (?:\w+ ){0,2}"
            r"(?:sollicitaties|reacties|kandidaten|sollicitanten|brieven|deelnemers)"
        ),
        possessive=r"uw|jouw|je|u",
        needs=(
            r"(?:zoeken|zochten|hebben|op zoek (?:zijn |waren )?naar) (?:wij |we )?(?:nodig )?(?:iemand|"
            r"een kandidaat|een profiel)"
        ),
    ),
    "pt": _Shortfall(
        attribute=(
            r"perfil|experiência|qualificaç\w+|competências|habilidades|formação|requisitos|"
            r"conhecimentos|necessidades|nível|(?:os|seus|teus|o|seu|teu) resultados?"
        ),
        short=r"insuficiente\w*|falta\w*",
        volume=(
            r"(?:\d[\d.]*|muit[oa]s|grande (?:número|quantidade) de|alto número de|elevado número de) "
            r"(?:\w+ ){0,2}(?:candidaturas|candidatos|currículos|inscrições|inscritos)"
        ),
        possessive=r"seu|sua|seus|suas|você|voce",
        needs=r"(?:precis\w+ de|busc\w+|procur\w+) (?:alguém|um perfil|uma pessoa|um candidato|uma candidata)",
    ),
    "it": _Shortfall(
        attribute=(
            r"profilo|figura professionale|esperienz\w+|competenze|qualifiche|formazione|requisit[oi]|"
            r"conoscenze|esigenze|percorso|patent\w*|abilitazion\w*|titolo di studio|livello|risultat[oi]"
        ),
        short=r"insufficient\w*|manca\w*|carenz\w*|priv[oa] del\w*|non (?:\w+ )?(?:comprende|possiede)",
        volume=(
            r"(?:\d[\d.]*|numeros\w+|molt[ie]|elevato numero di|gran numero di|grande quantità di) "
            r"(?:\w+ ){0,2}(?:candidature|candidati|curricula|cv)"
        ),
        possessive=r"suo|sua|suoi|sue|tuo|tua|tuoi|tue|lei",
        needs=(
            r"(?:cerc(?:hiamo|avamo)|(?:abbiamo|avevamo) bisogno di|necessit\w+ di) (?:qualcuno|un profilo|una persona|"
            r"un candidato|una candidata)"
        ),
    ),
}

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
    r"porque|por causa|devido|vanwege|omdat|reden|perché|a causa|dato"
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
    "de": r"(?:zwingend |unbedingt )?(?:erforderlich|notwendig|vorausgesetzt|unerlässlich)",
    "fr": r"obligatoires?|exigée?s?|requise?s?|indispensables?|prérequis",
    "es": r"imprescindibles?|obligatori[oa]s?|requerid[oa]s?|indispensables?",
    "nl": r"vereist|noodzakelijk|verplicht|een vereiste|onmisbaar",
    "pt": r"obrigatóri[oa]s?|exigid[oa]s?|indispensáve(?:l|is)|imprescindíve(?:l|is)",
    "it": r"obbligatori[oa]|richiest[oa]|indispensabil[ei]|imprescindibil[ei]",
}
_POST = rx.compile(
    r"\b(?:role|position|post|job|vacancy|stelle|position|poste|emploi|puesto|vacante|functie|vacature|vaga|cargo|"
    r"posizione|ruolo|stellenantritt)\b"
)

# no post open at all, to an unsolicited application: "aucun poste correspondant à votre profil
# n'étant ouvert actuellement", "we have no suitable vacancies at the moment", "derzeit keine Stelle frei"
_NO_OPENING = rx.compile(
    r"\b(?:no |not (?:currently )?have (?:any )?|don't (?:currently )?have (?:any )?)(?:current |open |suitable |"
    r"available |relevant )*(?:vacanc(?:y|ies)|openings?|positions?|roles?) (?:\w+ ){0,4}?(?:available|open|"
    r"at (?:the|this) moment|at present|currently)\b|"
    r"\baucun (?:poste|emploi|besoin)\b[^.;]{0,60}?\b(?:n'est|n'étant|ne (?:\w+ )?(?:correspond|est))\b|"
    r"\bkeine (?:\w+ )?(?:stellen?|vakanz\w*|positionen?)\b[^.;]{0,40}?\b(?:frei|offen|zu besetzen|vakant|verfügbar)\b|"
    r"\bno (?:tenemos|disponemos de|hay) (?:ninguna |ningún )?(?:vacantes?|puestos?|posiciones?)\b|"
    r"\bgeen (?:\w+ )?(?:vacatures?|functies?)\b[^.;]{0,30}?\b(?:open|beschikbaar|vrij)\b|"
    r"\bnão (?:temos|há|existem) (?:\w+ )?(?:vagas?|posições)\b|"
    r"\bnon (?:abbiamo|ci sono) (?:\w+ )?(?:posizioni|ruoli|opportunità|posti|cattedre)\b[^.;]{0,40}?"
    r"\b(?:aperte|aperti|disponibili|vacanti)\b"
)

# "you will not be among the finalists"
_NOT_AMONG_EN = r"\bnot (?:be )?(?:among|one of) (?:the|our) (?:\w+ ){0,2}(?:candidates|finalists|applicants)"


@dataclass(frozen=True)
class _Patterns:
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
    s = _SHORTFALL.get(language, _SHORTFALL["en"])
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
            if p.stopped.search(sentence) or _NO_OPENING.search(sentence):
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
