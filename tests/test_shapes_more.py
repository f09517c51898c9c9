"""More shapes of the judgement sentences, in the seven languages drafter reads.

Sentences written for these tests (none comes from a collected letter): each is put after the same
short rejection in its language, and the letter must read the field as expected. Among them are
the look-alikes that must not count: good wishes for the search elsewhere, a data-protection notice,
"thank you for applying", a call about other options.
"""

from __future__ import annotations

import pytest

import drafter
from tests.test_decision_shapes import _letter as decision_letter
from tests.test_future_feedback_shapes import LETTER, _letter

CASES = [
    (
        "future",
        "invited",
        "nl",
        "Mocht de functie opnieuw worden opengesteld, dan nemen wij als eerste contact met u op.",
    ),
    ("future", "invited", "nl", "Ik houd je cv bij ons actief en bel je zodra ik een andere planningsfunctie heb."),
    (
        "feedback",
        "offered",
        "es",
        "Si deseas conocer tu desempeño, puedes solicitar una sesión de retroalimentación respondiendo a este correo.",
    ),
    ("feedback", "offered", "es", "Si quieres, el lunes te llamo y te cuento con calma lo que ha dicho el cliente."),
    ("feedback", "offered", "nl", "Wil je het advies toelichten of bespreken? Dan kun je mij bellen."),
    (
        "feedback",
        "offered",
        "fr",
        "Si vous le souhaitez, vous pouvez solliciter un entretien de restitution afin de connaître "
        "l'appréciation du jury.",
    ),
    ("future", "not_mentioned", "es", "Te animamos a seguir preparándote."),
    ("future", "invited", "es", "Te animamos a seguir atento a nuestras próximas ofertas."),
    ("future", "invited", "en", "I'll be in touch as soon as I have something that fits your background better."),
    ("feedback", "offered", "pt", "Caso pretenda, podemos enviar-lhe um breve relatório com os resultados da prova."),
    ("feedback", "declined", "fr", "Nous ne sommes pas en mesure d'apporter un retour personnalisé à chacun."),
    (
        "future",
        "invited",
        "fr",
        "Votre CV est enregistré dans notre CVthèque et nous vous recontacterons si une opportunité en "
        "adéquation avec votre parcours venait à se présenter.",
    ),
    ("reason", "other_candidates", "en", "We have selected the candidate whose background best fits our needs."),
    ("future", "invited", "en", "We will hold on to your résumé and contact you if a position opens that suits you."),
    ("feedback", "offered", "en", "If it helps, I'm happy to go through the panel's comments with you on a call."),
    ("feedback", "offered", "en", "I'd be glad to share my notes from the interview if that's useful."),
    ("future", "invited", "en", "Please visit jobs.brookfell.example for an up to date list of openings."),
    ("future", "invited", "en", "This decision in no way rules out future applications."),
    ("future", "invited", "de", "Dies schließt eine zukünftige Bewerbung bei uns nicht aus."),
    ("future", "invited", "fr", "Cette décision n'exclut pas une future candidature de votre part."),
    ("future", "invited", "en", "Applicants will need to make a new application in the next recruitment round."),
    ("future", "not_mentioned", "en", "This does not rule out that the decision could be reviewed."),
    ("future", "invited", "en", "We would encourage you to apply for future roles with us."),
    ("future", "invited", "en", "Please do not hesitate to apply for other positions that match your skills."),
    ("future", "invited", "en", "We'd love to hear from you again when a suitable role comes up."),
    ("future", "invited", "en", "We hope you will consider applying with us again in the future."),
    (
        "future",
        "invited",
        "en",
        "Your details will remain on our system and we will be in touch if something suitable comes up.",
    ),
    ("future", "invited", "en", "We will keep your CV on file for future opportunities."),
    ("future", "invited", "en", "We'd welcome a future application from you."),
    ("future", "invited", "en", "We hope you'll apply again."),
    ("future", "invited", "en", "Don't let this discourage you from applying to future openings."),
    ("future", "invited", "en", "We'll be sure to reach out if a position opens up that matches your background."),
    ("future", "invited", "en", "If another role becomes available that fits your profile, we will let you know."),
    ("future", "invited", "en", "We would be happy to consider you for other openings."),
    ("future", "invited", "en", "Keep an eye on our website for new vacancies."),
    ("future", "invited", "en", "We invite you to check our job board regularly."),
    ("future", "invited", "en", "We'd be delighted to hear from you for any future vacancies."),
    ("future", "invited", "en", "You are welcome to reapply in six months."),
    ("future", "invited", "en", "You are welcome to apply again after 12 months."),
    ("future", "invited", "en", "We'd like to keep in touch with you for future opportunities."),
    ("future", "invited", "en", "Please continue to check our careers page."),
    ("future", "invited", "en", "We will retain your details and may contact you should a similar vacancy arise."),
    ("future", "invited", "en", "Should a suitable position become available, we'll contact you."),
    ("future", "invited", "en", "I'd be happy to keep you in mind for future roles."),
    ("future", "invited", "en", "We'd strongly encourage you to apply for the next cohort."),
    ("future", "invited", "en", "Your profile has been added to our talent community."),
    ("future", "invited", "en", "We would very much like to keep your resume for future reference."),
    ("future", "invited", "en", "We will certainly keep you in mind as new positions open up."),
    ("future", "invited", "en", "We'd be glad to see another application from you."),
    ("future", "invited", "en", "We look forward to receiving your application for future openings."),
    ("future", "invited", "en", "I hope you will consider Brookfell for your next career move."),
    ("future", "invited", "en", "We would be pleased to receive future applications from you."),
    ("future", "invited", "en", "We have added you to our list of candidates for upcoming vacancies."),
    ("future", "invited", "en", "I will let you know if any other suitable role comes up."),
    ("future", "invited", "en", "Other roles are advertised on our website and we'd love to see you apply."),
    ("future", "invited", "en", "We hope that you will not be discouraged from applying again."),
    ("future", "invited", "en", "This decision does not prevent you from applying for other vacancies."),
    ("future", "invited", "en", "Nothing stops you from applying again next year."),
    ("future", "invited", "en", "We'd be very happy to receive your application again in the future."),
    ("future", "not_mentioned", "en", "Thank you for applying."),
    ("future", "not_mentioned", "en", "We wish you every success in your future career."),
    ("future", "not_mentioned", "en", "Best of luck with your job search and future endeavours."),
    ("future", "not_mentioned", "en", "We hope you find a role that suits you."),
    ("future", "not_mentioned", "en", "Your data will be deleted after six months in accordance with GDPR."),
    ("future", "not_mentioned", "en", "We will not keep your CV on file."),
    ("future", "not_mentioned", "en", "We wish you all the best for the future."),
    ("future", "not_mentioned", "en", "Good luck in your future search."),
    ("future", "not_mentioned", "en", "I hope our paths cross again."),
    ("future", "not_mentioned", "en", "We received many applications for this role."),
    ("future", "not_mentioned", "en", "Please do not reply to this email."),
    ("future", "not_mentioned", "en", "You will not be able to apply for this vacancy again."),
    ("future", "invited", "de", "Gerne können Sie sich zukünftig erneut bei uns bewerben."),
    ("future", "invited", "de", "Wir ermutigen Sie, sich auf andere Stellen bei uns zu bewerben."),
    ("future", "invited", "de", "Bei einer passenden Vakanz melden wir uns gerne bei Ihnen."),
    ("future", "invited", "de", "Schauen Sie gerne regelmäßig auf unserer Karriereseite vorbei."),
    (
        "future",
        "invited",
        "de",
        "Wir würden uns freuen, Sie bei einer zukünftigen Ausschreibung wieder als Bewerber begrüßen zu dürfen.",
    ),
    ("future", "invited", "de", "Eine erneute Bewerbung zu einem späteren Zeitpunkt ist jederzeit willkommen."),
    ("future", "invited", "de", "Wir würden Ihre Unterlagen gerne für zukünftige Positionen in Evidenz halten."),
    ("future", "invited", "de", "Sollte sich eine passende Position ergeben, kommen wir gerne auf Sie zu."),
    ("future", "invited", "de", "Bewerben Sie sich gerne auf weitere ausgeschriebene Stellen."),
    ("future", "invited", "de", "Wir würden uns freuen, wieder von Ihnen zu hören."),
    ("future", "invited", "de", "Über eine erneute Bewerbung würden wir uns freuen."),
    ("future", "invited", "de", "Wir möchten Sie ermutigen, sich weiterhin bei uns zu bewerben."),
    ("future", "invited", "de", "Ihre Unterlagen speichern wir gerne für zukünftige Stellenbesetzungen."),
    ("future", "invited", "de", "Falls Sie einverstanden sind, nehmen wir Ihr Profil in unsere Datenbank auf."),
    ("future", "not_mentioned", "de", "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute."),
    ("future", "not_mentioned", "de", "Für Ihren weiteren Lebensweg wünschen wir Ihnen viel Erfolg."),
    ("future", "not_mentioned", "de", "Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht."),
    ("future", "invited", "fr", "Nous conservons votre candidature dans notre vivier."),
    (
        "future",
        "invited",
        "fr",
        "Nous ne manquerons pas de revenir vers vous si un poste correspondant à votre profil se libère.",
    ),
    ("future", "invited", "fr", "Nous vous encourageons à postuler à nouveau."),
    ("future", "invited", "fr", "Nous espérons avoir l'occasion de vous revoir lors d'un prochain recrutement."),
    ("future", "invited", "fr", "Votre CV reste dans notre base de données."),
    ("future", "invited", "fr", "Nous vous invitons à suivre nos prochaines offres."),
    (
        "future",
        "invited",
        "fr",
        "Nous reviendrons vers vous dès qu'une opportunité correspondant à votre profil se présentera.",
    ),
    ("future", "invited", "fr", "Nous serions heureux de recevoir une nouvelle candidature de votre part."),
    ("future", "invited", "fr", "Vous pouvez tout à fait postuler à d'autres offres."),
    ("future", "invited", "fr", "Nous gardons précieusement votre profil pour de futurs besoins."),
    ("future", "not_mentioned", "fr", "Nous vous souhaitons plein succès dans vos recherches."),
    ("future", "not_mentioned", "fr", "Nous vous souhaitons une bonne continuation dans votre parcours professionnel."),
    ("future", "invited", "es", "Te animamos a seguir atento a nuestras próximas ofertas."),
    ("future", "invited", "es", "Te tendremos en cuenta para futuras vacantes."),
    ("future", "invited", "es", "Esperamos volver a contar contigo en futuros procesos."),
    ("future", "invited", "es", "No dudes en volver a postularte."),
    ("future", "invited", "es", "Le invitamos a seguir consultando nuestra página de empleo."),
    ("future", "invited", "es", "Tu candidatura quedará en nuestra base de datos."),
    ("future", "invited", "es", "Mantendremos tu perfil activo para próximas oportunidades."),
    ("future", "invited", "es", "Puedes inscribirte en otras ofertas que publiquemos."),
    ("future", "not_mentioned", "es", "Le deseamos mucho éxito en su futuro profesional."),
    ("future", "not_mentioned", "es", "Te deseamos suerte en tu búsqueda."),
    ("future", "invited", "nl", "Wij nodigen je van harte uit om in de toekomst opnieuw te solliciteren."),
    ("future", "invited", "nl", "Met jouw toestemming houden we je cv graag in onze database."),
    (
        "future",
        "invited",
        "nl",
        "Mocht er in de toekomst een passende functie vrijkomen, dan nemen we contact met je op.",
    ),
    ("future", "invited", "nl", "We bewaren je gegevens graag in ons talentenbestand."),
    ("future", "invited", "nl", "Je bent van harte welkom om opnieuw te solliciteren."),
    ("future", "invited", "nl", "Blijf vooral onze vacatures volgen."),
    ("future", "invited", "nl", "We zouden het leuk vinden als je in de toekomst weer solliciteert."),
    ("future", "not_mentioned", "nl", "Wij wensen je veel succes bij je verdere zoektocht."),
    ("future", "not_mentioned", "nl", "We wensen je alle goeds voor de toekomst."),
    ("future", "invited", "pt", "Seu currículo ficará em nosso banco de talentos para futuras oportunidades."),
    ("future", "invited", "pt", "Incentivamos você a se candidatar a outras vagas."),
    ("future", "invited", "pt", "Fique atento às nossas próximas vagas."),
    ("future", "invited", "pt", "Entraremos em contato caso surja uma nova oportunidade."),
    ("future", "invited", "pt", "Esperamos contar com a sua participação em processos futuros."),
    ("future", "invited", "pt", "Convidamos você a acompanhar nossas vagas."),
    ("future", "invited", "pt", "O seu perfil continuará na nossa base de dados."),
    ("future", "not_mentioned", "pt", "Desejamos sucesso na sua carreira."),
    ("future", "not_mentioned", "pt", "Desejamos-lhe muito sucesso no futuro."),
    ("future", "invited", "it", "La terremo in considerazione per future opportunità."),
    ("future", "invited", "it", "Le consigliamo di continuare a seguire le nostre offerte di lavoro."),
    (
        "future",
        "invited",
        "it",
        "Qualora si presentasse un'opportunità in linea con il suo profilo, la ricontatteremo.",
    ),
    ("future", "invited", "it", "Il suo profilo resterà nel nostro database."),
    ("future", "invited", "it", "Saremo felici di valutare una sua futura candidatura."),
    ("future", "invited", "it", "La invitiamo a consultare periodicamente la sezione Lavora con noi."),
    ("future", "not_mentioned", "it", "Le auguriamo successo per il suo futuro professionale."),
    ("future", "not_mentioned", "it", "Le porgiamo i migliori auguri per la sua carriera."),
    ("feedback", "offered", "en", "I'd be happy to give you some feedback over the phone."),
    ("feedback", "offered", "en", "If you'd like a debrief, just let me know."),
    ("feedback", "offered", "en", "Happy to jump on a quick call to go through the interviewers' notes."),
    ("feedback", "offered", "en", "If you would find it helpful, we can share the panel's feedback with you."),
    ("feedback", "offered", "en", "Let me know if you would like to hear the team's thoughts."),
    ("feedback", "offered", "en", "Feedback is available on request."),
    ("feedback", "offered", "en", "I am more than happy to provide further detail on our decision."),
    ("feedback", "offered", "en", "Do reach out if you want more detail on how you did."),
    ("feedback", "offered", "en", "We can offer feedback if you email us within two weeks."),
    ("feedback", "offered", "en", "I'd welcome the chance to talk you through the feedback."),
    ("feedback", "offered", "en", "If you would like to know more about the reasons, please call me."),
    ("feedback", "offered", "en", "Our recruiters can provide feedback on your application upon request."),
    ("feedback", "offered", "en", "I've included some notes from the panel below."),
    ("feedback", "declined", "en", "Due to the volume of applications we are unable to provide individual feedback."),
    ("feedback", "declined", "en", "Unfortunately we cannot give feedback at this stage."),
    ("feedback", "declined", "en", "We regret that we are not able to offer personal feedback."),
    ("feedback", "declined", "en", "It is not our policy to give feedback on applications."),
    (
        "feedback",
        "declined",
        "en",
        "Because of the number of applications, we can't respond with feedback to each applicant.",
    ),
    ("feedback", "not_mentioned", "en", "Thank you for your feedback on our process."),
    ("feedback", "not_mentioned", "en", "We value candidate feedback and may send you a short survey."),
    ("feedback", "not_mentioned", "en", "Please let us know if you have any questions."),
    ("feedback", "offered", "de", "Gerne stehe ich Ihnen für ein kurzes Feedback zur Verfügung."),
    ("feedback", "offered", "de", "Falls Sie Fragen zu unserer Entscheidung haben, rufen Sie mich gerne an."),
    ("feedback", "offered", "de", "Wenn Sie möchten, gebe ich Ihnen gerne eine Rückmeldung zu Ihrem Interview."),
    (
        "feedback",
        "declined",
        "de",
        "Bitte haben Sie Verständnis, dass wir keine Gründe für unsere Entscheidung nennen können.",
    ),
    (
        "feedback",
        "declined",
        "de",
        "Aufgrund der Vielzahl an Bewerbungen können wir leider kein individuelles Feedback geben.",
    ),
    ("feedback", "offered", "fr", "Je me tiens à votre disposition pour vous faire un retour."),
    ("feedback", "offered", "fr", "Si vous souhaitez un retour sur votre candidature, n'hésitez pas à m'appeler."),
    ("feedback", "declined", "fr", "Nous ne sommes pas en mesure de vous fournir un retour individualisé."),
    (
        "feedback",
        "declined",
        "fr",
        "Compte tenu du nombre de candidatures, nous ne pouvons pas motiver notre décision.",
    ),
    ("feedback", "offered", "es", "Si quieres, podemos tener una breve llamada para comentarte la valoración."),
    ("feedback", "offered", "es", "Estoy disponible para darte feedback si lo deseas."),
    ("feedback", "declined", "es", "Debido al volumen de candidaturas, no podemos ofrecer feedback individual."),
    ("feedback", "offered", "nl", "Mocht je feedback willen, dan hoor ik het graag."),
    ("feedback", "offered", "nl", "Ik geef je graag telefonisch een toelichting."),
    ("feedback", "declined", "nl", "Helaas kunnen wij geen persoonlijke feedback geven."),
    ("feedback", "offered", "pt", "Se tiver interesse, posso compartilhar um feedback mais detalhado."),
    ("feedback", "declined", "pt", "Infelizmente não podemos fornecer feedback individual."),
    ("feedback", "offered", "it", "Sono disponibile per darle un riscontro telefonico."),
    ("feedback", "declined", "it", "Non ci è possibile fornire un riscontro individuale."),
    (
        "reason",
        "other_candidates",
        "en",
        "We have decided to move forward with other candidates whose experience more closely matches our needs.",
    ),
    ("reason", "other_candidates", "en", "We have offered the position to another applicant."),
    ("reason", "other_candidates", "en", "The successful candidate had more direct experience in retail banking."),
    ("reason", "other_candidates", "en", "We chose someone whose background was a closer fit."),
    ("reason", "other_candidates", "en", "Another candidate was a stronger match for the role."),
    ("reason", "other_candidates", "en", "We went with a candidate who has more experience in the sector."),
    (
        "reason",
        "other_candidates",
        "en",
        "The competition was very strong and others were better aligned to the brief.",
    ),
    ("reason", "other_candidates", "en", "We have selected candidates who more closely match the requirements."),
    (
        "reason",
        "other_candidates",
        "en",
        "We've decided to progress with applicants whose skills better match the role.",
    ),
    (
        "reason",
        "other_candidates",
        "en",
        "We had a very strong field and the panel felt other candidates were better suited.",
    ),
    ("reason", "experience", "en", "We are looking for someone with more experience in people management."),
    ("reason", "experience", "en", "Your experience does not yet match what the role requires."),
    ("reason", "experience", "en", "We felt you did not yet have the depth of experience in Python we need."),
    ("reason", "experience", "en", "The role needs more hands-on experience with Kubernetes than you showed."),
    ("reason", "experience", "en", "At this point we need someone more senior."),
    ("reason", "other_candidates", "de", "Wir haben uns für einen Kandidaten entschieden, dessen Profil besser passt."),
    ("reason", "other_candidates", "de", "Die Wahl fiel auf eine Bewerberin mit mehr Erfahrung."),
    ("reason", "other_candidates", "de", "Andere Bewerber entsprachen dem Anforderungsprofil noch besser."),
    (
        "reason",
        "other_candidates",
        "fr",
        "Nous avons retenu un candidat dont le profil correspond davantage à nos attentes.",
    ),
    ("reason", "other_candidates", "fr", "Notre choix s'est porté sur une autre candidature."),
    (
        "reason",
        "other_candidates",
        "es",
        "Hemos seleccionado a otro candidato cuyo perfil se ajusta más a lo que buscamos.",
    ),
    ("reason", "other_candidates", "es", "Nos hemos decantado por otra candidatura."),
    ("reason", "other_candidates", "nl", "We hebben gekozen voor een kandidaat die beter aansluit bij het profiel."),
    ("reason", "other_candidates", "nl", "De keuze is gevallen op een andere kandidaat."),
    ("reason", "other_candidates", "pt", "Optamos por outro candidato com um perfil mais alinhado."),
    ("reason", "other_candidates", "pt", "Selecionamos um candidato cujo perfil está mais próximo do que procuramos."),
    ("reason", "other_candidates", "it", "Abbiamo scelto un altro candidato con un profilo più in linea."),
    ("reason", "other_candidates", "it", "La scelta è ricaduta su un altro candidato."),
    ("future", "invited", "en", "We encourage you to continue to explore opportunities with us."),
    ("future", "invited", "en", "Please consider us in the future."),
    ("future", "invited", "en", "We'd be pleased to have you apply again."),
    ("future", "invited", "en", "You remain eligible to apply for other positions."),
    (
        "future",
        "invited",
        "en",
        "We'll keep your information in our system and may contact you if a relevant position arises.",
    ),
    ("future", "invited", "en", "We'd love to keep your profile in mind for upcoming roles."),
    (
        "future",
        "invited",
        "en",
        "Your application will remain active for 6 months and you may be considered for other roles.",
    ),
    ("future", "invited", "en", "We'd like to invite you to join our talent network."),
    ("future", "invited", "en", "Feel free to connect with me on LinkedIn to hear about future openings."),
    ("future", "invited", "en", "We'd be delighted if you applied for one of our other openings."),
    ("future", "invited", "en", "Don't hesitate to reach out if you see another role that interests you."),
    ("future", "invited", "en", "I'll be sure to flag your profile to colleagues if anything comes up."),
    ("future", "invited", "en", "You're welcome to re-apply once you have gained more experience."),
    (
        "future",
        "invited",
        "en",
        "If you are still interested, we would be happy to receive your application for the next intake.",
    ),
    ("future", "invited", "en", "We hope this won't be the last time we hear from you."),
    ("future", "not_mentioned", "en", "We'd like to thank you for your time."),
    ("future", "not_mentioned", "en", "We hope you'll keep us in mind as a customer."),
    ("future", "not_mentioned", "en", "Please feel free to follow us on social media."),
    ("future", "not_mentioned", "en", "We wish you the very best in your next role."),
    ("future", "not_mentioned", "en", "Good luck with applying to other companies."),
    ("future", "invited", "de", "Wir würden uns freuen, wenn wir Sie für andere Positionen in Betracht ziehen dürfen."),
    ("future", "invited", "de", "Gerne würden wir Ihre Daten für weitere Stellenangebote speichern."),
    ("future", "invited", "de", "Sie sind herzlich eingeladen, sich erneut zu bewerben."),
    ("future", "invited", "de", "Zögern Sie nicht, sich auf andere Stellen zu bewerben."),
    (
        "future",
        "invited",
        "fr",
        "Nous nous permettons de conserver votre candidature afin de vous contacter ultérieurement.",
    ),
    ("future", "invited", "fr", "Nous vous tiendrons informé de toute nouvelle opportunité."),
    ("future", "invited", "fr", "Votre profil pourra être étudié pour d'autres postes."),
    ("future", "not_mentioned", "fr", "Nous vous souhaitons bonne chance pour vos futures candidatures."),
    ("future", "invited", "es", "Tu perfil podrá ser considerado para futuras posiciones."),
    ("future", "invited", "es", "Te mantendremos informado de nuevas vacantes."),
    ("future", "invited", "es", "No dejes de consultar nuestras ofertas."),
    ("future", "invited", "nl", "Wij houden je cv graag in portefeuille."),
    ("future", "invited", "nl", "Aarzel niet om opnieuw te solliciteren."),
    ("future", "invited", "pt", "Seu perfil poderá ser considerado para futuras oportunidades."),
    ("future", "invited", "pt", "Vamos manter seus dados para futuros processos seletivos."),
    ("future", "invited", "pt", "Não deixe de acompanhar nossas vagas."),
    ("future", "invited", "pt", "Não hesite em candidatar-se a outras vagas."),
    ("future", "invited", "it", "Il suo curriculum resterà a disposizione per eventuali future ricerche."),
    ("future", "invited", "it", "Non esiti a candidarsi per altre posizioni."),
    ("future", "invited", "it", "Saremo lieti di valutare eventuali sue candidature future."),
    ("feedback", "offered", "en", "I'm available for a call next week if you'd like to hear more."),
    ("feedback", "offered", "en", "Please reach out to me directly for feedback."),
    ("feedback", "offered", "en", "Your recruiter will share detailed feedback with you by phone."),
    ("feedback", "offered", "en", "Below you'll find a summary of the panel's feedback."),
    ("feedback", "declined", "en", "Please understand that we cannot provide reasons for our decision."),
    ("reason", "other_candidates", "en", "We had an exceptionally strong pool of applicants."),
    ("reason", "other_candidates", "en", "The quality of applications was very high."),
    ("reason", "other_candidates", "en", "Competition for this role was fierce."),
    ("reason", "other_candidates", "en", "We received an overwhelming response to this advert."),
    ("reason", "experience", "en", "We felt that your experience was not quite aligned with what we need."),
]


