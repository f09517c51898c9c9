"""Checklist items learned from the journal: patterns across letters, and what to try about them.

Pure: the journal's entries and the letter in hand in, checklist items out. The skill lexicon reads
English notes only; notes in other languages simply yield no skill pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from .. import rx
from ..models import ChecklistItem, RejectionLetter
from .entries import Entry

STAGE_WINDOW_DAYS = 60
STAGE_REPEAT = 3  # the third rejection at one stage within the window is a pattern
REASON_WINDOW_DAYS = 180
REASON_REPEAT = 3
SKILL_REPEAT = 2  # entries whose feedback names the same skill
SILENT_REQUESTS = 3  # feedback requests sent without any feedback back
MAX_INSIGHTS = 3
CHECKLIST_LIMIT = 8

_STAGE_ADVICE = {
    "application": (
        "application",
        "Your CV is not getting you to a first call: ask someone who hires for these roles to "
        "review it against two recent job descriptions, and rewrite the top third for each "
        "application.",
    ),
    "screen": (
        "screening",
        "Practise the screening call itself: a two-minute story of your background, why this "
        "role, and your salary and notice answers, ideally in a recorded mock call.",
    ),
    "interview": (
        "interview",
        "Look through the questions you logged from recent interviews for the ones that recur or "
        "went badly, and rehearse them in a mock interview with a peer.",
    ),
    "final": (
        "final-round",
        "You keep reaching final rounds, so you are close: ask specifically what tipped the final "
        "decision, and prepare sharper questions and a closing pitch for the last conversation.",
    ),
}

_REASON_ADVICE = {
    "experience": (
        "name your experience or skills as the reason",
        "Pick the requirement that comes up most in those job descriptions and close the gap "
        "visibly (a project, course or certification you can point to), or aim one level lower "
        "for a few applications.",
    ),
    "logistics": (
        "turn on location, visa, salary or availability",
        "Check these constraints before applying (filter searches by location and sponsorship, "
        "and state your availability and expectations early) so effort goes to roles that "
        "can work.",
    ),
}

# display name -> pattern over feedback and self-assessment notes
SKILLS: dict[str, re.Pattern[str]] = {
    name: rx.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "system design": r"system[- ]design|architect|scalab",
        "coding": r"\bcoding\b|\balgorithm|data structure|leetcode|problem[- ]solving",
        "communication": r"communicat|articulat|clarity|\bconcise|\bstructur(e|ed) (your )?answers",
        "SQL": r"\bsql\b",
        "Python": r"\bpython\b",
        "JavaScript / TypeScript": r"\b(java|type)script\b|\breact\b",
        "testing": r"\b(unit|automated|integration) tests?\b|\btesting\b|test coverage",
        "cloud": r"\baws\b|\bazure\b|\bgcp\b|\bcloud\b|kubernetes",
        "leadership": r"leadership|\bleading (a |the )?team|\bmentor",
        "stakeholder management": r"stakeholder",
        "domain knowledge": r"domain (knowledge|experience)|industry experience",
        "product sense": r"product (sense|thinking)",
        "concrete examples": r"behaviou?ral|\bSTAR\b|(specific|concrete) examples",
        "data analysis": r"statistic|analytics|data analysis",
        "presentation": r"presentation|presenting",
        "motivation": r"motivation|why (you want|this (company|role))|culture fit",
    }.items()
}
_SKILL_NOTES = ("feedback", "reply", "went_badly")

_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _ordinal(n: int) -> str:
    return _ORDINALS.get(n, f"{n}th")


def _key(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _companies(entries: Sequence[Entry], limit: int = 3) -> str:
    names = list(dict.fromkeys(e.company for e in entries if e.company))
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def skills_named(entries: Sequence[Entry]) -> Counter[str]:
    """How many entries' feedback (or own notes on what went badly) name each skill."""
    counts: Counter[str] = Counter()
    for e in entries:
        text = "\n".join(e.texts(*_SKILL_NOTES))
        if text:
            counts.update(name for name, pattern in SKILLS.items() if pattern.search(text))
    return counts


def _skill_item(entries: Sequence[Entry]) -> ChecklistItem | None:
    counts = skills_named(entries)
    if not counts:
        return None
    skill, n = counts.most_common(1)[0]
    if n < SKILL_REPEAT:
        return None
    named = [e for e in entries if SKILLS[skill].search("\n".join(e.texts(*_SKILL_NOTES)))]
    return ChecklistItem(
        text=f"Make {skill} this month's practice focus: feedback has named it {n} times. "
        "Set one concrete exercise a week and ask a peer to check you on it.",
        why=f"From your journal ({_companies(named)}): feedback that repeats is the clearest signal of where to grow.",
    )


