"""Typed data passed between the pipeline stages."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .vocabulary import Reason as Reason  # defined where a command's parser can read them without pydantic
from .vocabulary import Stage as Stage

Feedback = Literal["offered", "declined", "not_mentioned"]
Future = Literal["invited", "not_mentioned"]
BackendName = Literal["offline", "openai"]  # which backend wrote a draft
Tone = Literal["warm", "formal", "brief"]
ReplyLanguage = Literal["en", "de", "fr", "es", "nl", "pt", "it"]

# What a message is. `rejection` is drafted; `unclear` (no decision sentence found, nor anything
# else) is drafted with a warning; the others are named and refused.
Kind = Literal[
    "rejection",
    "interview_invitation",
    "assessment_request",
    "offer",
    "acknowledgement",
    "status_update",
    "job_alert",
    "outreach",
    "newsletter",
    "unclear",
]


def _no_items() -> list[Any]:
    """An empty list, as a field's default.

    Not `default_factory=list`: pydantic reads a factory's signature, and for a builtin that means
    compiling `tokenize`'s patterns (~1.5 ms of every start-up); a Python function's is at hand.
    """
    return []


# The labelled keys of the `drafter parse --json` contract, in order (what the letter sets score).
LABELLED_KEYS = (
    "is_rejection",
    "language",
    "company",
    "role",
    "requisition_id",
    "candidate_name",
    "sender_name",
    "sender_title",
    "reply_address",
    "stage",
    "reason",
    "feedback",
    "future",
)
# The whole contract: the labelled keys, then what a message is and the letter's own words.
CONTRACT_KEYS = (*LABELLED_KEYS, "kind", "interviewers", "reason_text", "feedback_text")


class Message(BaseModel):
    """A letter as read from its source: headers (when known) and the letter's own text."""

    model_config = ConfigDict(frozen=True)

    subject: str | None = None
    from_name: str | None = None
    from_address: str | None = None
    reply_to: str | None = None
    to_name: str | None = None
    to_address: str | None = None
    date: str | None = None
    message_id: str | None = None
    references: str | None = None
    body: str
    quoted: str = ""
    footer: str = ""
    format: Literal["text", "eml", "html"] = "text"


class RejectionLetter(BaseModel):
    """The facts drafter reads from a letter; the fields up to `feedback_text` are the parse contract."""

    is_rejection: bool
    language: str = "en"
    company: str | None = None
    role: str | None = None
    requisition_id: str | None = None
    candidate_name: str | None = None
    sender_name: str | None = None
    sender_title: str | None = None
    reply_address: str | None = None
    stage: Stage = "unknown"
    reason: Reason = "not_stated"
    feedback: Feedback = "not_mentioned"
    future: Future = "not_mentioned"
    kind: Kind = "unclear"
    # everyone the letter says the candidate met ("Tom, Farah and I really enjoyed ...")
    interviewers: list[str] = Field(default_factory=_no_items)
    # the letter's own sentence that states the reason, and one that gives concrete feedback
    reason_text: str | None = None
    feedback_text: str | None = None
    # Beyond the contract: facts the drafts may use.
    subject: str | None = None
    message_id: str | None = None

    def contract(self) -> dict[str, object]:
        """The contract keys only, in contract order."""
        return {key: getattr(self, key) for key in CONTRACT_KEYS}


# Words that give away the language of a sign-off, so that "Best regards" from the profile is
# not used to close a German reply (the German template's own closing is used instead).
_SIGN_OFF_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("regards wishes thanks thank cheers sincerely best warmly warm kind yours respectfully".split()),
    "de": frozenset("grüße grüßen gruß grüsse grüssen freundlichen herzliche herzlichen beste viele mfg".split()),
    "fr": frozenset("cordialement salutations amitiés sincères bien à vous distinguées merci".split()),
    "es": frozenset("saludo saludos atentamente abrazo cordial gracias".split()),
    "nl": frozenset("groet groeten hartelijke vriendelijke met dank".split()),
    "pt": frozenset("cumprimentos atenciosamente abraço abraços obrigado obrigada".split()),
    "it": frozenset("saluti cordiali distinti caro grazie".split()),
}


def sign_off_language(text: str) -> str | None:
    """The language a sign-off is written in, when its words say so unambiguously."""
    words = {w.strip(".,!;:-").casefold() for w in text.split()}
    scores = {lang: len(words & vocab) for lang, vocab in _SIGN_OFF_WORDS.items()}
    best = max(scores.values())
    winners = [lang for lang, score in scores.items() if score == best]
    return winners[0] if best and len(winners) == 1 else None


