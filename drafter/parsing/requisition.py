"""The requisition or reference number of the post a letter is about, without its label.

Takes the subject and the letter's text; gives "R-20431", "CG-2026-04" or "2026/1187" as written
(labels such as "Job ID", "Ref.", "Kennziffer", "Vacancy Ref:" dropped), or None.
"""

from __future__ import annotations

from .. import rx
from .roles import overlapping

__all__ = ["requisition_id"]

_REQ = rx.compile(
    r"(?i:\b(?:requisition(?: id| number| no\.?)?|req\.?(?: id)?|job[ -](?:id|no\.?|number|code|"
    r"ref(?:erence)?)|"
    r"reference(?: number| no\.?)?|ref\.?|vacancy (?:ref(?:erence)?|id|no\.?|number)|posting"
    r"(?: id| number| no\.?)?|"
    r"position (?:id|number)|post (?:no\.?|number|ref(?:erence)?)|search|kennziffer|"
    r"referenznummer|stellen-?(?:id|nummer)|"
    r"ausschreibungsnummer|"
    r"réf(?:érence)?\.?|referencia|vacaturenummer|referentie|referência|código|codice|rif\.?|job|"
    # Québec "affichage" / "concours" (posting / competition), Spanish "búsqueda N.º", "Ref.ª"
    r"affichage|concours|búsqueda|ref\.ª)"
    r")\s*(?:#|:|[nN]\.?[º°]|no\.?|number)?\s*:?\s*(?P<id>[A-Z0-9][A-Za-z0-9/_.-]{1,30})"
)
# "(REQ-55821)", "(R-20431)": a prefixed number in brackets, but never "(2026)"
_PAREN_REQ = rx.compile(r"\((?P<id>[A-Z]{1,6}-?\d{3,}[A-Za-z0-9-]*)\)")
# "(ID 88213)": the bare label in capitals
_ID_REQ = rx.compile(r"\bID:?\s*(?P<id>\d[\w/-]{2,30})")
_BARE_REQ = rx.compile(r"(?i:application for|vacancy|candidature|opening)\s+(?P<id>\d[\d]{1,5}[/-]\d{2,6})\b")


_DIGIT = rx.compile(r"\d")


def requisition_id(subject: str | None, body: str) -> str | None:
    """The requisition / job / vacancy reference, without its label."""
    for source in (subject or "", body[:20000]):
        for pattern in (_REQ, _BARE_REQ, _PAREN_REQ, _ID_REQ):
            # overlapping: "Job Requisition ID: JR-1" must not stop at "Job Requisition"
            for m in overlapping(pattern, source):
                value = m.group("id").rstrip(".,;:)-/")
                if _DIGIT.search(value):
                    return value
    return None
