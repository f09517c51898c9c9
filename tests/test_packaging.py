"""The built wheel, installed into a fresh virtual environment, drafts a letter on its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT


@pytest.mark.needs_index
def test_wheel_ships_templates_and_drafts_offline(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(dist), str(ROOT)],
        check=True,
        timeout=300,
    )
    wheel = next(dist.glob("drafter-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=600)

    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    letter = workdir / "letter.txt"
    letter.write_bytes((EXAMPLES / "letters" / "final-round-kestrel.txt").read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    proc = subprocess.run(
        [str(bindir / "drafter"), "draft", str(letter), "--offline", "--json"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["backend"] == "offline"
    assert "Kestrel Health" in result["email"]["body"]

    # The templates came from the installed package, not from this checkout.
    where = subprocess.run(
        [str(python), "-c", "from drafter.resources import builtin_dir; print(builtin_dir('templates'))"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), where
    assert (Path(where).parent / "prompts" / "default" / "meta.toml").is_file()
