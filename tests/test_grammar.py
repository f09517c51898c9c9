"""The decision grammar reads the shape of a sentence, in every language drafter knows.

Every sentence here was written for this file; none is taken from a letter of the dev or check set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.grammar import decisions, is_condition
from drafter.grammar.feedback import feedback_declined
from drafter.grammar.future import invited
from drafter.grammar.reasons import reasons

DECIDED: list[tuple[str, str, str]] = [
    ("en", "after much thought we will not be taking your application any further.", "negated_progress"),
    ("en", "we have decided not to invite you to the next round.", "negated_progress"),
    ("en", "i'm afraid we won't be moving forward with your candidacy.", "negated_progress"),
    ("en", "your application for the analyst post has been unsuccessful on this occasion.", "outcome"),
    ("en", "the panel has chosen to continue with another applicant for this vacancy.", "chose_other"),
    ("en", "we have selected a candidate whose background is a closer match to the brief.", "chose_other"),
    ("en", "other applicants had experience more closely aligned with what the team needs.", "better_other"),
    ("en", "we have chosen Amara Quist for the role.", "chose_named"),
    ("en", "the position has now been filled.", "filled"),
    ("en", "the vacancy has been withdrawn following a budget review.", "closed"),
    ("en", "we regret to inform you that the outcome was not positive.", "regret"),
    ("en", "however, at this time we need someone with more hands-on people management.", "needs_other"),
    ("de", "wir haben uns entschieden, ihre bewerbung nicht weiter zu berücksichtigen.", "negated_progress"),
    ("de", "leider müssen wir ihnen mitteilen, dass es diesmal nicht geklappt hat.", "regret"),
    ("de", "wir haben uns für eine andere person entschieden.", "chose_other"),
    ("de", "die stelle wurde bereits besetzt.", "filled"),
    ("fr", "nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.", "negated_progress"),
    ("fr", "nous avons retenu un autre candidat pour ce poste.", "chose_other"),
    ("fr", "le poste a été pourvu en interne.", "filled"),
    ("es", "hemos decidido no continuar con su candidatura en este proceso.", "negated_progress"),
    ("es", "hemos seleccionado a otro candidato para el puesto.", "chose_other"),
    ("nl", "wij hebben besloten je sollicitatie niet verder in behandeling te nemen.", "negated_progress"),
    ("nl", "we hebben gekozen voor een andere kandidaat.", "chose_other"),
    ("pt", "informamos que sua candidatura não foi selecionada para a próxima etapa.", "negated_progress"),
    ("pt", "optamos por seguir com outro candidato.", "chose_other"),
    ("it", "abbiamo deciso di non proseguire con la sua candidatura.", "negated_progress"),
    ("it", "abbiamo scelto un altro candidato per questa posizione.", "chose_other"),
]

NOT_DECIDED: list[tuple[str, str]] = [
    # a condition, not a decision
    ("en", "if you have not heard from us within two weeks, please assume we will not be proceeding."),
    ("de", "falls sie innerhalb von zwei wochen nichts von uns hören, können wir sie leider nicht berücksichtigen."),
    ("fr", "si vous n'avez pas de nouvelles sous quinze jours, nous ne pourrons pas retenir votre candidature."),
    ("es", "si no recibe noticias en dos semanas, no podremos continuar con su candidatura."),
    # a rule for others
    ("en", "candidates who are not shortlisted will be told by the end of the month."),
    ("en", "applicants who do not meet the minimum criteria will not be considered."),
    # a hedge
    ("en", "please note we may not be able to invite everyone to interview."),
    # a refusal about feedback, not about the candidate
    ("en", "unfortunately we cannot offer individual feedback at this stage."),
    ("de", "leider können wir ihnen keine individuelle rückmeldung geben."),
    # the candidate is kept
    ("en", "the first position has been filled, but your application remains active for the second."),
    # good news and plain process
    ("en", "we are delighted to invite you to a second interview on tuesday."),
    ("en", "thank you for applying; we will review your application and be in touch."),
    ("fr", "nous avons bien reçu votre candidature et reviendrons vers vous rapidement."),
    ("it", "grazie per la sua candidatura, la contatteremo a breve."),
]


_NOT_IDS = [f"{lang}-{i}" for i, (lang, _) in enumerate(NOT_DECIDED)]


@pytest.mark.parametrize(("language", "sentence", "rule"), DECIDED, ids=[f"{lang}-{r}" for lang, _, r in DECIDED])
def test_a_decision_is_read_with_its_rule(language: str, sentence: str, rule: str) -> None:
    found = decisions([sentence], language)
    assert [d.rule for d in found] == [rule]
    assert found[0].sentence.startswith(sentence[:10])


@pytest.mark.parametrize(("language", "sentence"), NOT_DECIDED, ids=_NOT_IDS)
def test_no_decision_where_none_is_stated(language: str, sentence: str) -> None:
    assert decisions([sentence], language) == []


def test_conditions_are_recognised_per_language() -> None:
    assert is_condition("if you would like feedback, reply to this email.", "en")
    assert is_condition("wenn sie fragen haben, melden sie sich.", "de")
    assert not is_condition("we have filled the role.", "en")


def test_each_sentence_gives_one_decision_in_order() -> None:
    sentences = [
        "thank you for your time.",
        "we will not be progressing your application.",
        "the role has been filled.",
    ]
    assert [d.rule for d in decisions(sentences, "en")] == ["negated_progress", "filled"]


# reasons, each in a sentence written for this file
REASONS: list[tuple[str, str, str]] = [
    ("en", "sadly your portfolio does not match the brief for this post.", "experience"),
    ("en", "we felt your skill set falls short of what the team needs right now.", "experience"),
    ("en", "at the moment we need someone who has already run a warehouse team.", "experience"),
    ("en", "the search has been suspended while we review the budget.", "role_closed"),
    ("en", "we have decided not to offer the post to anyone this year.", "role_closed"),
    ("en", "the role was filled by an internal candidate.", "position_filled"),
    ("en", "we received more than 600 applications for two places.", "other_candidates"),
    ("en", "we are going ahead with applicants whose background is closer to the brief.", "other_candidates"),
    ("en", "the commute from your home was the deciding factor for us.", "logistics"),
    ("de", "ihre qualifikationen entsprechen leider nicht den anforderungen der stelle.", "experience"),
    ("de", "wir haben über 300 bewerbungen erhalten.", "other_candidates"),
    ("de", "wir suchen jemanden mit mehr erfahrung im vertrieb.", "experience"),
    ("fr", "votre profil ne correspond pas aux exigences du poste.", "experience"),
    ("fr", "nous avons dû suspendre le recrutement pour ce poste.", "role_closed"),
    ("es", "tu experiencia es insuficiente para este puesto.", "experience"),
    ("es", "hemos recibido un gran número de candidaturas.", "other_candidates"),
    ("es", "no podemos ajustarnos a tu aspiración salarial, por este motivo no seguimos.", "logistics"),
    ("nl", "uw ervaring sluit onvoldoende aan bij de functie.", "experience"),
    ("pt", "decidimos cancelar o processo de seleção para esta vaga.", "role_closed"),
    ("it", "il suo profilo non è in linea con le esigenze della posizione.", "experience"),
    ("it", "abbiamo ricevuto numerose candidature.", "other_candidates"),
]

NO_REASON: list[tuple[str, str]] = [
    ("en", "this is not a reflection on your experience, which impressed us."),
    ("en", "your experience is impressive and we enjoyed meeting you."),
    ("en", "if your skills do not match, we will not contact you."),
    ("de", "bitte verstehen sie dies nicht als wertung ihrer qualifikation."),
    ("fr", "nous vous remercions pour votre candidature."),
]


@pytest.mark.parametrize(("language", "sentence", "reason"), REASONS, ids=[f"{lang}-{r}" for lang, _, r in REASONS])
def test_a_stated_reason_is_read(language: str, sentence: str, reason: str) -> None:
    assert reason in reasons([sentence], language, decisions([sentence], language))


_NO_REASON_IDS = [f"{lang}-{i}" for i, (lang, _) in enumerate(NO_REASON)]


@pytest.mark.parametrize(("language", "sentence"), NO_REASON, ids=_NO_REASON_IDS)
def test_no_reason_where_none_is_given(language: str, sentence: str) -> None:
    assert reasons([sentence], language, decisions([sentence], language)) == {}


def test_a_comparison_with_others_is_not_a_judgement_of_the_candidate() -> None:
    sentence = "we chose another candidate whose experience more closely matches our needs."
    assert set(reasons([sentence], "en", decisions([sentence], "en"))) == {"other_candidates"}


def test_the_contract_order_ranks_what_a_whole_letter_states() -> None:
    letter = (
        "Dear Sam,\n\nThank you for applying for the Data Analyst role at Brindle Labs.\n"
        "We received over 400 applications. Your experience does not match the requirements of the "
        "role, so we will not be taking your application further.\n\nBest,\nKim Ode\nBrindle Labs\n"
    )
    import drafter

    assert drafter.parse(letter).reason == "experience"


INVITED: list[tuple[str, str]] = [
    ("en", "we hope you will apply for other roles with us that match your background in the coming months."),
    ("en", "please keep an eye on our careers page for similar openings."),
    ("en", "your cv will be kept on file for twelve months."),
    ("en", "we will get in touch with you if a similar role opens up."),
    ("en", "your future applications will be most welcome."),
    ("de", "wir würden uns freuen, wenn sie sich künftig erneut bei uns bewerben."),
    ("fr", "n'hésitez pas à postuler à nos prochaines offres."),
    ("es", "te animamos a postularte a futuras vacantes."),
    ("nl", "we nodigen je uit om in de toekomst opnieuw te solliciteren."),
    ("pt", "ficaremos felizes em ver sua candidatura em novas vagas."),
    ("it", "la invitiamo a candidarsi di nuovo per altre posizioni."),
]
NOT_INVITED: list[tuple[str, str]] = [
    ("en", "thank you for applying for the other role we advertised."),
    ("en", "we have decided to consider other candidates."),
    ("en", "i hope our paths cross again."),
    ("en", "please do not apply again for this role within a year."),
    ("en", "i suggest that you apply to other firms in the area."),
    ("en", "we wish you success in your future endeavours."),
]


@pytest.mark.parametrize(("language", "sentence"), INVITED, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(INVITED)])
def test_an_invitation_back_is_read(language: str, sentence: str) -> None:
    assert invited([sentence], language)


@pytest.mark.parametrize(("language", "sentence"), NOT_INVITED, ids=[f"{i}" for i in range(len(NOT_INVITED))])
def test_no_invitation_where_none_is_given(language: str, sentence: str) -> None:
    assert not invited([sentence], language)


DECLINED: list[tuple[str, str]] = [
    ("en", "we're unable to provide individual feedback on applications at this stage."),
    ("en", "it isn't possible for us to share detailed results with every applicant."),
    ("de", "leider können wir ihnen keine individuelle rückmeldung geben."),
    ("fr", "nous ne sommes pas en mesure de vous donner un retour individuel."),
    ("es", "no podemos ofrecer comentarios individuales sobre cada candidatura."),
    ("nl", "wij kunnen helaas geen individuele terugkoppeling geven."),
    ("pt", "não conseguimos fornecer uma devolutiva individual."),
    ("it", "non possiamo fornire un riscontro individuale."),
]
NOT_DECLINED: list[tuple[str, str]] = [
    ("en", "i'd be happy to share feedback on a short call."),
    ("en", "if we cannot give feedback by friday, we will write again."),
    ("en", "we will not be progressing your application."),
]


@pytest.mark.parametrize(("language", "sentence"), DECLINED, ids=[lang for lang, _ in DECLINED])
def test_a_refusal_of_feedback_is_read(language: str, sentence: str) -> None:
    assert feedback_declined([sentence], language) == sentence


@pytest.mark.parametrize(("language", "sentence"), NOT_DECLINED, ids=[f"{i}" for i in range(len(NOT_DECLINED))])
def test_no_refusal_where_none_is_made(language: str, sentence: str) -> None:
    assert feedback_declined([sentence], language) is None


def test_a_refusal_in_the_ats_footer_counts(tmp_path: Path) -> None:
    eml = tmp_path / "letter.eml"
    eml.write_text(
        "From: Talent Team <no-reply@ats.example>\nTo: Robin Vale <robin@example.org>\n"
        "Subject: Your application\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear Robin,\n\nThank you for applying to Quillford Analytics. We will not be taking your "
        "application further.\n\nKind regards,\nThe Talent Team\n\n--\nThis is an automated message. "
        "Please note we are unable to provide individual feedback.\n",
        encoding="utf-8",
    )
    import drafter

    assert drafter.parse(eml).feedback == "declined"
