"""Whether a message is a rejection, from decision sentences in the shapes real letters use.

Sentences written for these tests: each is put in the same short letter (a greeting, a line of
thanks, the sentence, a sign-off) in its language. The first four are the plain sentences the
parser issue names as missed.
"""

from __future__ import annotations

import pytest

import drafter

REJECTIONS = [
    ("en", "Your application will not be further considered."),
    ("en", "We don't feel that our current opening is the best match for your qualifications."),
    ("en", "The role has been closed, and we're not planning to restart it."),
    ("en", "In the end we chose a candidate with more hands-on experience running Kubernetes."),
    ("en", "We've decided to go with someone else for this one."),
    ("en", "We have made the difficult decision not to move ahead with your candidacy."),
    ("en", "I'm afraid it's not good news this time."),
    ("en", "You have not been successful on this occasion."),
    ("en", "We won't be progressing with your application."),
    ("en", "After much deliberation, we have offered the role to another candidate."),
    ("en", "We are going in a different direction with this hire."),
    ("en", "We've filled the position with an internal candidate."),
    ("en", "Sadly we can't offer you the job."),
    ("en", "The panel did not select you for appointment."),
    ("en", "We will not be extending an offer."),
    ("en", "Your application was unsuccessful."),
    ("en", "We regret that we cannot offer you a place on the programme."),
    ("en", "It's a no from us this time, I'm sorry."),
    ("en", "We have decided not to proceed with the hiring for this role, so we are closing all applications."),
    ("en", "We have concluded that your profile does not fit what we need right now."),
    ("en", "The hiring manager has decided to pursue other applicants."),
    ("en", "You were not shortlisted for interview."),
    ("en", "We ultimately went with a candidate whose background more closely fits."),
    ("en", "Thanks for your patience; unfortunately we have selected someone else."),
    ("en", "We are not able to take your application to the next stage."),
    ("en", "We will not be moving you forward in our process."),
    ("en", "I have to let you know that we're passing on your application."),
    ("en", "We've decided you're not the right fit for the team at this time."),
    ("en", "This time you haven't made it to the next round."),
    ("en", "We've now completed the recruitment and your application has not been taken forward."),
    ("de", "Leider können wir Ihnen keine positive Rückmeldung geben."),
    ("de", "Wir haben uns für eine andere Kandidatin entschieden."),
    ("de", "Ihre Bewerbung konnte leider nicht berücksichtigt werden."),
    ("de", "Nach sorgfältiger Prüfung müssen wir Ihnen leider absagen."),
    ("de", "Wir werden Ihre Bewerbung nicht weiter verfolgen."),
    ("fr", "Nous ne sommes malheureusement pas en mesure de retenir votre candidature."),
    ("fr", "Votre candidature n'a pas été retenue."),
    ("fr", "Nous avons choisi de poursuivre avec un autre candidat."),
    ("fr", "Nous ne donnerons pas suite à votre candidature."),
    ("fr", "Le poste a été pourvu par un candidat interne."),
    ("es", "Lamentablemente, su candidatura no ha sido seleccionada."),
    ("es", "Hemos decidido continuar con otros candidatos."),
    ("es", "No podremos avanzar con tu postulación."),
    ("es", "En esta ocasión no has sido seleccionado."),
    ("es", "Hemos optado por otro perfil."),
    ("nl", "Helaas hebben wij besloten niet verder te gaan met uw sollicitatie."),
    ("nl", "Wij hebben gekozen voor een andere kandidaat."),
    ("nl", "Je bent helaas niet door naar de volgende ronde."),
    ("nl", "We hebben besloten je niet uit te nodigen voor een gesprek."),
    ("nl", "Uw sollicitatie is afgewezen."),
    ("pt", "Infelizmente, a sua candidatura não foi selecionada."),
    ("pt", "Decidimos seguir com outro candidato."),
    ("pt", "Não vamos avançar com o seu processo."),
    ("pt", "Optamos por outro perfil nesta ocasião."),
    ("pt", "A vaga já foi preenchida."),
    ("it", "Purtroppo la sua candidatura non è stata selezionata."),
    ("it", "Abbiamo deciso di proseguire con altri candidati."),
    ("it", "Non potremo procedere con la sua candidatura."),
    ("it", "La scelta è ricaduta su un altro profilo."),
    ("it", "La posizione è stata già coperta."),
]
# messages that are not rejections, though they say "not", "can't" or "unsuccessful"
NOT_REJECTIONS = [
    "We'd like to invite you to a second interview next Tuesday.",
    "We have received your application and will review it shortly.",
    "We are not yet able to give you an answer, as the review is still ongoing.",
    "If you do not hear from us within four weeks, please assume your application has not been successful.",
    "We don't want to keep you waiting: the panel will decide by Friday.",
    "Congratulations, we are delighted to offer you the position.",
    "Please complete the online assessment by Friday so we can move your application forward.",
    "Your application has not been rejected; it is still under review.",
    "Nothing has been decided yet, and we will not make a decision before the end of the month.",
    "We can't wait to meet you at the assessment centre.",
    "There is no need to resend your CV; we have everything we need.",
    "We don't think you'll need more than an hour for the test.",
]
LETTER = {
    "en": ("Dear Sam,", "Thank you for applying for the Data Analyst role at Brookfell.", "Kind regards,\nLee Hart"),
    "de": (
        "Sehr geehrte Frau Berg,",
        "vielen Dank für Ihre Bewerbung als Data Analyst bei Brookfell.",
        "Mit freundlichen Grüßen\nJan Roth",
    ),
    "fr": (
        "Madame,",
        "Nous vous remercions pour votre candidature au poste de Data Analyst chez Brookfell.",
        "Cordialement,\nÉlise Martin",
    ),
    "es": (
        "Estimada Laura:",
        "Gracias por tu interés en el puesto de Data Analyst en Brookfell.",
        "Atentamente,\nMarta Gil",
    ),
    "nl": (
        "Beste Sanne,",
        "Bedankt voor je sollicitatie als Data Analyst bij Brookfell.",
        "Met vriendelijke groet,\nDaan Vos",
    ),
    "pt": (
        "Cara Ana,",
        "Agradecemos o seu interesse na vaga de Data Analyst na Brookfell.",
        "Atenciosamente,\nRita Lopes",
    ),
    "it": (
        "Gentile Sig.ra Russo,",
        "La ringraziamo per la candidatura alla posizione di Data Analyst presso Brookfell.",
        "Cordiali saluti,\nElena Sartori",
    ),
}


