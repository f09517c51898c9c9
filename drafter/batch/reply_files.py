"""The files `drafter batch` writes for a letter: where they go, whether they are current, writing.

For a letter `acme.eml` the reply is `acme.eml.reply.md` (the letter's full name plus `.reply.md`,
so `acme.eml` and `acme.txt` never share a reply) and, with `--eml`, `acme.eml.reply.eml`.
A message of an mbox or a Maildir gets `<mailbox name>.<name>.reply.md`, named after its date and
subject by `discover.message_name`; `mbox_key` (the first 12 hex digits of the sha256 of its
Message-ID, or of its bytes) is the name when it has neither, and the name older replies have.

The reply's front matter records the source's sha256, the sha256 of the body as written and
`reply_sha256`, the sha256 of the whole document without that line (the front matter is the user's
to edit too): a reply whose source hash matches is current (no work at all); one whose body or
document hash no longer matches was edited by hand and is never overwritten; with `--eml`, the
missing `.eml` draft beside it is made from the edited reply's email (`eml_only`), the reply left
as it is. An `.eml` draft with no `.reply.md` beside it is kept too, since nothing records what
drafter wrote there. What the
plan saw (:class:`Seen`) is compared with the files again just before each rename, so an edit
made while the run drafts is kept as well; a path that cannot be read or written fails its letter.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import formataddr
from pathlib import Path
from typing import Literal

from ..drafting.offline import strip_re
from ..models import DraftResult, Email, Message, Profile
from ..output import frontmatter
from ..output.files import ChangedOnDisk, Unchanged, atomic_write, remove_if_stale, sha256_file
from ..output.frontmatter import Value, sha256_text
from ..output.render import draft_markdown

REPLY_SUFFIX = ".reply.md"
EML_SUFFIX = ".reply.eml"
FORMAT_VERSION = 1
DRAFTER_HEADER = "X-Drafter"
REPLY_HASH_KEY = "reply_sha256"
# atomic_write's temporary files: `.<name>.<random>.tmp` beside the file it writes.
_STRAY_TEMP = re.compile(r"^\.(?:.+\.reply\.(?:md|eml))\.[A-Za-z0-9_]+\.tmp$")

# "unusable": the reply (or .eml draft) cannot be read or written there; that letter fails.
# "eml_only": the reply was edited by hand and has no .eml draft yet: one is made from the edit.
State = Literal["missing", "current", "stale", "edited", "unusable", "eml_only"]


@dataclass(frozen=True)
class Target:
    """The output files for one letter (or one message of an mbox)."""

    source: Path
    reply: Path
    message_index: int | None = None

    @property
    def eml(self) -> Path:
        return self.reply.with_name(self.reply.name[: -len(REPLY_SUFFIX)] + EML_SUFFIX)


def is_own_output(name: str) -> bool:
    """True for files drafter batch writes (reply files, .eml drafts, their temporary files)."""
    return name.endswith((REPLY_SUFFIX, EML_SUFFIX)) or bool(_STRAY_TEMP.match(name))


def mbox_key(message_id: str | None, data: bytes) -> str:
    """A stable short name for one message of an mbox."""
    seed = message_id.strip().encode("utf-8", "surrogateescape") if message_id else data
    return hashlib.sha256(seed).hexdigest()[:12]


def reply_path(base: Path, key: str | None = None) -> Path:
    """`base` is where the letter would sit in the output tree (beside it, or mirrored)."""
    name = base.name if key is None else f"{base.name}.{key}"
    return base.with_name(name + REPLY_SUFFIX)


@dataclass(frozen=True)
class Seen:
    """What the plan saw on disk for one letter: its state, why, and the files as they were."""

    state: State
    why: str = ""
    reply: Unchanged = field(default_factory=lambda: Unchanged(None))  # as read (sha256), or no file
    eml: Unchanged = field(default_factory=lambda: Unchanged(None))
    fields: dict[str, Value] = field(default_factory=dict)


def state(target: Target, source_sha256: str, *, want_eml: bool, llm: bool = False) -> Seen:
    """What is on disk for `target`, judged without parsing the letter.

    With `llm` (this run drafts with an LLM), a reply that is the offline draft because the
    server could not be used (front matter `fallback: server`) is stale unless edited by hand.
    """
    try:
        eml = Unchanged(sha256_file(target.eml)) if want_eml else Unchanged(None)
    except OSError as exc:
        return _unusable(target.eml, exc)
    try:
        data = target.reply.read_bytes()
    except FileNotFoundError:
        if eml.sha256 is not None:
            # nothing records what drafter wrote there, so it may hold the user's edits
            return Seen("edited", f"{target.eml.name} exists without its {target.reply.name}; kept as it is")
        return Seen("missing", eml=eml)
    except OSError as exc:  # a folder in the way, no permission, a name too long...
        return _unusable(target.reply, exc)
    seen = functools.partial(Seen, reply=Unchanged(hashlib.sha256(data).hexdigest()), eml=eml)
    try:
        text = data.decode("utf-8")  # the body is hashed exactly as written, carriage returns included
    except UnicodeDecodeError as exc:
        return seen("edited", f"cannot read {target.reply.name}: {exc}")
    doc = frontmatter.split(text)
    if doc is None or "body_sha256" not in doc[0]:
        return seen("edited", f"{target.reply.name} has no drafter front matter")
    fields, body = doc
    seen = functools.partial(seen, fields=fields)
    body_edited = fields.get("body_sha256") != sha256_text(body) or _front_matter_edited(text, fields)
    eml_state = _eml_state(eml.sha256, fields.get("eml_sha256")) if want_eml else "ok"
    if fields.get("source_sha256") == source_sha256:
        if llm and fields.get("fallback") == "server" and not body_edited and eml_state != "edited":
            return seen("stale", "drafted offline while the LLM server could not be used")
        if eml_state != "missing":
            return seen("current")
        if body_edited:
            return _eml_from_edit(seen, body, "edited by hand")
        return seen("stale", "no .eml draft yet")
    if body_edited:
        if eml_state == "missing":
            return _eml_from_edit(seen, body, "edited by hand; the letter changed since")
        return seen("edited", "edited by hand; the letter changed since")
    if eml_state == "edited":
        return seen("edited", f"{target.eml.name} edited by hand; the letter changed since")
    return seen("stale", "the letter changed")


def _eml_from_edit(seen: functools.partial[Seen], body: str, edited: str) -> Seen:
    """An edited reply with no .eml draft: make one from its email, or keep it as it is."""
    if reply_email(body) is None:
        return seen("edited", f"{edited}; no email section found to make an .eml draft from")
    return seen("eml_only", f"{edited}; no .eml draft yet")


_SECTION = re.compile(r"^## ", re.MULTILINE)


def reply_email(body: str) -> Email | None:
    """The email in a reply file's body (as :func:`draft_markdown` lays it out, maybe edited since):
    the text under `## Email`, its `**To:**` and `**Subject:**` lines, up to the next heading."""
    start = body.find("## Email\n")
    if start < 0:
        return None
    section = body[start + len("## Email\n") :]
    end = _SECTION.search(section)
    lines = (section[: end.start()] if end else section).strip("\n").split("\n")
    to = subject = None
    while lines and lines[0].startswith(("**To:**", "**Subject:**")):
        key, _, value = lines.pop(0).partition(":**")
        if key == "**To":
            to = value.strip() or None
        else:
            subject = value.strip()
    text = "\n".join(lines).strip("\n")
    if subject is None or not text.strip():
        return None
    return Email(to=to, subject=subject, body=text + "\n")


def write_eml_from_edit(message: Message, target: Target, *, seen: Seen, sender: Profile | None = None) -> None:
    """The .eml draft for a reply edited by hand, from its email; the reply itself is not touched.

    Raises :class:`ChangedOnDisk` if the reply changed since the plan read it, or the .eml appeared.
    """
    data = target.reply.read_bytes()
    if hashlib.sha256(data).hexdigest() != seen.reply.sha256:
        raise ChangedOnDisk(f"{target.reply.name} changed while drafter was writing its .eml draft")
    doc = frontmatter.split(data.decode("utf-8"))
    email = reply_email(doc[1]) if doc is not None else None
    if email is None:
        raise ChangedOnDisk(f"{target.reply.name} changed while drafter was writing its .eml draft")
    atomic_write(target.eml, eml_message(email, message, sender=sender), expect=Unchanged(None))


def _unusable(path: Path, exc: OSError) -> Seen:
    """Not the user's edit but a path drafter cannot use: say so, as a failure."""
    return Seen("unusable", f"cannot use {path.name}: {exc.strerror or exc}")


