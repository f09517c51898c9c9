"""Where the built-in prompt and output templates live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def builtin_dir(name: str) -> Path:
    """The built-in `prompts` or `templates` folder.

    In a wheel they are mapped into the package; in a source checkout (editable install)
    they sit at the top of the repository, next to the package.
    """
    packaged = Path(str(files("drafter"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
