"""Reading the letter a command was given: a file, `-` for stdin, or a paste on a terminal."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from ...errors import InputError
from ..term import BOLD, paint, unicode_ok

TYPE_CHECKING = False  # the reader and the models are imported when a letter is read, not for --help
if TYPE_CHECKING:
    from ...models import Message

PASTE_PROMPT = "Paste the rejection letter, then press Ctrl-D (on Windows: Ctrl-Z, then Enter):"


def read_letter(file: str | None, *, then: str | None = "your draft") -> Message:
    """The letter from FILE, or from stdin for `-` or no FILE (prompting on a terminal).

    `then` titles the rule printed under a paste, above what the command prints; with None the
    command prints it (`print_rule`) when it is ready to, after any question it asks first.
    """
    from ...api import load
    from ...ingest.reader import MAX_MAIL_BYTES

    if file not in (None, "-"):
        return load(Path(file))
    if sys.stdin is None:  # `<&-`
        raise InputError("standard input is closed: give the letter as a FILE, or pipe it in")
    try:
        if pasting(file) and os.name != "nt":
            return load(read_paste(sys.stdin.fileno(), then))
        if pasting(file):
            print(PASTE_PROMPT, file=sys.stderr)
        data = sys.stdin.buffer.read(MAX_MAIL_BYTES + 1)  # a message on stdin may carry attachments
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc}") from None
    if len(data) > MAX_MAIL_BYTES:  # not read to the end: say how large it is only when known
        size = _stdin_size()
        shown = f"{size:,} bytes" if size is not None else f"more than {MAX_MAIL_BYTES:,} bytes"
        raise InputError(f"input is too large ({shown}; the limit is {MAX_MAIL_BYTES:,})")
    if pasting(file) and then is not None:
        print_rule(then)
    return load(data)


def _stdin_size() -> int | None:
    """The size of stdin when it is a file (`< letter.eml`); None for a pipe or a device."""
    try:
        info = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def pasting(file: str | None) -> bool:
    """Whether the letter is pasted at a terminal (no FILE, and stdin is a terminal)."""
    try:
        return file is None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def read_paste(fd: int, then: str | None = "your draft") -> bytes:
    """A letter pasted on the terminal `fd`, up to the first Ctrl-D, then a rule under it.

    On a terminal Ctrl-D ends the input only at the start of a line; after a paste without a
    final newline it just hands over that last line, and a second Ctrl-D would be needed. A
    read that returns a line without its newline is exactly that hand-over (the terminal always
    ends a line it sends on Enter with one), so it ends the paste too: one Ctrl-D is enough.
    """
    from ...ingest.reader import MAX_BYTES

    sys.stderr.write(paint(PASTE_PROMPT, BOLD, sys.stderr) + "\n")  # one write: the prompt and its line end
    sys.stderr.flush()
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if not chunk.endswith(b"\n"):
            break
    data = b"".join(chunks)
    if data and not data.endswith(b"\n"):
        sys.stderr.write("\n")  # what follows starts on a line of its own, not glued to the letter
    if then is None:
        sys.stderr.flush()
    else:
        print_rule(then)
    return data


def print_rule(then: str) -> None:
    """A clear break between the pasted letter and what follows it: a blank line and a titled rule."""
    line = "─" if unicode_ok(sys.stderr) else "-"
    rule = f"{line * 2} {then} " + line * max(3, 54 - len(then))
    print(f"\n{paint(rule, BOLD, sys.stderr)}", file=sys.stderr, flush=True)