def _front_matter_edited(text: str, fields: dict[str, Value]) -> bool:
    """True if the front matter (to, subject, an added note...) differs from what drafter wrote.

    `reply_sha256` is the sha256 of the whole document minus its own line. A reply written before
    that field existed has only its body checked.
    """
    recorded = fields.get("reply_sha256")
    if recorded is None:
        return False
    line = f"{REPLY_HASH_KEY}: {frontmatter.quote(recorded)}\n"
    return recorded != sha256_text(text.replace(line, "", 1))


def _eml_state(found: str | None, recorded: Value) -> Literal["ok", "missing", "edited"]:
    if found is None:
        return "missing"
    return "ok" if found == recorded else "edited"


def eml_draft(result: DraftResult, message: Message, *, sender: Profile | None = None) -> str:
    """An unsent reply threaded to `message` (In-Reply-To, References) that mail clients open.

    From is the profile's email when it has one (see :func:`eml_message`).
    """
    return eml_message(result.email, message, sender=sender)


# Message-IDs are compared as written: never MIME-encoded, even when not ASCII (RFC 6532).
_RAW_HEADERS = default_policy.clone(utf8=True)


def eml_message(email: Email, message: Message, *, sender: Profile | None = None) -> str:
    """:func:`eml_draft` for an email however it was made (drafted, or taken from an edited reply).

    From is only ever the candidate's own address, the profile's `email`: never the letter's To,
    which whoever wrote the letter chose. Without one, the mail client fills in its own.
    """
    msg = EmailMessage()
    if sender is not None and sender.email:
        name = sender.name
        if not name and message.to_address and message.to_address.casefold() == sender.email.casefold():
            name = message.to_name  # the letter's name for that same address
        msg["From"] = formataddr((_one_line(name or ""), _one_line(sender.email)))
    if email.to:
        msg["To"] = _one_line(email.to)
    subject = _one_line(email.subject)
    if message.subject and not subject.casefold().startswith("re:"):
        subject = f"Re: {strip_re(_one_line(message.subject))}"
    msg["Subject"] = subject
    msg["X-Unsent"] = "1"
    msg[DRAFTER_HEADER] = "draft"
    msg.set_content(email.body)
    text = msg.as_string()
    if not message.message_id:
        return text
    message_id = _one_line(message.message_id)
    references = " ".join([*(message.references or "").split(), message_id])
    threading: str = _RAW_HEADERS.fold("In-Reply-To", message_id) + _RAW_HEADERS.fold("References", references)
    head, sep, body = text.partition("\n\n")
    return head + "\n" + threading.rstrip("\n") + sep + body