@pytest.mark.parametrize(
    ("field", "expected", "language", "sentence"), CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}-{i}" for i, c in enumerate(CASES)]
)
def test_the_sentence_is_read(field: str, expected: str, language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert getattr(letter, field) == expected


# the step a letter says the candidate reached, or "application" where it names none
STAGES = [
    (
        "screen",
        "pt",
        "Agradecemos a sua presença na dinâmica de grupo. Buscamos quem tenha conhecimento de Excel avançado.",
    ),
    ("interview", "it", "La Commissione, a conclusione dei colloqui svolti, ha individuato la rosa dei candidati."),
    ("screen", "fr", "Vous avez passé le 6 octobre les épreuves de sélection pour le poste."),
    # coming in to meet the team is an interview (the issue: no "final round" claim from it); the day is on-site
    ("interview", "en", "Thank you for coming in to meet the team last Thursday."),
    ("final", "en", "Thank you for coming in to meet the team; we appreciated the energy you put into the day."),
    ("interview", "en", "Thanks again for coming in for a second interview with our team last week."),
    ("interview", "en", "Since your interview, the committee has completed its review of all finalists."),
    ("final", "en", "You were one of two finalists for the role."),
    ("screen", "it", "Grazie per la chiacchierata telefonica della scorsa settimana."),
    ("screen", "pt", "Obrigado por participar da dinâmica de grupo. Foi muito bom conhecer você."),
    ("interview", "nl", "Even een terugkoppeling na je gesprek van donderdag bij mijn opdrachtgever."),
    ("screen", "en", "Thank you for taking the time to speak with me on Tuesday."),
    ("screen", "en", "It was great chatting with you earlier this week."),
    ("screen", "en", "Thanks for completing the HireVue video assessment."),
    ("screen", "en", "Thank you for submitting the take-home assignment."),
    ("screen", "en", "Thanks again for the initial call with our talent team."),
    ("screen", "en", "Thank you for your time on the phone yesterday."),
    ("screen", "en", "We appreciated the effort you put into the case study."),
    ("screen", "en", "Thank you for completing the coding challenge."),
    ("screen", "en", "Following our recent phone conversation, we have decided not to move forward."),
    ("screen", "en", "Thank you for the screening call last week."),
    ("screen", "en", "Thank you for completing our online application questionnaire and situational judgement test."),
    ("interview", "en", "It was a pleasure meeting you during the interview process."),
    ("interview", "en", "Thank you for interviewing with us for the Data Analyst role."),
    ("interview", "en", "We enjoyed our conversation during your interview on Monday."),
    ("interview", "en", "Thanks for taking the time to interview with Brookfell."),
    ("interview", "en", "Following your second-round interview, the panel has made its decision."),
    ("interview", "en", "We really enjoyed getting to know you over the course of the interviews."),
    ("interview", "en", "Thank you for meeting with Priya and Tom on Friday."),
    ("interview", "en", "The panel enjoyed meeting you last week."),
    ("interview", "en", "Thank you for your time and effort throughout the interview process."),
    (
        "interview",
        "en",
        "After careful consideration following your interview, we have decided to go with another candidate.",
    ),
    ("final", "en", "Thank you for attending the final interview with our CEO."),
    ("final", "en", "You were one of two finalists for the role."),
    ("final", "en", "Thank you for making it to the final stage of our process."),
    ("final", "en", "Thank you for coming onsite to meet the whole team."),
    ("final", "en", "It came down to you and one other candidate in the last round."),
    ("final", "en", "Thank you for your presentation to the board at the final stage."),
    ("application", "en", "We have reviewed your CV carefully."),
    ("application", "en", "After reviewing your application, we will not be taking it further."),
    ("application", "en", "Unfortunately you have not been shortlisted for interview."),
    ("application", "en", "We will not be inviting you to an interview."),
    ("application", "en", "Your application did not progress to the interview stage."),
    ("screen", "de", "Vielen Dank für das nette Telefonat letzte Woche."),
    ("screen", "de", "Danke, dass Sie an unserem Online-Assessment teilgenommen haben."),
    ("screen", "de", "Vielen Dank für das erste Kennenlerngespräch per Video."),
    ("screen", "de", "Vielen Dank für die Bearbeitung der Fallstudie."),
    ("interview", "de", "Vielen Dank für das Vorstellungsgespräch am Montag."),
    ("interview", "de", "Wir haben uns gefreut, Sie im Gespräch kennenzulernen."),
    ("interview", "de", "Nach dem zweiten Gespräch haben wir uns für eine andere Bewerberin entschieden."),
    ("interview", "de", "Vielen Dank für Ihren Besuch bei uns und die interessanten Gespräche."),
    ("final", "de", "Vielen Dank für das abschließende Gespräch mit der Geschäftsführung."),
    ("final", "de", "Sie waren in der engeren Auswahl bis zur letzten Runde."),
    ("application", "de", "Wir haben Ihre Unterlagen sorgfältig geprüft."),
    ("application", "de", "Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen."),
    ("screen", "fr", "Merci pour notre échange téléphonique de la semaine dernière."),
    ("screen", "fr", "Merci d'avoir réalisé l'étude de cas."),
    ("screen", "fr", "Merci pour le premier entretien téléphonique."),
    ("interview", "fr", "Merci d'être venu nous rencontrer dans nos locaux."),
    ("interview", "fr", "Suite à notre entretien du 12 mars, nous avons pris notre décision."),
    ("interview", "fr", "Nous avons été ravis de vous rencontrer lors de l'entretien."),
    ("final", "fr", "Merci pour votre participation à l'entretien final."),
    ("final", "fr", "Vous faisiez partie des finalistes pour ce poste."),
    ("application", "fr", "Après étude de votre dossier, nous ne pouvons donner suite."),
    ("screen", "es", "Gracias por la llamada de la semana pasada."),
    ("screen", "es", "Gracias por realizar la prueba técnica."),
    ("screen", "es", "Gracias por la entrevista telefónica del martes."),
    ("interview", "es", "Gracias por venir a conocernos a la oficina."),
    ("interview", "es", "Tras la entrevista con el equipo, hemos decidido seguir con otro candidato."),
    ("interview", "es", "Fue un placer conocerte en la entrevista."),
    ("final", "es", "Gracias por participar en la última fase del proceso."),
    ("final", "es", "Llegaste a la fase final del proceso de selección."),
    ("screen", "nl", "Bedankt voor het telefonische gesprek van dinsdag."),
    ("screen", "nl", "Dank voor het maken van de assessment."),
    ("screen", "nl", "Bedankt voor het videogesprek van vorige week."),
    ("interview", "nl", "Bedankt voor het sollicitatiegesprek van maandag."),
    ("interview", "nl", "Na het tweede gesprek hebben we gekozen voor een andere kandidaat."),
    ("interview", "nl", "Bedankt dat je langskwam voor een kennismaking met het team."),
    ("final", "nl", "Bedankt voor het laatste gesprek met de directie."),
    ("final", "nl", "Je was een van de twee finalisten."),
    ("screen", "pt", "Obrigado pela conversa por telefone na semana passada."),
    ("screen", "pt", "Obrigado por realizar o teste online."),
    ("screen", "pt", "Agradecemos a sua participação na dinâmica de grupo."),
    ("interview", "pt", "Obrigado por ter vindo à entrevista presencial."),
    ("interview", "pt", "Foi um prazer conhecê-la na entrevista."),
    ("interview", "pt", "Após as entrevistas, optamos por outro candidato."),
    ("final", "pt", "Obrigado por participar da etapa final do processo seletivo."),
    ("final", "pt", "Você chegou à última etapa do processo."),
    ("screen", "it", "Grazie per aver svolto il test online."),
    ("screen", "it", "Grazie per la videochiamata conoscitiva."),
    ("interview", "it", "Grazie per essere venuto al colloquio presso la nostra sede."),
    ("interview", "it", "È stato un piacere conoscerla durante il colloquio."),
    ("interview", "it", "Dopo il secondo colloquio abbiamo scelto un altro candidato."),
    ("final", "it", "Grazie per aver partecipato al colloquio finale."),
    ("final", "it", "Lei è arrivata all'ultima fase della selezione."),
]


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), STAGES, ids=[f"{c[1]}-{c[0]}-{i}" for i, c in enumerate(STAGES)]
)
def test_the_stage_is_read(expected: str, language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.stage == expected


# whether the message is a rejection, from its one decision sentence (or a look-alike that decides nothing)
DECISIONS = [
    (
        True,
        "pt",
        "A senhora ficou classificada em 3º lugar; como há uma única vaga, a contratação será feita com a candidata "
        "classificada em 1º lugar.",
    ),
    (
        False,
        "de",
        "Leider müssen wir Ihr Gespräch am Dienstag absagen; als Ersatztermin schlagen wir Montag, 9:30 Uhr, vor.",
    ),
    (
        False,
        "it",
        "Siamo lieti di proporLe l'assunzione con contratto a tempo indeterminato, come da lettera di assunzione "
        "allegata; purtroppo non è possibile lavorare interamente da remoto.",
    ),
    (False, "en", "Unfortunately we can't respond to individual comments, but the short survey takes two minutes."),
    (True, "pt", "Dessa forma, o senhor não foi classificado para a etapa de entrevista."),
    (True, "es", "Nuestro cliente ya ha tomado la decisión y, finalmente, no has sido la persona elegida."),
    (True, "es", "Dicho puntaje no alcanza para ocupar el cargo, que fue adjudicado a la persona con mayor puntaje."),
    (True, "it", "La S.V. non è stata inclusa nella rosa dei candidati ammessi al colloquio."),
    (True, "fr", "Nous sommes au regret de vous informer que votre candidature n'a pas été sélectionnée."),
    (True, "en", "We interviewed many candidates and have selected the candidate whose background best fits."),
    (True, "en", "We regret to inform you that you have not been selected for this position."),
    (True, "en", "We have decided to pursue candidates whose qualifications better meet our needs."),
    (True, "en", "Regrettably, we will not be offering you the position."),
    (True, "en", "Your application has not been successful on this occasion."),
    (True, "en", "We've decided not to move forward with your candidacy."),
    (True, "en", "We are unable to offer you a position at this time."),
    (True, "en", "We have made the decision to move forward with another applicant."),
    (True, "en", "You were not selected to move on to the next phase of the process."),
    (True, "en", "After careful review, we have decided to decline your application."),
    (True, "en", "We will not be pursuing your application further."),
    (True, "en", "Unfortunately, we've filled the role."),
    (True, "en", "At this stage we will not be proceeding with your application."),
    (True, "en", "While your background is impressive, it is not the right match for this role."),
    (True, "en", "We have now filled the position and will not be taking any further applications forward."),
    (True, "en", "Following a review of all applications, we regret that you have not been short-listed."),
    (True, "en", "We won't be able to take things further this time."),
    (True, "en", "I'm sorry to say that we've decided to hire another candidate."),
    (True, "en", "The hiring team has decided not to advance your application."),
    (True, "en", "Unfortunately, your application didn't make it through our screening."),
    (True, "en", "We've decided not to extend an offer."),
    (True, "en", "On this occasion we will not be progressing you to the next stage."),
    (True, "en", "Sadly, this time it's a no."),
    (True, "en", "We're going to pass on your application for now."),
    (True, "en", "We have chosen not to move forward."),
    (True, "en", "It was a tough decision, but we have decided to go in a different direction."),
    (True, "en", "Your application for this role has been declined."),
    (True, "en", "We regret that your application was not successful."),
    (True, "en", "We do not have a place for you on this year's programme."),
    (True, "en", "The position has been offered to a candidate whose skills more closely match our requirements."),
    (True, "en", "You did not meet the minimum requirements for this role."),
    (True, "en", "We have decided that you will not progress further in the recruitment process."),
    (True, "en", "Your candidacy will not be moving forward."),
    (True, "en", "The committee has decided not to recommend you for appointment."),
    (True, "en", "After reviewing the results, you did not reach the pass mark for the assessment."),
    (False, "en", "We are pleased to invite you to the next stage of our process."),
    (False, "en", "Your application is still under consideration and we will update you next week."),
    (False, "en", "We regret the delay in getting back to you; the panel is still reviewing applications."),
    (False, "en", "Thank you for applying; we will be in touch if your profile matches."),
    (False, "en", "We're excited to offer you the role of Data Analyst."),
    (False, "en", "Please let us know your availability for an interview."),
    (False, "en", "Could you confirm whether you are still interested in the role?"),
    (False, "en", "We have a new role that might suit you: Senior Data Analyst in Leeds."),
    (False, "en", "We are unable to process your application until you upload your CV."),
    (True, "de", "Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben."),
    (True, "de", "Wir bedauern, Ihnen keine Zusage geben zu können."),
    (True, "de", "Ihre Bewerbung hat uns leider nicht überzeugt."),
    (True, "de", "Wir haben uns entschieden, den Prozess mit anderen Kandidaten fortzusetzen."),
    (True, "de", "Leider ist unsere Wahl nicht auf Sie gefallen."),
    (True, "de", "Wir müssen Ihnen heute leider eine Absage erteilen."),
    (True, "de", "Die Stelle wurde bereits besetzt."),
    (True, "de", "Leider passt Ihr Profil nicht zu unseren Anforderungen."),
    (True, "de", "Wir können Ihre Bewerbung im weiteren Verfahren leider nicht berücksichtigen."),
    (True, "de", "Sie sind leider nicht in die engere Auswahl gekommen."),
    (False, "de", "Gerne laden wir Sie zu einem Vorstellungsgespräch ein."),
    (False, "de", "Ihre Bewerbung befindet sich noch in Prüfung."),
    (True, "fr", "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue."),
    (True, "fr", "Après examen attentif, nous ne pouvons pas donner une suite favorable à votre candidature."),
    (True, "fr", "Nous avons décidé de privilégier d'autres profils."),
    (True, "fr", "Votre profil ne correspond pas aux exigences du poste."),
    (True, "fr", "Malheureusement, nous ne poursuivrons pas le processus avec vous."),
    (True, "fr", "Le poste a déjà été pourvu."),
    (True, "fr", "Nous avons le regret de ne pas pouvoir retenir votre candidature."),
    (False, "fr", "Nous avons le plaisir de vous inviter à un entretien."),
    (False, "fr", "Votre candidature est en cours d'examen."),
    (True, "es", "Lamentamos informarte que no has sido seleccionado para el puesto."),
    (True, "es", "Tras valorar tu candidatura, hemos decidido no continuar con el proceso."),
    (True, "es", "En esta ocasión, tu perfil no se ajusta a lo que buscamos."),
    (True, "es", "Hemos decidido seguir adelante con otros candidatos."),
    (True, "es", "La vacante ya ha sido cubierta."),
    (True, "es", "No podemos ofrecerte el puesto."),
    (False, "es", "Nos complace invitarte a una entrevista."),
    (False, "es", "Tu candidatura sigue en proceso de revisión."),
    (True, "nl", "Helaas moeten wij je laten weten dat we je niet hebben geselecteerd."),
    (True, "nl", "Na zorgvuldige overweging hebben we besloten om met andere kandidaten verder te gaan."),
    (True, "nl", "Je profiel sluit onvoldoende aan bij de functie-eisen."),
    (True, "nl", "De vacature is inmiddels ingevuld."),
    (True, "nl", "Wij kunnen je helaas geen aanbod doen."),
    (True, "nl", "Je bent helaas afgevallen in de eerste selectieronde."),
    (False, "nl", "Graag nodigen wij je uit voor een gesprek."),
    (False, "nl", "Je sollicitatie is in behandeling."),
    (True, "pt", "Informamos que não seguiremos com a sua candidatura."),
    (True, "pt", "Após análise, o seu perfil não foi selecionado para a próxima etapa."),
    (True, "pt", "Decidimos avançar com outros candidatos."),
    (True, "pt", "Neste momento, não daremos continuidade ao seu processo."),
    (True, "pt", "Infelizmente, você não foi aprovado nesta etapa."),
    (False, "pt", "Temos o prazer de convidá-lo para uma entrevista."),
    (False, "pt", "A sua candidatura está em análise."),
    (True, "it", "Siamo spiacenti di comunicarle che la sua candidatura non è stata accolta."),
    (True, "it", "Abbiamo deciso di procedere con altri profili."),
    (True, "it", "Il suo profilo non è in linea con i requisiti della posizione."),
    (True, "it", "La posizione è già stata assegnata."),
    (True, "it", "Non siamo in grado di offrirle la posizione."),
    (False, "it", "Siamo lieti di invitarla a un colloquio."),
    (False, "it", "La sua candidatura è in fase di valutazione."),
]


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), DECISIONS, ids=[f"{c[1]}-{c[0]}-{i}" for i, c in enumerate(DECISIONS)]
)
def test_the_decision_is_read(expected: bool, language: str, sentence: str) -> None:
    letter = drafter.parse(decision_letter(language, sentence))
    assert letter.language == language
    assert letter.is_rejection is expected, letter.kind


