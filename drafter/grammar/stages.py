"""The steps of the process a letter speaks of, and whether the candidate took them.

A step is named by a noun or verb of its own class (`final`, `screen`, `interview`, per language).
Within one clause it was *not* taken by the candidate when the clause

- negates it or puts it ahead ("we will not invite you to interview", "unable to offer you an
  interview", "progress you to the final round", "we'd love to meet you");
- gives it to others ("invited for interview the candidates whose ...", "the finalists who will be
  invited to campus", "solo vamos a hacer ocho entrevistas");
- calls it off ("the interview we had scheduled ... is cancelled");
- is a condition ("if you are shortlisted for interview").

Every other mention is a step taken: "thanks for the conversation about the role" (a call),
"for grabbing a drink with Tom for the final catch-up" (the final step).
"""

from __future__ import annotations

import functools
import re
from typing import Literal, NamedTuple

from .. import rx
from .words import WORDS

Step = Literal["final", "interview", "screen"]
ORDER: tuple[Step, ...] = ("final", "interview", "screen")


class StepWords(NamedTuple):
    final: str
    screen: str
    interview: str
    ahead: str  # a verb or modal that puts the step ahead of the candidate
    cancel: str
    others: str
    condition: str


_EN = StepWords(
    final=(
        r"final(?:ist)?s?(?: \w+)? (?:round|interview|stage|step|panel|catch-up|chat|conversation|meeting|"
        r"presentation)s?|last (?:round|stage|step|interview)s?|finalist\b|superday|"
        r"(?:you were|you are|as) (?:one of )?(?:the |our |two |three |four |\w+ )?finalists\b|"
        r"day of interviews|on-?site (?:interview|visit|day|round)s?|campus visits?"
    ),
    screen=(
        r"(?:phone|telephone|telephonic|video|zoom|teams|initial|screening|recruiter|intro(?:ductory)?|recorded|"
        r"one-way|pre-recorded|asynchronous) (?:call|chat|interview|screen|conversation)s?|phone screen\w*|"
        r"(?:online|aptitude|psychometric|technical|coding|skills?|video|one-way|recorded|digital|hirevue)"
        r"(?: [\w-]+){0,3} (?:test|assessment|challenge|exercise)s?|case (?:stud(?:y|ies)|exercise)s?|"
        r"(?:take-home|written|home) (?:task|assignment|exercise)s?|"
        r"(?:reasoning|judge?ment|numerical|verbal|personality|cognitive) tests?|take-home\w*|"
        r"assessment (?:cent(?:re|er)|day)s?|(?:on|by|over) the (?:tele)?phone|"
        r"(?:the|our|your) (?:call|chat|conversation)(?! of)\b|spoke with|speaking with|spoken with|"
        r"chatt(?:ing|ed) with"
    ),
    interview=(
        r"interview(?:s|ed|ing)?|on-?site|panel (?:interview|session)s?|(?:meet|meeting|met) (?:with )?"
        # "to meet with Sarah and me", "meeting Tom, Farah and myself": people met, the writer among them
        r"(?:you|us|the team|our team|me|(?:[a-z]+,? ){1,4}and (?:me|myself|us))"
    ),
    ahead=(
        r"invit(?!ed (?:you )?back\b)\w*|progress\w*|mov\w* (?:you )?(?:forward|on)|advanc\w*|shortlist\w*|"
        r"select\w* for|"
        r"schedul\w*|arrang\w*|set up|offer you|put you forward|take you|proceed\w* to|to the next|"
        r"would|'d|will|'ll|hope to|look forward to|like to|love to|going to|happy to|glad to"
    ),
    cancel=r"cancel\w*|call(?:ed)? off|postpon\w*|no longer (?:take|go ahead|happen)\w*",
    others=r"candidates|applicants|those|others|finalists who|people who|everyone|anyone|all who",
    condition=r"^(?:if|should|once|when|unless|in case)\b",
)

