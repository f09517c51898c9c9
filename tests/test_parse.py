"""The rule-based parser, table-driven, on letters written for these tests (all names invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import drafter
from drafter.cli import main
from drafter.models import LABELLED_KEYS

EN_FINAL = """Subject: Your interview for Platform Engineer at Kestrel Data

Hi Marta,

Thank you for coming in last week for the final round interviews for the Platform Engineer
role. Jun and Olga really enjoyed meeting you.

After a lot of discussion we have decided to move forward with another candidate. I would be
happy to share some feedback on a short call if that helps.

We'll keep your details on file and reach out when a similar role opens up.

Best,
Tom Fischer
Engineering Recruiter | Kestrel Data
tom.fischer@kestreldata.com
"""

EN_SCREEN_VISA = """Hello Ravi,

Thanks for taking the time for the phone screen yesterday about the Data Scientist position at
Pellucid Health.

Unfortunately we are not able to move forward, as the role requires the right to work in the UK
and we cannot offer visa sponsorship.

Kind regards,
Alice Moreau
Talent Partner
Pellucid Health Ltd
"""

EN_CLOSED = """Dear Sam Okafor,

I am writing about your application for the Product Manager position (Job ID: PM-7781). The
position has been cancelled due to budget changes, so we will not be proceeding with any
candidates.

We are unable to provide individual feedback.

Regards,
Hiring Team
Greyfield Foods
"""

EN_FILLED = """Dear Ms. Chen,

Thank you for interviewing with us for the Office Manager role. I regret to let you know that
the position has been filled.

Sincerely,
Dana Whitlock
HR Manager
"""

EN_EXPERIENCE = """Hi Leo,

Thank you for completing the coding assessment for the Backend Developer role at Mintora.
Unfortunately, your submission did not meet the bar we set for this level, so we will not be
moving forward.

Good luck with your search,
Mintora Recruiting
"""

DE_LETTER = """Betreff: Ihre Bewerbung als Projektleiter Bau (m/w/d), Referenznummer 44-210

Sehr geehrter Herr Krüger,

vielen Dank für Ihr Interesse und das angenehme Vorstellungsgespräch bei der Baumann Hochbau GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.
Gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf.

Mit freundlichen Grüßen

Sabine Vogt
Personalleiterin
Baumann Hochbau GmbH
"""

FR_LETTER = """Objet : Votre candidature au poste de Chargée de communication

Madame Lefèvre,

Nous vous remercions pour votre candidature au poste de Chargée de communication chez Maison
Delorme. Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
votre candidature n'a pas été retenue. Nous avons reçu de nombreuses candidatures.

Nous vous souhaitons une pleine réussite dans vos recherches.

Cordialement,
Julien Marchand
Responsable recrutement
Maison Delorme SAS
"""

ES_LETTER = """Asunto: Proceso de selección para Ingeniera de Datos

Estimada Carmen:

Gracias por participar en la entrevista para el puesto de Ingeniera de Datos en Soluciones
Tajo. Lamentamos comunicarle que hemos decidido continuar con otros candidatos.

Conservaremos su currículum en nuestra base de datos para futuras vacantes.

Un saludo,
Pablo Ortega
Responsable de Selección
Soluciones Tajo S.L.
"""

NL_LETTER = """Onderwerp: Je sollicitatie als Marketingmanager

Beste Femke,

Bedankt voor je sollicitatie als Marketingmanager bij Groenveld Media. Helaas moeten we je
laten weten dat we hebben gekozen voor een andere kandidaat, omdat we op zoek zijn naar iemand
met meer ervaring in B2B-marketing.

We wensen je veel succes.

Met vriendelijke groet,
Daan de Vries
Recruiter
Groenveld Media B.V.
"""

PT_LETTER = """Assunto: Candidatura para Analista Financeiro

Olá João,

Agradecemos o seu interesse na vaga de Analista Financeiro na Lusitânia Seguros. Infelizmente,
a sua candidatura não foi selecionada para a próxima fase, pois a vaga já foi preenchida.

Guardaremos o seu currículo no nosso banco de talentos.

Atenciosamente,
Mariana Costa
Recrutadora
Lusitânia Seguros
"""

IT_LETTER = """Oggetto: Candidatura per la posizione di Sviluppatore Frontend

Gentile Giulia,

grazie per aver sostenuto il colloquio per la posizione di Sviluppatore Frontend presso
Officine Brera. Purtroppo abbiamo deciso di proseguire con altri candidati il cui profilo è più
in linea con le nostre esigenze.

Cordiali saluti,
Luca Bianchi
Responsabile Selezione
Officine Brera S.r.l.
"""

INVITATION = """Subject: Interview invitation - Sales Associate

Dear Priyanka,

Thank you for applying to Northwind Outfitters. We would like to invite you to an interview for
the Sales Associate role on Monday at 10:00. Please confirm your availability.

Best regards,
Chris Doyle
Store Manager
"""

OFFER = """Dear Ahmed,

Congratulations! We are delighted to offer you the position of Junior Accountant at Brookline
Partners. Please find the offer letter attached.

Best wishes,
Ellen Park
"""

ACK = """Subject: We have received your application

Hi Noor,

Thanks for applying to the QA Engineer role at Vantablue. We have received your application and
our team will review it within two weeks. Unfortunately we cannot reply to every applicant
individually, so if you have not heard from us within 30 days, please assume you were not
selected.

The Vantablue Talent Team
"""

OUTREACH = """Hi Jonas,

I came across your profile on LinkedIn and I'm reaching out about an exciting opportunity as a
Staff Engineer with one of our clients. Would you be open to a quick chat this week?

Cheers,
Mia
"""

ALERT = """Subject: 12 new jobs matching your search

New jobs for you based on your profile: Data Analyst at Finbridge, BI Developer at Castellan.

Unsubscribe from these job alerts at any time.
"""

NOT_A_PERSON = """Subject: Your application

Dear Applicant,

Thank you for your interest. After reviewing your resume we will not be progressing your
application.