# the stated reason, one sentence each, in the contract's terms (not_stated where none is given)
REASONS = [
    ("experience", "fr", "Vos résultats à l'épreuve pratique sont inférieurs au niveau minimum attendu."),
    ("experience", "en", "The client has been very clear that they need hands-on Siemens TIA Portal programming."),
    ("other_candidates", "fr", "À l'issue des entretiens, le jury a proposé la candidature d'une autre personne."),
    ("role_closed", "en", "Yesterday our board approved a revised budget, and this position has been removed from it."),
    ("role_closed", "it", "Al momento non ci sono cattedre né spezzoni disponibili per la Sua classe di concorso."),
    (
        "role_closed",
        "fr",
        "Aucun poste correspondant à votre profil n'étant ouvert actuellement, nous ne pouvons y donner suite.",
    ),
    ("role_closed", "en", "We have no suitable vacancies available at the moment."),
    ("role_closed", "de", "Derzeit ist leider keine passende Stelle bei uns frei."),
    ("experience", "de", "Für die Stelle ist die Approbation zum Stellenantritt am 1. Februar zwingend erforderlich."),
    ("experience", "en", "A full UK driving licence is essential for this role."),
    ("logistics", "en", "A valid work permit is required for this role."),
    ("other_candidates", "nl", "We hebben ervoor gekozen om verder te gaan met de kandidaten die het best scoorden."),
    ("other_candidates", "nl", "Er waren heel wat sterke deelnemers."),
    ("not_stated", "es", "Una vez finalizado el proceso, su candidatura no ha resultado seleccionada."),
    (
        "not_stated",
        "pt",
        "Agradecemos o seu interesse no programa de trainees e a disponibilidade demonstrada no processo.",
    ),
    ("experience", "en", "We were looking for someone with more experience in enterprise sales."),
    ("experience", "en", "Your skills are not quite what we need for this role right now."),
    (
        "experience",
        "en",
        "The role requires at least five years of management experience, which your CV does not show.",
    ),
    ("experience", "en", "We felt your technical skills are not yet at the level this role needs."),
    ("experience", "en", "Your experience is more junior than this position requires."),
    ("experience", "en", "We need someone who can hit the ground running with Salesforce."),
    ("experience", "en", "You did not meet the essential criteria in the person specification."),
    ("experience", "en", "The panel felt you were not yet ready for a role at this level."),
    ("experience", "en", "Your application did not demonstrate the required knowledge of GDPR."),
    ("experience", "en", "We are looking for a candidate with a stronger background in finance."),
    ("experience", "en", "We did not feel your experience aligns with the needs of the team."),
    ("experience", "en", "You do not hold the professional qualification the role requires."),
    ("other_candidates", "en", "We received a very high number of applications for this role."),
    ("other_candidates", "en", "We had over 300 applicants for this position."),
    ("other_candidates", "en", "The standard of applicants was exceptionally high."),
    ("other_candidates", "en", "It was an extremely competitive process."),
    ("other_candidates", "en", "We have selected a candidate who more closely matches our requirements."),
    ("other_candidates", "en", "Other candidates had more relevant experience."),
    (
        "other_candidates",
        "en",
        "We have decided to move forward with a candidate whose experience more closely aligns with the role.",
    ),
    ("other_candidates", "en", "We decided to proceed with applicants who better fit our current needs."),
    ("other_candidates", "en", "The field of candidates was very strong this year."),
    ("position_filled", "en", "The position has now been filled."),
    ("position_filled", "en", "We have filled the role internally."),
    ("position_filled", "en", "The vacancy has been filled."),
    ("role_closed", "en", "We have decided not to fill the position at this time."),
    ("role_closed", "en", "The role has been put on hold due to budget changes."),
    ("role_closed", "en", "Due to a restructure, the position is no longer available."),
    ("role_closed", "en", "We have had to cancel this vacancy."),
    ("role_closed", "en", "The hiring for this role has been paused."),
    ("role_closed", "en", "Due to a hiring freeze, we are not able to proceed with any candidates."),
    ("role_closed", "en", "The position has been withdrawn."),
    ("logistics", "en", "Unfortunately we are not able to sponsor visas for this role."),
    ("logistics", "en", "The role requires relocation to Leeds, which you indicated you could not do."),
    ("logistics", "en", "Your salary expectations are above the budget for this role."),
    ("logistics", "en", "We need someone who can start in January, and your notice period is too long."),
    ("logistics", "en", "This role is based on site five days a week, which does not match your availability."),
    ("not_stated", "en", "We appreciate the time you took to apply."),
    ("not_stated", "en", "We know this is not the news you were hoping for."),
    ("not_stated", "en", "This was a difficult decision."),
    ("experience", "de", "Ihr Profil entspricht leider nicht unseren Anforderungen."),
    ("experience", "de", "Für diese Position suchen wir jemanden mit mehr Führungserfahrung."),
    ("experience", "de", "Leider fehlen Ihnen die geforderten Kenntnisse in SAP."),
    ("other_candidates", "de", "Wir haben sehr viele Bewerbungen erhalten."),
    ("other_candidates", "de", "Andere Bewerber passten besser zum Anforderungsprofil."),
    ("role_closed", "de", "Die Stelle wird aus internen Gründen nicht besetzt."),
    ("role_closed", "de", "Die Ausschreibung wurde zurückgezogen."),
    ("position_filled", "de", "Die Stelle ist bereits vergeben."),
    ("experience", "fr", "Votre profil ne correspond pas tout à fait à nos attentes."),
    ("experience", "fr", "Nous recherchons un profil plus expérimenté."),
    ("other_candidates", "fr", "Nous avons reçu de très nombreuses candidatures."),
    ("other_candidates", "fr", "D'autres candidats correspondaient davantage au profil recherché."),
    ("role_closed", "fr", "Le recrutement pour ce poste a été suspendu."),
    ("experience", "es", "Tu perfil no se ajusta a los requisitos del puesto."),
    ("experience", "es", "Buscamos a alguien con más experiencia en el sector."),
    ("other_candidates", "es", "Hemos recibido un gran número de candidaturas."),
    ("other_candidates", "es", "Otros candidatos se ajustaban mejor al perfil."),
    ("role_closed", "es", "El proceso de selección ha sido cancelado."),
    ("experience", "nl", "Je profiel sluit niet aan bij de functie-eisen."),
    ("experience", "nl", "We zoeken iemand met meer ervaring in projectmanagement."),
    ("other_candidates", "nl", "We hebben veel sollicitaties ontvangen."),
    ("other_candidates", "nl", "Andere kandidaten sloten beter aan bij het profiel."),
    ("role_closed", "nl", "De vacature is ingetrokken."),
    ("experience", "pt", "O seu perfil não corresponde aos requisitos da vaga."),
    ("experience", "pt", "Procuramos alguém com mais experiência na área."),
    ("other_candidates", "pt", "Recebemos um grande número de candidaturas."),
    ("other_candidates", "pt", "Outros candidatos tinham um perfil mais adequado."),
    ("role_closed", "pt", "O processo seletivo foi cancelado."),
    ("experience", "it", "Il suo profilo non corrisponde ai requisiti richiesti."),
    ("experience", "it", "Cerchiamo una persona con maggiore esperienza nel settore."),
    ("other_candidates", "it", "Abbiamo ricevuto un elevato numero di candidature."),
    ("other_candidates", "it", "Altri candidati erano più in linea con il profilo."),
    ("role_closed", "it", "La selezione è stata sospesa."),
]


