"""What a batch run takes: its options, and the hooks the journal and the LLM backend plug in.

:class:`Options` are the `drafter batch` flags. The hooks are plain callables, so a run can be
driven without the journal (:func:`no_journal`) and with any LLM entry point (tests inject one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..config import Settings
from ..drafting.offline import DraftContext, Fallback
from ..models import DraftResult, Message, RejectionLetter

# (letter, message, sha256 of the letter's bytes) -> None: the journal's hook, called once per
# draft written, and for a current reply the journal does not know (`Known`) yet.
Record = Callable[[RejectionLetter, Message, str], None]
# (letter, message, sha256 of the letter's bytes, the file's mtime) -> what the journal did, or
# None: the journal's hook for a skipped letter about an application (`APPLICATION_LETTERS`).
RecordApplication = Callable[[RejectionLetter, Message, str, dt.date], str | None]
# the letters batch skips that the journal records as the application they are about
APPLICATION_LETTERS = frozenset({"acknowledgement", "assessment_request", "interview_invitation"})
# Which of these letters (sha256 of their bytes) the journal already knows.
Known = Callable[[Collection[str]], Collection[str]]
Progress = Callable[[int, int], None]


class LLMDraft(Protocol):
    """The LLM backend's entry point, `llm.adraft_with_llm` (injectable, e.g. for tests).

    `redact` and `private` (the addresses the letter was sent to) are passed only with `--redact`.
    """

    def __call__(
        self,
        ctx: DraftContext,
        settings: Settings,
        *,
        fallback: Fallback,
        redact: bool = False,
        private: Iterable[str | None] = (),
    ) -> Awaitable[DraftResult]: ...


def no_journal(letter: RejectionLetter, message: Message, sha256: str) -> None:
    """The default `record`: keep no journal."""


@dataclass(frozen=True)
class Options:
    """The `drafter batch` flags."""

    out: Path | None = None
    eml: bool = False
    check: bool = False
    jobs: int = 4
    max_tokens: int | None = None
    force: bool = False  # draft letters with no decision sentence found (`unclear`) too
    redact: bool = False  # the candidate's addresses and phone numbers never reach the LLM server
    journal: bool = True  # False (`--no-journal`): replies say so, and no later run journals them
