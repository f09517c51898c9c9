"""drafter: turn a job-rejection letter into a polite feedback-request email and a reflection checklist.

    >>> import drafter
    >>> result = drafter.draft(letter_text)          # offline unless an LLM is configured
    >>> print(result.email.body)

The pipeline (pydantic models, parser, templates) is imported on first use of a name below, so
that `import drafter.cli` and the commands that do not draft start without it.
"""

from __future__ import annotations

import importlib

from .errors import (
    BackendError,
    ConfigError,
    DrafterError,
    InputError,
    JournalError,
    NotARejectionError,
    TemplateError,
)

# `typing` costs ~2 ms to import and `drafter --help` needs none of it (the annotations are strings)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .api import adraft, draft, parse
    from .config import load_profile
    from .models import (
        ChecklistItem,
        Draft,
        DraftResult,
        DraftWarning,
        Email,
        Message,
        Profile,
        RejectionLetter,
        Usage,
    )

__version__ = "0.1.0"

__all__ = [
    "BackendError",
    "ChecklistItem",
    "ConfigError",
    "Draft",
    "DraftResult",
    "DraftWarning",
    "DrafterError",
    "Email",
    "InputError",
    "JournalError",
    "Message",
    "NotARejectionError",
    "Profile",
    "RejectionLetter",
    "TemplateError",
    "Usage",
    "__version__",
    "adraft",
    "draft",
    "load_profile",
    "parse",
]

# public name -> the module that defines it, imported on first access (PEP 562)
_LAZY = {
    **dict.fromkeys(("adraft", "draft", "parse"), "api"),
    "load_profile": "config",
    **dict.fromkeys(
        (
            "ChecklistItem",
            "Draft",
            "DraftResult",
            "DraftWarning",
            "Email",
            "Message",
            "Profile",
            "RejectionLetter",
            "Usage",
        ),
        "models",
    ),
}


def __getattr__(name: str) -> object:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'drafter' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