@pytest.mark.parametrize(
    ("expected", "language", "sentence"), REASONS, ids=[f"{c[1]}-{c[0]}-{i}" for i, c in enumerate(REASONS)]
)
def test_the_reason_is_read(expected: str, language: str, sentence: str) -> None:
    letter = _letter(language, sentence)
    assert letter.language == language
    assert letter.reason == expected


# the job title as the letter states it, where a sentence goes on after it or the subject says more
ROLES = [
    (
        "de",
        "",
        "Vielen Dank für Ihre Bewerbung als Kaufmann für Spedition und Logistikdienstleistung und Ihr Interesse.",
        "Kaufmann für Spedition und Logistikdienstleistung",
    ),
    (
        "de",
        "",
        "Danke für Ihre Bewerbung als Mediengestalterin Digital und Print bei uns.",
        "Mediengestalterin Digital und Print",
    ),
    (
        "en",
        "Update on your Brookfell Foods application",
        "Thank you for completing the video interview for our Supply Chain Graduate Scheme.",
        "Supply Chain Graduate Scheme",
    ),
    (
        "nl",
        "",
        "Voor de functie van Teamleider Technische Dienst gaan ze dus niet met je verder.",
        "Teamleider Technische Dienst",
    ),
    (
        "it",
        "",
        "Le confermo che la selezione per la posizione di Addetto alla Contabilità Fornitori si è conclusa.",
        "Addetto alla Contabilità Fornitori",
    ),
    (
        "pt",
        "",
        "Obrigado por participar do processo para a vaga de Supervisor de Loja na última segunda-feira.",
        "Supervisor de Loja",
    ),
    (
        "de",
        "Ihre Bewerbung: Assistenzarzt Innere Medizin",
        "Danke für Ihr Interesse an einer Stelle als Assistenzarzt in unserer Klinik.",
        "Assistenzarzt Innere Medizin",
    ),
    (
        "es",
        "",
        "Gracias por tu interés en el puesto de técnico de mantenimiento industrial.",
        "técnico de mantenimiento industrial",
    ),
]


