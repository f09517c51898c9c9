"""The validator's claim checks: stage and team wording against the parsed stage and interviewers.

The letters are written for these tests. A claim a letter's text names but the candidate never
reached ("we will not invite you to the final round") is not the candidate's to claim.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.drafting.claims import unstated_claims
from drafter.drafting.validate import validate
from drafter.models import ChecklistItem, Draft, Email, Profile, RejectionLetter

PROFILE = Profile(name="Alex Morgan")


def _draft(claim: str) -> Draft:
    body = (
        "Hi Jana,\n\nThank you for letting me know about your decision on the Backend Engineer role at "
        f"Copperleaf. {claim} Could you share the one thing that would have made my candidacy stronger? "
        "A few lines by email would be really helpful.\n\nBest wishes,\nAlex Morgan"
    )
    return Draft(
        email=Email(subject="Re: Backend Engineer", body=body),
        checklist=[ChecklistItem(text=f"item {n}", why="because") for n in range(5)],
        networking_note="Hi Jana, thank you. I would be glad to stay in touch.",
    )


def _letter(stage: str, interviewers: list[str] | None = None, language: str = "en") -> RejectionLetter:
    return RejectionLetter(
        is_rejection=True,
        language=language,
        company="Copperleaf",
        role="Backend Engineer",
        sender_name="Jana Kowalski",
        stage=stage,  # type: ignore[arg-type]
        interviewers=interviewers or [],
    )


@pytest.mark.parametrize(
    ("stage", "letter_text", "claim", "problem"),
    [
        # the letter names a final round and a team the candidate was not invited to
        ("screen", "We will not invite you to the final round.", "Reaching the final round meant a lot.", "stage"),
        ("application", "We will not invite you to meet the team.", "I enjoyed meeting the team.", "met the team"),
        ("screen", "You will not go on to meet the team.", "Thank you for the time you and the team spent.", "team"),
    ],
)
def test_a_stage_the_letter_names_but_the_candidate_never_reached(
    stage: str, letter_text: str, claim: str, problem: str
) -> None:
    letter = _letter(stage)
    assert unstated_claims(_draft(""), letter, letter_text) == []
    problems = unstated_claims(_draft(claim), letter, letter_text)
    assert any(problem in p for p in problems), problems
    assert any(problem in p for p in validate(_draft(claim), letter, PROFILE, letter_text=letter_text))


def test_interviewers_the_letter_names_are_a_team_met() -> None:
    letter = _letter("interview", ["Tom", "Farah"])
    text = "Tom, Farah and I enjoyed talking with you."
    assert unstated_claims(_draft("I enjoyed meeting the team."), letter, text) == []
    assert unstated_claims(_draft("I enjoyed meeting the team."), _letter("interview"), "We talked.") != []


@pytest.mark.parametrize(
    ("language", "claim"),
    [
        ("de", "Ich habe mich gefreut, das Team kennenzulernen."),
        ("nl", "Ik vond het fijn het team te leren kennen."),
        ("pt", "Gostei muito de conhecer a equipa."),
        ("it", "Mi ha fatto piacere conoscere il team."),
    ],
)
def test_team_claims_are_read_in_the_reply_languages(language: str, claim: str) -> None:
    problems = unstated_claims(_draft(claim), _letter("application", language=language), "")
    assert any("met the team" in p for p in problems), problems


APPLICATION_NAMING_A_TEAM = """Subject: Your application to Fernhill Analytics

Dear Priyanka,

Thank you for applying for the Data Analyst position at Fernhill Analytics. After careful review we
have decided not to invite you to interview or to meet the team, and will not progress your
application.

Kind regards,
Moritz Albers
Recruitment Coordinator
"""


def test_an_offline_draft_does_not_claim_a_team_the_letter_only_names() -> None:
    result = drafter.draft(APPLICATION_NAMING_A_TEAM, backend="offline", profile=PROFILE)
    assert result.letter.stage == "application"
    assert "team" not in f"{result.email.body}\n{result.networking_note}".replace("you and the team", "")
    assert result.warnings == []


def test_the_letters_own_subject_quoted_in_the_reply_claims_nothing() -> None:
    text = (
        "Subject: Cancelling interview for Fleet Planner position\n\nHi Sam,\n\n"
        "We have decided to cancel the interview we had scheduled: the Fleet Planner role has been filled and "
        "we will not be taking your application further.\n\nBest,\nTomasz Wierzbicki\n"
    )
    result = drafter.draft(text, profile=PROFILE)
    assert "interview" in result.email.subject.lower()
    assert not [w for w in result.warnings if "interview" in w.message]
