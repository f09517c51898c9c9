"""`drafter config [show|path|set KEY VALUE|unset KEY]`: where the profile lives, and what it holds."""

from __future__ import annotations

import argparse
import json
from collections.abc import Collection, Iterator

from ..term import out, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ...models import Profile

EXAMPLES = """\
examples:
  drafter config                              show the config file's path and your profile
  drafter config set name "Alex Morgan"       sign every draft with your name
  drafter config set sign_off.de "Viele Grüße"  a closing line for German replies
  drafter config unset linkedin_url
"""


class ProfileKeys(Collection[str]):
    """The keys `config set` and `unset` take, read from the profile model the first time they are
    needed (to check a key given, to list them in `config set --help`, in a completion script), so
    `drafter config --help` and `config path` load neither the model nor pydantic."""

    def __init__(self) -> None:
        self._keys: list[str] | None = None

    def _all(self) -> list[str]:
        if self._keys is None:
            from ._profile import settable_keys

            self._keys = settable_keys()
        return self._keys

    def __contains__(self, key: object) -> bool:
        return key in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EXAMPLES
    keys = ProfileKeys()
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    show = sub.add_parser("show", help="show the config file's path and your profile (the default)")
    show.add_argument("--json", action="store_true", help="print the profile as one JSON object")
    sub.add_parser("path", help="print the config file's path")
    # `%(choices)s` lists the keys when the help is shown, not when the parser is built
    set_ = sub.add_parser("set", help="set one profile key", description="Set one profile key.")
    set_.add_argument("key", metavar="KEY", choices=keys, help="%(choices)s")
    set_.add_argument("value", metavar="VALUE")
    unset = sub.add_parser("unset", help="remove one profile key")
    unset.add_argument("key", metavar="KEY", choices=keys, help="%(choices)s")


def run(args: argparse.Namespace) -> int:
    from ...config import load_profile, load_settings, working_folder
    from ._profile import set_value

    # the settings `draft` and `batch` use, the working folder's .env included, so the profile
    # shown and changed here is the one they read
    settings = load_settings(cwd=working_folder())
    path = settings.config_file
    action = args.action or "show"
    if action == "path":
        out(f"{path}\n")
        return 0
    if action in ("set", "unset"):
        value = args.value if action == "set" else None
        if value is not None and not value.strip():
            say(f"{args.key} cannot be empty; use `drafter config unset {args.key}` to remove it", level="error")
            return 2
        set_value(path, args.key, value)
        say(f"{'set' if value is not None else 'removed'} {args.key} in {path}")
        return 0
    profile = load_profile(settings)
    if getattr(args, "json", False):
        out(json.dumps({"path": str(path), "profile": profile.model_dump()}, ensure_ascii=False, indent=2) + "\n")
        return 0
    out(show(profile, path_text=f"{path}" + ("" if path.is_file() else "  (not created yet)")))
    return 0


def show(profile: Profile, *, path_text: str) -> str:
    """The profile as `key  value` rows under the config file's path."""
    rows = [f"config file: {path_text}", "[profile]"]
    values = profile.model_dump()
    width = max(len(k) for k in values)
    for key, value in values.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{lang}: {text}" for lang, text in value.items())
        else:
            shown = "-" if value is None else str(value)
        rows.append(f"  {key:<{width}}  {shown}")
    if not profile.name:
        rows.append("\nNo name yet: drafts are signed with the name the letter used. Set yours with:")
        rows.append('  drafter config set name "Your Name"')
    return "\n".join(rows) + "\n"
