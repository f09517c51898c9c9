"""What the common commands load: start-up is mostly imports (bench/startup.py times it; no test does).

Each check runs the real command in a fresh interpreter and lists what it imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES

# Needed only by some letters or some settings: an LLM, a .env, a PDF, HTML, a mail message.
OPTIONAL = (
    "openai",
    "httpx",
    "dotenv",
    "pypdf",
    "lxml",
    "inscriptis",
    "asyncio",
    "email.policy",
    "email.headerregistry",
    "shtab",
    # importlib.resources' readers: the package's own folder is found from its __file__
    "importlib.readers",
)
# The pipeline, the journal and the cache folder: not for help; nor `typing` (annotations are strings).
PIPELINE = ("pydantic", "jinja2", "sqlite3", "drafter.api", "drafter.parsing", "platformdirs", "typing")

RUN = """
import json, sys
from drafter.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)
"""


def loaded(*argv: str, cwd: Path) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )
    code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    return code, set(modules)


def test_an_offline_draft_of_a_text_letter_loads_no_optional_stack(tmp_path: Path) -> None:
    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"
    code, modules = loaded("draft", str(letter), "--offline", "--json", cwd=tmp_path)
    assert code == 0
    assert "drafter.parsing.letter" in modules and "sqlite3" in modules  # it did draft, and log it
    assert sorted(m for m in OPTIONAL if m in modules) == []


def test_help_loads_neither_the_pipeline_nor_the_journal(tmp_path: Path) -> None:
    for argv in (("--help",), ("help",), ()):
        code, modules = loaded(*argv, cwd=tmp_path)
        assert code == 0, argv
        assert sorted(m for m in (*PIPELINE, *OPTIONAL) if m in modules) == [], argv


# What a command's parser must not need: the pipeline, the settings, the models, the journal, LLM code.
HEAVY = (
    *(m for m in PIPELINE if m != "typing"),
    "drafter.config",
    "drafter.models",
    "drafter.journal",
    "drafter.batch",
    "drafter.llm",
    "drafter.drafting",
    "drafter.output",
    "drafter.ingest",
)


@pytest.mark.parametrize("command", ["draft", "batch", "parse", "stats", "doctor", "log", "config"])
def test_a_commands_help_and_usage_errors_load_only_what_its_parser_needs(tmp_path: Path, command: str) -> None:
    for argv, expected in (((command, "--help"), 0), ((command, "--no-such-option"), 2), (("help", command), 0)):
        code, modules = loaded(*argv, cwd=tmp_path)
        assert code == expected, argv
        assert f"drafter.cli.commands.{command}" in modules  # its own arguments were added
        assert sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY)) == [], argv
        assert sorted(m for m in OPTIONAL if m in modules) == [], argv


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY))


@pytest.mark.parametrize("action", ["add", "show", "note", "mark", "forget", "export"])
def test_the_help_of_a_journal_action_loads_neither_the_journal_nor_the_models(tmp_path: Path, action: str) -> None:
    # `log add --help` offers the kinds, stages and reasons, `log mark --help` the statuses
    code, modules = loaded("log", action, "--help", cwd=tmp_path)
    assert code == 0
    assert "drafter.vocabulary" in modules  # the choices came from their one definition
    assert (heavy(modules), sorted(m for m in OPTIONAL if m in modules)) == ([], [])


def test_the_config_actions_that_name_no_profile_key_load_no_model(tmp_path: Path) -> None:
    for argv, expected in (
        (("config", "path", "--help"), 0),
        (("config", "show", "--help"), 0),
        (("config", "set"), 2),
    ):
        code, modules = loaded(*argv, cwd=tmp_path)
        assert code == expected, argv
        assert heavy(modules) == [], argv
    # (`config set --help` lists the keys, and a key given is checked against them: both read the model)


PARSE = """
import json, drafter
from pathlib import Path
print(json.dumps(drafter.parse(Path({letter!r})).model_dump(mode="json")))
"""


def test_a_run_unmarshals_only_the_cached_patterns_it_uses(tmp_path: Path) -> None:
    """A damaged entry the run never asks for costs nothing: the file is neither dropped nor
    rewritten (loading every entry of the file took longer than the compiling it saves)."""
    from drafter import rx

    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    code = PARSE.format(letter=str(EXAMPLES / "letters" / "final-round-kestrel.txt"))
    cold = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    [stored] = cache.glob("regex-*.marshal")
    entries = rx.decode(stored.read_bytes())
    assert len(entries) > 50
    unused = ("never used by drafter", 0)
    blob = rx.encode({**entries, unused: rx.decode(rx.encode({unused: entries[next(iter(entries))]}))[unused]})
    damaged = blob[:-3] + bytes(b ^ 0xFF for b in blob[-3:])  # the last entry's last bytes
    stored.write_bytes(damaged)
    assert rx.decode(damaged) == {}  # the file as a whole is not intact
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert (json.loads(warm.stdout), warm.stderr) == (json.loads(cold.stdout), "")
    assert stored.read_bytes() == damaged  # nothing was compiled afresh, so nothing rewritten


def test_a_damaged_entry_in_use_is_compiled_afresh_and_replaced(tmp_path: Path) -> None:
    from drafter import rx

    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    code = PARSE.format(letter=str(EXAMPLES / "letters" / "final-round-kestrel.txt"))
    cold = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    [stored] = cache.glob("regex-*.marshal")
    entries = rx.decode(stored.read_bytes())
    blob = rx.encode(entries)
    damaged = blob[:-3] + bytes(b ^ 0xFF for b in blob[-3:])  # an entry this letter used
    stored.write_bytes(damaged)
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert (json.loads(warm.stdout), warm.stderr) == (json.loads(cold.stdout), "")
    assert rx.decode(stored.read_bytes()) == entries  # rewritten, whole again
