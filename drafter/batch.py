"""`drafter batch`: a reply draft beside every rejection in a tree of saved letters.

    find letters -> read each (an .mbox gives one letter per message) -> compare with the reply on
    disk (hashes only, no parsing) -> draft what is missing or stale (up to `jobs` LLM requests at
    once, within a token budget) -> write each reply atomically -> report

One bad letter never stops the others: every letter ends with exactly one :class:`Outcome`, and
the :class:`Report` turns them into the exit code of the `drafter batch` contract.
"""

from __future__ import annotations

import asyncio
import hashlib
import mailbox
import math
import os
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from .api import draft_offline, load, prepare
from .config import Settings
from .errors import DrafterError, NotARejectionError
from .generate import DraftContext
from .ingest import MAX_BYTES
from .models import DraftResult, Message, Profile
from .parse import parse_message
from .replies import (
    DRAFTER_HEADER,
    Target,
    is_own_output,
    mbox_key,
    remove_stray_temps,
    reply_path,
    state,
    write_outputs,
)

LETTER_SUFFIXES = frozenset({".eml", ".txt", ".md", ".html", ".htm"})
MBOX_SUFFIX = ".mbox"
# Tokens one letter is assumed to cost before any answer has told us (prompt + answer, one retry).
DEFAULT_TOKENS_PER_LETTER = 4000
_KINDS = ".eml .txt .md .html .mbox"

Status = Literal[
    "written", "current", "kept", "not_rejection", "skipped", "failed", "stale", "undone"
]
# (result, source_sha256, message_id) -> None: the journal's hook, called once per draft written.
Record = Callable[[DraftResult, str, str | None], None]
Progress = Callable[[int, int], None]
Fallback = Callable[[DraftContext], DraftResult]


class LLMDraft(Protocol):
    """The LLM backend's entry point, `llm.adraft_with_llm` (injectable, e.g. for tests)."""

    def __call__(
        self, ctx: DraftContext, settings: Settings, *, fallback: Fallback
    ) -> Awaitable[DraftResult]: ...


def no_journal(result: DraftResult, source_sha256: str, message_id: str | None) -> None:
    """The default `record`: keep no journal."""


@dataclass(frozen=True)
class Options:
    out: Path | None = None
    eml: bool = False
    check: bool = False
    jobs: int = 4
    max_tokens: int | None = None


@dataclass(frozen=True)
class Outcome:
    label: str
    status: Status
    detail: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    prepared: int = 0  # letters read and parsed (0 when every draft was already current)
    requests: int = 0  # letters sent to the LLM
    tokens: int = 0  # tokens the LLM reported using
    removed_temps: int = 0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        """2 when something failed or was left undone, else 1 when drafts were written or due."""
        counts = self.counts
        if counts["failed"] or counts["undone"]:
            return 2
        return 1 if counts["written"] or counts["stale"] else 0


@dataclass
class Letter:
    """One letter to consider: a file, or one message of an mbox."""

    seq: int
    label: str
    data: bytes
    filename: str  # only its extension matters to ingest
    sha256: str
    target: Target
    why: str = ""


@dataclass
class Budget:
    """Stop sending LLM requests before the next one could pass `limit` tokens."""

    limit: int | None
    default_estimate: int = DEFAULT_TOKENS_PER_LETTER
    spent: int = 0
    settled: int = 0
    in_flight: int = 0
    stopped: bool = False

    @property
    def estimate(self) -> int:
        """Tokens per letter so far, or the conservative default before any answer."""
        return math.ceil(self.spent / self.settled) if self.settled else self.default_estimate

    def reserve(self) -> bool:
        """Claim room for one more request; False (for good) once the budget would be passed."""
        if self.limit is not None and (
            self.stopped or self.spent + (self.in_flight + 1) * self.estimate > self.limit
        ):
            self.stopped = True
            return False
        self.in_flight += 1
        return True

    def settle(self, tokens: int | None) -> None:
        self.in_flight -= 1
        if tokens is not None:
            self.spent += tokens
            self.settled += 1


# -- finding letters ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    path: Path
    root: Path  # what the output tree mirrors from when the file is outside the working folder


def _is_letter(name: str) -> bool:
    return not is_own_output(name) and Path(name).suffix.lower() in LETTER_SUFFIXES | {MBOX_SUFFIX}


