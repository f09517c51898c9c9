"""Safe (atomic) file writes: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if expect is not None and expect.sha256 is None:
            _link_new(tmp, path)
        else:
            if expect is not None and sha256_file(path) != expect.sha256:
                raise ChangedOnDisk(f"{path.name} changed while drafter was writing it")
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
