"""Safe (atomic) file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

# Where there are no file locks, a temporary file this old is taken as left by a killed run.
STALE_AFTER_SECONDS = 3600


@dataclass(frozen=True)
class Unchanged:
    """Write only if the file is still what was read: bytes with this sha256, or no file (None)."""

    sha256: str | None


class ChangedOnDisk(Exception):
    """The file changed after it was read (someone edited it): the new text was not written."""


def sha256_file(path: Path) -> str | None:
    """The hex sha256 of the file's bytes, or None when there is no file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


# Most file systems allow 255 bytes a name; the temporary name adds `.`, `.` and 8 + 4 characters.
_LONG_NAME = 200


def temp_prefix(name: str) -> str:
    """`.<name>.`, or for a long name its start and end around a `~`, so the temporary name fits."""
    if _size(name) <= _LONG_NAME:
        return f".{name}."
    head = name[:80]
    while _size(head) > 80:  # the name's bytes count, and a character can take up to four
        head = head[:-1]
    return f".{head}~{name[-20:]}."


def _size(name: str) -> int:
    return len(name.encode("utf-8", "surrogateescape"))


def atomic_write(path: Path, text: str, *, expect: Unchanged | None = None) -> None:
    """Write `text` to `path` via a temporary file and a rename in the same folder.

    With `expect`, the file is checked again just before the rename and left as it is (raising
    :class:`ChangedOnDisk`) if it is no longer what was read, so an edit made meanwhile is kept.
    """
    with open_atomic(path, expect=expect) as fh:
        fh.write(text)


@contextmanager
def open_atomic(path: Path, *, expect: Unchanged | None = None) -> Iterator[TextIO]:
    """A text file that appears at `path` whole, when the block ends without an error, or not at all.

    The temporary file is locked (`flock`) from its creation to its rename, so another process's
    :func:`remove_if_stale` never takes a live one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _locked_temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", closefd=False) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if fcntl is None:  # Windows cannot rename an open file; no lock to hold there anyway
            os.close(fd)
            fd = -1
        if expect is not None and expect.sha256 is None:
            _link_new(tmp, path)
        else:
            if expect is not None and sha256_file(path) != expect.sha256:
                raise ChangedOnDisk(f"{path.name} changed while drafter was writing it")
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        if fd >= 0:
            os.close(fd)


def _locked_temp(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, locked; made again if a clean-up took it first."""
    while True:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
        if fcntl is None:
            return fd, tmp
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:  # a file system without locks: clean-ups go by the file's age there
            return fd, tmp
        if os.fstat(fd).st_nlink:  # still there: from now on no clean-up can take it
            return fd, tmp
        os.close(fd)  # removed between its creation and the lock, as a killed run's would be


def _lock_if_free(fd: int, info: os.stat_result) -> bool:
    """Take the temporary file's lock if no writer holds it; without locks, judge by its age."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:  # held: a writer is at work on it
            return False
        except OSError:  # no locks on this file system
            pass
    return time.time() - info.st_mtime >= STALE_AFTER_SECONDS


def remove_if_stale(path: Path) -> bool:
    """Delete a temporary file left by a killed process; never one a live writer holds.

    A temporary file is stale when no process holds its lock (where there are no locks: when it
    is older than :data:`STALE_AFTER_SECONDS`). Returns whether it was removed.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return False
        if not _lock_if_free(fd, info):
            return False
        if os.lstat(path).st_ino != info.st_ino:  # renamed meanwhile, another file there now
            return False
        os.unlink(path)  # with the lock held: a writer that locks it next sees it gone
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _link_new(tmp: str, path: Path) -> None:
    """Put `tmp` at `path` only if nothing is there: a hard link cannot replace a file."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ChangedOnDisk(f"{path.name} appeared while drafter was writing it") from None
    except OSError:  # no hard links here (some network and FAT file systems): check, then rename
        if os.path.lexists(path):
            raise ChangedOnDisk(f"{path.name} appeared while drafter was writing it") from None
        os.replace(tmp, path)
        return
    os.unlink(tmp)
