"""`drafter parse [FILE|-]`: print the facts drafter reads from a letter."""

from __future__ import annotations

import argparse
import sys

from ...errors import NotARejectionError
from ..term import out, out_json
from ._input import read_letter


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", metavar="FILE|-", help="the letter (.txt .md .html .eml .pdf); - or nothing for stdin"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object (the parse contract)")


def run(args: argparse.Namespace) -> int:
    # the parser and the renderer load here, so `drafter parse --help` and a usage error do not
    from ...api import UNCLEAR_WARNING, not_a_rejection
    from ...output import render
    from ...parsing.letter import parse_message

    letter = parse_message(read_letter(args.file, then="what drafter read"))
    if args.json:
        out_json(render.letter_json(letter))
    else:
        out(render.letter_text(letter))
    if not letter.is_rejection:
        why = not_a_rejection(letter.kind).split(" (")[0] if letter.kind != "unclear" else UNCLEAR_WARNING
        print(f"drafter: {why}", file=sys.stderr)
        return NotARejectionError.exit_code
    return 0
