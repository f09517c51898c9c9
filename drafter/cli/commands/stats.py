"""`drafter stats`: trends in the journal: where rejections happen, why, feedback, per month."""

from __future__ import annotations

import argparse
import json

from ..term import out, out_json, say
from ._journal import add_journal_argument, journal_path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_journal_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")


def run(args: argparse.Namespace) -> int:
    # the settings and the journal load here, so `drafter stats --help` and a usage error do not
    from ...config import load_settings, working_folder
    from ...journal.charts import stats_report
    from ...journal.stats import compute
    from ...journal.store import open_journal

    path = journal_path(load_settings(cwd=working_folder()), args.journal)
    with open_journal(path, read_only=True) as journal:
        entries = journal.entries(with_notes=False)  # the figures never read notes
    for problem in journal.unreadable:
        say(problem, level="warning")
    stats = compute(entries)
    if args.json:
        out_json(json.dumps(stats.to_json_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out(stats_report(stats))
    return 0
