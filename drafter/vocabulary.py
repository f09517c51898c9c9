"""The closed sets of words a letter's facts and the journal's entries are made of.

Each set is defined once, here, as a `Literal` and the tuple of its values: the stage a rejection
came at and the reason it gave (:mod:`drafter.models` uses them in a `RejectionLetter`), and the
kinds, follow-up statuses and note kinds of a journal entry (:mod:`drafter.journal.entries`).
This module imports neither pydantic nor the journal, so a command's parser can offer the sets as
choices (`drafter log add --help`) at no more cost than `drafter --help`.
"""

from __future__ import annotations

from typing import Literal, get_args

# -- a letter's facts ------------------------------------------------------------------------------

Stage = Literal["application", "screen", "interview", "final", "unknown"]
Reason = Literal["other_candidates", "position_filled", "role_closed", "experience", "logistics", "not_stated"]
STAGES: tuple[Stage, ...] = get_args(Stage)  # funnel order
REASONS: tuple[Reason, ...] = get_args(Reason)  # most specific first, as the parser ranks them

# -- a journal entry ---------------------------------------------------------------------------------

EntryKind = Literal["rejection", "application", "interview"]
# where a rejection's feedback request stands
Status = Literal["drafted", "sent", "replied", "feedback"]
NoteKind = Literal["note", "questions", "answers", "went_well", "went_badly", "feedback", "reply"]
ENTRY_KINDS: tuple[EntryKind, ...] = get_args(EntryKind)
STATUSES: tuple[Status, ...] = get_args(Status)
NOTE_KINDS: tuple[NoteKind, ...] = get_args(NoteKind)
