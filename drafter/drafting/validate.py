"""Checks every draft must pass before anyone sees it. Pure: a draft and its facts in, problems out."""

from __future__ import annotations

import re

from .. import rx
from ..models import Draft, Profile, RejectionLetter
from ..parsing.language import detect_language
from .claims import unstated_claims

MIN_WORDS, MAX_WORDS = 40, 250
MAX_NOTE_CHARS = 300
MIN_CHECKLIST = 3

_PLACEHOLDER = rx.compile(
    r"\[[^\]\n]{1,40}\]|\{\{|\}\}|\{%|%\}|<(?:your|name|first|last|company|role)[^>\n]{0,30}>|"
    r"\{[a-z_]{2,30}\}|\b(?:X{3,}|TBD|Lorem ipsum)\b",
    re.IGNORECASE,
)
# Any scheme, disguised ones too ("hxxp://", "h**ps://"): a model has no reason to write one.
_URL = rx.compile(r"\b[a-z*x]{3,8}://[^\s)>\]]{1,2000}", re.IGNORECASE)
# Top-level domains a planted link uses: the common generic ones and the country codes sold for links.
_TLDS = (
    "com|net|org|io|co|info|biz|xyz|app|dev|ly|me|example|online|site|shop|store|top|club|live|link|"
    "click|tech|cloud|ai|page|work|jobs|careers|email|support|help|win|vip|icu|buzz|fun|space|website|"
    "today|world|pro|tk|ml|ga|cf|gq|gg|cc|tv|to|us|uk|de|fr|es|it|nl|ru|cn|su|ws|eu|in|pw|sh"
)
# A link written without a scheme: a host name with a path or port ("careers-verify.example/login"),
# "www." anything, a host on a top-level domain above, or a bare IPv4 address. Linear: every
# repetition is bounded and none is nested in an unbounded one.
_BARE_LINK = rx.compile(
    r"(?<![\w@./-])(?:www\.[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?:[/:][^\s)>\]]{0,2000})?|"
    r"(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}[/:][^\s)>\]]{0,2000}|"
    rf"(?:[a-z0-9-]{{1,63}}\.){{1,8}}(?:{_TLDS})\b(?![.@-]\w)|"
    r"\d{1,3}(?:\.\d{1,3}){3}\b(?:[/:][^\s)>\]]{0,2000})?)",
    re.IGNORECASE,
)
# An address or host written out to get past filters: "jo (at) evil (dot) com", "evil[dot]com",
# "jo-at-evil-dot-com". Each run starts where a word starts (the lookbehinds), so it is scanned once.
_AT, _DOT = r"[(\[{<]\s{0,2}at\s{0,2}[)\]}>]", r"[(\[{<]\s{0,2}dot\s{0,2}[)\]}>]"
_OBFUSCATED = rx.compile(
    rf"(?<![\w.+-])[\w.+-]{{1,64}}\s{{0,3}}{_AT}\s{{0,3}}[\w-]{{1,63}}"
    rf"(?:\s{{0,3}}(?:{_DOT}|\sdot\s|\.)\s{{0,3}}[\w-]{{1,63}}){{1,8}}|"
    r"(?<![\w.+-])[\w.+-]{1,64}[\s_-]at[\s_-][\w-]{1,63}?(?:[\s_-]dot[\s_-][\w-]{1,63}?){1,8}\b|"
    rf"(?<![\w-])[\w-]{{1,63}}(?:\s{{0,3}}{_DOT}\s{{0,3}}[\w-]{{1,63}}){{1,8}}",
    re.IGNORECASE,
)
# An address; the local part and labels are bounded so a long run of letters is not rescanned.
_EMAIL = rx.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# What folds a disguised address or link into a plain one before the checks: full-width and other
# compatibility forms (NFKC), other dots, and spaces around "@" or before a dot ("evil .com").
_FOLD_DOTS = str.maketrans({"·": ".", "。": ".", "｡": ".", "․": ".", "‧": ".", "∙": ".", "•": "."})
_SPACED = rx.compile(r"[ \t]{1,20}([.@])[ \t]{0,20}|(@)[ \t]{1,20}")


