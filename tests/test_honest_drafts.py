"""Offline drafts claim only what the letter says, use its own words, and change with the tone.

The letters here are written for these tests. Each one pins a claim a draft used to make without
the letter saying it (issue #12): the team after an application-only rejection, "you and the
team" after one recruiter call, "the final round" after "coming in to meet the team".
"""

from __future__ import annotations

import re

import pytest

import drafter
from drafter.drafting.validate import validate
from drafter.models import ChecklistItem, Draft, Email, Profile, RejectionLetter, Stage

APPLICATION_ONLY = """Subject: Your application to Fernhill Analytics

Dear Priyanka,

Thank you for applying for the Data Analyst position at Fernhill Analytics. After careful review
we have decided not to progress your application at this time.

Kind regards,
Moritz Albers
Recruitment Coordinator
"""

ONE_RECRUITER_CALL = """Subject: Product Designer at Brackwater

Hi Sam,

Thanks for taking my call on Tuesday about the Product Designer role at Brackwater. I'm sorry to
say we won't be moving you forward to the interview stage, as we have decided to go ahead with
other candidates.

All the best,
Lina Osei
Recruiter, Brackwater
"""

MET_THE_TEAM = """Subject: Backend Engineer at Copperleaf

Hi Alex,

Thank you for coming in to meet the team last Thursday for the Backend Engineer role at
Copperleaf. Tom, Farah and I really enjoyed our conversations with you.

Unfortunately we have decided not to offer you the position. We were looking for someone with
more experience running distributed systems in production. Our feedback was mainly around state
management and test coverage.

Best,
Jana Kowalski
Engineering Manager, Copperleaf
"""

SAYS_FINAL_ROUND = """Subject: Your final round with Copperleaf

Hi Alex,

Thank you for joining us for the final round interviews for the Backend Engineer role at
Copperleaf. We have decided to offer the role to another candidate.

Best,
Jana Kowalski
Engineering Manager, Copperleaf
"""

FROM_A_TEAM = """Subject: Your application: Support Specialist

Hello Robin,

Thank you for your interest in the Support Specialist role at Harrow & Finch. We have reviewed
your application and decided not to move forward.

Best wishes,
The Harrow & Finch Talent Team
"""

GERMAN_FORMAL = """Betreff: Ihre Bewerbung als Projektleiterin

Sehr geehrte Frau Brandt,

vielen Dank für Ihre Bewerbung als Projektleiterin bei der Lindenhof Bau GmbH. Nach sorgfältiger
Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen entschieden haben.

Mit freundlichen Grüßen
Claudia Neumann
Personalabteilung, Lindenhof Bau GmbH
"""

PROFILE = Profile(name="Alex Morgan")


def offline(text: str, tone: str = "warm") -> drafter.DraftResult:
    return drafter.draft(text, backend="offline", profile=Profile(name="Alex Morgan", tone=tone))  # type: ignore[arg-type]


def everything(result: drafter.DraftResult) -> str:
    return "\n".join([result.email.body, result.networking_note, *(f"{i.text} {i.why}" for i in result.checklist)])


def test_application_only_rejection_claims_no_team_and_no_interview() -> None:
    result = offline(APPLICATION_ONLY)
    text = everything(result)
    assert result.letter.stage == "application"
    assert "team" not in result.networking_note.casefold()
    assert not re.search(r"interview|screening|conversation", f"{result.email.body}\n{result.networking_note}", re.I)
    assert "considering my application" in result.networking_note
    assert "the team" not in text.replace("you and the team every success", "")
    assert result.warnings == []


def test_one_recruiter_call_is_not_the_team() -> None:
    result = offline(ONE_RECRUITER_CALL)
    assert result.letter.stage == "screen"
    body = result.email.body
    assert "team" not in body.casefold()
    assert "the screening conversation" in body
    assert "interviews" not in body.split("\n\n")[1]  # the thanks speaks of the call only
    assert result.warnings == []


def test_meeting_the_team_is_not_called_a_final_round() -> None:
    result = offline(MET_THE_TEAM)
    body = result.email.body
    assert "final round" not in body.casefold()
    assert result.letter.stage == "interview"  # coming in to meet the team is an interview, not the final round
    assert "to meet the team" in body
    assert result.warnings == []


def test_a_letter_that_says_final_round_gets_it_back() -> None:
    result = offline(SAYS_FINAL_ROUND)
    assert "Reaching the final round" in result.email.body
    assert "the candidate you chose" in result.email.body  # the letter says another was chosen
    assert result.warnings == []


def test_the_people_met_are_thanked_by_name_and_the_feedback_taken_up() -> None:
    result = offline(MET_THE_TEAM)
    body = result.email.body
    assert "Please pass on my thanks to Tom and Farah" in body
    assert "Thank you also for the pointers on state management and test coverage" in body
    # nobody is said to have chosen another candidate: the letter gives a gap, not a rival
    assert "candidate you chose" not in body


def test_the_checklist_names_the_stated_gap_and_the_feedback() -> None:
    items = [i.text for i in offline(MET_THE_TEAM).checklist]
    assert any("more experience running distributed systems in production" in t for t in items), items
    assert any("state management and test coverage" in t for t in items), items


def test_without_a_stated_gap_the_skill_item_stays_general() -> None:
    letter = SAYS_FINAL_ROUND.replace(
        "We have decided", "We were looking for more hands-on Kafka skills, so we decided"
    )
    items = [i.text for i in offline(letter).checklist]
    assert any("more hands-on Kafka skills" in t for t in items), items


