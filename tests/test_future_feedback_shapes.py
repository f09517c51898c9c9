"""Invitations back and offers of feedback, in the shapes letters use them.

Sentences written for these tests, in the seven languages drafter reads: each is put after the same
short rejection in its language, and the letter must read it as `future=invited` or `feedback=offered`.
"""

from __future__ import annotations

import pytest

import drafter

INVITED = [
    ("en", "We encourage you to apply for future openings that match your skills."),
    ("en", "Please do keep an eye on our careers page for other opportunities."),
    ("en", "We would be happy to hear from you again should another role come up."),
    ("en", "We'll hold on to your CV and reach out if something suitable opens up."),
    ("en", "Feel free to reapply in six months."),
    ("en", "We hope you'll consider us again in the future."),
    ("en", "Your details will remain in our talent community, and our recruiters may contact you about future roles."),
    ("en", "We would love to stay in touch for future positions."),
    ("en", "Don't hesitate to apply again when you have a little more experience."),
    ("en", "We will retain your application for twelve months and contact you if a similar vacancy arises."),
    ("en", "I'd be glad to consider you for future roles on the team."),
    ("en", "You're welcome to apply for other roles with us."),
    ("en", "We'd encourage you to sign up for job alerts so you hear about new roles first."),
    ("en", "Please stay connected with us on LinkedIn for future opportunities."),
    ("en", "We hope our paths will cross again and that you will apply for future vacancies."),
    ("de", "Wir würden uns freuen, wenn Sie sich bei passenden Stellen erneut bei uns bewerben."),
    ("de", "Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf."),
    ("de", "Wir melden uns bei Ihnen, sobald eine passende Position frei wird."),
    ("de", "Bewerben Sie sich gerne auch auf andere Stellen bei uns."),
    ("de", "Wir behalten Ihr Profil für zukünftige Vakanzen im Blick."),
    (
        "fr",
        "Nous conservons votre CV et ne manquerons pas de vous recontacter si un poste "
        "correspondant à votre profil se libère.",
    ),
    ("fr", "N'hésitez pas à postuler à nos futures offres."),
    ("fr", "Nous vous invitons à consulter régulièrement nos offres d'emploi."),
    ("fr", "Votre candidature reste dans notre vivier pour de futures opportunités."),
    ("fr", "Nous serions ravis de recevoir à nouveau votre candidature."),
    ("es", "Te animamos a postularte a futuras vacantes."),
    ("es", "Guardaremos tu currículum para futuros procesos de selección."),
    ("es", "Nos pondremos en contacto contigo si surge una vacante que encaje con tu perfil."),
    ("es", "No dudes en volver a presentar tu candidatura más adelante."),
    ("es", "Esperamos volver a saber de ti en el futuro."),
    ("nl", "We bewaren je cv graag voor toekomstige vacatures."),
    ("nl", "Solliciteer gerust opnieuw op een passende functie."),
    ("nl", "We nemen contact met je op als er een geschikte vacature vrijkomt."),
    ("nl", "Houd onze vacaturepagina in de gaten voor nieuwe kansen."),
    ("nl", "We houden je graag op de hoogte van toekomstige functies."),
    ("pt", "Vamos manter o seu currículo no nosso banco de talentos."),
    ("pt", "Encorajamos você a se candidatar a futuras vagas."),
    ("pt", "Entraremos em contato caso surja uma oportunidade compatível com o seu perfil."),
    ("pt", "Fique à vontade para participar de novos processos seletivos."),
    ("pt", "Esperamos contar com a sua candidatura em outras oportunidades."),
    ("it", "Conserveremo il suo curriculum per future selezioni."),
    ("it", "La invitiamo a candidarsi nuovamente per posizioni future."),
    ("it", "Saremo lieti di ricontattarla qualora si presentasse un'opportunità in linea con il suo profilo."),
    ("it", "Continui a seguire le nostre offerte di lavoro."),
    ("it", "Ci farebbe piacere ricevere una sua nuova candidatura in futuro."),
]
OFFERED = [
    ("en", "If you would like feedback on your interview, please let me know."),
    ("en", "I'm happy to share some feedback if that would be helpful."),
    ("en", "Feel free to reply to this email if you'd like to discuss the decision."),
    ("en", "Should you wish to receive feedback, please contact Jane at jane@brookfell.example."),
    ("en", "We would be glad to arrange a short call to talk through the panel's comments."),
    ("en", "If it's useful, I can walk you through where the other candidates were stronger."),
    ("en", "Please get in touch if you would like to hear more about how we reached our decision."),
    ("en", "You can request feedback by replying to this message within 30 days."),
    ("en", "We have given feedback to explain this decision."),
    ("de", "Gerne gebe ich Ihnen bei Interesse ein telefonisches Feedback."),
    ("de", "Für ein Feedbackgespräch stehe ich Ihnen gern zur Verfügung."),
    ("de", "Wenn Sie eine Rückmeldung zu Ihrem Gespräch wünschen, melden Sie sich gerne bei mir."),
    ("fr", "Si vous le souhaitez, je peux vous faire un retour sur votre entretien."),
    ("fr", "Je reste à votre disposition pour échanger sur les raisons de notre choix."),
    ("fr", "N'hésitez pas à me contacter pour un retour plus détaillé."),
    ("es", "Si lo deseas, estaré encantada de darte feedback sobre la entrevista."),
    ("es", "Quedo a tu disposición para comentar los motivos de la decisión."),
    ("es", "Si quieres conocer nuestra valoración, escríbeme."),
    ("nl", "Als je feedback wilt, bel me gerust."),
    ("nl", "Ik licht onze keuze graag telefonisch toe."),
    ("nl", "Wil je weten waarom, neem dan contact met mij op."),
    ("nl", "Bel me dan gerust, dan licht ik het graag toe."),
    ("pt", "Se quiser, posso dar-lhe feedback sobre a entrevista."),
    ("pt", "Fico à disposição para conversar sobre a avaliação."),
    ("pt", "Caso deseje um retorno mais detalhado, é só responder este e-mail."),
    ("it", "Se lo desidera, posso darle un feedback sul colloquio."),
    ("it", "Resto a disposizione per un confronto sulle motivazioni della scelta."),
    ("it", "Se vuole un riscontro più dettagliato, mi scriva pure."),
]

