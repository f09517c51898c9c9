"""The journal's SQLite file: where it lives, its schema, and how a connection to it is opened.

Takes a path; gives a connection configured for several writers (WAL, a busy timeout, foreign
keys) on a file only its owner can read, with the schema brought up to :data:`SCHEMA_VERSION`.
The schema is versioned with `PRAGMA user_version` and upgraded by :data:`MIGRATIONS` when a
journal is opened; a journal that cannot be opened for writing can be opened read-only instead.
This and :mod:`.store` (which reads and writes the entries through that connection) are the only
modules that touch the file.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

from ..errors import JournalError

FILENAME = "journal.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0  # writes are tiny: waiting longer only hides a stuck process

# One tuple of statements per schema version; MIGRATIONS[n] takes user_version n to n + 1.
# Never edit a released migration: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('rejection', 'application', 'interview')),
            date TEXT NOT NULL,
            applied_on TEXT,
            company TEXT,
            role TEXT,
            stage TEXT NOT NULL DEFAULT 'unknown',
            reason TEXT,
            feedback TEXT,
            future TEXT,
            status TEXT
                CHECK (status IS NULL OR status IN ('drafted', 'sent', 'replied', 'feedback')),
            source_sha256 TEXT,
            message_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE UNIQUE INDEX entry_source ON entry (source_sha256) WHERE source_sha256 IS NOT NULL",
        "CREATE UNIQUE INDEX entry_message ON entry (message_id) WHERE message_id IS NOT NULL",
        "CREATE INDEX entry_date ON entry (date)",
        """CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX note_entry ON note (entry_id)",
    ),
    # the letter files (sha256 of their bytes) batch has journaled; a row outlives a forgotten
    # entry (entry_id NULL), so a later run neither adds it back nor parses it again
    (
        """CREATE TABLE source_file (
            sha256 TEXT PRIMARY KEY,
            entry_id INTEGER REFERENCES entry (id) ON DELETE SET NULL
        )""",
    ),
    # a letter's headers and paragraphs, hashed, so that the same letter changed (a P.S. added)
    # is known again (see .letters)
    (
        "ALTER TABLE entry ADD COLUMN source_head TEXT",
        "ALTER TABLE entry ADD COLUMN source_parts TEXT",
        "CREATE INDEX entry_head ON entry (source_head) WHERE source_head IS NOT NULL",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
MAX_ID = 2**63 - 1  # SQLite's largest INTEGER: a larger id names no entry


def default_path(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The journal's default place: the platform's per-user data folder."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "drafter" / FILENAME


def migrate(conn: sqlite3.Connection, path: Path | str = "journal") -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; returns the version found before."""
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found == SCHEMA_VERSION:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have migrated while we waited for the lock
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if found > SCHEMA_VERSION:
            raise JournalError(
                f"the journal {path} was written by a newer drafter (schema {found}; "
                f"this one knows up to {SCHEMA_VERSION}): upgrade drafter"
            )
        for version in range(found, SCHEMA_VERSION):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return found


def configure(conn: sqlite3.Connection) -> None:
    """Set a connection up for several writers: WAL, a busy timeout, foreign keys on."""
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL mode, and much faster
    conn.execute("PRAGMA foreign_keys = ON")


def _set_up(conn: sqlite3.Connection, path: Path) -> None:
    """Configure and migrate, retrying while other processes hold the locks this needs.

    Switching a new database to WAL can fail with "database is locked" at once, without waiting
    on the busy timeout, when several processes create the same journal together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            configure(conn)
            migrate(conn, path)
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() > deadline:
                raise
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            time.sleep(random.uniform(0.005, 0.05))


def _make_private(path: Path) -> None:
    """Create the journal file 0600, or take group and other access away from an existing one.

    The journal holds the same letters as the replies (0600); SQLite gives its -wal and -shm files
    the database file's mode, so those follow.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return
    except FileExistsError:
        pass
    info = path.stat()
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == owner:
        path.chmod(stat.S_IMODE(info.st_mode) & 0o700)


def connect(path: Path) -> sqlite3.Connection:
    """The journal at `path` opened for writing: created 0600 if new, configured and migrated."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _make_private(path)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    try:
        _set_up(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise JournalError(f"cannot open the journal {path}: {exc}") from None
    except BaseException:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """The journal opened for reading only: `mode=ro`, else (no -shm file can be made) `immutable`."""
    uri = "file:" + quote(str(path.resolve()))
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            last = exc
            continue
        try:
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        if found != SCHEMA_VERSION:
            conn.close()
            raise JournalError(
                f"the journal {path} is read-only and has schema {found}, not {SCHEMA_VERSION}: "
                "it cannot be upgraded to be read"
            )
        return conn
    raise JournalError(f"cannot open the journal {path}: {last}")
