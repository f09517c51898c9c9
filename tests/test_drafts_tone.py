"""`--tone formal` and `--tone brief` change the whole email in every reply language.

The letters' facts are made up for these tests. English is covered by test_honest_drafts.py.
"""

from __future__ import annotations

import pytest

from drafter.api import draft_offline
from drafter.drafting.offline import DraftContext
from drafter.drafting.situations import load_situations, select
from drafter.models import DraftResult, Profile, RejectionLetter, Tone

LANGUAGES = ("de", "fr", "es", "nl", "pt", "it")
LETTERS: dict[str, dict[str, object]] = {
    "interview": {
        "stage": "interview",
        "reason": "experience",
        "sender_name": "Jana Kowalski",
        "interviewers": ["Tom", "Farah"],
    },
    "application from a team": {"stage": "application", "reason": "other_candidates"},
    "final round": {"stage": "final", "reason": "other_candidates", "sender_name": "Jana Kowalski"},
    "feedback offered": {"stage": "screen", "feedback": "offered", "sender_name": "Jana Kowalski"},
}


def _draft(language: str, facts: dict[str, object], tone: Tone) -> DraftResult:
    letter = RejectionLetter.model_validate(
        {"is_rejection": True, "language": language, "company": "Quillstack", "role": "Data Engineer", **facts}
    )
    ctx = DraftContext(letter, select(letter, load_situations()), Profile(name="Alex Morgan", tone=tone))
    return draft_offline(ctx)


def _paragraphs(result: DraftResult) -> list[str]:
    # after the greeting, up to the sign-off
    return result.email.body.split("\n\n")[1:-1]


@pytest.mark.parametrize("letter", list(LETTERS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_tone_changes_every_paragraph(language: str, letter: str) -> None:
    warm, formal, brief = (_draft(language, LETTERS[letter], tone) for tone in ("warm", "formal", "brief"))
    for result in (warm, formal, brief):
        assert result.warnings == [], (result.email.body, result.warnings)
    for a, b in ((warm, formal), (warm, brief), (formal, brief)):
        assert set(_paragraphs(a)).isdisjoint(_paragraphs(b)), (a.email.body, b.email.body)
    assert len(brief.email.body) < 0.8 * len(warm.email.body), brief.email.body
    sign_offs = {r.email.body.rstrip().splitlines()[-2] for r in (warm, formal, brief)}
    assert len(sign_offs) == 3, sign_offs


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_people_met_and_the_feedback_are_taken_up(language: str) -> None:
    feedback = {
        "de": "Unser Feedback betraf vor allem Systemdesign.",
        "fr": "Nos retours portaient surtout sur la conception.",
        "es": "Nuestros comentarios se centraron en el diseño.",
        "nl": "Onze feedback ging vooral over systeemontwerp.",
        "pt": "O nosso feedback incidiu sobre o desenho.",
        "it": "Il nostro feedback riguardava la progettazione.",
    }[language]
    for tone in ("warm", "formal", "brief"):
        body = _draft(language, {**LETTERS["interview"], "feedback_text": feedback}, tone).email.body
        assert "Tom" in body and "Farah" in body, body
        assert feedback.rstrip(".") in body, body