def _plain(text: str) -> str:
    """`text` with disguised dots, at signs and spacing folded, for the link and address checks."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).translate(_FOLD_DOTS)
    return _SPACED.sub(lambda m: m.group(1) or m.group(2), folded)


# Words that make a question a feedback request, in the languages drafter replies in.
_FEEDBACK_WORDS = rx.compile(
    r"feedback|improv|stronger|difference|weigh|fell short|perspective|qualifications|"  # en
    r"rückmeldung|verbesser|gewicht|unterschied|einschätzung|qualifikation|"  # de
    r"retour|amélior|différence|avis|qualifications|compté|"  # fr
    r"comentario|retroaliment|mejor|diferencia|requisitos|opinión",  # es
    re.IGNORECASE,
)
# German capitalises every noun, so capitalised words say nothing about invented names there.
_NOUN_CAPITALISING = frozenset({"de"})
# A sentence with its end mark; each match starts where the last one ended, so it is linear
# (`[^.!?\n]*\?` alone retries from every letter of a long run with no question mark).
_SENTENCE = rx.compile(r"[^.!?\n]*[.!?\n]?")
# Capitalised words drafts use that need not come from the letter.
_COMMON_CAPS = frozenset(
    """I I'm I'd I'll I've Dear Hi Hello Thank Thanks Best Kind Warm Regards Wishes Hiring Team
    LinkedIn CV STAR Re Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Sehr Damen Herren Guten
    Tag Freundliche Grüßen Grüße Madame Monsieur Bonjour Cordialement Estimado Estimada Equipo
    Atentamente Saludos Un Una Le La Les Sie Ihnen Ihr Ihre Ihrem Ihrer Ihren Usted""".split()
) | frozenset(
    # titles a formal greeting puts before a surname ("Sra.", "Dott.ssa", "Geachte mevrouw")
    """Mr Mrs Ms Miss Dr Prof Frau Herr Mme Mlle Sr Sra Srta Señor Señora Dña Doña Don Senhor
    Senhora Dona Sig Signor Signora Dott Ing Avv Mevrouw Meneer Mevr Dhr Heer""".split()
)


_WORD = rx.compile(r"\w+(?:['’-]\w+)*")


def _greets(greeting: str, sender_name: str) -> bool:
    """Whether the greeting names the sender: by first name, or formally by surname."""
    parts = sender_name.split()
    if parts[0].casefold() in greeting.casefold():
        return True
    return parts[-1].strip(".,").casefold() in {w.casefold() for w in _WORD.findall(greeting)}


def words(text: str) -> int:
    return len(_WORD.findall(text))


def feedback_questions(body: str) -> list[str]:
    """Questions in the body that ask for feedback."""
    return [q for q in _SENTENCE.findall(body) if q.endswith("?") and _FEEDBACK_WORDS.search(q)]


def _same_text(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


_LETTERS = rx.compile(r"[^\W\d_]+")
_SHORT_SENTENCE = 300  # characters


def _in_language(sentence: str, language: str) -> bool:
    """Whether one sentence is in `language`: unless its words show another language plainly.

    A short sentence gives the detector few words, and one of them may belong to another
    language too ("had" is English and Dutch, "es" Spanish and German): another language must
    have at least two words of its own in the sentence, and more than `language` has, to win.
    """
    rival = detect_language(sentence, language)
    if rival == language:
        return True
    if len(sentence) > _SHORT_SENTENCE:  # enough words for the detector alone
        return False
    found = _LETTERS.findall(sentence.lower())
    votes = [detect_language(word, "") for word in found]
    # a word no language knows falls back to `language` below: it is not a vote for it
    ours = sum(detect_language(word, language) == language for word in found) - votes.count("")
    return not (votes.count(rival) >= 2 and votes.count(rival) > ours)


def question_problems(
    question: str | None,
    greeting: str | None,
    body: str,
    language: str,
    *,
    ask_feedback: bool,
    declined: bool,
) -> list[str]:
    """The checks on an answer that names its own feedback question and greeting (LLM drafts).

    The question must be in the body, be a question ("…?", "¿…?") and be in the letter's
    language; there must be none, in the field or the body, when the letter declined feedback.
    No word lists: a question in natural words in any of the reply languages passes. The
    greeting must open the body.
    """
    problems: list[str] = []
    first = next((line for line in body.splitlines() if line.strip()), "")
    if greeting and not _same_text(first).startswith(_same_text(greeting)):
        problems.append(f"the greeting ({greeting.strip()!r}) is not the body's first line")
    asked = (question or "").strip()
    if declined:
        # the answer's own field is a claim: the body itself must ask nothing
        in_body = next((q.strip() for q in _SENTENCE.findall(body) if q.endswith(("?", "？"))), None)
        if asked:
            problems.append("asks for feedback although the letter declined to give it")
        elif in_body:
            problems.append(f"asks a question although the letter declined feedback ({in_body!r})")
        return problems
    if not asked:
        if ask_feedback:
            problems.append("does not ask for feedback")
        return problems
    if _same_text(asked) not in _same_text(body):
        problems.append(f"the feedback question is not in the body ({asked!r})")
    if not asked.endswith(("?", "？")):
        problems.append(f"the feedback question does not end with a question mark ({asked!r})")
    if not _in_language(asked, language):
        problems.append(f"the feedback question is not in the letter's language ({language})")
    return problems


def validate(
    draft: Draft,
    letter: RejectionLetter,
    profile: Profile,
    *,
    letter_text: str = "",
    ask_feedback: bool = True,
    language: str | None = None,
    feedback_words: bool = True,
) -> list[str]:
    """Everything wrong with `draft`, as readable one-line reasons; empty means it may be shown.

    `feedback_words=False` leaves out the word-list check of the feedback question, for a draft
    whose question is checked by `question_problems` instead.
    """
    problems: list[str] = []
    email = draft.email
    text = f"{email.subject}\n{email.body}"
    low = text.casefold()
    body_lines = [line for line in email.body.splitlines() if line.strip()]
    greeting = body_lines[0] if body_lines else ""

    if letter.company and letter.company.casefold() not in low:
        problems.append(f"does not name the company ({letter.company})")
    if letter.role and letter.role.casefold() not in low:
        problems.append(f"does not name the role ({letter.role})")
    if letter.sender_name and not _greets(greeting, letter.sender_name):
        problems.append(f"does not greet {letter.sender_name}")
    if (
        letter.candidate_name
        and letter.candidate_name.split()[0].strip(".,").casefold() in {w.casefold() for w in _WORD.findall(greeting)}
        and not (letter.sender_name and letter.candidate_name.split()[0] in letter.sender_name)
    ):
        problems.append("greets the candidate instead of the recruiter")
    own_text = letter.subject or ""
    for where, content in (
        ("email", text),
        ("networking note", draft.networking_note),
        *(("checklist", f"{i.text} {i.why}") for i in draft.checklist),
    ):
        # "[Acme] Your application" in the letter's own subject is a tag, not a placeholder
        if m := next((m for m in _PLACEHOLDER.finditer(content) if m.group(0) not in own_text), None):
            problems.append(f"unfilled placeholder {m.group(0)!r} in the {where}")
            break
    count = words(email.body)
    if not MIN_WORDS <= count <= MAX_WORDS:
        problems.append(f"body is {count} words (expected {MIN_WORDS} to {MAX_WORDS})")
    asks = feedback_questions(email.body) if feedback_words else []
    if letter.feedback == "declined" and asks:
        problems.append("asks for feedback although the letter declined to give it")
    elif feedback_words and ask_feedback and letter.feedback != "declined" and not asks:
        problems.append("does not ask for feedback")
    expected_lang = language or letter.language
    if words(email.body) >= 20 and detect_language(email.body, expected_lang) != expected_lang:
        problems.append(f"not written in the letter's language ({expected_lang})")
    problems.extend(_ungrounded(draft, letter, profile, letter_text, expected_lang))
    problems.extend(unstated_claims(draft, letter, letter_text))
    if len(draft.networking_note) > MAX_NOTE_CHARS:
        problems.append(f"networking note is {len(draft.networking_note)} characters (max {MAX_NOTE_CHARS})")
    if not draft.networking_note.strip():
        problems.append("networking note is empty")
    if len(draft.checklist) < MIN_CHECKLIST:
        problems.append(f"checklist has {len(draft.checklist)} items (expected at least {MIN_CHECKLIST})")
    return problems


def _known_text(letter: RejectionLetter, profile: Profile, letter_text: str) -> str:
    facts = [letter_text, *(v for v in letter.model_dump().values() if isinstance(v, str))]
    facts += letter.interviewers
    facts += [v for v in profile.model_dump().values() if isinstance(v, str)]
    return "\n".join(facts).casefold()


# What an obeyed prompt injection leaves in a reply: no honest feedback request contains these.
_INJECTED = rx.compile(
    r"\b(?:ignore|disregard|forget)\b.{0,30}\b(?:instructions|prompts?|rules)\b|system prompt|"
    r"\b(?:bitcoin|btc|ethereum|eth|crypto(?:currency)?|usdt|monero)\b|wallet|seed phrase|"
    r"gift ?cards?|wire transfer|\b(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b|\b0x[a-fA-F0-9]{40}\b|"
    r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{25,}\b",
    re.IGNORECASE,
)


def signature_block(letter_text: str, signer: str) -> str:
    """The signer's signature block: from the last line naming them, near the letter's end, on."""
    lines = letter_text.rstrip().splitlines()[-15:]
    name = signer.casefold()
    for index in range(len(lines) - 1, -1, -1):
        if name in lines[index].casefold():
            return "\n".join(lines[index : index + 6])
    return ""


def recipient_allowed(to: str | None, letter: RejectionLetter, letter_text: str) -> bool:
    """Whether a draft may go to `to`: the letter's Reply-To, its From unless no-reply (the reply
    address the parser read from the headers), or the signer's own address in their signature.

    An address anywhere else in the letter's text is not enough: that is where an injected
    instruction ("reply to verify@...") puts one.
    """
    if not to:
        return True
    address = to.strip().casefold()
    in_text = address in letter_text.casefold()
    if letter.reply_address and address == letter.reply_address.casefold() and not in_text:
        return True
    return bool(letter.sender_name) and address in signature_block(letter_text, letter.sender_name or "").casefold()


def recipient_problems(draft: Draft, letter: RejectionLetter, letter_text: str) -> list[str]:
    """A model's draft addressed where the letter's headers and signature do not say: obeys the letter?"""
    if recipient_allowed(draft.email.to, letter, letter_text):
        return []
    return [
        f"is addressed to {draft.email.to}, which is not the letter's Reply-To, From or signer's own address: "
        "obeys the letter?"
    ]


def injection_problems(
    draft: Draft, letter: RejectionLetter, profile: Profile, letter_text: str = "", *, recipient: bool = True
) -> list[str]:
    """Signs that a draft obeyed instructions in the letter: such a draft is never shown.

    `recipient=False` leaves out the check of `to`, for the offline draft, whose `to` is the
    parser's reading of the letter rather than a model's choice.
    """
    problems = recipient_problems(draft, letter, letter_text) if recipient else []
    trusted = _plain("\n".join(v for v in profile.model_dump().values() if isinstance(v, str))).casefold()
    own_domain = (letter.reply_address or "").rpartition("@")[2].casefold()
    text = f"{draft.email.subject}\n{draft.email.body}\n{draft.networking_note}"
    for item in draft.checklist:
        text += f"\n{item.text} {item.why}"
    plain = _plain(text)
    shown = {a.casefold() for a in _EMAIL.findall(text)}
    if disguised := next((a for a in _EMAIL.findall(plain) if a.casefold() not in shown), None):
        problems.append(f"contains a disguised address ({disguised}): obeys the letter?")
    text = plain
    for url in _URL.findall(text):
        if url.casefold().rstrip(".,") not in trusted:
            problems.append(f"contains a link not in the profile ({url})")
    for m in _BARE_LINK.finditer(_URL.sub(" ", _EMAIL.sub(" ", text))):
        link = m.group(0).rstrip(".,").casefold()
        host = link.partition("/")[0].removeprefix("www.")
        if link not in trusted and not (own_domain and host == own_domain and "/" not in link):
            problems.append(f"contains a link not in the profile ({m.group(0)})")
    if hidden := _OBFUSCATED.search(text):
        problems.append(f"contains an obfuscated address or link ({hidden.group(0)!r}): obeys the letter?")
    return problems


# Capitalised words, except at the start of a sentence unless possessive ("Priya's").
_NAMED = rx.compile(r"(?<![.!?:\n]\s)(?<![¿¡])(?<!^)\b([A-ZÀ-Ý][a-zà-ÿ]+)\b|\b([A-ZÀ-Ý][a-zà-ÿ]+)['’]s\b", re.M)


def _ungrounded(draft: Draft, letter: RejectionLetter, profile: Profile, letter_text: str, language: str) -> list[str]:
    """People, links and addresses in the draft that neither the letter nor the profile gave.

    Links must come from the profile and addresses from the letter's facts or the profile: the
    letter's text may carry an injected link or address that a model was told to repeat.
    """
    known = _known_text(letter, profile, letter_text)
    facts = _known_text(letter, profile, "")
    text = f"{draft.email.subject}\n{draft.email.body}\n{draft.networking_note}"
    problems = injection_problems(draft, letter, profile, letter_text, recipient=False)
    plain_facts = _plain(facts)
    for addr in _EMAIL.findall(_plain(text)):
        if addr.casefold() not in plain_facts:
            problems.append(f"contains an address not in the letter or profile ({addr})")
    everything = " ".join([text, *(f"{i.text} {i.why}" for i in draft.checklist)])
    if profile.linkedin_url:
        everything = everything.replace(profile.linkedin_url, "")
    if m := _INJECTED.search(everything):
        problems.append(f"contains text a reply should not ({m.group(0)!r}): obeys the letter?")
    if language in _NOUN_CAPITALISING:
        return problems
    invented = sorted(
        {
            word
            for part in (draft.email.body, draft.networking_note)
            for m in _NAMED.finditer(part)
            if (word := m.group(1) or m.group(2)) not in _COMMON_CAPS and word.casefold() not in known
        }
    )
    if invented:
        problems.append(f"mentions names or facts not in the letter: {', '.join(invented[:5])}")
    return problems
