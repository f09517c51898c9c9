"""The figures `drafter stats` shows, on a journal whose answers are known."""

from __future__ import annotations

from drafter.journal.charts import bar, bar_chart, stats_report
from drafter.journal.stats import answer_days, compute, per_month

from .journal_helpers import D, entry, known_journal


def test_counts_by_kind() -> None:
    stats = compute(known_journal())
    # four application entries, and Elm's rejection, which keeps the date of its application
    assert (stats.rejections, stats.applications, stats.interviews) == (6, 5, 1)


def test_funnel_in_stage_order() -> None:
    assert compute(known_journal()).funnel == (
        ("application", 2),
        ("screen", 2),
        ("interview", 1),
        ("final", 1),
        ("unknown", 0),
    )


def test_reasons_most_common_first() -> None:
    assert compute(known_journal()).reasons == (
        ("other_candidates", 3),
        ("experience", 2),
        ("position_filled", 1),
    )


def test_feedback_requests() -> None:
    fb = compute(known_journal()).feedback
    assert (fb.drafted, fb.asked, fb.replied, fb.received) == (2, 4, 2, 1)
    assert (fb.offered, fb.declined) == (1, 1)
    assert fb.received_rate == 0.25


def test_rejections_per_month_fill_empty_months() -> None:
    assert compute(known_journal()).per_month == (
        ("2026-01", 2),
        ("2026-02", 2),
        ("2026-03", 0),
        ("2026-04", 2),
    )


def test_per_month_across_a_year_end() -> None:
    entries = [entry(1, "rejection", D(2025, 11, 3)), entry(2, "rejection", D(2026, 2, 1))]
    assert [m for m, _ in per_month(entries)] == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_days_from_application_to_answer() -> None:
    # Acme analyst: the latest matching application, 2026-01-01 (not the 2025 one, not the
    # 'Other' role) -> 9 days; Cobalt: an application naming no role -> 13 days; Elm: its own
    # applied_on -> 32 days; Birch: no application logged; Acme lead: every Acme application
    # names another role -> unknown.
    assert sorted(answer_days(known_journal())) == [9, 13, 32]
    days = compute(known_journal()).answer_days
    assert days is not None
    assert (days.count, days.median, days.shortest, days.longest) == (3, 13.0, 9, 32)
    assert round(days.mean, 2) == 18.0


def test_empty_journal() -> None:
    stats = compute([])
    assert stats.rejections == 0 and stats.per_month == () and stats.answer_days is None
    assert stats.feedback.received_rate is None
    assert "journal is empty" in stats_report(stats)


def test_json_shape() -> None:
    data = compute(known_journal()).to_json_dict()
    assert data["funnel"] == {
        "application": 2,
        "screen": 2,
        "interview": 1,
        "final": 1,
        "unknown": 0,
    }
    assert data["feedback"] == {
        "drafted": 2,
        "asked": 4,
        "replied": 2,
        "received": 1,
        "offered_in_letter": 1,
        "declined_in_letter": 1,
    }
    assert data["days_to_answer"] == {"count": 3, "median": 13.0, "mean": 18.0, "min": 9, "max": 32}


def test_bars_are_drawn_to_an_eighth() -> None:
    assert bar(8, 8, width=1) == "█"
    assert bar(1, 8, width=1) == "▏"
    assert bar(4, 8, width=2) == "█"
    assert bar(5, 8, width=1) == "▋"
    assert bar(0, 8) == "" and bar(3, 0) == ""
    assert bar(1, 1000, width=10) == "▏"  # anything above zero stays visible


def test_bar_chart_lines() -> None:
    lines = bar_chart([("screen", 3), ("final round", 1)], total=4)
    assert lines[0].startswith("  screen     ")
    assert lines[0].endswith("3   75%")
    assert "█" * 30 in lines[0]
    assert lines[1].endswith("1   25%")


def test_report_has_every_section() -> None:
    text = stats_report(compute(known_journal()))
    for heading in ("funnel", "Reasons", "Feedback requests", "per month", "application to answer"):
        assert heading in text
    assert "6 rejections, 5 applications and 1 interview in the journal." in text
    assert "median 13 days" in text
    assert "asked 4 of 6, received 1 (25% of those asked)" in text
