"""A rejection is linked to the application it answers (#12), over a small history scripted
through the CLI: applications logged by hand, then letters drafted and rejections logged."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
from pathlib import Path

import pytest

from drafter.journal.linking import company_key, requisition, role_words, same_role

from .journal_helpers import run

START = dt.date.today() - dt.timedelta(days=60)


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def _letter(folder: Path, name: str, *, company: str, role: str, sent: dt.date, reference: str = "") -> Path:
    domain = company.split()[0].lower()
    date = email.utils.format_datetime(dt.datetime(sent.year, sent.month, sent.day, 10, tzinfo=dt.UTC))
    ref = f" ({reference})" if reference else ""
    path = folder / f"{name}.eml"
    path.write_text(
        f"From: {company} Recruiting <jobs@{domain}.example>\nTo: Alex Morgan <alex@example.org>\n"
        f"Subject: Your application for {role}{ref}\nDate: {date}\n\n"
        f"Dear Alex,\n\nThank you for your interest in the {role} position{ref} at {company}.\n"
        "Unfortunately, we have decided to move forward with other candidates.\n\n"
        f"Best regards,\nThe {company} Recruiting Team\n",
        encoding="utf-8",
    )
    return path


def _entries(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    code, out, _ = run(capsys, "log", "--json")
    assert code == 0
    return {f"{e['company']}/{e['role']}": e for e in json.loads(out)}


def test_a_scripted_history_links_each_rejection_to_its_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for company, role, applied in (
        ("Lumen Labs", "Sr. Data Analyst", day(0)),
        ("Birch Works", "Data Engineer (REQ-4411)", day(2)),
        ("Birch Works", "Data Analyst", day(3)),
        ("Cobalt", None, day(5)),
        ("Lumen Labs", "Product Manager", day(6)),
    ):
        argv = ["log", "add", "application", company, "--applied", applied.isoformat()]
        code, out, _ = run(capsys, *argv, *(["--role", role] if role else []))
        assert code == 0 and applied.isoformat() in out

    # a letter from "Lumen Labs Ltd" about the "Senior Data Analyst" role answers the "Sr." one
    lumen = _letter(tmp_path, "lumen", company="Lumen Labs Ltd", role="Senior Data Analyst", sent=day(20))
    code, out, err = run(capsys, "draft", "--offline", "--name", "Alex Morgan", str(lumen))
    assert code == 0 and "journal entry" not in out  # stdout carries only the draft
    assert f"logged as journal entry 1, with your application of {day(0).isoformat()}" in err
    assert "drafter log mark 1 sent" in err

    # the requisition id decides before the role's words ("Senior Data Engineer" vs "Data Engineer")
    birch = _letter(
        tmp_path, "birch", company="Birch Works", role="Senior Data Engineer", sent=day(37), reference="REQ-4411"
    )
    code, _, err = run(capsys, "draft", "--offline", "--name", "Alex Morgan", str(birch))
    assert code == 0 and "logged as journal entry 2, with your application of" in err

    # by hand: Cobalt's only application named no role, so it is the one answered
    code, out, _ = run(capsys, "log", "add", "rejection", "Cobalt", "--role", "Designer", "--date", day(25).isoformat())
    assert code == 0
    assert out == (
        f"entry 4: your application of {day(5).isoformat()} was answered: "
        f"rejection at Cobalt (Designer), {day(25).isoformat()} (20 days later)\n"
    )
    # no application logged at Dune: a new entry
    code, out, _ = run(capsys, "log", "add", "rejection", "Dune", "--date", day(30).isoformat())
    assert code == 0 and out.startswith("added entry 6: rejection at Dune")

    entries = _entries(capsys)
    assert len(entries) == 6
    linked = {k: (e["kind"], e["applied_on"], e["date"]) for k, e in entries.items()}
    assert linked == {
        "Lumen Labs/Sr. Data Analyst": ("rejection", day(0).isoformat(), day(20).isoformat()),
        "Birch Works/Data Engineer (REQ-4411)": ("rejection", day(2).isoformat(), day(37).isoformat()),
        "Birch Works/Data Analyst": ("application", None, day(3).isoformat()),
        "Cobalt/Designer": ("rejection", day(5).isoformat(), day(25).isoformat()),
        "Lumen Labs/Product Manager": ("application", None, day(6).isoformat()),
        "Dune/None": ("rejection", None, day(30).isoformat()),
    }
    assert entries["Lumen Labs/Sr. Data Analyst"]["status"] == "drafted"
    assert entries["Lumen Labs/Sr. Data Analyst"]["stage"] == "application"

    code, out, _ = run(capsys, "stats", "--json")
    data = json.loads(out)
    assert data["entries"] == {"rejections": 4, "applications": 5, "interviews": 0}
    assert data["days_to_answer"] == {"count": 3, "median": 20.0, "mean": 25.0, "min": 20, "max": 35}
    code, out, _ = run(capsys, "stats")
    assert "median 20 days" in out

    # drafted again, the letter stays the one entry, and says so
    code, _, err = run(capsys, "draft", "--offline", "--name", "Alex Morgan", str(lumen))
    assert code == 0 and "already in the journal as entry 1; once you have sent the email" in err
    assert len(_entries(capsys)) == 6


def test_a_rejection_for_another_role_or_before_the_application_is_not_linked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "log", "add", "application", "Lumen Labs", "--role", "Data Analyst", "--applied", day(10).isoformat())
    run(capsys, "log", "add", "application", "Lumen Labs", "--role", "Designer", "--applied", day(10).isoformat())
    other = _letter(tmp_path, "pm", company="Lumen Labs", role="Product Manager", sent=day(20))
    run(capsys, "draft", "--offline", "--name", "Alex Morgan", str(other))
    run(capsys, "log", "add", "rejection", "Lumen Labs", "--role", "Data Analyst", "--date", day(5).isoformat())
    # two open applications and a rejection naming no role: which one is unclear
    run(capsys, "log", "add", "rejection", "Lumen Labs", "--date", day(30).isoformat())
    code, out, _ = run(capsys, "log", "--json")
    assert code == 0
    kinds = sorted((e["kind"], e["applied_on"]) for e in json.loads(out))
    assert kinds == [("application", None)] * 2 + [("rejection", None)] * 3


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lumen Labs", "Lumen Labs Ltd."), ("The Lumen Labs, Inc", "LUMEN LABS"), ("Birch-Works GmbH", "Birch Works")],
)
def test_company_names_match_without_case_punctuation_or_legal_suffix(a: str, b: str) -> None:
    assert company_key(a) == company_key(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sr. Data Analyst", "Senior Data Analyst", True),
        ("Jr Developer", "Junior Developer", True),
        ("Data Analyst", "data  analyst", True),
        ("Ops Mgr", "Operations Manager", True),
        ("Data Analyst (REQ-4411)", "Senior Data Analyst, Job ID: 4411", True),
        ("Data Analyst (REQ-4411)", "Data Analyst (REQ-4412)", False),
        ("Data Analyst #17", "Data Analyst #18", False),
        ("Data Analyst", "Data Engineer", False),
        ("Software Engineer", "Software Engineer II", False),
    ],
)
def test_roles_match_on_requisition_ids_first_then_their_words(a: str, b: str, same: bool) -> None:
    assert same_role(a, b) is same


def test_a_requisition_id_is_found_in_a_role_and_left_out_of_its_words() -> None:
    assert requisition("Data Analyst (REQ-4411)") == requisition(None, "REQ-4411") == "4411"
    assert requisition("Data Analyst") is None
    assert role_words("Sr. Data Analyst (REQ-4411)") == ("senior", "data", "analyst")
