"""Journal: drafted letters and what the user logs in, stored entries and statistics out.

`store` is the SQLite journal (the only module that touches its file), `letters` records a letter
once, `applications` a letter about an application as that application, `entries` the plain
values it returns; `stats`, `charts` and `insights` compute trends,
terminal charts and reflection hints from those values, purely.
"""

from __future__ import annotations

from .letters import message_sha256, record_letter, text_sha256
from .store import Journal, default_path, open_journal

__all__ = ["Journal", "default_path", "message_sha256", "open_journal", "record_letter", "text_sha256"]
