"""Stock rejection formulas in every language are rejections, whatever else the letter says.

Each phrase is one of the set ways HR departments say no; each is tested in a minimal letter.
Also: messages that are not rejections keep saying so when they borrow the same vocabulary.
"""

from __future__ import annotations

import pytest

import drafter

GREET = {
    "en": ("Dear Alex,", "Kind regards,\nJane Roe\nAcme"),
    "de": ("Sehr geehrte Frau Weber,", "Mit freundlichen Grüßen\nJana Roth\nAcme"),
    "fr": ("Madame,", "Cordialement,\nJeanne Roux\nAcme"),
    "es": ("Estimada Ana:", "Atentamente,\nJuana Ruiz\nAcme"),
    "nl": ("Beste Anna,", "Met vriendelijke groet,\nJana de Vries\nAcme"),
    "pt": ("Prezada Ana,", "Atenciosamente,\nJoana Silva\nAcme"),
    "it": ("Gentile Anna,", "Cordiali saluti,\nGiovanna Rossi\nAcme"),
}
THANKS = {
    "en": "Thank you for your application for the Analyst position at Acme.",
    "de": "vielen Dank für Ihre Bewerbung als Analystin bei Acme und Ihr Interesse an unserem Unternehmen.",
    "fr": "Nous vous remercions pour votre candidature au poste d'analyste chez Acme.",
    "es": "Le agradecemos su interés en el puesto de Analista en Acme.",
    "nl": "Hartelijk dank voor je sollicitatie naar de functie van analist bij Acme.",
    "pt": "Agradecemos o seu interesse na vaga de Analista na Acme.",
    "it": "La ringraziamo per la candidatura alla posizione di Analista presso Acme.",
}
P = {
    "en": [
        "We've decided to hire someone else.",
        "We've chosen to go another way with this hire.",
        "You haven't been selected for this role.",
        "We can't offer you a place on the programme.",
        "We have decided to offer the role to someone with a background closer to our needs.",
        "We will not be taking your application further.",
        "Your application has not been successful on this occasion.",
        "We have decided not to progress your application.",
        "We are unable to offer you the position.",
        "We will not be pursuing your candidacy.",
        "The position has been offered to another candidate.",
        "We have made the decision not to move ahead with your application.",
        "We'll be passing on your application this time.",
        "After careful review, we have selected a candidate whose profile better suits the role.",
        "We have decided to proceed with applicants who more closely match our requirements.",
        "I'm afraid we won't be offering you a role this time.",
        "Sadly, the hiring team has chosen another applicant.",
        "On this occasion you have not been shortlisted for interview.",
        "We will not be inviting you to the next stage.",
        "You were unsuccessful in progressing to the next round.",
        "We have concluded that your experience is not the right fit for this role.",
        "The panel has decided to appoint someone else.",
        "We are not in a position to take your application forward.",
    ],
    "de": [
        "Wir haben uns entschieden, den Prozess mit anderen Kandidatinnen und Kandidaten fortzusetzen.",
        "Ihre Bewerbung konnte leider nicht berücksichtigt werden.",
        "Wir müssen Ihnen leider absagen.",
        "Wir haben die Position mit einer anderen Person besetzt.",
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.",
        "Wir haben uns für einen anderen Kandidaten entschieden.",
        "Leider können wir Ihre Bewerbung nicht berücksichtigen.",
        "Sie sind leider nicht in die engere Auswahl gekommen.",
        "Die Stelle wurde inzwischen anderweitig besetzt.",
        "Leider können wir Ihnen keine Zusage geben.",
        "Unsere Wahl ist auf eine andere Person gefallen.",
        "Nach sorgfältiger Prüfung müssen wir Ihnen eine Absage erteilen.",
        "Wir können Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen.",
    ],
    "fr": [
        "Nous ne sommes pas en mesure d'y donner une suite favorable.",
        "Nous ne donnerons pas suite à votre candidature.",
        "Nous avons choisi de poursuivre avec d'autres candidats.",
        "Votre profil ne correspond pas à nos besoins actuels, nous ne pourrons donc pas donner suite.",
        "Nous ne sommes pas en mesure de donner une suite favorable à votre candidature.",
        "Nous ne pouvons pas retenir votre candidature.",
        "Votre candidature n'a pas été retenue.",
        "Notre choix s'est porté sur un autre candidat.",
        "Le poste a été pourvu.",
        "Nous sommes au regret de ne pouvoir donner suite à votre candidature.",
        "Nous avons décidé de ne pas poursuivre le processus avec vous.",
        "Nous avons retenu une candidature correspondant davantage à nos attentes.",
    ],
    "es": [
        "Hemos decidido no avanzar con su candidatura.",
        "No ha sido posible avanzar con su candidatura.",
        "Hemos seleccionado a otra persona para el puesto.",
        "Su candidatura no ha sido seleccionada.",
        "Hemos decidido continuar con otros candidatos.",
        "Lamentamos comunicarle que no continuará en el proceso.",
        "Nos hemos decantado por otro perfil.",
        "El puesto ya ha sido cubierto.",
        "No podemos ofrecerle el puesto.",
        "Hemos optado por una persona cuyo perfil se ajusta más a lo que buscamos.",
    ],
    "nl": [
        "We hebben gekozen voor een kandidaat die beter aansluit bij het profiel.",
        "We gaan niet verder met jouw sollicitatie.",
        "Helaas ben je niet door naar de volgende ronde.",
        "Helaas moeten wij je mededelen dat we niet verder gaan met je sollicitatie.",
        "De keuze is gevallen op een andere kandidaat.",
        "De vacature is inmiddels ingevuld.",
        "Je komt helaas niet in aanmerking voor deze functie.",
        "We hebben besloten je sollicitatie af te wijzen.",
    ],
    "pt": [
        "Decidimos seguir com outros candidatos.",
        "Não daremos continuidade à sua candidatura.",
        "Escolhemos outro candidato para a vaga.",
        "Infelizmente você não foi selecionado para a próxima etapa.",
        "Optamos por seguir com outro candidato.",
        "A vaga já foi preenchida.",
        "Decidimos não prosseguir com a sua candidatura.",
        "O seu perfil não foi selecionado nesta oportunidade.",
    ],
    "it": [
        "Non proseguiremo con la sua candidatura.",
        "Abbiamo scelto un altro candidato.",
        "Il suo profilo non è stato ritenuto in linea con la posizione.",
        "La sua candidatura non è stata selezionata.",
        "Abbiamo deciso di proseguire con altri candidati.",
        "La posizione è stata coperta.",
        "Purtroppo l'esito della selezione è stato negativo.",
        "Abbiamo individuato un profilo più in linea con le nostre esigenze.",
    ],
}