def _one_line(value: str) -> str:
    """Header values never hold line breaks (an LLM's subject might)."""
    return " ".join(value.split())


def reply_document(
    result: DraftResult,
    target: Target,
    *,
    source_sha256: str,
    message_id: str | None,
    eml_text: str | None,
    journal: bool = True,
) -> str:
    """The reply file: front matter, then the email, the checklist and the networking note."""
    body = draft_markdown(result)
    source = Path(os.path.relpath(target.source, target.reply.parent)).as_posix()
    fields: dict[str, Value] = {
        "drafter_reply": FORMAT_VERSION,
        "to": result.email.to,
        "subject": result.email.subject,
        "source": source,
        "source_sha256": source_sha256,
    }
    if target.message_index is not None:
        fields["message_index"] = target.message_index
    fields |= {
        "message_id": message_id,
        "template": result.template,
        "backend": result.backend,
        "model": result.model,
        # only when the offline draft stands in for the LLM's: a later run re-drafts a "server" one
        **({"fallback": result.fallback} if result.fallback else {}),
        # written with --no-journal: a later run does not journal it
        **({} if journal else {"journal": "off"}),
        "eml_sha256": None if eml_text is None else sha256_text(eml_text),
        "body_sha256": sha256_text(body),
    }
    # the front matter is the user's to edit too: hash the whole document, this line left out
    unhashed = frontmatter.render(fields, body)
    fields[REPLY_HASH_KEY] = sha256_text(unhashed)
    return frontmatter.render(fields, body)


def write_outputs(
    result: DraftResult,
    message: Message,
    target: Target,
    *,
    source_sha256: str,
    eml: bool,
    sender: Profile | None = None,
    seen: Seen | None = None,
    journal: bool = True,
) -> None:
    """Write the reply (then the .eml draft); each file appears whole or not at all.

    With `seen` (what the plan found), a file that changed since is left as the user made it
    (:class:`ChangedOnDisk`): it is checked again just before its rename.
    """
    eml_text = eml_draft(result, message, sender=sender) if eml else None
    message_id = message.message_id
    document = reply_document(
        result, target, source_sha256=source_sha256, message_id=message_id, eml_text=eml_text, journal=journal
    )
    # The reply first: killed between the two, the reply records an .eml that is missing, which
    # the next run sees as stale and finishes.
    atomic_write(target.reply, document, expect=None if seen is None else seen.reply)
    if eml_text is not None:
        atomic_write(target.eml, eml_text, expect=None if seen is None else seen.eml)


def remove_stray_temps(folders: set[Path]) -> int:
    """Delete temporary files killed runs left beside their outputs (never a live run's)."""
    removed = 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if _STRAY_TEMP.match(entry.name) and entry.is_file(follow_symlinks=False):
                removed += remove_if_stale(Path(entry.path))
    return removed
