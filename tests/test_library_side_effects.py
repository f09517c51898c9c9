"""A library call does what it is for and nothing else: `import drafter` and `drafter.parse()`
read no `.env` from the working folder and write no file (the compiled-pattern cache is the
`drafter` command's, and `DRAFTER_CACHE=off` switches it off there too)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LETTER = (
    "Dear Sam,\\n\\nThank you for applying for the Data Analyst role at Brookfell. Unfortunately we will "
    "not be taking your application further.\\n\\nLee Hart\\n"
)
# an audit hook sees every file the interpreter opens, from the first import on
SCRIPT = f"""
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and args and args[0] else None)
import drafter
letter = drafter.parse("{LETTER}")
assert letter.is_rejection
print("\\n".join(p for p in opened if isinstance(p, str)))
"""


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def _env(home: Path, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "OPENAI_", "XDG_"))}
    return {**keep, "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1", **extra}


def test_import_and_parse_read_no_env_file_and_write_no_file(tmp_path: Path) -> None:
    work, home = tmp_path / "letters", tmp_path / "home"
    work.mkdir()
    home.mkdir()
    (work / ".env").write_text("OPENAI_API_KEY=sk-from-a-strangers-folder\n", encoding="utf-8")
    before = _files(tmp_path)
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=work, env=_env(home), capture_output=True, text=True, check=True
    )
    assert not [p for p in run.stdout.splitlines() if p.endswith(".env")]
    assert _files(tmp_path) == before  # no cache file, no journal, nothing under home or here


def test_the_command_keeps_its_pattern_cache_unless_switched_off(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER.replace("\\n", "\n"), encoding="utf-8")
    for value, kept in (("", True), ("off", False)):
        cache = tmp_path / f"cache-{value or 'on'}"
        env = _env(tmp_path, DRAFTER_CACHE=str(cache) if kept else value)
        command = [sys.executable, "-m", "drafter", "draft", str(letter), "--offline", "--no-journal"]
        subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, check=True)
        regex_files = list(cache.glob("regex-*")) if cache.exists() else []
        assert bool(regex_files) is kept
    # with the cache off, no pattern cache is written anywhere: not in a folder named "off", not
    # under the home folder's cache
    assert [p.parent.name for p in tmp_path.rglob("regex-*")] == ["cache-on"]