@pytest.mark.parametrize(
    ("language", "subject", "sentence", "expected"), ROLES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ROLES)]
)
def test_the_role_is_read(language: str, subject: str, sentence: str, expected: str) -> None:
    greeting, _, decision, sign_off = LETTER[language]
    head = f"Subject: {subject}\n\n" if subject else ""
    letter = drafter.parse(f"{head}{greeting}\n\n{sentence}\n\n{decision}\n\n{sign_off}\n")
    assert letter.role == expected


def test_a_title_on_a_line_of_its_own_ends_at_the_line() -> None:
    text = (
        "Ihre Bewerbung als Projektleiterin Regulatory Affairs\n\nSehr geehrte Frau Berg\n\n"
        "Leider haben wir uns für eine andere Kandidatin entschieden.\n\nFreundliche Grüsse\n\nJan Roth\n"
    )
    assert drafter.parse(text).role == "Projektleiterin Regulatory Affairs"


def test_a_consultant_signs_with_her_name_and_title_and_an_enclosure_line_is_no_company() -> None:
    es = (
        "Estimada Laura:\n\nLamentamos informarle de que no seguiremos adelante con su candidatura.\n\n"
        "Reciba un cordial saludo,\n\nRocío Valdemoro\nConsultora Senior\nBrookfell Consulting\n"
    )
    letter = drafter.parse(es)
    assert (letter.sender_name, letter.sender_title) == ("Rocío Valdemoro", "Consultora Senior")
    de = (
        "Sehr geehrte Frau Berg\n\nLeider haben wir uns für eine andere Kandidatin entschieden.\n\n"
        "Freundliche Grüsse\n\nBrookfell Medtech AG\n\nJan Roth\nLeiter Personal\n\nBeilage: Bewerbungsunterlagen\n"
    )
    assert drafter.parse(de).company == "Brookfell Medtech"


