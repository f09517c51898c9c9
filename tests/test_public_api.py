"""The public surface is what we mean to export, and every error is a DrafterError."""

from __future__ import annotations

import drafter

EXPECTED = {
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


def test_the_library_functions_survive_loading_the_stage_modules():
    # `drafter.parse` is a plain function; loading the stage packages (as batch and the CLI do)
    # must leave it and the other library functions in place
    import importlib
    import types

    for stage in ("ingest", "parsing", "drafting", "llm", "output", "batch", "journal", "cli"):
        assert isinstance(importlib.import_module(f"drafter.{stage}"), types.ModuleType)
    importlib.import_module("drafter.parsing.letter")
    assert callable(drafter.parse)
    assert drafter.parse("Dear Jo,\n\nWe will not move forward with your application.\n\nKim").is_rejection
    assert callable(drafter.draft) and callable(drafter.adraft)


def test_the_command_line_loads_the_pipeline_only_for_commands_that_need_it():
    import subprocess
    import sys

    heavy = ("pydantic", "jinja2", "drafter.api")
    code = f"import sys, drafter.cli; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_saved_profile_is_passed_to_the_library_as_the_readme_shows(isolated_env):
    from drafter.cli import main

    letter = "Dear Jo,\n\nThank you for applying to Lumen Labs. We will not move forward with your application.\n\nKim"
    assert main(["config", "set", "name", "Alex Morgan"]) == 0
    assert main(["config", "set", "tone", "formal"]) == 0
    profile = drafter.load_profile()
    assert (profile.name, profile.tone) == ("Alex Morgan", "formal")
    signed = drafter.draft(letter, profile=profile, backend="offline").email.body
    assert signed.rstrip().endswith("Alex Morgan")
    # the library itself reads no config file: without the profile the draft is not signed with it
    assert "Alex Morgan" not in drafter.draft(letter, backend="offline").email.body
