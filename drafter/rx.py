"""Regular expressions compiled on first use, and once per machine instead of once per run.

The parser's lexicons are a few hundred large patterns, and `re` compiles in pure Python: that
took about 40 ms of every 200 ms `drafter draft`, more than any other step. The result of
compiling is a list of integers (the `_sre` engine's program), so it is kept on disk in drafter's
cache folder, as `.pyc` files keep compiled modules: the next run hands the stored program
straight to `_sre.compile`, which checks it before use.

`compile` does no work and no I/O when it is called (at import time, in the parser's modules): it
returns a stand-in that compiles on first use, so importing drafter reads and writes nothing, and
patterns a letter never needs are never compiled. The cache file is read at the first use and
written at exit, only when this run compiled something new.

Each pattern also carries a pre-check (see :mod:`drafter.needles`): literal strings one of which
every match contains, as one small pattern. `search`, `finditer`, `findall`, `sub`, `subn` and
`split` run it first and answer "no match" at once when it finds none, which is what the pattern
itself would answer, only later: most of the parser's patterns find nothing in most letters. The
pre-check is worked out when a pattern is compiled afresh and kept in the cache with its program.

The cache is keyed by the pattern text and flags, in a file named for drafter's version, the
interpreter, the engine's version and the file's format (:mod:`drafter.rx_store`: an index of
checksums, then the entries); it lives in the user's cache folder (see
:mod:`drafter.cache`: never a folder a `.env` names) and is loaded only if nobody else could have
written it. Anything unexpected (another Python, a damaged or untrusted file, a read-only folder)
falls back to `re.compile`. Only fixed patterns from drafter's own code go through here, never
text built from a letter, and each must read the same in every run (join sets in sorted order),
or it is compiled afresh each time.
"""

from __future__ import annotations

import array
import atexit
import importlib
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, AnyStr, cast

from .rx_store import FORMAT, Entry, Key, Stored, decode, encode

# the cache file's format is `rx_store`; Entry, Key, encode and decode are re-exported for its tests
__all__ = ["OPCODES", "Entry", "Key", "cache_file", "compile", "decode", "enable_cache", "encode", "save"]


# All of drafter's patterns and their pre-checks, in every language and with each lexicon fragment
# compiled on its own as well as whole, take about 7 MB (one English letter needs about 0.9 MB).
# Patterns change between versions, so a file past this size is outgrown: it is started afresh and
# keeps only what the current run uses.
_MAX_BYTES = 12_000_000
_CODE_TYPE = "I"  # unsigned int, the width of an `_sre` code word on CPython's platforms

_stored: Stored | None = None
_cache_on = False  # see `enable_cache`
_used: dict[Key, Entry] = {}
# every pattern compiled in this process, with its pre-check: the same text is often asked for by
# several stand-ins (a category's fragments in two language sets, a pre-check many patterns share)
_compiled: dict[Key, tuple[re.Pattern[Any], str]] = {}
_dirty = False
_path: Path | None = None
_lock = threading.Lock()

try:  # the parts of CPython's `re` this relies on (private, hence untyped); else plain `re`
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    # the opcodes of a parsed pattern's tree, for `needles` to read it (drafter's one door to
    # CPython's `re` internals is this module)
    OPCODES: Any = importlib.import_module("re._constants")
    _ENABLED = (
        sys.implementation.name == "cpython"
        and array.array(_CODE_TYPE).itemsize == _sre.CODESIZE
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
    )
except ImportError:  # pragma: no cover - other interpreters
    OPCODES = None
    _ENABLED = False

# What a stand-in copies from its compiled pattern on first use, so that later uses are plain
# attribute reads (no `__getattr__`, no indirection on the parser's hot paths).
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_COPIED_DATA = ("groups", "groupindex")
# ...except these, when the pattern has a pre-check: they run it first
_CHECKED = frozenset(("search", "finditer", "findall", "sub", "subn", "split"))
_END = sys.maxsize


