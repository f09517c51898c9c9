"""Reconciling the model's reading of a letter with the rule-based one. Pure: facts in, facts out.

The model sees the whole letter and judges it better than phrase rules; the rules read structure
(headers) exactly and never invent. So, field by field:

- judgement fields (`kind`, `stage`, `reason`, `feedback`, `future`): the model wins when its
  value is one the contract allows; any other value is rejected and the rules' stands;
- string facts (`company`, `role`, `sender_name`, `reason_text`, `feedback_text`) and each name in
  `interviewers`: the model's is used only when it appears in the letter as whole words
  (grounding), so a hallucinated company, or a name cut short ('Tom' of 'Tomas'), never reaches a
  draft;
- structural fields (the reply address from From / Reply-To, the Message-ID, the subject, the
  language, the requisition id, the candidate's name, the sender's title): always the rules'.

`facts_from` says, for every contract field, which reader the value came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..models import CONTRACT_KEYS, RejectionLetter
from .answer import ENUMS, ModelFacts, quote

FactSource = Literal["rules", "model"]
QUOTES = ("reason_text", "feedback_text")  # the letter's own sentences
STRINGS = ("company", "role", "sender_name", *QUOTES)
_TRIM = " \t\n.,;:!\"'“”«»„"
_QUOTE_MARKS = "\"'“”«»„"


@dataclass(frozen=True)
class Reconciled:
    """The facts drafter goes on with, where each came from, and the model's facts not used."""

    letter: RejectionLetter
    facts_from: dict[str, FactSource]
    rejected: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return "model" in self.facts_from.values()


def rules_only() -> dict[str, FactSource]:
    """`facts_from` for a letter read by the rules alone."""
    return dict.fromkeys(CONTRACT_KEYS, "rules")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("\u00a0", " ").split()).casefold()


def _grounded(value: str, ground: str) -> bool:
    """Whether `value` (normalised) is in the letter as whole words: 'Tom' is not in 'Tomas'."""
    norm = _norm(value)
    return re.search(rf"(?<!\w){re.escape(norm)}(?!\w)", ground) is not None


def reconcile(rules: RejectionLetter, model: ModelFacts | None, letter_text: str) -> Reconciled:
    """The rules' facts, with the model's where it may overrule them (see the module docstring)."""
    facts_from = rules_only()
    if model is None:
        return Reconciled(rules, facts_from)
    ground = _norm("\n".join([rules.subject or "", letter_text]))
    update: dict[str, object] = {}
    rejected: list[str] = []

    for name, allowed in ENUMS.items():
        value = getattr(model, name)
        if value is None or value == getattr(rules, name):
            continue
        if value in allowed:
            update[name] = value
            facts_from[name] = "model"
        else:
            rejected.append(f"{name} {quote(value, 40)!r} is not one of {', '.join(allowed)}")

    for name in STRINGS:
        given = (getattr(model, name) or "").strip().strip(_QUOTE_MARKS).strip()
        value = given.strip(_TRIM)  # compared without quotes or a full stop around it
        ours = getattr(rules, name)
        if not value or (ours is not None and _norm(value) == _norm(ours.strip(_TRIM))):
            continue
        if _grounded(value, ground):
            update[name] = given if name in QUOTES else value  # a quoted sentence keeps its stop
            facts_from[name] = "model"
        else:
            rejected.append(f"{name} {quote(value, 60)!r} is not in the letter")

    if model.interviewers:
        names = [n.strip(_TRIM) for n in model.interviewers if n.strip(_TRIM)]
        grounded = [n for n in names if _grounded(n, ground)]
        rejected += [f"interviewer {quote(n, 40)!r} is not in the letter" for n in names if n not in grounded]
        if grounded and {_norm(n) for n in grounded} != {_norm(n) for n in rules.interviewers}:
            update["interviewers"] = grounded
            facts_from["interviewers"] = "model"

    if "kind" in update:
        is_rejection = update["kind"] == "rejection"
        if is_rejection != rules.is_rejection:
            update["is_rejection"] = is_rejection
            facts_from["is_rejection"] = "model"
    letter = rules.model_copy(update=update) if update else rules
    return Reconciled(letter, facts_from, rejected)
