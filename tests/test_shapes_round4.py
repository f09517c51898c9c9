"""A fourth round of shapes: decisions, look-alikes, feedback, invitations back and stages.

Written for these tests, not taken from any letter: each sentence says in its own words a thing
that the tuning letters t221-t260 say in shapes the rules did not know (the selection "continued"
with others, an internship "extended" to someone else, an offer of the place itself, a regret
adverb before a noun that is no decision, an offer to talk the decision through, a promise to stay
in contact about what comes next, a final round named by its panel). Each sits in the same short
letter of its language; look-alikes that must not count stand beside them.
"""

from __future__ import annotations

import pytest

import drafter
from tests.test_decision_shapes import _letter as decision_letter

# the decision is the selection carried on with others, or the place given to someone else
DECISIONS = [
    (True, "it", "Abbiamo deciso di portare avanti la selezione con altri profili."),
    (True, "it", "Si è deciso di proseguire l'iter di selezione con altre candidate."),
    (True, "en", "We have decided to continue the process with other applicants."),
    (True, "en", "The team chose to proceed with the recruitment with two other candidates."),
    (True, "en", "We have decided to extend the offer to another applicant."),
    (True, "en", "We are extending the placement to a candidate from our partner university."),
    (True, "es", "Hemos decidido continuar el proceso de selección con otros candidatos."),
    (True, "fr", "Nous avons décidé de poursuivre le processus de recrutement avec d'autres candidats."),
    (True, "pt", "Decidimos continuar o processo seletivo com outros candidatos."),
    (True, "nl", "We hebben besloten de procedure voort te zetten met andere kandidaten."),
    (True, "de", "Wir haben uns entschieden, das Auswahlverfahren mit anderen Bewerbern fortzusetzen."),
    # a regret adverb before a noun is no decision about the candidate
    (False, "it", "Purtroppo la scelta dei finalisti richiederà qualche giorno in più; lei resta in valutazione."),
    (False, "es", "Lamentablemente la selección de candidatos se retrasará una semana."),
    (False, "pt", "Infelizmente a seleção dos finalistas vai atrasar; a sua candidatura continua ativa."),
    (False, "en", "We will continue the process with you and two other applicants next week."),
]

# messages that are no rejection: the place offered, the review still going on
NOT_REJECTIONS = [
    ("de", "Leider verzögert sich der Vertrag, aber wir möchten Ihnen die Stelle als Data Analyst anbieten."),
    ("de", "Wir freuen uns, dass wir Ihnen nach dem Gespräch einen Praktikumsplatz ab Oktober anbieten können."),
    ("fr", "Malheureusement le contrat arrivera tard, mais nous souhaitons vous proposer le poste."),
    ("es", "Lamentablemente el contrato llegará tarde, pero nos gustaría ofrecerle el puesto."),
    ("nl", "Helaas komt het contract later, maar we willen je graag de functie aanbieden."),
    ("pt", "Infelizmente o contrato vai atrasar, mas gostaríamos de lhe oferecer a vaga."),
    ("it", "Purtroppo il contratto arriverà più tardi, ma desideriamo offrirle la posizione."),
    ("it", "Purtroppo la decisione slitta di una settimana; la sua candidatura resta in valutazione."),
]


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), DECISIONS, ids=[f"{c[1]}-{i}" for i, c in enumerate(DECISIONS)]
)
def test_the_decision_is_read(expected: bool, language: str, sentence: str) -> None:
    letter = drafter.parse(decision_letter(language, sentence))
    assert letter.language == language
    assert letter.is_rejection is expected


@pytest.mark.parametrize(
    ("language", "sentence"), NOT_REJECTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_REJECTIONS)]
)
def test_an_offer_or_a_review_going_on_is_no_rejection(language: str, sentence: str) -> None:
    letter = drafter.parse(decision_letter(language, sentence))
    assert letter.language == language
    assert not letter.is_rejection
