"""#11.1 and #10.2: nothing in a folder of letters can make drafter load code, and import does no I/O.

The caches hold data that becomes code when loaded (the Jinja bytecode cache unpickles, the regex
cache hands programs to the regex engine). Each test plants a payload that would create a marker
file if it were ever unpickled, and checks that it never is.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from drafter import rx

LETTER = """Subject: Your application for Platform Engineer

Dear Robin,

Thank you for interviewing with Quillfeather. After careful consideration we have decided not to
move forward with your application for the Platform Engineer role.

Best regards,
Odile Brandt
Talent Partner, Quillfeather
"""

# the library keeps no pattern cache unless a program turns it on, as the `drafter` command does
ON = "from drafter import rx; rx.enable_cache(); "


class _Payload:
    """Unpickling this creates `marker` (a stand-in for running an attacker's code)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (self.marker,))


def poison(folder: Path, marker: Path) -> int:
    """Overwrite every Jinja bytecode file under `folder` with a pickle that creates `marker`."""
    from jinja2.bccache import bc_magic

    files = list(folder.rglob("*.cache"))
    for path in files:
        path.write_bytes(bc_magic + pickle.dumps(_Payload(marker)))
    return len(files)


def drafter_cli(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def letter_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "quillfeather.txt").write_text(LETTER, encoding="utf-8")
    return folder


def test_a_dotenv_cannot_choose_the_cache_folder(tmp_path: Path, letter_dir: Path) -> None:
    evil = tmp_path / "evil-cache"
    marker = tmp_path / "code-ran"
    env = {**os.environ, "DRAFTER_CACHE": str(evil)}
    assert drafter_cli("draft", "quillfeather.txt", "--offline", cwd=letter_dir, env=env).returncode == 0
    assert poison(evil, marker) > 0  # the folder now holds a cache that runs code when loaded
    # ...and a repository of letters points drafter at it through its .env
    (letter_dir / ".env").write_text(f"DRAFTER_CACHE={evil}\nXDG_CACHE_HOME={evil}\n", encoding="utf-8")
    del env["DRAFTER_CACHE"]
    done = drafter_cli("draft", "quillfeather.txt", "--offline", "--json", cwd=letter_dir, env=env)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
    assert json.loads(done.stdout)["letter"]["company"] == "Quillfeather"
    own = Path(env["XDG_CACHE_HOME"]) / "drafter"
    assert own.is_dir() and (own.stat().st_mode & 0o777) == 0o700


@pytest.mark.parametrize("how", ["group-writable", "symlink"])
def test_an_untrusted_cache_file_is_ignored_and_rebuilt(tmp_path: Path, letter_dir: Path, how: str) -> None:
    cache = tmp_path / "cache"
    marker = tmp_path / "code-ran"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    first = drafter_cli("draft", "quillfeather.txt", "--offline", "--json", cwd=letter_dir, env=env)
    assert first.returncode == 0, first.stderr
    assert poison(cache, marker) > 0
    for path in cache.rglob("*.cache"):
        if how == "group-writable":
            path.chmod(0o664)
        else:  # the payload elsewhere, the cache file a link to it
            target = tmp_path / f"elsewhere-{path.name}"
            path.rename(target)
            path.symlink_to(target)
    again = drafter_cli("draft", "quillfeather.txt", "--offline", "--json", cwd=letter_dir, env=env)
    assert again.returncode == 0, again.stderr
    assert not marker.exists()
    assert json.loads(again.stdout) == json.loads(first.stdout)
    for path in cache.rglob("*.cache"):  # rebuilt as the user's own private files
        assert not path.is_symlink()
        assert (path.stat().st_mode & 0o077) == 0
        assert not path.read_bytes().endswith(pickle.dumps(_Payload(marker)))


def test_a_shared_regex_cache_file_is_not_loaded(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    code = ON + "import drafter; print(drafter.parse(open('letter.txt').read()).company)"
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    run = [sys.executable, "-c", code]
    cold = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert cold.stdout.strip() == "Quillfeather", cold.stderr
    [stored] = cache.glob("regex-*.marshal")
    # another user's programs: every entry swapped for a never-matching one
    entries = rx.decode(stored.read_bytes())
    never = rx.compile(r"(?!)")
    never.search("")
    blank = rx.decode(rx.encode({(r"(?!)", 0): _entry_of(r"(?!)")}))[(r"(?!)", 0)]
    stored.write_bytes(rx.encode(dict.fromkeys(entries, blank)))
    stored.chmod(0o666)
    warm = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert (warm.returncode, warm.stdout.strip(), warm.stderr) == (0, "Quillfeather", "")
    assert (stored.stat().st_mode & 0o077) == 0  # replaced by the user's own file


def _entry_of(pattern: str) -> rx.Entry:
    return rx._fresh(pattern, 0)[1]


def test_a_tampered_group_count_is_rebuilt_not_a_crash(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    code = ON + "import drafter; print(drafter.parse(open('letter.txt').read()).model_dump_json())"
    run = [sys.executable, "-c", code]
    cold = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    [stored] = cache.glob("regex-*.marshal")
    entries = rx.decode(stored.read_bytes())
    # every entry claims one more group than its pattern has, checksum and all
    stored.write_bytes(rx.encode({k: (e[0], e[1], e[2] + 1, *e[3:]) for k, e in entries.items()}))
    for _ in range(2):
        warm = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        assert (warm.returncode, warm.stderr) == (0, "")
        assert json.loads(warm.stdout) == json.loads(cold.stdout)
    # a flipped byte in the file (the checksum no longer matches): the whole file is rebuilt
    blob = bytearray(stored.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    stored.write_bytes(bytes(blob))
    warm = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert (warm.returncode, warm.stderr) == (0, "")
    assert json.loads(warm.stdout) == json.loads(cold.stdout)


AUDIT = """
import json, os, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        opened.append((os.fsdecode(args[0]), str(args[1])))
    elif event in ("os.mkdir", "os.rename", "os.replace", "os.remove"):
        opened.append((os.fsdecode(args[0]), event))
sys.addaudithook(hook)
import drafter
at_import = list(opened)
letter = drafter.parse({letter!r})
sys.stdout.write(json.dumps({{"import": at_import, "parse": opened, "company": letter.company}}))
"""


def test_import_does_no_io_and_the_library_never_reads_a_dotenv(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / ".env").write_text("DRAFTER_CACHE=/nowhere\nOPENAI_API_KEY=sk-from-dotenv\n", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTER_CACHE": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", AUDIT.format(letter=LETTER)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["company"] == "Quillfeather"
    modules = tuple(p for p in sys.path if p)
    # importing opens only modules (source, bytecode, extension files), and creates nothing
    for path, mode in seen["import"]:
        assert mode in ("r", "rb") and path.startswith(modules), (path, mode)
    # parsing may read drafter's own cache, never the working folder's .env
    assert not [p for p, _ in seen["parse"] if p.endswith(".env")]
    assert not [p for p, _ in seen["parse"] if p.startswith(str(work))]
