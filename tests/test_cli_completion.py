"""Shell completion: a script generated once, that completes commands, options and file names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main


def _complete(script: Path, cwd: Path, *words: str) -> list[str]:
    """What bash offers after `drafter WORDS...` (the last word being the one completed)."""
    line = " ".join(("drafter", *words))
    quoted = " ".join(f"'{w}'" for w in ("drafter", *words))
    probe = (
        f"source {script}; COMP_WORDS=({quoted}); COMP_CWORD={len(words)}; "
        f"COMP_LINE='{line}'; COMP_POINT={len(line)}; _shtab_drafter; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, cwd=cwd, check=True)
    return done.stdout.split()


def test_bash_completion_offers_commands_options_choices_and_files(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "drafter", "completion", "bash"], capture_output=True, text=True, check=True
    )
    script = tmp_path / "drafter.bash"
    script.write_text(done.stdout, encoding="utf-8")
    (tmp_path / "rejection.pdf").write_bytes(b"%PDF-1.4\n")
    assert _complete(script, tmp_path, "dr") == ["draft"]
    assert _complete(script, tmp_path, "draft", "--bo") == ["--body-only"]
    assert _complete(script, tmp_path, "draft", "--tone", "") == ["warm", "formal", "brief"]
    assert _complete(script, tmp_path, "draft", "rej") == ["rejection.pdf"]
    assert _complete(script, tmp_path, "log", "add", "--st") == ["--stage"]
    assert _complete(script, tmp_path, "config", "s") == ["show", "set"]
    # choices read when the script is made: the profile's keys, the journal's stages and statuses
    assert _complete(script, tmp_path, "config", "unset", "sign_off.") == [
        f"sign_off.{x}" for x in "en de fr es nl pt it".split()
    ]
    assert _complete(script, tmp_path, "log", "add", "--stage", "") == [
        "application",
        "screen",
        "interview",
        "final",
        "unknown",
    ]
    assert _complete(script, tmp_path, "log", "mark", "1", "") == ["drafted", "sent", "replied", "feedback"]
    # pressing Tab runs only the shell: nothing in the script starts Python or drafter
    code = [ln for ln in done.stdout.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert not any("python" in ln or ("drafter " in ln and "complete " not in ln) for ln in code)


def test_completion_for_zsh_and_a_bad_shell(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "zsh"]) == 0
    assert "#compdef drafter" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["completion", "fish"])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err
