"""Settings: environment over `.env`, `auto` means offline until an LLM is configured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.config import load_profile, load_settings
from drafter.errors import ConfigError


def test_no_llm_configured_means_offline() -> None:
    assert load_settings({}, Path.cwd()).resolved_backend == "offline"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"OPENAI_API_KEY": "sk-test"}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "openai"),
        ({"OPENAI_API_KEY": "sk-test", "DRAFTER_BACKEND": "offline"}, "offline"),
        ({"DRAFTER_BACKEND": "OpenAI"}, "openai"),
    ],
)
def test_backend_resolution(env: dict[str, str], expected: str) -> None:
    assert load_settings(env, Path.cwd()).resolved_backend == expected


def test_dotenv_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DRAFTER_MODEL=from-dotenv\nDRAFTER_TIMEOUT=7\nOPENAI_API_KEY=sk-dotenv\n")
    settings = load_settings({"DRAFTER_MODEL": "from-env"}, tmp_path)
    assert settings.model == "from-env"
    assert settings.timeout == 7
    assert settings.api_key is not None and settings.api_key.get_secret_value() == "sk-dotenv"
    assert "sk-dotenv" not in repr(settings) and "sk-dotenv" not in settings.model_dump_json()


def test_dotenv_in_a_parent_folder_is_ignored(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("OPENAI_API_KEY=sk-parent\n")
    child = tmp_path / "child"
    child.mkdir()
    assert load_settings({}, child).api_key is None


@pytest.mark.parametrize("env", [{"DRAFTER_BACKEND": "gpt"}, {"DRAFTER_TIMEOUT": "soon"}, {"DRAFTER_MAX_RETRIES": "-"}])
def test_invalid_settings_are_one_line_errors(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as exc:
        load_settings(env, Path.cwd())
    assert "\n" not in str(exc.value)


def test_flags_override_the_profile_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[profile]\nname = "Alex"\ntone = "formal"\n')
    settings = load_settings({"DRAFTER_HOME": str(home)}, tmp_path)
    profile = load_profile(settings, name="Alex Morgan", tone=None)
    assert (profile.name, profile.tone) == ("Alex Morgan", "formal")


def test_config_shows_and_changes_the_profile_draft_reads(tmp_path: Path) -> None:
    work = tmp_path / "letters"
    work.mkdir()
    (work / ".env").write_text("DRAFTER_HOME=./my-drafter\n", encoding="utf-8")
    (work / "letter.txt").write_text(
        "Dear Alex,\n\nThank you for applying for the Data Analyst role at Lumen Labs. Unfortunately we have"
        " decided not to move forward with your application.\n\nKind regards,\nKim Lee\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "DRAFTER_HOME"}

    def drafter(*argv: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "drafter", *argv], capture_output=True, text=True, cwd=work, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert drafter("config", "path").strip() == str(Path("my-drafter") / "config.toml")
    drafter("config", "set", "name", "Robin Quill")
    assert "Robin Quill" in drafter("config")
    assert (work / "my-drafter" / "config.toml").is_file()
    assert "\nRobin Quill\n" in drafter("draft", "letter.txt", "--offline", "--no-journal")


def test_config_set_and_unset_list_and_check_the_profiles_keys(capsys: pytest.CaptureFixture[str]) -> None:
    from drafter.cli import main
    from drafter.models import Profile

    for action in ("set", "unset"):
        with pytest.raises(SystemExit) as shown:
            main(["config", action, "--help"])
        assert shown.value.code == 0
        listed = " ".join(capsys.readouterr().out.split())
        assert all(key in listed for key in Profile.model_fields), listed
        assert "sign_off.de, sign_off.fr" in listed
    with pytest.raises(SystemExit) as refused:
        main(["config", "unset", "nickname"])
    assert refused.value.code == 2
    assert "invalid choice: 'nickname' (choose from 'name', 'email'" in capsys.readouterr().err
