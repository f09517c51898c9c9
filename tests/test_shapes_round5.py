"""A fifth round of shapes: reasons stated in the decision sentence itself, in seven languages.

Written for these tests, not taken from any letter. Each sentence states the decision and its
reason as a letter of its language would: a post struck out ("die Stelle wurde gestrichen", "la
posizione è stata soppressa"), a decision not to fill it ("hemos decidido no cubrir el puesto"), a
missing requirement named by a compound ("Berufserfahrung", "werkervaring"), and a French refusal
with an adverb inside its negation ("nous ne retenons donc pas"). Then decisions that leave their
object out, the verb saying "we" ("Daarom gaan we niet verder."), and people met named before
the writer ("to meet with Sarah and me"). Look-alikes that must not count stand beside them: posts
offered, other things struck out or removed, and requirements not met.
"""

from __future__ import annotations

import pytest

import drafter
from tests.test_decision_shapes import _letter

DECISION = {"en": "Unfortunately we will not be taking your application further."}

REASONS = [
    # the post struck out or cut, the auxiliary before or after it
    (
        "de",
        "role_closed",
        "Leider wurde die Stelle aus betrieblichen Gründen gestrichen, sodass wir das Verfahren beenden.",
    ),
    ("de", "role_closed", "Leider ist die Position im neuen Haushalt gestrichen worden; wir schließen das Verfahren."),
    (
        "en",
        "role_closed",
        "Unfortunately the post has been cut in the latest budget round, so we are closing the process.",
    ),
    (
        "en",
        "role_closed",
        "I'm sorry to say the role was scrapped last week, so we won't be taking applications further.",
    ),
    ("nl", "role_closed", "Helaas is de functie geschrapt, waardoor we de procedure stoppen."),
    ("nl", "role_closed", "Helaas wordt de vacature opgeheven, dus we zetten de selectie niet voort."),
    ("it", "role_closed", "Purtroppo la posizione è stata soppressa, quindi chiudiamo la selezione."),
    (
        "fr",
        "role_closed",
        "Malheureusement, l'offre d'emploi a été annulée et nous ne donnerons pas suite à votre candidature.",
    ),
    ("es", "role_closed", "Lamentablemente la plaza ha sido eliminada, por lo que cerramos el proceso."),
    ("pt", "role_closed", "Infelizmente a vaga foi eliminada, pelo que encerramos o processo."),
    # a decision not to fill the post
    ("es", "role_closed", "Hemos decidido no cubrir el puesto en este momento."),
    ("pt", "role_closed", "Decidimos não preencher a vaga neste momento."),
    ("it", "role_closed", "Abbiamo deciso di non coprire la posizione per il momento."),
    # a requirement missing, named by a compound noun
    (
        "de",
        "experience",
        "Leider verfügen Sie nicht über die geforderte Berufserfahrung, sodass wir Sie nicht berücksichtigen.",
    ),
    (
        "de",
        "experience",
        "Ihre Sprachkenntnisse reichen leider nicht aus, daher können wir Ihre Bewerbung nicht berücksichtigen.",
    ),
    (
        "nl",
        "experience",
        "Helaas heb je niet de gevraagde werkervaring, daarom gaan we niet verder met je sollicitatie.",
    ),
    # an adverb inside the French negation
    ("fr", "not_stated", "Nous ne retenons donc pas votre candidature."),
    ("fr", "not_stated", "Après examen, nous ne retiendrons malheureusement pas votre candidature."),
]

# no rejection: the post offered, or something else struck out, cut or removed
LOOK_ALIKES = [
    (
        "de",
        "Wir möchten Ihnen die Stelle anbieten. Leider wurde der Vertragstermin gestrichen; ein neuer folgt.",
    ),
    ("de", "Wir würden Ihnen gerne die Position als Teamleitung anbieten. Leider ist die Parkplatzregelung entfallen."),
    ("en", "We are delighted to invite you to an interview. The old job description has been cut down to one page."),
    ("nl", "We nodigen je graag uit voor een gesprek. De eis van een rijbewijs is inmiddels vervallen."),
    ("fr", "Nous avons le plaisir de vous inviter à un entretien. L'ancienne annonce a été supprimée du site."),
    ("it", "Siamo lieti di invitarla a un colloquio. Il vecchio annuncio è stato eliminato dal sito."),
]


@pytest.mark.parametrize(
    ("language", "reason", "sentence"), REASONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REASONS)]
)
def test_the_decision_and_its_reason_are_read(language: str, reason: str, sentence: str) -> None:
    letter = drafter.parse(_letter(language, sentence))
    assert letter.language == language
    assert letter.is_rejection, letter.kind
    assert letter.reason == reason


@pytest.mark.parametrize(("language", "sentence"), LOOK_ALIKES, ids=[f"{c[0]}-{i}" for i, c in enumerate(LOOK_ALIKES)])
def test_a_post_offered_or_something_else_removed_is_no_rejection(language: str, sentence: str) -> None:
    letter = drafter.parse(_letter(language, sentence))
    assert letter.language == language
    assert not letter.is_rejection, letter.reason


# the decision with no object, at the end of its sentence
ELLIPTIC = [
    ("nl", "Daarom gaan we niet verder."),
    ("nl", "We hebben alles goed bekeken en gaan helaas niet verder."),
    ("es", "Por lo tanto, no seguiremos adelante."),
    ("es", "Tras valorarlo con calma, no vamos a continuar."),
    ("it", "Pertanto non andremo avanti."),
    ("it", "Dopo un'attenta valutazione, non potremo procedere oltre."),
    ("fr", "Nous n'irons pas plus loin."),
]


@pytest.mark.parametrize(("language", "sentence"), ELLIPTIC, ids=[f"{c[0]}-{i}" for i, c in enumerate(ELLIPTIC)])
def test_a_decision_that_leaves_its_object_out_is_read(language: str, sentence: str) -> None:
    letter = drafter.parse(_letter(language, sentence))
    assert letter.language == language
    assert letter.is_rejection, letter.kind


# people met, named before the writer; and a requirement not met, which is no meeting
STAGES = [
    ("interview", "Thank you for taking the time to meet with Sarah and me last Thursday."),
    ("interview", "It was good meeting Tom, Farah and myself on Monday."),
    ("application", "Unfortunately your profile did not meet our needs and expectations."),
    ("application", "Your experience does not meet the requirements and skills we listed."),
]


@pytest.mark.parametrize(("stage", "sentence"), STAGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STAGES)])
def test_people_met_by_name_are_an_interview(stage: str, sentence: str) -> None:
    letter = drafter.parse(_letter("en", f"{sentence} {DECISION['en']}"))
    assert letter.is_rejection
    assert letter.stage == stage
