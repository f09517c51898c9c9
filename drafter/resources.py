"""Where the built-in prompt and output templates live, installed or in a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def builtin_dir(name: str) -> Path:
    """The built-in `prompts` or `templates` folder.

    In a wheel they are mapped into the package; in a source checkout (editable install)
    they sit at the top of the repository, next to the package. (The package's own folder is
    what `importlib.resources.files("drafter")` names for a package on disk, without importing
    and running its readers on every start.)
    """
    packaged = Path(__file__).parent / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
