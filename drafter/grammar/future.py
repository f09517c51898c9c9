"""Whether the letter invites the candidate back: apply again, other openings, kept on file.

Takes the letter's lower-cased sentences and language; says whether one of them invites the
candidate to a future with the employer. In English the shape is an agent that is the candidate
("you may", "please", "feel free to", "we encourage you to", "we hope you") with a verb of
applying or looking ("apply", "consider", "explore", "keep an eye on") and a marker of the future
or of other openings ("again", "future", "other", "new", "similar"), or the employer promising to
come back to the candidate about other roles. "Thank you for applying", "we will consider other
candidates", "I hope our paths cross again" and "do not apply again" are no invitations.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from .. import rx
from .later_words import (
    _AGAIN,
    _CONSIDER,
    _CONTACT,
    _FREED,
    _KEEP,
    _NEW_APPLICATION,
    _OPENING,
    _POOL,
    _RETENTION,
    _SUITABLE,
)

__all__ = ["invited"]

_C = r"[^.;!?]"
_EN_VERB = (
    r"(?:re-?)?appl(?:y|ying)|consider(?:ing)?|explor(?:e|ing)|look(?:ing)? (?:at|for|out for|into)|"
    r"visit(?:ing)?|check (?:our|the|back)|review(?:ing)?|keep (?:an eye on|checking|looking)|watch|"
    r"put (?:yourself|your name) forward|get (?:back )?in touch|reach out|contact us|write to us|think of|"
    r"remember|sign up|subscribe|register|join|stay (?:in touch|connected)|keep in touch|connect|"
    r"hear (?:about|of)|learn about|find out about"
)
# what comes later: another opening, or the employer's list of them
_EN_LATER = (
    r"future|again|other|another|new|upcoming|later|similar|suitable|relevant|job alerts?|careers? (?:page|site|portal|"
    r"website)|job (?:board|site)|(?:our|current|open|latest|list of) (?:\w+ )?(?:postings|openings|vacancies|"
    r"opportunities|jobs|roles|positions)"
)
_NO_COMMA = r"[^.;!?,]"
_INVITED: dict[str, str] = {
    "en": rf"\b(?:you|please|free to|encourage you to|invite you to|welcome you to|hope (?:that )?you)\b"
    rf"(?!{_C}{{0,45}}?\b(?:not|n't|never|no longer)\b){_C}{{0,45}}?\b(?:{_EN_VERB})\b{_NO_COMMA}{{0,90}}?"
    rf"\b(?:{_EN_LATER})\b|\byour future applications?\b|"
    # "your resume will be kept on file", "we will keep your details in our talent pool"
    rf"\b(?:your|you)\b{_C}{{0,30}}?\b(?:kept|retained|held|stored|saved)\b{_C}{{0,20}}?\b(?:on file|on record|"
    rf"in (?:our|the) (?:database|system|talent))|"
    rf"\b(?:we|i)(?:'ll| will| would| may| might| can| shall)?(?: \w+){{0,3}} "
    rf"(?:contact you|reach out to you|get in touch with you|be in touch|keep you in mind|consider you|"
    rf"think of you)\b{_C}{{0,60}}?\b(?:future|other|another|new|similar|suitable|if|when|should)\b|"
    # "we would love to stay in touch for future positions"
    rf"\b(?:stay|keep|remain|maintain) (?:in touch|connected|in contact|contact)\b{_C}{{0,60}}?\b(?:future|other|new|"
    rf"upcoming)\b|"
    # "our volunteer coordinator will be in touch to discuss how you may best fit into our organisation"
    rf"\b(?:be in touch|contact you|get in touch)\b{_C}{{0,60}}?\bhow you (?:\w+ ){{0,2}}?(?:fit|get involved|"
    rf"contribute|join|help)\b|"
    # "I have two other Head of Science roles coming up"
    rf"\b(?:other|more|further|new|similar)(?: [\w-]+){{0,3}} (?:roles|positions|openings|vacancies|jobs|"
    rf"opportunities|mandates|assignments)\b{_C}{{0,40}}?\b(?:coming up|opening up|in the pipeline|on the way)\b|"
    # "as a future applicant when we next recruit"
    rf"\bwhen we (?:next (?:recruit|hire|advertise)|recruit again|hire again)\b|\bfuture (?:\w+ )?applicants?\b|"
    # "we hope this won't be the last time we hear from you"
    rf"\b(?:won't|will not|isn't|is not) be the last time\b",
    "de": rf"\b(?:sie|du|gerne|gern)\b{_C}{{0,40}}?\b(?:erneut|wieder|künftig|zukünftig|weiterhin)\b"
    rf"{_C}{{0,40}}?\b(?:bewerben|bewerbung|melden|schauen|besuchen)|\b(?:freuen uns|würden uns freuen)"
    rf"{_C}{{0,60}}?\b(?:wieder|erneut|künftig|zukünftig)\b|\b(?:bewerber|talent)pool\b|"
    rf"\b(?:auf sie|auf dich) zurück(?:kommen|zukommen)|"
    # "bewirb dich gerne erneut", "bewerben Sie sich gern wieder"
    rf"\b(?:bewirb|bewerbt|bewerben) (?:dich|euch|sie sich) (?:\w+ ){{0,2}}?(?:erneut|wieder|nochmals|künftig)\b|"
    rf"\b(?:behalten|haben) (?:\w+ ){{0,6}}?im (?:blick|auge)\b",
    "fr": rf"\b(?:n'hésitez pas|nous vous invitons|vous encourageons|libre)\b{_C}{{0,40}}?"
    rf"\b(?:postuler|candidater|consulter|revenir|nouvelles? offres?)|\b(?:garder|conserver|conservons|"
    rf"gardons) votre (?:candidature|cv|dossier)|\b(?<!vos )(?<!tes )(?:futures?|nouvelles?|prochaines?) (?:offres|"
    rf"opportunités|candidatures|postes)",
    "es": rf"\b(?:te|le|les|os) (?:animamos|invitamos|animo|invito|esperamos)\b{_C}{{0,40}}?"
    rf"(?:postul|aplic|presentar|consultar|candidat)|\bno (?:dudes|dude|dudéis)\b{_C}{{0,40}}?"
    rf"(?:postul|aplic|presentar|candidat)|\b(?:guardaremos|conservaremos|mantendremos) (?:tu|su) "
    rf"(?:cv|candidatura|currículum|perfil)|\b(?:futuras?|nuevas?|próximas?) (?:vacantes|"
    rf"oportunidades|ofertas|procesos)",
    "nl": rf"\b(?:in de toekomst|opnieuw|nogmaals)\b{_C}{{0,40}}?\b(?:solliciteren|reageren)|"
    rf"\b(?:solliciteren|reageren)\b{_C}{{0,40}}?\b(?:in de toekomst|opnieuw)\b|\b(?:toekomstige|nieuwe) "
    rf"(?:vacatures|functies|kansen)",
    "pt": rf"\b(?:futuras?|novas?|próximas?) (?:vagas|oportunidades|processos)|\b(?:candidatar|aplicar|"
    rf"participar)\w*\b{_C}{{0,40}}?\b(?:novamente|futur\w*|outr[oa]s?|nov[oa]s?)\b|\b(?:manteremos|guardaremos) "
    rf"(?:seu|o seu|sua|a sua) (?:currículo|cv|perfil)|\bcontar com (?:a )?(?:sua|tua) candidatura\b",
    "it": rf"\b(?:future|nuove|prossime|altre) (?:opportunità|posizioni|selezioni|offerte)|"
    rf"\b(?:candidarsi|candidarti|candidarla|ricandid\w+)\b{_C}{{0,40}}?\b(?:nuovo|futur\w*|altre)\b|"
    rf"\b(?:conserveremo|terremo|manterremo) (?:il suo|il tuo) (?:cv|curriculum|profilo)|"
    rf"\b(?:seguire|consultare|monitorare) (?:\w+ ){{0,2}}(?:offerte|posizioni aperte|opportunità)\b",
}
# "thank you for applying for our other role", "we will consider other candidates"
_NOT_INVITED = rx.compile(
    r"\bthank\w*(?: you)? for (?:\w+ ){0,2}(?:consider|apply|application|submit|explor)|\bpaths? (?:will )?cross\b|"
    r"\bother (?:candidates|applicants|finalists)\b|"
    r"\bother (?:\w+ ){0,2}(?:firms|companies|employers|organi[sz]ations)\b"
)


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    own = _INVITED.get(language, _INVITED["en"])
    return rx.compile(own if language == "en" else f"{own}|{_INVITED['en']}")


def invited(sentences: Iterable[str], language: str) -> bool:
    """True when a sentence invites the candidate back (apply again, other openings, on file)."""
    pattern = _pattern(language)
    later = _later(language)
    shapes = _shapes(language)
    for sentence in sentences:
        s = _DOUBLE_NEGATIVE.sub(" ", sentence)
        if _NOT_INVITED.search(s):
            continue
        if _read(pattern, s) or _later_read(later, s) or _shaped(shapes, s):
            return True
    return False


# "we hope you will not be discouraged from applying again": a negation that encourages
_DOUBLE_NEGATIVE = rx.compile(
    r"\b(?:not|n't|never) (?:be |feel )?(?:discouraged|deterred|put off|hesitate) (?:from|to)\b|"
    r"\bdoes(?: not|n't) (?:prevent|stop|preclude|bar) you from\b|\bne vous découragez pas\b|"
    r"\bno (?:te|se) desanime\w*\b|\blassen sie sich nicht entmutigen\b|"
    # "do not hesitate" in every language
    r"\bnon (?:esiti|esitare|esitate)\b|\bzögern sie nicht\b|\bnão hesite\b|\baarzel (?:dan )?niet\b|"
    r"\bno (?:dude|dudes|dudéis) en\b|\bn'hésitez pas\b"
)


# Three more shapes, each built from word classes in every language, in any order within the
# sentence, with no negation just before the verb:
# - a verb of applying addressed to the candidate and a later or other opening, or "again"
#   ("Vous pouvez tout à fait postuler à d'autres offres", "als je in de toekomst weer solliciteert");
# - a verb of looking at the employer's listings ("Blijf vooral onze vacatures volgen",
#   "La invitiamo a consultare periodicamente la sezione Lavora con noi");
# - the employer keeping the candidate's papers for later ("keep your resume for future reference"),
#   or welcoming a later application ("valutare una sua futura candidatura").
_APPLY = {
    "en": r"(?:re-?)?apply(?:ing)?|put (?:yourself|your name) forward|if you (?:\w+ )?applied",
    "de": r"bewerben|bewirbst|bewerbt",
    "fr": r"(?:re)?postuler|candidater|(?:présenter|proposer|soumettre|déposer) (?:votre|ta|une) (?:\w+ )?candidature",
    "es": r"postular\w*|aplicar|presentar\w* (?:tu|su|una) (?:\w+ )?candidatura|inscribir\w*",
    "nl": r"solliciteer\w*|solliciteren|reageren|reageer\w*",
    "pt": r"candidatar\w*|aplicar|inscrever\w*|se inscrever",
    "it": r"candidar\w*|ricandid\w*|(?:inviare|presentare) (?:la sua|la tua|una) (?:\w+ )?candidatura",
}
_AGAIN_WORDS = {
    "en": r"again|in (?:the )?future|future|later|next (?:year|cohort|intake|cycle|season)(?:'s)?",
    "de": r"erneut|wieder|künftig\w*|zukünftig\w*|in zukunft|später\w*",
    "fr": r"à nouveau|de nouveau|futur\w*|à l'avenir|ultérieurement|prochaine?s?",
    "es": r"de nuevo|nuevamente|futur\w*|más adelante|próxim\w*|otra vez",
    "nl": r"opnieuw|weer|nogmaals|in de toekomst|toekomstig\w*|later",
    "pt": r"novamente|de novo|futur\w*|próxim\w*|mais tarde",
    "it": r"nuovamente|di nuovo|futur\w*|in futuro|prossim\w*",
}
_LOOK = {
    "en": r"keep an eye on|keep checking|check|visit|watch|follow|look (?:out for|at)|browse|monitor",
    "de": r"schau\w*|besuch\w*|verfolg\w*|beobacht\w*|informier\w*",
    "fr": r"consult\w*|suiv\w*|visit\w*|surveill\w*|regard\w*",
    "es": r"consult\w*|segui\w*|sigue\w*|visit\w*|revis\w*|atent[oa]s?|pendientes?",
    "nl": r"volg\w*|bekijk\w*|in de gaten|kijk\w*",
    "pt": r"acompanh\w*|consult\w*|segui\w*|segue\w*|visit\w*|atent[oa]s?",
    "it": r"consult\w*|segui\w*|visit\w*|monitor\w*",
}
_LISTINGS = (
    r"careers? (?:page|site|portal|website|section)|jobs? (?:page|board|site|portal)|"
    # "visit careers.example.org for an up to date list of opportunities"
    r"(?:www\.)?(?:careers?|jobs|karriere|carrieres?|empleo|vacatures|werkenbij|lavora)[.-][\w.-]+|"
    r"list of (?:\w+ ){0,2}(?:opportunities|openings|vacancies|jobs|roles|positions)|"
    r"(?:our|current|open|latest|new) (?:\w+ )?(?:postings|openings|vacancies|jobs|roles|positions|opportunities)|"
    r"karriere\w*|stellen(?:angebote|anzeigen|börse|markt|portal)|jobbörse|jobportal|"
    r"(?:nos|prochaines|nouvelles) (?:offres|opportunités|annonces)|(?:site|page|espace) carrières?|"
    r"página de empleo|portal de empleo|(?:nuestras|próximas|nuevas) (?:ofertas|vacantes|oportunidades)|"
    r"vacaturepagina|vacaturesite|(?:onze|nieuwe) vacatures|werken ?bij|"
    r"(?:nossas|próximas|novas) (?:vagas|oportunidades)|página de carreiras|portal de (?:vagas|carreiras)|"
    r"lavora con noi|(?:nostre|prossime|nuove) (?:offerte|posizioni|opportunità)|posizioni aperte|offerte di lavoro"
)
_PAPERS = (
    r"cv|resume|résumé|details|profile|application|information|lebenslauf|unterlagen|profil|dossier|"
    r"candidature|candidatura|currículum|curriculum|currículo|perfil|gegevens|sollicitatie|profilo|data|daten|"
    r"données|datos|dados|dati"
)
_WELCOME = (
    r"welcome|receiv(?:e|ing)|see|review(?:ing)?|consider(?:ing)?|look forward to|recevoir|étudier|accueillir|examiner|"
    r"recibir|valorar|estudiar|considerar|receber|avaliar|analisar|ricevere|valutare|esaminare|ontvangen|"
    r"freuen|erhalten|prüfen"
)
_LATER_ADJ = (
    r"another|new|future|fresh|futur\w*|nouvelle|nueva|nova|nuova|erneute\w*|neue\w*|nieuwe|toekomstig\w*|"
    r"outra|otra|altra|autre"
)
# "Votre profil pourra être étudié pour d'autres postes", "tu perfil podrá ser considerado para ..."
_YOU = r"you|vous|te|tu|sie|u|je|lei|você|voce"
_CONSIDERED = (
    r"considered|considerad[oa]s?|considéré\w*|étudié\w*|examiné\w*|berücksichtigt|in betracht gezogen|"
    r"overwogen|meegenomen|valutat[oa]|considerat[oa]|avaliad[oa]|tenid[oa] en cuenta|pris\w* en compte"
)
_APPLICATION = r"applications?|candidatur\w*|sollicitati\w*|bewerbung\w*"
# good wishes for the search elsewhere: "good luck applying for future roles"
_WISHES = rx.compile(
    r"\b(?:luck|wish\w*|success\w*|erfolg\w*|succès|suerte|éxito|succes|sucesso|successo|auguri\w*|"
    r"elsewhere|ailleurs|anderswo|otras empresas|outras empresas|altre aziende)\b"
)
# "thanks, again, for applying", "merci d'avoir pris le temps de postuler"
_THANKS = rx.compile(r"\b(?:thank\w*|merci|danke?|gracias|obrigad[oa]|grazie|bedankt|dank)\b")
_STATUS = rx.compile(r"\b(?:status|stand|statut|estado|estat\w+|stato)\b")


# "today's decision in no way forecloses future opportunities", "dies schließt eine künftige
# Bewerbung nicht aus": the door left open, with a later opening or "again" in the sentence
_NOT_CLOSED = rx.compile(
    r"\b(?:not|n't|no way|never) (?:\w+ ){0,2}(?:foreclos|rul\w* out|preclud|exclud|prevent|clos\w* the door)\w*|"
    r"\bschlie(?:ß|ss)t (?:\w+ ){0,5}nicht aus\b|\bn'exclu\w* pas\b|\bne ferme\w* pas (?:la|les) portes?\b|"
    r"\bno (?:excluye|descarta|cierra la puerta)\b|\bnon (?:esclude|preclude|chiude la porta)\b|"
    r"\bnão (?:exclui|descarta|fecha a porta)\b|\bsluit (?:\w+ ){0,5}niet uit\b"
)
# "a new application during the next application period", "a new application in the next intake"
_NEXT_ROUND = rx.compile(
    rf"\b(?:{_LATER_ADJ})\s+(?:\w+\s+)?(?:{_APPLICATION})\b{_C}{{0,40}}?\b(?:next|future|upcoming|following|"
    r"nächste\w*|prochaine?s?|próxim\w*|volgende|prossim\w*) (?:\w+ )?(?:period|round|window|cycle|year|intake|"
    r"campaign|bewerbungs\w*|runde|session|campagne|convocatoria|ronde|periode|ciclo|sessione)\b"
)


class _Shapes(NamedTuple):
    apply: re.Pattern[str]
    again: re.Pattern[str]
    look: re.Pattern[str]
    keep: re.Pattern[str]


@functools.cache
def _shapes(language: str) -> _Shapes:
    def words(table: dict[str, str]) -> str:
        return (
            table.get(language, table["en"])
            if language == "en"
            else f"{table.get(language, '')}|{table['en']}".strip("|")
        )

    # "the position of senior account manager" is the role applied for, not a later one
    other = _SUITABLE.replace("|senior", "")
    later = rf"{words(_AGAIN_WORDS)}|(?:{other})\b{_C}{{0,20}}?\b(?:{_OPENING})|(?:{_OPENING})\s+(?:\w+\s+)?(?:{other})"
    keep = words(_KEEP)
    return _Shapes(
        apply=rx.compile(rf"\b(?:{words(_APPLY)})\b"),
        again=rx.compile(rf"\b(?:{later})\b"),
        look=rx.compile(
            rf"\b(?:{words(_LOOK)})\b{_C}{{0,50}}?\b(?:{_LISTINGS})\b|"
            # the verb comes last in Dutch and German: "Blijf vooral onze vacatures volgen"
            rf"\b(?:{_LISTINGS})\b{_C}{{0,30}}?\b(?:{words(_LOOK)})\b"
        ),
        keep=rx.compile(
            rf"\b(?:{keep})\b{_C}{{0,40}}?\b(?:{_PAPERS})\b{_C}{{0,60}}?\b(?:{later}|reference)\b|"
            rf"\b(?:{_PAPERS})\b{_C}{{0,40}}?\b(?:{keep})\b{_C}{{0,60}}?\b(?:{later})\b|"
            rf"\b(?:{_WELCOME})\b{_C}{{0,30}}?\b(?:{_LATER_ADJ})\s+(?:\w+\s+)?(?:{_APPLICATION})\b|"
            rf"\b(?:{_PAPERS}|{_YOU})\b{_C}{{0,40}}?\b(?:{_CONSIDERED})\b{_C}{{0,40}}?\b(?:{later})\b|"
            rf"\b(?:{_WELCOME})\b{_C}{{0,30}}?\b(?:{_APPLICATION})\b{_C}{{0,30}}?\b(?:{words(_AGAIN_WORDS)}|from you)\b"
        ),
    )


def _shaped(shapes: _Shapes, sentence: str) -> bool:
    if _WISHES.search(sentence) or (_RETENTION.search(sentence) and not _FUTURE_ROLE.search(sentence)):
        return False
    kept = shapes.keep.search(sentence)
    if kept is not None and not _negated_before(sentence, kept.start(), kept.end()):
        return True
    looked = shapes.look.search(sentence)
    if looked is not None and not _negated_before(sentence, looked.start(), looked.end()):
        return not _STATUS.search(sentence)  # "check the status of your application on our careers page"
    if _NEXT_ROUND.search(sentence) or (_NOT_CLOSED.search(sentence) and shapes.again.search(sentence)):
        return True
    verb = shapes.apply.search(sentence)
    if verb is None or _THANKS.search(sentence, 0, verb.start()):
        return False
    return bool(shapes.again.search(sentence) and not _negated_before(sentence, verb.start(), verb.end()))


def _negated_before(sentence: str, start: int, end: int) -> bool:
    window = _NOT_FAIL.sub(" ", sentence[max(0, start - 30) : end])
    return bool(_NEGATED_LATER.search(window))


def _read(pattern: re.Pattern[str], sentence: str) -> bool:
    m = pattern.search(sentence)
    # "kept on file for six months and then deleted": a data-protection notice, unless it also
    # speaks of a future opening ("... and considered for future roles")
    return bool(m) and not (_RETENTION.search(sentence) and not _FUTURE_ROLE.search(sentence))


def _later_read(later: re.Pattern[str], sentence: str) -> bool:
    m = later.search(sentence)
    if m is None or (_RETENTION.search(sentence) and not _FUTURE_ROLE.search(sentence)):
        return False
    # "we will not keep your CV on file", "nous ne conserverons pas votre candidature", but not
    # "nous ne manquerions pas de revenir vers vous" (will not fail to)
    window = _NOT_FAIL.sub(" ", sentence[max(0, m.start() - 25) : m.end()])
    return not _NEGATED_LATER.search(window)


_NOT_FAIL = rx.compile(
    r"\bne (?:\w+ )?manquer\w* pas\b|\bnot fail to\b|\bnicht versäumen\b|\bversäumen sie nicht\b|"
    r"\bno (?:dejes|deje|dejéis) de\b|\bnão (?:deixe|deixes) de\b|\bnon (?:mancare|manchi) di\b"
)


_FUTURE_ROLE = rx.compile(rf"\b(?:{_SUITABLE})\b{_C}{{0,20}}?\b(?:{_OPENING})\b")
# Portuguese "no" is "in the" ("no nosso banco de talentos"), not a negation
_NEGATED_LATER = rx.compile(
    r"\b(?:not|never|cannot|nicht|keine?\w*|ne|pas|niet|geen|não|non)\b|n't\b|"
    r"\bno\b(?!\s+(?:nosso|nossa|seu|sua|banco|futuro|sistema|momento|processo|arquivo|cadastro)\b)"
)


@functools.cache
def _later(language: str) -> re.Pattern[str]:
    keep = _KEEP.get(language, _KEEP["en"])
    contact = _CONTACT.get(language, _CONTACT["en"])
    opening = rf"(?:\b(?:{_SUITABLE})\b{_C}{{0,20}}?\b(?:{_OPENING})\b|\b(?:{_OPENING})\s+(?:\w+\s+)?(?:{_SUITABLE})\b)"
    return rx.compile(
        rf"\b(?:{keep})\b{_C}{{0,80}}?\b(?:{_POOL})\b|"
        rf"\b(?:{contact})\b{_C}{{0,100}}?{opening}|{opening}{_C}{{0,100}}?\b(?:{contact})\b|"
        rf"\b(?:{_CONSIDER})\b{_C}{{0,60}}?\b(?:{_SUITABLE}|{_OPENING})\b|\b(?:{_AGAIN})\b|"
        rf"\b(?:{contact})\b{_C}{{0,100}}?\b(?:{_OPENING})\b{_C}{{0,20}}?\b(?:{_FREED})|"
        rf"\b(?:{_OPENING})\b{_C}{{0,50}}?\b(?:{_FREED}){_C}{{0,100}}?\b(?:{contact})\b|"
        # "si se vuelve a abrir el puesto, retomaremos el contacto": the opening named after the verb
        rf"\b(?:{_FREED}){_C}{{0,20}}?\b(?:{_OPENING})\b{_C}{{0,100}}?\b(?:{contact})\b|"
        rf"\b(?:{_NEW_APPLICATION})\b|"
        # first in line when it comes back: "nous reprendrions contact avec vous en priorité"
        rf"\b(?:{contact})\b{_C}{{0,40}}?\b(?:en priorité|en prioridad|con priorità|in via prioritaria|com prioridade|"
        rf"prioritariamente|vorrangig|bevorzugt|met voorrang|as a priority)\b|"
        # "I'll be in touch as soon as I have something that fits your background"
        rf"\b(?:{contact})\b{_C}{{0,60}}?\b(?:something|anything|iets|etwas|quelque chose|algo|algo|qualcosa)\b"
        rf"{_C}{{0,20}}?\b(?:suitable|fits?|suits?|match(?:es)?|comes? up|relevant|passend\w*|geschikt\w*|"
        r"correspond\w*|adapt\w*|adecuad\w*|encaj\w*|adequad\w*|adatt\w*)\b"
    )
