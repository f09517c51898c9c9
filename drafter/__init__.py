"""drafter: turn a job-rejection letter into a polite feedback-request email and a reflection checklist.

    >>> import drafter
    >>> result = drafter.draft(letter_text)          # offline unless an LLM is configured
    >>> print(result.email.body)
"""

from .api import adraft, draft, parse
from .errors import (
    BackendError,
    ConfigError,
    DrafterError,
    InputError,
    NotARejectionError,
    TemplateError,
)
from .models import (
    ChecklistItem,
    Draft,
    DraftResult,
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
    "DrafterError",
    "Email",
    "InputError",
    "Message",
    "NotARejectionError",
    "Profile",
    "RejectionLetter",
    "TemplateError",
    "Usage",
    "__version__",
    "adraft",
    "draft",
    "parse",
]