class _Pattern:
    """A pattern compiled on first use; behaves as the `re.Pattern` it stands for."""

    def __init__(self, pattern: str | bytes, flags: int, checked: bool = True) -> None:
        self.pattern = pattern
        self.flags = flags  # until compiled; then the compiled pattern's flags
        self._compiled: re.Pattern[Any] | None = None
        self._checked = checked  # False for a pre-check itself

    def _get(self) -> re.Pattern[Any]:
        compiled = self._compiled
        if compiled is None:
            compiled, check = _compile_now(self.pattern, self.flags)
            checked = _checked_methods(compiled, check) if check and self._checked else {}
            for name in (*_COPIED, *_COPIED_DATA):
                setattr(self, name, checked.get(name) or getattr(compiled, name))
            self.flags = compiled.flags
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._get(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Pattern):
            other = other._get()
        return self._get() == other

    def __hash__(self) -> int:
        return hash(self._get())

    def __repr__(self) -> str:
        return repr(self._get())

    def __copy__(self) -> _Pattern:
        return self

    def __deepcopy__(self, memo: object) -> _Pattern:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self.pattern, self.flags))


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, compiled on first use, from the cache when seen before.

    A malformed pattern raises `re.error` at its first use (checking it here would cost what
    compiling does); drafter's patterns are fixed, and every one is used by the test suite.
    """
    if not _ENABLED:
        return re.compile(pattern, flags)
    return cast("re.Pattern[AnyStr]", _Pattern(pattern, int(flags)))


def _checked_methods(compiled: re.Pattern[str], check: str) -> dict[str, Any]:
    """`compiled`'s methods that answer at once when the pre-check finds nothing (as they would)."""
    probe = _Pattern(check, 0, checked=False)
    search, finditer, findall = compiled.search, compiled.finditer, compiled.findall
    sub, subn, split = compiled.sub, compiled.subn, compiled.split

    def checked_search(string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return None if probe.search(string, pos, endpos) is None else search(string, pos, endpos)

    def checked_finditer(string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return iter(()) if probe.search(string, pos, endpos) is None else finditer(string, pos, endpos)

    def checked_findall(string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return [] if probe.search(string, pos, endpos) is None else findall(string, pos, endpos)

    def checked_sub(repl: Any, string: str, count: int = 0) -> str:
        return string if probe.search(string) is None else sub(repl, string, count)

    def checked_subn(repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (string, 0) if probe.search(string) is None else subn(repl, string, count)

    def checked_split(string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if probe.search(string) is None else split(string, maxsplit)

    return {
        "search": checked_search,
        "finditer": checked_finditer,
        "findall": checked_findall,
        "sub": checked_sub,
        "subn": checked_subn,
        "split": checked_split,
    }


def enable_cache(on: bool = True) -> None:
    """Keep compiled patterns in drafter's cache folder from one run to the next.

    The `drafter` command turns this on (unless `DRAFTER_CACHE=off`); it is off for the library,
    so that `drafter.parse()` reads and writes no file: patterns are then compiled in memory, once
    per process. A program that parses many letters in short-lived processes may turn it on.
    """
    global _cache_on
    _cache_on = on


def _compile_now(pattern: str | bytes, flags: int) -> tuple[re.Pattern[Any], str]:
    """The compiled pattern and its pre-check ("" for none), compiled once per process."""
    key: Key = (pattern, flags)
    done = _compiled.get(key)
    if done is not None:
        return done
    entry = _store().get(key) if _cache_on else None
    compiled: Any = None
    if entry is not None and _consistent(entry):
        try:
            compiled = _sre.compile(pattern, entry[0], _code_list(entry[1]), *entry[2:5])
        except Exception:  # a damaged entry: compile afresh and replace it
            entry = None
    else:
        entry = None
    if entry is None:
        try:
            compiled, entry = _fresh(pattern, flags)
        except re.error:
            raise
        except Exception:  # `re`'s internals differ from what this expects: no caching
            return re.compile(pattern, flags), ""
        if _cache_on:
            _remember_to_save()
    _used[key] = entry
    # two threads compiling the same text at once both keep the first one stored
    return _compiled.setdefault(key, (cast("re.Pattern[Any]", compiled), entry[5]))


def _consistent(entry: Entry) -> bool:
    """Whether an entry's group count agrees with its group names (`_sre` cannot check the count)."""
    try:
        flags, program, groups, groupindex, indexgroup, check = entry
        return (
            isinstance(flags, int)
            and isinstance(program, bytes)
            and isinstance(check, str)
            and len(indexgroup) == groups + 1
            and all(indexgroup[i] == name for name, i in groupindex.items())
        )
    except (TypeError, ValueError, IndexError):
        return False


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
        _check_of(parsed, flags) if isinstance(pattern, str) else "",
    )
    return _sre.compile(pattern, entry[0], code, *entry[2:5]), entry


def _check_of(parsed: Any, flags: int) -> str:
    """A pre-check for a parsed pattern, or "" when none would pay: none can be named, or the
    pattern matches a few fixed strings only (its own check, as fast as any)."""
    from . import needles

    try:
        if needles.fixed(parsed):
            return ""
        found = needles.needles(parsed, flags)
    except Exception:  # an unexpected tree: no pre-check, never a wrong one
        return ""
    return needles.check_pattern(found) if found else ""


def _code_list(program: bytes) -> list[int]:
    code = array.array(_CODE_TYPE)
    code.frombytes(program)
    return code.tolist()


def cache_file() -> Path:
    """Where the compiled patterns are kept: drafter's cache folder (never one a `.env` names)."""
    from . import __version__
    from .cache import cache_dir
    from .needles import VERSION

    # a new version starts a new file: its patterns differ, and the old ones are never read again
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{FORMAT}.{VERSION}"
    name = f"regex-{__version__}-{tag}.marshal"
    return cache_dir() / name


def _store() -> Stored:
    global _stored, _path
    if _stored is None:
        with _lock:
            if _stored is None:
                from .cache import map_trusted

                try:  # no home folder (RuntimeError, OSError) means no cache
                    _path = cache_file()
                    blob = map_trusted(_path, _MAX_BYTES + 8)
                except (OSError, RuntimeError):
                    blob = None
                _stored = Stored(blob) if blob else Stored()
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
    from .cache import ensure_dir

    data = encode({**(_stored.entries() if _stored is not None else {}), **_used})
    if len(data) > _MAX_BYTES:
        data = encode(dict(_used))
    try:
        if not ensure_dir(_path.parent):
            return  # a folder others can write to is no place for code: run uncached
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=_path.parent)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, _path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # an optimisation only: a read-only cache folder still drafts
