"""Every error drafter raises on purpose derives from :class:`DrafterError`.

    DrafterError                  exit code 2 unless stated
    ├── InputError                the letter cannot be read (empty, binary, too large, missing file)
    ├── NotARejectionError        the message is not a rejection (exit 3)
    ├── ConfigError               a setting, profile or template is wrong
    │   └── TemplateError         a prompt or output template is broken or missing
    ├── BackendError              the LLM backend failed for good (after retries)
    └── JournalError              the journal cannot be opened, read or written

The CLI prints ``str(error)`` on one line and exits with ``error.exit_code``.
"""

from __future__ import annotations


class DrafterError(Exception):
    """Base class of every error drafter raises on purpose."""

    exit_code = 2


class InputError(DrafterError):
    """The input cannot be read as a letter."""


class NotARejectionError(DrafterError):
    """The message does not tell the candidate they will not proceed."""

    exit_code = 3

    def __init__(self, message: str, kind: str = "unclear") -> None:
        super().__init__(message)
        self.kind = kind  # what the message is instead, as `RejectionLetter.kind` names it


class ConfigError(DrafterError):
    """A setting, profile or template is invalid."""


class TemplateError(ConfigError):
    """A prompt or output template is missing, malformed or fails to render."""


class BackendError(DrafterError):
    """The LLM backend could not produce an answer."""


class JournalError(DrafterError):
    """The journal database cannot be opened, read or written, or an entry does not exist."""
