"""What the common commands load: start-up is mostly imports (bench/startup.py times it; no test does).

Each check runs the real command in a fresh interpreter and lists what it imported.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import COMMANDS

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
    if sys.platform == "linux":  # the cache folder is found without platformdirs (~2 ms)
        assert "platformdirs" not in modules


@pytest.mark.parametrize(
    ("xdg", "home"),
    [
        (None, "/srv/users/ada"),
        ("/var/tmp/xdg", "/srv/users/ada"),
        ("/var/tmp/xdg/", None),
        ("", "/srv/users/ada/"),
        ("  ", "/srv/users/ada"),
        ("relative/cache", "/srv/users/ada"),
        (None, "relative-home"),
        (None, None),
    ],
)
def test_the_cache_folder_is_the_one_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str | None
) -> None:
    import platformdirs

    from drafter.cache import cache_dir

    monkeypatch.delenv("DRAFTER_CACHE", raising=False)
    for name, value in (("XDG_CACHE_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert cache_dir() == Path(platformdirs.user_cache_dir("drafter", appauthor=False))
    assert cache_dir({"DRAFTER_CACHE": "~/elsewhere"}) == Path("~/elsewhere").expanduser()


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


# the library keeps no pattern cache unless a program turns it on, as the `drafter` command does
PARSE = """
import json, drafter
from drafter import rx
from pathlib import Path
rx.enable_cache()
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


# The `drafter` command itself (`entry`), recording each cyclic collection the run makes and
# whether the draft's pipeline had been imported by then; reported by an exit function (the command
# ends the process itself once they have run).
ENTRY = """
import atexit, gc, json, sys
sys.argv[0] = "drafter"
from drafter.cli import entry
seen = []  # for each collection: had the pipeline been imported (to its last line)?
def collecting(phase, info):
    if phase == "start":
        seen.append(hasattr(sys.modules.get("drafter.api"), "adraft"))
gc.callbacks.append(collecting)
code = None
def report():
    print(json.dumps([code, seen, sorted(sys.modules)]), file=sys.stderr)
atexit.register(report)
try:
    entry()
except SystemExit as exc:  # --help, a usage error
    code = exc.code
"""


def collections_of(*argv: str, cwd: Path) -> tuple[int, list[bool], set[str]]:
    env = {**os.environ, "DRAFTER_JOURNAL": str(cwd / "journal.sqlite3"), "DRAFTER_CACHE": str(cwd / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, *argv], capture_output=True, text=True, cwd=cwd, env=env, timeout=120, check=False
    )
    code, seen, modules = json.loads(done.stderr.strip().splitlines()[-1])
    return done.returncode if code is None else code, seen, set(modules)


def test_a_draft_imports_its_pipeline_before_the_collector_runs(tmp_path: Path) -> None:
    """Collections while the pipeline is imported free nothing (and cost ~10 ms of a draft)."""
    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"
    code, seen, modules = collections_of("draft", str(letter), "--offline", "--json", cwd=tmp_path)
    assert code == 0 and "drafter.journal.store" in modules
    assert seen and all(seen)  # the collector ran for the draft itself, but only once the pipeline was in


def test_the_command_loads_no_pipeline_for_help_or_a_usage_error(tmp_path: Path) -> None:
    for argv, expected in ((("draft", "--help"), 0), (("draft", "--no-such-option"), 2), (("drat",), 2)):
        code, _, modules = collections_of(*argv, cwd=tmp_path)
        assert code == expected, argv
        assert sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY)) == [], argv


PLUGIN = """
import os
from pathlib import Path


class Plugin:
    def new_schema_validator(self, *args, **kwargs):
        Path(os.environ["PLUGIN_LOG"]).open("a").write("loaded\\n")
        return None, None, None


plugin = Plugin()
"""


