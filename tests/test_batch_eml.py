"""`.eml` drafts (#12, #11.23): one added later beside an edited reply, threading, and whose From."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from drafter.batch import Options, run_batch
from drafter.cli import main
from drafter.config import load_settings
from drafter.models import Profile
from drafter.testing.letters import facts, letter_eml

from .batch_helpers import batch, reply_of


def _edit_email(reply: Path) -> str:
    """Change the email's wording in the reply and return the new text (written)."""
    text = reply.read_text(encoding="utf-8")
    mine = text.replace("Thank you for", "Many thanks, truly, for", 1)
    assert mine != text
    reply.write_text(mine, encoding="utf-8")
    return mine


def _read_eml(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    content = part.get_content()
    assert isinstance(content, str)
    return content


def test_eml_added_later_is_made_from_the_edited_reply_which_stays_untouched(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    reply = reply_of(letter)
    mine = _edit_email(reply)
    before = reply.stat().st_mtime_ns

    report = batch(tmp_path, eml=True)
    assert [o.status for o in report.outcomes] == ["eml_added"]
    assert report.exit_code == 1  # a file was written
    assert reply.read_text(encoding="utf-8") == mine
    assert reply.stat().st_mtime_ns == before
    draft = _read_eml(tmp_path / "acme.eml.reply.eml")
    assert "Many thanks, truly, for" in _body(draft)  # the user's words, not a fresh draft
    f = facts(0)
    assert draft["To"] == f.address
    assert draft["In-Reply-To"] == f.message_id
    assert draft["Subject"] == f"Re: Your application for {f.role} at {f.company}"
    assert draft["X-Unsent"] == "1"

    # from now on both are the user's: current, and never rewritten
    eml_bytes = (tmp_path / "acme.eml.reply.eml").read_bytes()
    again = batch(tmp_path, eml=True)
    assert again.exit_code == 0 and [o.status for o in again.outcomes] == ["current"]
    assert (tmp_path / "acme.eml.reply.eml").read_bytes() == eml_bytes
    assert reply.read_text(encoding="utf-8") == mine
    letter.write_bytes(letter_eml(0) + b"\nP.S. We keep your CV on file.\n")
    changed = batch(tmp_path, eml=True)
    assert [o.status for o in changed.outcomes] == ["kept"]
    assert (tmp_path / "acme.eml.reply.eml").read_bytes() == eml_bytes


def test_the_edited_to_and_subject_lines_go_into_the_eml(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    reply = reply_of(letter)
    text = reply.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    lines = body.split("\n")
    lines = [
        "**To:** recruiting@acme.example  " if line.startswith("**To:**") else line
        for line in lines
        if not line.startswith("**Subject:**")
    ]
    at = next(i for i, line in enumerate(lines) if line.startswith("**To:**")) + 1
    lines.insert(at, "**Subject:** Re: a question about the Data Analyst role")
    reply.write_text(head + sep + "\n".join(lines), encoding="utf-8")
    assert batch(tmp_path, eml=True).count("eml_added") == 1
    draft = _read_eml(tmp_path / "acme.eml.reply.eml")
    assert draft["To"] == "recruiting@acme.example"
    assert draft["Subject"] == "Re: a question about the Data Analyst role"


def test_an_edit_with_no_email_section_is_kept_and_gets_no_eml(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    reply = reply_of(letter)
    head, sep, _ = reply.read_text(encoding="utf-8").partition("\n---\n")
    mine = head + sep + "My own notes, no email here.\n"
    reply.write_text(mine, encoding="utf-8")
    report = batch(tmp_path, eml=True)
    assert [o.status for o in report.outcomes] == ["kept"]
    assert "no email section" in report.outcomes[0].detail
    assert not (tmp_path / "acme.eml.reply.eml").exists()
    assert reply.read_text(encoding="utf-8") == mine


def test_check_with_eml_reports_the_missing_eml_of_an_edited_reply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    _edit_email(reply_of(letter))
    assert main(["batch", "--offline", "--check", "--eml", str(tmp_path)]) == 1
    assert "no .eml draft yet" in capsys.readouterr().out
    assert not (tmp_path / "acme.eml.reply.eml").exists()
    assert main(["batch", "--offline", "--eml", str(tmp_path)]) == 1
    assert "wrote the .eml draft from your edited reply" in capsys.readouterr().out
    assert main(["batch", "--offline", "--check", "--eml", str(tmp_path)]) == 0


def test_a_non_ascii_message_id_stays_as_written_in_in_reply_to(tmp_path: Path) -> None:
    message_id = "<café-00000@acme.example>"
    data = letter_eml(0).replace(facts(0).message_id.encode(), message_id.encode("utf-8"))
    (tmp_path / "acme.eml").write_bytes(data)
    assert batch(tmp_path, eml=True).count("written") == 1
    raw = (tmp_path / "acme.eml.reply.eml").read_bytes()
    headers = raw.partition(b"\n\n")[0].decode("utf-8").split("\n")
    assert f"In-Reply-To: {message_id}" in headers, headers
    assert f"References: {message_id}" in headers, headers
    assert "=?" not in "\n".join(h for h in headers if h.startswith(("In-Reply-To", "References")))


def _eml_for(tmp_path: Path, data: bytes, profile: Profile) -> EmailMessage:
    (tmp_path / "acme.eml").write_bytes(data)
    settings = load_settings().model_copy(update={"backend": "offline"})
    report = run_batch([tmp_path], Options(eml=True), settings=settings, profile=profile)
    assert report.count("written") == 1, report.outcomes
    return _read_eml(tmp_path / "acme.eml.reply.eml")


def test_the_eml_from_is_never_taken_from_a_crafted_to_header(tmp_path: Path) -> None:
    crafted = letter_eml(0).replace(b"To: Sam <sam@example.org>", b"To: Your Boss <ceo@attacker.example>")
    assert b"ceo@attacker.example" in crafted
    draft = _eml_for(tmp_path, crafted, Profile())
    assert draft["From"] is None  # the mail client fills in the user's own identity
    assert b"attacker.example" not in (tmp_path / "acme.eml.reply.eml").read_bytes()


def test_the_eml_from_is_the_candidates_own_address(tmp_path: Path) -> None:
    draft = _eml_for(tmp_path, letter_eml(0), Profile(name="Sam Rivera", email="sam.rivera@example.net"))
    assert draft["From"] == "Sam Rivera <sam.rivera@example.net>"


def test_the_letters_name_for_the_candidates_own_address_may_sign_the_from(tmp_path: Path) -> None:
    # the To is the profile's own address: its display name is the candidate's
    draft = _eml_for(tmp_path, letter_eml(0), Profile(email="sam@example.org"))
    assert draft["From"] == "Sam <sam@example.org>"
