"""Reading the letter a command was given: a file, `-` for stdin, or a paste on a terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ...api import load
from ...errors import InputError
from ...ingest.reader import MAX_BYTES
from ...models import Message
from ..term import BOLD, paint, unicode_ok

PASTE_PROMPT = "Paste the rejection letter, then press Ctrl-D (on Windows: Ctrl-Z, then Enter):"


def read_letter(file: str | None, *, then: str = "your draft") -> Message:
    """The letter from FILE, or from stdin for `-` or no FILE (prompting on a terminal).

    `then` titles the rule printed under a paste, above what the command prints.
    """
    if file not in (None, "-"):
        return load(Path(file))
    if sys.stdin is None:  # `<&-`
        raise InputError("standard input is closed: give the letter as a FILE, or pipe it in")
    try:
        if file is None and sys.stdin.isatty() and os.name != "nt":
            return load(read_paste(sys.stdin.fileno(), then))
        if file is None and sys.stdin.isatty():
            print(PASTE_PROMPT, file=sys.stderr)
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc}") from None
    return load(data)


def read_paste(fd: int, then: str = "your draft") -> bytes:
    """A letter pasted on the terminal `fd`, up to the first Ctrl-D, then a rule under it.

    On a terminal Ctrl-D ends the input only at the start of a line; after a paste without a
    final newline it just hands over that last line, and a second Ctrl-D would be needed. A
    read that returns a line without its newline is exactly that hand-over (the terminal always
    ends a line it sends on Enter with one), so it ends the paste too: one Ctrl-D is enough.
    """
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
    end_of_line = "" if not data or data.endswith(b"\n") else "\n"
    # a clear break between the pasted letter and the draft that follows it
    line = "─" if unicode_ok(sys.stderr) else "-"
    rule = f"{line * 2} {then} " + line * max(3, 54 - len(then))
    print(f"{end_of_line}\n{paint(rule, BOLD, sys.stderr)}", file=sys.stderr, flush=True)
    return data
