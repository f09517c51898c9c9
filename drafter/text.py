"""Text hygiene shared by ingest and parse: decoding bytes and removing invisible characters."""

from __future__ import annotations

import codecs
import unicodedata

from . import rx

# Zero-width, bidi-control, soft-hyphen and Unicode tag characters: invisible to the reader, so
# they must not split words, hide instructions or smuggle text into the letter.
_INVISIBLE = rx.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e007f]"
)
_SPACES = rx.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_CONTROLS = rx.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = rx.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_BLANK_RUNS = rx.compile(r"\n{3,}")

# Charsets that are not ASCII-compatible: bytes that happen to be valid UTF-8 say nothing here.
_NOT_ASCII_COMPATIBLE = (
    "utf-16",
    "utf-32",
    "utf_16",
    "utf_32",
    "utf-7",
    "utf_7",
    "iso2022",
    "iso-2022",
    "hz",
)


def clean(text: str) -> str:
    """Normalised text: NFC, plain line breaks and spaces, no invisible or control characters."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    # lone surrogates (from surrogateescape'd input) cannot be printed or encoded as JSON
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    # rstrip per line: a `[ ]+$` pattern is quadratic on long runs of spaces
    text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text)


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes in a declared, undeclared or wrongly declared charset; never raises."""
    charset = _known(declared)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if charset and charset.startswith(_NOT_ASCII_COMPATIBLE):
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        # Valid UTF-8 with non-ASCII bytes is almost never an accident, whatever the label says.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if charset and charset not in ("utf-8", "utf_8"):
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", "replace")


def _known(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except (LookupError, ValueError, TypeError):
        return None


# C0 control bytes other than tab, newline, form feed, carriage return and escape
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """Whether bytes are something other than text (NULs or many control bytes)."""
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 50)


def flat(text: str) -> str:
    """One line of text with single spaces and plain apostrophes, for phrase matching."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


_LIST_ITEM = rx.compile(r"\s*(?:[-*•>]|\d{1,2}[.)])\s")


def unwrap(text: str, width: int = 50) -> str:
    """Join prose lines that a mail client wrapped, so phrases split across lines match."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        if len(previous) >= width and line.strip() and not previous.endswith(":") and not _LIST_ITEM.match(line):
            out[-1] = f"{previous} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)
