"""A reply file's front matter: simple `key: value` lines between `---` fences, written by hand.

Strings are written as YAML double-quoted scalars using only escapes that JSON shares
(`\\"`, `\\\\`, `\\n`, `\\u00e9`-style), so any YAML reader and :func:`json.loads` read them back alike;
`null` and plain integers are written bare. Pure functions: text in, text out.
"""

from __future__ import annotations

import hashlib
import json
import re

Value = str | int | None

FENCE = "---"
# Characters YAML does not allow in a document, or reads as line breaks (YAML 1.1), are escaped.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_INT = re.compile(r"^-?[0-9]+$")


def sha256_text(text: str) -> str:
    """The hex sha256 of `text` encoded as UTF-8 (lone surrogates kept, so it never fails)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def quote(value: Value) -> str:
    """A value as a YAML scalar that JSON reads the same way."""
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    text = json.dumps(value, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def unquote(raw: str) -> Value:
    """The inverse of :func:`quote`; a bare word a person typed is kept as a string."""
    raw = raw.strip()
    if raw in ("null", "~", ""):
        return None
    if _INT.match(raw):
        return int(raw)
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        try:
            value = json.loads(raw)
        except ValueError:
            return raw
        return value if isinstance(value, str) else raw
    if raw.startswith("'") and raw.endswith("'") and len(raw) >= 2:
        return raw[1:-1].replace("''", "'")
    return raw


def render(fields: dict[str, Value], body: str) -> str:
    """A document: the fields as front matter, then `body` exactly as given."""
    lines = [FENCE]
    for key, value in fields.items():
        if not _KEY.match(key):
            raise ValueError(f"not a front matter key: {key!r}")
        lines.append(f"{key}: {quote(value)}")
    lines.append(FENCE)
    return "\n".join(lines) + "\n" + body


def split(text: str) -> tuple[dict[str, Value], str] | None:
    """(fields, body) of a document written by :func:`render`, or None if it has no front matter."""
    if not text.startswith(FENCE + "\n"):
        return None
    end = text.find("\n" + FENCE + "\n", len(FENCE))
    if end < 0:
        return None
    fields: dict[str, Value] = {}
    for line in text[len(FENCE) + 1 : end].split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, raw = line.partition(":")
        if not sep or not _KEY.match(key.strip()):
            return None
        fields[key.strip()] = unquote(raw)
    return fields, text[end + len(FENCE) + 2 :]