def _paragraphs(result: drafter.DraftResult) -> list[str]:
    # greeting .. last paragraph before the sign-off
    return result.email.body.split("\n\n")[:-1]


@pytest.mark.parametrize("letter", [MET_THE_TEAM, APPLICATION_ONLY, FROM_A_TEAM, ONE_RECRUITER_CALL])
def test_tone_changes_the_whole_email(letter: str) -> None:
    warm, formal, brief = (offline(letter, tone) for tone in ("warm", "formal", "brief"))
    for result in (warm, formal, brief):
        assert result.warnings == [], result.warnings
    # every paragraph but the greeting differs between the tones
    for a, b in ((warm, formal), (warm, brief), (formal, brief)):
        assert set(_paragraphs(a)[1:]).isdisjoint(_paragraphs(b)[1:]), (a.email.body, b.email.body)
    assert len(brief.email.body) < 0.75 * len(warm.email.body)
    assert not re.search(r"\b\w+'(?:d|ll|m|re|ve|t)\b|n't\b", formal.email.body)  # no contractions
    assert warm.email.body.rsplit("\n", 2)[-2] != formal.email.body.rsplit("\n", 2)[-2]  # sign-off


def test_a_team_letter_in_the_formal_tone() -> None:
    body = offline(FROM_A_TEAM, "formal").email.body
    assert body.splitlines()[0] == "Dear Harrow & Finch recruitment team,"
    assert "Thank you for informing me of your decision" in body


def test_german_uses_zur_stelle_and_answers_sehr_geehrte_in_kind() -> None:
    result = offline(GERMAN_FORMAL)
    body = result.email.body
    assert body.splitlines()[0] == "Sehr geehrte/r Claudia Neumann,"
    assert "zur Stelle als Projektleiterin" in body
    assert "zu die" not in everything(result)
    assert result.networking_note.startswith("Sehr geehrte/r Claudia Neumann,")


def _draft(body: str, note: str = "Hi Jana, thank you. I would be glad to stay in touch.") -> Draft:
    return Draft(
        email=Email(subject="Re: Backend Engineer", body=body),
        checklist=[ChecklistItem(text=f"item {n}", why="because") for n in range(5)],
        networking_note=note,
    )


BODY = (
    "Hi Jana,\n\nThank you for letting me know about your decision on the Backend Engineer role at "
    "Copperleaf. {claim}Could you share the one thing that would have made my candidacy stronger? "
    "A few lines by email would be really helpful.\n\nBest wishes,\nAlex Morgan"
)


@pytest.mark.parametrize(
    ("stage", "letter_text", "claim", "problem"),
    [
        ("interview", "We met on a video call.", "Getting to the final round meant a lot to me.", "final round"),
        ("final", "Thanks for coming in to meet the team.", "Reaching the final round meant a lot.", "final round"),
        ("application", "We reviewed your CV.", "I enjoyed our interview and the role.", "interview"),
        ("screen", "Thanks for the call.", "Thank you for the time you and the team spent with me.", "met the team"),
        ("application", "We reviewed your CV.", "I enjoyed learning about the team and the role.", "met the team"),
        ("interview", "We need more Go experience.", "What set the candidate you chose apart?", "another candidate"),
    ],
)
def test_the_validator_catches_claims_the_letter_does_not_make(
    stage: Stage, letter_text: str, claim: str, problem: str
) -> None:
    letter = RejectionLetter(
        is_rejection=True, company="Copperleaf", role="Backend Engineer", sender_name="Jana Kowalski", stage=stage
    )
    honest = validate(_draft(BODY.format(claim="")), letter, PROFILE, letter_text=letter_text)
    assert honest == []
    problems = validate(_draft(BODY.format(claim=claim + " ")), letter, PROFILE, letter_text=letter_text)
    assert any(problem in p for p in problems), problems


def test_the_validator_accepts_the_claims_the_letter_makes() -> None:
    letter = RejectionLetter(
        is_rejection=True,
        company="Copperleaf",
        role="Backend Engineer",
        sender_name="Jana Kowalski",
        stage="final",
        reason="other_candidates",
        interviewers=["Tom", "Farah"],
    )
    text = "Thanks for the final round with the team; Tom and Farah enjoyed it. We chose another candidate."
    claim = "Reaching the final round and meeting the team meant a lot. What set the candidate you chose apart?"
    assert validate(_draft(BODY.format(claim=claim + " ")), letter, PROFILE, letter_text=text) == []


@pytest.mark.parametrize(
    ("candidate", "greeting", "flagged"),
    [
        ("V Ramaswamy", "Dear Hargreave hiring team,", False),  # "v" is a letter of "Hargreave", not a word
        ("Ana Silva", "Dear Banana Ltd hiring team,", False),  # "ana" is inside "Banana", not a word of it
        ("Alex Morgan", "Hi Alex,", True),
    ],
)
def test_the_candidate_is_greeted_only_when_named_as_a_word(candidate: str, greeting: str, flagged: bool) -> None:
    letter = RejectionLetter(is_rejection=True, company="Copperleaf", role="Backend Engineer", candidate_name=candidate)
    body = BODY.format(claim="").replace("Hi Jana,", greeting)
    problems = validate(_draft(body), letter, PROFILE, letter_text="We reviewed your CV.")
    assert ("greets the candidate instead of the recruiter" in problems) is flagged
