"""The judgement fields, read with the phrase lexicons and the decision grammar.

A letter's sentences in, the facts that need judgement out: whether it is a rejection (and what it
is when not), the stage the candidate reached, the stated reason, feedback and future stance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .. import grammar, rx
from ..grammar import kinds, stages
from ..grammar.feedback import feedback_declined, feedback_given, feedback_offered
from ..grammar.future import invited
from ..grammar.reasons import about_others, clauses, reasons
from ..models import Feedback, Future, Kind, Reason, RejectionLetter, Stage
from ..text import flat
from . import lexicons
from .lexicons import formulas

_ABOUT_US = rx.compile(lexicons.FEEDBACK_ABOUT_US, re.IGNORECASE)
_NEGATED = rx.compile(rf"\b{lexicons.NEG}\b[^.!?;]{{0,25}}$", re.IGNORECASE)
# "n'hésitez pas à ...", "don't hesitate to ..." encourage; their negation negates nothing
_HESITATE = rx.compile(
    r"\b(?:n'hésite[zr]? pas|(?:don't|do not|never) hesitate|no (?:dude[sn]?|duden)|non esit\w+|"
    r"zögern sie nicht|aarzel niet|não hesite)\b",
    re.IGNORECASE,
)
_COMPARATIVE = rx.compile(
    r"\b(?:other|another|otros|otras|otro|anderen?|autres?|altri|altro|outros|outro)\b.{0,30}?"
    r"\b(?:candidat|applicant|kandida|bewerber|sollicitant|profil|perfil|individual|people)[^,;]*$"
    # "we hired someone with more 3D experience", "offered the role to a candidate with ..."
    r"|\b(?:cho(?:se|sen)|select\w*|hir\w*|appoint\w*|offer\w*(?: \w+){0,3} to|(?:go|going|gone|"
    r"went) with|(?:mov|proceed|continu)\w* (?:forward |ahead |on )?with|decided on|"
    r"optamos por|optado por|escolhemos|elegido a|scelto|choisi|retenu|uns für) (?:a|an|the|one|"
    r"someone|somebody|another|other|een|iemand|um|uma|un|una|une|alguien|qualcuno|quelqu'un|"
    r"einen|eine)\b[^,;]*$"
)
# not between an ordinal day and its month: "zum Stellenantritt am 1. Februar", "ab dem 15. März"
_MONTH = r"(?:jan|jän|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\b"
# ...nor after an abbreviation of single letters: "La S.V. non è stata inclusa", "z. B."
# Every break follows a ".", "!" or "?": that is looked at first, once, so that `re` passes over
# the other characters after one look behind instead of three.
SENTENCE = rx.compile(
    rf"(?<=[.!?])(?:(?<!\s\d\.)(?<!\s\d\d\.)(?<!\b\w\.\w\.)\s+|(?<=\s\d\.)\s+(?!{_MONTH})|"
    rf"(?<=\s\d\d\.)\s+(?!{_MONTH}))"
)
# the application itself, in any language drafter reads
_APPLIED = rx.compile(
    r"\b(?:appl(?:ied|ying|ications?)|cv|resume|résumé|candidacy|candidature|bewerbung|unterlagen|"
    r"candidatura|solicitud|currículo|currículum|curricul\w*|sollicitatie|inscrição)\b"
)
# "the selection process", but not "the application process" (which is the application)
# a subject that gives the verdict itself
_SUBJECT_VERDICT = rx.compile(
    r"(?i)\b(?:unsuccessful|not (?:been )?selected|not successful|application rejected|regret letter|not "
    r"(?:progressing|moving forward)|won't be (?:progressing|moving forward)|absage|réponse négative|refus de "
    r"candidature|candidature rejetée|no seleccionad[oa]|no aceptada|não selecionad[oa]|non selezionat[oa]|afwijzing)\b"
)
_NOT_A_REJECTION = rx.compile(
    r"\b(?:this|that) is not a rejection|\b(?:dies|das) ist keine absage|\bce n'est pas un refus|"
    r"\besto no es un rechazo|\bdit is geen afwijzing|\bisto não é uma recusa|\bquesto non è un rifiuto"
)
_PROCESS = rx.compile(
    r"(?<!application )(?<!applications )\b(?:process|\w*prozess\w*|processus|proceso|processo|procedure|procedura|"
    r"verfahren)\b"
)


class Reading(NamedTuple):
    """A letter's sentences as the judgements read them, with the lexicons of its language."""

    lex: _Lexicon
    subject: str  # lower-cased
    all_sentences: list[str]
    # without the conditional ones ("if you have not heard from us by Friday, ...")
    sentences: list[str]
    text: str
    decided: list[grammar.Decision]


