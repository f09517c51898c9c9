"""Finding the letters under the paths given to `drafter batch` and reading them (mbox: by message).

Folders are walked recursively, skipping hidden folders and files, drafter's own output and the
`--out` folder; each letter is read once, as bytes, and hashed. Nothing here parses a letter.

A folder with `cur/` and `new/` is a Maildir (mbsync, offlineimap, mutt, aerc, notmuch): it is
read message by message, as an mbox is, and its replies go beside the folder, never inside it
(a mail client would take a file in `cur/` for a message). A message of either is named after
its date and subject (`Rejections.mbox.2026-11-03-your-application-at-lumen-labs.reply.md`).
"""

from __future__ import annotations

import hashlib
import mailbox
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import InputError
from ..ingest.reader import MAX_MAIL_BYTES, read_file
from ..text import looks_binary
from .reply_files import DRAFTER_HEADER, Seen, Target, is_own_output, mbox_key, reply_path

LETTER_SUFFIXES = frozenset({".eml", ".txt", ".md", ".html", ".htm", ".mbox"})
MBOX_SUFFIX = ".mbox"
_KINDS = ".eml .txt .md .html .mbox"

Status = Literal[
    "written",
    "eml_added",  # an .eml draft made from a reply edited by hand (the reply is kept as it is)
    "current",
    "journaled",
    "kept",
    "not_rejection",
    "unclear",
    "skipped",
    "failed",
    "stale",
    "undone",
]


@dataclass(frozen=True)
class Outcome:
    """How one letter (or one path given) ended: a status and, when it helps, why."""

    label: str
    status: Status
    detail: str = ""


@dataclass
class Letter:
    """One letter to consider: a file, or one message of an mbox."""

    seq: int  # its place in the report
    label: str
    data: bytes
    filename: str  # only its extension matters to ingest
    sha256: str
    target: Target
    why: str = ""
    seen: Seen | None = None  # what was on disk when the run planned this letter


def collect(paths: Sequence[Path], *, out: Path | None, cwd: Path) -> tuple[list[Letter], list[tuple[int, Outcome]]]:
    """Every letter under `paths`, read, plus notes (numbered like the letters) on the rest."""
    sources, skipped = discover(paths, out=out, cwd=cwd)
    seq = iter(range(1 << 62))
    notes = [(next(seq), note) for note in skipped]
    letters: list[Letter] = []
    outputs: dict[Path, str] = {}
    for source in sources:
        base = _output_base(source, out, cwd)
        for item in _read(source, _label(source.path, cwd), base, seq):
            if isinstance(item, Outcome):
                notes.append((next(seq), item))
            elif item.target.reply in outputs:
                why = f"same reply file as {outputs[item.target.reply]}"
                notes.append((item.seq, Outcome(item.label, "skipped", why)))
            else:
                outputs[item.target.reply] = item.label
                letters.append(item)
    return letters, notes


@dataclass(frozen=True)
class Source:
    path: Path
    root: Path  # what the output tree mirrors from when the file is outside the working folder


def _is_letter(name: str) -> bool:
    return not is_own_output(name) and Path(name).suffix.lower() in LETTER_SUFFIXES


def discover(paths: Sequence[Path], *, out: Path | None = None, cwd: Path) -> tuple[list[Source], list[Outcome]]:
    """Letter files under `paths` (folders recursively, hidden folders skipped), sorted, unique."""
    found: dict[Path, Source] = {}
    notes: list[Outcome] = []
    out_abs = _abs(out, cwd) if out is not None else None
    for given in paths:
        path = _abs(given, cwd)
        label = _label(path, cwd)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                if is_maildir(Path(folder)):
                    found.setdefault(Path(folder), Source(Path(folder), path))
                    dirs[:] = []  # its messages are read through the Maildir (its `.Sub` folders are hidden)
                    continue
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(folder, d) != out_abs)
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


