"""The signature block: who signed, for which organisation. Letters written for these tests."""

from __future__ import annotations

import drafter


def test_an_organisation_line_above_the_signer_is_the_company() -> None:
    letter = drafter.parse(
        "Geachte mevrouw Smit,\n\nHartelijk dank voor uw sollicitatie. Helaas voldoet u niet aan de "
        "gestelde eisen.\n\nMet vriendelijke groet,\n\nDrukkerij De Vries\nJ. de Vries\ndirecteur\n"
    )
    assert letter.is_rejection
    assert letter.company == "Drukkerij De Vries"


def test_the_institution_over_the_department_that_signs() -> None:
    letter = drafter.parse(
        "Dear Ruth,\n\nThank you for applying to the fellowship. I am sorry to say that your application "
        "was not successful.\n\nBest wishes,\n\nDr Mia Chen and Dr Tom Field\nResearch and Graduate "
        "Studies\nHollow Bay University\n"
    )
    assert letter.company == "Hollow Bay University"


def test_a_thank_you_that_opens_the_letter_is_no_sign_off() -> None:
    letter = drafter.parse(
        "Hi Sam,\n\nThanks for checking in, and sorry for the slow reply.\n\nAfter talking it over with "
        "the team, we are unable to extend you an offer for this position because we had candidates "
        "with more experience.\n\nPriya\n\nPriya Rao\nStudio Manager | Quarry Lane Design\n"
    )
    assert letter.is_rejection
    assert letter.reason == "other_candidates"


def test_a_note_after_the_signature_is_not_part_of_it() -> None:
    letter = drafter.parse(
        "Dear Ms Lee,\n\nThank you for meeting us. I regret that we are unable to invite you to a second "
        "interview.\n\nSincerely,\n\nAlan Brooks\nHiring Partner\n\nP.S. I am sorry we could not ask "
        "you back this time, and I wish you the very best with your search.\n"
    )
    assert (letter.sender_name, letter.sender_title) == ("Alan Brooks", "Hiring Partner")


def test_a_department_or_region_after_the_title_belongs_to_it() -> None:
    for title in ("Area Manager, South East", "Director, Financial Analysis", "Talent Partner, Data & ML"):
        letter = drafter.parse(
            "Dear Sam,\n\nThank you for applying. Unfortunately we will not be taking your application "
            f"further.\n\nKind regards,\n\nLee Hart\n{title}\nBrookfell Foods\n"
        )
        assert letter.sender_title == title
        assert letter.company == "Brookfell Foods"