def read(prose: str, subject: str | None, language: str) -> Reading:
    """The lower-cased sentences of the letter's prose, and those that state the decision."""
    lex = _Lexicon(language)
    conditional = lex("conditional")
    all_sentences = SENTENCE.split(prose.lower())
    sentences = [s for s in all_sentences if not conditional.whole.search(s)]
    decided = grammar.decisions(sentences, language)
    return Reading(lex, (subject or "").lower(), all_sentences, sentences, " ".join(sentences), decided)


def is_rejection(reading: Reading) -> bool:
    """Whether the letter turns the candidate down."""
    # "the post has been filled" alone does not outweigh a job alert's "similar jobs"
    # nor does "we could not meet the salary you asked for" outweigh an offer
    about_candidate = sum(d.rule not in ("filled", "closed", "negated_fit") for d in reading.decided)
    hedged = len(reading.sentences) < len(reading.all_sentences)
    return _is_rejection(reading.lex, reading.text, reading.subject, hedged, len(reading.decided), about_candidate)


def kind(reading: Reading) -> Kind:
    """What a message that is no rejection is: an offer, an invitation, a job alert, ..."""
    return _kind(reading.lex, reading.text, reading.subject, reading.all_sentences)


def judge(letter: RejectionLetter, reading: Reading, prose: str, footer: str) -> None:
    """A rejection's stage, reason, feedback and future, with its own sentences where it states them."""
    lex, text, sentences, language = reading.lex, reading.text, reading.sentences, reading.lex.language
    # the letter's own words: lower-cased sentences back to the sentences as written
    as_written = {s.lower(): s for s in SENTENCE.split(prose)}
    letter.stage = _stage(lex, text, reading.subject, [d.sentence for d in reading.decided], sentences)
    # "we cannot give feedback given the volume of applications" is no reason for the decision
    declined = lex("feedback_declined")
    stated = [s for s in sentences if not declined.whole.search(s)]
    read_reasons = reasons(stated, language, reading.decided)
    letter.reason, why = _reason(lex, stated, read_reasons, about_others(reading.decided, language))
    letter.reason_text = as_written.get(why) if why else None
    given = feedback_given(sentences, language)
    letter.feedback_text = as_written.get(given) if given else None
    # a refusal may sit in the ATS footer; concrete feedback in the letter is feedback given
    in_footer = SENTENCE.split(flat(footer).lower()) if footer else []
    if feedback_declined([*sentences, *in_footer], language):
        letter.feedback = "declined"
    else:
        letter.feedback = _feedback(lex, text)
        if letter.feedback == "not_mentioned" and (given or feedback_offered(reading.all_sentences, language)):
            letter.feedback = "offered"
    # an invitation back is often a condition ("should a suitable vacancy arise, we will contact you")
    letter.future = "invited" if invited(reading.all_sentences, language) else _future(lex, text)


# what a message that is no rejection says it is, in the order the lexicons are tried
_KINDS: tuple[tuple[str, Kind], ...] = (
    ("offer", "offer"),
    ("invitation", "interview_invitation"),
    ("alert", "job_alert"),
    ("acknowledgement", "acknowledgement"),
    ("outreach", "outreach"),
    ("consent", "status_update"),
)


