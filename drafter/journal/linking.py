"""Which logged application a rejection answers: the same company, and the same role (pure).

Companies match without case, punctuation or a legal suffix ("Lumen Labs Ltd." is "Lumen Labs").
Roles match on a requisition id when both name one ("REQ-4411", "Job ID 4411", "#4411" are one
id); otherwise on their words, with the usual abbreviations written out ("Sr." is "Senior",
"Mgr" is "Manager"). Where one side names no role, the company's only open application is it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple, get_args

from .. import rx
from ..models import Stage

LEGAL_SUFFIXES = frozenset(
    "inc incorporated ltd limited llc llp plc co corp corporation company gmbh ag se sa sas sarl bv nv"
    " srl spa oy ab as aps kg ug pty pte".split()
)
ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "mgr": "manager",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "assoc": "associate",
    "asst": "assistant",
    "dir": "director",
    "mgmt": "management",
    "ops": "operations",
    "admin": "administrator",
    "coord": "coordinator",
    "rep": "representative",
    "spec": "specialist",
    "&": "and",
}
_WORDS = rx.compile(r"[^\W_]+|&")
# a requisition id inside a role's text: "(REQ-4411)", "Job ID: 4411", "#4411", "ref. DA-17"
_REQUISITION = rx.compile(
    r"(?:\b(?:req(?:uisition)?|job(?:\s+id)?|ref(?:erence)?|vacancy|position(?:\s+id)?)\b\.?\s*"
    r"(?:(?:id|no|nr|number)\b\.?\s*)?[:#]?\s*|#\s*|\(\s*)"
    r"([A-Za-z]{0,4}[-/]?\d[\w/-]*)\)?",
    re.IGNORECASE,
)
_ID_PREFIX = re.compile(r"^(?:REQUISITION|REQ|JOBID|JOB|REFERENCE|REF|ID|NO|NR)+")


# the funnel's stages in order; `unknown` is never further along than a known one
FUNNEL: tuple[str, ...] = tuple(s for s in get_args(Stage) if s != "unknown")


def further_stage(a: str, b: str) -> str:
    """The stage further along the funnel: an invitation's `interview` outlasts a rejection's
    `application`, and `unknown` gives way to any known stage."""
    known = [s for s in (a, b) if s in FUNNEL]
    return max(known, key=FUNNEL.index) if known else b


class Application(NamedTuple):
    """An application entry as matching needs it."""

    id: int
    on: dt.date
    company: str | None
    role: str | None


def company_key(name: str | None) -> str:
    """A company's name for matching: words only, no case, no legal suffix."""
    words = [w for w in _WORDS.findall((name or "").casefold()) if w != "&"]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def requisition(role: str | None, given: str | None = None) -> str | None:
    """The requisition id `given` (the parser's) or found in `role`, as one comparable string."""
    text = given or ""
    if not text and role:
        match = _REQUISITION.search(role)
        text = match.group(1) if match else ""
    ident = re.sub(r"[\W_]+", "", text.upper())
    ident = _ID_PREFIX.sub("", ident) or ident
    return ident if any(c.isdigit() for c in ident) else None


def role_words(role: str | None) -> tuple[str, ...]:
    """A role's words for matching: no case, no requisition id, abbreviations written out."""
    text = _REQUISITION.sub(" ", role or "").casefold()
    return tuple(ABBREVIATIONS.get(w, w) for w in _WORDS.findall(text))


def same_role(a: str | None, b: str | None, *, req_a: str | None = None, req_b: str | None = None) -> bool:
    """Whether two roles are one: their requisition ids when both have one, else their words."""
    ids = requisition(a, req_a), requisition(b, req_b)
    if ids[0] and ids[1]:
        return ids[0] == ids[1]
    return role_words(a) == role_words(b)


def answered_application(
    applications: Sequence[Application],
    *,
    company: str | None,
    role: str | None,
    on: dt.date,
    requisition_id: str | None = None,
) -> Application | None:
    """The open application a rejection of `role` at `company`, dated `on`, answers (None if unclear)."""
    key = company_key(company)
    if not key:
        return None
    mine = sorted((a for a in applications if company_key(a.company) == key and a.on <= on), key=lambda a: (a.on, a.id))
    named = [a for a in mine if role_words(a.role) or requisition(a.role)]
    if role_words(role) or requisition(role, requisition_id):
        same = [a for a in named if same_role(a.role, role, req_b=requisition_id)]
        if same:
            return same[-1]
        unnamed = [a for a in mine if a not in named]
        return unnamed[-1] if len(mine) == 1 and unnamed else None
    return mine[-1] if len(mine) == 1 else None
