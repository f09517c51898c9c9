"""Regular expressions compiled once per machine instead of once per run.

The parser's lexicons are a few hundred large patterns, and `re` compiles in pure Python: that
took about 40 ms of every 200 ms `drafter draft`, more than any other step. The result of
compiling is a list of integers (the `_sre` engine's program), so it is kept on disk beside the
Jinja bytecode cache, as `.pyc` files keep compiled modules: the next run hands the stored program
straight to `_sre.compile`, which checks it before use.

The cache is keyed by the pattern text and flags, in a file named for drafter's version, the
interpreter and the engine's version; anything unexpected (another Python, a damaged file, a
read-only folder) falls back to `re.compile`. Only fixed patterns from drafter's own code go through here, never text
built from a letter, and each must read the same in every run (join sets in sorted order), or it
is compiled afresh each time.
"""

from __future__ import annotations

import array
import atexit
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, AnyStr

__all__ = ["compile"]

# (pattern, flags) -> (flags, program as bytes, groups, groupindex, indexgroup)
Key = tuple[str | bytes, int]
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# All of drafter's patterns, in every language, take about 1.3 MB (an English letter needs a third
# of that). Patterns change between versions, so a file past this size is outgrown: it is started
# afresh and keeps only what the current run uses.
_MAX_BYTES = 4_000_000
_CODE_TYPE = "I"  # unsigned int, the width of an `_sre` code word on CPython's platforms

_stored: dict[Key, Entry] | None = None
_used: dict[Key, Entry] = {}
_dirty = False
_path: Path | None = None

try:  # the parts of CPython's `re` this relies on (private, hence untyped); else plain `re`
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _ENABLED = (
        sys.implementation.name == "cpython"
        and array.array(_CODE_TYPE).itemsize == _sre.CODESIZE
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
    )
except ImportError:  # pragma: no cover - other interpreters
    _ENABLED = False


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, from the on-disk cache when this pattern was seen before."""
    if not _ENABLED:
        return re.compile(pattern, flags)
    key: Key = (pattern, int(flags))
    entry = _store().get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, entry[0], _code_list(entry[1]), *entry[2:])
        except Exception:  # a damaged entry: compile afresh and replace it
            entry = None
    if entry is None:
        try:
            compiled, entry = _fresh(pattern, int(flags))
        except re.error:
            raise
        except Exception:  # `re`'s internals differ from what this expects: no caching
            return re.compile(pattern, flags)
        _remember_to_save()
    _used[key] = entry
    return compiled  # type: ignore[no-any-return]


def _fresh(pattern: str | bytes, flags: int) -> tuple[Any, Entry]:
    """Compile as `re._compiler.compile` does, keeping the program for the cache."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: Entry = (
        int(flags | state.flags),
        array.array(_CODE_TYPE, code).tobytes(),
        state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return _sre.compile(pattern, entry[0], code, *entry[2:]), entry


def _code_list(program: bytes) -> list[int]:
    code = array.array(_CODE_TYPE)
    code.frombytes(program)
    return code.tolist()


def cache_file() -> Path:
    """Where the compiled patterns are kept: drafter's cache folder, found as settings find it."""
    from . import __version__
    from .config import default_cache, merged_environment

    # a new version starts a new file: its patterns differ, and the old ones are never read again
    name = f"regex-{__version__}-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"
    return default_cache(merged_environment()) / name


def _store() -> dict[Key, Entry]:
    global _stored, _path
    if _stored is None:
        try:  # no home folder or working folder (RuntimeError, OSError) means no cache
            _path = cache_file()
            data = _path.read_bytes()
            loaded = marshal.loads(data) if len(data) <= _MAX_BYTES else {}
            _stored = loaded if isinstance(loaded, dict) else {}
        except (OSError, RuntimeError, EOFError, ValueError, TypeError):
            _stored = {}
    return _stored


def _remember_to_save() -> None:
    global _dirty
    if not _dirty:
        _dirty = True
        atexit.register(save)


def save() -> None:
    """Write the cache if this run compiled new patterns (runs at exit; safe to call any time)."""
    global _dirty
    if not _dirty or _path is None:
        return
    _dirty = False
    data = marshal.dumps({**(_stored or {}), **_used})
    if len(data) > _MAX_BYTES:
        data = marshal.dumps(_used)
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=_path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, _path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # an optimisation only: a read-only cache folder still drafts
