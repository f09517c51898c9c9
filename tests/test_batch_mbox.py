"""Messages of an mbox that hold nothing to answer (#11.23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.testing.letters import letter_eml

from .batch_helpers import write_mbox


def test_empty_messages_are_skipped_with_a_note_and_the_run_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    box = tmp_path / "Rejections.mbox"
    write_mbox(box, [letter_eml(0), b"", b"Subject: (no subject)\nFrom: someone@example.org\n\n\n", letter_eml(1)])
    assert main(["batch", "--offline", str(box)]) == 1
    out = capsys.readouterr().out
    assert "Rejections.mbox#2: skipped (empty message)" in out
    assert "Rejections.mbox#3: skipped (empty message)" in out
    assert "2 written" in out and "2 skipped" in out
    assert len(list(tmp_path.glob("Rejections.mbox.*.reply.md"))) == 2
    # every later run passes: nothing failed
    assert main(["batch", "--offline", str(box)]) == 0
    assert main(["batch", "--offline", "--check", str(box)]) == 0


def test_a_message_of_one_paragraph_without_headers_is_not_taken_for_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        b"Dear Sam, thank you for applying for the Data Analyst position at Acme. Unfortunately, we have "
        b"decided to move forward with other candidates. Best regards, Maria Lopez"
    )
    write_mbox(tmp_path / "box.mbox", [text])
    main(["batch", "--offline", str(tmp_path / "box.mbox")])
    assert "empty message" not in capsys.readouterr().out
