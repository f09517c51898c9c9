"""Shared pieces of the LLM tests: the letter and answer of `drafter.testing.answers`, request readers."""

from __future__ import annotations

import json
from typing import Any

from drafter.llm.fake import Reply
from drafter.testing.answers import LETTER, answer

__all__ = ["LETTER", "answer", "good", "system_message", "user_message"]


def good(**kwargs: Any) -> Reply:
    return Reply.chat(json.dumps(answer()), **kwargs)


def user_message(request: Any) -> str:
    return str(request.body["messages"][1]["content"])


def system_message(request: Any) -> str:
    return str(request.body["messages"][0]["content"])
