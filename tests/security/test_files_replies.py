"""#11.10: a reply path drafter cannot read or write is a failure (exit 2), never "kept because edited"."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.testing.letters import letter_eml


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("check", [False, True])
def test_a_reply_folder_that_is_a_file_fails(
    letters: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], check: bool
) -> None:
    (letters / "inbox").mkdir()
    (letters / "inbox" / "acme.eml").write_bytes(letter_eml(0))
    out = tmp_path / "out"
    out.mkdir()
    (out / "inbox").write_text("a file where the mirrored folder would go\n", encoding="utf-8")
    argv = ["batch", "--offline", "--out", str(out), str(letters), *(["--check"] if check else [])]
    code = main(argv)
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "inbox/acme.eml: failed: cannot use acme.eml.reply.md: Not a directory" in captured.err
    assert "kept" not in captured.out + captured.err


@pytest.mark.parametrize("check", [False, True])
def test_a_reply_path_that_is_a_folder_fails(letters: Path, capsys: pytest.CaptureFixture[str], check: bool) -> None:
    (letters / "acme.eml").write_bytes(letter_eml(0))
    (letters / "acme.eml.reply.md").mkdir()
    code = main(["batch", "--offline", str(letters), *(["--check"] if check else [])])
    captured = capsys.readouterr()
    assert code == 2
    assert "cannot use acme.eml.reply.md: Is a directory" in captured.err
    assert "kept because edited" not in captured.out


def test_an_eml_draft_path_that_is_a_folder_fails(letters: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (letters / "acme.eml").write_bytes(letter_eml(0))
    (letters / "acme.eml.reply.eml").mkdir()
    assert main(["batch", "--offline", "--eml", str(letters)]) == 2
    assert "cannot use acme.eml.reply.eml: Is a directory" in capsys.readouterr().err
    assert not (letters / "acme.eml.reply.md").exists()


def test_a_long_letter_name_gets_its_reply(letters: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 236 characters: the reply's name fits in 255, the temporary file's must fit too
    letter = letters / ("a" * 232 + ".eml")
    letter.write_bytes(letter_eml(0))
    assert main(["batch", "--offline", "--eml", str(letters)]) == 1, capsys.readouterr()
    assert (letters / (letter.name + ".reply.md")).is_file()
    assert (letters / (letter.name + ".reply.eml")).is_file()
    assert sorted(p.name for p in letters.iterdir() if p.name.startswith(".")) == []
    assert main(["batch", "--offline", "--eml", str(letters)]) == 0


@pytest.mark.parametrize("check", [False, True])
def test_a_letter_name_too_long_for_a_reply_fails(
    letters: Path, capsys: pytest.CaptureFixture[str], check: bool
) -> None:
    (letters / ("b" * 250 + ".txt")).write_bytes(letter_eml(1))
    code = main(["batch", "--offline", str(letters), *(["--check"] if check else [])])
    captured = capsys.readouterr()
    assert code == 2
    assert "failed: cannot use" in captured.err and "File name too long" in captured.err
