"""The step grammar: which steps a letter says the candidate took, read clause by clause.

Sentences written for these tests, in the seven languages drafter reads.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.grammar.stages import steps

TAKEN = [
    ("en", "thank you for the conversation about the analyst role last week.", "screen"),
    ("en", "many thanks for your telephonic interview on monday.", "screen"),
    ("en", "thanks for grabbing coffee with nina for the final catch-up.", "final"),
    ("en", "it was a pleasure to meet you and the team on thursday.", "interview"),
    ("en", "they won't be taking things further after your interview.", "interview"),
    ("de", "vielen dank für das angenehme telefoninterview am dienstag.", "screen"),
    ("de", "vielen dank für das persönliche gespräch in unserem büro.", "interview"),
    ("fr", "merci d'avoir pris le temps de passer notre test en ligne.", "screen"),
    ("fr", "merci pour notre entretien de mardi dernier.", "interview"),
    ("es", "gracias por tu tiempo en la entrevista final con la dirección.", "final"),
    ("nl", "bedankt voor het prettige gesprek van vorige week.", "interview"),
    ("pt", "obrigado pela entrevista de ontem.", "interview"),
    ("it", "grazie per il colloquio telefonico di giovedì.", "screen"),
    ("en", "thank you for speaking with us on the telephone about the trainee role.", "screen"),
    ("en", "thank you for completing our online verbal and numerical reasoning tests.", "screen"),
    ("en", "we have reviewed the recorded interviews submitted this week.", "screen"),
    ("en", "thank you for attending our assessment centre on monday.", "screen"),
    ("en", "thank you for your day of interviews with the department.", "final"),
    ("en", "after the second interview, we offered the post to another candidate.", "interview"),
    ("fr", "à l'issue de ce dernier entretien, nous avons retenu une autre candidature.", "final"),
    ("pt", "depois da etapa de entrevistas, optamos por seguir com outro candidato.", "interview"),
    ("nl", "zoals ik u telefonisch liet weten, hebben wij na het tweede gesprek voor een ander gekozen.", "interview"),
    ("pt", "obrigado pela conversa inicial por vídeo com a nossa recrutadora.", "screen"),
    ("it", "grazie per l'incontro finale di martedì con l'amministratore delegato.", "final"),
    # "candidature" is the candidate's own application, not other candidates
    ("fr", "merci pour votre candidature et le temps consacré aux tests techniques.", "screen"),
]
# words that only look like a step: a verb of feeling, a phone number
LOOK_ALIKES = [
    ("it", "anch'io provavo queste emozioni quando cercavo lavoro.", "screen"),
    ("nl", "u kunt mij bereiken op mijn telefoonnummer.", "screen"),
    ("fr", "nous vous rappellerons volontiers.", "screen"),
    ("en", "everyone attending an assessment centre receives feedback.", "screen"),
]

NOT_TAKEN = [
    ("en", "we will not be inviting you to interview for this role.", "interview"),
    ("en", "we are unable to offer you an interview at this time.", "interview"),
    ("en", "the interview we had scheduled for friday is cancelled.", "interview"),
    ("en", "we invited for interview the candidates whose experience matched most closely.", "interview"),
    ("en", "if you are shortlisted for interview, we will contact you.", "interview"),
    ("en", "we would love to meet you when a similar role opens.", "interview"),
    ("de", "leider können wir sie nicht zu einem vorstellungsgespräch einladen.", "interview"),
    ("fr", "nous ne pourrons pas vous convier à un entretien.", "interview"),
    ("es", "solo vamos a hacer ocho entrevistas.", "interview"),
    ("nl", "wij nodigen u helaas niet uit voor een gesprek.", "interview"),
    ("pt", "infelizmente não vamos convidá-lo para a entrevista.", "interview"),
    ("it", "purtroppo non potremo invitarla a un colloquio.", "interview"),
]


@pytest.mark.parametrize(("language", "sentence", "step"), TAKEN, ids=[f"{x[0]}-{i}" for i, x in enumerate(TAKEN)])
def test_a_step_taken_is_read(language: str, sentence: str, step: str) -> None:
    taken, _ = steps([sentence], language)
    assert step in taken


@pytest.mark.parametrize(
    ("language", "sentence", "step"), NOT_TAKEN, ids=[f"{x[0]}-{i}" for i, x in enumerate(NOT_TAKEN)]
)
def test_a_step_not_taken_is_not_the_stage(language: str, sentence: str, step: str) -> None:
    taken, untaken = steps([sentence], language)
    assert step not in taken
    assert step in untaken


@pytest.mark.parametrize(
    ("language", "sentence", "step"), LOOK_ALIKES, ids=[f"{x[0]}-{i}" for i, x in enumerate(LOOK_ALIKES)]
)
def test_a_look_alike_is_no_step_taken(language: str, sentence: str, step: str) -> None:
    taken, _ = steps([sentence], language)
    assert step not in taken


def test_with_no_step_named_the_decision_was_on_the_application() -> None:
    letter = drafter.parse(
        _letter(
            "Thank you for your interest in the Store Manager post. We had a strong field and have "
            "decided to pursue other candidates whose experience more closely matches our needs."
        )
    )
    assert letter.stage == "application"


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        (
            "The panel noticed the effort that went into your application. The position has now been "
            "filled, and we will not be taking your application further.",
            "application",
        ),
        (
            "We must let you know that you did not make it to the final round of candidates to whom we "
            "will be offering interviews.",
            "application",
        ),
    ],
)
def test_a_step_others_take_or_a_panel_reading_says_no_step_taken(body: str, stage: str) -> None:
    assert drafter.parse(_letter(body)).stage == stage


def test_an_italian_chat_is_an_interview() -> None:
    text = (
        "Ciao Lorenzo,\n\ngrazie ancora per la chiacchierata di lunedì. Purtroppo abbiamo deciso di "
        "andare avanti con un altro candidato.\n\nUn saluto,\nGiulia\n"
    )
    assert drafter.parse(text).stage == "interview"


def _letter(body: str) -> str:
    return f"Dear Sam,\n\n{body}\n\nKind regards,\nLee Hart\nRecruiter\n"


def test_an_interview_cancelled_leaves_the_application_stage() -> None:
    letter = drafter.parse(
        _letter(
            "I regret to tell you that the interview we had scheduled for Thursday is cancelled. "
            "We have decided not to proceed with your application as the role is on hold."
        )
    )
    assert letter.stage == "application"


def test_a_conversation_is_a_screen() -> None:
    letter = drafter.parse(
        _letter(
            "Thanks for the conversation about the Data Analyst role at Brookfell. "
            "Unfortunately we have decided not to move forward with your application."
        )
    )
    assert letter.stage == "screen"
