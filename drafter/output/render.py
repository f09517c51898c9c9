"""Output: the draft as terminal text, JSON or Markdown (safe file writes are in `files`)."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..models import DraftResult, RejectionLetter


def rule(title: str, width: int = 60, *, ascii: bool = False) -> str:
    """A heading rule: `── title ─────`, or `-- title -----` where the terminal lacks box drawing."""
    line = "-" if ascii else "─"
    return f"{line * 2} {title} " + line * max(3, width - len(title) - 4)


def draft_text(result: DraftResult, *, ascii: bool = False, heading: Callable[[str], str] = str) -> str:
    """Email first (ready to copy), then the checklist and the networking note.

    `heading` styles the rules (the CLI makes them bold on a terminal). Which backend wrote the
    draft is in :func:`footer`, which the CLI prints on stderr so stdout carries only the draft.
    """
    email = result.email
    lines = []
    if email.to:
        lines.append(f"To: {email.to}")
    lines += [f"Subject: {email.subject}", "", email.body, "", heading(rule("Reflection checklist", ascii=ascii))]
    for n, item in enumerate(result.checklist, 1):
        lines.append(f"{n:>2}. {item.text}")
        lines.append(f"    why: {item.why}")
    note = result.networking_note
    lines += ["", heading(rule(f"Networking note ({len(note)}/300 characters)", ascii=ascii)), note]
    return "\n".join(lines) + "\n"


def footer(result: DraftResult) -> str:
    """Which backend (and model) wrote the draft, and from which template."""
    how = f"drafted by the {result.backend} backend"
    if result.model and result.backend == "offline":  # the offline draft after an unusable LLM answer
        how += f", as {result.model}'s answer was not usable"
    elif result.model:
        how += f" ({result.model})"
    return f"[{how}, template '{result.template}']"


def body_only(result: DraftResult) -> str:
    """Just the email body, for a clipboard tool or a mail client's compose window."""
    return result.email.body.rstrip("\n") + "\n"


def draft_json(result: DraftResult) -> str:
    return json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2) + "\n"


def draft_markdown(result: DraftResult) -> str:
    """The email, the checklist and the networking note as a Markdown document (no front matter)."""
    email = result.email
    parts = ["## Email", ""]
    if email.to:
        parts.append(f"**To:** {email.to}  ")
    parts += [f"**Subject:** {email.subject}", "", email.body, "", "## Reflection checklist", ""]
    parts += [f"- [ ] {item.text}  \n  _{item.why}_" for item in result.checklist]
    parts += ["", "## Networking note", "", result.networking_note, ""]
    return "\n".join(parts)


def letter_text(letter: RejectionLetter) -> str:
    width = max(len(k) for k in letter.contract())
    rows = []
    for key, value in letter.contract().items():
        shown = "-" if value is None else str(value).lower() if isinstance(value, bool) else value
        rows.append(f"{key:<{width}}  {shown}")
    if letter.interviewers:
        rows.append(f"{'interviewers':<{width}}  {', '.join(letter.interviewers)}")
    return "\n".join(rows) + "\n"


def letter_json(letter: RejectionLetter) -> str:
    return json.dumps(letter.contract(), ensure_ascii=False, indent=2) + "\n"
