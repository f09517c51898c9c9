"""More of the decision grammar: offers of feedback, invitations back, verb-second negation.

Sentences written for these tests, lower-cased as the parser passes them.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.grammar import decisions
from drafter.grammar.feedback import feedback_offered
from drafter.grammar.future import invited
from drafter.grammar.reasons import reasons

OFFERS = [
    ("en", "if you'd like to hear why we didn't choose you, reply to this email and we'll set up a call."),
    ("en", "if you would like feedback on your interview, please contact me."),
    ("de", "wenn sie möchten, gebe ich ihnen gern eine rückmeldung zu ihrem gespräch."),
    ("fr", "si vous le souhaitez, je suis disponible pour vous faire un retour sur votre entretien."),
    ("es", "si lo deseas, puedes escribirme y te daré comentarios sobre la entrevista."),
    ("nl", "wilt u een toelichting op dit besluit, dan kunt u contact opnemen met de commissie."),
    ("pt", "se desejar, fico à sua disposição para dar um retorno sobre a entrevista."),
    ("it", "se lo desidera, resto a disposizione per un riscontro sul colloquio."),
]
NOT_OFFERS = [
    ("en", "we are unable to provide individual feedback due to the number of applications."),
    ("en", "contact us if you have any questions about their feedback."),
    ("en", "please contact us if you have any questions."),
]


@pytest.mark.parametrize(("language", "sentence"), OFFERS, ids=[f"{x[0]}-{i}" for i, x in enumerate(OFFERS)])
def test_an_offer_of_feedback_is_read(language: str, sentence: str) -> None:
    assert feedback_offered([sentence], language) == sentence


@pytest.mark.parametrize(("language", "sentence"), NOT_OFFERS, ids=[str(i) for i in range(len(NOT_OFFERS))])
def test_no_offer_where_none_is_made(language: str, sentence: str) -> None:
    assert feedback_offered([sentence], language) is None


LATER = [
    ("nl", "als je het goedvindt, bewaren we je cv een jaar in onze kandidatenpool."),
    ("nl", "komt er een passende vacature vrij, dan nemen we contact met je op."),
    ("de", "wir melden uns, sobald eine passende stelle frei wird."),
    ("es", "nos encantaría tenerte en cuenta para futuras posiciones."),
    ("es", "si dentro de un año tienes más experiencia, me encantará volver a leer tu candidatura."),
    ("fr", "nous conserverons votre candidature dans notre vivier."),
    ("it", "il suo curriculum sarà conservato nel nostro archivio e ricontattata per nuove posizioni."),
    ("en", "you are, however, very welcome to apply to the programme again next year."),
    ("en", "you are welcome to get back in touch with us in the future."),
    ("en", "we hope you will think of the trust again when you next look for a role."),
    ("de", "gerne nehmen wir ihre unterlagen in unsere evidenz auf."),
    ("de", "wir melden uns bei ihnen, wenn eine position frei wird, die zu ihnen passt."),
    ("fr", "si le poste venait à être rouvert, nous ne manquerions pas de revenir vers vous."),
    ("nl", "je cv blijft in onze werfreserve, zodat we je kunnen contacteren voor andere jobs."),
    ("pt", "teremos todo o gosto em receber uma nova candidatura sua no futuro."),
    ("pt", "vou guardar seu currículo e te chamo se abrir outra vaga."),
    ("it", "resteremo in contatto per altri mandati nel settore."),
]
NOT_LATER = [
    ("en", "we will not keep your cv on file."),
    ("de", "ihre daten werden nach sechs monaten gemäß dsgvo gelöscht und nicht im talentpool gespeichert."),
    ("en", "your details are kept on file for six months and then deleted, as the law requires."),
    ("fr", "nous ne reviendrons pas vers vous si le poste est rouvert."),
    ("en", "thank you for your new application from you and your colleague."),
]


@pytest.mark.parametrize(("language", "sentence"), LATER, ids=[f"{x[0]}-{i}" for i, x in enumerate(LATER)])
def test_an_invitation_back_in_any_shape_is_read(language: str, sentence: str) -> None:
    assert invited([sentence], language)


@pytest.mark.parametrize(("language", "sentence"), NOT_LATER, ids=[str(i) for i in range(len(NOT_LATER))])
def test_a_retention_notice_or_refusal_is_no_invitation(language: str, sentence: str) -> None:
    assert not invited([sentence], language)


VERB_SECOND = [
    ("nl", "wij nodigen u daarom niet uit voor een gesprek."),
    ("nl", "helaas voldoet u niet aan de gestelde eisen."),
    ("de", "wir berücksichtigen sie im weiteren verfahren leider nicht."),
]


@pytest.mark.parametrize(("language", "sentence"), VERB_SECOND, ids=[f"{x[0]}-{i}" for i, x in enumerate(VERB_SECOND)])
def test_a_negation_after_the_verb_is_a_decision(language: str, sentence: str) -> None:
    assert decisions([sentence], language)


def test_an_application_not_rejected_is_no_decision() -> None:
    assert not decisions(["i want to be clear that your application has not been rejected."], "en")


def test_feedback_offered_in_a_condition_reaches_the_letter() -> None:
    letter = drafter.parse(
        "Dear Ana,\n\nThank you for interviewing with us. We have decided to offer the role to another "
        "candidate. If you would like feedback on your interview, please contact me.\n\nBest,\nLee\n"
    )
    assert (letter.is_rejection, letter.feedback) == (True, "offered")


def test_an_invitation_back_in_a_condition_reaches_the_letter() -> None:
    letter = drafter.parse(
        "Beste Sam,\n\nHelaas hebben wij gekozen voor een andere kandidaat. Komt er een passende vacature "
        "vrij, dan nemen we contact met je op.\n\nMet vriendelijke groet,\nKim\n"
    )
    assert (letter.is_rejection, letter.future) == (True, "invited")


# (language, sentence, reason): reasons stated in shapes the phrase lists missed
REASONS = [
    ("en", "we received a number of very strong applications for the post.", "other_candidates"),
    ("en", "we meet many more qualified students than we are able to take on.", "other_candidates"),
    ("en", "only the ten highest-scoring applicants have been selected for this intake.", "other_candidates"),
    ("nl", "we hebben gekozen voor een kandidaat die meer ervaring heeft met planning.", "other_candidates"),
    ("fr", "nous avons retenu un candidat dont le parcours correspond davantage au poste.", "other_candidates"),
    ("it", "la sua candidatura non è idonea, in quanto priva del requisito della patente c.", "experience"),
    ("it", "è richiesta esperienza con sap, che il suo percorso non comprende ancora.", "experience"),
    ("nl", "helaas voldoet u niet aan de gestelde eis van een geldig diploma.", "experience"),
]
NOT_REASONS = [
    # a disclaimer about the candidate's profile, and thanks for their availability
    ("de", "dies ist nicht als zweifel an ihrer qualifikation zu werten.", "experience"),
    ("fr", "nous vous remercions pour votre disponibilité tout au long du processus.", "logistics"),
]


@pytest.mark.parametrize(("language", "sentence", "reason"), REASONS)
def test_a_reason_in_its_shape_is_read(language: str, sentence: str, reason: str) -> None:
    assert reason in reasons([sentence], language, decisions([sentence], language))


@pytest.mark.parametrize(("language", "sentence", "reason"), NOT_REASONS)
def test_no_reason_where_none_is_stated(language: str, sentence: str, reason: str) -> None:
    assert reason not in reasons([sentence], language, decisions([sentence], language))
