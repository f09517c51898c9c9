"""Message -> RejectionLetter with deterministic rules and per-language lexicons.

The letter's facts come from its structure (greeting, signature block, headers, sender domain,
see `people` and `fields`) and from phrase lexicons (`lexicons`) for the judgement fields:
whether it is a rejection, the stage reached, the stated reason, feedback and future stance.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .. import grammar, rx
from ..grammar import kinds, stages
from ..grammar.feedback import feedback_declined, feedback_given, feedback_offered
from ..grammar.future import invited
from ..grammar.reasons import about_others, clauses, reasons
from ..ingest.email import address
from ..ingest.threads import split
from ..models import Feedback, Future, Kind, Message, Reason, RejectionLetter, Stage
from ..text import flat, unwrap
from . import fields, lexicons, people, reply_to, roles, signature
from .language import detect_language
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
_SENTENCE = rx.compile(r"(?<=[.!?])\s+")
_SHORT_REPLY = 400
# the application itself, in any language drafter reads
_APPLIED = rx.compile(
    r"\b(?:appl(?:ied|ying|ications?)|cv|resume|résumé|candidacy|candidature|bewerbung|unterlagen|"
    r"candidatura|solicitud|currículo|currículum|curricul\w*|sollicitatie|inscrição)\b"
)
_PROCESS = rx.compile(r"\b(?:process|\w*prozess\w*|processus|proceso|processo|procedure|procedura|verfahren)\b")
# "On Tue, 3 Mar 2026 at 10:02, Lena Roth <lena@acme.io> wrote:" -> the quoted sender
_QUOTE_HEAD = rx.compile(
    r"(?:on|am|le|el|op|em|il)\b.{0,200}?,\s*([^,]{1,120}?)\s*(?:wrote|schrieb|a écrit|"
    r"escribió|schreef|escreveu|ha scritto)",
    re.IGNORECASE,
)
_GREETING_REST = rx.compile(r"[^,:;!]{0,60}?(?:[,:;!]| - | – )\s*(.{20,})")
# Letters are short; matching stops here so pasted novels stay fast.
_MAX_CHARS = 20_000


def parse_message(msg: Message) -> RejectionLetter:
    """The facts of one letter."""
    letter = _parse(msg)
    if not letter.is_rejection and msg.quoted and len(msg.body) < _SHORT_REPLY:
        # a short note ("see below, any advice?") above the quoted rejection it answers
        quoted = _quoted_message(msg)
        if quoted is not None:
            inner = _parse(quoted)
            if inner.is_rejection:
                return inner
    return letter


def _quoted_message(msg: Message) -> Message | None:
    lines = msg.quoted.split("\n")
    head = _QUOTE_HEAD.match(lines[0]) if lines else None
    text = _dequote("\n".join(lines[1:] if head else lines))
    inner = split(text)
    if not inner.body.strip():
        return None
    name, addr = address(head.group(1)) if head else (None, None)
    # a message pasted under a note keeps its own headers ("De : Recrutement Acme <jobs@acme.fr>")
    pasted = inner.headers
    if pasted.get("from"):
        name, addr = address(pasted["from"])
    _, reply = address(pasted.get("reply-to"))
    return Message(
        subject=pasted.get("subject") or msg.subject,
        from_name=name,
        from_address=addr,
        reply_to=reply,
        to_name=msg.from_name,
        to_address=msg.from_address,
        body=inner.body,
        quoted=inner.quoted,
        footer=inner.footer,
        format=msg.format,
    )


def _parse(msg: Message) -> RejectionLetter:
    body = msg.body[:_MAX_CHARS]
    greet_line, greeted = people.greeting(body)
    sig = signature.read(body)
    lines = body.split("\n")
    # "Hey Lucia - quick note since ..." opens the letter on the greeting line itself
    opening = [_after_greeting(lines[greet_line])] if greet_line >= 0 else []
    letter_text = "\n".join([*opening, *lines[greet_line + 1 :]])
    prose = _prose(letter_text, sig)
    language = detect_language(f"{msg.subject or ''}\n{body}")
    lex = _Lexicon(language)
    conditional = lex("conditional")
    all_sentences = _SENTENCE.split(prose.lower())
    sentences = [s for s in all_sentences if not conditional.whole.search(s)]
    text = " ".join(sentences)
    hedged = len(sentences) < len(all_sentences)
    decided = grammar.decisions(sentences, language)
    # "the post has been filled" alone does not outweigh a job alert's "similar jobs"
    # nor does "we could not meet the salary you asked for" outweigh an offer
    about_candidate = sum(d.rule not in ("filled", "closed", "negated_fit") for d in decided)
    is_rejection = _is_rejection(lex, text, (msg.subject or "").lower(), hedged, len(decided), about_candidate)

    # the signer, else the From display name when the signature is a team or missing
    shown = None if sig.name else people.display_person(msg.from_name)
    sender = sig.name or shown
    candidate = greeted
    if candidate:
        block = lines[:greet_line] if greet_line > 0 else []
        candidate = people.fuller_name(candidate, [msg.to_name, *block[-8:]])
    prose_lines = unwrap(body)
    # short lines just under the greeting may head the letter with the post's title
    headings = tuple(
        ln.strip()
        for ln in lines[greet_line + 1 : greet_line + 4]
        if 3 <= len(ln.strip()) <= 80 and not ln.strip().endswith((".", ",", ":", "!", "?"))
    )
    headings = (headings if greet_line >= 0 else ()) + _labelled_lines(
        lines[max(greet_line - 3, 0) : max(greet_line, 0)]
    )
    headings += _labelled_lines([*lines[-20:], *msg.footer.split("\n")[:20]], _POST_LABEL)
    role = roles.role(msg.subject, prose_lines, headings=headings)
    company = fields.company(
        fields.Clues(
            body=prose_lines,
            subject=msg.subject,
            sig=sig,
            from_name=msg.from_name,
            # the sender's domain, else the domain of an address in the signature
            addresses=[msg.from_address, msg.reply_to, *reply_to.EMAIL.findall("\n".join(sig.lines))],
            role=role,
            people_names=[sig.name, candidate, greeted],
            head=tuple(lines[:greet_line]) if greet_line >= 0 else tuple(lines[:3]),
            hosts=_hosts([*lines[: max(greet_line, 3)], *lines[-15:], *msg.footer.split("\n")[:15]]),
            quoted=_dequote(msg.quoted),
        )
    )
    if shown and company and _overlaps(shown, company):
        # "Stadtwerke Lindau <jobs@...>" names the organisation, not a person
        sender = None
    company = _company_as_written(sig.title, company)
    if role and company and _fold(role) == _fold(company):  # "apply for openings at Acme Health"
        role = roles.role(msg.subject, prose_lines, company_hint=company, headings=headings)
    role = roles.without_company(role, company)
    title = _title_without_company(sig.title, company, sig.company)
    candidate_addresses = {a for a in (msg.to_address,) if a}
    candidate_addresses |= set(reply_to.EMAIL.findall("\n".join(lines[: max(greet_line, 0)])))
    reply_address = reply_to.reply_address(
        reply_to.ReplyClues(
            reply_to=msg.reply_to,
            from_address=msg.from_address,
            body_after_greeting=letter_text,
            quoted=msg.quoted,
            sender=sender,
            candidate_addresses=candidate_addresses,
            candidate=candidate,
            from_takes_replies=not reply_to.unmonitored(f"{body}\n{msg.footer}"),
        )
    )
    letter = RejectionLetter(
        is_rejection=is_rejection,
        language=language,
        company=company,
        role=role,
        requisition_id=roles.requisition_id(msg.subject, prose_lines),
        candidate_name=candidate,
        sender_name=sender,
        sender_title=title,
        reply_address=reply_address,
        subject=msg.subject,
        message_id=msg.message_id,
        interviewers=people.interviewers(
            f"{body}\n{_dequote(msg.quoted)}", [sender, candidate, greeted, company, msg.from_name]
        ),
    )
    letter.kind = "rejection" if is_rejection else _kind(lex, text, (msg.subject or "").lower(), all_sentences)
    if is_rejection:
        # the letter's own words: lower-cased sentences back to the sentences as written
        as_written = {s.lower(): s for s in _SENTENCE.split(prose)}
        letter.stage = _stage(lex, text, (msg.subject or "").lower(), [d.sentence for d in decided], sentences)
        # "we cannot give feedback given the volume of applications" is no reason for the decision
        declined = lex("feedback_declined")
        stated = [s for s in sentences if not declined.whole.search(s)]
        letter.reason, why = _reason(lex, stated, reasons(stated, language, decided), about_others(decided, language))
        letter.reason_text = as_written.get(why) if why else None
        given = feedback_given(sentences, language)
        letter.feedback_text = as_written.get(given) if given else None
        # a refusal may sit in the ATS footer; concrete feedback in the letter is feedback given
        footer = _SENTENCE.split(flat(msg.footer).lower()) if msg.footer else []
        if feedback_declined([*sentences, *footer], language):
            letter.feedback = "declined"
        else:
            letter.feedback = _feedback(lex, text)
            if letter.feedback == "not_mentioned" and (given or feedback_offered(all_sentences, language)):
                letter.feedback = "offered"
        # an invitation back is often a condition ("should a suitable vacancy arise, we will contact you")
        letter.future = "invited" if invited(all_sentences, language) else _future(lex, text)
    return letter


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


def _after_greeting(line: str) -> str:
    m = _GREETING_REST.match(line.strip())
    return m.group(1) if m else ""


# a web address in the letterhead or the footer: "www.stadtwerke-elsterau.de"
_HOST = re.compile(r"(?i)(?:\bhttps?://(?:www\.)?|\bwww\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)")


# "Re: Store Supervisor – Bridge Street store" above the greeting; "Application: Graduate Risk
# Analyst (Leeds) | Requisition 1187" in an ATS footer
_RE_LINE = re.compile(r"(?i)^\s*(?:re|subject|betreff|objet|asunto|oggetto|onderwerp|assunto|ref)\s*:\s*(.{3,100})$")
_POST_LABEL = re.compile(
    r"(?i)^\s*(?:application|position|role|job(?: title)?|vacancy|post|stelle|poste|puesto|vacature|"
    r"functie|posizione|vaga|cargo)\s*:\s*(.{3,100})$"
)


def _labelled_lines(lines: list[str], label: re.Pattern[str] = _RE_LINE) -> tuple[str, ...]:
    """The values of lines that label the post, read like a subject."""
    return tuple(
        m.group(0).strip() if label is _POST_LABEL else m.group(1).strip() for ln in lines if (m := label.match(ln))
    )[:2]


def _hosts(lines: list[str]) -> tuple[str, ...]:
    """Domains in the letterhead and the footer: a web address, or a pasted header's address."""
    text = "\n".join(lines)
    return (*_HOST.findall(text), *(a.rsplit("@", 1)[1] for a in reply_to.EMAIL.findall(text)))


