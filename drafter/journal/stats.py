"""Trends in the journal, computed purely from its entries: no file, no clock, no terminal."""

from __future__ import annotations

import datetime as dt
import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..vocabulary import REASONS as REASONS  # `drafter.journal.stats.REASONS` and `STAGES` stay importable
from ..vocabulary import STAGES as STAGES
from .entries import Entry
from .linking import company_key, same_role

ASKED = frozenset({"sent", "replied", "feedback"})
REPLIED = frozenset({"replied", "feedback"})


@dataclass(frozen=True)
class FeedbackStats:
    """The feedback requests: how many were drafted, sent, answered, and answered with feedback."""

    rejections: int
    drafted: int
    asked: int
    replied: int
    received: int
    offered: int
    declined: int

    @property
    def received_rate(self) -> float | None:
        return self.received / self.asked if self.asked else None


@dataclass(frozen=True)
class Durations:
    """Days from application to answer."""

    count: int
    median: float
    mean: float
    shortest: int
    longest: int


@dataclass(frozen=True)
class Stats:
    rejections: int
    applications: int
    interviews: int
    funnel: tuple[tuple[str, int], ...]
    reasons: tuple[tuple[str, int], ...]
    feedback: FeedbackStats
    per_month: tuple[tuple[str, int], ...]
    answer_days: Durations | None

    def to_json_dict(self) -> dict[str, object]:
        fb = self.feedback
        days = self.answer_days
        return {
            "entries": {
                "rejections": self.rejections,
                "applications": self.applications,
                "interviews": self.interviews,
            },
            "funnel": dict(self.funnel),
            "reasons": dict(self.reasons),
            "feedback": {
                "drafted": fb.drafted,
                "asked": fb.asked,
                "replied": fb.replied,
                "received": fb.received,
                "offered_in_letter": fb.offered,
                "declined_in_letter": fb.declined,
            },
            "per_month": dict(self.per_month),
            "days_to_answer": None
            if days is None
            else {
                "count": days.count,
                "median": days.median,
                "mean": round(days.mean, 1),
                "min": days.shortest,
                "max": days.longest,
            },
        }


def compute(entries: Sequence[Entry]) -> Stats:
    """Every figure `drafter stats` shows, from the journal's entries."""
    rejections = [e for e in entries if e.kind == "rejection"]
    by_stage = Counter(e.stage if e.stage in STAGES else "unknown" for e in rejections)
    by_reason = Counter(e.reason or "not_stated" for e in rejections)
    statuses = Counter(e.status for e in rejections)
    stances = Counter(e.feedback for e in rejections)
    days = answer_days(entries)
    return Stats(
        rejections=len(rejections),
        # an application answered since is an entry of another kind that keeps its date
        applications=sum(1 for e in entries if e.kind == "application" or e.applied_on is not None),
        interviews=sum(1 for e in entries if e.kind == "interview"),
        funnel=tuple((stage, by_stage[stage]) for stage in STAGES),
        reasons=tuple(sorted(by_reason.items(), key=lambda kv: (-kv[1], _reason_order(kv[0])))),
        feedback=FeedbackStats(
            rejections=len(rejections),
            drafted=statuses["drafted"],
            asked=sum(n for s, n in statuses.items() if s in ASKED),
            replied=sum(n for s, n in statuses.items() if s in REPLIED),
            received=statuses["feedback"],
            offered=stances["offered"],
            declined=stances["declined"],
        ),
        per_month=per_month(rejections),
        answer_days=None
        if not days
        else Durations(
            count=len(days),
            median=float(statistics.median(days)),
            mean=statistics.fmean(days),
            shortest=min(days),
            longest=max(days),
        ),
    )


def _reason_order(reason: str) -> int:
    return REASONS.index(reason) if reason in REASONS else len(REASONS)


def per_month(rejections: Sequence[Entry]) -> tuple[tuple[str, int], ...]:
    """Rejections per calendar month, every month from the first to the last (zeros included)."""
    if not rejections:
        return ()
    counts = Counter((e.date.year, e.date.month) for e in rejections)
    (year, month), last = min(counts), max(counts)
    months = []
    while (year, month) <= last:
        months.append((f"{year:04d}-{month:02d}", counts[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def answer_days(entries: Sequence[Entry]) -> list[int]:
    """For each rejection whose application date is known, the days it took to answer.

    The application date is the rejection's own `applied_on`, else the latest application logged
    for the same company (and the same role, when both name one) on or before the rejection.
    """
    applied: dict[str, list[tuple[dt.date, str]]] = {}
    for e in entries:
        if e.kind == "application" and e.company:
            applied.setdefault(company_key(e.company), []).append((e.date, e.role or ""))
    for apps in applied.values():
        apps.sort()
    days = []
    for e in entries:
        if e.kind != "rejection":
            continue
        start = e.applied_on or _matching_application(applied.get(company_key(e.company), []), e)
        if start is not None and start <= e.date:
            days.append((e.date - start).days)
    return days


def _matching_application(apps: list[tuple[dt.date, str]], rejection: Entry) -> dt.date | None:
    # apps is sorted by date: walk back from the last one on or before the rejection
    for on, app_role in reversed(apps[: bisect_right(apps, (rejection.date, "\uffff"))]):
        if not rejection.role or not app_role or same_role(app_role, rejection.role):
            return on
    return None