# Everyday phrasings written when generalising past tests/probe (each was missed before).
MORE: dict[str, list[str]] = {
    "it": [
        "Abbiamo deciso di non proseguire con la sua candidatura.",
        "Purtroppo non è stato selezionato per la fase successiva.",
        "La sua candidatura non è stata accolta.",
        "Purtroppo non potremo proseguire con la sua candidatura.",
        "Abbiamo deciso di non procedere con il suo profilo.",
        "La sua candidatura non è stata ritenuta idonea.",
    ],
    "pt": [
        "Decidimos seguir com outro perfil.",
        "Infelizmente a sua candidatura não avançará.",
        "A sua candidatura não foi aprovada.",
        "Infelizmente não seguiremos com o seu processo.",
        "Não vamos dar sequência à sua candidatura.",
        "Infelizmente, você não foi aprovado para a próxima fase.",
    ],
    "nl": [
        "We hebben besloten een andere kandidaat aan te nemen.",
        "We gaan helaas niet met je verder.",
        "Je sollicitatie is helaas niet succesvol.",
        "We hebben besloten om niet verder te gaan met jouw sollicitatie.",
        "Helaas kunnen we je geen aanbod doen.",
        "Je bent helaas niet geselecteerd voor de volgende ronde.",
    ],
    "en": [
        "We don't think this is the right fit at the moment.",
        "The team has decided to keep looking.",
        "We're going to continue our search.",
        "We will be unable to progress your application.",
        "At this time we are unable to offer you employment.",
        "We have decided not to proceed further with your candidacy.",
        "I'm sorry to let you know the team went with another person.",
        "Your application was not selected for further consideration.",
        "We won't be moving you to the next round.",
        "We've decided to close the search with an internal hire.",
        "We have decided to move on with other profiles.",
        "The hiring manager felt other applicants were a better match, so we won't be progressing you.",
        "It's not a yes this time.",
        "We've made an offer to another candidate, who has accepted.",
        "You have not been chosen for this position.",
        "We decided to hire internally.",
        "We will not be offering you a second interview.",
        "We are not going to take your application any further.",
        "You didn't make the shortlist this time.",
        "We have decided that you are not the right candidate for this role.",
        "We've decided to go in another direction.",
        "Unfortunately you have not progressed to the next stage.",
        "We've given the role to someone else.",
        "You were not selected to move forward.",
        "We have decided not to move you forward in the process.",
        "The team has decided to hire another candidate.",
        "We won't be able to move forward with you at this time.",
        "This time it's a no from us, I'm afraid.",
        "Unfortunately, we won't be moving forward.",
        "We have decided to progress with other candidates.",
        "We will not be taking things further on this occasion.",
        "I'm afraid we won't be proceeding with your application.",
        "We have decided not to offer you the position.",
        "We won't be extending an offer.",
        "I'm sorry to say you haven't made it through to the next round.",
        "After careful consideration, we're going to pass.",
        "We have concluded that we will not be inviting you to the next stage.",
        "We're going to move forward with candidates who more closely match our needs.",
        "Unfortunately on this occasion you have not been successful.",
        "Sadly we won't be able to take your application any further.",
        "We have decided to close your application.",
        "We have filled the role with an internal candidate.",
        "The position has been filled.",
        "We have appointed another candidate.",
        "Your application will not be progressed.",
        "We are not able to take you forward to the next stage.",
        "The hiring manager has decided not to proceed.",
        "I'm afraid it's not good news this time.",
    ],
    "de": [
        "Wir haben uns gegen Ihre Bewerbung entschieden.",
        "Leider passt Ihr Profil nicht zu unseren aktuellen Anforderungen, daher können wir Sie nicht "
        "weiter berücksichtigen.",
        "Wir haben die Stelle bereits vergeben.",
        "Wir können Ihnen leider kein Angebot machen.",
        "Leider sind Sie nicht in die nächste Runde gekommen.",
        "Leider können wir Ihnen keine Stelle anbieten.",
        "Wir haben uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
        "Leider haben wir uns für eine andere Person entschieden.",
        "Wir müssen Ihnen leider eine Absage erteilen.",
        "Ihre Bewerbung konnte leider nicht berücksichtigt werden.",
    ],
    "fr": [
        "Nous ne retiendrons pas votre candidature.",
        "Votre candidature ne sera pas retenue pour la suite du processus.",
        "Nous avons décidé de ne pas donner suite.",
        "Nous avons finalement recruté une autre personne.",
        "Nous ne poursuivrons pas le processus avec vous.",
        "Nous avons décidé de ne pas poursuivre avec votre candidature.",
        "Votre candidature n'a pas été retenue.",
        "Nous ne donnerons pas suite à votre candidature.",
        "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
        "Nous avons fait le choix d'un autre candidat.",
    ],
    "es": [
        "No hemos podido seleccionar tu candidatura.",
        "Hemos decidido cubrir el puesto con otra persona.",
        "No pasarás a la siguiente fase.",
        "Hemos optado por no continuar con tu candidatura.",
        "Lamentablemente tu perfil no ha sido seleccionado.",
        "Lamentablemente no vamos a seguir adelante con tu candidatura.",
        "Hemos decidido no continuar con tu proceso.",
        "Sentimos comunicarte que no has sido seleccionado.",
        "Tu candidatura no ha sido seleccionada en esta ocasión.",
        "Finalmente nos hemos decantado por otro perfil.",
    ],
}
# public rejection templates (tests/public_style)
MORE["en"].append("The position is on hold, so we are closing the process for all candidates.")
MORE["en"].append("In the end we went with the other finalist.")
MORE["de"].append("Wir haben uns für Bewerberinnen und Bewerber entschieden, deren Profil besser passt.")
for _lang, _phrases in MORE.items():
    P[_lang].extend(_phrases)

