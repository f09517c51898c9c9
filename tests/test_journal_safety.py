"""Journal data safety (#11): the file is private, and a CSV export cannot run formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat
from pathlib import Path

import pytest

from drafter.journal import open_journal

from .journal_helpers import journal_file, run


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_journal_is_created_0600(capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)
    try:
        code, _, _ = run(capsys, "log", "add", "application", "Acme", "--date", "2026-01-05")
    finally:
        os.umask(old)
    assert code == 0
    assert mode(journal_file()) == 0o600


def test_an_existing_world_readable_journal_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with open_journal(path):
        pass
    path.chmod(0o644)
    with open_journal(path) as journal:
        journal.add("application", on=dt.date(2026, 1, 5), company="Acme")
    assert mode(path) == 0o600
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if side.exists():
            assert mode(side) & 0o077 == 0


@pytest.mark.parametrize(
    "company",
    ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"],
)
def test_csv_export_escapes_formula_cells(capsys: pytest.CaptureFixture[str], company: str) -> None:
    with open_journal(journal_file()) as journal:
        entry_id = journal.add("application", on=dt.date(2026, 1, 5), company=company)
        journal.add_note(entry_id, '=HYPERLINK("x")')
    code, out, _ = run(capsys, "log", "export", "--csv")
    assert code == 0
    row = next(csv.DictReader(io.StringIO(out, newline="")))
    assert row["company"] == "'" + company
    assert row["note"] == '\'=HYPERLINK("x")'


def test_csv_export_leaves_ordinary_cells_alone(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "log", "add", "application", "Acme-Labs", "--note", "a - b = c")
    code, out, _ = run(capsys, "log", "export", "--csv")
    row = next(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and row["company"] == "Acme-Labs" and row["note"] == "a - b = c"


def _same_body_letter(role: str, message_id: str | None) -> str:
    head = "From: Sam Lee <careers@birchworks.example>\nTo: Kim Ode <kim.ode@example.org>\n"
    head += f"Subject: Your application for {role}\nDate: Mon, 12 Jan 2026 09:00:00 +0000\n"
    if message_id:
        head += f"Message-ID: {message_id}\n"
    body = (
        "Dear Kim,\n\nThank you for applying to Birchworks. After careful consideration we have decided"
        " not to move forward with your application at this time.\n\nKind regards,\nSam Lee\n"
    )
    return head + "\n" + body


@pytest.mark.parametrize("ids", [("<r1@birch.example>", "<r2@birch.example>"), (None, None)])
def test_two_roles_with_the_same_form_letter_are_two_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ids: tuple[str | None, str | None]
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "analyst.eml").write_text(_same_body_letter("Data Analyst", ids[0]), encoding="utf-8")
    (folder / "engineer.eml").write_text(_same_body_letter("Data Engineer", ids[1]), encoding="utf-8")
    code, _, _ = run(capsys, "batch", "--offline", "--quiet", str(folder))
    assert code == 1
    code, out, _ = run(capsys, "log", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    # and each stays one entry on a later run, and when drafted again by hand
    run(capsys, "batch", "--offline", "--quiet", str(folder))
    run(capsys, "draft", "--offline", str(folder / "analyst.eml"))
    code, out, _ = run(capsys, "log", "--json")
    assert len(json.loads(out)) == 2