_LANGUAGES: dict[str, StepWords] = {
    "en": _EN,
    "de": StepWords(
        final=r"(?:letzte[nmr]?|finale[nmr]?|abschließende[nmr]?) (?:runde|gespräch\w*|auswahlrunde|stufe)|endrunde",
        screen=(
            r"telefon(?:interview|gespräch)\w*|telefonisch\w* (?:gespräch|interview)\w*|"
            r"video(?:interview|call)\w*|(?:online-?)?test\w*|"
            r"(?:einstellungs|eignungs|auswahl|logik|wissens|sprach|leistungs|persönlichkeits)test\w*|"
            r"kennenlerngespräch\w*|assessment\w*|telefonat\w*|fallstudie\w*|probeaufgabe\w*|arbeitsprobe\w*"
        ),
        interview=r"(?:vorstellungs|bewerbungs|auswahl|persönlich\w* )?gespräch\w*|interview\w*|kennenlernen",
        ahead=r"einlad\w*|einzuladen|berücksichtigen|weiter\w*|werden|möchten|würden|nächste",
        cancel=r"abgesagt|absagen|verschoben|storniert",
        others=r"kandidat(?:en|in|innen)?\b|bewerber(?:in|innen)?\b|andere",
        condition=r"^(?:wenn|falls|sollten)\b",
    ),
    "fr": StepWords(
        final=r"(?:dernier|dernière|ultime) (?:entretien|étape|tour)|entretien final|étape finale|finaliste\b|"
        r"(?:l'une?|un[e]?) (?:des|de nos) (?:\w+ )?finalistes|(?:partie|parmi) (?:des|les) (?:\w+ )?finalistes",
        screen=(
            r"entretien\w* (?:téléphonique|vidéo|en visio)|échange\w* téléphonique|appels?\b|"
            r"(?:tests?|exercices?|cas pratiques?|études? de cas|épreuves?)\b|visio\w*"
        ),
        interview=r"entretiens?|rencontr\w*",
        ahead=(
            r"invit\w*|convi\w*|convoqu\w*|passer (?:à|aux?)|faire passer|plutôt que|accéder|poursuivre|"
            r"prochaine|serons|aimerions|souhaitons"
        ),
        cancel=r"annul\w*|report\w*",
        others=r"candidat(?:e|s|es)?\b|autres|ceux|celles",
        condition=r"^(?:si|lorsque|dès que)\b",
    ),
    "es": StepWords(
        final=r"(?:última|ultima|final) (?:entrevista|etapa|fase|ronda)|(?:entrevista|etapa|fase) final|finalista\b|"
        r"(?:uno|una) de (?:los|las|nuestros|nuestras) (?:\w+ )?finalistas|"
        r"(?:entre|parte de) (?:los|las) (?:\w+ )?finalistas",
        screen=(
            r"entrevista\w* (?:telefónica|por teléfono|por video|virtual|inicial)|llamadas?\b|"
            r"por teléfono|telefónicamente|(?:pruebas?|tests?|ejercicios?|casos? prácticos?)\b"
        ),
        interview=r"entrevistas?|reuni\w*|conocer\w*",
        ahead=r"invit\w*|convoc\w*|pasar|avanzar|siguiente|vamos a|haremos|nos gustaría|podamos",
        cancel=r"cancel\w*|pospu\w*|aplaz\w*",
        others=r"candidat[oa]s?\b|otros|otras|aquell\w*|ocho|solo",
        condition=r"^(?:si|cuando|en caso)\b",
    ),
    "nl": StepWords(
        final=(
            r"(?:laatste|finale) (?:ronde|gesprek\w*|fase)|eindgesprek\w*|finalist\b|"
            r"(?:een|één) van de (?:\w+ )?finalisten|(?:tot|bij) de (?:\w+ )?finalisten"
        ),
        screen=(
            r"telefonisch\w* (?:gesprek|interview|kennismaking)\w*|telefo(?:ongesprek\w*|ontje)|"
            r"videogesprek\w*|belafspraak|"
            # "opdracht" is an assignment, "opdrachtgever" the agency's client
            r"(?:online )?(?:test|assessment|opdracht)(?:en|s)?\b|\w+(?:test|assessment|opdracht)(?:en|s)?\b"
        ),
        interview=r"(?:sollicitatie|kennismakings)?gesprek\w*|interview\w*",
        ahead=(
            r"uitnodig\w*|uit te nodigen|volgende|door naar|zullen|willen|zouden|keuze gemaakt voor|geselecteerd voor"
        ),
        cancel=r"geannuleerd|afgezegd|uitgesteld",
        others=r"kandida(?:at|ten|te)\b|anderen|sollicitanten",
        condition=r"^(?:als|indien|wanneer|mocht)\b",
    ),
    "pt": StepWords(
        final=r"(?:última|ultima|final) (?:entrevista|etapa|fase)|(?:entrevista|etapa|fase) final|finalista\b|"
        r"(?:um|uma) d(?:os|as) (?:nossos |nossas )?(?:\w+ )?finalistas|(?:entre|parte d)(?:os|as) (?:\w+ )?finalistas",
        screen=(
            r"entrevista\w* (?:telefónica|telefônica|por telefone|por vídeo)|por telefone|telefonema\w*|"
            r"conversa\w* inicia\w*|conversa\w* por v[íi]deo|videochamada\w*|entrevista\w* (?:inicia\w*|de triagem)|"
            r"entrevista\w* com (?:a |o )?(?:nossa |nosso )?(?:recrutador\w*|tech recruiter)|"
            # "testes automatizados" is software the candidate wrote, not a test they sat
            r"(?:testes?(?! automatizad| unitári| de unidade| de integração)|provas?|case)\b|dinâmicas? de grupo|"
            r"desafios? técnicos?"
        ),
        interview=r"entrevistas?|conhec(?!iment)\w*",  # "conhecer você", not "conhecimento" (knowledge)
        ahead=r"convid\w*|avançar\w*|avance\w*|próxima|seguir|vamos|gostaríamos",
        cancel=r"cancel\w*|adiad\w*",
        others=r"candidat[oa]s?\b|outros|outras",
        condition=r"^(?:se|caso|quando)\b",
    ),
    "it": StepWords(
        final=(
            r"(?:ultimo|ultima|finale) (?:colloquio|fase|step|round)|colloquio finale|fase finale|finalista\b|"
            r"(?:uno|una) (?:dei|delle|tra i|tra le) (?:\w+ )?finalist[ie]|"
            r"(?:tra|fra|parte de)(?: i| le|i|lle) (?:\w+ )?finalist[ie]|"
            r"incontro (?:finale|conclusivo)"
        ),
        screen=(
            r"colloquio telefonico|(?:telefonat|chiamat)\w*|(?:test|prova(?! orale)|prove(?! orali)|"
            r"esercitazion[ei])\b|"
            r"\w+ telefonic[ao]|videochiamat\w*|videocolloqui\w*|colloquio conoscitivo"
        ),
        interview=r"colloqui\w*|incontr\w*|prova orale|prove orali",  # an oral exam is the interview
        ahead=r"invit\w*|convoc\w*|passare|accedere|proseguire|prossim\w*|vorremmo|saremo",
        cancel=r"annullat\w*|rimandat\w*|rinviat\w*",
        others=r"candidat[oiae]\b|altri|altre",
        condition=r"^(?:se|qualora|quando)\b",
    ),
}


