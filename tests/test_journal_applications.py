"""Letters about an application become its journal entry (#12), over a small scripted history:
an acknowledgement, then an interview invitation, then the rejection, through the CLI."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import json
import os
from pathlib import Path

import pytest

from drafter.llm.fake import FakeOpenAI, Reply
from drafter.testing.letters import Facts, draft_json

from .journal_helpers import run

START = dt.date.today() - dt.timedelta(days=60)
COMPANY = "Lumen Labs"
ROLE = "Senior Data Analyst"
BODIES = {
    "acknowledgement": (
        f"We received your application for {ROLE}",
        f"Thank you for applying for the {ROLE} position at {COMPANY}. We have received your application"
        " and our team will review it carefully.\n\nWe will be in touch within two weeks.",
    ),
    "invitation": (
        f"Interview invitation: {ROLE}",
        f"Thank you for your application for the {ROLE} role at {COMPANY}. We would like to invite you"
        " to an interview with the analytics team.\n\nPlease let us know which of these times suit you:"
        " Thursday at 10:00 or Friday at 14:00.",
    ),
    "rejection": (
        f"Your application for {ROLE}",
        f"Thank you for taking the time to interview for the {ROLE} position at {COMPANY}.\n\n"
        "Unfortunately, we have decided to move forward with other candidates.",
    ),
}


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def letter(folder: Path, name: str, what: str, sent: dt.date | None, *, mtime: dt.date | None = None) -> Path:
    """A letter from Lumen Labs: with a Date header and a Message-ID when `sent` is given."""
    subject, body = BODIES[what]
    head = f"From: Priya Shah <priya@lumen.example>\nTo: Alex Morgan <alex@example.org>\nSubject: {subject}\n"
    if sent is not None:
        date = email.utils.format_datetime(dt.datetime(sent.year, sent.month, sent.day, 10, tzinfo=dt.UTC))
        head += f"Date: {date}\nMessage-ID: <{name}-{what}@lumen.example>\n"
    path = folder / name
    path.write_text(f"{head}\nDear Alex,\n\n{body}\n\nKind regards,\nPriya Shah\nRecruiter, {COMPANY}\n", "utf-8")
    if mtime is not None:
        stamp = dt.datetime(mtime.year, mtime.month, mtime.day, 12).timestamp()
        os.utime(path, (stamp, stamp))
    return path


def history(folder: Path, names: tuple[str, str, str] = ("1-ack.eml", "2-invite.eml", "3-reject.eml")) -> Path:
    folder.mkdir()
    letter(folder, names[0], "acknowledgement", day(0))
    letter(folder, names[1], "invitation", day(8))
    letter(folder, names[2], "rejection", day(21))
    return folder


def entries(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "log", "--json")
    assert code == 0
    return list(json.loads(out))


def days_to_answer(capsys: pytest.CaptureFixture[str]) -> object:
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0
    return json.loads(out)["days_to_answer"]


def test_batch_journals_the_letters_it_skips_and_the_rejection_answers_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = history(tmp_path / "letters")
    code, out, _ = run(capsys, "batch", str(folder), "--offline", "--no-journal")
    assert code == 1
    assert entries(capsys) == []  # --no-journal: nothing, not even the applications
    (folder / "3-reject.eml.reply.md").unlink()

    code, out, _ = run(capsys, "batch", str(folder), "--offline")
    assert code == 1
    assert "1-ack.eml: skipped: not a rejection (acknowledgement; logged as application entry 1)" in out
    assert "2-invite.eml: skipped: not a rejection (interview invitation; added to the application entry 1)" in out
    [entry] = entries(capsys)
    assert entry["kind"] == "rejection" and entry["id"] == 1
    assert (entry["applied_on"], entry["date"]) == (day(0).isoformat(), day(21).isoformat())
    assert (entry["company"], entry["role"], entry["stage"]) == (COMPANY, ROLE, "interview")

    code, out, _ = run(capsys, "log")
    assert code == 0 and "1* " in out and "rejection" in out and "application" not in out.split("\n", 2)[2]
    code, out, _ = run(capsys, "log", "show", "1")
    assert code == 0
    assert f"applied     {day(0).isoformat()} (21 days before)" in out
    assert f"letter of {day(0).isoformat()}: application acknowledged" in out
    assert f"letter of {day(8).isoformat()}: interview invitation" in out
    assert days_to_answer(capsys) == {"count": 1, "median": 21.0, "mean": 21.0, "min": 21, "max": 21}

    # once each: a second run adds nothing, and says nothing of the journal
    code, out, _ = run(capsys, "batch", str(folder), "--offline")
    assert code == 0 and "entry" not in out
    [again] = entries(capsys)
    assert again["notes"] == entry["notes"]


def test_the_rejection_read_first_still_gets_its_applied_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = history(tmp_path / "letters", names=("c-ack.eml", "b-invite.eml", "a-reject.eml"))
    code, _, _ = run(capsys, "batch", str(folder), "--offline")
    assert code == 1
    [entry] = entries(capsys)
    assert (entry["kind"], entry["applied_on"], entry["date"]) == ("rejection", day(0).isoformat(), day(21).isoformat())
    assert days_to_answer(capsys) == {"count": 1, "median": 21.0, "mean": 21.0, "min": 21, "max": 21}


def test_a_letter_without_a_date_is_dated_by_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    letter(folder, "ack.txt", "acknowledgement", None, mtime=day(3))
    code, _, _ = run(capsys, "batch", str(folder), "--offline")
    assert code == 0
    [entry] = entries(capsys)
    assert (entry["kind"], entry["date"], entry["stage"]) == ("application", day(3).isoformat(), "application")


def test_a_forgotten_application_is_not_added_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    letter(folder, "ack.eml", "acknowledgement", day(0))
    run(capsys, "batch", str(folder), "--offline")
    [entry] = entries(capsys)
    assert entry["kind"] == "application"
    assert run(capsys, "log", "forget", str(entry["id"]), "--yes")[0] == 0
    run(capsys, "batch", str(folder), "--offline")
    assert entries(capsys) == []


def test_log_add_application_from_a_saved_letter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ack = letter(tmp_path, "ack.eml", "acknowledgement", day(0))
    invite = letter(tmp_path, "invite.eml", "invitation", day(8))
    reject = letter(tmp_path, "reject.eml", "rejection", day(21))

    code, out, _ = run(capsys, "log", "add", "application", "--from", str(ack))
    assert code == 0 and out.startswith("logged as application entry 1:")
    code, out, _ = run(capsys, "log", "add", "application", "--from", str(ack))
    assert code == 0 and out.startswith("already in the journal as entry 1:")
    code, out, _ = run(capsys, "log", "add", "application", "--from", str(invite))
    assert code == 0 and out.startswith("added to the application entry 1:")
    [entry] = entries(capsys)
    assert (entry["kind"], entry["date"], entry["stage"]) == ("application", day(0).isoformat(), "interview")
    assert (entry["company"], entry["role"]) == (COMPANY, ROLE)

    code, _, err = run(capsys, "draft", str(reject), "--offline")
    assert code == 0
    assert f"with your application of {day(0).isoformat()}" in err
    [entry] = entries(capsys)
    assert (entry["kind"], entry["applied_on"]) == ("rejection", day(0).isoformat())
    assert days_to_answer(capsys) == {"count": 1, "median": 21.0, "mean": 21.0, "min": 21, "max": 21}


def test_log_add_from_names_what_it_cannot_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reject = letter(tmp_path, "reject.eml", "rejection", day(21))
    ack = letter(tmp_path, "ack.eml", "acknowledgement", day(0))
    for argv, said in (
        (("application", "--from", str(reject)), "is a rejection, not a letter about an application"),
        (("interview", "--from", str(ack)), "--from records an application"),
        (("application", "--from", str(tmp_path / "missing.eml")), "missing.eml"),
        (("application", "--from", str(ack), "--note", "hi"), "--note cannot be given with --from"),
    ):
        code, out, err = run(capsys, "log", "add", *argv)
        assert code == 2 and out == ""
        assert err.startswith("drafter: ") and said in err and len(err.strip().splitlines()) == 1
    assert entries(capsys) == []


@pytest.mark.parametrize("what", ["acknowledgement", "invitation"])
def test_draft_refuses_a_letter_about_an_application_records_nothing_and_says_how_to_log_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str
) -> None:
    path = letter(tmp_path, "letter.eml", what, day(0))
    code, out, err = run(capsys, "draft", str(path), "--offline")
    assert code == 3 and out == ""
    assert err.startswith("drafter: ") and f"drafter log add application --from {path}" in err
    assert entries(capsys) == []


def test_an_invitation_keeps_its_stage_when_the_rejection_names_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invite = letter(tmp_path, "invite.eml", "invitation", day(8))
    assert run(capsys, "log", "add", "application", "--from", str(invite))[0] == 0
    # a form rejection that says nothing of how far the application got
    code, out, _ = run(capsys, "log", "add", "rejection", COMPANY, "--role", ROLE, "--date", day(30).isoformat())
    assert code == 0 and "was answered" in out
    [entry] = entries(capsys)
    assert (entry["kind"], entry["stage"], entry["applied_on"]) == ("rejection", "interview", day(8).isoformat())
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["funnel"]["interview"] == 1


def test_a_letter_joins_the_application_logged_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "log", "add", "application", "Lumen Labs Ltd", "--applied", day(0).isoformat())[0] == 0
    folder = tmp_path / "letters"
    folder.mkdir()
    letter(folder, "invite.eml", "invitation", day(8))
    code, out, _ = run(capsys, "batch", str(folder), "--offline")
    assert code == 0 and "added to the application entry 1" in out
    [entry] = entries(capsys)
    assert (entry["kind"], entry["date"], entry["stage"]) == ("application", day(0).isoformat(), "interview")
    assert (entry["company"], entry["role"]) == ("Lumen Labs Ltd", ROLE)  # the name you gave is kept


def test_draft_of_a_pasted_invitation_names_the_command_with_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = letter(tmp_path, "letter.eml", "invitation", day(0))
    with path.open("rb") as fh:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(fh))
        code, _, err = run(capsys, "draft", "-", "--offline")
    assert code == 3 and "drafter log add application --from FILE" in err
    assert entries(capsys) == []


def test_with_an_llm_only_the_rejection_is_sent_and_the_skipped_letters_are_journaled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = history(tmp_path / "letters")
    draft = draft_json(Facts(0, COMPANY, ROLE, "Priya", "Shah", "Alex"))
    with FakeOpenAI(responder=lambda _: Reply.chat(draft)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
        code, out, _ = run(capsys, "batch", str(folder))
        assert len(server.chat_requests) == 1  # the letters about the application are never sent
    assert code == 1 and "logged as application entry 1" in out and "added to the application entry 1" in out
    [entry] = entries(capsys)
    assert (entry["kind"], entry["applied_on"], entry["date"]) == ("rejection", day(0).isoformat(), day(21).isoformat())
