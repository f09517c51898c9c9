"""`drafter batch`: a reply draft beside every rejection in a tree of saved letters.

    find letters -> read each (an .mbox gives one letter per message) -> compare with the reply on
    disk (hashes only, no parsing) -> draft what is missing or stale (up to `jobs` LLM requests at
    once, within a token budget) -> write each reply atomically -> report

One bad letter never stops the others: every letter ends with exactly one :class:`Outcome`, and
the :class:`Report` turns them into the exit code of the `drafter batch` contract. Ctrl-C (which
`asyncio.run` turns into cancelling the run) stops it between letters: what was written stays, the
report says how many letters were not reached, and no reply is left half-written.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from ..api import draft_offline, load, prepare
from ..config import Settings
from ..drafting.offline import DraftContext
from ..drafting.situations import Situation, load_situations
from ..errors import DrafterError, NotARejectionError
from ..models import DraftResult, Message, Profile
from ..output.files import ChangedOnDisk
from ..parsing.letter import parse_message
from .budget import Budget
from .discover import Letter, Outcome, Status, collect
from .options import (
    APPLICATION_LETTERS,
    Known,
    LLMDraft,
    Options,
    Progress,
    Record,
    RecordApplication,
    no_journal,
)
from .reply_files import Seen, remove_stray_temps, state, write_eml_from_edit, write_outputs
from .report import Report, cannot_write, failure, kept_changed

# the run's own names, and the options and report types it was split from (imported from here)
__all__ = [
    "Budget",
    "Known",
    "Options",
    "Outcome",
    "Record",
    "RecordApplication",
    "Report",
    "Status",
    "no_journal",
    "run_batch",
]

# Letters whose reply is current, asked about together (memory stays flat on big trees).
_CATCH_UP_CHUNK = 500
_T = TypeVar("_T")
# how a letter ends when the plan already settles it
_SETTLED: dict[str, Status] = {"current": "current", "edited": "kept", "unusable": "failed"}
_Prepared = tuple[Letter, Message, DraftContext]


# -- running -----------------------------------------------------------------------------------


def run_batch(
    paths: Sequence[Path],
    options: Options,
    *,
    settings: Settings,
    profile: Profile,
    record: Record = no_journal,
    progress: Progress | None = None,
    cwd: Path | None = None,
    llm: LLMDraft | None = None,
    known: Known | None = None,
    record_application: RecordApplication | None = None,
) -> Report:
    """Bring the reply drafts of the letters under `paths` up to date (with `check`: report).

    With `known`, a current reply whose letter the journal does not know is journaled now. With
    `record_application`, a skipped acknowledgement, interview invitation or assessment request
    is journaled as the application it is about.
    """
    run = _Run(options, settings, profile, record, progress, cwd or Path.cwd(), llm)
    run.known = known
    run.record_application = record_application
    return asyncio.run(run.run(paths))


class _Run:
    def __init__(
        self,
        options: Options,
        settings: Settings,
        profile: Profile,
        record: Record,
        progress: Progress | None,
        cwd: Path,
        llm: LLMDraft | None,
    ) -> None:
        self.options = options
        self.settings = settings
        self.profile = profile
        self.record = record
        self.progress = progress
        self.cwd = cwd
        self.llm = llm
        self.report = Report()
        self.budget = Budget(options.max_tokens)
        self.done: list[tuple[int, Outcome]] = []
        self.total = 0
        self.situations: dict[str, Situation] | None = None
        self.known: Known | None = None
        self.record_application: RecordApplication | None = None
        self.unjournaled: list[Letter] = []

    async def run(self, paths: Sequence[Path]) -> Report:
        letters, notes = collect(paths, out=self.options.out, cwd=self.cwd)
        self.done.extend(notes)
        pending = self._plan(letters)
        try:
            if self.options.check:
                await self._check(pending)
            else:
                await self._draft(pending)
                folders = {letter.target.reply.parent for letter in letters}
                self.report.removed_temps = remove_stray_temps(folders)
        except asyncio.CancelledError:  # Ctrl-C: keep what is done, and say what is not
            self.report.interrupted = True
            self.report.not_reached = self.total - len(self.done)
        self.report.outcomes = [o for _, o in sorted(self.done, key=lambda pair: pair[0])]
        return self.report

    def _finish(self, seq: int, outcome: Outcome) -> None:
        self.done.append((seq, outcome))
        if self.progress is not None:
            self.progress(len(self.done), self.total)

    def _plan(self, letters: list[Letter]) -> list[Letter]:
        """Keep the letters whose reply is missing or stale (judged by hashes alone)."""
        self.total = len(self.done) + len(letters)
        pending = []
        for letter in letters:
            llm = self.settings.resolved_backend == "openai"
            seen = state(letter.target, letter.sha256, want_eml=self.options.eml, llm=llm)
            if seen.state == "current" and self._may_catch_up(seen):
                self.unjournaled.append(letter)
                if len(self.unjournaled) >= _CATCH_UP_CHUNK:
                    self._catch_up()
            elif seen.state in ("current", "edited", "unusable"):
                letter.data = b""  # not needed again: keep memory flat on big trees
                status: Status = _SETTLED[seen.state]
                self._finish(letter.seq, Outcome(letter.label, status, seen.why))
            else:
                letter.why = seen.why or "no reply yet"
                letter.seen = seen
                pending.append(letter)
        self._catch_up()
        return pending

    def _may_catch_up(self, seen: Seen) -> bool:
        """A current reply may be one a run wrote but could not journal (locked, stopped)."""
        return self.known is not None and not self.options.check and seen.fields.get("journal") != "off"

    def _catch_up(self) -> None:
        """Journal the letters whose reply is current but which the journal does not know."""
        letters, self.unjournaled = self.unjournaled, []
        if not letters or self.known is None:
            return
        try:
            known = set(self.known([letter.sha256 for letter in letters]))
        except DrafterError as exc:
            for letter in letters:
                self._finish(letter.seq, Outcome(letter.label, "failed", f"reply current, but not journaled: {exc}"))
                letter.data = b""
            return
        for letter in letters:
            if letter.sha256 in known:
                self._finish(letter.seq, Outcome(letter.label, "current"))
            else:
                self._finish(letter.seq, self._journal_late(letter))
            letter.data = b""

    def _journal_late(self, letter: Letter) -> Outcome:
        try:
            message = load(letter.data, letter.filename)
            parsed = parse_message(message)
        except DrafterError:  # its reply is there; nothing more to learn from it
            return Outcome(letter.label, "current")
        try:
            self.record(parsed, message, letter.sha256)
        except DrafterError as exc:
            return Outcome(letter.label, "failed", f"reply current, but not journaled: {exc}")
        return Outcome(letter.label, "journaled" if parsed.is_rejection else "current")

    async def _check(self, pending: list[Letter]) -> None:
        """`--check`: a missing or stale reply counts only if the letter is a rejection."""
        for letter in pending:
            await asyncio.sleep(0)  # where Ctrl-C stops the run
            try:
                self.report.prepared += 1
                is_rejection = parse_message(load(letter.data, letter.filename)).is_rejection
            except DrafterError as exc:
                self._finish(letter.seq, Outcome(letter.label, "failed", str(exc)))
                continue
            if is_rejection:
                self._finish(letter.seq, Outcome(letter.label, "stale", letter.why))
            else:
                self._finish(letter.seq, Outcome(letter.label, "not_rejection"))

    async def _draft(self, pending: list[Letter]) -> None:
        to_draft = []
        for letter in pending:
            if letter.seen is not None and letter.seen.state == "eml_only":
                await asyncio.sleep(0)  # where Ctrl-C stops the run
                # nothing to draft: the user's own email goes into the .eml draft
                self._finish(letter.seq, self._safely(letter, functools.partial(self._eml_from_edit, seen=letter.seen)))
            else:
                to_draft.append(letter)
        pending = to_draft
        if not pending:  # every reply current: no client to set up, no SDK to import
            return
        if self.settings.resolved_backend == "offline":
            for letter in pending:  # fast and local: one at a time, inline
                await asyncio.sleep(0)  # where Ctrl-C stops the run: between letters, never mid-write
                self._finish(letter.seq, self._safely(letter, self._draft_offline))
            return
        if self.llm is not None:
            await self._draft_with(pending)
            return
        from ..llm.backend import adraft_with_llm
        from ..llm.client import AsyncOpenAICompleter

        # One client for the run: its connection pool is what keeps `jobs` requests in flight cheap.
        async with AsyncOpenAICompleter(self.settings) as completer:
            self.llm = functools.partial(adraft_with_llm, completer=completer)
            await self._draft_with(pending)

    async def _draft_with(self, pending: list[Letter]) -> None:
        # `jobs` workers each keep one request in flight. Whatever a worker does between an
        # answer and its next request delays that request, so the letters are read and parsed
        # ahead (up to `jobs` of them: a burst of answers finds them all ready), and each reply
        # is written and journaled by a task of its own, once the next request is on its way.
        ready: asyncio.Queue[_Prepared | None] = asyncio.Queue(maxsize=self.options.jobs)
        workers = min(self.options.jobs, len(pending))
        try:
            async with asyncio.TaskGroup() as group:
                for _ in range(workers):
                    group.create_task(self._work(ready, group))
                for letter in pending:
                    await asyncio.sleep(0)  # answers waiting on the loop go before this parse
                    prepared = self._safely(letter, self._prepare)
                    if isinstance(prepared, Outcome):
                        self._finish(letter.seq, prepared)
                    else:
                        await ready.put((letter, *prepared))
                for _ in range(workers):
                    await ready.put(None)
        except BaseExceptionGroup as errors:  # a bug (letters' own errors are outcomes)
            raise errors.exceptions[0] from errors

    async def _work(self, ready: asyncio.Queue[_Prepared | None], group: asyncio.TaskGroup) -> None:
        """One request slot: the letters in turn, each reply handed on to be written."""
        while (item := await ready.get()) is not None:
            letter, message, ctx = item
            if not self.budget.reserve():
                self._finish(letter.seq, Outcome(letter.label, "undone", "token budget reached"))
                continue
            result = await self._ask(letter, message, ctx)
            if result is not None:
                group.create_task(self._save(letter, message, result))

    def _safely(self, letter: Letter, step: Callable[[Letter], _T]) -> _T | Outcome:
        """Run one step for one letter; any error becomes that letter's outcome."""
        try:
            return step(letter)
        except _Skipped as skipped:
            return skipped.outcome
        except Exception as exc:  # one bad letter never stops the others
            return failure(letter, exc)

    def _prepare(self, letter: Letter) -> tuple[Message, DraftContext]:
        self.report.prepared += 1
        message = load(letter.data, letter.filename)
        if self.situations is None:  # read once a run, on the first letter that needs them
            self.situations = load_situations(self.settings.user_prompts)
        try:
            ctx = prepare(
                message,
                profile=self.profile,
                settings=self.settings,
                situations=self.situations,
                draft_unclear=self.options.force,
            )
        except NotARejectionError as exc:
            if exc.kind in APPLICATION_LETTERS and self.record_application is not None:
                raise _Skipped(self._journal_application(letter, message, exc)) from None
            raise
        return message, ctx

    def _journal_application(self, letter: Letter, message: Message, exc: NotARejectionError) -> Outcome:
        """A skipped letter about an application: the journal records the application."""
        outcome = failure(letter, exc)
        if self.record_application is None:
            return outcome
        try:
            mtime = dt.date.fromtimestamp(os.stat(letter.target.source).st_mtime)
        except OSError:
            mtime = dt.date.today()
        try:
            said = self.record_application(parse_message(message), message, letter.sha256, mtime)
        except DrafterError as exc:
            return Outcome(letter.label, "failed", f"{outcome.detail}, and not journaled: {exc}")
        return outcome if not said else Outcome(letter.label, outcome.status, f"{outcome.detail}; {said}")

    def _draft_offline(self, letter: Letter) -> Outcome:
        message, ctx = self._prepare(letter)
        result = draft_offline(ctx)
        try:
            self._write(result, message, letter)
        except ChangedOnDisk as exc:
            return kept_changed(letter, exc)
        except OSError as exc:
            return cannot_write(letter, exc)
        return self._written(result, message, letter)

    def _eml_from_edit(self, letter: Letter, *, seen: Seen) -> Outcome:
        message = load(letter.data, letter.filename)
        try:
            write_eml_from_edit(message, letter.target, seen=seen, sender=self.profile)
        except ChangedOnDisk as exc:
            return kept_changed(letter, exc)
        except OSError as exc:
            return cannot_write(letter, exc)
        return Outcome(letter.label, "eml_added")

    async def _ask(self, letter: Letter, message: Message, ctx: DraftContext) -> DraftResult | None:
        """One letter's LLM conversation (its budget already reserved); None when it failed."""
        llm = self.llm
        if llm is None:  # set by _draft before any request
            raise RuntimeError("no LLM backend")
        tokens: int | None = None
        try:
            self.report.requests += 1
            if self.options.redact:
                private = [message.to_address]
                result = await llm(ctx, self.settings, fallback=draft_offline, redact=True, private=private)
            else:
                result = await llm(ctx, self.settings, fallback=draft_offline)
            tokens = result.usage.total_tokens if result.usage is not None else None
        except Exception as exc:  # BackendError after retries, or a bug: this letter only
            self._finish(letter.seq, failure(letter, exc))
            return None
        finally:
            self.budget.settle(tokens)
            self.report.tokens = self.budget.spent
        return result

    async def _save(self, letter: Letter, message: Message, result: DraftResult) -> None:
        """Write the reply (file I/O in a thread, off the event loop), then journal it."""
        try:
            await asyncio.to_thread(self._write, result, message, letter)
        except ChangedOnDisk as exc:
            self._finish(letter.seq, kept_changed(letter, exc))
            return
        except OSError as exc:
            self._finish(letter.seq, cannot_write(letter, exc))
            return
        except Exception as exc:
            self._finish(letter.seq, Outcome(letter.label, "failed", f"cannot write: {exc}"))
            return
        outcome = self._safely(letter, lambda _: self._written(result, message, letter))
        self._finish(letter.seq, outcome)

    def _write(self, result: DraftResult, message: Message, letter: Letter) -> None:
        write_outputs(
            result,
            message,
            letter.target,
            source_sha256=letter.sha256,
            eml=self.options.eml,
            sender=self.profile,
            seen=letter.seen,
            journal=self.options.journal,
        )

    def _written(self, result: DraftResult, message: Message, letter: Letter) -> Outcome:
        """The reply is on disk: tell the journal (in this thread: it may hold a SQLite handle)."""
        try:
            self.record(result.letter, message, letter.sha256)
        except DrafterError as exc:
            return Outcome(letter.label, "failed", f"reply written, but not journaled: {exc}")
        return Outcome(letter.label, "written", result.warnings[0].message if result.warnings else "")


class _Skipped(Exception):
    """A letter skipped with an outcome of its own (a letter about an application, journaled)."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.detail)
        self.outcome = outcome