def _overlaps(name: str, company: str) -> bool:
    tokens = {t.casefold() for t in re.findall(r"\w{4,}", company)}
    return any(t.casefold() in tokens for t in re.findall(r"\w{4,}", name))


def _prose(text: str, sig: signature.Signature) -> str:
    """The letter's sentences: without the signature block, joined into one line."""
    if sig.lines:
        kept = text.split("\n")
        block = set(sig.lines)
        while kept and (not kept[-1].strip() or kept[-1].strip() in block):
            kept.pop()
        text = "\n".join(kept)
    return flat(text)


def _dequote(text: str) -> str:
    return re.sub(r"(?m)^(?:>[ \t]?)+", "", text)


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
    # set phrases ("notre choix s'est porté sur") and sentences the decision grammar reads
    set_phrases = len(formulas.formula().findall(text))
    stock = set_phrases + decided
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
    for category, stage in (("interview", "interview"), ("screen", "screen")):
        if _affirmed(lex(category), subject, 1):
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
                    if reason == "logistics" and _THANKS.search(before):
                        continue  # "thank you for your availability" states no reason
                    return reason, whole
    return "not_stated", None


def _title_without_company(title: str | None, company: str | None, signed: str | None = None) -> str | None:
    """'Talent Partner, Acme' -> 'Talent Partner' (but 'Senior Recruiter, Engineering' stays).

    `signed` is the firm the signature names, which for an agency is not the hiring company.
    """
    if not title or ", " not in title:
        return title
    head, tail = title.rsplit(", ", 1)
    if signed and tail == signed:
        return head
    key = _fold(company) if company else ""
    return head if key and _fold(fields.strip_legal(tail)).startswith(key) else title


def _company_as_written(title: str | None, company: str | None) -> str | None:
    """The signature's 'Clínicas Aurora' over 'Clinicasaurora' read from clinicasaurora.example."""
    if not title or not company or ", " not in title:
        return company
    tail = fields.strip_legal(title.rsplit(", ", 1)[1])
    return tail if _fold(tail) == _fold(company) else company


def _fold(text: str) -> str:
    """Case, accents, spaces and punctuation folded away: 'Clínicas Aurora' -> 'clinicasaurora'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _feedback(lex: _Lexicon, text: str) -> Feedback:
    about_us = _ABOUT_US.sub(" ", text)
    if lex("feedback_declined").search(about_us):
        return "declined"
    if _affirmed(lex("feedback_offered"), about_us, 1):
        return "offered"
    return "not_mentioned"


def _future(lex: _Lexicon, text: str) -> Future:
    return "invited" if _affirmed(lex("future"), text, 1) else "not_mentioned"
