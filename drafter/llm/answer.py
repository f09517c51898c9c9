"""Reading an LLM's answer: the JSON schema we ask for, and a draft out of whatever came back.

Pure functions, no network: local models wrap JSON in code fences, chat around it, think aloud in
`<think>` blocks, get cut off or refuse. Each of those becomes a one-line problem that the caller
can quote in a corrective retry, or a :class:`~drafter.models.Draft`.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from ..config import flatten
from ..models import Draft, Feedback, Future, Kind, Reason, Stage, Usage

# Every pattern here runs on what a server sent, so each is linear in it: no lazy `.*?` to a
# closing mark that may never come (that rescans the rest of the text from every opening).
_THINK_TAG = re.compile(r"<(/?)(think|thinking|reasoning)>", re.IGNORECASE)
_FENCE_LABEL = re.compile(r"\A[ \t]*(?:json|JSON)?[ \t]*\n?")
# How many `{` an answer's chatter may hold before drafter stops trying each as a JSON start.
_MAX_JSON_STARTS = 64
_REFUSAL = re.compile(
    r"^\W*(?:i'?m sorry|i am sorry|sorry, |i can(?:no|')t|i cannot|i won'?t|i am unable|"
    r"i'?m unable|as an ai)",
    re.IGNORECASE,
)
MAX_QUOTE = 160


@dataclass(frozen=True)
class Completion:
    """One chat answer as drafter needs it, whatever server sent it."""

    content: str | None
    finish_reason: str | None = "stop"
    refusal: str | None = None
    usage: Usage = field(default_factory=Usage)
    model: str | None = None


class ModelFacts(BaseModel):
    """The letter as the model read it. Read leniently: `reconcile` decides what is used."""

    model_config = ConfigDict(extra="ignore")

    kind: str | None = None
    stage: str | None = None
    reason: str | None = None
    feedback: str | None = None
    future: str | None = None
    interviewers: list[str] | None = None
    reason_text: str | None = None
    feedback_text: str | None = None
    company: str | None = None
    role: str | None = None
    sender_name: str | None = None


# The judgement fields and the values the contract allows for each.
ENUMS: dict[str, tuple[str, ...]] = {
    "kind": get_args(Kind),
    "stage": get_args(Stage),
    "reason": get_args(Reason),
    "feedback": get_args(Feedback),
    "future": get_args(Future),
}


@dataclass(frozen=True)
class Reading:
    """What an answer yielded: a draft (and the model's facts), or a problem (and whether asking
    again may help)."""

    draft: Draft | None = None
    problem: str | None = None
    retryable: bool = True
    facts: ModelFacts | None = None
    greeting: str | None = None
    # the question the answer says asks for feedback; when it names none (an answer without the
    # field), the body's first question stands in for it
    feedback_question: str | None = None


def facts_schema() -> dict[str, Any]:
    """The `facts` object of the answer: the model's own reading of the letter."""
    text = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    properties: dict[str, Any] = {name: {"type": "string", "enum": list(values)} for name, values in ENUMS.items()}
    properties |= {
        "company": text,
        "role": text,
        "sender_name": text,
        "interviewers": {"type": "array", "items": {"type": "string"}},
        "reason_text": text,
        "feedback_text": text,
    }
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


