"""Where the letter is in a paste or message: pasted headers, forwards, quoted history, footers.

Every rule here is line-based with bounded patterns, so no input can make it slow (a library
tried first, mail-parser-reply, needed minutes on a 100 KB line of repeated "On ").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import rx

_MAX_LINE = 500

# Header names as mail clients write them in the languages drafter reads, mapped to one key.
_HEADER_NAMES = {
    "subject": "subject betreff objet asunto onderwerp assunto oggetto",
    "from": "from von de van da",
    "to": "to an à para aan a",
    "cc": "cc bcc kopie",
    "date": "date datum fecha data sent gesendet envoyé enviado enviada verzonden inviato",
    "reply-to": "reply-to",
}
_HEADER_KEY = {word: key for key, words in _HEADER_NAMES.items() for word in words.split()}
_HEADER_LINE = rx.compile(
    r"\*{0,2}(reply-to|antwort an|répondre à|responder a|"
    + "|".join(sorted((w for w in _HEADER_KEY if w != "reply-to"), key=lambda w: (-len(w), w)))
    + r")\*{0,2}[ \t]?:\*{0,2}[ \t]*(.*)",
    re.IGNORECASE,
)
_ALIASES = {"antwort an": "reply-to", "répondre à": "reply-to", "responder a": "reply-to"}

_FORWARD = rx.compile(
    r"[-_= ]*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|"
    r"doorgestuurd bericht|mensagem encaminhada|messaggio inoltrato|begin forwarded message|"
    r"anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje "
    r"reenviado|"
    r"begin doorgestuurd bericht|início da mensagem reencaminhada|inizio messaggio inoltrato)"
    r"[ \t]*:?[-_= ]*",
    re.IGNORECASE,
)
_ORIGINAL = rx.compile(
    r"[-_= ]*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"oorspronkelijk bericht|mensagem original|messaggio originale)[ \t]*[-_= ]*",
    re.IGNORECASE,
)
_RULE = rx.compile(r"[_-]{10,}")
_WROTE = rx.compile(
    r"(?:>[ \t]?)*(?:on|am|le|el|op|em|il)\b.{0,400}?"
    r"(?:wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_NAME_WROTE = rx.compile(r".{0,300}[@\d].{0,300}?\b(?:wrote|schrieb)[ \t]*:[ \t]*", re.IGNORECASE)
_WROTE_WHO = rx.compile(
    r"(?:>[ \t]?)*(?:(?:on|am|le|el|op|em|il)\b.{0,200}?,\s*)?([^,]{1,120}?)\s*"
    r"(?:wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto)",
    re.IGNORECASE,
)
_QUOTE_MARKS = rx.compile(r"^(?:>[ \t]?)+")
_QUOTE_MARK = rx.compile(r"^>[ \t]?")
_ON = rx.compile(r"(?:>[ \t]?)*(?:on|am|le|el|op|em|il)\b", re.IGNORECASE)  # "On Mon, ... wrote:"
_FORWARD_SUBJECT = rx.compile(r"\s*(?:fwd?|fw|wg|tr|rv|enc|i|doorst)\s*:", re.IGNORECASE)
_MOBILE = rx.compile(
    r"(?:sent from my|sent from (?:outlook|mail|yahoo)|get outlook for|von meinem .{1,30} gesendet|"
    r"gesendet von meinem|envoyé de mon|enviado desde mi|verzonden (?:vanaf|met) mijn|"
    r"enviado do meu|inviato da(?:l mio)? )",
    re.IGNORECASE,
)
_FOOTER = rx.compile(
    r"unsubscribe|privacy (?:notice|policy|statement)|data protection|personal data|"
    r"equal (?:employment )?opportunit|\bEEO\b|affirmative action|confidential|intended recipient|"
    r"intended (?:only )?for the|do not reply|do-not-reply|not monitored|unmonitored|"
    r"automated (?:message|e-?mail)|automatically generated|you (?:are )?receiv(?:ed|ing) this|"
    r"email preferences|member fdic|registered (?:office|in england)|company (?:registration|"
    r"number)|"
    r"datenschutz|personenbezogene|handelsregister|geschäftsführ|amtsgericht|\bHRB\b|ust-idnr|"
    r"données personnelles|\bRGPD\b|désinscri|désabonner|ne pas répondre|protección de datos|"
    r"datos personales|darse de baja|no responda|persoonsgegevens|privacyverklaring|afmelden|"
    r"niet beantwoorden|dados pessoais|\bLGPD\b|não responda|dati personali|non rispondere|"
    r"disiscriv|\bGDPR\b",
    re.IGNORECASE,
)
_FOOTER_START = rx.compile(
    r"(?:confidentiality notice|disclaimer|privacy notice|this e-?mail (?:and any|is confidential)|"
    r"datenschutzhinweis|avis de confidentialité|aviso de (?:confidencialidad|privacidad))\b",
    re.IGNORECASE,
)
_SEPARATOR = rx.compile(r"(?:--|__+|-{3,}|\*{3,}|={3,}|—+)[ \t]*")
_SIGN_OFF_HINT = rx.compile(
    r"regards|sincerely|best|thanks|cheers|grüße|gruß|cordialement|saludo|atentamente|groet|"
    r"cumprimentos|atenciosamente|saluti|distinti",
    re.IGNORECASE,
)


# A message copied from a social network's inbox: "Name", "Title at Company" and a time on top,
# and "Name sent the following message at 5:02 PM" before each later message of the thread.
_SENT_FOLLOWING = (
    r"(.{2,80}?)\s+(?:sent the following messages?|hat (?:die )?folgende Nachrichte?n? "
    r"(?:gesendet|geschickt)|a envoyé (?:le|les) messages? suivants?|envió (?:el siguiente mensaje|"
    r"los siguientes mensajes)|heeft (?:het volgende bericht|de volgende berichten) (?:gestuurd|"
    r"verzonden)|enviou (?:a seguinte mensagem|as seguintes mensagens)|ha inviato (?:il seguente "
    r"messaggio|i seguenti messaggi))\b.{0,60}"
)
_CARD_NAME = r"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){1,3}"
_CARD_HEADLINE = r".{2,100}? (?:at|@|bei|chez|en|bij|na|em|presso) .{2,100}|.{2,100} [|·] .{2,100}"
_CARD_TIME = r"(?=.{0,60}\d).{0,60}?(?:\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b).{0,40}"


@functools.cache
def _inbox(kind: str) -> re.Pattern[str]:
    """The inbox-paste patterns, compiled on first use (most letters are no inbox paste)."""
    source = {"sent": _SENT_FOLLOWING, "name": _CARD_NAME, "headline": _CARD_HEADLINE}
    return rx.compile(source.get(kind, _CARD_TIME), re.IGNORECASE if kind == "sent" else 0)


@dataclass
class Letter:
    """The letter's own text with what surrounds it, and headers found in the text itself."""

    body: str
    quoted: str = ""
    footer: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    forwarded: bool = False


