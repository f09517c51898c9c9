"""Write the golden offline drafts: one per reply language and situation.

Run from the repository root after changing a template on purpose, then review the diff:

    .venv/bin/python -m tests.golden.regenerate

tests/test_golden.py renders the same drafts and compares them with these files exactly.
"""

from __future__ import annotations

from pathlib import Path

from drafter.drafting.offline import DraftContext, offline_draft
from drafter.drafting.situations import load_situations, select
from drafter.models import Profile, RejectionLetter

HERE = Path(__file__).parent
LANGUAGES = ("en", "de", "fr", "es", "nl", "pt", "it")
# One letter's facts per situation; names and companies are made up for these files.
SITUATIONS: dict[str, dict[str, object]] = {
    "application": {"stage": "application", "reason": "other_candidates", "requisition_id": "R-2291"},
    "default": {"stage": "unknown", "reason": "not_stated"},
    "interview": {
        "stage": "interview",
        "reason": "experience",
        "feedback_text": "Our feedback was mainly around system design and testing.",
        "interviewers": ["Tom", "Farah"],
    },
    "final_round": {"stage": "final", "reason": "other_candidates", "future": "invited"},
    "feedback_declined": {"stage": "screen", "feedback": "declined"},
    "role_closed": {"stage": "application", "reason": "role_closed", "future": "invited"},
}
LETTER_TEXT = "Tom, Farah and I enjoyed meeting you. Joining us for the final round."


def render(language: str, situation: str) -> str:
    letter = RejectionLetter.model_validate(
        {
            "is_rejection": True,
            "kind": "rejection",
            "language": language,
            "company": "Quillstack",
            "role": "Data Engineer",
            "sender_name": "Jana Kowalski",
            "candidate_name": "Alex",
            **SITUATIONS[situation],
        }
    )
    text = LETTER_TEXT if situation in ("interview", "final_round") else ""
    ctx = DraftContext(letter, select(letter, load_situations()), Profile(name="Alex Morgan"), letter_text=text)
    assert ctx.situation.name == situation, (situation, ctx.situation.name)
    draft = offline_draft(ctx)
    checklist = "\n".join(f"- {item.text}" for item in draft.checklist)
    return (
        f"Subject: {draft.email.subject}\n\n{draft.email.body}\n\n"
        f"--- checklist\n{checklist}\n\n--- networking note\n{draft.networking_note}\n"
    )


def path(language: str, situation: str) -> Path:
    return HERE / language / f"{situation}.txt"


def main() -> None:
    for language in LANGUAGES:
        for situation in SITUATIONS:
            target = path(language, situation)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render(language, situation), encoding="utf-8")
            print(f"wrote {target.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
