"""docs/llm.md's example of reconciled facts is what drafter prints today (issue #14 audit).

The example's model facts are scripted into the fake server, `drafter draft --json -v` is run on
the example's letter, and the JSON and stderr lines the document shows must match the real ones.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafter.cli import main
from drafter.config import load_settings
from drafter.llm.fake import FakeOpenAI
from drafter.llm.server import remote_notice

from .test_reconcile import LETTER, reply

DOC = Path(__file__).resolve().parents[2] / "docs" / "llm.md"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def example() -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """The model's facts, the `--json` output and the stderr lines of the documented example."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Reconciling the facts", 1)[1].split("\n## ", 1)[0]
    blocks = _BLOCK.findall(section)
    facts, output = (json.loads(body) for lang, body in blocks if lang == "json")
    stderr = next(body for lang, body in blocks if not lang and body.startswith("drafter:"))
    return facts, output, stderr.splitlines()


def test_the_documented_example_is_what_drafter_prints(llm_env: FakeOpenAI, tmp_path: Path, capsys) -> None:
    facts, shown, said = example()
    letter = tmp_path / "harbour.txt"
    letter.write_text(LETTER, encoding="utf-8")
    llm_env.push(reply(**facts))

    assert main(["draft", str(letter), "--json", "-v", "--no-journal"]) == 0
    captured = capsys.readouterr()
    printed = json.loads(captured.out)

    assert shown == {key: printed[key] for key in shown}
    assert list(shown["letter"]) == list(printed["letter"])  # the same fields, in the same order
    assert {"letter", "facts_from", "template", "backend"} <= set(shown)
    assert "model" in printed["facts_from"].values()  # the example shows the model's reading used
    for line in said:
        assert line in captured.err.splitlines()


README = DOC.parents[1] / "README.md"


@pytest.mark.parametrize(
    ("path", "environ"),
    [
        (README, {"OPENAI_API_KEY": "sk-x"}),  # the privacy section: only a key set
        (DOC, {"OPENAI_BASE_URL": "http://gpu-box.lan:11434/v1", "DRAFTER_MODEL": "llama3.1:8b"}),
    ],
    ids=["README", "docs/llm.md"],
)
def test_the_documented_privacy_notice_is_the_one_drafter_prints(path: Path, environ: dict[str, str]) -> None:
    shown = [line for line in path.read_text(encoding="utf-8").splitlines() if "the letter will be sent to" in line]
    for redact in (False, True):  # both forms are quoted
        notice = remote_notice(load_settings(environ), redact=redact)
        assert notice is not None
        assert f"drafter: {notice}" in shown