def test_a_greeting_drafter_has_no_word_for_still_opens_the_letter() -> None:
    text = (
        "Kia ora Aroha,\n\nI've heard back from the client about the analyst opening: unfortunately they have "
        "decided not to take your application further. If it would help, I'm happy to go through their "
        "comments with you on a call.\n\n"
        "----- pasted letter -----\n\nDear Liam,\n\nWe require someone with more on-the-job experience.\n\n"
        "Graham Pocock\nIT Operations Manager\n"
    )
    letter = drafter.parse(text)
    assert letter.candidate_name == "Aroha"
    assert letter.feedback == "offered"


@pytest.mark.parametrize("verdict", ["Rejected", "Not selected.", "Leider abgelehnt.", "Non retenue"])
def test_a_reply_that_is_the_verdict_alone_is_a_rejection(verdict: str) -> None:
    text = (
        "From: Lee Hart <lee.hart@brookfell.example>\nSubject: Re: Thank you - Data Analyst interview\n"
        "To: Sam Berg <sam@mail.example>\n\n"
        f"{verdict}\n\nOn Mon, 3 Nov 2025 at 10:15, Sam Berg <sam@mail.example> wrote:\n> Dear Lee,\n>\n"
        "> Thank you for speaking with me on Friday about the Data Analyst role.\n>\n> Regards,\n> Sam\n"
    )
    letter = drafter.parse(text)
    assert letter.is_rejection
    assert letter.sender_name == "Lee Hart"


