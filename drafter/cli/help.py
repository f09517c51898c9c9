"""Help that teaches: examples for every command, short usage lines, and a usage error in two lines."""

from __future__ import annotations

import argparse
import re
import sys

# `typing` costs ~2 ms to import and `drafter --help` needs none of it (the annotations are strings)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

# command -> the usage line shown by `--help` and by a usage error (argparse's own runs to 5 lines)
USAGE = {
    "draft": "drafter draft [FILE|-] [--json | --body-only] [--copy] [--eml FILE] [options]",
    "parse": "drafter parse [FILE|-] [--json]",
    "batch": "drafter batch PATH... [--eml] [--check] [--out DIR] [options]",
    "log": "drafter log [ACTION] [options]",
    "stats": "drafter stats [--json] [--journal PATH]",
    "doctor": "drafter doctor [--no-probe]",
    "config": "drafter config [show | path | set KEY VALUE | unset KEY]",
    "completion": "drafter completion {bash,zsh,tcsh}",
}

EXAMPLES = {
    "draft": """\
examples:
  drafter draft                          paste the letter, then press Ctrl-D (Ctrl-Z Enter on Windows)
  drafter draft letter.eml --copy        draft a reply and put the email on the clipboard
  drafter draft letter.txt --eml reply.eml --tone formal
                                         write a draft your mail client opens

The email is signed with the name in your profile (`drafter config set name "Alex Morgan"`);
on a terminal with no name saved, drafter asks for it once and offers to save it. stdout
carries only the draft; notes such as which backend wrote it go to stderr.""",
    "parse": """\
examples:
  drafter parse letter.eml               the facts, one per line
  drafter parse letter.txt --json        the parse contract as one JSON object
  pbpaste | drafter parse - --json       a letter from the clipboard""",
    "batch": """\
examples:
  drafter batch ~/Mail/Rejections        a reply beside every new rejection in a folder or a Maildir
  drafter batch letters/ --eml --offline also an .eml draft for each, without an LLM
  drafter batch letters/ --check         in CI: exit 1 if a reply is missing or stale""",
    "stats": """\
examples:
  drafter stats                          where in the funnel rejections happen, and why
  drafter stats --json                   the figures as one JSON object
  drafter stats --journal coach.sqlite3  the figures of another journal""",
    "doctor": """\
examples:
  drafter doctor                         check the settings, the server, the model and structured output
  drafter doctor --no-probe              check without sending any chat request
  OPENAI_BASE_URL=http://localhost:11434/v1 drafter doctor
                                         check a local Ollama server""",
    "completion": """\
examples:
  drafter completion bash > ~/.local/share/bash-completion/completions/drafter
                                         bash: complete commands, options and file names
  drafter completion zsh > "${fpath[1]}/_drafter"
                                         zsh (then start a new shell)
  eval "$(drafter completion bash)"      try it in this shell only

The script runs in the shell alone: pressing Tab never starts drafter.""",
}

MAIN_EXAMPLES = """\
examples:
  drafter draft                          paste a rejection letter, press Ctrl-D, get a reply draft
  drafter draft letter.eml --copy        draft a reply to a saved email, copied to the clipboard
  drafter config set name "Alex Morgan"  sign every draft with your name
  drafter batch ~/Mail/Rejections        a reply beside every new rejection in a folder

`drafter COMMAND --help` shows a command's options and examples."""


class Formatter(argparse.HelpFormatter):
    """Paragraphs with line breaks of their own (examples) are kept as written; prose is wrapped."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = []
        for para in text.split("\n\n"):
            if "\n" in para:
                paragraphs.append("\n".join(indent + line for line in para.splitlines()))
            else:
                paragraphs.append(super()._fill_text(para, width, indent))
        return "\n\n".join(paragraphs)


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are two lines: what is wrong, and the usage."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands: dict[str, argparse.ArgumentParser] = {}

    def error(self, message: str) -> NoReturn:
        hint = _did_you_mean(self, message)
        sys.stderr.write(f"{self.prog}: error: {message}{hint}\n")
        sys.stderr.write(f"usage: {_short_usage(self)}  (see {self.prog} --help)\n")
        sys.exit(2)


def _short_usage(parser: argparse.ArgumentParser) -> str:
    """The usage on one line: argparse's own when it fits, else `PROG [options] POSITIONALS`."""
    usage = parser.format_usage().removeprefix("usage: ").strip()
    if "\n" not in usage:
        return usage
    positionals = [
        action.metavar if isinstance(action.metavar, str) else action.dest.upper()
        for action in parser._actions
        if not action.option_strings and action.help != argparse.SUPPRESS
    ]
    return " ".join([parser.prog, "[options]", *positionals])


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


def _did_you_mean(parser: argparse.ArgumentParser, message: str) -> str:
    prefix = "unrecognized arguments: "
    choice = _INVALID_CHOICE.search(message)
    if not message.startswith(prefix) and choice is None:
        return ""
    import difflib  # only on a usage error

    if choice is not None:
        given, offered = choice.group(1), re.findall(r"'([^']*)'", choice.group(2))
    else:
        given = message.removeprefix(prefix).split()[0].split("=")[0]
        offered = [s for action in parser._actions for s in action.option_strings]
    close = difflib.get_close_matches(given, offered, n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def finish(name: str, parser: argparse.ArgumentParser) -> None:
    """Give a subcommand's parser its short usage line and examples."""
    if name in USAGE:
        parser.usage = USAGE[name].removeprefix("drafter ").replace(name, "%(prog)s", 1)
    examples = EXAMPLES.get(name)
    if examples and "examples:" not in (parser.epilog or ""):
        parser.epilog = f"{parser.epilog}\n\n{examples}" if parser.epilog else examples
