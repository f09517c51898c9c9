"""Usage errors that help: two lines, that command's usage, and the likely intended word."""

from __future__ import annotations

import pytest

from drafter.cli import main


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2, err
    return err


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["log", "add"], "usage: drafter log add [options] KIND COMPANY"),
        (["log", "mark", "x"], "usage: drafter log mark [options] ID STATUS TEXT"),
        (["batch", "--jobs", "many", "x"], "usage: drafter batch PATH..."),
    ],
)
def test_a_nested_commands_usage_error_is_two_lines(
    argv: list[str], usage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert usage in _usage_error(capsys, *argv)


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["drat"], "draft"),
        (["draft", "--tone", "frml"], "formal"),
        (["log", "ad", "rejection", "Acme"], "add"),
        (["config", "set", "nmae", "Alex"], "name"),
    ],
)
def test_a_mistyped_word_gets_a_suggestion(argv: list[str], meant: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert f"(did you mean {meant}?)" in _usage_error(capsys, *argv)
