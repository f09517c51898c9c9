"""Building journals with known contents for the stats, insights and CLI tests."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from drafter.cli import main
from drafter.journal.entries import Entry, Note

D = dt.date


def entry(id: int, kind: str, on: dt.date, notes: dict[str, str] | None = None, **fields: Any) -> Entry:
    return Entry(
        id=id,
        kind=kind,
        date=on,
        notes=tuple(Note(k, v, "2026-01-01T00:00:00+00:00") for k, v in (notes or {}).items()),
        **fields,
    )


def known_journal() -> list[Entry]:
    """Six rejections, four applications (five with the one Elm answered) and an interview, worked out by hand."""
    return [
        entry(1, "application", D(2025, 12, 1), company="Acme", role="Analyst", stage="application"),
        entry(2, "application", D(2026, 1, 1), company="Acme", role="Analyst", stage="application"),
        entry(3, "application", D(2026, 1, 5), company="ACME ", role="Other", stage="application"),
        entry(
            4,
            "rejection",
            D(2026, 1, 10),
            company="Acme",
            role="analyst",
            stage="application",
            reason="other_candidates",
            feedback="not_mentioned",
            status="drafted",
        ),
        entry(
            5,
            "rejection",
            D(2026, 1, 25),
            company="Birch",
            stage="application",
            reason="other_candidates",
            feedback="not_mentioned",
            status="sent",
        ),
        entry(6, "application", D(2026, 2, 1), company="Cobalt", stage="application"),
        entry(
            7,
            "rejection",
            D(2026, 2, 14),
            company="Cobalt",
            role="Engineer",
            stage="screen",
            reason="experience",
            feedback="offered",
            status="feedback",
            notes={"feedback": "Needed more depth in system design."},
        ),
        entry(
            8,
            "interview",
            D(2026, 2, 16),
            company="Delta",
            stage="interview",
            notes={
                "questions": "Tell me about a conflict",
                "went_badly": "My system design answer",
            },
        ),
        entry(
            9,
            "rejection",
            D(2026, 2, 20),
            company="Delta",
            stage="screen",
            reason="experience",
            feedback="not_mentioned",
            status="replied",
        ),
        entry(
            10,
            "rejection",
            D(2026, 4, 2),
            company="Elm",
            stage="interview",
            reason="position_filled",
            feedback="declined",
            status="sent",
            applied_on=D(2026, 3, 1),
        ),
        entry(
            11,
            "rejection",
            D(2026, 4, 30),
            company="Acme",
            role="Lead",
            stage="final",
            reason="other_candidates",
            feedback="not_mentioned",
            status="drafted",
        ),
    ]


LETTER = """Subject: Your application for Data Engineer

Dear Ann,

Thank you for taking the time to interview with us for the Data Engineer role at Acme Analytics.
After your interviews with the team, unfortunately we have decided to move forward with other
candidates whose experience more closely matches our needs.

Best regards,
Sam Lee
Talent Team, Acme Analytics
"""


def journal_file() -> Path:
    return Path(os.environ["DRAFTER_JOURNAL"])


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