def discover(
    paths: Sequence[Path], *, out: Path | None = None, cwd: Path
) -> tuple[list[Source], list[Outcome]]:
    """Letter files under `paths` (folders recursively, hidden folders skipped), sorted, unique."""
    found: dict[Path, Source] = {}
    notes: list[Outcome] = []
    out_abs = _abs(out, cwd) if out is not None else None
    for given in paths:
        path = _abs(given, cwd)
        label = _label(path, cwd)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and Path(folder, d) != out_abs
                )
                for name in sorted(files):
                    if not name.startswith(".") and _is_letter(name):
                        found.setdefault(Path(folder, name), Source(Path(folder, name), path))
        elif path.is_file():
            if is_own_output(path.name):
                continue
            if not _is_letter(path.name):
                notes.append(Outcome(label, "skipped", f"not a letter file ({_KINDS})"))
                continue
            found.setdefault(path, Source(path, path.parent))
        elif path.exists():
            notes.append(Outcome(label, "failed", "not a file or folder"))
        else:
            notes.append(Outcome(label, "failed", "no such file or folder"))
    return sorted(found.values(), key=lambda s: s.path), notes


def _abs(path: Path, cwd: Path) -> Path:
    return Path(os.path.normpath(cwd / path))


def _label(path: Path, cwd: Path) -> str:
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return str(path)


def _output_base(source: Source, out: Path | None, cwd: Path) -> Path:
    """Where the letter sits in the output tree: beside itself, or mirrored under `out`."""
    if out is None:
        return source.path
    try:
        rel = source.path.relative_to(cwd)
    except ValueError:
        rel = source.path.relative_to(source.root)
    return _abs(out, cwd) / rel


# -- reading letters ---------------------------------------------------------------------------