# the employer, from the signature, a team line, the From name or a cue in the letter
COMPANIES = [
    (
        "Brookfell Primary School",
        "Brookfell Primary School\n\nDear Sam,\n\nI am sorry to tell you that we will not be offering you the post. "
        "Thank you for your interest in Brookfell.\n\nYours sincerely,\nLee Hart\nHeadteacher\n",
    ),
    (
        "Brookfell",
        "Sehr geehrte Frau Berg,\n\naufgrund der Vielzahl an Bewerbungen können wir Sie bei der Vergabe unserer "
        "Ausbildungsplätze leider nicht berücksichtigen.\n\nMit freundlichen Grüßen\nJan Roth\nBrookfell GmbH\n",
    ),
    (
        "Brookfell Foods",
        "From: Brookfell Foods Early Careers <no-reply@ats.brookfellfoods.example>\nSubject: Your application\n\n"
        "Dear Sam,\n\nUnfortunately, we will not be progressing your application.\n\nKind regards,\n"
        "Brookfell Foods Early Careers Team\n",
    ),
    (
        "Brookfell Foods",
        "Subject: Update on your Brookfell Foods application\n\nDear Sam,\n\nThank you for completing the video "
        "interview for our Supply Chain Graduate Scheme. Unfortunately, we will not be progressing your application."
        "\n\nKind regards,\nBrookfell Foods Early Careers Team\n",
    ),
    (
        "Manufacturas del Bajío",
        "Estimada Laura:\n\nAgradecemos su interés en formar parte de Manufacturas del Bajío y el tiempo dedicado. "
        "Lamentamos comunicarle que no seguiremos adelante con su candidatura.\n\nAtentamente,\nMarta Gil\n",
    ),
    (
        "Sabor da Serra Alimentos",
        "Olá, Thiago!\n\nInfelizmente decidimos seguir com outros candidatos.\n\nUm abraço,\nEquipe de Gente\n"
        "Sabor da Serra Alimentos\n",
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nBest regards,\n\nThe Brookfell Talent Team\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nBest regards,\nLee Hart\nTalent Partner | Brookfell\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nBest regards,\nLee Hart\nBrookfell | Talent Acquisition\n"
        ),
    ),
    (
        "Brookfell",
        (
            "From: Brookfell Recruiting <jobs@brookfell.example>\nSubject: Your application\n\nDear Sam,\n"
            "\nThank you for applying for the Data Analyst role. Unfortunately we will not be taking your "
            "application further.\n\nKind regards,\nThe team\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nWarm wishes,\nYour friends at Brookfell\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nCheers,\nLee Hart\nHead of People, Brookfell\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nRegards,\nLee Hart\nRecruitment Team\nBrookfell Ltd\n1 "
            "High Street, Leeds\n"
        ),
    ),
    (
        "Brookfell Analytics",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst role. Unfortunately we will not be "
            "taking your application further.\n\nRegards,\nLee Hart on behalf of Brookfell Analytics\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for your interest in Brookfell and the Data Analyst role. "
            "Unfortunately we will not be taking your application further.\n\nBest,\nLee\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Dear Sam,\n\nThank you for applying for the Data Analyst position at Brookfell. Unfortunately "
            "we have decided to move forward with other candidates.\n\nBest,\nLee Hart\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung bei der Brookfell GmbH. Leider "
            "müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.\n\nMit "
            "freundlichen Grüßen\nJan Roth\nPersonalabteilung\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Brookfell. Nous sommes au "
            "regret de ne pas pouvoir donner une suite favorable à votre candidature.\n\nCordialement,\n"
            "Élise Martin\nResponsable RH\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Estimada Laura:\n\nGracias por tu interés en formar parte de Brookfell. Lamentamos "
            "comunicarte que no seguiremos adelante con tu candidatura.\n\nUn saludo,\nMarta Gil\nEquipo "
            "de Selección\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Beste Sanne,\n\nBedankt voor je sollicitatie bij Brookfell. Helaas hebben wij besloten niet "
            "verder te gaan met je sollicitatie.\n\nMet vriendelijke groet,\nDaan Vos\nRecruiter\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Cara Ana,\n\nAgradecemos o seu interesse em fazer parte da Brookfell. Infelizmente, não vamos "
            "avançar com a sua candidatura.\n\nAtenciosamente,\nRita Lopes\nRecrutamento\n"
        ),
    ),
    (
        "Brookfell",
        (
            "Gentile Sig.ra Russo,\n\nLa ringraziamo per l'interesse dimostrato verso Brookfell. Purtroppo "
            "non potremo proseguire con la sua candidatura.\n\nCordiali saluti,\nElena Sartori\nUfficio "
            "Risorse Umane\n"
        ),
    ),
]


