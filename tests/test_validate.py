"""The validator catches each kind of bad draft, and passes a good one."""

from __future__ import annotations

import pytest

from drafter.drafting.validate import validate
from drafter.models import ChecklistItem, Draft, Email, Profile, RejectionLetter

LETTER = RejectionLetter(
    is_rejection=True,
    company="Quillstack",
    role="Staff Backend Engineer",
    sender_name="Daniela Ortiz",
    candidate_name="Tomasz",
    stage="interview",
)
LETTER_TEXT = "Hi Tomasz, thanks for meeting Priya and me about the Staff Backend Engineer role at Quillstack."
GOOD_BODY = (
    "Hi Daniela,\n\nThank you for letting me know about the Staff Backend Engineer role at Quillstack, "
    "and for the time you and Priya spent with me during the interviews. I enjoyed meeting Priya.\n\n"
    "Could you share the one thing that would have made the biggest difference in my interviews? "
    "A few lines would help.\n\nBest wishes,\nTomasz"
)
CHECKLIST = [ChecklistItem(text=f"item {n}", why="because") for n in range(5)]


def make(body: str = GOOD_BODY, subject: str = "Re: Your application", note: str = "Hi Daniela, thanks!") -> Draft:
    return Draft(email=Email(to=None, subject=subject, body=body), checklist=CHECKLIST, networking_note=note)


def check(draft: Draft, letter: RejectionLetter = LETTER, **kw: object) -> list[str]:
    return validate(draft, letter, Profile(name="Tomasz Nowak"), letter_text=LETTER_TEXT, **kw)  # type: ignore[arg-type]


def test_a_good_draft_passes() -> None:
    assert check(make()) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (GOOD_BODY.replace("Quillstack", "Acme"), "does not name the company"),
        (GOOD_BODY.replace("Staff Backend Engineer", "role"), "does not name the role"),
        (GOOD_BODY.replace("Hi Daniela,", "Hi there,"), "does not greet Daniela Ortiz"),
        (GOOD_BODY.replace("Hi Daniela,", "Hi Tomasz, Daniela"), "greets the candidate"),
        (GOOD_BODY.replace("Tomasz", "[Your Name]"), "unfilled placeholder '[Your Name]'"),
        (GOOD_BODY.replace("Tomasz", "{{ name }}"), "unfilled placeholder"),
        (GOOD_BODY.replace("Tomasz", "<your name>"), "unfilled placeholder"),
        ("Hi Daniela, thanks for Quillstack Staff Backend Engineer. Any feedback?", "body is 10 words"),
        (GOOD_BODY + " word" * 250, "expected 40 to 250"),
        (
            GOOD_BODY.replace("Could you share the one thing that would have made the biggest difference", "Thanks"),
            "does not ask for feedback",
        ),
        (GOOD_BODY.replace("Priya", "Marcus"), "not in the letter: Marcus"),
        (GOOD_BODY + "\nSee https://evil.example/claim", "link not in the profile"),
        (GOOD_BODY + "\nWrite to payout@evil.example", "address not in the letter"),
    ],
)
def test_each_problem_is_reported(body: str, expected: str) -> None:
    problems = check(make(body))
    assert any(expected in p for p in problems), problems


def test_feedback_ask_after_a_declined_letter_is_a_problem() -> None:
    declined = LETTER.model_copy(update={"feedback": "declined"})
    assert any("declined" in p for p in check(make(), declined))


def test_wrong_language_is_a_problem() -> None:
    german = LETTER.model_copy(update={"language": "de"})
    assert any("language (de)" in p for p in check(make(), german))


def test_note_and_checklist_limits() -> None:
    too_long = check(make(note="x" * 301))
    assert any("301 characters" in p for p in too_long)
    short = Draft(email=make().email, checklist=CHECKLIST[:2], networking_note="Hi")
    assert any("2 items" in p for p in check(short))


def test_placeholder_in_the_checklist_is_caught() -> None:
    draft = make()
    draft.checklist[0] = ChecklistItem(text="Ask [Recruiter Name] for a call", why="x")
    assert any("checklist" in p for p in check(draft))
