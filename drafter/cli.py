"""The command line: `drafter COMMAND ...`. The one place that talks to the terminal's exit codes.

Subcommand modules are imported only when chosen, so `drafter draft --offline` never pays for
the LLM client or for commands it does not run.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType

from .errors import DrafterError

__version__ = "0.1.0"

# name -> (module under drafter.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "draft": ("draft", "draft a feedback-request email and reflection checklist for a letter"),
    "log": ("log", "list and add to your journal of applications, interviews and rejections"),
    "stats": ("stats", "show trends in your journal: where rejections happen and why"),
    "parse": ("parse", "show the facts drafter reads from a letter"),
    "batch": ("batch", "draft a reply beside every new rejection in files and folders"),
    "doctor": ("doctor", "check the LLM setup: settings, server, models and structured output"),
}


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"drafter.commands.{COMMANDS[name][0]}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with `only`, just that subcommand's arguments are loaded."""
    parser = argparse.ArgumentParser(
        prog="drafter",
        description="Turn a job-rejection letter into a polite feedback-request email and a reflection checklist.",
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_, help_text) in COMMANDS.items():
        cmd_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == only:
            _command(name).add_arguments(cmd_parser)
    return parser


def _freeze_at_exit() -> None:
    """Let the process end without the collector walking everything it loaded.

    The interpreter's final collections walk every object still alive: each module, class and
    function, some 0.1 s once the openai SDK is loaded. All of it is torn down with the process
    anyway; frozen at exit (after the commands closed their files and the journal), it is skipped.
    """
    atexit.unregister(gc.freeze)  # once, however often main() runs in one process
    atexit.register(gc.freeze)


def main(argv: Sequence[str] | None = None) -> int:
    """Run drafter; returns the exit code."""
    _freeze_at_exit()
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    try:
        args = parser.parse_args(args_list)
        return int(_command(args.command).run(args))
    except DrafterError as exc:
        print(f"drafter: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("drafter: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); not an error worth a message
        sys.stderr.close()
        return 1
    except Exception as exc:
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        print(
            f"drafter: unexpected error: {type(exc).__name__}: {exc} "
            "(this is a bug; run with DRAFTER_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        if os.environ.get("DRAFTER_TRACEBACK_FILE"):
            with open(os.environ["DRAFTER_TRACEBACK_FILE"], "a", encoding="utf-8") as fh:
                traceback.print_exc(file=fh)
        return 1
