"""A chat export pasted as a letter (WhatsApp, Signal, Telegram desktop): back to a letter.

Takes pasted text; gives the same text when it is no chat, else the messages of its one sender as
paragraphs, signed with the sender's name (and organisation, from "Name - Org"), and that sender as
the From display name. Lines look like "[14:32, 18/11/2026] Camila Rocha - Vitrine Digital: Olá!"
(iOS) or "18/11/2026, 14:32 - Camila Rocha: Olá!" (Android).
"""

from __future__ import annotations

from typing import NamedTuple

from .. import rx

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_LINE = rx.compile(
    rf"^\s*(?:\[(?:{_TIME},?\s+{_DATE}|{_DATE},?\s+{_TIME})\]|{_DATE},?\s+{_TIME}\s+[-–])\s+"
    r"(?P<name>[^:\n]{2,80}?):\s(?P<text>.*)$"
)
_ORGANISATION = rx.compile(r"\s+[-–|]\s+")  # "Camila Rocha - Vitrine Digital"


class Chat(NamedTuple):
    sender: str
    text: str


def read_chat(text: str) -> Chat | None:
    """The chat's one sender and its messages as a letter, or None when the text is no chat export."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    matches = [_LINE.match(ln) for ln in lines]
    found = [m for m in matches if m]
    if len(found) < 2 or len(found) < 0.6 * len(lines):
        return None
    senders = {m.group("name").strip() for m in found}
    if len(senders) != 1:
        return None  # a conversation, not a letter: leave it as pasted
    sender = senders.pop()
    paragraphs = [m.group("text").strip() for m in found if m.group("text").strip()]
    # "Camila Rocha - Vitrine Digital" signs as a person above her organisation
    signature = "\n".join(part.strip() for part in _ORGANISATION.split(sender, maxsplit=1))
    return Chat(sender, "\n\n".join([*paragraphs, signature]) + "\n")
