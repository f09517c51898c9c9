"""Journal: drafted letters and what the user logs in, stored entries and statistics out.

`database` is the SQLite file (its place, schema, migrations and connections) and `store` the
entries read and written through it: the only two modules that touch the file. `letters` records a
letter once, `applications` a letter about an application as that application (`linking` finds
the application a rejection answers), and `entries` holds the plain values the journal returns;
`stats`, `charts` and `insights` compute trends, terminal charts and reflection hints from those
values, purely.
"""

from __future__ import annotations

from .letters import message_sha256, record_letter, text_sha256
from .store import Journal, default_path, open_journal

__all__ = ["Journal", "default_path", "message_sha256", "open_journal", "record_letter", "text_sha256"]
