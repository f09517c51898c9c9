"""The terminal's side of the CLI: narrow encodings, stdout for the draft only, colour on warnings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from drafter.cli import main

from .test_everyday import LETTER, Terminal

# not in cp1252: a Windows console or redirect cannot show it
COMPANY = "Łódź Robotics"


def _run(*argv: str, encoding: str = "cp1252") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        check=False,
    )


def test_log_and_stats_on_a_cp1252_stream_get_ascii_rules_not_a_crash() -> None:
    assert main(["log", "add", "rejection", COMPANY, "--role", "Data Analyst", "--stage", "interview"]) == 0
    assert main(["log", "add", "rejection", "Lumen Labs", "--role", "Analyst"]) == 0
    stats = _run("stats")
    assert stats.returncode == 0, stats.stderr
    text = stats.stdout.decode("cp1252")
    assert "-- Where in the funnel rejections happen --" in text and "#####" in text
    table = _run("log")
    assert table.returncode == 0, table.stderr
    shown = table.stdout.decode("cp1252")
    assert "Lumen Labs" in shown and "?ód? Robotics" in shown  # what cp1252 lacks becomes "?"


def test_json_on_a_cp1252_stream_is_escaped_not_lost(tmp_path: Path) -> None:
    assert main(["log", "add", "rejection", COMPANY]) == 0
    entries = _run("log", "--json")
    assert entries.returncode == 0, entries.stderr
    assert json.loads(entries.stdout.decode("cp1252"))[0]["company"] == COMPANY
    assert json.loads(_run("stats", "--json").stdout.decode("cp1252"))
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER.replace("Lumen Labs", COMPANY), encoding="utf-8")
    parsed = _run("parse", str(letter), "--json")
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout.decode("cp1252"))["company"] == COMPANY
    drafted = _run("draft", str(letter), "--json", "--offline", "--no-journal")
    assert drafted.returncode == 0, drafted.stderr
    assert COMPANY in json.loads(drafted.stdout.decode("cp1252"))["email"]["body"]


def test_stdout_carries_only_the_draft(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    done = _run("draft", str(letter), "--offline", "--name", "Alex Morgan", encoding="utf-8")
    assert done.returncode == 0, done.stderr
    out, err = done.stdout.decode(), done.stderr.decode()
    assert out.startswith(("To:", "Subject:")) and "drafter:" not in out and "drafted by" not in out
    assert "drafted by the offline backend" in err


def test_warnings_are_coloured_on_a_terminal_only(tmp_path: Path) -> None:
    # a letter with no decision sentence is drafted with a warning
    unclear = tmp_path / "unclear.txt"
    unclear.write_text("Dear Alex,\n\nThank you for your application to Lumen Labs.\n\nKim Lee\n", encoding="utf-8")
    term = Terminal("draft", str(unclear), "--offline", "--no-journal", "--name", "Alex")
    assert term.finish() == 0, term.seen
    assert b"\x1b[33mwarning:\x1b[0m" in term.seen
    piped = _run("draft", str(unclear), "--offline", "--no-journal", "--name", "Alex", encoding="utf-8")
    assert piped.returncode == 0 and b"drafter: warning:" in piped.stderr and b"\x1b[" not in piped.stderr


def test_after_a_paste_the_name_question_comes_before_the_rule_over_the_draft(isolated_env: Path) -> None:
    term = Terminal("draft", "--offline", "--no-journal", env={"NO_COLOR": "1"})
    term.wait_for(b"Enter):")
    term.wait_for(b"\n")
    for line in LETTER.splitlines():
        term.type(line.encode() + b"\n")
    term.type(b"\x04")
    term.wait_for(b"Your name")
    term.type(b"Alex Morgan\n")
    term.wait_for(b"Save")
    term.type(b"n\n")
    assert term.finish() == 0, term.seen
    shown = term.seen.decode().replace("\r", "")
    after = shown[shown.rindex("Recruiter, Lumen Labs") :]
    assert after.index("\n\nYour name") < after.index("\n\n── your draft ─") < after.index("Subject: Re:")
    assert after.rstrip().count("── your draft") == 1
    assert "Alex Morgan\n\n── Reflection checklist" in after
    assert not (isolated_env / "config.toml").exists()  # "n": nothing saved