def _kind(lex: _Lexicon, text: str, subject: str, sentences: list[str]) -> Kind:
    """What a message that states no decision is, or `unclear` when nothing says."""
    both = f"{subject} . {text}"
    named = kinds.named(both, lex.language)
    if named == "newsletter":
        return named
    for category, kind in _KINDS:
        if _affirmed(lex(category), both, 1):
            if kind == "interview_invitation" and named == "assessment_request":
                return named
            if kind == "acknowledgement" and "status_update" in (named, kinds.by_shape(sentences)):
                return "status_update"
            return kind
    return kinds.by_shape(sentences) or "unclear"


def _affirmed(pattern: lexicons.Fragments, text: str, enough: int = 1_000) -> int:
    """Matches not preceded by a negation in the same clause ("we will not invite you ...")."""
    count = 0
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if not (_NEGATED.search(before) and _NEGATED.search(_HESITATE.sub(" ", before))):
            count += 1
            if count >= enough:
                break
    return count


class _Lexicon:
    """The lexicon patterns for one letter: its language and English."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.languages = tuple(sorted({"en", language}))

    def __call__(self, category: str) -> lexicons.Fragments:
        return lexicons.fragments(category, self.languages, self.language)


def _is_rejection(
    lex: _Lexicon, text: str, subject: str, hedged: bool, decided: int = 0, strong_decided: int = 0
) -> bool:
    # "the position has been filled" tells the candidate as plainly as "we chose someone else"
    decisions = (lex("rejection"), lex("position_filled"))
    both = f"{subject} {text}"
    if _NOT_A_REJECTION.search(text):  # "Dies ist keine Absage": the letter says what it is not
        return False
    # set phrases ("notre choix s'est porté sur") and sentences the decision grammar reads
    set_phrases = len(formulas.formula().findall(text))
    # "Subject: Your application was unsuccessful" over a body of thanks and good wishes
    verdict = bool(subject and _SUBJECT_VERDICT.search(subject)) and kinds.named(text, lex.language) != "newsletter"
    stock = set_phrases + decided + int(verdict)
    if stock or any(d.search(text) for d in decisions):
        # an invitation, offer or job alert that also says "we cannot ..." stays what it is,
        # unless the decisions outnumber it; counting needs every fragment, so only then
        welcomes = (lex("invitation"), lex("offer"), lex("alert"))
        if not any(_affirmed(w, both, 1) for w in welcomes):
            return True
        strong = set_phrases + strong_decided + sum(len(d.whole.findall(text)) for d in decisions)
        welcome = sum(_affirmed(w, both, strong + 1) for w in welcomes)
        return welcome <= strong
    # "unfortunately we cannot reply to everyone; if you have not heard from us ..." only hedges
    if hedged or not lex("weak").search(text):
        return False
    # a newsletter that says "unfortunately we can't reply to every message" names itself
    if kinds.named(both, lex.language) == "newsletter":
        return False
    return not any(_affirmed(lex(k), both, 1) for k in lexicons.NOT_REJECTION_KINDS)


# "conversation" is an interview only when no screen call is named ("thanks for our chat")
_STAGE_ORDER: tuple[tuple[str, Stage], ...] = (
    ("final", "final"),
    ("interview", "interview"),
    ("screen", "screen"),
    ("conversation", "interview"),
    ("application", "application"),
)


def _stage(
    lex: _Lexicon, text: str, subject: str = "", decided: Sequence[str] = (), sentences: Sequence[str] = ()
) -> Stage:
    """The furthest step the candidate took: the lexicon's reading, checked against the step grammar.

    The grammar reads each mention of a step within its clause: a step the lexicon found but the
    grammar reads only as not taken ("the interview we had scheduled is cancelled") is dropped, and a
    step the grammar reads as taken and the lexicon missed ("thanks for the conversation") counts.
    """
    taken, untaken = stages.steps(list(sentences), lex.language)
    lexical = _lexical_stage(lex, text, subject)
    if lexical in untaken and lexical not in taken:
        lexical = None
    steps = [s for s in stages.ORDER if s in taken or s == lexical]
    if steps:
        return steps[0]
    if lexical is not None:
        return lexical
    # a decision about the application, where no later step is named, was taken on the application
    # ("your application was not successful"), unless it came "during the selection process"
    on_application = any(_APPLIED.search(d) and not _PROCESS.search(d) for d in [subject, *decided])
    in_process = any(_PROCESS.search(d) for d in decided)
    return "application" if on_application or untaken or not in_process else "unknown"


def _lexical_stage(lex: _Lexicon, text: str, subject: str) -> Stage | None:
    # a stage the candidate was not moved on to says nothing about the stage reached
    reached = lex("prospective").whole.sub(" ", text)
    # interview talk may be a phone interview: take the screen phrases out before looking
    without_screen = lex("screen").whole.sub(" ", reached)
    for category, stage in _STAGE_ORDER:
        pattern = lex(category)
        if stage == "application":
            # "Re: Suivi entretien" over a body that speaks only of the application: the subject says
            if step := _subject_step(lex, subject):
                return step
            # "we will not move forward with your application" still tells the stage
            found = bool(pattern.search(text))
        else:
            # "we will not invite you to interview" says nothing about an interview held
            scope = without_screen if stage == "interview" else reached
            if stage == "final":
                # "Outcome of your final interviews" says so in the subject alone
                scope = f"{subject} . {scope}"
            found = _affirmed(pattern, scope, 1) > 0
        if found:
            return stage
    # a body that names no step, under "Re: Content Writer interview": the subject names it
    return _subject_step(lex, subject)


_SUBJECT_STEPS: tuple[tuple[str, Stage], ...] = (("interview", "interview"), ("screen", "screen"))


def _subject_step(lex: _Lexicon, subject: str) -> Stage | None:
    for category, stage in _SUBJECT_STEPS:
        if subject and _affirmed(lex(category), subject, 1):
            return stage
    return None


_REASON_ORDER: tuple[Reason, ...] = (
    "role_closed",
    "logistics",
    "experience",
    "position_filled",
    "other_candidates",
)


_THANKS = rx.compile(
    r"\b(?:thank\w*|merci|remerci\w*|dank\w*|bedank\w*|gracias|agradec\w*|obrigad\w*|grazie|ringrazi\w*)\b"
)


def _reason(
    lex: _Lexicon, sentences: list[str], read: dict[str, str], comparisons: set[str]
) -> tuple[Reason, str | None]:
    """The first reason, in the contract's order, that the grammar or the lexicon finds, with the
    sentence that states it."""
    text = " ".join(sentences)
    for reason in _REASON_ORDER:
        if reason in read:
            return reason, read[reason]
        fragments = lex(reason)
        if not fragments.search(text):  # one look at the whole letter rules most reasons out
            continue
        for whole in sentences:
            for sentence in clauses(whole):
                if reason == "experience" and sentence in comparisons:
                    continue
                for m in fragments.finditer(sentence):
                    # "other candidates had more experience" compares; it does not judge the candidate
                    before = sentence[max(0, m.start() - 60) : m.start()]
                    if reason == "experience" and _COMPARATIVE.search(before):
                        continue
                    if reason == "logistics" and _THANKS.search(sentence, 0, m.start()):
                        continue  # "thank you for your availability" states no reason
                    return reason, whole
    return "not_stated", None


def _feedback(lex: _Lexicon, text: str) -> Feedback:
    about_us = _ABOUT_US.sub(" ", text)
    if lex("feedback_declined").search(about_us):
        return "declined"
    if _affirmed(lex("feedback_offered"), about_us, 1):
        return "offered"
    return "not_mentioned"


def _future(lex: _Lexicon, text: str) -> Future:
    return "invited" if _affirmed(lex("future"), text, 1) else "not_mentioned"
