"""Several drafter processes writing one journal at once (pre-commit runs hooks in parallel)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from drafter.journal import open_journal

WRITERS = 6
LETTERS_EACH = 40
SHARED_LETTERS = 10  # the same letters seen by every writer: each must be counted once

# Each writer opens the journal itself (so creation and migration race too), waits for a common
# start time, then records its own letters, the shared ones, and a note per entry it made.
WRITER = f"""
import datetime, sys, time
from drafter.journal import open_journal, record_letter
from drafter.models import RejectionLetter
path, who, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
time.sleep(max(0.0, start - time.time()))
with open_journal(__import__("pathlib").Path(path)) as journal:
    for n in range({LETTERS_EACH}):
        letter = RejectionLetter(is_rejection=True, company=f"Co {{who}}-{{n}}", stage="screen")
        rec = record_letter(journal, letter, source_sha256=f"own-{{who}}-{{n}}",
                            on=datetime.date(2026, 1, 1 + n % 28))
        journal.add_note(rec.id, f"note from {{who}}")
        shared = RejectionLetter(is_rejection=True, company="Shared", stage="interview")
        mid = f"<shared-{{n % {SHARED_LETTERS}}}@x>"
        record_letter(journal, shared, source_sha256=None, message_id=mid)
print("ok")
"""


def test_concurrent_writers_lose_nothing_and_count_shared_letters_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "journal.sqlite3"
    start = time.time() + 1.5  # every process is up and waiting by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(who), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in range(WRITERS)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    with open_journal(path) as journal:
        entries = journal.entries()
    own = [e for e in entries if e.company != "Shared"]
    shared = [e for e in entries if e.company == "Shared"]
    assert len(own) == WRITERS * LETTERS_EACH
    assert len(shared) == SHARED_LETTERS
    assert {e.company for e in own} == {f"Co {w}-{n}" for w in range(WRITERS) for n in range(LETTERS_EACH)}
    assert all(len(e.notes) == 1 for e in own)
    assert len({e.id for e in entries}) == len(entries)


def test_concurrent_draft_commands_record_every_letter(tmp_path: Path) -> None:
    """The real CLI, several at once, each with its own letter and one letter they all share."""
    path = tmp_path / "journal.sqlite3"
    letters = []
    for n in range(5):
        letter = tmp_path / f"letter{n}.txt"
        letter.write_text(
            f"Dear Ann,\n\nThank you for applying for the Analyst {n} role at Company{n}. "
            "Unfortunately we have decided not to move forward with your application.\n\n"
            "Best regards,\nSam\n"
        )
        letters.append(letter)
    shared = tmp_path / "shared.txt"
    shared.write_text(
        "Dear Ann,\n\nUnfortunately we have decided to pursue other candidates for the Designer "
        "role at Sharedco.\n\nBest,\nKim\n"
    )
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "drafter",
                "draft",
                "--offline",
                "--json",
                "--journal",
                str(path),
                str(letter),
                "--name",
                "Ann",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for letter in [*letters, shared, shared, shared]
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "journal was not updated" not in err
        assert json.loads(out)["email"]["body"]
    with open_journal(path) as journal:
        assert len(journal) == len(letters) + 1


OPENER = """
import sys, time
from pathlib import Path
from drafter.journal import open_journal, record_letter
from drafter.models import RejectionLetter
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
with open_journal(Path(sys.argv[1])) as journal:
    record_letter(journal, RejectionLetter(is_rejection=True), source_sha256=sys.argv[3])
"""


def test_many_processes_creating_the_same_new_journal(tmp_path: Path) -> None:
    """Creating a journal (WAL switch, migration) races hardest: every process must get in."""
    for round_ in range(5):
        path = tmp_path / f"round{round_}" / "journal.sqlite3"
        start = time.time() + 0.8
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPENER, str(path), str(start), f"{round_}-{n}"],
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(8)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        with open_journal(path) as journal:
            assert len(journal) == 8
