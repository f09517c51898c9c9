"""Where drafter keeps its caches, and the only way it reads one back.

Both code caches (compiled regular expressions, `marshal`; compiled Jinja templates, `pickle`)
hold data that becomes code when loaded, so a cache file is trusted only when nobody else could
have written it (and so is the third, drafter's own TOML files as parsed, JSON, since it decides
what a draft says):

- the folder is the user's own cache folder (`platformdirs`), or `$DRAFTER_CACHE` from the real
  environment; never a value from a `.env` file, which comes with a folder of letters and may be
  someone else's;
- the folder is created mode 0700;
- a file is loaded only if it is a regular file (not a link, FIFO or device), owned by the user,
  and not writable by group or others; otherwise it is ignored, and rebuilt by the next save.

Nothing here runs at import time.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "caching_off", "ensure_dir", "jinja_cache", "read_trusted", "table", "trusted"]

_OFF = frozenset({"off", "0", "no", "none", "false"})


def caching_off(environ: Mapping[str, str] | None = None) -> bool:
    """Whether `DRAFTER_CACHE=off` (or 0, no, none, false) switches every cache off."""
    env = os.environ if environ is None else environ
    return env.get("DRAFTER_CACHE", "").strip().lower() in _OFF


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """$DRAFTER_CACHE from the process environment, else the platform's user cache folder."""
    env = os.environ if environ is None else environ
    if env.get("DRAFTER_CACHE"):
        return Path(env["DRAFTER_CACHE"]).expanduser()
    common = _linux_cache_dir()
    if common is not None:
        return common
    import platformdirs

    return Path(platformdirs.user_cache_dir("drafter", appauthor=False))


def _linux_cache_dir() -> Path | None:
    """`platformdirs.user_cache_dir("drafter")` on a Linux desktop or server, without importing it.

    Importing platformdirs costs ~2 ms of every start-up, for one environment variable. This is
    the case every platformdirs release answers alike: Linux (not Android), an absolute HOME, and
    an absolute XDG_CACHE_HOME or none. Anything else (macOS, Windows, a relative or blank
    variable) is still asked of platformdirs. Like platformdirs, it reads the process environment.
    """
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or os.environ.get("ANDROID_ROOT"):
        return None
    xdg, home = os.environ.get("XDG_CACHE_HOME", ""), os.environ.get("HOME", "")
    if xdg and os.path.isabs(xdg):
        return Path(os.path.join(xdg, "drafter"))
    if xdg or not os.path.isabs(home):
        return None
    return Path(os.path.join(os.path.expanduser("~/.cache"), "drafter"))


def ensure_dir(folder: Path) -> bool:
    """Create `folder` (mode 0700) if needed; whether it is a folder the user alone can write to."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_mode & 0o055 and _owned_and_private(info):
            folder.chmod(0o700)  # readable by others: made by an older drafter, or under a loose umask
            info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _owned_and_private(info)


def _owned(info: os.stat_result) -> bool:
    getuid = getattr(os, "geteuid", None)
    return getuid is None or info.st_uid == getuid()


def _owned_and_private(info: os.stat_result) -> bool:
    return _owned(info) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def trusted(info: os.stat_result) -> bool:
    """Whether a cache file with this `stat` may be loaded: regular, the user's, not shared-writable."""
    return stat.S_ISREG(info.st_mode) and _owned_and_private(info)


def read_trusted(path: Path, limit: int) -> bytes | None:
    """The bytes of a trusted cache file of at most `limit` bytes, else None (missing or untrusted).

    The checks are made on the opened file (no following a link, no blocking on a FIFO), so the
    file cannot be swapped between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not trusted(info) or info.st_size > limit:
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def map_trusted(path: Path, limit: int) -> Any:
    """`read_trusted`, mapped instead of read: only the pages used are read (bytes-like, read-only)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not trusted(info) or info.st_size > limit or info.st_size == 0:
            return None
        import mmap

        return mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, ImportError):
        return read_trusted(path, limit)
    finally:
        os.close(fd)


_TEMPLATE_LIMIT = 16_000_000  # a compiled template is a few KB; anything near this is not ours


def jinja_cache(folder: Path) -> Any:
    """A Jinja bytecode cache in `folder` that loads only trusted files; None if the folder is not private."""
    if not (ensure_dir(folder.parent) and ensure_dir(folder)):
        return None
    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class TrustedBytecodeCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Bucket) -> None:
            data = read_trusted(Path(self._get_cache_filename(bucket)), _TEMPLATE_LIMIT)
            if data is not None:
                bucket.bytecode_from_string(data)

        def dump_bytecode(self, bucket: Bucket) -> None:
            # a full disk: the template still renders, it is just not cached
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return TrustedBytecodeCache(str(folder))


_TABLES_LIMIT = 1_000_000  # drafter's own TOML files take about 40 KB parsed; past this, start afresh
_tables: dict[Path, dict[str, dict[str, Any]]] = {}  # each folder's cache file's entries, read once a run


def tables_file(folder: Path) -> Path:
    from . import __version__

    return folder / f"tables-{__version__}.json"


def table(text: str, folder: Path | None, parse: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """`parse(text)`, for the text of one of drafter's own TOML files, kept in `folder`'s cache.

    Parsing TOML is pure Python (~2 ms a run for the bundled situations and checklist, with the
    import of `tomllib`); the parsed tables are kept as JSON, keyed by the SHA-256 of the text, so
    an edited file is parsed afresh. A damaged, foreign or untrusted cache file is ignored (and
    replaced); `folder` None: no cache. A user's own files never come here: they are parsed, and
    validated, every time.
    """
    if folder is None:
        return parse(text)
    import hashlib

    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    entries = _read_tables(folder)
    hit = entries.get(key)
    if isinstance(hit, dict):
        return hit
    parsed = parse(text)
    entries[key] = parsed
    _write_tables(folder, entries)
    return parsed


def _read_tables(folder: Path) -> dict[str, dict[str, Any]]:
    if folder not in _tables:
        import json

        data = read_trusted(tables_file(folder), _TABLES_LIMIT)
        try:
            stored = json.loads(data) if data else {}
        except ValueError:  # damaged: parsed afresh, and the file rewritten
            stored = {}
        entries = stored.get("tables") if isinstance(stored, dict) and stored.get("format") == 1 else None
        if not isinstance(entries, dict):  # another format, or not drafter's
            entries = {}
        _tables[folder] = {k: v for k, v in entries.items() if isinstance(v, dict)}
    return _tables[folder]


def _write_tables(folder: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Replace the cache file (atomically, mode 0600); a read-only or shared folder keeps none."""
    import json

    try:
        blob = json.dumps({"format": 1, "tables": entries}, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # a value JSON cannot hold (a TOML date): not cached
        return
    if len(blob) > _TABLES_LIMIT:
        entries.clear()
        return
    if not ensure_dir(folder):
        return
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=".tables-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(blob)
            os.replace(tmp, tables_file(folder))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