class _Steps(NamedTuple):
    kinds: tuple[tuple[Step, re.Pattern[str]], ...]
    ahead: re.Pattern[str]
    cancel: re.Pattern[str]
    others: re.Pattern[str]
    condition: re.Pattern[str]
    neg: re.Pattern[str]
    yours: re.Pattern[str]
    talk: re.Pattern[str] | None


# the candidate's own step: "your interview", "Ihr Vorstellungsgespräch", "votre entretien"
_YOURS = (
    r"\b(?:your|ihr|ihre[mn]?|dein\w*|votre|ton|ta|tu|su|uw|je|jouw|seu|sua|teu|tua|tuo|suo)"
    r"(?: [\w-]+)? $"
)
# a bare word for a talk may be the call spoken of before it ("unser Gespräch", "ons gesprek")
# and "nice to meet you" after a group exercise or a video call is the same meeting
_TALK = {
    "de": r"\bgespräch\w*|kennenlernen",
    "nl": r"\bgesprek\w*",
    "pt": r"conhec\w*",
    "es": r"conocer\w*",
    "it": r"incontr\w*",
    "fr": r"rencontr\w*",
    "en": r"(?:meet|meeting|met) (?:with )?(?:you|me)",
}


@functools.cache
def _steps(language: str) -> _Steps:
    w = _LANGUAGES.get(language, _EN)
    neg_words = [p for p in WORDS.get(language, WORDS["en"]).neg.split("|") if p != "n't"]
    return _Steps(
        # matched in this order: "telephone interview" is a screen, "final interview" the final step
        kinds=tuple((step, rx.compile(rf"\b(?:{getattr(w, step)})\b")) for step in ("final", "screen", "interview")),
        ahead=rx.compile(rf"\b(?:{w.ahead})"),
        cancel=rx.compile(rf"\b(?:{w.cancel})\b"),
        others=rx.compile(rf"\b(?:{w.others})\b"),
        condition=rx.compile(w.condition),
        neg=rx.compile(rf"\b(?:{'|'.join(neg_words)})\b|n't\b|\bnot\b"),
        yours=rx.compile(_YOURS),
        talk=rx.compile(_TALK[language]) if language in _TALK else None,
    )


