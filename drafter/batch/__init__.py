"""Batch: files and folders of saved letters in, a reply draft beside each new rejection out.

`discover` finds the letters and compares each with the reply already on disk, `run` drafts what
is missing or stale and reports (within the token `budget`), and `reply_files` writes the reply
files (and .eml drafts).
"""

from __future__ import annotations

from .budget import Budget
from .run import Options, Report, run_batch

__all__ = ["Budget", "Options", "Report", "run_batch"]
