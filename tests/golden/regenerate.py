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
# One letter's facts per situation; names and companies are made up for these files. A key
# "<situation>.<tone>" drafts the same situation in that tone ("team": no sender, the letter is
# signed by a team).
SITUATIONS: dict[str, dict[str, object]] = {
    "application": {"stage": "application", "reason": "other_candidates", "requisition_id": "R-2291"},
    "default": {"stage": "unknown", "reason": "not_stated"},
    "interview": {"stage": "interview", "reason": "experience", "interviewers": ["Tom", "Farah"]},
    "final_round": {"stage": "final", "reason": "other_candidates", "future": "invited"},
    "feedback_declined": {"stage": "screen", "feedback": "declined"},
    "role_closed": {"stage": "application", "reason": "role_closed", "future": "invited"},
    "interview.formal": {"stage": "interview", "reason": "experience", "interviewers": ["Tom", "Farah"]},
    "interview.brief": {"stage": "interview", "reason": "experience", "interviewers": ["Tom", "Farah"]},
    "application.formal.team": {"stage": "application", "reason": "other_candidates", "sender_name": None},
    "application.brief.team": {"stage": "application", "reason": "other_candidates", "sender_name": None},
}
# The letter's own words, in its language: the interview letter quotes its reason and feedback.
REASON_TEXT = {
    "en": "We were looking for someone with more experience running data pipelines in production.",
    "de": "Wir suchten jemanden mit mehr Erfahrung im Betrieb von Datenpipelines.",
    "fr": "Nous recherchions un profil ayant davantage d'expérience dans l'exploitation de pipelines de données.",
    "es": "Buscábamos a alguien con más experiencia en la operación de pipelines de datos.",
    "nl": "We zochten iemand met meer ervaring met het beheren van datapipelines in productie.",
    "pt": "Procurávamos alguém com mais experiência na operação de pipelines de dados.",
    "it": "Cercavamo qualcuno con più esperienza nella gestione di pipeline di dati in produzione.",
}
FEEDBACK_TEXT = {
    "en": "Our feedback was mainly around system design and testing.",
    "de": "Unser Feedback betraf vor allem Systemdesign und Tests.",
    "fr": "Nos retours portaient surtout sur la conception de systèmes et les tests.",
    "es": "Nuestros comentarios se centraron sobre todo en el diseño de sistemas y las pruebas.",
    "nl": "Onze feedback ging vooral over systeemontwerp en testen.",
    "pt": "O nosso feedback incidiu sobretudo no desenho de sistemas e nos testes.",
    "it": "Il nostro feedback riguardava soprattutto la progettazione dei sistemi e i test.",
}
# What the interview and final-round letters say: whom the candidate met, and the final round.
LETTER_TEXT = {
    "en": "Tom, Farah and I enjoyed meeting you. Joining us for the final round.",
    "de": "Tom, Farah und ich haben uns gefreut, Sie kennenzulernen. Danke für Ihre Teilnahme an der letzten Runde.",
    "fr": "Tom, Farah et moi avons été ravis de vous rencontrer. Merci d'avoir participé au dernier tour.",
    "es": "Tom, Farah y yo disfrutamos conociéndole. Gracias por participar en la ronda final.",
    "nl": "Tom, Farah en ik vonden het fijn u te ontmoeten. Bedankt voor uw deelname aan de laatste ronde.",
    "pt": "O Tom, a Farah e eu gostámos de o conhecer. Obrigado por participar na fase final.",
    "it": "Tom, Farah e io siamo stati lieti di conoscerla. Grazie per aver partecipato alla fase finale.",
}


def render(language: str, key: str) -> str:
    situation, _, variant = key.partition(".")
    tone, _, addressed = variant.partition(".")
    facts = {
        "is_rejection": True,
        "kind": "rejection",
        "language": language,
        "company": "Quillstack",
        "role": "Data Engineer",
        "sender_name": "Jana Kowalski",
        "candidate_name": "Alex",
        **SITUATIONS[key],
    }
    if situation == "interview":
        facts.update(reason_text=REASON_TEXT[language], feedback_text=FEEDBACK_TEXT[language])
    letter = RejectionLetter.model_validate(facts)
    text = LETTER_TEXT[language] if situation in ("interview", "final_round") else ""
    profile = Profile(name="Alex Morgan", tone=tone or "warm")  # type: ignore[arg-type]
    ctx = DraftContext(letter, select(letter, load_situations()), profile, letter_text=text)
    assert ctx.situation.name == situation, (key, ctx.situation.name)
    assert addressed in ("", "team") and (addressed == "team") == (letter.sender_name is None), key
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