CASES = [(lang, phrase) for lang, phrases in P.items() for phrase in phrases]


@pytest.mark.parametrize(("lang", "phrase"), CASES, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(CASES)])
def test_stock_formula_is_a_rejection(lang: str, phrase: str) -> None:
    greeting, signature = GREET[lang]
    letter = drafter.parse(f"{greeting}\n\n{THANKS[lang]} {phrase}\n\n{signature}\n")
    assert letter.is_rejection, phrase
    assert letter.language == lang


NOT_REJECTIONS = [
    "Thank you for your application. We have received it and will review it; if we can offer you an "
    "interview, we will be in touch within two weeks.",
    "We would like to invite you to a second interview. Could you let us know your availability?",
    "Nous avons bien reçu votre candidature et nous reviendrons vers vous prochainement.",
    "Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.",
    "Hemos recibido su candidatura y la estamos revisando; le contactaremos pronto.",
    "We'd like to invite you to a second interview next week.",
    "We're pleased to let you know you've been shortlisted for an interview.",
    "Your application is under review and we'll be in touch soon.",
    "Unfortunately the hiring manager is away, so we'll update you next week.",
    "We're excited to move you forward to the final round.",
    "Unfortunately we need to reschedule your interview to Thursday.",
    "Could you please send us your references? Unfortunately we cannot proceed without them.",
    "Unfortunately, we can't do Friday; could you make Monday at 10am instead?",
    "We'd love to set up a call with our hiring manager.",
    "I wanted to let you know we're still interviewing and hope to have an update soon.",
    "Please find attached your employment contract.",
    "Your application has been forwarded to the hiring manager.",
    "Unfortunately the hiring for this role is paused for a few weeks, but your application remains active "
    "and we'll be back in touch.",
    "As the final step, we need to run a background check. Please complete the attached consent form.",
    "Here's our monthly careers newsletter: new roles, team stories, and events.",
    "Following our call, I'm pleased to confirm our verbal offer; the written contract will follow.",
    "We'd like you to come back for a second round with the hiring manager.",
    "Unfortunately our interviewer is ill, so we have to move your interview to next week.",
    "We regret the delay in getting back to you; the panel is still reviewing applications.",
    "Thank you for your patience. We are still considering your application and will update you soon.",
    "We have received a large number of applications and unfortunately it will take a little longer to review them.",
    "Please let us know if you are still interested in the role.",
]


