"""What a message is, the letter's own words, and what draft and batch do with each kind.

Every letter here was written for this file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import drafter
from drafter.cli import main

from .batch_helpers import batch


def _letter(body: str, greeting: str = "Dear Robin,") -> str:
    return f"{greeting}\n\n{body}\n\nBest regards,\nNoor Haddad\nTalent Partner\nQuillford Analytics\n"


KINDS: list[tuple[str, str]] = [
    (
        "rejection",
        "Thank you for interviewing for the Data Analyst role. After much thought we will not be taking "
        "your application further.",
    ),
    (
        "interview_invitation",
        "Thank you for applying for the Data Analyst role. We are delighted to invite you to an interview "
        "next Tuesday at 10:00; please confirm the time suits you.",
    ),
    (
        "assessment_request",
        "Thank you for applying for the Data Analyst role. Your application has progressed to the next "
        "stage: an online assessment, which takes about 40 minutes.",
    ),
    (
        "offer",
        "We are delighted to offer you the position of Data Analyst at Quillford Analytics, starting on "
        "1 March. The contract is attached.",
    ),
    (
        "acknowledgement",
        "Thank you for applying for the Data Analyst role. Your application has been received and "
        "forwarded to the hiring manager, who will review it.",
    ),
    (
        "status_update",
        "We are still reviewing applications for the Data Analyst role. If you do not hear from us by "
        "the end of the month, we will not be taking your application further.",
    ),
    (
        "unclear",
        "Thank you for the time you gave us over the last few weeks. We enjoyed the conversations and wish you well.",
    ),
]


@pytest.mark.parametrize(("kind", "body"), KINDS, ids=[k for k, _ in KINDS])
def test_a_message_says_what_it_is(kind: str, body: str) -> None:
    letter = drafter.parse(_letter(body))
    assert letter.kind == kind
    assert letter.is_rejection is (kind == "rejection")


def test_draft_names_what_a_non_rejection_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "invite.txt"
    path.write_text(_letter(dict(KINDS)["interview_invitation"]), encoding="utf-8")
    assert main(["draft", str(path), "--offline", "--no-journal"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and "this is an interview invitation, not a rejection letter" in err


def test_draft_drafts_an_unclear_letter_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "unclear.txt"
    path.write_text(_letter(dict(KINDS)["unclear"]), encoding="utf-8")
    assert main(["draft", str(path), "--offline", "--no-journal", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["email"]["body"]
    assert any("could not find the sentence that gives the decision" in w for w in result["warnings"])


def test_batch_lists_unclear_letters_and_drafts_them_under_force(tmp_path: Path) -> None:
    (tmp_path / "unclear.txt").write_text(_letter(dict(KINDS)["unclear"]), encoding="utf-8")
    (tmp_path / "invite.txt").write_text(_letter(dict(KINDS)["interview_invitation"]), encoding="utf-8")
    report = batch(tmp_path)
    statuses = {o.label.rsplit("/", 1)[-1]: o.status for o in report.outcomes}
    assert statuses == {"unclear.txt": "unclear", "invite.txt": "not_rejection"}
    assert not (tmp_path / "unclear.txt.reply.md").exists() and not list(tmp_path.glob("*.reply.md"))
    forced = batch(tmp_path, force=True)
    statuses = {o.label.rsplit("/", 1)[-1]: o.status for o in forced.outcomes}
    assert statuses == {"unclear.txt": "written", "invite.txt": "not_rejection"}
    assert len(list(tmp_path.glob("*.reply.md"))) == 1


def test_the_letter_own_words_are_kept_verbatim() -> None:
    letter = drafter.parse(
        _letter(
            "Thank you for the final round for the Data Analyst role. Sam, Priya and I really enjoyed "
            "the case study. We felt your SQL answers stayed at a high level and would have liked to see "
            "more depth on query tuning. We have chosen a candidate whose Tableau experience is a closer "
            "match, so we will not be offering you the role."
        )
    )
    assert letter.interviewers == ["Sam", "Priya"]
    assert letter.reason == "other_candidates"
    assert letter.reason_text == (
        "We have chosen a candidate whose Tableau experience is a closer match, so we will not be "
        "offering you the role."
    )
    assert letter.feedback_text == (
        "We felt your SQL answers stayed at a high level and would have liked to see more depth on query tuning."
    )


def test_no_words_are_invented_where_the_letter_gives_none() -> None:
    letter = drafter.parse(_letter(dict(KINDS)["rejection"]))
    assert letter.reason == "not_stated" and letter.reason_text is None and letter.feedback_text is None


def test_parse_json_carries_kind_and_the_letter_own_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(_letter(dict(KINDS)["offer"]), encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 3
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["kind"] == "offer" and data["interviewers"] == []
    assert data["reason_text"] is None and data["feedback_text"] is None
    assert "this is a job offer, not a rejection letter" in err
