"""The stated reason, one sentence after the decision, in the shapes letters use.

Sentences written for these tests, in the seven languages drafter reads; each letter is the same
short rejection with one reason sentence added.
"""

from __future__ import annotations

import pytest

import drafter

CASES = [
    ("en", "The competition for this role was particularly strong.", "other_candidates"),
    ("en", "The selection process was highly competitive.", "other_candidates"),
    ("en", "We were impressed by the high calibre of applicants.", "other_candidates"),
    ("en", "The successful candidate had a closer match to our needs.", "other_candidates"),
    ("en", "We have offered the role to another applicant.", "other_candidates"),
    ("en", "The field of applicants was exceptionally strong this year.", "other_candidates"),
    ("en", "We had an overwhelming response to this advert.", "other_candidates"),
    (
        "en",
        "We have decided to proceed with applicants whose profiles more closely match the role.",
        "other_candidates",
    ),
    ("en", "Another candidate was a better fit for the team.", "other_candidates"),
    ("en", "We identified a candidate who more closely met our requirements.", "other_candidates"),
    ("en", "It was a very close decision between you and the candidate we chose.", "other_candidates"),
    ("en", "We were fortunate to receive applications from many talented people.", "other_candidates"),
    ("en", "We interviewed a number of excellent candidates.", "other_candidates"),
    ("en", "We had a large pool of highly qualified applicants.", "other_candidates"),
    ("de", "Wir haben uns für einen anderen Bewerber entschieden.", "other_candidates"),
    ("de", "Die Konkurrenz war in diesem Jahr sehr stark.", "other_candidates"),
    ("de", "Wir haben sehr viele qualifizierte Bewerbungen erhalten.", "other_candidates"),
    ("fr", "Nous avons reçu de très nombreuses candidatures de grande qualité.", "other_candidates"),
    ("fr", "Notre choix s'est porté sur un autre profil.", "other_candidates"),
    ("es", "Hemos recibido un gran número de candidaturas muy competitivas.", "other_candidates"),
    ("es", "Nos hemos decantado por otro perfil.", "other_candidates"),
    ("nl", "Er waren veel sterke kandidaten.", "other_candidates"),
    ("nl", "De keuze is gevallen op een andere kandidaat.", "other_candidates"),
    ("pt", "Recebemos muitas candidaturas de excelente nível.", "other_candidates"),
    ("pt", "Optámos por outro candidato.", "other_candidates"),
    ("it", "Abbiamo ricevuto numerose candidature di alto livello.", "other_candidates"),
    ("it", "La scelta è ricaduta su un altro candidato.", "other_candidates"),
    ("en", "Your experience does not quite match what we need for this role.", "experience"),
    ("en", "We felt your skills in SQL were not yet at the level the role requires.", "experience"),
    ("en", "The role requires a professional engineering licence, which you do not hold.", "experience"),
    ("en", "You did not pass the technical assessment.", "experience"),
    ("en", "Your test score was below our threshold.", "experience"),
    ("en", "We need someone with more senior leadership experience.", "experience"),
    ("en", "Your profile is not suited to this position.", "experience"),
    ("en", "You do not meet the minimum requirements for the role.", "experience"),
    ("de", "Ihr Profil passt leider nicht zu unseren Anforderungen.", "experience"),
    ("fr", "Votre profil ne correspond pas aux exigences du poste.", "experience"),
    ("es", "Su perfil no se ajusta a los requisitos del puesto.", "experience"),
    ("nl", "Uw profiel sluit onvoldoende aan bij de functie.", "experience"),
    ("pt", "O seu perfil não corresponde aos requisitos da vaga.", "experience"),
    ("it", "Il suo profilo non è in linea con i requisiti della posizione.", "experience"),
    ("en", "The position has now been filled.", "position_filled"),
    ("en", "We have filled the vacancy internally.", "position_filled"),
    ("de", "Die Stelle ist bereits besetzt.", "position_filled"),
    ("fr", "Le poste a été pourvu.", "position_filled"),
    ("es", "La vacante ya ha sido cubierta.", "position_filled"),
    ("nl", "De vacature is inmiddels vervuld.", "position_filled"),
    ("pt", "A vaga já foi preenchida.", "position_filled"),
    ("it", "La posizione è stata coperta.", "position_filled"),
    ("en", "The role has been put on hold due to budget constraints.", "role_closed"),
    ("en", "We have decided not to fill the position at this time.", "role_closed"),
    ("en", "The vacancy has been withdrawn.", "role_closed"),
    ("en", "Due to a hiring freeze, we are not proceeding with this role.", "role_closed"),
    ("en", "The recruitment has been cancelled.", "role_closed"),
    ("de", "Die Stelle wird nicht besetzt.", "role_closed"),
    ("fr", "Le recrutement est suspendu.", "role_closed"),
    ("es", "El proceso se ha cancelado.", "role_closed"),
    ("en", "Your salary expectations are above our budget for this role.", "logistics"),
    ("en", "The role requires you to be based in Leeds, and you are not able to relocate.", "logistics"),
    ("en", "We are unable to sponsor a visa for this role.", "logistics"),
    ("en", "Your availability does not match the start date we need.", "logistics"),
    ("de", "Ihre Gehaltsvorstellung liegt über unserem Budget.", "logistics"),
    ("fr", "Vos prétentions salariales dépassent notre budget.", "logistics"),
    ("en", "We have offered the position to another candidate.", "other_candidates"),
    ("en", "We received 250 well-qualified applications for the post.", "other_candidates"),
    (
        "nl",
        "Helaas laat de uitslag zien dat je casusopdracht onvoldoende aansluit bij het niveau dat we vragen.",
        "experience",
    ),
    (
        "fr",
        "Votre épreuve écrite était solide, mais la partie technique n'a pas atteint le niveau requis.",
        "experience",
    ),
    (
        "it",
        "Il suo colloquio è andato bene, ma il risultato del test è insufficiente per il livello richiesto.",
        "experience",
    ),
]