@pytest.mark.parametrize("text", NOT_REJECTIONS)
def test_acknowledgements_and_invitations_stay_non_rejections(text: str) -> None:
    assert not drafter.parse(f"Dear Alex,\n\n{text}\n\nBest,\nJane\n").is_rejection


# status updates and invitations in the letter's own language
NOT_REJECTIONS_BY_LANGUAGE = [
    ("de", "Gerne möchten wir Sie zu einem Vorstellungsgespräch einladen."),
    ("de", "Leider verzögert sich unsere Rückmeldung um eine Woche."),
    ("fr", "Nous souhaitons vous rencontrer pour un entretien."),
    ("fr", "Malheureusement le processus prend plus de temps que prévu."),
    ("es", "Nos gustaría invitarte a una entrevista."),
    ("es", "Lamentablemente el proceso se está retrasando, te diremos algo pronto."),
    ("nl", "We nodigen je graag uit voor een tweede gesprek."),
    ("pt", "Gostaríamos de convidá-la para uma entrevista."),
    ("it", "Vorremmo invitarla a un colloquio conoscitivo."),
    ("de", "Leider müssen wir unser Gespräch verschieben. Passt Ihnen Donnerstag?"),
    ("de", "Ihre Bewerbung befindet sich weiterhin im Auswahlprozess."),
    ("fr", "Nous avons le plaisir de vous proposer le poste."),
    ("fr", "Malheureusement, nous devons reporter votre entretien."),
    ("es", "Nos complace ofrecerte el puesto."),
    ("es", "Lamentablemente debemos cambiar la fecha de tu entrevista."),
    ("nl", "Helaas moeten we het gesprek verplaatsen naar volgende week."),
    ("pt", "Infelizmente precisamos remarcar a sua entrevista."),
    ("it", "Purtroppo dobbiamo spostare il colloquio alla prossima settimana."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REJECTIONS_BY_LANGUAGE)
def test_status_updates_and_invitations_in_other_languages(lang: str, text: str) -> None:
    greeting, signature = GREET[lang]
    assert not drafter.parse(f"{greeting}\n\n{THANKS[lang]} {text}\n\n{signature}\n").is_rejection, text