def _recent(previous: Sequence[Entry], on: dt.date, days: int, **same: str) -> list[Entry]:
    """Entries within `days` before `on` whose fields have the given values."""
    since = on - dt.timedelta(days=days)
    return [e for e in previous if since <= e.date <= on and all(getattr(e, k) == v for k, v in same.items())]


def _before(entries: Sequence[Entry]) -> str:
    names = _companies(entries)
    return f" (before this: {names})" if names else ""


def _stage_item(previous: Sequence[Entry], letter: RejectionLetter, on: dt.date) -> ChecklistItem | None:
    if letter.stage not in _STAGE_ADVICE:
        return None
    same = _recent(previous, on, STAGE_WINDOW_DAYS, stage=letter.stage)
    if len(same) + 1 < STAGE_REPEAT:
        return None
    label, advice = _STAGE_ADVICE[letter.stage]
    return ChecklistItem(
        text=advice,
        why=f"From your journal: this is your {_ordinal(len(same) + 1)} rejection at the {label} "
        f"stage in {STAGE_WINDOW_DAYS} days{_before(same)}.",
    )


def _reason_item(previous: Sequence[Entry], letter: RejectionLetter, on: dt.date) -> ChecklistItem | None:
    if letter.reason not in _REASON_ADVICE:
        return None
    same = _recent(previous, on, REASON_WINDOW_DAYS, reason=letter.reason)
    if len(same) + 1 < REASON_REPEAT:
        return None
    what, advice = _REASON_ADVICE[letter.reason]
    return ChecklistItem(
        text=advice,
        why=f"From your journal: {len(same) + 1} letters in six months {what}{_before(same)}.",
    )


def _silence_item(previous: Sequence[Entry], letter: RejectionLetter) -> ChecklistItem | None:
    if letter.feedback == "declined":
        return None
    asked = [e for e in previous if e.status in ("sent", "replied", "feedback")]
    if len(asked) < SILENT_REQUESTS or any(e.status == "feedback" for e in asked):
        return None
    return ChecklistItem(
        text='Make this feedback request smaller: one specific question ("what one thing would '
        'have made my application stronger?") and an offer of a ten-minute call.',
        why=f"From your journal: none of your {len(asked)} feedback requests so far brought "
        "feedback back; short, specific asks are the easiest to answer.",
    )


def _company_item(previous: Sequence[Entry], letter: RejectionLetter) -> ChecklistItem | None:
    company = _key(letter.company)
    if not company:
        return None
    before = [e for e in previous if _key(e.company) == company]
    if not before:
        return None
    last = max(before, key=lambda e: (e.date, e.id))
    return ChecklistItem(
        text=f"Next time you apply to {letter.company}, say what you have learned or built since "
        "your last attempt, and ask the recruiter what the team needs most.",
        why=f"From your journal: you have been through {len(before)} earlier process"
        f"{'es' if len(before) > 1 else ''} with {letter.company} (last: {last.kind}, "
        f"{last.date.isoformat()}); persistence with one employer is noticed when it shows growth.",
    )


def insights(entries: Sequence[Entry], letter: RejectionLetter, *, on: dt.date | None = None) -> list[ChecklistItem]:
    """Checklist items for `letter` from patterns in the journal, most telling first.

    `entries` is the journal without this letter's own entry; `on` is the letter's date
    (default: the latest date in the journal, so the function stays a function of its inputs).
    """
    if on is None:
        on = max((e.date for e in entries), default=dt.date(1970, 1, 1))
    rejections = [e for e in entries if e.kind == "rejection" and e.date <= on]
    found = [
        _skill_item(entries),
        _stage_item(rejections, letter, on),
        _reason_item(rejections, letter, on),
        _silence_item(rejections, letter),
        _company_item(entries, letter),
    ]
    return [item for item in found if item is not None][:MAX_INSIGHTS]


def with_insights(
    checklist: Sequence[ChecklistItem],
    learned: Sequence[ChecklistItem],
    limit: int = CHECKLIST_LIMIT,
) -> list[ChecklistItem]:
    """The checklist with learned items first, trimmed from the end (least urgent) to `limit`."""
    return [*learned, *checklist][:limit]