def header_block(lines: list[str], start: int = 0) -> tuple[dict[str, str], int]:
    """Headers written as `Name: value` lines from `start`; returns them and the next line index."""
    headers: dict[str, str] = {}
    i = start
    while i < len(lines) and not lines[i].strip() and i - start < 3:
        i += 1
    while i < len(lines):
        m = _HEADER_LINE.fullmatch(lines[i].strip()[:_MAX_LINE])
        if not m:
            break
        name = m.group(1).lower()
        key = _ALIASES.get(name) or _HEADER_KEY.get(name, name)
        value = m.group(2).strip()
        i += 1
        # wrapped values (long Subject or To lines) continue on indented lines
        while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip():
            value += " " + lines[i].strip()
            i += 1
        headers.setdefault(key, value)
    return headers, i


def split(text: str, subject: str | None = None, depth: int = 0) -> Letter:
    """Find the letter: pasted headers, the forwarded message, quoted history and footers apart."""
    lines = text.split("\n")
    headers, start = header_block(lines)
    if not ({"subject", "from"} & headers.keys() or len(headers) >= 2):
        # a lone "Date: Monday" or "To: whom it may concern" line is prose, not a header
        headers, start = {}, 0
    card: list[str] = []
    if not headers:
        headers, start, card = _inbox_card(lines)
    lines = lines[start:]
    letter = Letter(body="", headers=headers)
    subject = headers.get("subject", subject)
    for _ in range(4):  # forwards of forwards
        found = _forward(lines, subject)
        if found is None:
            break
        inner_headers, lines = found
        letter.forwarded = True
        letter.headers = inner_headers
        subject = inner_headers.get("subject", subject)
    body_lines, quoted_lines = _split_quote(lines)
    body_lines, footer_lines = _split_footer(body_lines)
    if card:
        body_lines = _signed_with_card(body_lines, card)
    letter.body = "\n".join(body_lines).strip()
    letter.quoted = "\n".join(quoted_lines).strip()
    letter.footer = "\n".join(footer_lines).strip()
    if not letter.body and letter.quoted and depth < 3:
        # the whole paste was quoted: the quote is the letter, its "wrote:" line the sender
        sender, rest = _quote_sender(quoted_lines)
        unquoted = [_QUOTE_MARKS.sub("", line) for line in rest]
        inner = split("\n".join(unquoted), subject, depth + 1)
        inner.headers = {**letter.headers, **inner.headers}
        if sender:
            inner.headers.setdefault("from", sender)
        return inner
    return letter


