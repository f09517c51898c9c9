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
from tests.test_future_feedback_shapes import _letter

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

# feedback offered as a talk, a walk through the notes, or more on the reason on request
FEEDBACK = [
    ("en", "I'd be glad to talk it through with you on the phone."),
    ("en", "Happy to go through the interview notes with you if that would help."),
    ("en", "I would like to sit down with you to discuss how the panel reached its view."),
    ("nl", "Wil je meer weten over de reden van deze beslissing, dan kun je contact opnemen met Eva."),
    ("de", "Wenn Sie mehr über die Gründe erfahren möchten, melden Sie sich gern bei Frau Klein."),
    ("fr", "Si vous souhaitez en savoir plus sur les raisons de cette décision, contactez Mme Roy."),
    ("es", "Si quiere saber más sobre los motivos de la decisión, puede contactar con Pilar."),
    ("pt", "Se quiser saber mais sobre os motivos da decisão, pode contactar a Joana."),
    ("it", "Se desidera conoscere meglio le ragioni della decisione, può contattare Giulia."),
]
NOT_FEEDBACK = [
    ("en", "I'd be glad to talk about other openings with you."),
    ("en", "If you have any questions, please contact us."),
]

# an invitation back: contact kept about what comes next, other roles coming up, the next round
INVITED = [
    ("en", "We hope to keep in contact with you about future openings."),
    ("en", "We would like to maintain contact regarding other opportunities as they arise."),
    ("en", "Our volunteer lead will be in touch to talk about how you could get involved."),
    ("en", "I have a couple of other roles coming up that may suit you."),
    ("en", "We would welcome you as an applicant when we next recruit in the spring."),
    ("de", "Nächstes Jahr suchen wir wieder Verstärkung – bewirb dich gerne erneut!"),
    ("fr", "Si le poste était rouvert, nous reprendrions contact avec vous en priorité."),
    ("es", "Si se vuelve a abrir el puesto, retomaremos el contacto contigo."),
]
NOT_INVITED = [
    ("en", "We hope to keep in contact with the other finalists."),
    ("en", "Best of luck with the rest of your search."),
]

# stages: a final round named by its panel; finalists reviewed are no final round
STAGES = [
    ("final", "en", "You were one of two people we asked back for the final panel interview."),
    ("final", "en", "Thank you for attending the final-round panel interview."),
    ("final", "es", "Llegaste a la última etapa del proceso y a la entrevista final con la dirección."),
    ("interview", "pt", "Após a entrevista com o gestor, avaliamos todos os finalistas com cuidado."),
    ("interview", "es", "Tras la entrevista con el equipo, valoramos a todos los finalistas."),
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


@pytest.mark.parametrize(("language", "sentence"), FEEDBACK, ids=[f"{c[0]}-{i}" for i, c in enumerate(FEEDBACK)])
def test_an_offer_to_talk_the_decision_through_is_feedback(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.feedback == "offered"


@pytest.mark.parametrize(
    ("language", "sentence"), NOT_FEEDBACK, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_FEEDBACK)]
)
def test_talk_of_other_things_is_no_feedback(language: str, sentence: str) -> None:
    assert _letter(language, sentence).feedback == "not_mentioned"