LETTER = {
    "en": (
        "Dear Sam,",
        "Thank you for applying for the Data Analyst role at Brookfell.",
        "Unfortunately we will not be taking your application further.",
        "Kind regards,\nLee Hart",
    ),
    "de": (
        "Sehr geehrte Frau Berg,",
        "vielen Dank für Ihre Bewerbung als Data Analyst bei Brookfell.",
        "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
        "Mit freundlichen Grüßen\nJan Roth",
    ),
    "fr": (
        "Madame,",
        "Nous vous remercions pour votre candidature au poste de Data Analyst chez Brookfell.",
        "Nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.",
        "Cordialement,\nÉlise Martin",
    ),
    "es": (
        "Estimada Laura:",
        "Gracias por tu interés en el puesto de Data Analyst en Brookfell.",
        "Lamentamos comunicarle que no seguiremos adelante con su candidatura.",
        "Atentamente,\nMarta Gil",
    ),
    "nl": (
        "Beste Sanne,",
        "Bedankt voor je sollicitatie als Data Analyst bij Brookfell.",
        "Helaas moeten wij u laten weten dat wij uw sollicitatie niet verder in behandeling nemen.",
        "Met vriendelijke groet,\nDaan Vos",
    ),
    "pt": (
        "Cara Ana,",
        "Agradecemos o seu interesse na vaga de Data Analyst na Brookfell.",
        "Infelizmente, não vamos avançar com a sua candidatura.",
        "Atenciosamente,\nRita Lopes",
    ),
    "it": (
        "Gentile Sig.ra Russo,",
        "La ringraziamo per la candidatura alla posizione di Data Analyst presso Brookfell.",
        "Purtroppo non potremo proseguire con la sua candidatura.",
        "Cordiali saluti,\nElena Sartori",
    ),
}


def _letter(language: str, sentence: str) -> drafter.RejectionLetter:
    greeting, thanks, decision, sign_off = LETTER[language]
    return drafter.parse(f"{greeting}\n\n{thanks}\n\n{decision}\n\n{sentence}\n\n{sign_off}\n")


@pytest.mark.parametrize(("language", "sentence"), INVITED, ids=[f"{c[0]}-{i}" for i, c in enumerate(INVITED)])
def test_an_invitation_back_is_read(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.future == "invited"


@pytest.mark.parametrize(("language", "sentence"), OFFERED, ids=[f"{c[0]}-{i}" for i, c in enumerate(OFFERED)])
def test_an_offer_of_feedback_is_read(language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.feedback == "offered"
