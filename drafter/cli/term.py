"""The terminal: colour only where a person reads it, and text a narrow encoding can show.

Colour is plain ANSI escapes (no library), used only when the stream is a terminal, `NO_COLOR`
is unset and `TERM` is not `dumb` (https://no-color.org). A stream whose encoding cannot show
the box-drawing and block characters (cp1252 consoles, a Windows redirect, `PYTHONIOENCODING`)
gets ASCII stand-ins instead of a UnicodeEncodeError.
"""

from __future__ import annotations

import os
import sys

# `typing` costs ~2 ms to import and `drafter --help` needs none of it (the annotations are strings)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

BOLD, YELLOW, RED, DIM, RESET = "\033[1m", "\033[33m", "\033[31m", "\033[2m", "\033[0m"

# box drawing and blocks -> ASCII; anything else the encoding lacks becomes "?"
_ASCII = str.maketrans(
    {
        "─": "-",
        "━": "=",
        "│": "|",
        "█": "#",
        "▉": "#",
        "▊": "#",
        "▋": "#",
        "▌": "+",
        "▍": "+",
        "▎": "+",
        "▏": "+",
        "…": "...",
        "–": "-",
        "—": "-",
        "·": "-",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
    }
)


def colour_on(stream: TextIO) -> bool:
    """Whether to colour text written to `stream`."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def paint(text: str, code: str, stream: TextIO) -> str:
    """`text` in the colour `code` when `stream` is a terminal that takes colour."""
    return f"{code}{text}{RESET}" if colour_on(stream) else text


def unicode_ok(stream: TextIO) -> bool:
    """Whether `stream` can show the box-drawing characters drafter uses for rules."""
    if not getattr(stream, "encoding", None):
        return True  # an in-memory stream (io.StringIO) holds any text
    try:
        "─█▏".encode(stream.encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def showable(text: str, stream: TextIO) -> str:
    """`text` as `stream`'s encoding can show it: ASCII rules and blocks where it must."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return text
    try:
        text.encode(encoding)
    except LookupError:
        return text
    except UnicodeEncodeError:
        text = text.translate(_ASCII)
        return text.encode(encoding, "replace").decode(encoding)
    return text


def out(text: str) -> None:
    """Write `text` to stdout as its encoding can show it."""
    sys.stdout.write(showable(text, sys.stdout))


def out_json(text: str) -> None:
    """Write JSON text to stdout; characters its encoding lacks become `\\u` escapes (`\\u00e9`) (still JSON)."""
    encoding = getattr(sys.stdout, "encoding", None)
    if encoding:
        try:
            text.encode(encoding)
        except LookupError:
            pass
        except UnicodeEncodeError:
            # outside strings JSON is ASCII, so only string contents are escaped, losslessly
            text = "".join(c if _encodes(c, encoding) else _escape(c) for c in text)
    sys.stdout.write(text)


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# Control characters (C0, DEL, C1) and the bidirectional overrides a file name may carry: printed
# as is, they move the cursor, recolour the terminal or reorder the line a user reads.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {
    c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C)
}


def escaped(text: str) -> str:
    """`text` with control characters and bidi overrides written as escapes (`\\x1b`); one line."""
    return text.translate(_CONTROLS)


def say(text: str, *, level: str = "") -> None:
    """One `drafter: ...` line on stderr; `level` is "warning" or "error" (coloured on a terminal)."""
    text = escaped(text)
    prefix = "drafter: "
    if level:
        prefix += paint(f"{level}:", YELLOW if level == "warning" else RED, sys.stderr) + " "
    sys.stderr.write(showable(f"{prefix}{text}\n", sys.stderr))