@cache
def draft_schema() -> dict[str, Any]:
    """The answer's JSON schema in the strict form structured outputs accept (no $refs, closed):
    the model's `facts` first (read, then write), then the `Draft`."""
    raw = Draft.model_json_schema()
    draft: dict[str, Any] = _strict(raw, raw.get("$defs", {}))
    text = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    email = draft["properties"].pop("email")
    properties = {
        "facts": facts_schema(),
        "email": email,
        "greeting": {"type": "string"},
        "feedback_question": text,
        **draft["properties"],
    }
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def _strict(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_strict(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _strict(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
    out = {
        key: _strict(value, defs)
        for key, value in node.items()
        if key not in ("$defs", "title", "default", "description")
    }
    if out.get("type") == "object":
        out["additionalProperties"] = False
        out["required"] = list(out.get("properties", {}))
    return out


def strip_think(text: str) -> str:
    """The answer without `<think>...</think>` reasoning blocks.

    Some servers strip the opening tag and send only `...reasoning</think>answer`: the first
    closing tag with no opening one ends reasoning that began with the answer. One pass over the
    tags, so an answer full of openings that never close costs no more than its length.
    """
    kept: list[str] = []
    at = 0
    opened: str | None = None  # the tag of the block being skipped
    open_at = 0
    orphan_seen = False
    for tag in _THINK_TAG.finditer(text):
        closing, name = tag.group(1) == "/", tag.group(2).casefold()
        if opened is None and not closing:
            kept.append(text[at : tag.start()])
            opened, open_at = name, tag.start()
        elif closing and opened == name:
            at, opened = tag.end(), None
        elif closing and opened is None and not orphan_seen:
            kept, at, orphan_seen = [], tag.end(), True
    # a block never closed is kept: there is no telling where its reasoning would end
    kept.append(text[open_at if opened is not None else at :])
    return "".join(kept).strip()


def extract_json(text: str) -> dict[str, Any] | None:
    """The first JSON object in `text`: the whole answer, a fenced block, or one amid chatter."""
    text = strip_think(text)
    fenced = text.split("```")[1:-1:2]  # the text between each pair of fences
    candidates = [text, *(_FENCE_LABEL.sub("", block, count=1) for block in fenced)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past the parser
            continue
        if isinstance(value, dict):
            return value
    decoder = json.JSONDecoder()
    found: dict[str, Any] | None = None
    for match in itertools.islice(re.finditer(r"\{", text), _MAX_JSON_STARTS):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested past the parser
            continue
        if isinstance(value, dict):
            if "email" in value:
                return value
            found = found or value
    return found


def _unwrap(data: dict[str, Any]) -> dict[str, Any]:
    """`{"draft": {...}}` or `{"response": {...}}` -> the inner object, when that is the draft."""
    if "email" not in data and len(data) == 1:
        inner = next(iter(data.values()))
        if isinstance(inner, dict) and "email" in inner:
            return inner
    return data


def _broken_text(data: object) -> bool:
    """Whether any text in a decoded JSON value is not valid Unicode (a lone surrogate)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def quote(text: str, limit: int = MAX_QUOTE) -> str:
    """`text` on one line, shortened for a message."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def read_answer(answer: Completion) -> Reading:
    """A draft from one answer, or the reason there is none."""
    if answer.refusal:
        return Reading(problem=f"the model refused: {quote(answer.refusal)}", retryable=False)
    if answer.finish_reason == "content_filter":
        return Reading(problem="the server's content filter stopped the answer", retryable=False)
    content = strip_think(answer.content or "")
    if answer.finish_reason == "length":
        return Reading(problem="the answer was cut off before it ended (too long)")
    if not content:
        return Reading(problem="the answer was empty")
    data = extract_json(content)
    if data is None:
        if _REFUSAL.search(content):
            return Reading(problem=f"the model refused: {quote(content)}", retryable=False)
        return Reading(problem=f"the answer was not a JSON object: {quote(content)}")
    data = _unwrap(data)
    if _broken_text(data):
        # `"\ud83d"` alone decodes to half a character that no file or terminal can take
        return Reading(problem="the JSON holds a broken character (half of a UTF-16 surrogate pair)")
    try:
        draft = Draft.model_validate(data)
    except ValidationError as exc:
        return Reading(problem=f"the JSON does not match the schema: {flatten(exc)}")
    question = data["feedback_question"] if "feedback_question" in data else first_question(draft.email.body)
    return Reading(
        draft=draft,
        facts=_facts(data.get("facts")),
        greeting=_text(data.get("greeting")),
        feedback_question=_text(question),
    )


# One sentence and its end mark at a time: linear, unlike searching `[^.!?\n]*[?？]` in a long run.
_SENTENCE = re.compile(r"[^.!?？\n]*[.!?？\n]?")


def first_question(body: str) -> str | None:
    """The body's first sentence that ends with a question mark."""
    found = next((m.group(0) for m in _SENTENCE.finditer(body) if m.group(0).endswith(("?", "？"))), None)
    return found.strip() if found else None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _facts(value: object) -> ModelFacts | None:
    """The model's facts, or None when it sent none (or nothing readable): the rules' then stand."""
    if not isinstance(value, dict):
        return None
    try:
        return ModelFacts.model_validate(value)
    except ValidationError:
        return None
