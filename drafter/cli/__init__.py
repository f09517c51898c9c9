"""The command line: `drafter COMMAND ...` arguments in, an exit code out. The one place that talks to
the terminal's exit codes; each subcommand is a module in `commands`.

Subcommand modules are imported only when chosen, so `drafter draft --offline` never pays for
the LLM client or for commands it does not run.
"""

from __future__ import annotations

import errno
import gc
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from types import ModuleType

from ..errors import DrafterError
from .help import MAIN_EXAMPLES, Formatter, Parser, finish

# `typing` costs ~2 ms to import and `drafter --help` needs none of it (the annotations are strings)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any, NoReturn

__version__ = "0.1.0"

# name -> (module under drafter.cli.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "draft": ("draft", "draft a feedback-request email and reflection checklist for a letter"),
    "log": ("log", "list and add to your journal of applications, interviews and rejections"),
    "stats": ("stats", "show trends in your journal: where rejections happen and why"),
    "parse": ("parse", "show the facts drafter reads from a letter"),
    "batch": ("batch", "draft a reply beside every new rejection in files and folders"),
    "doctor": ("doctor", "check the LLM setup: settings, server, models and structured output"),
    "config": ("config", "show where your profile lives and what it holds, or change one key"),
    "completion": ("completion", "print a tab-completion script for your shell (bash, zsh, tcsh)"),
}


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"drafter.cli.commands.{COMMANDS[name][0]}")


