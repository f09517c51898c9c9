"""Asking the person at the terminal: their name, once, and whether to save it in the profile."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ...errors import DrafterError
from ..term import BOLD, paint, say


def can_ask() -> bool:
    """Whether a person is at the terminal: stdin and stderr are both a terminal."""
    try:
        return sys.stdin.isatty() and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def ask(question: str) -> str | None:
    """One line typed at the terminal, stripped; None at Ctrl-D."""
    sys.stderr.write(paint(question, BOLD, sys.stderr) + " ")
    sys.stderr.flush()
    chunks: list[bytes] = []
    while True:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            if not chunks:
                sys.stderr.write("\n")
                return None
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    return b"".join(chunks).decode(sys.stdin.encoding or "utf-8", "replace").strip()


def ask_name(suggestion: str | None, config_file: Path) -> str | None:
    """Ask for the name to sign with (the letter's, if it gave one, on Enter); offer to save it."""
    hint = f" [{suggestion}]" if suggestion else " (Enter to leave the email unsigned)"
    answer = ask(f"Your name, to sign the email{hint}:")
    if answer is None:
        return suggestion
    name = answer or suggestion
    if not name:
        return None
    save = ask(f"Save {name!r} in your profile ({config_file}) for next time? [Y/n]")
    if save is not None and save.casefold() in ("", "y", "yes"):
        from ._profile import set_value  # the profile file's reader and writer, only to save

        try:
            set_value(config_file, "name", name)
        except DrafterError as exc:
            say(f"the name was not saved: {exc}", level="warning")
        else:
            say('saved; change it with: drafter config set name "..."')
    return name
