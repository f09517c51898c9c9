"""What the checklist learns from the journal."""

from __future__ import annotations

import datetime as dt

from drafter.journal.entries import Entry
from drafter.journal.insights import MAX_INSIGHTS, insights, skills_named, with_insights
from drafter.models import ChecklistItem, RejectionLetter

from .journal_helpers import D, entry, known_journal

TODAY = D(2026, 5, 1)


def letter(**fields: object) -> RejectionLetter:
    return RejectionLetter.model_validate({"is_rejection": True, **fields})


def screens(*days_ago: int) -> list[Entry]:
    return [
        entry(n, "rejection", TODAY - dt.timedelta(days=d), company=f"Co{n}", stage="screen")
        for n, d in enumerate(days_ago, 1)
    ]


def test_an_empty_journal_teaches_nothing() -> None:
    assert insights([], letter(stage="screen", company="Acme"), on=TODAY) == []


def test_third_screening_rejection_within_60_days() -> None:
    items = insights(screens(10, 45), letter(stage="screen"), on=TODAY)
    assert len(items) == 1
    assert "screening call" in items[0].text
    assert "third rejection at the screening stage in 60 days" in items[0].why
    assert "Co1, Co2" in items[0].why


def test_two_screening_rejections_are_not_yet_a_pattern() -> None:
    assert insights(screens(10), letter(stage="screen"), on=TODAY) == []


def test_rejections_outside_the_window_do_not_count() -> None:
    assert insights(screens(10, 61), letter(stage="screen"), on=TODAY) == []


def test_later_rejections_do_not_count_for_an_older_letter() -> None:
    later = [entry(9, "rejection", D(2026, 6, 1), stage="screen")]
    assert insights(screens(10) + later, letter(stage="screen"), on=TODAY) == []


def test_other_stages_do_not_count() -> None:
    assert insights(screens(5, 6, 7), letter(stage="interview"), on=TODAY) == []


def test_unknown_stage_gives_no_stage_advice() -> None:
    entries = [entry(n, "rejection", TODAY, stage="unknown") for n in range(1, 5)]
    assert insights(entries, letter(stage="unknown"), on=TODAY) == []


def test_feedback_naming_the_same_skill() -> None:
    assert skills_named(known_journal())["system design"] == 2
    items = insights(known_journal(), letter(stage="application", company="Zeta"), on=TODAY)
    assert "Make system design this month's practice focus" in items[0].text
    assert "2 times" in items[0].text
    assert "Cobalt, Delta" in items[0].why


def test_one_mention_of_a_skill_is_not_a_pattern() -> None:
    entries = [entry(1, "rejection", TODAY, notes={"feedback": "brush up your SQL"})]
    assert insights(entries, letter(stage="application"), on=TODAY) == []


def test_recurring_experience_reason() -> None:
    entries = [
        entry(1, "rejection", D(2026, 1, 10), reason="experience"),
        entry(2, "rejection", D(2026, 3, 10), reason="experience"),
    ]
    items = insights(entries, letter(reason="experience"), on=TODAY)
    assert len(items) == 1
    assert "3 letters in six months name your experience or skills" in items[0].why
    assert "before this" not in items[0].why  # no companies were named: no empty list


def test_feedback_requests_that_never_bring_feedback() -> None:
    entries = [entry(n, "rejection", D(2026, 4, n), status="sent") for n in (1, 2, 3)]
    items = insights(entries, letter(), on=TODAY)
    assert len(items) == 1 and "none of your 3 feedback requests" in items[0].why
    # ...but not when this letter says no feedback will be given
    assert insights(entries, letter(feedback="declined"), on=TODAY) == []
    # ...nor once some feedback has come back
    got = [*entries, entry(4, "rejection", D(2026, 4, 4), status="feedback")]
    assert insights(got, letter(), on=TODAY) == []


def test_same_company_again() -> None:
    entries = [entry(1, "interview", D(2025, 9, 1), company="Acme Corp")]
    items = insights(entries, letter(company="acme  corp"), on=TODAY)
    assert len(items) == 1
    assert "Next time you apply to acme  corp" in items[0].text
    assert "1 earlier process with acme  corp (last: interview, 2025-09-01)" in items[0].why


def test_at_most_three_insights_most_telling_first() -> None:
    entries = [*known_journal(), *screens(1, 2, 3)]
    entries += [entry(40 + n, "rejection", D(2026, 4, n), status="sent") for n in (1, 2, 3)]
    items = insights(entries, letter(stage="screen", company="Acme"), on=TODAY)
    assert len(items) == MAX_INSIGHTS
    assert "system design" in items[0].text
    assert "screening stage" in items[1].why


def test_default_date_is_the_latest_in_the_journal() -> None:
    assert insights(screens(10, 45), letter(stage="screen")) != []


def test_checklist_keeps_at_most_eight_items_learned_first() -> None:
    generic = [ChecklistItem(text=f"generic {n}", why="w") for n in range(7)]
    learned = [ChecklistItem(text=f"learned {n}", why="w") for n in range(2)]
    merged = with_insights(generic, learned)
    assert [i.text for i in merged] == ["learned 0", "learned 1"] + [f"generic {n}" for n in range(6)]
    assert with_insights(generic[:5], learned) == [*learned, *generic[:5]]
    assert with_insights(generic, []) == generic
