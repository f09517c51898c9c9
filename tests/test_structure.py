"""The employer read from the letter's structure: its domain spelt out, its letterhead.

Letters written for these tests; each states the company only by structure (no "at Acme").
"""

from __future__ import annotations

import pytest

import drafter

CASES = [
    pytest.param(
        "From: Priya Natarajan <p.natarajan@quillmoor.example>\nSubject: Your application\n\n"
        "Dear Sam,\n\nThank you for applying. I am sorry to tell you that we will not be taking your "
        "application further.\n\nKind regards,\n\nPriya Natarajan\nPeople Partner | Quill & Moor\n",
        "Quill & Moor",
        id="domain spelt in the signature, with an ampersand",
    ),
    pytest.param(
        "From: Registry <registry@brackenfield.example.ac.uk>\nSubject: Lecturer in Geography\n\n"
        "Dear Dr Ames,\n\nOn behalf of the Department of Geography, thank you for your application. "
        "I regret that you have not been shortlisted.\n\nYours sincerely,\n\nHelen Marsh\n"
        "Department of Geography\nUniversity of Brackenfield\n",
        "University of Brackenfield",
        id="a department signs, the university employs",
    ),
    pytest.param(
        "TARNWELL LOGISTICS, INC.\n88 Harbour Way\nPortsmouth\n\nDear Mr Cole,\n\nWe have completed "
        "our review and will not be moving forward with your application. Everyone at Tarnwell "
        "Logistics wishes you well.\n\nSincerely,\n\nDana Roe\nHR Director\n",
        "Tarnwell Logistics",
        id="a letterhead in capitals, written normally in the prose",
    ),
    pytest.param(
        "De : Recrutement Maison Ferrand <recrutement@maison-ferrand.example>\nObjet : Candidature\n\n"
        "Madame,\n\nNous ne donnerons pas suite à votre candidature.\n\nCordialement,\n\n"
        "Maison Ferrand\nService Recrutement\n",
        "Maison Ferrand",
        id="the From name's team word is not the company",
    ),
    pytest.param(
        "From: Olu Bankole <olu@kestrelsearch.example>\nSubject: Update\n\nHi Jo,\n\nI have heard "
        "back from the hiring team and unfortunately they will not be progressing your application."
        "\n\nBest,\nOlu Bankole\nSenior Consultant\nKestrel Search Partners\n",
        None,
        id="an agency relaying an unnamed client's decision is not the employer",
    ),
]


@pytest.mark.parametrize(("text", "company"), CASES)
def test_company_from_structure(text: str, company: str | None) -> None:
    letter = drafter.parse(text)
    assert letter.is_rejection
    assert letter.company == company


def test_domain_spelt_in_a_quoted_earlier_message() -> None:
    text = (
        "From: Mara Holt <mara@brindleandoak.example>\nSubject: Re: Thank you\n\nHi Lee,\n\n"
        "Thanks for your note. We have decided not to move forward with your application.\n\nMara\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Lee Park <lee.park@mailbox.example> wrote:\n"
        "> Thank you for the interview for the Copywriter role at Brindle & Oak.\n"
    )
    assert drafter.parse(text).company == "Brindle & Oak"


ROLE_CASES = [
    pytest.param(
        "Re: Thank you - Data Platform Engineer interview", "Data Platform Engineer", id="status part, then the post"
    ),
    pytest.param("Associate Professor of Marine Biology search", "Associate Professor of Marine Biology", id="search"),
    pytest.param("Candidature – Chargée de mission(e) export", "Chargée de mission export", id="fr sentence case"),
    pytest.param("Esito colloquio - Tecnico di laboratorio", "Tecnico di laboratorio", id="it status then post"),
    pytest.param("Proceso Asesor Comercial Sr.", "Asesor Comercial Sr.", id="es abbreviation kept"),
    pytest.param("Votre candidature – Stage chef de projet (6 mois)", "Stage chef de projet", id="duration dropped"),
    pytest.param(
        "Graduate Scheme: Application Process Cancelled for 2027", "Graduate Scheme", id="programme, not the process"
    ),
]


@pytest.mark.parametrize(("subject", "role"), ROLE_CASES)
def test_role_from_the_subject_parts(subject: str, role: str) -> None:
    text = (
        f"From: Ana Ruiz <ana@orchardline.example>\nSubject: {subject}\n\nDear Kim,\n\n"
        "Thank you for your time. Unfortunately we have decided not to proceed with your application."
        "\n\nBest regards,\nAna Ruiz\n"
    )
    assert drafter.parse(text).role == role


def test_role_on_a_re_line_above_the_greeting() -> None:
    text = (
        "Orchardline Foods\n12 Mill Lane\n\n3 March 2026\n\nRe: Night Shift Supervisor – Depot 4\n\n"
        "Dear Mr Hale,\n\nThank you for your application. Unfortunately it has not been successful on "
        "this occasion.\n\nYours sincerely,\nRuth Ames\n"
    )
    assert drafter.parse(text).role == "Night Shift Supervisor"


