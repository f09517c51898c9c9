"""A letter's identity in the journal (#12, #11 item 12): a changed letter is the same entry, and
separate letters that look alike stay separate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .journal_helpers import run

BODY = """Dear Alex,

Thank you for applying for the {role} role at {company}. We received many strong applications, and
after careful review we have decided not to move forward with yours at this time.

We wish you every success in your search.

Kind regards,
Kim Lee
Talent Team, {company}
"""
PS = "\nP.S. If it would help, reply to this email and I will gladly share some feedback.\n"


def _letter(role: str = "Data Analyst", company: str = "Lumen Labs", *, eml: bool, message_id: str = "") -> str:
    body = BODY.format(role=role, company=company)
    if not eml:
        return body
    head = f"From: Kim Lee <kim@{company.split()[0].lower()}.example>\nTo: Alex Morgan <alex@example.org>\n"
    head += f"Subject: Your application for {role}\nDate: Mon, 12 Jan 2026 09:00:00 +0000\n"
    if message_id:
        head += f"Message-ID: {message_id}\n"
    return head + "\n" + body


def _entries(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "log", "--json")
    assert code == 0
    entries: list[dict[str, object]] = json.loads(out)
    return entries


def _draft(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, _, err = run(capsys, "draft", "--offline", "--name", "Alex Morgan", str(path))
    assert code == 0, err


@pytest.mark.parametrize(("eml", "message_id"), [(False, ""), (True, ""), (True, "<r1@lumen.example>")])
def test_a_letter_that_gained_a_ps_is_the_same_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], eml: bool, message_id: str
) -> None:
    suffix = ".eml" if eml else ".txt"
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    first.write_text(_letter(eml=eml, message_id=message_id), encoding="utf-8")
    second.write_text(_letter(eml=eml, message_id=message_id) + PS, encoding="utf-8")
    _draft(capsys, first)
    (entry,) = _entries(capsys)
    assert entry["feedback"] == "not_mentioned"
    assert run(capsys, "log", "mark", str(entry["id"]), "sent")[0] == 0
    _draft(capsys, second)
    _draft(capsys, first)  # and the first version again
    (again,) = _entries(capsys)
    assert again["id"] == entry["id"] and again["status"] == "sent"  # what the user logged stays
    if not message_id:  # a letter found again by its Message-ID is not re-read
        assert again["feedback"] == "offered"  # what the new version says is taken up


def test_a_changed_letter_file_stays_one_entry_in_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    letter = folder / "lumen.eml"
    letter.write_text(_letter(eml=True), encoding="utf-8")
    run(capsys, "batch", "--offline", "--quiet", str(folder))
    letter.write_text(_letter(eml=True) + PS, encoding="utf-8")
    run(capsys, "batch", "--offline", "--quiet", str(folder))
    assert len(_entries(capsys)) == 1


@pytest.mark.parametrize("eml", [False, True])
def test_one_form_letter_for_two_roles_or_two_companies_is_two_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], eml: bool
) -> None:
    letters = [("Data Analyst", "Lumen Labs"), ("Data Engineer", "Lumen Labs"), ("Data Analyst", "Birch Works")]
    for n, (role, company) in enumerate(letters):
        path = tmp_path / f"letter{n}.{'eml' if eml else 'txt'}"
        path.write_text(_letter(role, company, eml=eml), encoding="utf-8")
        _draft(capsys, path)
        _draft(capsys, path)
    assert sorted((e["role"], e["company"]) for e in _entries(capsys)) == sorted(letters)


def test_a_different_letter_from_the_same_recruiter_is_a_new_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.txt"
    first.write_text(_letter(eml=False), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(
        "Dear Alex,\n\nThanks for the time you spent with our panel last week on the Data Analyst role at "
        "Lumen Labs. We have now filled the position with another candidate, and wanted to let you know "
        "personally before the end of the week.\n\nKind regards,\nKim Lee\nTalent Team, Lumen Labs\n",
        encoding="utf-8",
    )
    _draft(capsys, first)
    _draft(capsys, other)
    assert len(_entries(capsys)) == 2


def test_one_ats_text_from_companies_the_letters_do_not_name_is_two_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Dear Alex,\n\nThank you for the time you invested in your application. After careful review of all"
        " applications received, we have decided to pursue other candidates whose background more closely"
        " matches our current needs. We will keep your details on file.\n\nKind regards,\n{sender}\n"
    )
    for n, sender in enumerate(("Recruiting", "Hiring Team")):
        path = tmp_path / f"ats{n}.txt"
        path.write_text(text.format(sender=sender), encoding="utf-8")
        code, _, err = run(capsys, "draft", "--offline", "--force", "--name", "Alex Morgan", str(path))
        assert code == 0, err
    assert len(_entries(capsys)) == 2
