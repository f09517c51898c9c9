"""Changing one key of the saved profile, keeping the rest of the user's config file as written.

The file is edited line by line (comments and order stay), the result is read back and must
hold exactly the profile intended, and only then is it written, atomically. A file too unusual
to edit this way (multi-line strings, a `[profile.sign_off]` table) is left alone with a message.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from ...config import PROFILE_SECTION, read_profile_table, validate_profile
from ...errors import ConfigError
from ...models import Profile
from ...output.files import atomic_write

LANGUAGES = ("en", "de", "fr", "es", "nl", "pt", "it")
_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(#.*)?$")


def settable_keys() -> list[str]:
    """Every key `drafter config set` takes: the profile's, and `sign_off.<language>`."""
    return [*Profile.model_fields, *(f"sign_off.{lang}" for lang in LANGUAGES)]


def set_value(path: Path, key: str, value: str | None) -> Profile:
    """Set (or with None, remove) `key` in the profile saved at `path`; returns the new profile."""
    if key not in settable_keys():
        raise ConfigError(f"unknown profile key {key!r} (known: {', '.join(settable_keys())})")
    data = read_profile_table(path)
    wanted = _updated(data, key, value)
    profile = validate_profile(wanted, path)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    new_text = _edit(text, key, value, data)
    try:
        written = tomllib.loads(new_text).get(PROFILE_SECTION, {})
    except tomllib.TOMLDecodeError:
        written = None
    if written != wanted:
        raise ConfigError(f"cannot change {key!r} in {path} safely; please edit the file by hand")
    atomic_write(path, new_text)
    return profile


def _updated(data: dict[str, object], key: str, value: str | None) -> dict[str, object]:
    wanted = dict(data)
    if key.startswith("sign_off."):
        lang = key.split(".", 1)[1]
        current = wanted.get("sign_off")
        table = dict(current) if isinstance(current, dict) else {}
        if isinstance(current, str):
            raise ConfigError(
                f"sign_off is one line for every language ({current!r}); "
                "remove it first with `drafter config unset sign_off`"
            )
        if value is None:
            table.pop(lang, None)
        else:
            table[lang] = value
        if table:
            wanted["sign_off"] = table
        else:
            wanted.pop("sign_off", None)
    elif value is None:
        wanted.pop(key, None)
    else:
        wanted[key] = value
    return wanted


def _edit(text: str, key: str, value: str | None, data: dict[str, object]) -> str:
    lines = text.splitlines()
    start, end = _section(lines)
    if key == "sign_off" and isinstance(data.get("sign_off"), dict):
        # one line for every language replaces the per-language ones
        lines[start:end] = [ln for ln in lines[start:end] if not _assigns(ln, "sign_off.")]
        start, end = _section(lines)
    new_line = None if value is None else f"{key} = {json.dumps(value, ensure_ascii=False)}"
    if start < 0:
        if new_line is None:
            return text
        body = "\n".join(lines).rstrip("\n")
        return (body + "\n\n" if body else "") + f"[{PROFILE_SECTION}]\n{new_line}\n"
    for i in range(start + 1, end):
        if _assigns(lines[i], key):
            if new_line is None:
                del lines[i]
            else:
                lines[i] = new_line
            return "\n".join(lines) + "\n"
    if new_line is not None:
        last = max((i for i in range(start, end) if lines[i].strip()), default=start)
        lines.insert(last + 1, new_line)
    return "\n".join(lines) + "\n"


def _section(lines: list[str]) -> tuple[int, int]:
    """The index of the `[profile]` header and of the line after its table (-1, -1 if none)."""
    start = next((i for i, ln in enumerate(lines) if _is_header(ln, PROFILE_SECTION)), -1)
    if start < 0:
        return -1, -1
    end = next((i for i in range(start + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    return start, end


def _is_header(line: str, name: str) -> bool:
    match = _HEADER.match(line)
    return bool(match) and match.group(1) == name if match else False


def _assigns(line: str, key: str) -> bool:
    """Whether `line` sets `key` (or, for a key ending in ".", any key under it)."""
    stripped = line.lstrip()
    if key.endswith("."):
        return bool(re.match(re.escape(key) + r"\w+\s*=", stripped))
    return bool(re.match(re.escape(key) + r"\s*=", stripped))
