"""Putting text on the system clipboard with the tool the platform has (no library needed)."""

from __future__ import annotations

import shutil
import subprocess

# tried in this order; one that is installed but fails (wl-copy under X, xclip with no display)
# hands over to the next
TOOLS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("pbcopy", (), "utf-8"),
    ("wl-copy", (), "utf-8"),
    ("xclip", ("-selection", "clipboard"), "utf-8"),
    ("clip.exe", (), "utf-16"),  # Windows and WSL; UTF-16 with a BOM keeps accents intact
)


def copy(text: str) -> str | None:
    """Copy `text` to the clipboard; the name of the tool that did it, or None if none could."""
    for name, args, encoding in TOOLS:
        path = shutil.which(name)
        if path is None:
            continue
        try:
            done = subprocess.run(
                [path, *args],
                input=text.encode(encoding),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=10,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return name
    return None


def tool_names() -> str:
    return ", ".join(name for name, _, _ in TOOLS)