@pytest.mark.parametrize(
    ("how", "setting", "loaded"),
    [("command", None, False), ("command", "", True), ("library", None, True)],
)
def test_the_command_skips_third_party_pydantic_plugins_unless_asked(
    tmp_path: Path, how: str, setting: str | None, loaded: bool
) -> None:
    """Scanning every installed package for pydantic plugins costs ~3 ms of each start-up."""
    site = tmp_path / "site"
    (site / "drafter_test_plugin-1.0.dist-info").mkdir(parents=True)
    (site / "drafter_test_plugin-1.0.dist-info" / "METADATA").write_text("Name: drafter-test-plugin\nVersion: 1.0\n")
    (site / "drafter_test_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[pydantic]\nrecorder = drafter_test_plugin:plugin\n"
    )
    (site / "drafter_test_plugin.py").write_text(PLUGIN)
    log = tmp_path / "plugin.log"
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env |= {"PYTHONPATH": str(site), "PLUGIN_LOG": str(log), "DRAFTER_CACHE": str(tmp_path / "cache")}
    if setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = setting
    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"
    code = (
        "import sys; sys.argv[0] = 'drafter'; from drafter.cli import entry; entry()"
        if how == "command"
        else "import sys, drafter; print(drafter.draft(open(sys.argv[1]).read(), backend='offline').email.body)"
    )
    argv = ["draft", str(letter), "--offline", "--no-journal"] if how == "command" else [str(letter)]
    done = subprocess.run(
        [sys.executable, "-c", code, *argv], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Kestrel" in done.stdout
    assert log.exists() == loaded


EXIT = """
import os, sys
def torn_down(event, args, write=os.write):  # raised as the interpreter clears itself at exit
    if event == "cpython.PyInterpreterState_Clear":
        write(2, b"torn down\\n")
sys.addaudithook(torn_down)
sys.argv[0] = "drafter"
from drafter.cli import entry
entry()
"""


def test_the_command_ends_without_tearing_down_and_keeps_its_output_journal_and_cache(tmp_path: Path) -> None:
    """Freeing every module and schema one by one at exit cost ~5 ms of a draft; nothing is lost."""
    env = {**os.environ, "DRAFTER_JOURNAL": str(tmp_path / "journal.sqlite3"), "DRAFTER_CACHE": str(tmp_path / "c")}
    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"

    def command(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", EXIT, *argv], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )

    drafted = command("draft", str(letter), "--offline", "--json")
    assert drafted.returncode == 0, drafted.stderr
    assert json.loads(drafted.stdout)["letter"]["company"] == "Kestrel Health"  # all of it, flushed
    assert "torn down" not in drafted.stderr
    assert list((tmp_path / "c").glob("regex-*.marshal"))  # the exit function saving the patterns ran
    listed = command("log", "--json")
    assert listed.returncode == 0 and "Kestrel Health" in listed.stdout  # journaled
    missing = command("draft", str(tmp_path / "no-such-letter.txt"), "--offline")
    assert missing.returncode == 2 and missing.stderr.startswith("drafter: ") and "torn down" not in missing.stderr
    help_text = command("draft", "--help")  # argparse's own exit: the usual one
    assert help_text.returncode == 0 and "usage:" in help_text.stdout and "torn down" in help_text.stderr


PARSERS = """
import argparse, json, sys
made = []
init = argparse.ArgumentParser.__init__
def counting(self, *args, **kwargs):
    init(self, *args, **kwargs)
    made.append(self.prog)
argparse.ArgumentParser.__init__ = counting
from drafter.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, made]), file=sys.stderr)
"""


def test_a_command_builds_only_its_own_parser_and_help_still_lists_every_command(tmp_path: Path) -> None:
    """An empty parser for each of the other commands cost ~1.5 ms of every start-up."""

    def parsers(*argv: str) -> tuple[int, list[str], str]:
        done = subprocess.run(
            [sys.executable, "-c", PARSERS, *argv], capture_output=True, text=True, cwd=tmp_path, timeout=120
        )
        code, made = json.loads(done.stderr.strip().splitlines()[-1])
        return code, made, done.stdout + done.stderr

    letter = EXAMPLES / "letters" / "final-round-kestrel.txt"
    assert parsers("draft", str(letter), "--offline", "--no-journal")[:2] == (0, ["drafter", "drafter draft"])
    code, made, shown = parsers("--help")
    assert code == 0 and made == ["drafter"]
    for name, (_, help_text) in {**COMMANDS, "help": ("", "show this help")}.items():
        assert re.search(rf"\n +{name}\s+{re.escape(help_text[:20])}", shown), name  # listed, with its help
    code, made, shown = parsers("drat")
    assert code == 2 and "invalid choice: 'drat' (choose from 'draft', 'log', 'stats'," in shown
    assert "(did you mean draft?)" in shown