@pytest.mark.parametrize(("expected", "text"), COMPANIES, ids=[f"company-{i}" for i in range(len(COMPANIES))])
def test_the_company_is_read(expected: str, text: str) -> None:
    assert drafter.parse(text).company == expected


SIGNATURES = [
    (
        "Ufficio Risorse Umane\ndott.ssa Paola Riva\nResponsabile Risorse Umane",
        "Paola Riva",
        "Responsabile Risorse Umane",
    ),
    ("Il Responsabile Risorse Umane\nDott. Franco Pesenti", "Franco Pesenti", "Responsabile Risorse Umane"),
    ("Florencia\nFlorencia Gaitán\nLíder de Talento | Pampa Digital", "Florencia Gaitán", "Líder de Talento"),
]


@pytest.mark.parametrize(("block", "name", "title"), SIGNATURES, ids=[f"signature-{i}" for i in range(len(SIGNATURES))])
def test_the_signer_and_title_are_read(block: str, name: str, title: str) -> None:
    decision = "Purtroppo non potremo proseguire con la sua candidatura."
    text = f"Gentile Sig.ra Russo,\n\n{decision}\n\nCordiali saluti,\n\n{block}\n"
    letter = drafter.parse(text)
    assert (letter.sender_name, letter.sender_title) == (name, title)