def is_maildir(folder: Path) -> bool:
    """Whether `folder` is a Maildir: it holds `cur/` and `new/` (`tmp/` is often left out of syncs)."""
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _read(source: Source, label: str, base: Path, seq: Iterator[int]) -> Iterator[Letter | Outcome]:
    if source.path.suffix.lower() == MBOX_SUFFIX:
        yield from _read_mbox(source, label, base, seq)
        return
    if source.path.is_dir():
        yield from _read_maildir(source, label, base, seq)
        return
    try:
        info = os.stat(source.path)
    except OSError as exc:
        yield Outcome(label, "failed", f"cannot read: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(info.st_mode):  # a FIFO would hang the run, a device never ends
        yield Outcome(label, "skipped", "not a regular file")
        return
    try:
        data = read_file(source.path)  # its name decides the limit: mail may carry attachments
    except InputError as exc:
        yield Outcome(label, "failed", str(exc).replace(f"{source.path}", "file"))
        return
    if b"\x00" in data[:8192]:
        yield Outcome(label, "skipped", "binary file")
        return
    if source.path.suffix.lower() == ".eml" and _drafter_wrote(data):
        return
    target = Target(source.path, reply_path(base))
    yield Letter(next(seq), label, data, source.path.name, _sha(data), target)


def _read_mbox(source: Source, label: str, base: Path, seq: Iterator[int]) -> Iterator[Letter | Outcome]:
    try:
        if not stat.S_ISREG(os.stat(source.path).st_mode):
            yield Outcome(label, "skipped", "not a regular file")
            return
        with open(source.path, "rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        yield Outcome(label, "failed", f"cannot read: {exc.strerror or exc}")
        return
    if looks_binary(head):  # the mbox reader would take a file of zeros for one endless line
        yield Outcome(label, "skipped", "binary file")
        return
    yield from _read_box(source, label, base, seq, "mbox")


def _read_maildir(source: Source, label: str, base: Path, seq: Iterator[int]) -> Iterator[Letter | Outcome]:
    yield from _read_box(source, label, base, seq, "Maildir")


def _read_box(source: Source, label: str, base: Path, seq: Iterator[int], kind: str) -> Iterator[Letter | Outcome]:
    """Every message of an mbox or a Maildir, in the order mail came."""
    box: mailbox.Mailbox
    try:
        if kind == "mbox":
            box = mailbox.mbox(source.path, create=False)
            keys = box.keys()
        else:
            box = mailbox.Maildir(source.path, factory=None, create=False)
            # delivery names start with the time received: sorted, they are in the order mail came
            keys = sorted(box.keys())
    except (OSError, mailbox.Error) as exc:
        yield Outcome(label, "failed", f"cannot read the {kind}: {exc}")
        return
    if not keys:
        yield Outcome(label, "skipped", f"no messages in the {kind}")
    try:
        yield from _messages(source, label, base, seq, box, keys)
    except (OSError, mailbox.Error) as exc:
        yield Outcome(label, "failed", f"cannot read the {kind}: {exc}")
    finally:
        box.close()


def _messages(
    source: Source, label: str, base: Path, seq: Iterator[int], box: mailbox.Mailbox, keys: list[str]
) -> Iterator[Letter | Outcome]:
    taken: set[str] = set()
    for index, key in enumerate(keys, 1):
        data = _message_bytes(box, key)
        if data is None:
            too_large = f"message is too large (more than {MAX_MAIL_BYTES:,} bytes)"
            yield Outcome(f"{label}#{index}", "failed", too_large)
            continue
        if _empty_message(data):  # a mail client's placeholder, or a message cut off: nothing to answer
            yield Outcome(f"{label}#{index}", "skipped", "empty message")
            continue
        name = message_name(data, taken, base)
        target = Target(source.path, reply_path(base, name), index)
        yield Letter(next(seq), f"{label}#{index} ({name})", data, "message.eml", _sha(data), target)


def _empty_message(data: bytes) -> bool:
    """No bytes, or headers with no text below them (cheap unless there is no blank line)."""
    if not data.strip():
        return True
    _, _, body = data.partition(b"\n\n")
    if body.strip():
        return False
    import email.parser

    # headers only, or text with no blank line in it: the parser tells which
    parsed = email.parser.BytesParser().parsebytes(data)
    if parsed.is_multipart():
        return False
    payload = parsed.get_payload(decode=True)
    return not (payload.strip() if isinstance(payload, bytes) else payload)


def message_name(data: bytes, taken: set[str], base: Path) -> str:
    """A message's name in its reply file: its date and subject, unique among `taken` (then added).

    `2026-11-03-your-application-at-lumen-labs`; a later message with the same date and subject
    gets a short suffix from its Message-ID. One with neither date nor subject keeps the hash key
    (`mbox_key`), and so does a message whose reply an older drafter wrote under that key.
    """
    message_id = _header(data, b"message-id")
    legacy = mbox_key(message_id, data)
    if reply_path(base, legacy).exists():
        return legacy
    subject, date = _subject_and_date(data)
    name = "-".join(part for part in (date, _slug(subject)) if part) or legacy
    if name in taken:
        name = f"{name}-{legacy[:6]}"
    taken.add(name)
    return name


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv|rv|antw|enc|r|i)\s*:\s*)+", re.IGNORECASE)


def _slug(text: str | None, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, at most `limit` characters, whole words only."""
    if not text:
        return ""
    text = _REPLY_PREFIX.sub("", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word[:limit]
    return slug


def _subject_and_date(data: bytes) -> tuple[str | None, str | None]:
    """The decoded Subject and the Date as YYYY-MM-DD (None where missing or unreadable)."""
    import email.header
    import email.parser
    import email.utils

    try:
        headers = email.parser.BytesHeaderParser().parsebytes(data[:65536])
        raw_subject, raw_date = headers.get("subject"), headers.get("date")
    except Exception:  # the header parser is lenient, but a defect can still escape it
        return None, None
    subject = None
    if raw_subject:
        try:
            subject = str(email.header.make_header(email.header.decode_header(str(raw_subject))))
        except Exception:  # a malformed encoded word: keep the raw text
            subject = str(raw_subject)
    date = None
    if raw_date:
        try:
            date = email.utils.parsedate_to_datetime(str(raw_date)).strftime("%Y-%m-%d")
        except (TypeError, ValueError, IndexError, OverflowError):
            date = None
    return subject, date


def _message_bytes(box: mailbox.Mailbox, key: str) -> bytes | None:
    """One message's bytes as `get_bytes` gives them, reading at most the limit (None past it)."""
    with box.get_file(key) as fh:
        data = fh.read(MAX_MAIL_BYTES + 1)
    if len(data) > MAX_MAIL_BYTES:
        return None
    return data.replace(os.linesep.encode(), b"\n")


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
