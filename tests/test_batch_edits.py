"""No edit is ever lost (#11.7, #11.8, #11.9): the .eml draft and the front matter are the user's too,
and an edit made while a run is going is kept."""

from __future__ import annotations

from pathlib import Path

from drafter.config import Settings
from drafter.drafting.offline import DraftContext
from drafter.models import DraftResult
from drafter.testing.letters import letter_eml

from .batch_helpers import ScriptedLLM, batch, llm_batch, reply_of


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


class EditsDuringTheRequest(ScriptedLLM):
    """An LLM whose answer takes long enough for the user to edit (or write) the files meanwhile."""

    def __init__(self, edits: dict[Path, str]) -> None:
        super().__init__()
        self.edits = edits

    async def __call__(self, ctx: DraftContext, settings: Settings, *, fallback, **options) -> DraftResult:
        for path, text in self.edits.items():
            path.write_text(text, encoding="utf-8")
        return await super().__call__(ctx, settings, fallback=fallback, **options)


def test_a_reply_edited_while_the_run_drafts_it_is_kept(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path)
    letter.write_bytes(letter_eml(0) + b"\nP.S. We keep your CV on file.\n")  # stale now
    reply = reply_of(letter)
    mine = reply.read_text(encoding="utf-8") + "\nMy own note, typed during the run.\n"
    report = llm_batch(tmp_path, EditsDuringTheRequest({reply: mine}))
    assert reply.read_text(encoding="utf-8") == mine
    assert [o.status for o in report.outcomes] == ["kept"]
    assert "changed while drafter was writing it" in report.outcomes[0].detail
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_reply_written_by_hand_while_the_run_drafts_it_is_kept(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    reply = reply_of(letter)
    report = llm_batch(tmp_path, EditsDuringTheRequest({reply: "Dear Maria, my own reply.\n"}))
    assert reply.read_text(encoding="utf-8") == "Dear Maria, my own reply.\n"
    assert [o.status for o in report.outcomes] == ["kept"]
    assert "appeared while drafter was writing it" in report.outcomes[0].detail


def test_an_eml_draft_edited_while_the_run_drafts_it_is_kept(tmp_path: Path) -> None:
    letter = tmp_path / "acme.eml"
    letter.write_bytes(letter_eml(0))
    batch(tmp_path, eml=True)
    letter.write_bytes(letter_eml(0) + b"\nP.S. We keep your CV on file.\n")
    draft = tmp_path / "acme.eml.reply.eml"
    mine = draft.read_text(encoding="utf-8").replace("\n\n", "\n\nHello again,\n", 1)
    report = llm_batch(tmp_path, EditsDuringTheRequest({draft: mine}), eml=True)
    assert draft.read_text(encoding="utf-8") == mine
    assert [o.status for o in report.outcomes] == ["kept"]
