"""Concrete feedback in a letter: the sentence that says what the candidate could do better.

Takes the letter's lower-cased sentences and language; gives the first sentence that gives
feedback in substance ("the panel felt your answers on system design stayed high-level", "mainly
around state management and test coverage", "nos hubiera gustado ver más ..."), or None. An offer
of feedback ("happy to share feedback") or a refusal is no feedback in itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from .. import rx
from . import is_condition

__all__ = ["feedback_declined", "feedback_given", "feedback_offered"]

_GIVEN: dict[str, str] = {
    "en": r"would have liked (?:to see )?|would've liked|liked to see more|could (?:have )?(?:improve|strengthen|"
    r"go deeper|develop)|(?:panel|team|interviewers?|hiring manager|committee|we) (?:felt|noted|thought|found|"
    r"observed) (?:that )?(?:your|you)\b|areas? (?:to|for) (?:improve\w*|develop\w*|growth)|(?:feedback|"
    r"comments?) (?:was|were|is|are|centred|centered|focused|came) (?:\w+ ){0,2}(?:around|on|about)\b|"
    r"mainly (?:around|about|on)\b|could be (?:improved|stronger|strengthened|developed|clearer|deeper)|"
    r"(?:have|has) given (?:you )?(?:some )?feedback|feedback to explain|"
    # advice in the letter itself: "a tip, since you wrote to us: next time, tailor the cover letter"
    r"(?:a|one|some) (?:quick |small |friendly |little )?(?:tip|piece of advice)\b|my advice\b",
    "de": r"ein (?:kleiner )?tipp\b|"
    r"hätten uns (?:\w+ ){0,3}gewünscht|wünschen uns (?:mehr|stärker)|verbesserungspotenzial|"
    r"(?:das team|wir) (?:hatte|hatten) den eindruck",
    "fr": r"un (?:petit )?conseil\b|"
    r"aurions aimé|aurait aimé|axes? d'amélioration|points? à améliorer|(?:le jury|l'équipe|nous) "
    r"(?:a|avons) (?:trouvé|noté|estimé) que (?:votre|vous)",
    "es": r"un (?:pequeño )?consejo\b|"
    r"nos hubiera gustado|áreas? de mejora|aspectos? (?:a|que) mejorar|(?:el equipo|el panel) "
    r"(?:consideró|notó|percibió)",
    "nl": r"een (?:kleine )?tip\b|"
    r"verbeterpunt\w*|hadden (?:graag )?(?:meer )?gezien|(?:het team|de commissie|wij) (?:vond|vonden|"
    r"merkte\w*) (?:dat )?(?:u|je|jouw|uw)\b",
    "pt": r"uma (?:pequena )?dica\b|um conselho\b|"
    r"gostaríamos de ter visto|pontos? (?:de|a) melhor\w*|(?:a equipe|a equipa|o painel) (?:achou|notou|"
    r"percebeu|considerou)",
    "it": r"un (?:piccolo )?consiglio\b|"
    r"avremmo voluto|aree? di miglioramento|punti? da migliorare|(?:il team|la commissione) (?:ha )?"
    r"(?:notato|ritenuto|percepito)",
}


@functools.cache
def _given(language: str) -> re.Pattern[str]:
    return rx.compile(rf"\b(?:{_GIVEN.get(language, _GIVEN['en'])})")


def feedback_given(sentences: Iterable[str], language: str) -> str | None:
    """The first sentence that gives concrete feedback, as passed in (lower-cased)."""
    pattern = _given(language)
    for sentence in sentences:
        if pattern.search(sentence) and not is_condition(sentence, language):
            return sentence
    return None


# "we cannot provide individual feedback", "keine individuellen Testergebnisse mitteilen können",
# "no nos es posible ofrecer una valoración individual": a refusal to give feedback
_NEG = r"not|cannot|unable|no|nicht|keine?[nmrs]?|ne|pas|impossible|niet|geen|não|non|nessun[oa]?"
_GIVE = (
    r"give|giv|provid|offer|shar|send|comment|discuss|explain|respond|geben|mitteil|mitzuteil|nennen|apport|adress|"
    r"envoy|formul|brind|envi|sturen|übermittel|inviar|"
    r"zukommen|fourni|donner|transmettre|commenter|communiquer|ofrec|dar|proporcion|facilit|comunic|"
    r"geven|verstrekk|delen|fornir|dare|comunicar|oferec|forneceu|fornecer|partilhar|compartilhar"
)
_WHAT = (
    r"feedback|individual|individuell\w*|einzel\w*|rückmeldung\w*|bewertung\w*|testergebnis\w*|"
    r"gründe|begründung|retours?|commentaires?|individuel\w*|motifs|raisons|valoraci\w+|comentarios?|"
    r"evaluaci\w+|motivos|razones|terugkoppeling|toelichting|redenen|riscontr\w+|valutazion\w+|"
    r"motivazion\w+|devolutiva|avalia\w+|scores?|results|reasons|explanations?|commenti|osservazioni|"
    r"rapport|relatório|resultados|résultats|ergebnisse|risultati|resultaten|informe|report"
)
# the decision itself, which a refusal may decline to explain or an offer may offer to discuss
_DECISION = (
    r"decision|choice|entscheidung|absage|auswahl|décision|choix|decisión|elección|beslissing|besluit|keuze|"
    r"decisão|escolha|decisione|scelta"
)
_NEGATED = rf"(?:\b(?:{_NEG})\b|n't\b)[^.;!?]{{0,50}}?"
# "cannot provide feedback", and the German verb last: "keine Rückmeldung geben können"
# "nous ne pouvons pas motiver notre décision", "wir können unsere Entscheidung nicht begründen"
_EXPLAIN = (
    r"explain|justify|motiv\w*|justif\w*|begründ\w*|erläuter\w*|toelicht\w*|uitleggen|giustific\w*|spiegar\w*|explic\w*"
)
_DECLINED = rx.compile(
    rf"{_NEGATED}\b(?:{_GIVE})\w*\b[^.;!?]{{0,50}}?\b(?:{_WHAT})\b|"
    rf"{_NEGATED}\b(?:{_WHAT})\b[^.;!?]{{0,50}}?\b(?:{_GIVE})\w*\b|"
    rf"{_NEGATED}\b(?:{_EXPLAIN})\b[^.;!?]{{0,30}}?\b(?:{_DECISION})\b|"
    rf"\b(?:{_DECISION})\b[^.;!?]{{0,30}}?\b(?:{_NEG})\b[^.;!?]{{0,20}}?\b(?:{_EXPLAIN})\b"
)


def feedback_declined(sentences: Iterable[str], language: str) -> str | None:
    """The first sentence that refuses feedback, or None (a condition refuses nothing)."""
    for sentence in sentences:
        if _DECLINED.search(sentence) and not is_condition(sentence, language):
            return sentence
    return None


# An offer of feedback: what is offered (feedback, the reasons, the scores) with a frame that
# offers it. Offers are often conditions ("if you would like feedback, please get in touch", "Wenn
# Sie möchten, gebe ich Ihnen gern eine Rückmeldung", "Wilt u een toelichting, dan kunt u contact
# opnemen"), so conditions count here.
_OFFERED_WHAT = (
    rf"{_WHAT}|why we (?:did not|didn't|have not|haven't) (?:choose|chosen|select\w*|progress\w*)|"
    r"(?:more|further) (?:detail|context|insight)|debrief\w*|retorno|uitleg|individually|"
    r"hear more|comments|observations|impressions|(?:the|his|her|their|our|my) (?:notes|thoughts)|"
    # "una sesión de retroalimentación", "te cuento lo que me ha transmitido el cliente", "het advies
    # toelichten of bespreken", "un entretien de restitution", "l'appréciation du jury"
    r"retroalimentaci[oó]n|(?:tu|su) desempeño|(?:te|le) (?:cuento|comento|explico)|contar(?:te|le)|"
    r"comentar(?:te|le)|explicar(?:te|le)|advies|toelicht\w*|bespreken|restitution|appréciation|avis du jury|"
    # talking the decision through: "discuss the decision", "walk you through where the others were
    # stronger", "ik licht onze keuze toe", "wil je weten waarom"
    r"(?:discuss|talk (?:it |this |that )?(?:through|over)|talk about|explain|hear more about|(?:walk )?you through|"
    r"go (?:through|over)) (?:[\w']+ ){0,3}?(?:decision|choice|reasons?|reasoning|why|how|where|what|outcome|result|"
    r"application|interview|thinking|views?|assessment|notes|scores?|marks|matrix)|pointers|tips|"
    # "talk it through", "go through the shortlisting matrix with you", "look over your next application"
    r"talk (?:it|this|that|things) (?:through|over)|"
    r"go (?:through|over) (?:the|your|our|my) (?:[\w-]+ ){0,2}?(?:notes|matrix|scores?|marks|scoring|assessment|"
    r"feedback|comments)|(?:look over|look at|read over|review) (?:your|the) (?:next |future )?(?:application|cv|"
    r"cover letter)|"
    r"(?:know|weten|wissen|savoir|saber|sapere) (?:\w+ ){0,2}(?:why|waarom|warum|pourquoi|por qué|porquê|perché)|"
    # the decision explained or talked over, in each language
    r"erläuter\w*|erklär\w*|gespräch über ihre bewerbung|échanger sur|en savoir plus|"
    r"(?:meer )?informatie over (?:de|het|onze|deze) (?:reden\w*|besluit|beslissing|keuze)|"
    r"comentar (?:\w+ ){0,2}?(?:decisión|"
    r"motivos|candidatura|entrevista)|meer (?:\w+ )?weten|overwegingen|conversar sobre|falar sobre (?:a|o) (?:decisão|"
    r"processo|resultado)|approfondire|ragioni|spiegar\w*|illustrar\w*|"
    # "if you have questions about our decision, call me": the decision explained on request
    r"(?:questions?|fragen|preguntas|dudas|vragen|dúvidas|perguntas|domande) (?:\w+ ){0,3}?(?:"
    rf"{_DECISION})"
)
_OFFER_FRAMES: dict[str, str] = {
    "en": r"if you(?:'d| would)? (?:like|wish|want)|should you (?:wish|want|like)|happy to|glad to|pleased to|"
    r"available (?:to|for)|feel free|"
    r"please (?:contact|reply|get in touch|call|email|let|reach out|write|drop)|reach out to (?:me|us)|"
    r"(?:do not|don't) hesitate|you (?:can|may|are welcome to) "
    r"(?:contact|call|email|reply|ask|request)|let (?:me|us) know|set up a (?:call|time)|(?:we|i)(?:'ll| will| can| "
    r"would| could) (?:\w+ ){0,2}(?:share|give|provide|offer|arrange|talk|walk)|on request|upon request|"
    # the signer proposing a talk: "I'd much rather talk it through", "could we find half an hour"
    r"i'd (?:\w+ ){0,2}?(?:like|love|rather|prefer|be glad|be happy)|we'd (?:\w+ ){0,2}?(?:like|love|be glad|be happy)|"
    r"could we (?:find|set up|arrange|have)|(?:i|we) (?:would like|'d like) to (?:sit down|meet|catch up|have a chat)",
    "de": r"wenn sie (?:möchten|wünschen|mögen)|gern|gerne|stehe\w* (?:\w+ ){0,4}zur verfügung|melden sie sich|"
    r"auf wunsch|können sie (?:mich|uns)",
    "fr": r"si vous le souhaitez|si vous souhaitez|si tu (?:le )?souhaites|je suis disponible|nous sommes disponibles|"
    r"n'hésitez pas|n'hésite pas|je reste à (?:votre|ta) disposition|volontiers|sur demande",
    "es": r"si (?:lo )?(?:desea|deseas|quieres|quiere)|no dudes?|estar[ée] encantad[oa]|estaremos encantados|"
    r"quedo a (?:tu|su) disposición|puedes (?:escribirme|contactar|llamar)|puede (?:contactar|llamar)",
    "nl": r"wilt u|wil je|mocht u|mocht je|kunt u (?:\w+ ){0,3}(?:contact|bellen|mailen)|"
    r"kun je (?:\w+ ){0,3}(?:contact|bellen|mailen)|neem gerust|graag|op verzoek|neem (?:dan )?contact",
    "pt": r"se (?:desejar|quiser|preferir|pretender)|caso (?:pretenda|deseje|queira|tenha interesse)|"
    r"fico à (?:sua|tua) disposição|ficamos à disposição|"
    r"pode (?:entrar em contato|contactar|ligar)|estou à (?:sua |tua )?disposição",
    "it": r"se lo desidera|se desidera|se vuoi|sarò lieto|sarò lieta|saremo lieti|rimango a (?:sua|tua) disposizione|"
    r"resto a disposizione|può contattar\w*|puoi contattar\w*|sono disponibile|sono a (?:sua |tua )?disposizione|"
    r"mi contatti",
}


@functools.cache
def _offered(language: str) -> re.Pattern[str]:
    """The letter's language and English (letters mix them: an English ATS footer under a German letter)."""
    frame = "|".join(sorted({_OFFER_FRAMES["en"], _OFFER_FRAMES.get(language, _OFFER_FRAMES["en"])}))
    return rx.compile(
        rf"\b(?:{frame})\b[^.;!?]{{0,120}}?\b(?:{_OFFERED_WHAT})\b|"
        rf"\b(?:{_OFFERED_WHAT})\b[^.;!?]{{0,120}}?\b(?:{frame})\b|"
        # an explanation offered in the first person: "ik licht onze keuze graag toe"
        rf"\b(?:ik|wij|we) licht\w* (?:\w+ ){{0,5}}?toe\b|\blicht\w* (?:ik|wij|we) (?:\w+ ){{0,5}}?toe\b"
    )


def feedback_offered(sentences: Iterable[str], language: str) -> str | None:
    """The first sentence that offers feedback or the reasons for the decision, or None.

    A refusal is no offer ("we are unable to provide feedback"), nor a question about feedback
    already given ("if you have questions about their feedback").
    """
    offered = _offered(language)
    for sentence in sentences:
        if offered.search(sentence) and not _DECLINED.search(sentence) and not _ABOUT_GIVEN.search(sentence):
            return sentence
    return None


_ABOUT_GIVEN = rx.compile(r"\bquestions? (?:about|on|regarding) (?:their|the|this|our) feedback\b")
