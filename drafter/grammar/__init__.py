"""The decision grammar: which sentences of a letter state that the candidate will not go on.

Takes the letter's lower-cased sentences and its language; gives `Decision`s, each naming the rule
that matched and the sentence. A rule is a shape of sentence built from the word classes in
`words` (a negation before a verb of progress with the candidate as its object; another person as
the one chosen; the post filled or closed; the candidate's profile not fitting), so it carries to
wordings nobody wrote down. A rule does not fire in a sentence that is a condition ("if you have
not heard from us ...") or a rule about others ("candidates who are not shortlisted ...").

Patterns compile once per language, on first use; `functools.cache` makes that safe to share
between threads (a race at worst compiles twice; both results are equal).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from .. import rx
from .words import WORDS, Words

Rule = Literal[
    "negated_progress", "outcome", "regret", "chose_other", "better_other", "chose_named", "needs_other",
    "filled", "closed", "negated_fit",
]  # fmt: skip

__all__ = ["NO_OPENING", "Decision", "Rule", "decisions", "is_condition"]

# a span inside one clause: no sentence or clause break
_GAP = r"[^.;:!?]"
# what follows "cannot offer" when the refusal is about feedback, not about the candidate
_NOT_ABOUT_CANDIDATE = rx.compile(
    r"^\W*(?:\w+ ){0,3}(?:feedback|comments?|responses?|repl(?:y|ies)|respond|answer|"
    r"rückmeldung|retour|retours|commentaires?|comentarios?|respuesta|terugkoppeling|"
    r"commenti|riscontro|comentários?|resposta|individual|individuell\w*|individuel\w*)"
)
_CONDITION: dict[str, str] = {
    "en": r"\b(?:if|unless|whether|should you|in case|when)\b",
    "de": r"\b(?:falls|wenn|sofern|ob)\b",
    "fr": r"\b(?:si|au cas|lorsque|quand)\b",
    "es": r"\b(?:si|en caso|cuando)\b",
    "nl": r"\b(?:indien|mocht|wanneer)\b|\bals (?:u|je|jij)\b",
    "pt": r"\b(?:caso|se não|quando)\b",
    "it": r"\b(?:qualora|nel caso|se non|quando)\b",
}
_REGRET: dict[str, str] = {
    "en": r"\bregret\w* to (?:inform|advise|tell|let you know|say|notify)",
    "de": r"\b(?:müssen|möchten|muss|möchte) (?:wir |ich )?(?:ihnen|dir|euch) leider mitteilen|"
    r"\bleider\b[^.;:]{0,40}?\bmitteilen",
    "fr": r"\bregrett\w* de (?:vous|te) (?:informer|annoncer|faire part|faire savoir)",
    "es": r"\blamenta\w* (?:informar|comunicar)",
    "nl": r"\b(?:moeten|moet) (?:wij|we|ik) (?:u|je|jou) helaas (?:mededelen|laten weten|berichten)",
    "pt": r"\blamenta\w* (?:informar|comunicar)",
    "it": r"\b(?:siamo spiacenti|ci dispiace) di (?:comunicar|informar)",
}
# an English comparison that puts others ahead: "candidates whose experience more closely matches"
_BETTER = (
    r"more closely|closer|better|stronger|more suitable|more relevant|more (?:\w+ )?experience|"
    r"more directly|best (?:suited|match)|most closely|most (?:\w+ )?(?:suited|relevant|experience)"
)
# not among those chosen: "Non rientra tra i candidati selezionati", "ne figure pas parmi les candidats retenus"
_NOT_AMONG: dict[str, str] = {
    "en": r"\b(?:not|n't) (?:be )?(?:among|one of|included in) (?:the|those) (?:\w+ ){0,2}?(?:selected|chosen|"
    r"shortlisted|successful|invited)",
    "de": r"\b(?:gehör|zähl)\w* (?:\w+ )?nicht (?:mehr )?zu (?:den|dem) (?:\w+ ){0,2}?(?:ausgewählt|eingeladen|"
    r"berücksichtigt)\w*",
    "fr": r"\bne (?:figur|compt|fai)\w* pas (?:parmi|partie d)\w* (?:les|des) (?:\w+ ){0,2}?(?:retenu|sélectionné|"
    r"admis|"
    r"choisi)\w*",
    "es": r"\bno (?:se encuentra|está|estás|figura|figuras|forma parte|formas parte) (?:entre|de) (?:los|"
    r"las) (?:\w+ ){0,2}?"
    r"(?:seleccionad|elegid|admitid|escogid|preseleccionad)\w*",
    "nl": r"\b(?:behoort|behoor|hoort|hoor|zit|bent|valt|val) (?:\w+ ){0,2}?niet (?:bij|tot|onder) de (?:\w+ ){0,2}?"
    r"(?:geselecteerde|gekozen|uitgenodigde)\w*",
    "pt": r"\bnão (?:se encontra|está|esteve|figura|faz parte) (?:entre|d)(?:os|as) (?:\w+ ){0,2}?(?:selecionad|"
    r"escolhid|"
    r"aprovad|classificad|admitid)\w*",
    "it": r"\bnon (?:rientra|rientri|figura|risulta|è|fa parte) (?:tra|fra|dei|delle|degli) (?:i |le |"
    r"gli )?(?:\w+ ){0,2}?"
    r"(?:selezionat|ammess|scelt|idone|vincitor)\w*",
}
# the decision with its object left out, the verb's own ending or pronoun saying "we", at the end
# of the sentence: "Daarom gaan we niet verder.", "Por lo tanto, no seguiremos adelante."
_ELLIPTIC: dict[str, str] = {
    "nl": r"\b(?:(?:gaan|kunnen) (?:we|wij)|(?:we|wij) (?:gaan|kunnen)) (?:\w+ )?niet (?:verder|door)\W*$",
    "es": r"\bno (?:seguiremos|continuaremos|avanzaremos|(?:podemos|vamos a) (?:seguir|continuar|avanzar))"
    r"(?: adelante)?\W*$",
    "it": r"\bnon (?:andremo|procederemo|proseguiremo|(?:possiamo|potremo) (?:andare|procedere|proseguire))"
    r"(?: (?:avanti|oltre))?\W*$",
    "fr": r"\bnous n(?:e |')irons pas plus loin\W*$|\bnous ne (?:poursuivrons|continuerons|pouvons pas poursuivre)\W*$",
}
# the search itself stopped: "hemos decidido congelar esta contratación", "we've decided to freeze the role"
_STOPPED: dict[str, str] = {
    "en": r"\bdecided to (?:freeze|cancel|close|pause|suspend|put on hold|stop) (?:the|this|our) (?:hiring|search|role|"
    r"position|process|recruitment|vacancy|hire)\b",
    "de": r"\b(?:stelle|besetzung|auswahlverfahren|verfahren|ausschreibung) (?:\w+ ){0,4}?(?:auf eis gelegt|gestoppt|"
    r"ausgesetzt|eingefroren|zurückgezogen)\b",
    "fr": r"\bne pas (?:re)?pourvoir (?:le|ce) poste\b|\bmettre fin au (?:processus|recrutement)\b|"
    r"\bdécid\w* (?:de |d')(?:suspendre|annuler|geler|clore|clôturer|interrompre) (?:le|ce|notre|la|cette) "
    r"(?:recrutement|processus|poste)\b",
    "es": r"\b(?:decidid[oa]|decidimos|decidió) (?:\w+ )?(?:congelar|cancelar|cerrar|suspender|paralizar) (?:la|el|"
    r"esta|"
    r"este) (?:contratación|vacante|proceso|búsqueda|posición|puesto)\b|\bcerramos el proceso\b|"
    r"\b(?:decidid[oa]|decidimos|decidió|optado por|optamos por) no (?:cubrir|ocupar|proveer) (?:la|el|esta|este) "
    r"(?:vacante|plaza|puesto|posición)\b",
    "nl": r"\bbesloten (?:om )?(?:de|het|deze) (?:vacature|procedure|werving|functie) (?:\w+ )?(?:in te trekken|"
    r"stop te "
    r"zetten|te bevriezen|on hold te zetten)",
    "pt": r"\b(?:decidimos|decidiu|decidido) (?:\w+ )?(?:congelar|cancelar|encerrar|suspender) (?:a|o|esta|este) "
    r"(?:vaga|processo|contratação|recrutamento)\b|\bencerramos o processo\b|"
    r"\b(?:decidimos|decidiu|decidido|optámos por|optamos por|optou por) não (?:preencher|ocupar|prover) (?:a|o|esta|"
    r"este) (?:vaga|posição|função|lugar)\b",
    "it": r"\b(?:deciso|decidere) di (?:sospendere|annullare|chiudere|congelare) (?:la|il|questa|questo) "
    r"(?:selezione|ricerca|posizione|processo)\b|"
    r"\b(?:deciso|decidere|scelto) di non (?:coprire|ricoprire|assegnare) (?:la|il|questa|questo) "
    r"(?:posizione|ruolo|posto|incarico)\b",
}
# no post open at all, to an unsolicited application: "aucun poste correspondant à votre profil
# n'étant ouvert actuellement", "we have no suitable vacancies at the moment", "derzeit keine Stelle frei"
NO_OPENING = rx.compile(
    r"\b(?:no |not (?:currently )?have (?:any )?|don't (?:currently )?have (?:any )?)(?:current |open |suitable |"
    r"available |relevant )*(?:vacanc(?:y|ies)|openings?|positions?|roles?) (?:\w+ ){0,4}?(?:available|open|"
    r"at (?:the|this) moment|at present|currently)\b|"
    r"\baucun (?:poste|emploi|besoin)\b[^.;]{0,60}?\b(?:n'est|n'étant|ne (?:\w+ )?(?:correspond|est))\b|"
    r"\bkeine (?:\w+ )?(?:stellen?|vakanz\w*|positionen?)\b[^.;]{0,40}?\b(?:frei|offen|zu besetzen|vakant|verfügbar)\b|"
    r"\bno (?:tenemos|disponemos de|hay) (?:ninguna |ningún )?(?:otra |otro )?(?:vacantes?|puestos?|posici(?:ón|"
    r"ones))\b|"
    r"\b(?:n'avons|ne disposons|n'existe|n'y a) (?:\w+ )?(?:actuellement |pas |plus )?(?:de |d')?(?:aucun )?(?:poste|"
    r"emploi|offre|besoin)s? (?:\w+ )?(?:ouvert|disponible|vacant|à pourvoir|correspondant)|"
    r"\bgeen (?:\w+ )?(?:vacatures?|functies?)\b[^.;]{0,30}?\b(?:open|beschikbaar|vrij)\b|"
    r"\bnão (?:temos|há|existem) (?:\w+ )?(?:vagas?|posições)\b|"
    r"\bnon (?:abbiamo|ci sono) (?:\w+ )?(?:posizioni|ruoli|opportunità|posti|cattedre)\b[^.;]{0,40}?"
    r"\b(?:aperte|aperti|disponibili|vacanti)\b"
)

# someone named as chosen: "we have chosen Federica Rossi for the role"
_NAMED: dict[str, str] = {
    "en": r"\b(?:we|we've|we have|committee has|team has) (?:now )?(?:chosen|selected) "
    r"(?!you\b|your\b|a\b|an\b|the\b|to\b|not\b|candidates\b|applicants\b|some\b|several\b)"
    r"\w+ \w+ (?:for|as) (?:the|this|that) (?:role|position|post|job)",
    "it": r"\babbiamo (?:scelto|selezionato) (?!di\b|un\b|una\b|altr)\w+ \w+ (?:per|come)\b",
}
_FILLED_EN = (
    r"\b(?:completed|concluded|closed) (?:our|the|this) search|\bour new hire\b|"
    r"\bsuccessful candidate has accepted|\b(?:we have|we've|we) (?:now |recently )?"
    r"(?:hired|appointed|made an appointment|filled)\b|"
    # filled from within: "we decided to hire someone from inside the company"
    r"\b(?:hire|hired|appoint\w*|promot\w*|fill\w*|go\w* with)\b(?: \w+){0,4} (?:internally|from "
    r"(?:inside|within)\b)"
)
# "at this time we require someone with more on-the-job experience": a need the candidate falls short of
_NEEDS_EN = (
    r"\b(?:we|i|manager|team|they|client|committee)\b (?:\w+ )?(?:require|need|are seeking|"
    r"are looking for|is seeking|is looking for|seek|want)\w* (?:someone|somebody|an? (?:\w+ )?"
    r"(?:candidate|applicant|person|individual))\b"
)
_CONTRAST_EN = rx.compile(
    r"\b(?:however|but|in spite|despite|while|although|at (?:the present|this) time|"
    r"unfortunately|currently|right now|therefore)\b"
)
# the candidate is kept: "your application remains active", "we'll be back in touch"
_KEPT_EN = rx.compile(
    r"\b(?:remains?|stays?|is still|are still) (?:active|open|on hold|under consideration|in "
    r"(?:the )?(?:process|running|pipeline))|\bwill (?:be )?(?:back in touch|get back to you|"
    r"update you|keep you (?:posted|updated|informed))|\b(?:be|get) back in touch"
)
_NOT_OUTCOME = rx.compile(
    r"\b(?:not|never|nicht|pas|niet|não|non)\b (?:\w+ )?(?:been |worden |sido |stata? |été |)"
    r"(?:rejected|declined|abgelehnt|rejetée?|afgewezen|rejeitad[oa]|rechazad[oa]|respint[oa])\b"
)
_HEDGE = rx.compile(r"\b(?:may|might|could)\s*$")
# "noch nicht berücksichtigen", "not yet": the decision is still to come
_NOT_YET = rx.compile(r"\b(?:noch nicht|not yet|yet to|pas encore|todavía no|aún no|nog niet|ainda não|non ancora)\b")
# a negation that is an idiom of eagerness: "we can't wait to meet you"
_EAGER = rx.compile(r"(?:n't|not)\s+wait\b")
# ...nor over a "but" that opens the next clause: "Leider kommt der Vertrag später, aber wir möchten
# Ihnen die Stelle anbieten"
_NEW_CLAUSE = rx.compile(r"\b(?:but|aber|mais|pero|maar|mas|ma|però)\b")
# a regret adverb before a noun ("purtroppo la scelta dei finalisti richiederà più tempo") states
# no decision: the word of progress is the noun of a step still to come
_REGRET_ADVERB = frozenset(
    ("leider", "malheureusement", "lamentablemente", "desafortunadamente", "helaas", "infelizmente", "purtroppo")
)
_ARTICLE_BEFORE = rx.compile(
    r"(?:^|\s)(?:la|il|lo|le|gli|i|un|una|uno|della|del|dei|delle|degli|el|los|las|unos|unas|o|os|as|um|uma|"
    r"da|do|das|dos|die|der|den|dem|des|het|een|les|du)\s+\S+$|\bl'\S+$"
)
_CLOSED_EN = r"\bdecided not to (?:fill|proceed with (?:the|this) (?:role|position|hire|vacancy)|recruit)"


_ELIDED_NE = rx.compile(r"\bn'")


class Decision(NamedTuple):
    """A sentence that states the decision: the first rule that reads it, and all of them."""

    rule: Rule
    sentence: str
    rules: tuple[Rule, ...] = ()


class _Grammar(NamedTuple):
    rules: tuple[tuple[Rule, re.Pattern[str]], ...]
    candidate: re.Pattern[str]
    condition: re.Pattern[str]
    generic: re.Pattern[str]


def _neg(words: Words) -> str:
    parts = [p for p in words.neg.split("|") if p != "n't"]
    body = rf"\b(?:{'|'.join(parts)})\b"
    return f"(?:{body}|n't\\b)" if "n't" in words.neg.split("|") else body


# Auxiliaries that put a post into a state ("has been", "wurde", "a été", "è stato").
_AUX = "has|have|had|was|is|been|be|wurde|ist|a été|est|ha sido|fue|está|werd|è stat[oa]|foi|wordt|worden"


@functools.cache
def _grammar(language: str) -> _Grammar:
    w = WORDS.get(language, WORDS["en"])
    neg = _neg(w)
    rules: list[tuple[Rule, str]] = [
        ("negated_progress", rf"{neg}{_GAP}{{0,50}}?\b(?:{w.progress})\b"),
        ("outcome", rf"\b(?:{w.candidate})\b{_GAP}{{0,60}}?\b(?:{w.outcome})\b"),
        ("chose_other", rf"\b(?:{w.chose})\b{_GAP}{{0,50}}?\b(?:{w.other})\b"),
        # "wir haben uns für eine andere Kandidatin entschieden", "another applicant was chosen"
        ("chose_other", rf"\b(?:{w.other})\b{_GAP}{{0,50}}?\b(?:{w.chose})\b"),
        ("filled", rf"\b(?:{w.post})\b{_GAP}{{0,50}}?\b(?:{w.filled})\b"),
        ("closed", rf"\b(?:{w.post})\b{_GAP}{{0,40}}?\b(?:{_AUX})\b{_GAP}{{0,20}}?\b(?:{w.closed})\b"),
        # the auxiliary first, as German and Dutch put it: "leider wurde die Stelle ... gestrichen"
        ("closed", rf"\b(?:{_AUX})\b{_GAP}{{0,20}}?\b(?:{w.post})\b{_GAP}{{0,40}}?\b(?:{w.closed})\b"),
        # "we don't feel that our current opening is the best match for your qualifications"
        ("negated_fit", rf"{neg}{_GAP}{{0,50}}?\b(?:{w.fit})\b"),
    ]
    if language in ("de", "nl"):
        # the verb second, its negation after it: "wir berücksichtigen Sie nicht weiter", "Wij nodigen
        # u daarom niet uit", "Helaas voldoet u niet aan de eisen"
        rules += [
            ("negated_progress", rf"\b(?:{w.progress})\b{_GAP}{{0,30}}?{neg}"),
            ("negated_fit", rf"\b(?:{w.fit})\b{_GAP}{{0,20}}?{neg}"),
        ]
    if language in _REGRET:
        rules.append(("regret", _REGRET[language]))
    if language in _NAMED:
        rules.append(("chose_named", _NAMED[language]))
    if language in _NOT_AMONG:
        rules.append(("outcome", _NOT_AMONG[language]))
    if language in _ELLIPTIC:
        rules.append(("outcome", _ELLIPTIC[language]))
    if language in _STOPPED:
        rules.append(("closed", _STOPPED[language]))
    rules.append(("closed", NO_OPENING.pattern))
    if language == "en":
        rules += [
            ("needs_other", _NEEDS_EN),
            # "we have decided to decline your application"
            (
                "outcome",
                r"\b(?:decided|decide|have|had|must|need) to (?:decline|reject|turn down) (?:your|the) "
                r"(?:application|candidacy|candidature)",
            ),
            ("better_other", rf"\b(?:{w.other})\b{_GAP}{{0,80}}?\b(?:{_BETTER})"),
            # "we've made the call not to extend an offer": the offer is the candidate's
            (
                "outcome",
                r"\b(?:decided|decision|call|chosen|choose) not to (?:extend|make) (?:you )?(?:an|the|a job) "
                r"offer",
            ),
            ("filled", _FILLED_EN),
            ("closed", _CLOSED_EN),
        ]
    return _Grammar(
        rules=tuple((name, rx.compile(p)) for name, p in rules),
        candidate=rx.compile(rf"\b(?:{w.candidate})\b"),
        condition=rx.compile(_CONDITION.get(language, _CONDITION["en"])),
        generic=rx.compile(rf"\b(?:{w.generic})\b"),
    )


def is_condition(sentence: str, language: str) -> bool:
    """'If you have not heard from us by Friday ...' states no decision."""
    return bool(_grammar(language).condition.search(sentence))


_VERDICT = rx.compile(
    r"(?:sorry,? )?(?:rejected|declined|unsuccessful|not (?:selected|successful|shortlisted)|"
    r"(?:leider )?(?:abgelehnt|absage)|refusée?|non retenue?|rechazad[oa]|no seleccionad[oa]|afgewezen|"
    r"rejeitad[oa]|reprovad[oa]|respint[oa]|non selezionat[oa])"
)


def decisions(sentences: Iterable[str], language: str) -> list[Decision]:
    """The sentences that state the decision, each with every rule that reads it so, first first."""
    g = _grammar(language)
    found: list[Decision] = []
    for sentence in sentences:
        # a reply that is the verdict alone: "Rejected", "Leider abgelehnt."
        if len(sentence) < 24 and _VERDICT.fullmatch(sentence.strip(" .!-–")):
            found.append(Decision("outcome", sentence, ("outcome",)))
            continue
        if len(sentence) < 12:
            continue
        read = _ELIDED_NE.sub("ne ", sentence) if language == "fr" else sentence
        if language == "it":
            read = read.replace("s.v.", "lei")  # "La S.V." (Signoria Vostra): the formal "you" of official letters
        rules = tuple(name for name, pattern in g.rules if _reads(g, name, pattern, read))
        if rules:
            found.append(Decision(rules[0], sentence, tuple(dict.fromkeys(rules))))
    return found


def _reads(g: _Grammar, name: Rule, pattern: re.Pattern[str], sentence: str) -> bool:
    for m in pattern.finditer(sentence):
        head = sentence[: m.start()]
        if g.condition.search(head) or g.generic.search(head):
            continue
        if name in ("filled", "closed") and _KEPT_EN.search(sentence):
            continue
        if name == "outcome" and _NOT_OUTCOME.search(sentence[max(0, m.end() - 30) : m.end()]):
            continue  # "your application has not been rejected"
        if name == "needs_other" and not _CONTRAST_EN.search(sentence):
            continue
        if name in ("negated_progress", "negated_fit"):
            if _HEDGE.search(head) or _EAGER.match(sentence, m.start()):
                continue
            if _NOT_YET.search(sentence, max(0, m.start() - 12), m.end()):
                continue
            if _NOT_ABOUT_CANDIDATE.match(sentence[m.end() :]):
                continue
            adverb = m.group(0).split(" ", 1)[0].strip(",")
            if adverb in _REGRET_ADVERB and (_ARTICLE_BEFORE.search(m.group(0)) or _NEW_CLAUSE.search(m.group(0))):
                # the adverb's own reach ends there; a negation inside ("purtroppo però non possiamo
                # proseguire") is read on its own
                inner = pattern.search(sentence, m.start() + len(adverb), m.end())
                if inner is None or inner.group(0).split(" ", 1)[0].strip(",") in _REGRET_ADVERB:
                    continue
            window = sentence[max(0, m.start() - 60) : m.end() + 60]
            if not g.candidate.search(window):
                continue
        return True
    return False