def _letter(language: str, sentence: str) -> str:
    greeting, thanks, sign_off = LETTER[language]
    return f"{greeting}\n\n{thanks}\n\n{sentence}\n\n{sign_off}\n"


@pytest.mark.parametrize(("language", "sentence"), REJECTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REJECTIONS)])
def test_a_decision_in_its_shape_is_a_rejection(language: str, sentence: str) -> None:
    letter = drafter.parse(_letter(language, sentence))
    assert letter.language == language
    assert letter.is_rejection, letter.kind


@pytest.mark.parametrize("sentence", NOT_REJECTIONS, ids=[f"not-{i}" for i in range(len(NOT_REJECTIONS))])
def test_a_message_that_decides_nothing_against_the_candidate_is_not_a_rejection(sentence: str) -> None:
    assert not drafter.parse(_letter("en", sentence)).is_rejection


def test_a_newsletter_that_says_unfortunately_is_a_newsletter() -> None:
    text = (
        "Subject: Inside Brookfell: stories and roles for May\n\nHi Sam,\n\nWelcome to the May edition of "
        "our newsletter for members of the Brookfell talent community. Unfortunately we can't reply to "
        "every message sent to this newsletter, but you can update your interests at any time.\n\n"
        "FEATURED ROLES\n- Data Analyst, Leeds\n\nThe Brookfell Talent Team\n"
    )
    letter = drafter.parse(text)
    assert not letter.is_rejection
    assert letter.kind == "newsletter"