def _inbox_card(lines: list[str]) -> tuple[dict[str, str], int, list[str]]:
    """A pasted inbox message's sender card on top: headers, where the letter starts, the card."""
    top = [(i, ln.strip()[:_MAX_LINE]) for i, ln in enumerate(lines[:8]) if ln.strip()][:3]
    if top and (m := _inbox("sent").fullmatch(top[0][1])) and _inbox("name").fullmatch(m.group(1)):
        return {"from": m.group(1)}, top[0][0] + 1, [m.group(1)]
    if len(top) < 3 or not _inbox("name").fullmatch(top[0][1]):
        return {}, 0, []
    if not (_inbox("headline").fullmatch(top[1][1]) and _inbox("time").fullmatch(top[2][1])):
        return {}, 0, []
    return {"from": top[0][1], "date": top[2][1]}, top[2][0] + 1, [top[0][1], top[1][1]]


def _signed_with_card(lines: list[str], card: list[str]) -> list[str]:
    """ "Dana" at the end of a message whose card reads "Dana Whitcombe / Recruiter at Acme"."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if end and lines[end - 1].strip().casefold() in {t.casefold() for t in card[0].split()}:
        return [*lines[: end - 1], *card]
    return lines


def _quote_sender(lines: list[str]) -> tuple[str | None, list[str]]:
    """The sender named in a leading "On ..., Name <address> wrote:" line, and the lines after."""
    for size in (1, 2):
        head = " ".join(line.strip() for line in lines[:size])[: 2 * _MAX_LINE]
        if _wrote_line(head):
            who = _WROTE_WHO.match(head)
            return (who.group(1) if who else None), lines[size:]
    return None, lines


def _wrote_line(line: str) -> bool:
    """An "On ..., Name wrote:" or "Name <address> wrote:" line."""
    # _NAME_WROTE backtracks over the whole line; it needs a colon, which most lines lack
    return bool(_WROTE.fullmatch(line)) or (":" in line and bool(_NAME_WROTE.fullmatch(line)))


def _forward(lines: list[str], subject: str | None) -> tuple[dict[str, str], list[str]] | None:
    """The forwarded message's headers and lines, when this text wraps one."""
    unquoted = [ln.lstrip("> ") if ln.startswith(">") else ln for ln in lines]
    for i, line in enumerate(lines):
        stripped = line.strip()[:_MAX_LINE].lstrip("> ")
        forward = bool(_FORWARD.fullmatch(stripped))
        original = not forward and bool(_ORIGINAL.fullmatch(stripped))
        rule = not forward and not original and bool(_RULE.fullmatch(stripped))
        if not (forward or original or rule):
            continue
        headers, end = header_block(unquoted, i + 1)
        if "from" not in headers and not forward:
            continue
        above = " ".join(" ".join(lines[:i]).split())
        is_forward = forward or bool(subject and _FORWARD_SUBJECT.match(subject)) or len(above) < 200
        if not is_forward:
            return None
        rest = lines[end:]
        if rest and sum(ln.startswith(">") for ln in rest if ln.strip()) > 0.8 * max(
            1, sum(bool(ln.strip()) for ln in rest)
        ):
            rest = [_QUOTE_MARK.sub("", ln) for ln in rest]
        return headers, rest
    return None