def _read(source: Source, label: str, base: Path, seq: Iterator[int]) -> Iterator[Letter | Outcome]:
    if source.path.suffix.lower() == MBOX_SUFFIX:
        yield from _read_mbox(source, label, base, seq)
        return
    try:
        with open(source.path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        yield Outcome(label, "failed", f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in data[:8192]:
        yield Outcome(label, "skipped", "binary file")
        return
    if source.path.suffix.lower() == ".eml" and _drafter_wrote(data):
        return
    target = Target(source.path, reply_path(base))
    yield Letter(next(seq), label, data, source.path.name, _sha(data), target)


def _read_mbox(
    source: Source, label: str, base: Path, seq: Iterator[int]
) -> Iterator[Letter | Outcome]:
    try:
        box = mailbox.mbox(source.path, create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as exc:
        yield Outcome(label, "failed", f"cannot read the mbox: {exc}")
        return
    if not keys:
        yield Outcome(label, "skipped", "no messages in the mbox")
    try:
        for index, key in enumerate(keys, 1):
            data = box.get_bytes(key)
            message_id = _header(data, b"message-id")
            target = Target(source.path, reply_path(base, mbox_key(message_id, data)), index)
            yield Letter(next(seq), f"{label}#{index}", data, "message.eml", _sha(data), target)
    except (OSError, mailbox.Error) as exc:
        yield Outcome(label, "failed", f"cannot read the mbox: {exc}")
    finally:
        box.close()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _headers_of(data: bytes) -> bytes:
    end = data.find(b"\n\n")
    return data[: end if end >= 0 else 8192].replace(b"\r\n", b"\n")


def _drafter_wrote(data: bytes) -> bool:
    return _header(data, DRAFTER_HEADER.lower().encode()) is not None


def _header(data: bytes, name: bytes) -> str | None:
    """One header's value from raw message bytes (cheap: no MIME parsing)."""
    for line in _headers_of(data).split(b"\n"):
        key, sep, value = line.partition(b":")
        if sep and key.strip().lower() == name:
            return value.strip().decode("utf-8", "replace") or None
    return None


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
) -> Report:
    """Bring the reply drafts of the letters under `paths` up to date (with `check`: report)."""
    run = _Run(options, settings, profile, record, progress, cwd or Path.cwd(), llm)
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

    async def run(self, paths: Sequence[Path]) -> Report:
        sources, notes = discover(paths, out=self.options.out, cwd=self.cwd)
        seq = iter(range(len(notes), 1 << 62))
        for n, note in enumerate(notes):
            self.done.append((n, note))
        pending = self._plan(sources, seq)
        if self.options.check:
            self._check(pending)
        else:
            await self._draft(pending)
            folders = {letter.target.reply.parent for letter in pending}
            self.report.removed_temps = remove_stray_temps(folders)
        self.report.outcomes = [o for _, o in sorted(self.done, key=lambda pair: pair[0])]
        return self.report

    def _finish(self, seq: int, outcome: Outcome) -> None:
        self.done.append((seq, outcome))
        if self.progress is not None:
            self.progress(len(self.done), self.total)

    def _plan(self, sources: list[Source], seq: Iterator[int]) -> list[Letter]:
        """Read every letter and keep those whose reply is missing or stale."""
        letters: list[Letter] = []
        outputs: dict[Path, str] = {}
        for source in sources:
            label = _label(source.path, self.cwd)
            base = _output_base(source, self.options.out, self.cwd)
            for item in _read(source, label, base, seq):
                if isinstance(item, Outcome):
                    self.done.append((next(seq), item))
                elif item.target.reply in outputs:
                    why = f"same reply file as {outputs[item.target.reply]}"
                    self.done.append((item.seq, Outcome(item.label, "skipped", why)))
                else:
                    outputs[item.target.reply] = item.label
                    letters.append(item)
        self.total = len(self.done) + len(letters)
        pending = []
        for letter in letters:
            found, why = state(letter.target, letter.sha256, want_eml=self.options.eml)
            if found == "current":
                self._finish(letter.seq, Outcome(letter.label, "current"))
            elif found == "edited":
                self._finish(letter.seq, Outcome(letter.label, "kept", why))
            else:
                letter.why = why or "no reply yet"
                pending.append(letter)
        return pending

    def _check(self, pending: list[Letter]) -> None:
        """`--check`: a missing or stale reply counts only if the letter is a rejection."""
        for letter in pending:
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
        online = self.settings.resolved_backend != "offline"
        queue = iter(pending)

        async def worker() -> None:
            for letter in queue:  # one shared iterator: each letter goes to one worker
                try:
                    outcome = await self._draft_one(letter, online)
                except Exception as exc:  # one bad letter never stops the others
                    why = f"unexpected error: {type(exc).__name__}: {exc}"
                    outcome = Outcome(letter.label, "failed", why)
                self._finish(letter.seq, outcome)

        workers = self.options.jobs if online else 1
        await asyncio.gather(*(worker() for _ in range(max(1, min(workers, len(pending))))))

    async def _draft_one(self, letter: Letter, online: bool) -> Outcome:
        try:
            self.report.prepared += 1
            message = load(letter.data, letter.filename)
            ctx = prepare(message, profile=self.profile, settings=self.settings)
        except NotARejectionError:
            return Outcome(letter.label, "not_rejection")
        except DrafterError as exc:
            return Outcome(letter.label, "failed", str(exc))
        if not online:
            result = draft_offline(ctx)
            self._write(result, message, letter)
        else:
            if self.llm is None:
                from .llm import adraft_with_llm

                self.llm = adraft_with_llm
            if not self.budget.reserve():
                return Outcome(letter.label, "undone", "token budget reached")
            tokens: int | None = None
            try:
                self.report.requests += 1
                result = await self.llm(ctx, self.settings, fallback=draft_offline)
                tokens = result.usage.total_tokens if result.usage is not None else None
            except DrafterError as exc:
                return Outcome(letter.label, "failed", str(exc))
            finally:
                self.budget.settle(tokens)
                self.report.tokens = self.budget.spent
            await asyncio.to_thread(self._write, result, message, letter)
        try:
            self.record(result, letter.sha256, message.message_id)
        except DrafterError as exc:
            return Outcome(letter.label, "failed", f"draft written, but not journaled: {exc}")
        note = result.warnings[0] if result.warnings else ""
        return Outcome(letter.label, "written", note)

    def _write(self, result: DraftResult, message: Message, letter: Letter) -> None:
        write_outputs(
            result, message, letter.target, source_sha256=letter.sha256, eml=self.options.eml
        )