@pytest.mark.parametrize(("language", "sentence"), INVITED, ids=[f"{c[0]}-{i}" for i, c in enumerate(INVITED)])
def test_contact_about_what_comes_next_is_an_invitation(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.future == "invited"


@pytest.mark.parametrize(("language", "sentence"), NOT_INVITED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_INVITED)])
def test_contact_with_others_or_good_wishes_is_no_invitation(language: str, sentence: str) -> None:
    assert _letter(language, sentence).future == "not_mentioned"


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), STAGES, ids=[f"{c[1]}-{i}" for i, c in enumerate(STAGES)]
)
def test_the_stage_is_read(expected: str, language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.stage == expected


# reasons: few places, the other person who did better, others appointed, no money for the post
REASONS = [
    ("other_candidates", "en", "With only a limited number of places on the scheme, we could not offer you one."),
    ("other_candidates", "en", "The interviewers felt he had demonstrated stronger leadership examples."),
    ("other_candidates", "en", "The trustees decided to appoint a candidate whose background is in social care."),
    ("experience", "en", "We need someone with more hands-on experience of payroll systems."),
    ("role_closed", "en", "The post was never budgeted for this financial year, so it will not go ahead."),
    ("role_closed", "fr", "Ce contrat n'a pas été prévu au budget de l'année, nous ne pouvons donc pas le signer."),
    ("role_closed", "es", "El puesto no está contemplado en el presupuesto de este año."),
    ("role_closed", "de", "Für die Stelle sind im Haushalt keine Mittel vorgesehen, kein Budget steht bereit."),
    ("role_closed", "pt", "A vaga não estava prevista no orçamento deste ano."),
    ("role_closed", "it", "La posizione non era prevista nel bilancio di quest'anno."),
    ("role_closed", "nl", "De functie is niet begroot voor dit jaar."),
]
# first in line if the post comes back is an invitation in every language
PRIORITY = [
    ("fr", "Si le financement était trouvé, nous reprendrions contact avec vous en priorité."),
    ("es", "Si se aprueba el presupuesto, nos pondremos en contacto contigo en prioridad."),
    ("it", "Se il budget verrà approvato, la ricontatteremo con priorità."),
    ("en", "If funding is confirmed, we will contact you as a priority."),
]
# a step named after an aside ("..., particularly as you were one of the two invited back") was taken
ASIDE = (
    "I know this will be disappointing, particularly as you were one of the two people we invited back "
    "for the last round of interviews."
)


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), REASONS, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(REASONS)]
)
def test_the_reason_is_read(expected: str, language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.reason == expected


@pytest.mark.parametrize(("language", "sentence"), PRIORITY, ids=[f"{c[0]}-{i}" for i, c in enumerate(PRIORITY)])
def test_first_contact_if_the_post_comes_back_is_an_invitation(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.future == "invited"


def test_a_step_after_an_aside_was_taken() -> None:
    assert _letter("en", ASIDE).stage == "final"


# signature blocks: analysts and educators sign by title, a title keeps its area after a dash or
# comma, a French signer stands under "pour ... par délégation" and a title line
_BODY = {
    "en": "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be taking "
    "your application further.\n\n",
    "de": "Liebe Sam,\n\nvielen Dank für deine Bewerbung. Leider können wir dich nicht weiter berücksichtigen.\n\n",
    "fr": "Madame,\n\nNous vous remercions pour votre candidature. Nous sommes au regret de ne pas pouvoir y donner "
    "une suite favorable.\n\n",
}
SIGNATURES = [
    ("en", "Kind regards,\n\nMorag Fenwick\nRecruitment Analyst\n", "Morag Fenwick", "Recruitment Analyst"),
    (
        "en",
        "Best wishes,\n\nTom Ashby\n4-H Program Educator\nBrookfell County Extension\n",
        "Tom Ashby",
        "4-H Program Educator",
    ),
    (
        "de",
        "Viele Grüße\n\nMarta Keller\nTeamlead Recruiting\nBrookfell GmbH · Köln\n",
        "Marta Keller",
        "Teamlead Recruiting",
    ),
    (
        "en",
        "Regards,\n\nRavi Iyer\nTalent Partner – Campus Hiring\nBrookfell Ltd\n",
        "Ravi Iyer",
        "Talent Partner – Campus Hiring",
    ),
    (
        "en",
        "Best,\n\nLena Wolff\nSenior Consultant, Asia Pacific\nBrookfell Search\n",
        "Lena Wolff",
        "Senior Consultant, Asia Pacific",
    ),
    (
        "fr",
        "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
        "Pour la Présidente et par délégation,\nLe Responsable des Ressources Humaines,\n\nPaul Girard\n",
        "Paul Girard",
        "Responsable des Ressources Humaines",
    ),
]


@pytest.mark.parametrize(("language", "block", "name", "title"), SIGNATURES, ids=[c[2] for c in SIGNATURES])
def test_the_signer_and_title_are_read_from_the_block(language: str, block: str, name: str, title: str) -> None:
    letter = drafter.parse(_BODY[language] + block)
    assert letter.sender_name == name
    assert letter.sender_title == title


# roles named after "to become a", "an offer as a", "the position of" after another noun, with a
# programme noun inside, a contract term before, a conjunction between capitalised words
ROLES = [
    ("en", "Thank you for your application to become a Youth Mentor with our charity.", "Youth Mentor"),
    ("en", "We are unable to make you an offer as a Graduate Engineer this year.", "Graduate Engineer"),
    ("en", "Thank you for your interest in Brookfell and in the position of Data Analyst II.", "Data Analyst II"),
    ("en", "Thank you for your application for Senior Program Manager.", "Senior Program Manager"),
    ("en", "Thank you for putting yourself forward for the part-time Library Assistant post.", "Library Assistant"),
    ("es", "Gracias por tu interés en el puesto de Diseño y Maquetación.", "Diseño y Maquetación"),
    ("fr", "Nous vous remercions de votre candidature au poste de Conseiller et Formateur.", "Conseiller et Formateur"),
    ("it", "La ringraziamo per la candidatura alla posizione di Tecnico e Collaudatore.", "Tecnico e Collaudatore"),
]
_PLAIN = {
    "en": ("Dear Sam,", "Unfortunately we will not be taking your application further."),
    "es": ("Estimada Laura:", "Lamentamos comunicarle que no seguiremos adelante con su candidatura."),
    "fr": ("Madame,", "Nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature."),
    "it": ("Gentile Sig.ra Russo,", "Purtroppo non potremo proseguire con la sua candidatura."),
}
SUBJECT_ROLES = [
    ("Internal vacancy: Payroll Officer (part-time)", "Payroll Officer"),
    ("Re: Research Fellowship in Marine Biology", "Research Fellowship in Marine Biology"),
]
REFERENCES = [
    ("Your application: Summer Analyst 2027 (ID 55120)", "Thank you for applying.", "55120"),
    ("Your application", "Thank you for applying for the Library Assistant post (Posting #2026-044).", "2026-044"),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), ROLES, ids=[c[2] for c in ROLES])
def test_the_role_is_read_from_the_sentence(language: str, sentence: str, expected: str) -> None:
    greeting, decision = _PLAIN[language]
    letter = drafter.parse(f"{greeting}\n\n{sentence} {decision}\n\nLee Hart\n")
    assert letter.role == expected


@pytest.mark.parametrize(("subject", "expected"), SUBJECT_ROLES, ids=[c[1] for c in SUBJECT_ROLES])
def test_the_role_is_read_from_the_subject(subject: str, expected: str) -> None:
    body = "Dear Sam,\n\nUnfortunately we will not be taking your application further.\n\nLee Hart\n"
    text = f"Subject: {subject}\n\n{body}"
    assert drafter.parse(text).role == expected


@pytest.mark.parametrize(("subject", "sentence", "expected"), REFERENCES, ids=[c[2] for c in REFERENCES])
def test_the_reference_is_read_without_its_label(subject: str, sentence: str, expected: str) -> None:
    text = (
        f"Subject: {subject}\n\nDear Sam,\n\n{sentence} Unfortunately we will not be taking it further.\n\nLee Hart\n"
    )
    assert drafter.parse(text).requisition_id == expected


# advice in the letter itself is feedback; how the candidate came across is the reason
ADVICE = [
    ("en", "One piece of advice: tailor your cover letter to each company you write to."),
    ("de", "Ein kleiner Tipp: Passen Sie Ihr Anschreiben an jedes Unternehmen an."),
    ("fr", "Un petit conseil : adaptez votre lettre de motivation à chaque entreprise."),
    ("es", "Un consejo: adapta tu carta de presentación a cada empresa."),
    ("nl", "Een kleine tip: stem je motivatiebrief af op elk bedrijf."),
    ("pt", "Uma dica: adapte a sua carta de apresentação a cada empresa."),
    ("it", "Un piccolo consiglio: adatti la lettera di presentazione a ogni azienda."),
]
CAME_ACROSS = [
    "Your answers had not been tailored to the needs of the team.",
    "The panel felt you had given little thought to managing people.",
]
SIGNED_FOR_A_BOARD = (
    "Dear Sam,\n\nThank you for applying to join us as a trustee. Unfortunately we will not be taking your "
    "application further.\n\nBest wishes,\n\nRuth Cole\nChair\nBoard of Trustees of Harrow Vale Foodbank\n"
)
PIPE_SIGNATURE = (
    "Hi Sam,\n\nI checked with the hiring manager: the panel selected a candidate with a degree in social work.\n\n"
    "Lee\n\nLee Hart | Talent Acquisition Specialist | Brookfell Community Services\n(555) 010-4471\n"
)


@pytest.mark.parametrize(("language", "sentence"), ADVICE, ids=[c[0] for c in ADVICE])
def test_advice_in_the_letter_is_feedback(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.feedback == "offered"


@pytest.mark.parametrize("sentence", CAME_ACROSS, ids=range(len(CAME_ACROSS)))
def test_how_the_candidate_came_across_is_the_reason(sentence: str) -> None:
    assert _letter("en", sentence).reason == "experience"


def test_a_board_signs_for_its_organisation() -> None:
    assert drafter.parse(SIGNED_FOR_A_BOARD).company == "Harrow Vale Foodbank"


def test_a_long_name_title_company_line_is_read() -> None:
    letter = drafter.parse(PIPE_SIGNATURE)
    assert (letter.sender_name, letter.sender_title) == ("Lee Hart", "Talent Acquisition Specialist")
