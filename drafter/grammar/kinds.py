"""Finer names for a message that is no rejection: a newsletter, an assessment, a status update.

Takes a message's lower-cased text; gives a `Kind` or None. The parser asks only once a lexicon
has named the message (an invitation that asks for a test is an `assessment_request`, an
acknowledgement that says the process is delayed is a `status_update`), so these words never turn
a letter the parser did not understand into a refusal; a newsletter names itself.
"""

from __future__ import annotations

from .. import rx
from ..models import Kind

__all__ = ["by_shape", "named"]

_NEWSLETTER = rx.compile(
    r"\b(?:newsletter|webinars?|(?:weekly|monthly) digest|this (?:week|month)'s (?:news|stories|jobs)|"
    r"our latest (?:news|stories|articles)|events? near you|(?:candidate|applicant) (?:experience )?survey|"
    r"the survey takes|short survey|take (?:our|the|a short) survey)\b"
)
_ASSESSMENT = rx.compile(
    r"\b(?:assessments?|online tests?|coding (?:tests?|challenges?|exercises?)|take[- ]home|case study|"
    r"aptitude tests?|psychometric|hackerrank|codility|test en ligne|évaluation|einstufungstest|"
    r"eignungstest|online-test|prueba técnica|pruebas|evaluación|opdracht|teste|avaliação|prova|"
    r"test attitudinal\w*)\b"
)
_STATUS = rx.compile(
    r"\b(?:still (?:under|in) (?:review|consideration|the process)|still (?:reviewing|considering|assessing)|"
    r"taking longer|delay(?:ed|s)?|"
    r"update on your application|status of your application|remains? (?:active|open|under consideration)|"
    r"noch in (?:bearbeitung|prüfung)|verzöger\w*|toujours en cours|retard\w*|todavía en (?:revisión|proceso)|"
    r"retraso|nog in behandeling|vertraging|ainda (?:em análise|está em)|atras[oa]|ancora in (?:corso|fase)|"
    r"ritardo|zwischenbescheid|interim (?:notice|update|letter)|bleibt im verfahren|(?:dies|das) ist keine absage|"
    r"this is not a rejection)\b"
)


def named(text: str, language: str) -> Kind | None:
    """`newsletter`, `assessment_request` or `status_update` when the text names one, else None."""
    del language  # the word lists above hold every language drafter reads
    if _NEWSLETTER.search(text):
        return "newsletter"
    if _ASSESSMENT.search(text):
        return "assessment_request"
    if _STATUS.search(text):
        return "status_update"
    return None


# "if we don't touch base further", "if you have not heard from us by Friday": the decision only
# as a condition, which is how acknowledgements and status notes speak of it
_CONDITIONAL_NOTICE = rx.compile(
    r"\b(?:if|unless|should|falls|wenn|sofern|si|en caso|als|indien|mocht|caso|se|qualora)\b[^.;]{0,30}?"
    r"\b(?:not|don'?t|dont|haven'?t|didn'?t|nicht|nichts|keine|pas|no|niet|niets|não|non)\b[^.;]{0,30}?"
    r"\b(?:hear\w*|heard|touch base|contact\w*|get back|circle back|receive\w*|respon\w*|hören|gehört|"
    r"melden|nouvelles|réponse|recevez|noticias|respuesta|recib\w*|horen|gehoord|bericht|notícias|"
    r"resposta|receber|notizie|risposta|ricev\w*)"
)
# good news about the next step: "your application has progressed to the next stage",
# "nous avons le plaisir de vous convier à un entretien"
_NEXT_STEP = rx.compile(
    r"\b(?:progressed|moved (?:on|forward)|advanced|passed) (?:\w+ ){0,3}(?:to|into) the next (?:stage|round|step)|"
    r"\b(?:pleased|happy|delighted|glad|plaisir|heureux|ravis|freuen uns|encantad\w+|gusto|blij|prazer|"
    r"satisfação|lieti|piacere)\b[^.;]{0,40}?\b(?:invite|inviting|convier|inviter|einzuladen|einladen|"
    r"invitar\w*|convidar|uitnodigen|uit te nodigen|invitarla|invitarti|invitarvi)"
)
# the application received and on its way: "your resume has been forwarded to the hiring manager"
_RECEIVED = rx.compile(
    r"\b(?:has|have) been (?:received|forwarded|recorded|passed on|submitted)|\b(?:is|are) currently "
    r"(?:reviewing|being reviewed)|\bforwarded to the (?:\w+ ){0,2}(?:manager|team)|"
    r"\b(?:eingegangen|weitergeleitet|bien reçu|transmis|recibido correctamente|ontvangen|recebemos|"
    r"ricevuto)\b"
)


def by_shape(sentences: list[str]) -> Kind | None:
    """What a message with no decision and no lexicon match is, from the shape of its sentences."""
    if any(_CONDITIONAL_NOTICE.search(s) for s in sentences):
        return "status_update"
    text = " ".join(sentences)
    if _NEXT_STEP.search(text):
        return "assessment_request" if _ASSESSMENT.search(text) else "interview_invitation"
    if _RECEIVED.search(text):
        return "acknowledgement"
    return None
