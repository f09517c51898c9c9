"""The bundled examples: drafts in examples/drafts/ are exactly what drafter prints for them now."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from drafter.cli import main

from .conftest import EXAMPLES


def regenerate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", EXAMPLES / "regenerate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_drafts_are_current() -> None:
    expected = regenerate_module().expected_files()
    on_disk = {p: p.read_text(encoding="utf-8") for p in (EXAMPLES / "drafts").glob("*.txt")}
    assert sorted(on_disk) == sorted(expected), "run: python examples/regenerate.py"
    for path, text in expected.items():
        assert on_disk[path] == text, f"{path.name} is stale: run python examples/regenerate.py"


@pytest.mark.parametrize(
    ("name", "template"),
    [
        ("application-brightline.txt", "application"),
        ("interview-northwind.eml", "interview"),
        ("final-round-kestrel.txt", "final_round"),
        ("feedback-declined-harbourline.html", "feedback_declined"),
        ("role-closed-orchard.txt", "role_closed"),
    ],
)
def test_each_example_covers_its_situation(name: str, template: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(EXAMPLES / "letters" / name), "--offline", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["template"] == template
    assert result["warnings"] == []


def test_the_invitation_example_is_not_a_rejection(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(EXAMPLES / "letters" / "not-a-rejection-invitation.txt"), "--offline"]) == 3