DECISION = {
    "en": "Unfortunately we will not be taking your application further.",
    "de": "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
    "fr": "Nous sommes au regret de ne pas pouvoir donner une suite favorable à votre candidature.",
    "es": "Lamentamos comunicarle que no seguiremos adelante con su candidatura.",
    "nl": "Helaas moeten wij u laten weten dat wij uw sollicitatie niet verder in behandeling nemen.",
    "pt": "Infelizmente, não vamos avançar com a sua candidatura.",
    "it": "Purtroppo non potremo proseguire con la sua candidatura.",
}
GREETING = {
    "en": "Dear Sam,",
    "de": "Sehr geehrte Frau Berg,",
    "fr": "Madame,",
    "es": "Estimada Laura:",
    "nl": "Beste Sanne,",
    "pt": "Cara Ana,",
    "it": "Gentile Sig.ra Russo,",
}
SIGN_OFF = {
    "en": "Kind regards,\nLee Hart",
    "de": "Mit freundlichen Grüßen\nJan Roth",
    "fr": "Cordialement,\nÉlise Martin",
    "es": "Atentamente,\nMarta Gil",
    "nl": "Met vriendelijke groet,\nDaan Vos",
    "pt": "Atenciosamente,\nRita Lopes",
    "it": "Cordiali saluti,\nElena Sartori",
}


@pytest.mark.parametrize(
    ("language", "sentence", "reason"), CASES, ids=[f"{c[2]}-{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_the_reason_sentence_is_read(language: str, sentence: str, reason: str) -> None:
    text = f"{GREETING[language]}\n\n{DECISION[language]} {sentence}\n\n{SIGN_OFF[language]}\n"
    letter = drafter.parse(text)
    assert letter.language == language
    assert letter.reason == reason


# sentences that name a reason's words but state no reason
NOT_STATED = [
    ("en", "Thank you for your availability and flexibility over these weeks."),
    ("it", "La ringrazio per la disponibilità dimostrata in queste settimane."),
    ("fr", "Merci pour votre disponibilité tout au long du processus."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_STATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_STATED)])
def test_thanks_for_availability_is_no_reason(language: str, sentence: str) -> None:
    text = f"{GREETING[language]}\n\n{sentence} {DECISION[language]}\n\n{SIGN_OFF[language]}\n"
    assert drafter.parse(text).reason == "not_stated"
