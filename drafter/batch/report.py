"""What a batch run gives: one :class:`Outcome` per letter, and the :class:`Report` that sums them up.

The report's :attr:`Report.exit_code` is the `drafter batch` contract. The functions below turn
what went wrong with one letter (a refusal, an error, a reply changed on disk) into its outcome.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DrafterError, NotARejectionError
from ..output.files import ChangedOnDisk
from .discover import Letter, Outcome, Status


@dataclass
class Report:
    """What a run did: each letter's outcome, in the order found, and what it cost."""

    outcomes: list[Outcome] = field(default_factory=list)
    prepared: int = 0  # letters read and parsed (0 when every draft was already current)
    requests: int = 0  # letters sent to the LLM
    tokens: int = 0  # tokens the LLM reported using
    removed_temps: int = 0
    interrupted: bool = False  # stopped by Ctrl-C; `not_reached` letters have no outcome
    not_reached: int = 0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        """130 when interrupted; 2 when something failed or was left undone; else 1 when drafts
        were written or due."""
        if self.interrupted:
            return 130
        counts = self.counts
        if counts["failed"] or counts["undone"]:
            return 2
        return 1 if counts["written"] or counts["eml_added"] or counts["stale"] else 0


def cannot_write(letter: Letter, exc: OSError) -> Outcome:
    """A reply that could not be written: failed, naming the file the user knows."""
    # the error may name a temporary file: name the file the user knows instead
    eml = letter.target.eml.name
    name = eml if isinstance(exc.filename, str) and eml in Path(exc.filename).name else letter.target.reply.name
    return Outcome(letter.label, "failed", f"cannot write {name}: {exc.strerror or exc}")


def kept_changed(letter: Letter, exc: ChangedOnDisk) -> Outcome:
    """A reply (or .eml draft) edited while this run drafted it: the user's version stays."""
    return Outcome(letter.label, "kept", f"{exc}; kept your version")


def failure(letter: Letter, exc: Exception) -> Outcome:
    """A letter refused (not a rejection, unclear) or stopped by an error."""
    if isinstance(exc, NotARejectionError):
        if exc.kind == "unclear":
            return Outcome(letter.label, "unclear", "no decision sentence found; --force drafts it")
        return Outcome(letter.label, "not_rejection", exc.kind.replace("_", " "))
    if isinstance(exc, DrafterError):
        return Outcome(letter.label, "failed", str(exc))
    return Outcome(letter.label, "failed", f"unexpected error: {type(exc).__name__}: {exc}")