class Profile(BaseModel):
    """Who the candidate is and how they like to sound.

    `sign_off` is one closing line, or one per reply language (`{"en": "Best regards", "de":
    "Viele Grüße"}`). A single line written in one language closes only replies in that
    language; other replies use their template's own closing.
    """

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    email: str | None = None
    sign_off: str | dict[ReplyLanguage, str] | None = None
    tone: Tone = "warm"
    linkedin_url: str | None = None

    @field_validator("email")
    @classmethod
    def _an_address(cls, value: str | None) -> str | None:
        if value is not None and (value.count("@") != 1 or any(c.isspace() for c in value) or value[0] == "@"):
            raise ValueError(f"not an email address: {value!r}")
        return value

    def sign_off_for(self, language: str) -> str | None:
        """The closing line for a reply in `language`, or None for the template's own."""
        if isinstance(self.sign_off, dict):
            return next((text for lang, text in self.sign_off.items() if lang == language), None)
        if self.sign_off is None:
            return None
        written_in = sign_off_language(self.sign_off)
        return self.sign_off if written_in in (None, language) else None

    def for_language(self, language: str) -> Profile:
        """This profile with `sign_off` resolved to the one line for a reply in `language`."""
        return self.model_copy(update={"sign_off": self.sign_off_for(language)})


class Email(BaseModel):
    to: str | None = None
    subject: str
    body: str


class ChecklistItem(BaseModel):
    text: str
    why: str


class Draft(BaseModel):
    """What a backend produces: the email, the reflection checklist and a networking note."""

    email: Email
    checklist: list[ChecklistItem]
    networking_note: str


# What a warning is about, so that code tests the code and never the wording of the message.
WarningCode = Literal[
    "unclear",  # no decision sentence found: check that the letter is a rejection
    "reply_language",  # no templates in the letter's language: the offline draft is in English
    "check",  # the validator found a problem in the draft shown
    "no_signer",  # no name to sign with
    "llm_reading",  # the LLM read the letter differently from the rules
    "llm_answer",  # the LLM's answer was not usable: the offline draft stands in
    "llm_server",  # the LLM server could not be used: the offline draft stands in
    "journal",  # the draft was made but not journaled
]


class DraftWarning(BaseModel):
    """One warning about a draft: what it is about (`code`) and the line the user reads."""

    model_config = ConfigDict(frozen=True)

    code: WarningCode
    message: str

    def __str__(self) -> str:
        return self.message


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class DraftResult(BaseModel):
    """The outcome of drafting one letter: the facts, the draft, and how it was made."""

    letter: RejectionLetter
    template: str
    backend: BackendName
    model: str | None = None
    email: Email
    checklist: list[ChecklistItem]
    networking_note: str
    warnings: list[DraftWarning] = Field(default_factory=_no_items)
    usage: Usage | None = None
    # the language the draft is written in: the letter's, or English when the offline templates
    # have none in the letter's language
    reply_language: str = "en"
    # which reader each contract field of `letter` came from: "rules" or "model" (LLM mode);
    # None: the rules read every field
    facts_from: dict[str, Literal["rules", "model"]] | None = None
    # why the offline draft stands in for the LLM's: "server" (it could not be reached, was too
    # slow or refused the request) or "answer" (its answers were not usable); None otherwise
    fallback: Literal["server", "answer"] | None = None

    @property
    def draft(self) -> Draft:
        return Draft(email=self.email, checklist=self.checklist, networking_note=self.networking_note)

    def to_json_dict(self) -> dict[str, object]:
        """The `drafter draft --json` contract."""
        data: dict[str, object] = {
            "letter": self.letter.contract(),
            "facts_from": dict(self.facts_from or dict.fromkeys(CONTRACT_KEYS, "rules")),
            "template": self.template,
            "backend": self.backend,
            "model": self.model,
            "email": self.email.model_dump(),
            "checklist": [item.model_dump() for item in self.checklist],
            "networking_note": self.networking_note,
            "warnings": [str(w) for w in self.warnings],
        }
        if self.fallback is not None:
            data["fallback"] = self.fallback
        if self.usage is not None:
            data["usage"] = self.usage.model_dump()
        return data
