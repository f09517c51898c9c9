"""Batch: files and folders of saved letters in, a reply draft beside each new rejection out.

`discover` finds the letters and compares each with the reply already on disk, `run` drafts what
is missing or stale (within the token `budget`), and `reply_files` writes the reply files (and
.eml drafts). `options` is what a run takes (the flags, the journal's and the LLM's hooks) and
`report` what it gives (an outcome per letter, and the exit code).
"""

from __future__ import annotations

from .budget import Budget
from .run import Options, Report, run_batch

__all__ = ["Budget", "Options", "Report", "run_batch"]
