"""`drafter completion SHELL`: print a tab-completion script for bash, zsh or tcsh.

The script is generated once from the full argument parser (shtab) and then runs in the shell
alone: pressing Tab never starts Python, so completion costs drafter's start-up nothing.
"""

from __future__ import annotations

import argparse

from ..term import out

SHELLS = ("bash", "zsh", "tcsh")
# option or argument -> what the shell should offer for it
_FILES = {"file", "paths", "eml", "output", "journal"}
_FOLDERS = {"out"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, metavar="SHELL", help=f"one of: {', '.join(SHELLS)}")


def run(args: argparse.Namespace) -> int:
    import shtab  # only here: `drafter completion` is run once, when setting the shell up

    from .. import build_parser

    parser = build_parser(every=True)
    _mark_paths(parser, files=shtab.FILE, folders=shtab.DIRECTORY)
    out(shtab.complete(parser, shell=args.shell))
    return 0


def _mark_paths(parser: argparse.ArgumentParser, *, files: object, folders: object) -> None:
    """Offer file names where a command takes a file, folder names where it takes a folder."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in {id(p): p for p in action.choices.values()}.values():
                _mark_paths(sub, files=files, folders=folders)
        elif action.dest in _FILES or action.dest in _FOLDERS:
            # shtab reads this attribute; argparse has no field for it
            action.complete = files if action.dest in _FILES else folders  # type: ignore[attr-defined]