def test_role_in_an_ats_footer_label() -> None:
    text = (
        "Dear Candidate,\n\nThank you for applying. We will not be progressing your application.\n\n"
        "Kind regards,\nTalent Team\n\n-----\nPosition: Claims Handler | Req 55120\n"
        "This mailbox is not monitored.\n"
    )
    assert drafter.parse(text).role == "Claims Handler"


def test_quoted_title_before_its_noun() -> None:
    text = (
        'Dear Jo,\n\nWe regret that your application for the "Payroll Officer" position was not '
        "successful.\n\nRegards,\nHR\n"
    )
    assert drafter.parse(text).role == "Payroll Officer"


ROLE_IN_PROSE = [
    pytest.param(
        "Madame,\n\nNous vous remercions de votre candidature au poste de chargée de clientèle "
        "grands comptes chez Vendôme Conseil. Nous ne pouvons pas y donner une suite favorable.\n\n"
        "Cordialement,\nÉlise Martin\n",
        "chargée de clientèle grands comptes",
        id="French post in sentence case, ends before the company",
    ),
    pytest.param(
        "Beste Joris,\n\nDank voor je sollicitatie naar de functie van projectleider infra bij "
        "Kanaalzicht. Helaas gaan we niet met je verder.\n\nMet vriendelijke groet,\nAnouk Visser\n",
        "projectleider infra",
        id="Dutch post in sentence case",
    ),
    pytest.param(
        "Dear Dr Ames,\n\nThe committee has decided on another candidate for the position of "
        "associate professor we advertised in May.\n\nYours sincerely,\nHelen Marsh\n",
        "associate professor",
        id="English 'position of' in lower case stops at the title's head",
    ),
    pytest.param(
        "Hi Sam,\n\nThanks for your interest in the payroll clerk job. We have filled it with "
        "someone else.\n\nBest,\nNed\n",
        "payroll clerk",
        id="English lower-case title before 'job'",
    ),
    pytest.param(
        "Estimado Luis:\n\nGracias por su candidatura para la vacante de Técnico/a de Compras. "
        "Lamentamos comunicarle que no ha sido seleccionado.\n\nAtentamente,\nMarta Gil\n",
        "Técnico de Compras",
        id="Spanish inclusive ending dropped like (m/w/d)",
    ),
    pytest.param(
        "Dear Priya,\n\nThank you for applying to the Orrin Textiles Summer Design Internship. "
        "Unfortunately we will not be progressing your application.\n\nKind regards,\n"
        "Early Careers Team\nOrrin Textiles\n",
        "Summer Design Internship",
        id="the employer's name in front of a programme is not the title",
    ),
    pytest.param(
        "Dear Chloe,\n\nThank you for speaking with us about the Tax Associate graduate position. "
        "Unfortunately we will not be taking your application further.\n\nGraduate Recruitment\n",
        "Tax Associate",
        id="capitalised title inside lower-case words",
    ),
]


@pytest.mark.parametrize(("text", "role"), ROLE_IN_PROSE)
def test_role_in_the_prose(text: str, role: str) -> None:
    assert drafter.parse(text).role == role


def test_a_preposition_in_the_subject_does_not_open_a_title() -> None:
    text = (
        "Subject: Je sollicitatie bij Studio Veenhof\n\nBeste Mila,\n\nHelaas gaan we niet verder met "
        "je sollicitatie.\n\nGroet,\nDaan\n"
    )
    assert drafter.parse(text).role is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param(
            "Estimado Sr. Ruiz:\n\nLe agradecemos el interés mostrado en el puesto de Jefe de Cocina del "
            "Hotel Brisa Serena. Lamentamos comunicarle que la vacante ha sido cubierta.\n\nAtentamente,\n"
            "Ana Vidal\nGerente de Recursos Humanos\nHotel Brisa Serena\n",
            "Jefe de Cocina",
            id="the employer's name behind the title",
        ),
        pytest.param(
            "Asunto: Vacante MX-2210 Analista de Compras\n\nEstimada Laura:\n\nLamentamos comunicarle que no "
            "seguiremos adelante con su candidatura.\n\nAtentamente,\nMarta Gil\n",
            "Analista de Compras",
            id="a reference with letters in front of the title",
        ),
        pytest.param(
            "Estimado Luis:\n\nGracias por postularte a la vacante de Analista de Datos Jr. Lamentamos "
            "comunicarte que no has sido seleccionado.\n\nSaludos,\nMarta Gil\n",
            "Analista de Datos Jr.",
            id="'Jr.' keeps its dot",
        ),
        pytest.param(
            "Betreff: Ihre Bewerbung um ein Praktikum im Einkauf\n\nSehr geehrte Frau Berg,\n\nleider "
            "müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\n"
            "Mit freundlichen Grüßen\nJan Roth\n",
            "Praktikum im Einkauf",
            id="German 'Bewerbung um ein ...' in the subject",
        ),
    ],
)
def test_role_as_labels_and_subjects_give_it(text: str, role: str) -> None:
    assert drafter.parse(text).role == role