def build_parser(only: str | None = None, *, every: bool = False) -> Parser:
    """The argument parser; with `only`, just that subcommand's arguments are loaded (`every`: all)."""
    parser = Parser(
        prog="drafter",
        description="Turn a job-rejection letter into a polite feedback-request email and a reflection checklist.",
        epilog=MAIN_EXAMPLES,
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"drafter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=Parser)
    parsers = _Parsers()
    sub._name_parser_map = sub.choices = parsers  # argparse's own map, by the name it reads
    for name, (_, help_text) in COMMANDS.items():
        if name == only or every:
            cmd_parser = sub.add_parser(name, help=help_text, description=help_text, formatter_class=Formatter)
            _command(name).add_arguments(cmd_parser)
            finish(name, cmd_parser)
        else:  # listed in the help and the choices as add_parser lists it; made if asked for
            sub._choices_actions.append(sub._ChoicesPseudoAction(name, (), help_text))
            parsers.later(name, _empty(f"{sub._prog_prefix} {name}", description=help_text, formatter_class=Formatter))
    help_text = "show this help, or a command's: drafter help draft"
    sub._choices_actions.append(sub._ChoicesPseudoAction("help", (), help_text))
    parsers.later("help", _empty(f"{sub._prog_prefix} help"))
    parser.commands = parsers
    return parser


def _empty(prog: str, **kwargs: Any) -> Callable[[], Parser]:
    """What `add_parser` would have made for a command whose arguments are not loaded."""
    return lambda: Parser(prog=prog, **kwargs)


class _Parsers(dict):  # type: ignore[type-arg]
    """The subcommands' parsers by name, made only when asked for.

    `drafter draft` reads only draft's arguments, and making an (empty) parser for each of the other
    commands cost ~1.5 ms of every start-up (argparse looks up its message catalogs for each).
    The names, their order and their help are argparse's as before, so `--help`, an invalid
    choice and its suggestion read the same.
    """

    def __init__(self) -> None:
        super().__init__()
        self._later: dict[str, Callable[[], Parser]] = {}

    def later(self, name: str, make: Callable[[], Parser]) -> None:
        self._later[name] = make
        super().__setitem__(name, None)

    def __getitem__(self, name: str) -> Parser:
        made = self._later.pop(name, None)
        if made is not None:
            super().__setitem__(name, made())
        parser: Parser = super().__getitem__(name)
        return parser

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default

    def values(self) -> list[Parser]:  # type: ignore[override]
        return [self[name] for name in self]

    def items(self) -> list[tuple[str, Parser]]:  # type: ignore[override]
        return [(name, self[name]) for name in self]


def main(argv: Sequence[str] | None = None) -> int:
    """Run drafter; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] == "help":
        # bare `drafter` and `drafter help [COMMAND]` teach rather than complain
        topic = args_list[1] if len(args_list) > 1 and args_list[1] in COMMANDS else None
        build_parser(topic).parse_args([topic, "--help"] if topic else ["--help"])
    chosen = next((a for a in args_list if not a.startswith("-")), None)
    parser = build_parser(chosen if chosen in COMMANDS else None)
    if sys.stderr is None:  # `2>&-`: nowhere to say anything, so say nothing
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the process
    if sys.stdout is None:  # `>&-`: a draft printed there would be lost without a word
        from .term import say

        say("standard output is closed; nothing would reach you (drafter draft writes the draft there)", level="error")
        return 2
    try:
        args, extra = parser.parse_known_args(args_list)
        if extra:  # reported by the subcommand, so the usage shown is that command's
            parser.commands[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
        command = _command(args.command)
        _loaded(command, args)
        code = int(command.run(args))
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in a message at exit
        return code
    except DrafterError as exc:
        from .term import say

        say(str(exc), level="error")
        return exc.exit_code
    except (KeyboardInterrupt, Terminated) as exc:
        return _stopped(exc)
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); not an error worth a message
        _discard_output()
        sys.stderr.close()
        return 1
    except OSError as exc:
        # the machine's doing, not a bug: a full disk, a full or closed output, a permission
        from .term import say

        _discard_output()
        say(_os_error(exc), level="error")
        return 2
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
                import traceback  # only here: a bug's report, not every run

                traceback.print_exc(file=fh)
        return 1


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so clean-ups run and the user is told."""


def _on_sigterm(_signum: int, _frame: object) -> None:
    raise Terminated


def _stopped(exc: BaseException) -> int:
    """Ctrl-C (130) or SIGTERM (143), said in one line."""
    what = "terminated (SIGTERM)" if isinstance(exc, Terminated) else "interrupted"
    print(f"drafter: {what}", file=sys.stderr)
    return 143 if isinstance(exc, Terminated) else 130


def _os_error(exc: OSError) -> str:
    """An OSError as one line: what failed, and on which file when it names one."""
    what = exc.strerror or str(exc) or type(exc).__name__
    where = exc.filename if isinstance(exc.filename, str) else None
    if where is None and exc.errno in (errno.ENOSPC, errno.EIO, errno.EBADF):
        return f"cannot write the output: {what}"
    return f"{what}: {where}" if where else what


def _discard_output() -> None:
    """Point stdout at the null device, so what is still buffered cannot fail again at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, AttributeError, ValueError):
        pass


def entry() -> NoReturn:
    """The `drafter` command and `python -m drafter`: `main()` as a short-lived process.

    Loading a command builds some 100,000 objects that live until exit (modules, pydantic
    schemas, compiled patterns). The cyclic collector would walk them over and over while they
    are made, and once more at exit, finding nothing to free: a quarter of an offline draft's
    run time. So it is paused while the command loads (its parser, then, once the arguments are
    read, the modules its `run` imports: see `_loaded`), what was built is frozen (`gc.freeze`:
    left out of every later collection), and the collector runs as usual for the command
    itself; at exit everything is frozen again. Objects are still freed by reference counting.

    Third-party pydantic plugins (packages that hook every model's validation, found by scanning
    every installed package's entry points, ~3 ms) are not loaded by the command, unless
    PYDANTIC_DISABLE_PLUGINS is set (an empty value loads them all). The library leaves that to
    the program using it.
    """
    global _starting
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _starting = gc.isenabled()
    gc.disable()
    from .. import rx
    from ..cache import caching_off

    rx.enable_cache(not caching_off())  # compiled patterns kept across runs (the library does not)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = main()
    except (KeyboardInterrupt, Terminated) as exc:  # while the command was still loading
        code = _stopped(exc)
    except SystemExit:  # --help, --version or a usage error: argparse's own exit, the usual one
        gc.freeze()  # or the exit would walk, while the collector is still paused, all that was built
        raise
    gc.freeze()
    _exit(code)


def _exit(code: int) -> NoReturn:
    """End the process once the command is done, without tearing down what it built.

    A normal exit frees every module, schema and pattern one by one (~5 ms of an offline draft)
    just before the system takes the memory back anyway. What an exit must do is done here: the
    exit functions run (atexit: drafter's pattern cache is saved there), then stdout and stderr
    are flushed. If another thread is still running, or the output cannot be flushed (a closed
    pipe), or Python is to stay interactive (`-i`), it is the usual exit, as before.
    """
    threading = sys.modules.get("threading")
    if sys.flags.inspect or (threading is not None and threading.active_count() > 1):
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()  # and unregistered: a fallback to sys.exit does not run them twice
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        sys.exit(code)
    os._exit(code)


_starting = False  # entry() paused the collector until the chosen command is loaded


def _loaded(command: ModuleType, args: argparse.Namespace) -> None:
    """The chosen command is about to run: load what it imports, then let the collector run.

    A command module may name the modules its `run` imports for these arguments
    (`pipeline(args)`); they are imported here, while the collector is still paused (importing
    the pipeline of a draft with the collector on cost ~10 ms of collections that free nothing).
    Only after the arguments are read, so `--help` and a usage error import none of it.
    """
    global _starting
    if _starting:
        pipeline = getattr(command, "pipeline", None)
        for name in pipeline(args) if pipeline is not None else ():
            importlib.import_module(name)
        _starting = False
        gc.freeze()
        gc.enable()