# "they won't be taking things further after your interview": the step is the time of the decision
_CIRCUMSTANCE = rx.compile(
    r"\b(?:after|following|since|during|from|at|in|on|nach|depuis|après|lors|durante|después|tras|"
    r"na|dopo|durante|em|no|na|depois|após|à l'issue|au terme|al termine|al término|a seguito|"
    r"in seguito) (?:your|the|our|ihrem|ihre[mn]?|dem|der|votre|ton|notre|l'|le|la|su|tu|"
    r"el|la|uw|je|het|de|seu|sua|o|a|il|la|tuo|suo|vostro|da|do|das|dos|del|della|dello|dei|degli|"
    r"des|du|ce|cet|cette|ces)\b"
)
# the decision came after the step: "after your interview, we chose ...", "à l'issue de ce dernier
# entretien, nous avons retenu une autre candidature"
_AFTER = rx.compile(
    r"\b(?:after|following|nach|après|à l'issue d[eu']|au terme d[eu']|después d[e']|tras|na|dopo|"
    r"depois d[aoe]s?|após|al termine d[ei]|a conclusione d[ei]\w*|alla fine d[ei]\w*|à la fin d[eu']|"
    r"al final d[e]|nach abschluss d\w*|am ende d\w*|na conclusão d[aoe]s?|ao fim d[aoe]s?|no final d[aoe]s?|"
    r"na afloop van|at the end of|upon completion of) (?:\S+ ){0,3}$"
)
# "..., particularly as you were one of the two we invited back": the adverb opens the clause too
_CLAUSE = rx.compile(
    r"[;:]|,\s+(?:(?:particularly|especially|not least|all the more|even more so) )?"
    r"(?:but|and|as|since|which|however|so|because)\b|\s+but\s+|\s[–—-]\s"
)


# "you were one of two candidates in the final stage": the candidate among the others
_ONE_OF = rx.compile(
    r"\byou (?:were|are) (?:one of|among)\b|\byou're (?:one of|among)\b|\b(?:together with|along with|junto (?:con|a)|"
    r"junto com|juntamente com|insieme a|assieme a|zusammen mit|samen met|ensemble avec)\b"
)


def steps(sentences: list[str], language: str) -> tuple[set[Step], set[Step]]:
    """The steps the candidate took, and the steps spoken of as not taken, in lower-cased sentences."""
    g = _steps(language)
    taken: set[Step] = set()
    untaken: set[Step] = set()
    talks: list[bool] = []
    for sentence in sentences:
        for clause in _CLAUSE.split(sentence):
            for step, pattern in g.kinds:
                m = pattern.search(clause)
                if m is None:
                    continue
                before = _CIRCUMSTANCE.split(clause[: m.start()])[-1]
                lead = clause[max(0, m.start() - 30) : m.start()]
                if (g.yours.search(lead) or _AFTER.search(lead)) and not g.cancel.search(clause):
                    taken.add(step)  # "feedback on your interview", "after the interviews": it took place
                elif (
                    g.condition.search(clause.strip())
                    or g.neg.search(before)
                    or g.ahead.search(before)
                    or g.cancel.search(clause)
                    or (g.others.search(clause) and not _ONE_OF.search(clause))
                ):
                    untaken.add(step)
                else:
                    taken.add(step)
                if step == "interview" and g.talk and g.talk.fullmatch(m.group(0)):
                    talks.append(step in taken)
                break  # one step per clause: "final interview" is the final step, not also an interview
    if "screen" in taken and talks and all(talks) and not _named_interview(sentences, g):
        # "das Telefoninterview ... zu unserem Gespräch", "a dinâmica de grupo ... foi bom conhecer você":
        # the same call, so no interview of its own, whatever else reads one there
        taken.discard("interview")
        untaken.add("interview")
    return taken, untaken


def _named_interview(sentences: list[str], g: _Steps) -> bool:
    """Whether an interview is named by more than a bare word for a talk."""
    pattern = dict(g.kinds)["interview"]
    return any(g.talk is None or not g.talk.fullmatch(m.group(0)) for s in sentences for m in pattern.finditer(s))