Regards,
Talent Acquisition
"""


DECISION = "Unfortunately we have decided to move forward with other candidates."


def contract(text: str, **kwargs: object) -> dict[str, object]:
    return drafter.parse(text, **kwargs).contract()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN_FINAL,
            {
                "language": "en",
                "company": "Kestrel Data",
                "role": "Platform Engineer",
                "candidate_name": "Marta",
                "sender_name": "Tom Fischer",
                "sender_title": "Engineering Recruiter",
                "reply_address": "tom.fischer@kestreldata.com",
                "stage": "final",
                "reason": "other_candidates",
                "feedback": "offered",
                "future": "invited",
            },
        ),
        (
            EN_SCREEN_VISA,
            {
                "company": "Pellucid Health",
                "role": "Data Scientist",
                "candidate_name": "Ravi",
                "sender_name": "Alice Moreau",
                "sender_title": "Talent Partner",
                "stage": "screen",
                "reason": "logistics",
                "feedback": "not_mentioned",
                "future": "not_mentioned",
            },
        ),
        (
            EN_CLOSED,
            {
                "company": "Greyfield Foods",
                "role": "Product Manager",
                "requisition_id": "PM-7781",
                "candidate_name": "Sam Okafor",
                "sender_name": None,
                "reason": "role_closed",
                "feedback": "declined",
            },
        ),
        (
            EN_FILLED,
            {
                "candidate_name": "Chen",
                "sender_name": "Dana Whitlock",
                "sender_title": "HR Manager",
                "role": "Office Manager",
                "stage": "interview",
                "reason": "position_filled",
                "company": None,
            },
        ),
        (
            EN_EXPERIENCE,
            {
                "company": "Mintora",
                "role": "Backend Developer",
                "sender_name": None,
                "stage": "screen",
                "reason": "experience",
            },
        ),
        (
            DE_LETTER,
            {
                "language": "de",
                "company": "Baumann Hochbau",
                "role": "Projektleiter Bau",
                "requisition_id": "44-210",
                "candidate_name": "Krüger",
                "sender_name": "Sabine Vogt",
                "sender_title": "Personalleiterin",
                "stage": "interview",
                "reason": "other_candidates",
                "future": "invited",
            },
        ),
        (
            FR_LETTER,
            {
                "language": "fr",
                "company": "Maison Delorme",
                "role": "Chargée de communication",
                "candidate_name": "Lefèvre",
                "sender_name": "Julien Marchand",
                "sender_title": "Responsable recrutement",
                "stage": "application",
                "reason": "other_candidates",
                "future": "not_mentioned",
            },
        ),
        (
            ES_LETTER,
            {
                "language": "es",
                "company": "Soluciones Tajo",
                "role": "Ingeniera de Datos",
                "candidate_name": "Carmen",
                "sender_name": "Pablo Ortega",
                "sender_title": "Responsable de Selección",
                "stage": "interview",
                "reason": "other_candidates",
                "future": "invited",
            },
        ),
        (
            NL_LETTER,
            {
                "language": "nl",
                "company": "Groenveld Media",
                "role": "Marketingmanager",
                "candidate_name": "Femke",
                "sender_name": "Daan de Vries",
                "sender_title": "Recruiter",
                "stage": "application",
                "reason": "experience",
                "future": "not_mentioned",
            },
        ),
        (
            PT_LETTER,
            {
                "language": "pt",
                "company": "Lusitânia Seguros",
                "role": "Analista Financeiro",
                "candidate_name": "João",
                "sender_name": "Mariana Costa",
                "sender_title": "Recrutadora",
                "reason": "position_filled",
                "future": "invited",
            },
        ),
        (
            IT_LETTER,
            {
                "language": "it",
                "company": "Officine Brera",
                "role": "Sviluppatore Frontend",
                "candidate_name": "Giulia",
                "sender_name": "Luca Bianchi",
                "sender_title": "Responsabile Selezione",
                "stage": "interview",
                "reason": "other_candidates",
            },
        ),
        (
            NOT_A_PERSON,
            {
                "candidate_name": None,
                "sender_name": None,
                "company": None,
                "stage": "application",
                "reason": "not_stated",
            },
        ),
    ],
    ids=[
        "en-final",
        "en-screen-visa",
        "en-closed",
        "en-filled",
        "en-test-failed",
        "de",
        "fr",
        "es",
        "nl",
        "pt",
        "it",
        "anonymous",
    ],
)
def test_rejection_fields(text: str, expected: dict[str, object]) -> None:
    got = contract(text)
    assert got["is_rejection"] is True
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [(INVITATION, "en"), (OFFER, "en"), (ACK, "en"), (OUTREACH, "en"), (ALERT, "en")],
    ids=["invitation", "offer", "acknowledgement", "outreach", "job-alert"],
)
def test_non_rejections(text: str, language: str) -> None:
    got = contract(text)
    assert got["is_rejection"] is False
    assert got["language"] == language
    assert (got["stage"], got["reason"], got["feedback"], got["future"]) == (
        "unknown",
        "not_stated",
        "not_mentioned",
        "not_mentioned",
    )


def test_interviewers_are_named_people_met_not_sender_or_candidate() -> None:
    letter = drafter.parse(EN_FINAL)
    assert letter.interviewers == ["Jun", "Olga"]
    assert drafter.parse(EN_SCREEN_VISA).interviewers == []


def test_subject_and_message_id_are_kept() -> None:
    letter = drafter.parse(EN_FINAL)
    assert letter.subject == "Your interview for Platform Engineer at Kestrel Data"


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Dear [First Name],", None),
        ("Dear {{first_name}},", None),
        ("Good morning,", None),
        ("Dear Hiring Candidate,", None),
        ("Hi there,", None),
        ("Dear Dr. Anna Weber,", "Anna Weber"),
        ("Hola, María José Pérez:", "María José Pérez"),
        ("Geachte heer Jansen,", "Jansen"),
        ("Gentile Dott.ssa Rossi,", "Rossi"),
        ("Prezada Sra. Ana Lima,", "Ana Lima"),
        ("Bonjour Madame Martin,", "Martin"),
    ],
)
def test_candidate_name_from_greeting(greeting: str, name: str | None) -> None:
    text = f"{greeting}\n\n{DECISION}\n\nBest regards,\nKim Lee\n"
    assert drafter.parse(text).candidate_name == name


def test_to_header_gives_the_fuller_name() -> None:
    text = (
        "From: Kim Lee <kim@acme-labs.com>\nTo: Priya Nair <priya@example.org>\n"
        f"Subject: Update\n\nHi Priya,\n\n{DECISION}\n\nKim\n"
    )
    letter = drafter.parse(text)
    assert letter.candidate_name == "Priya Nair"
    assert letter.reply_address == "kim@acme-labs.com"
    assert letter.company == "Acme Labs"


@pytest.mark.parametrize(
    ("headers", "body_extra", "expected"),
    [
        ("From: Jobs <no-reply@acme.com>\nReply-To: talent@acme.com\n", "", "talent@acme.com"),
        ("From: Acme Careers <donotreply@acme.com>\n", "", None),
        (
            "From: Acme Careers <donotreply@acme.com>\n",
            "Questions? Contact privacy@acme.com.\n",
            None,
        ),
        (
            "From: Acme <notifications@greenhouse.io>\n",
            "If you would like feedback, email jo.diaz@acme.com.\n",
            "jo.diaz@acme.com",
        ),
        ("", "Kim Lee\nkim.lee@acme.com\n", "kim.lee@acme.com"),
    ],
)
def test_reply_address_rules(headers: str, body_extra: str, expected: str | None) -> None:
    text = f"{headers}Subject: Your application\n\nDear Jo,\n\n{DECISION}\n\n{body_extra}"
    assert drafter.parse(text).reply_address == expected


def test_ats_vendor_is_never_the_company() -> None:
    text = (
        "From: Workday <noreply@myworkday.com>\nSubject: Your application\n\n"
        f"Dear Jo,\n\n{DECISION}\n\nRecruiting Team\n"
    )
    assert drafter.parse(text).company is None


def test_cli_parse_json_prints_the_contract(tmp_path, capsys) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(DE_LETTER, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == list(drafter.models.CONTRACT_KEYS)
    assert data["kind"] == "rejection" and list(drafter.models.LABELLED_KEYS) == list(data)[:13]
    assert data["language"] == "de" and data["company"] == "Baumann Hochbau"


def test_cli_parse_exits_3_for_a_non_rejection(tmp_path, capsys) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(INVITATION, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["is_rejection"] is False


# Letters written for these tests (tests/letters/NAME.txt + NAME.json, same label rules as the
# shared development set): agency outreach, offers, alerts, forwards, on-behalf signatures.
OWN_LETTERS = sorted(p for p in (Path(__file__).parent / "letters").iterdir() if p.suffix in (".txt", ".eml"))


@pytest.mark.parametrize("letter", OWN_LETTERS, ids=[p.stem for p in OWN_LETTERS])
def test_own_labelled_letters(letter: Path) -> None:
    label = json.loads(letter.with_suffix(".json").read_text(encoding="utf-8"))
    got = drafter.parse(letter).contract()
    keys = LABELLED_KEYS if label["is_rejection"] else ("is_rejection", "language")
    assert {k: got[k] for k in keys} == {k: label[k] for k in keys}


@pytest.mark.parametrize(
    ("signature", "name", "title", "company"),
    [
        (
            "Thanks,\n--\nJane Doe (she/her)\nSenior Recruiter at Globex\n",
            "Jane Doe",
            "Senior Recruiter",
            "Globex",
        ),
        (
            "Best,\nJane\n\nJane Doe | Talent Partner | Globex\n",
            "Jane Doe",
            "Talent Partner",
            "Globex",
        ),
        (
            "Mit freundlichen Grüßen\n\ni. A. Jan Kurz\nPersonalreferent\nGlobex GmbH\n",
            "Jan Kurz",
            "Personalreferent",
            "Globex",
        ),
        ("Kind regards,\nThe Recruiting Team at Globex\n", None, None, "Globex"),
        ("Regards,\nHiring Manager\n", None, "Hiring Manager", None),
        ("Cheers, Jane\n", "Jane", None, None),
        (
            "Speak soon,\nDan Whitcombe\nSenior Consultant | Ridgeway\n07700 900 318\n",
            "Dan Whitcombe",
            "Senior Consultant",
            "Ridgeway",
        ),
    ],
)
def test_signature_shapes(signature: str, name: str | None, title: str | None, company: str | None) -> None:
    text = f"Hi Ana,\n\n{DECISION}\n\n{signature}"
    letter = drafter.parse(text)
    got = (letter.sender_name, letter.sender_title, letter.company)
    assert got == (name, title, company)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have decided to move in a different direction.",
        "We will not be progressing your application.",
        "You were not shortlisted for this role.",
        "We won't be able to offer you the position.",
        "We have decided to extend an offer to another candidate.",
        "Die Stelle wurde inzwischen anderweitig besetzt.",
        "Nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.",
        "Hemos decidido no continuar con tu candidatura.",
        "Helaas hebben we besloten om niet verder te gaan met je sollicitatie.",
        "Infelizmente, não foi selecionado para esta vaga.",
        "Abbiamo deciso di non proseguire con la sua candidatura.",
        "The position has been offered to another candidate.",
        "Thank you for applying; we've gone with someone else.",
        "We're passing on your application for now.",
        "Ihre Bewerbung war leider nicht erfolgreich.",
        "Nous ne sommes pas en mesure de donner suite à votre candidature.",
        "Hemos decidido seguir adelante con otros candidatos.",
        "Não avançaremos com a sua candidatura.",
        "Abbiamo scelto un altro candidato per la posizione.",
    ],
)
def test_rejection_phrasings(sentence: str) -> None:
    assert drafter.parse(f"Dear Ana,\n\n{sentence}\n\nKim Lee\n").is_rejection is True


def test_hedged_acknowledgement_is_not_a_rejection() -> None:
    text = (
        "Dear Applicant,\n\nThank you for your interest. We have received a large number of "
        "applications and regret that we cannot respond to each individually. If you have not "
        "heard from us within 4 weeks, please assume that your application has been "
        "unsuccessful.\n\nHR Team\n"
    )
    assert drafter.parse(text).is_rejection is False


def test_possessive_company_name() -> None:
    text = f"Hi Jo,\n\nThank you for interviewing at Acme's London office. {DECISION}\n\nKim\n"
    assert drafter.parse(text).company == "Acme"


# Messages that are not rejections, in every language, some saying "unfortunately".
OTHER_MESSAGES = {
    "de-invite": (
        "Sehr geehrte Frau Koch,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu "
        "einem Vorstellungsgespräch am 12. Mai um 10 Uhr einladen. Bitte bestätigen Sie den "
        "Termin.\n\nMit freundlichen Grüßen\nAnna Weiß"
    ),
    "fr-invite": (
        "Bonjour Paul,\n\nSuite à votre candidature, nous souhaitons vous inviter à un "
        "entretien le mardi 3 juin à 14h. Merci de nous confirmer votre "
        "disponibilité.\n\nCordialement,\nJulie"
    ),
    "es-ack": (
        "Hola Marta:\n\nHemos recibido correctamente su candidatura para el puesto de "
        "Contable. Será revisada por nuestro equipo y nos pondremos en contacto con usted si "
        "su perfil encaja.\n\nUn saludo,\nRecursos Humanos"
    ),
    "nl-offer": (
        "Beste Sem,\n\nGefeliciteerd! Wij zijn blij je een aanbod te doen voor de functie "
        "van Projectleider. In de bijlage vind je het contract.\n\nMet vriendelijke "
        "groet,\nLotte"
    ),
    "pt-ack": (
        "Olá Ana,\n\nRecebemos a sua candidatura para a vaga de Designer. Ela será analisada "
        "pela nossa equipa nas próximas semanas.\n\nCumprimentos,\nEquipa de Recrutamento"
    ),
    "it-invite": (
        "Gentile Luca,\n\nla ringraziamo per la candidatura. Saremmo lieti di invitarla a un "
        "colloquio presso la nostra sede il 5 giugno.\n\nCordiali saluti,\nGiulia"
    ),
    "en-ack-unfortunately": (
        "Hi Sam,\n\nThanks for applying! We have received your application and will review "
        "it shortly. Unfortunately, due to the high volume of applications, only shortlisted "
        "candidates will be contacted.\n\nThe Hiring Team"
    ),
    "en-consent": (
        "Dear Applicant,\n\nWe would like to keep your details in our talent pool for future "
        "opportunities. Unfortunately we can only do so with your consent. Please click the "
        "link below to confirm.\n\nRecruiting Team"
    ),
    "en-reschedule": (
        "Hi Jo,\n\nUnfortunately our hiring manager is sick on Thursday, so we need to "
        "reschedule your interview. Could you do Monday at 2pm instead? We'd like to invite "
        "you to pick a new slot.\n\nThanks,\nKim"
    ),
    "en-next-round": (
        "Hi Jo,\n\nGreat news - we'd like to move you forward to the next round! Please "
        "schedule your technical interview using the link below.\n\nBest,\nKim"
    ),
    "en-outreach-filled": (
        "Hi Jo,\n\nI came across your profile and think you'd be a great fit for a Senior "
        "Data role at one of our clients. Are you open to a quick chat?\n\nBest,\nMia"
    ),
    "en-alert": ("New jobs for you: 10 Product Manager jobs in London. Based on your profile. Unsubscribe."),
}


@pytest.mark.parametrize("name", list(OTHER_MESSAGES))
def test_other_messages_are_not_rejections(name: str) -> None:
    letter = drafter.parse(OTHER_MESSAGES[name])
    assert letter.is_rejection is False
    assert letter.language == name.split("-")[0]


@pytest.mark.parametrize(
    ("sentence", "role", "company"),
    [
        (
            "Thank you for your application for the role of Marketing Coordinator.",
            "Marketing Coordinator",
            None,
        ),
        ("We appreciate your interest in working with us as a Barista.", "Barista", None),
        ("Thank you for your candidacy for Director of Sales.", "Director of Sales", None),
        ("I'm writing about the Product Designer (Contract) role.", "Product Designer", None),
        ("Thank you for your interest in a career with Acme Corp.", None, "Acme"),
        ("On behalf of the team at Brightside, thank you for applying.", None, "Brightside"),
        ("Thank you for responding to our advertisement for a Bookkeeper.", "Bookkeeper", None),
        ("Thanks for answering our advertisement for a Bookkeeper and for your care.", "Bookkeeper", None),
        (
            "Application for: Environmental Health Officer (Post no. EHO-3321)\n\nThank you.",
            "Environmental Health Officer",
            None,
        ),
        ("Vous avez postulé à notre offre d'emploi « Comptable fournisseurs ».", "Comptable fournisseurs", None),
    ],
)
def test_role_and_company_phrasings(sentence: str, role: str | None, company: str | None) -> None:
    letter = drafter.parse(f"Hi Jo,\n\n{sentence} {DECISION}\n\nBest,\nKim Lee\n")
    assert (letter.role, letter.company) == (role, company)


def test_the_signature_gives_the_fuller_company_name() -> None:
    text = (
        f"Hi Jo,\n\n{DECISION} You are welcome to apply for other openings at Tallis.\n\n"
        "Best,\nKim Lee\nHR Manager\nTallis Systems\n"
    )
    assert drafter.parse(text).company == "Tallis Systems"


def test_an_agency_names_its_client_without_the_word_client() -> None:
    text = (
        "Hi Lucy,\n\nI've just heard back from Marlowe Engineering about your second interview. "
        "Unfortunately they've decided not to take things further.\n\nSpeak soon,\nDan Whitcombe\n"
        "Senior Consultant | Ridgeway Recruitment\n"
    )
    letter = drafter.parse(text)
    assert (letter.company, letter.sender_name) == ("Marlowe Engineering", "Dan Whitcombe")


def test_post_number_is_a_requisition_id() -> None:
    text = f"Dear Imran\n\nApplication for: Environmental Health Officer (Post no. EHO-3321)\n\n{DECISION}\n"
    assert drafter.parse(text).requisition_id == "EHO-3321"


def test_company_from_the_signature_address_domain() -> None:
    text = f"Hi Jo,\n\n{DECISION}\n\nJane Doe | Recruiter | jane@acme-labs.com\n"
    letter = drafter.parse(text)
    assert (letter.company, letter.reply_address) == ("Acme Labs", "jane@acme-labs.com")


def test_company_name_in_the_subject_is_not_a_role() -> None:
    assert drafter.parse(f"Subject: Your Acme application\n\nHi Jo,\n\n{DECISION}\n").role is None


# --- general rules, each with phrasings written for these tests -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # "move ahead / on with a candidate", "appoint another"
        "After some thought we've decided to move ahead with a candidate from our internal pool.",
        "The committee decided to proceed with an applicant whose background is closer to the brief.",
        "The board has decided to appoint another candidate to the post.",
        "We are moving forward with someone else for this opening.",
        "Thanks for your time last week. We've decided to move on with another applicant.",
        "We have now gone with a different finalist.",
        # "unable to consider further", "stop the process here"
        "As a result we are unable to consider your application further.",
        "Without the certificate we cannot take it any further.",
        "I'm sorry, but we need to end the process here.",
        # "not filling the role", "decided not to extend an offer"
        "We're not filling the analyst position this year after all.",
        "The team has decided not to extend an offer at this time.",
        # a filled post is a decision in any language
        "The role of Site Manager has now been filled.",
        "Le poste de chef de projet a été pourvu entre-temps.",
        "La posizione di analista è stata nel frattempo assegnata.",
        "El puesto de enfermero ya ha sido cubierto.",
    ],
)
def test_rejection_families(sentence: str) -> None:
    assert drafter.parse(f"Dear Ana,\n\n{sentence}\n\nKim Lee\n").is_rejection is True


def test_text_on_the_greeting_line_is_read() -> None:
    text = "Hey Ana - just a short note: we've decided to go with someone else for the role.\n\nKim\n"
    assert drafter.parse(text).is_rejection is True


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo,\n\nGood news: we'd like you to take the next step, a short online test. "
        "Unfortunately the link expires in 5 days.\n\nKim\n",
        "Hi Jo,\n\nWe'd like you to complete a take-home task. Unfortunately we cannot move the deadline.\n\nKim\n",
        "Hi Jo,\n\nA quick update: our process is taking longer than expected. Unfortunately two "
        "panel members are away, but your application is still under consideration.\n\nKim\n",
        "Beste Jo,\n\nHelaas loopt de procedure vertraging op. Uw sollicitatie is nog in behandeling.\n\nGroet,\nKim\n",
        "Hi Jo,\n\nThanks for applying. Unfortunately we cannot proceed until we receive your "
        "references, so please send them this week.\n\nKim\n",
        "Hi Jo,\n\nWe can't take this further without your signed consent form. Please sign and return it.\n\nKim\n",
        "Job alert: the Data Analyst job you viewed has been filled. Similar jobs based on your "
        "profile: Data Engineer, BI Analyst.\n",
        "Hi Jo,\n\nUnfortunately I need to move our interview to Friday. Does 10am work?\n\nKim\n",
        "Hallo Jo,\n\nwir würden Sie gerne zu einem Vorstellungsgespräch einladen. Leider ist nur "
        "Dienstag möglich.\n\nViele Grüße\nKim\n",
        "Bonjour Paul,\n\nMalheureusement, le processus prend plus de temps que prévu. Votre "
        "candidature est toujours en cours d'examen.\n\nCordialement,\nJulie\n",
        "Ciao Luca,\n\npurtroppo i tempi si sono allungati: la tua candidatura è ancora in fase di "
        "valutazione.\n\nUn saluto,\nGiulia\n",
    ],
)
def test_updates_and_invitations_saying_unfortunately_are_not_rejections(text: str) -> None:
    assert drafter.parse(text).is_rejection is False


# One decision sentence per language, so that short test letters are read in their language.
DECIDED = {
    "en": "Dear Ana,\n\nThank you for your time. We have decided to move forward with other "
    "candidates. {}\n\nKim Lee\n",
    "de": "Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an unserem "
    "Unternehmen. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin "
    "entschieden haben. {}\n\nMit freundlichen Grüßen\nKim Lee\n",
    "fr": "Bonjour Ana,\n\nNous vous remercions pour votre candidature et pour le temps que vous nous "
    "avez consacré. Nous avons retenu un autre candidat pour ce poste. {}\n\nCordialement,\nKim Lee\n",
    "es": "Hola Ana:\n\nGracias por tu interés en nuestra empresa y por el tiempo que nos has dedicado. "
    "Hemos decidido seguir adelante con otros candidatos para este puesto. {}\n\nUn saludo,\nKim Lee\n",
    "pt": "Olá Ana,\n\nObrigado pelo seu interesse na nossa empresa e pelo tempo que nos dedicou. "
    "Infelizmente, optamos por outros candidatos para esta vaga. {}\n\nCumprimentos,\nKim Lee\n",
    "it": "Gentile Ana,\n\nla ringraziamo per l'interesse dimostrato verso la nostra azienda e per il "
    "tempo che ci ha dedicato. Purtroppo abbiamo scelto un altro candidato per questa posizione. "
    "{}\n\nCordiali saluti,\nKim Lee\n",
    "nl": "Beste Ana,\n\nBedankt voor je interesse in ons bedrijf en voor de tijd die je voor ons "
    "hebt genomen. Helaas gaan we niet verder met je sollicitatie. {}\n\nMet vriendelijke groet,\n"
    "Kim Lee\n",
}


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        # a stage the candidate was not moved on to is not the stage reached
        ("After our call, we won't be moving you to the technical interviews.", "screen"),
        ("Unfortunately your test score was below the level needed to progress to the interview stage.", "screen"),
        ("Having reviewed your take-home, we will not be inviting you to an onsite.", "screen"),
        ("Thanks for taking my call on Monday. Having reflected on our conversation, we won't proceed.", "screen"),
        # final round, hyphenated
        ("Thanks for the last-stage conversation with our CTO. We've decided not to extend an offer.", "final"),
        # a review of qualifications is the application stage
        ("We have reviewed your qualifications and decided to pursue other candidates.", "application"),
    ],
)
def test_stage_rules(sentence: str, stage: str) -> None:
    letter = drafter.parse(f"Dear Ana,\n\n{sentence}\n\nKim Lee\n")
    assert letter.is_rejection is True
    assert letter.stage == stage


@pytest.mark.parametrize(
    ("language", "sentence", "stage"),
    [
        ("de", "Nach dem Telefoninterview können wir Sie nicht zum Vorstellungsgespräch einladen.", "screen"),
        ("pt", "O resultado do teste técnico não permite avançar para a fase de entrevistas.", "screen"),
        ("es", "Gracias por participar en la fase final del proceso.", "final"),
        ("fr", "Merci d'avoir participé à la dernière étape de notre processus.", "final"),
    ],
)
def test_stage_rules_in_other_languages(language: str, sentence: str, stage: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.is_rejection, letter.stage) == (language, True, stage)


def test_our_conversation_after_a_phone_call_is_the_call() -> None:
    text = (
        "Beste Jo,\n\nBedankt voor het telefonische gesprek van vrijdag. Helaas gaan we niet verder "
        "met je sollicitatie. Bel gerust als je meer wilt weten over ons gesprek.\n\nGroet,\nKim\n"
    )
    assert drafter.parse(text).stage == "screen"


@pytest.mark.parametrize(
    ("language", "sentence", "reason"),
    [
        ("en", "The owners cut our budget, so we are not filling the role after all.", "role_closed"),
        ("de", "Im Zuge einer Umstrukturierung wird die Stelle vorerst nicht zu besetzen sein.", "role_closed"),
        ("en", "We are not able to sponsor a work visa, so we cannot move forward.", "logistics"),
        ("es", "La incorporación debe ser inmediata y no estarías disponible hasta mayo.", "logistics"),
        ("it", "La RAL richiesta è al di sopra del budget.", "logistics"),
        ("en", "The panel felt you don't yet have enough experience managing managers.", "experience"),
        ("en", "Unfortunately your solution didn't meet the bar we set.", "experience"),
        ("de", "Sie haben die Mindestpunktzahl im Test nicht erreicht.", "experience"),
        ("es", "Para el puesto es imprescindible un nivel C1 de inglés.", "experience"),
    ],
)
def test_reason_rules(language: str, sentence: str, reason: str) -> None:
    # the reason outranks the "other candidates" decision each letter opens with
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.is_rejection, letter.reason) == (language, True, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have decided to offer the position to another finalist.",
        "Aufgrund der Vielzahl guter Bewerbungen haben wir uns für eine andere Bewerberin entschieden.",
    ],
)
def test_other_candidates_rules(sentence: str) -> None:
    assert drafter.parse(f"Dear Ana,\n\n{sentence}\n\nKim Lee\n").reason == "other_candidates"


@pytest.mark.parametrize(
    ("language", "sentence", "feedback"),
    [
        ("en", "The panel felt your system design answers lacked depth.", "offered"),
        ("en", "Some specific points from the reviewers' notes: the tests were thin.", "offered"),
        ("en", "Since you asked for pointers: your case study ran long.", "offered"),
        ("de", "Gerne gebe ich Ihnen in einem kurzen Telefonat ein ausführliches Feedback.", "offered"),
        ("es", "Si quieres, puedo llamarte para explicarte la decisión.", "offered"),
        ("pt", "Partilho os principais pontos que a equipa assinalou.", "offered"),
        ("it", "Possiamo sentirci per un riscontro più dettagliato.", "offered"),
        ("fr", "Nous ne sommes malheureusement pas en mesure de fournir un retour individuel.", "declined"),
        ("es", "Por política interna, no facilitamos valoraciones individuales.", "declined"),
        ("it", "La nostra politica non prevede la comunicazione di un riscontro individuale.", "declined"),
    ],
)
def test_feedback_rules(language: str, sentence: str, feedback: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.feedback) == (language, feedback)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "If the role opens up again, I'll reach out to you first."),
        ("en", "If the position is re-advertised, we will contact you."),
        ("en", "If we open roles in our Berlin office, I'll let you know."),
        ("de", "Eine erneute Bewerbung ist nach zwölf Monaten jederzeit möglich."),
        ("es", "En primavera abriremos nuevas plazas; te avisaré en cuanto se publiquen."),
        ("pt", "Caso a vaga seja reaberta, entraremos em contacto consigo."),
        ("it", "Ti scriverò quando apriremo la nuova posizione."),
    ],
)
def test_future_invitation_rules(language: str, sentence: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.future) == (language, "invited")


@pytest.mark.parametrize(
    ("headers", "body_extra", "expected"),
    [
        # the letter says its mailbox is not read: the From takes no replies
        ("From: Acme Careers <careers@acme.com>\n", "Please do not reply to this email.\n", None),
        (
            "From: Acme <acme@acme.com>\n",
            "Kim Lee\nkim.lee@acme.com\n\nThis mailbox is not monitored.\n",
            "kim.lee@acme.com",
        ),
        # an applicant-tracking system's mailbox, even in a hyphenated domain
        ("From: Acme <acme@myworkday-mail.com>\n", "", None),
        # the candidate's own address, quoted back, is never the reply address
        ("From: Acme Careers <noreply@acme.com>\n", "We sent this to jo.diaz@mail.com.\n", None),
        (
            "From: Acme Careers <noreply@acme.com>\n",
            "We sent this to jo.diaz@mail.com. Questions? Write to hiring@acme.com.\n",
            "hiring@acme.com",
        ),
    ],
)
def test_reply_address_is_never_the_candidates_or_an_unread_mailbox(
    headers: str, body_extra: str, expected: str | None
) -> None:
    text = f"{headers}Subject: Your application\n\nDear Jo Diaz,\n\n{DECISION}\n\n{body_extra}"
    assert drafter.parse(text).reply_address == expected


@pytest.mark.parametrize(
    ("closing", "name", "title", "company"),
    [
        # sign-offs of other languages end the letter, so the name below them is the signer
        ("Un abrazo,\nMarta Gil\nResponsable de Selección", "Marta Gil", "Responsable de Selección", None),
        ("Um abraço,\nRui Costa\nTalent Partner", "Rui Costa", "Talent Partner", None),
        ("Un caro saluto,\nElena Russo\nHR Manager", "Elena Russo", "HR Manager", None),
        # a team, however it is written, is not a person
        ("Bien à vous,\nL'équipe Recrutement\nMaison Vallet", None, None, "Maison Vallet"),
        ("Um abraço,\nTime de Atração e Seleção\nGrupo Solar", None, None, "Grupo Solar"),
        ("Mit freundlichen Grüßen\nIhr Ausbildungsteam\nLindner Versicherungen", None, None, "Lindner Versicherungen"),
        ("Best,\nMirela\nTalent team, Haventech", "Mirela", None, "Haventech"),
        # the firm after a title's comma, but not a department
        (
            "Warm regards,\nElliot Marsh\nDesign Manager, Larkspur Studio",
            "Elliot Marsh",
            "Design Manager",
            "Larkspur Studio",
        ),
        (
            "Best,\nAnnika Holm — Director of Talent, Tessellate Pay",
            "Annika Holm",
            "Director of Talent",
            "Tessellate Pay",
        ),
        (
            "Best,\nDana Ortiz\nPrincipal Consultant, Data & Analytics",
            "Dana Ortiz",
            "Principal Consultant, Data & Analytics",
            None,
        ),
        (
            "A presto,\nGiulia Marchetti\nCOO\nBrezza Labs Srl – Via dei Mille 18, Bologna",
            "Giulia Marchetti",
            "COO",
            "Brezza Labs",
        ),
    ],
)
def test_signature_rules(closing: str, name: str | None, title: str | None, company: str | None) -> None:
    letter = drafter.parse(f"Dear Ana,\n\n{DECISION}\n\n{closing}\n")
    assert (letter.sender_name, letter.sender_title) == (name, title)
    if company:
        assert letter.company == company


def test_company_is_spelled_as_the_signature_writes_it() -> None:
    text = (
        "From: Nuno Sá <nuno.sa@clinicasmarfim.example>\nSubject: A sua candidatura\n\n"
        f"Dear Ana,\n\n{DECISION}\n\nBest,\nNuno Sá\nRecrutador, Clínicas Marfim\n"
    )
    letter = drafter.parse(text)
    assert (letter.company, letter.sender_title) == ("Clínicas Marfim", "Recrutador")


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        # Romance titles open with their head noun, in subjects with a status phrase around them
        (
            "Ingeniera de Calidad – resultado del proceso",
            "Hemos decidido seguir adelante con otros candidatos.",
            "Ingeniera de Calidad",
        ),
        (
            "Processo de seleção Analista Financeiro",
            "Infelizmente optamos por outros candidatos.",
            "Analista Financeiro",
        ),
        (
            "Selezione Responsabile Acquisti – esito",
            "Purtroppo abbiamo scelto un altro candidato.",
            "Responsabile Acquisti",
        ),
        # the title ends at the verb, or before a place
        ("Esito", "Purtroppo la posizione di Tecnico di Laboratorio è stata assegnata.", "Tecnico di Laboratorio"),
        ("Votre candidature", "Le poste de Chef de rayon à Nantes a été pourvu.", "Chef de rayon"),
        ("Update", "Unfortunately we are not filling the Night Supervisor spot after all.", "Night Supervisor"),
        (
            "Candidatura",
            "Infelizmente, para a posição de Designer Gráfico na Lumen, optamos por outros candidatos.",
            "Designer Gráfico",
        ),
        # bare titles in subjects: "Head of ...", "Lecturer in ...", after "for", French heads
        ("Head of Finance - update from Brookfield Search", "We won't be moving ahead.", "Head of Finance"),
        (
            "Lecturer in Environmental Chemistry (Vacancy Ref: NU-04471)",
            "You were not shortlisted.",
            "Lecturer in Environmental Chemistry",
        ),
        ("Your take-home for Frontend Developer", "We won't be moving you on.", "Frontend Developer"),
        ("Warehouse Operative - Nightshift", "We won't be offering you the job.", "Warehouse Operative"),
        (
            "Votre candidature - Technicien de maintenance",
            "Nous ne pourrons pas poursuivre.",
            "Technicien de maintenance",
        ),
    ],
)
def test_role_rules(subject: str, body: str, role: str) -> None:
    assert drafter.parse(f"Subject: {subject}\n\nOlá Ana,\n\n{body}\n\nKim\n").role == role


def test_german_infinitive_with_zu_is_a_decision() -> None:
    text = (
        "Sehr geehrte Frau Koch,\n\nvielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung haben "
        "wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.\n\nMit freundlichen "
        "Grüßen\nAnna Weiß\n"
    )
    assert drafter.parse(text).is_rejection is True


# A letter with greeting, thanks and closing but no decision, so the added sentence decides.
NEUTRAL = {
    "en": "Dear Ana,\n\nThank you for your time and for your interest in our team. {}\n\nBest regards,\nKim Lee\n",
    "de": "Sehr geehrte Frau Berg,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an unserem "
    "Unternehmen und die Zeit, die Sie sich genommen haben. {}\n\nMit freundlichen Grüßen\nKim Lee\n",
    "fr": "Bonjour Ana,\n\nNous vous remercions pour votre candidature et pour le temps que vous nous "
    "avez consacré lors de nos échanges. {}\n\nCordialement,\nKim Lee\n",
    "es": "Hola Ana:\n\nGracias por tu interés en nuestra empresa y por el tiempo que nos has dedicado "
    "durante el proceso. {}\n\nUn saludo,\nKim Lee\n",
    "pt": "Olá Ana,\n\nObrigado pelo seu interesse na nossa empresa e pelo tempo que nos dedicou "
    "durante o processo. {}\n\nCumprimentos,\nKim Lee\n",
    "it": "Gentile Ana,\n\nla ringraziamo per l'interesse dimostrato verso la nostra azienda e per il "
    "tempo che ci ha dedicato durante il processo. {}\n\nCordiali saluti,\nKim Lee\n",
    "nl": "Beste Ana,\n\nBedankt voor je interesse in ons bedrijf en voor de tijd die je hebt "
    "genomen voor het gesprek met ons team. {}\n\nMet vriendelijke groet,\nKim Lee\n",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # continue the process with another candidate / profile
        ("es", "Tras valorar a los finalistas, hemos resuelto continuar el proceso con otra candidata."),
        ("es", "Finalmente la empresa prefirió seguir con otro perfil para esta vacante."),
        ("pt", "A equipa resolveu prosseguir o processo com outro candidato."),
        ("it", "Abbiamo deciso di continuare il percorso con un'altra candidata."),
        ("fr", "Nous avons décidé de poursuivre le processus avec une autre candidate."),
        # found / identified a profile better in line
        ("it", "Abbiamo identificato un candidato più in linea con le esigenze del ruolo."),
        ("fr", "Nous avons identifié un profil plus proche de nos besoins actuels."),
        ("es", "Hemos identificado un perfil más ajustado a las necesidades del puesto."),
        ("pt", "Identificamos um perfil mais alinhado com as necessidades da vaga."),
        ("de", "Wir haben ein Profil ausgewählt, das noch besser zu unseren Anforderungen passt."),
        ("nl", "We hebben een kandidaat gevonden die beter aansluit bij het profiel."),
        # decided not to go on / not possible to go on
        ("pt", "Depois de muita reflexão, decidimos não avançar com a sua candidatura."),
        ("pt", "Por motivos internos, não será possível dar seguimento à sua candidatura."),
        ("es", "Por este motivo no es posible continuar con su candidatura."),
        ("it", "Per questo motivo non sarà possibile proseguire con la sua candidatura."),
        ("fr", "Pour cette raison, il ne sera pas possible de donner suite à votre candidature."),
        # the post was filled, however long its name
        ("fr", "Le poste de conseiller principal en gestion des risques financiers a été comblé."),
        ("fr", "Nous vous informons que les deux postes ont déjà été pourvus."),
        # the candidate cannot be moved on
        ("en", "With the freeze in place I can't move you forward to the onsite right now."),
        ("en", "So we are unable to progress you further in the process."),
    ],
)
def test_decision_families_in_every_language(language: str, sentence: str) -> None:
    letter = drafter.parse(NEUTRAL[language].format(sentence))
    assert (letter.language, letter.is_rejection) == (language, True)


@pytest.mark.parametrize(
    "text",
    [
        NEUTRAL["fr"].format(
            "Nous vous invitons à passer un test de logique en ligne. Malheureusement, le lien expire dans trois jours."
        ),
        NEUTRAL["fr"].format(
            "Votre profil a été retenu pour la prochaine étape. Malheureusement, aucun report ne sera possible."
        ),
        NEUTRAL["es"].format(
            "Te invitamos a realizar una prueba técnica. Lamentablemente no podemos ampliar el plazo."
        ),
        NEUTRAL["it"].format("La invitiamo a sostenere una prova scritta. Purtroppo la data è fissa."),
        NEUTRAL["pt"].format("Convidamos você a realizar um teste online. Infelizmente o prazo é curto."),
        # paused, but the candidate is still in the running
        NEUTRAL["es"].format(
            "Lamentablemente el proceso está en pausa unas semanas, pero tu candidatura sigue vigente."
        ),
        NEUTRAL["pt"].format("Infelizmente o processo foi pausado, mas a sua candidatura continua ativa."),
        NEUTRAL["it"].format("Purtroppo la selezione è rallentata, ma la sua candidatura resta attiva."),
        NEUTRAL["fr"].format("Malheureusement le recrutement est retardé, mais votre candidature reste active."),
        NEUTRAL["de"].format("Leider verzögert sich das Verfahren; Ihre Bewerbung ist weiterhin im Auswahlverfahren."),
        NEUTRAL["nl"].format("Helaas loopt het proces uit; je sollicitatie blijft actief."),
    ],
)
def test_next_steps_and_pauses_saying_unfortunately_are_not_rejections(text: str) -> None:
    assert drafter.parse(text).is_rejection is False


@pytest.mark.parametrize(
    ("language", "sentence", "reason"),
    [
        ("pt", "Por razões orçamentais, a direção decidiu suspender o processo.", "role_closed"),
        ("es", "Por motivos presupuestarios hemos tenido que cancelar el proceso.", "role_closed"),
        ("fr", "Pour des raisons budgétaires, nous devons suspendre le recrutement.", "role_closed"),
        ("it", "Per vincoli di bilancio abbiamo dovuto sospendere la selezione.", "role_closed"),
        ("de", "Aus budgetären Gründen wurde das Auswahlverfahren gestoppt.", "role_closed"),
        ("fr", "Le poste a finalement été comblé à l'interne.", "position_filled"),
        ("pt", "O nível de inglês ainda não é o necessário para a função.", "experience"),
        ("es", "Tu nivel de alemán todavía no es el requerido para el puesto.", "experience"),
        ("en", "Your level of Spanish is not yet where it needs to be for client calls.", "experience"),
    ],
)
def test_reason_families_in_every_language(language: str, sentence: str, reason: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.is_rejection, letter.reason) == (language, True, reason)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Abbiamo individuato un profilo maggiormente aderente alle esigenze del ruolo."),
        ("it", "Abbiamo scelto un candidato meglio rispondente al ruolo."),
        ("es", "Hemos encontrado un perfil más alineado con la posición."),
    ],
)
def test_a_profile_more_in_line_is_other_candidates(language: str, sentence: str) -> None:
    letter = drafter.parse(NEUTRAL[language].format(sentence))
    assert (letter.is_rejection, letter.reason) == (True, "other_candidates")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "When the hiring freeze lifts, I'll be in touch."),
        ("es", "Si la vacante se reabre más adelante, lo sabrás por mí."),
        ("fr", "Si le poste est rouvert, nous reviendrons vers vous."),
        ("it", "Se la posizione verrà riaperta, sarà nostra cura informarla."),
        ("nl", "Als de vacature wordt heropend, hoor je van mij."),
        ("pt", "Caso o processo venha a ser reaberto, voltaremos a falar."),
    ],
)
def test_a_reopened_role_is_a_future_invitation(language: str, sentence: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.future) == (language, "invited")


def test_portuguese_final_stage() -> None:
    letter = drafter.parse(DECIDED["pt"].format("Obrigado por ter chegado à etapa final do processo."))
    assert letter.stage == "final"


@pytest.mark.parametrize(
    "sentence",
    ["Se quiser, posso te passar um feedback mais completo.", "Posso passar-lhe um retorno por telefone."],
)
def test_portuguese_offer_to_pass_on_feedback(sentence: str) -> None:
    assert drafter.parse(DECIDED["pt"].format(sentence)).feedback == "offered"


@pytest.mark.parametrize(
    ("headers", "body_extra", "expected"),
    [
        # the candidate's private mailbox, whatever the letter invites, in headers or text
        ("From: Acme Careers <noreply@acme.com>\n", "We will send the details to jo.diaz@gmail.com.\n", None),
        ("From: Acme Careers <noreply@acme.com>\nReply-To: Jo Diaz <jo.diaz@outlook.com>\n", "", None),
        (
            "From: Acme Careers <noreply@acme.com>\n",
            "Reply to diaz.jo@yahoo.com or to Kim at kim.lee@acme.com.\n",
            "kim.lee@acme.com",
        ),
        # "do not reply" mailboxes in other languages
        ("From: Vagas <nao-responda@acme.com.br>\n", "", None),
        ("From: Empleo <no-responder@acme.es>\n", "", None),
        ("From: Recrutement <ne-pas-repondre@acme.fr>\n", "", None),
        ("From: Werving <niet-beantwoorden@acme.nl>\n", "", None),
        ("From: Selezione <non-rispondere@acme.it>\n", "", None),
    ],
)
def test_reply_address_is_never_the_candidates_own_mailbox(headers: str, body_extra: str, expected: str | None) -> None:
    text = f"{headers}Subject: Your application\n\nDear Jo Diaz,\n\n{DECISION}\n\n{body_extra}"
    assert drafter.parse(text).reply_address == expected


@pytest.mark.parametrize(
    ("from_name", "signature", "expected"),
    [
        # a person writing through an applicant-tracking system is not the company
        ("Sam Okafor via Lever", "Sam Okafor\nRecruiter", None),
        ("Sam Okafor via Greenhouse", "Sam Okafor\nRecruiter | Brightwell", "Brightwell"),
        # a company writing through one is
        ("Brightwell Labs via Greenhouse", "Recruiting Team", "Brightwell Labs"),
    ],
)
def test_company_is_never_a_persons_name(from_name: str, signature: str, expected: str | None) -> None:
    text = (
        f"From: {from_name} <no-reply@{from_name.split()[-1].lower()}.example>\n"
        "To: Jo Diaz <jo.diaz@mail.example>\n"
        f"Subject: Your application\n\nDear Jo,\n\n{DECISION}\n\n{signature}\n"
    )
    letter = drafter.parse(text)
    assert letter.company == expected
    assert letter.company not in {"Sam Okafor", "Jo Diaz", "Jo", "Sam"}


@pytest.mark.parametrize(
    "closing",
    [
        "Wir melden uns bei Ihnen, sobald eine passende Stelle frei wird.",
        "Nous reviendrons vers vous dès qu'un poste s'ouvre, chez vous ou ailleurs.",
    ],
)
def test_a_pronoun_after_a_cue_is_not_the_company(closing: str) -> None:
    letter = drafter.parse(f"Dear Jo,\n\n{DECISION} {closing}\n\nKim Lee\n")
    assert letter.company not in {"Ihnen", "Sie", "Vous", "vous"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Tom, Farah and I enjoyed meeting you last week.", ["Tom", "Farah"]),
        ("Priya and I really enjoyed our conversation on Tuesday.", ["Priya"]),
        ("Lena, Marco und ich haben das Gespräch sehr genossen.", ["Lena", "Marco"]),
        ("Paul, Inès et moi avons beaucoup apprécié notre entretien.", ["Paul", "Inès"]),
        ("Lucía, Andrés y yo disfrutamos mucho la entrevista.", ["Lucía", "Andrés"]),
        ("Sanne en ik vonden het gesprek erg prettig.", ["Sanne"]),
        ("Giulia e io abbiamo apprezzato il colloquio.", ["Giulia"]),
    ],
)
def test_interviewers_listed_with_the_writer(sentence: str, names: list[str]) -> None:
    assert drafter.parse(f"Dear Ana,\n\n{sentence} {DECISION}\n\nKim Lee\n").interviewers == names


@pytest.mark.parametrize(
    ("card", "reply"),
    [
        (
            "Noor Haddad\nLead Talent Partner at Quillfield\nOct 3, 2026, 9:12 AM\n",
            "Ana Berg sent the following message at 9:40 AM\nThanks Noor, understood.\n",
        ),
        (
            "Noor Haddad\nLead Talent Partner at Quillfield\n03.10.2026 09:12\n",
            "Ana Berg sent the following messages at 10:02 AM\nThank you! Please keep me posted.\n",
        ),
    ],
)
def test_message_pasted_from_an_inbox_with_a_sender_card(card: str, reply: str) -> None:
    text = f"{card}\nHi Ana,\n\nThanks for the call. {DECISION}\n\nBest,\nNoor\n\n{reply}"
    letter = drafter.parse(text)
    assert letter.is_rejection is True
    assert (letter.sender_name, letter.sender_title, letter.company) == (
        "Noor Haddad",
        "Lead Talent Partner",
        "Quillfield",
    )
    assert letter.candidate_name == "Ana"


def test_a_pasted_inbox_reply_by_the_candidate_is_not_the_letter() -> None:
    text = (
        f"Kim Lee sent the following message at 4:31 PM\n\nHi Ana,\n\n{DECISION}\n\nKim\n\n"
        "Ana Berg sent the following message at 5:02 PM\nCould you share some feedback on my "
        "interview? And please keep my CV on file for other roles.\n"
    )
    letter = drafter.parse(text)
    assert (letter.is_rejection, letter.sender_name) == (True, "Kim Lee")
    assert (letter.feedback, letter.future) == ("not_mentioned", "not_mentioned")


@pytest.mark.parametrize(
    ("language", "sentence", "reason"),
    [
        # a reorganisation closes the role
        ("en", "After a reorganisation of the finance team, the post will not go ahead.", "role_closed"),
        ("de", "Die Stelle wird im Zuge einer Reorganisation vorerst nicht besetzt werden.", "role_closed"),
        ("fr", "Suite à une réorganisation interne, le recrutement est interrompu.", "role_closed"),
        ("it", "A seguito di una riorganizzazione interna la ricerca è chiusa.", "role_closed"),
        # the pay the candidate asked for
        ("en", "We can't get close to the range you mentioned for this post.", "logistics"),
        # a minimum of years, a firm requirement, below the level, not the depth hoped for
        ("en", "The team needs someone with at least four years of post-qualification practice.", "experience"),
        ("en", "Fluent German turned out to be a firm requirement for the client.", "experience"),
        ("en", "In the design round we didn't get the depth of analysis we needed.", "experience"),
        ("de", "Für die Position setzen wir mindestens fünf Jahre Führungserfahrung voraus.", "experience"),
        ("fr", "Le poste demande au moins trois ans d'expérience en audit.", "experience"),
        ("es", "Buscamos al menos cinco años de experiencia en SAP.", "experience"),
        ("pt", "Procuramos pelo menos três anos de experiência em auditoria.", "experience"),
        ("it", "Cerchiamo almeno tre anni di esperienza nel ruolo.", "experience"),
        ("nl", "Uw resultaten lagen onder het niveau dat voor deze functie vereist is.", "experience"),
        ("pt", "Os resultados ficaram abaixo do nível pedido.", "experience"),
    ],
)
def test_more_reason_families(language: str, sentence: str, reason: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.is_rejection, letter.reason) == (language, True, reason)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("pt", "Tivemos muitos candidatos e seguimos com outras pessoas. Não vamos avançar."),
        ("es", "Preferimos avanzar con otras personas del proceso. Por eso no vamos a avanzar."),
    ],
)
def test_other_people_is_other_candidates(language: str, sentence: str) -> None:
    letter = drafter.parse(NEUTRAL[language].format(sentence))
    assert letter.reason == "other_candidates"


@pytest.mark.parametrize(
    ("language", "sentence", "feedback"),
    [
        ("en", "If it helps, I would suggest more practice with whiteboard design.", "offered"),
        ("en", "The deciding factor was the depth of your SQL answers.", "offered"),
        ("en", "I'd welcome a call to share the panel's impressions of your talk.", "offered"),
        ("en", "Email us and the team will send you a short summary of your results.", "offered"),
        ("de", "Für eine ausführliche Rückmeldung rufen Sie mich gern an.", "offered"),
        ("fr", "Je reste à votre disposition pour échanger sur votre entretien.", "offered"),
        ("es", "Podemos tener una llamada para contarte con más detalle las valoraciones del panel.", "offered"),
        ("pt", "O ponto decisivo foi a experiência com exportação.", "offered"),
        ("it", "Le suggeriamo di approfondire la parte di analisi dei dati.", "offered"),
        ("es", "No nos es posible brindar una devolución personalizada a cada persona.", "declined"),
    ],
)
def test_more_feedback_families(language: str, sentence: str, feedback: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.feedback) == (language, feedback)


def test_dutch_offer_of_more_explanation_is_feedback() -> None:
    text = NEUTRAL["nl"].format(
        "Helaas gaan we niet verder met uw kandidatuur. Indien u graag meer toelichting krijgt bij "
        "uw resultaten, kan u contact met ons opnemen."
    )
    assert drafter.parse(text).feedback == "offered"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Should the role be reinstated, you will be the first person we contact."),
        ("en", "You're welcome to re-take the assessment for a future vacancy."),
        ("en", "We have retained your profile and will get in touch with you for suitable openings."),
        ("en", "If a more senior opening comes up, I'd be happy to reconnect."),
        ("en", "If your visa situation changes, I'd love to pick this back up."),
        ("en", "If we open an English-speaking support role next year, I'll let you know."),
        ("es", "Si cambia tu disponibilidad, nos encantará volver a hablar contigo."),
        ("pt", "Você pode se candidatar a outras vagas pela nossa página de carreiras."),
    ],
)
def test_more_future_families(language: str, sentence: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.future) == (language, "invited")


@pytest.mark.parametrize(
    ("language", "sentence", "stage"),
    [
        ("en", "Thank you for the final presentation to our leadership team.", "final"),
        ("fr", "Merci pour le temps accordé lors de l'entrevue du 5 mars.", "interview"),
        ("fr", "Merci pour notre entrevue téléphonique de mardi.", "screen"),
    ],
)
def test_more_stage_phrasings(language: str, sentence: str, stage: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.stage) == (language, stage)


@pytest.mark.parametrize(
    ("subject", "body", "role"),
    [
        (
            "Your application",
            "Thank you for applying for the Backend Developer (Java) role.",
            "Backend Developer (Java)",
        ),
        ("Update", "Thanks for interviewing for the Account Manager (DACH) position.", "Account Manager (DACH)"),
        ("RE: Data Analyst (Healthcare) – next steps", "Thanks for your time.", "Data Analyst (Healthcare)"),
        # gender markers and references in brackets are not part of the title
        ("Update", "Thank you for applying for the Sales Manager (m/w/d) role.", "Sales Manager"),
        ("Update", "Thank you for applying for the Sales Manager (Ref 20931) role.", "Sales Manager"),
        # "here at", "aqui na", "ici chez" end the title
        (
            "Atualização",
            "Obrigado por participar do processo para a vaga de Analista de Dados aqui na nossa empresa.",
            "Analista de Dados",
        ),
    ],
)
def test_role_keeps_its_bracketed_qualifier(subject: str, body: str, role: str) -> None:
    letter = drafter.parse(f"Subject: {subject}\n\nDear Ana,\n\n{body} {DECISION}\n\nKim Lee\n")
    assert letter.role == role


@pytest.mark.parametrize(
    ("greeting", "name"),
    [
        ("Oi, Beatriz!", "Beatriz"),
        ("Oi Pedro, tudo bem?", "Pedro"),
        ("Exma. Senhora Dra. Marta Lopes,", "Marta Lopes"),
        ("Exmo. Senhor Eng. Rui Matos,", "Rui Matos"),
    ],
)
def test_portuguese_greetings(greeting: str, name: str) -> None:
    assert drafter.parse(f"{greeting}\n\n{DECISION}\n\nKim Lee\n").candidate_name == name


@pytest.mark.parametrize(
    ("line", "req"),
    [
        ("Objet : Votre candidature – Analyste (affichage 2026-FIN-112)", "2026-FIN-112"),
        ("Objet : Votre candidature – Analyste, concours 24-118", "24-118"),
        ("Asunto: Búsqueda N.º 2026-114 – actualización", "2026-114"),
        ("Assunto: Processo de recrutamento (Ref.ª AB-CD/2026/03)", "AB-CD/2026/03"),
        ("Betreff: Ihre Bewerbung – Job-ID 77120", "77120"),
    ],
)
def test_requisition_labels_in_other_languages(line: str, req: str) -> None:
    assert drafter.parse(f"{line}\n\nDear Ana,\n\n{DECISION}\n\nKim Lee\n").requisition_id == req


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Regarding your application with our client, Norrow Analytics Pvt. Ltd., Pune:", "Norrow Analytics"),
        ("Our client Kestrel Robotics has decided on another applicant.", "Kestrel Robotics"),
        ("Unser Kunde, die Halder Logistik GmbH, hat sich anders entschieden.", "Halder Logistik"),
        ("Nuestro cliente, Grupo Sereno, S.A. de C.V., ha decidido no continuar.", "Grupo Sereno"),
    ],
)
def test_an_agency_writes_for_its_client(sentence: str, company: str) -> None:
    text = f"Dear Ana,\n\n{sentence} {DECISION}\n\nKim Lee\nSenior Consultant\nBrightpath Staffing\n"
    assert drafter.parse(text).company == company


def test_a_final_round_named_only_in_the_subject() -> None:
    text = f"Subject: Outcome of your final interviews\n\nDear Ana,\n\n{DECISION}\n\nKim Lee\n"
    assert drafter.parse(text).stage == "final"


@pytest.mark.parametrize(
    ("closing", "name", "title"),
    [
        ("Met vriendelijke groeten,\nAn Peeters\nSelectieverantwoordelijke", "An Peeters", "Selectieverantwoordelijke"),
        ("Met vriendelijke groet,\nBram de Wit\nWervingsconsulent", "Bram de Wit", "Wervingsconsulent"),
        ("Mit freundlichen Grüßen\nJana Roth\nGleichstellungsbeauftragte", "Jana Roth", "Gleichstellungsbeauftragte"),
        (
            "Yours sincerely\nHelen Marsh\nChair of the Appointments Panel",
            "Helen Marsh",
            "Chair of the Appointments Panel",
        ),
    ],
)
def test_titles_that_are_compounds_or_chairs(closing: str, name: str, title: str) -> None:
    letter = drafter.parse(f"Dear Ana,\n\n{DECISION}\n\n{closing}\n")
    assert (letter.sender_name, letter.sender_title) == (name, title)


@pytest.mark.parametrize(
    ("language", "sentence", "role"),
    [
        ("es", "Gracias por postularte a la búsqueda de Analista Contable en nuestra empresa.", "Analista Contable"),
        (
            "pt",
            "Obrigado por participar do processo para Coordenadora de Logística, incluindo a entrevista.",
            "Coordenadora de Logística",
        ),
        ("it", "Grazie per esserti candidato come Sviluppatore Backend (Go) in azienda.", "Sviluppatore Backend (Go)"),
        (
            "fr",
            "Merci pour votre participation au recrutement pour Chargée de communication, à Lyon.",
            "Chargée de communication",
        ),
    ],
)
def test_roles_named_by_the_process_or_the_candidacy(language: str, sentence: str, role: str) -> None:
    assert drafter.parse(DECIDED[language].format(sentence)).role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "If you'd like any feedback from your interviews, just reply to this email.",
        "If you'd like more detail on the panel's view, let me know.",
        "If you would like some feedback, drop me a line.",
    ],
)
def test_if_youd_like_feedback_is_an_offer(sentence: str) -> None:
    assert drafter.parse(DECIDED["en"].format(sentence)).feedback == "offered"


@pytest.mark.parametrize(
    ("language", "sentence", "stage"),
    [
        ("en", "Thanks for your video interview. We will not be moving you on to the assessment centre.", "screen"),
        ("en", "After our phone call, we won't progress you to the superday.", "screen"),
        (
            "fr",
            "Merci pour notre échange téléphonique. Inutile de vous faire passer les entretiens techniques.",
            "screen",
        ),
    ],
)
def test_a_later_stage_not_reached_is_not_the_stage(language: str, sentence: str, stage: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence))
    assert (letter.language, letter.stage) == (language, stage)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have decided not to invite you to an interview."),
        ("de", "Wir haben entschieden, Sie nicht zu einem Vorstellungsgespräch einzuladen."),
        ("fr", "Nous ne pourrons pas vous convier à un entretien."),
        ("es", "Por ahora no te invitaremos a una entrevista."),
        ("pt", "Decidimos não te chamar para uma entrevista."),
        ("it", "Per ora non la inviteremo a un colloquio."),
    ],
)
def test_not_invited_to_interview_is_the_application_stage(language: str, sentence: str) -> None:
    letter = drafter.parse(DECIDED[language].format(sentence).replace("Thank you for your time. ", ""))
    assert (letter.language, letter.stage) == (language, "application")


def test_nl_not_invited_to_an_interview_is_the_application_stage() -> None:
    text = NEUTRAL["nl"].format("Helaas hebben we besloten je niet uit te nodigen voor een gesprek.")
    assert drafter.parse(text.replace(" voor het gesprek met ons team", "")).stage == "application"


def test_a_firm_named_after_the_signer_is_still_the_company() -> None:
    text = (
        f"Beste Sanne,\n\nDank voor je interesse in de functie bij Maas & Hoek Communicatie. {DECISION}"
        "\n\nMet vriendelijke groet,\nPieter Maas\nPartner\nMaas & Hoek Communicatie B.V.\n"
    )
    letter = drafter.parse(text)
    assert (letter.sender_name, letter.company) == ("Pieter Maas", "Maas & Hoek Communicatie")


@pytest.mark.parametrize(
    "closing",
    [
        "Mit freundlichen Grüßen\n\nHalder Logistik GmbH\ni. A. Dr. Jana Roth\nPersonalreferentin",
        "Mit freundlichen Grüßen\n\nHalder Logistik GmbH\nppa. Jana Roth\nPersonalreferentin",
    ],
)
def test_the_firm_above_an_on_behalf_signer(closing: str) -> None:
    letter = drafter.parse(DECIDED["de"].format("").replace("Mit freundlichen Grüßen\nKim Lee", closing))
    assert (letter.sender_name, letter.sender_title, letter.company) == (
        "Jana Roth",
        "Personalreferentin",
        "Halder Logistik",
    )


def test_a_heading_under_the_greeting_names_the_post() -> None:
    text = (
        "Dear Dr Okafor\n\nLecturer in Environmental Chemistry (Grade 8)\n\nThank you for your "
        "application. I regret to inform you that you have not been shortlisted.\n\nYours sincerely\nHR\n"
    )
    assert drafter.parse(text).role == "Lecturer in Environmental Chemistry"
