"""The public surface is what we mean to export, and every error is a DrafterError."""

from __future__ import annotations

import drafter

EXPECTED = {
    "BackendError", "ChecklistItem", "ConfigError", "Draft", "DraftResult", "DrafterError", "Email",
    "InputError", "Message", "NotARejectionError", "Profile", "RejectionLetter", "TemplateError",
    "Usage", "__version__", "adraft", "draft", "parse",
}


def test_exported_names_are_exactly_the_public_api():
    assert set(drafter.__all__) == EXPECTED
    for name in drafter.__all__:
        assert hasattr(drafter, name), name


def test_every_error_derives_from_drafter_error():
    for name in ("BackendError", "ConfigError", "InputError", "NotARejectionError", "TemplateError"):
        assert issubclass(getattr(drafter, name), drafter.DrafterError)
    assert drafter.NotARejectionError.exit_code == 3
    assert drafter.InputError.exit_code == 2


def test_version_matches_the_cli():
    from drafter.cli import __version__

    assert drafter.__version__ == __version__
