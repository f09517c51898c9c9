"""No edit is ever lost (#11.7, #11.9): the .eml draft and the front matter are the user's too."""

from __future__ import annotations

from pathlib import Path

from .batch_helpers import batch, reply_of
from .letter_factory import letter_eml


def test_an_edited_eml_is_kept_when_its_reply_md_was_deleted(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    assert batch(tmp_path, eml=True).count("written") == 1
    draft = tmp_path / "acme.eml.reply.eml"
    mine = draft.read_text(encoding="utf-8").replace("\n\n", "\n\nHello again,\n", 1)
    draft.write_text(mine, encoding="utf-8")
    reply_of(letter).unlink()
    report = batch(tmp_path, eml=True)
    assert draft.read_text(encoding="utf-8") == mine
    assert [o.status for o in report.outcomes] == ["kept"]
    assert "acme.eml.reply.eml" in report.outcomes[0].detail


def test_an_edited_front_matter_is_kept_when_the_letter_changes(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    reply = reply_of(letter)
    text = reply.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    lines = head.split("\n")
    lines = [('to: "me-instead@example.org"' if line.startswith("to: ") else line) for line in lines]
    mine = "\n".join([*lines, "note: ask about the team lead"]) + sep + body
    reply.write_text(mine, encoding="utf-8")
    letter.write_bytes(letter_eml(0) + b"\nP.S. We keep your CV on file.\n")
    report = batch(tmp_path)
    assert reply.read_text(encoding="utf-8") == mine
    assert [o.status for o in report.outcomes] == ["kept"]
    assert "edited by hand" in report.outcomes[0].detail


def test_an_untouched_reply_is_still_redrafted_when_the_letter_changes(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path, eml=True)
    letter.write_bytes(letter_eml(0) + b"\nP.S. We keep your CV on file.\n")
    report = batch(tmp_path, eml=True)
    assert [o.status for o in report.outcomes] == ["written"]
