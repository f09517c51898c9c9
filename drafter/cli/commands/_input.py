"""Reading the letter a command was given: a file, `-` for stdin, or a paste on a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from ...api import load
from ...errors import InputError
from ...ingest.reader import MAX_BYTES
from ...models import Message

PASTE_PROMPT = "Paste the rejection letter, then press Ctrl-D on a new line (Ctrl-Z Enter on Windows):"


def read_letter(file: str | None) -> Message:
    """The letter from FILE, or from stdin for `-` or no FILE (prompting on a terminal)."""
    if file not in (None, "-"):
        return load(Path(file))
    if file is None and sys.stdin.isatty():
        print(PASTE_PROMPT, file=sys.stderr)
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc}") from None
    return load(data)