def _quote_start(lines: list[str], i: int, quoted_after: int, nonblank_after: int) -> bool:
    line = lines[i].strip()[:_MAX_LINE]
    if not line:
        return False
    if _wrote_line(line):
        return True
    if i > 0 and _inbox("sent").fullmatch(line):
        return True
    if i + 1 < len(lines) and _ON.match(line):
        joined = (line + " " + lines[i + 1].strip())[: 2 * _MAX_LINE]
        if len(line) < 200 and _WROTE.fullmatch(joined):
            return True
    if _ORIGINAL.fullmatch(line) or _RULE.fullmatch(line):
        return any(_HEADER_LINE.fullmatch(ln.strip()[:_MAX_LINE]) for ln in lines[i + 1 : i + 3])
    if i > 0 and (m := _HEADER_LINE.fullmatch(line)) and _HEADER_KEY.get(m.group(1).lower()) == "from":
        following = [_HEADER_LINE.fullmatch(ln.strip()[:_MAX_LINE]) for ln in lines[i + 1 : i + 5]]
        return sum(1 for f in following if f) >= 2
    if line.startswith(">"):
        return quoted_after >= max(2, 0.6 * nonblank_after)
    return False


def _split_quote(lines: list[str]) -> tuple[list[str], list[str]]:
    # non-blank and ">"-quoted line counts from each line to the end, so that deciding whether
    # the rest is mostly quoted stays linear in the number of lines
    nonblank = [0] * (len(lines) + 1)
    quoted = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        nonblank[i] = nonblank[i + 1] + bool(line)
        quoted[i] = quoted[i + 1] + line.startswith(">")
    for i in range(len(lines)):
        if _quote_start(lines, i, quoted[i], nonblank[i]):
            return lines[:i], lines[i:]
    return lines, []


def _split_footer(lines: list[str]) -> tuple[list[str], list[str]]:
    """Mobile signatures and trailing legal / unsubscribe / EEO paragraphs."""
    cut = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()[:_MAX_LINE]
        if i > 0 and ((_MOBILE.match(stripped) and len(stripped) < 80) or _FOOTER_START.match(stripped)):
            cut = i
            break
    # walk back over trailing paragraphs while they read as footer text
    end = cut
    while end > 0:
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        paragraph = lines[start:end]
        text = " ".join(ln.strip() for ln in paragraph)[:4000]
        if not text:
            end = start - 1
            continue
        is_separator = all(_SEPARATOR.fullmatch(ln.strip()) for ln in paragraph)
        has_sign_off = any(_SIGN_OFF_HINT.search(ln) and len(ln) < 60 for ln in paragraph)
        if (not is_separator and (has_sign_off or not _FOOTER.search(text))) or start == 0:
            break
        cut = start
        end = start - 1
    return lines[:cut], lines[cut:]
