"""Letters in each of the seven languages drafter reads, and a right LLM answer to each.

Shared by tests/llm/ and bench/llm_languages.py; stdlib only (drafter's own code never imports it).
"""

from __future__ import annotations

from typing import Any

# One short application-stage rejection per language, from Eva Kowalczyk at Lindqvist Maritime.
LETTERS = {
    "en": """Subject: Your application for the Data Analyst position

Dear Sam,

Thank you for applying for the Data Analyst position at Lindqvist Maritime. After reviewing all \
applications carefully, we have decided not to proceed with yours.

Best regards,
Eva Kowalczyk
Lindqvist Maritime
""",
    "de": """Betreff: Ihre Bewerbung als Datenanalyst

Sehr geehrter Herr Keller,

vielen Dank für Ihre Bewerbung als Datenanalyst bei Lindqvist Maritime. Nach sorgfältiger \
Prüfung haben wir uns leider entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Mit freundlichen Grüßen
Eva Kowalczyk
Lindqvist Maritime
""",
    "fr": """Objet : Votre candidature au poste d'analyste de données

Bonjour Sam,

Nous vous remercions pour votre candidature au poste d'analyste de données chez Lindqvist \
Maritime. Après une étude attentive, nous avons le regret de vous informer que nous ne donnerons \
pas suite à votre candidature.

Cordialement,
Eva Kowalczyk
Lindqvist Maritime
""",
    "es": """Asunto: Su candidatura al puesto de analista de datos

Estimado Sam:

Le agradecemos su candidatura al puesto de analista de datos en Lindqvist Maritime. Tras revisar \
todas las solicitudes, lamentablemente hemos decidido no continuar con su candidatura.

Atentamente,
Eva Kowalczyk
Lindqvist Maritime
""",
    "nl": """Onderwerp: Uw sollicitatie als data-analist

Beste Sam,

Hartelijk dank voor uw sollicitatie als data-analist bij Lindqvist Maritime. Na zorgvuldige \
overweging hebben we helaas besloten om niet verder te gaan met uw sollicitatie.

Met vriendelijke groet,
Eva Kowalczyk
Lindqvist Maritime
""",
    "pt": """Assunto: A sua candidatura à vaga de analista de dados

Olá Sam,

Agradecemos a sua candidatura à vaga de analista de dados na Lindqvist Maritime. Após uma \
análise cuidadosa, infelizmente decidimos não avançar com a sua candidatura.

Atenciosamente,
Eva Kowalczyk
Lindqvist Maritime
""",
    "it": """Oggetto: La sua candidatura per la posizione di analista di dati

Gentile Sam,

La ringraziamo per la sua candidatura per la posizione di analista di dati presso Lindqvist \
Maritime. Dopo un'attenta valutazione, purtroppo abbiamo deciso di non proseguire con la sua \
candidatura.

Cordiali saluti,
Eva Kowalczyk
Lindqvist Maritime
""",
}
# (role as the letter writes it, greeting, thanks, feedback question, stay in touch, sign-off)
REPLIES = {
    "en": (
        "Data Analyst",
        "Dear Eva,",
        "Thank you for letting me know about the Data Analyst position at Lindqvist Maritime, and "
        "for the time you took to review my application.",
        "Would you be open to telling me, in a few lines, what would have made my application stand out?",
        "I remain interested in Lindqvist Maritime and would be glad to hear about future openings.",
        "Best regards,",
    ),
    "de": (
        "Datenanalyst",
        "Sehr geehrte Eva Kowalczyk,",
        "vielen Dank für Ihre Nachricht zu meiner Bewerbung als Datenanalyst bei Lindqvist "
        "Maritime und für die Zeit, die Sie sich für meine Unterlagen genommen haben.",
        "Woran sollte ich Ihrer Meinung nach am ehesten arbeiten, damit meine nächste Bewerbung überzeugt?",
        "Ich interessiere mich weiterhin für Lindqvist Maritime und würde mich freuen, von künftigen Stellen zu hören.",
        "Mit freundlichen Grüßen",
    ),
    "fr": (
        "analyste de données",
        "Bonjour Eva,",
        "Merci de m'avoir informé de votre décision concernant le poste d'analyste de données chez "
        "Lindqvist Maritime, et du temps que vous avez consacré à ma candidature.",
        "Pourriez-vous me dire en quelques lignes ce qui aurait rendu ma candidature plus convaincante ?",
        "Je reste très intéressé par Lindqvist Maritime et serais heureux d'être informé de futures opportunités.",
        "Cordialement,",
    ),
    "es": (
        "analista de datos",
        "Estimada Eva:",
        "Gracias por informarme sobre su decisión respecto al puesto de analista de datos en "
        "Lindqvist Maritime y por el tiempo dedicado a revisar mi candidatura.",
        "¿Podría indicarme en pocas líneas qué habría hecho más sólida mi candidatura?",
        "Sigo muy interesado en Lindqvist Maritime y me gustaría saber de futuras oportunidades en su equipo.",
        "Atentamente,",
    ),
    "nl": (
        "data-analist",
        "Beste Eva,",
        "Hartelijk dank voor uw bericht over de functie van data-analist bij Lindqvist Maritime en "
        "voor de tijd die u aan mijn sollicitatie hebt besteed.",
        "Zou u in een paar regels willen aangeven wat mijn sollicitatie sterker had gemaakt?",
        "Ik blijf geïnteresseerd in Lindqvist Maritime en hoor graag over toekomstige vacatures.",
        "Met vriendelijke groet,",
    ),
    "pt": (
        "analista de dados",
        "Olá Eva,",
        "Obrigado por me informar sobre a sua decisão relativa à vaga de analista de dados na "
        "Lindqvist Maritime e pelo tempo dedicado à minha candidatura.",
        "Poderia indicar em poucas linhas o que teria tornado a minha candidatura mais forte?",
        "Continuo interessado na Lindqvist Maritime e gostaria de saber de futuras oportunidades.",
        "Atenciosamente,",
    ),
    "it": (
        "analista di dati",
        "Gentile Eva,",
        "La ringrazio per avermi informato della sua decisione riguardo alla posizione di analista "
        "di dati presso Lindqvist Maritime e per il tempo dedicato alla mia candidatura.",
        "Potrebbe indicarmi in poche righe che cosa avrebbe reso la mia candidatura più convincente?",
        "Resto molto interessato a Lindqvist Maritime e sarei lieto di essere informato su future opportunità.",
        "Cordiali saluti,",
    ),
}
LANGUAGES = list(LETTERS)
# The name the system prompt must ask for ("Write it in Dutch"). Kept apart from the table that
# renders it (`LANGUAGE_NAMES` in drafter/llm/prompt.py) on purpose: read from that table, a wrong
# name there would pass the tests that check it.
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "nl": "Dutch",
    "pt": "Portuguese",
    "it": "Italian",
}
CHECKLIST = [
    {"text": "Compare your CV with the posting.", "why": "It shows what the screen looked for."},
    {"text": "Quantify two results on your CV.", "why": "Numbers stand out."},
    {"text": "Ask a peer to read your cover letter.", "why": "Fresh eyes see gaps."},
    {"text": "Keep applying to similar roles.", "why": "Momentum matters."},
]


def answer(lang: str, **changes: Any) -> dict[str, Any]:
    """A right answer for LETTERS[lang]; keyword arguments replace its top-level fields."""
    role, greeting, thanks, question, stay, sign_off = REPLIES[lang]
    body = f"{greeting}\n\n{thanks}\n\n{question}\n\n{stay}\n\n{sign_off}\nSam Keller"
    data: dict[str, Any] = {
        "facts": {
            "kind": "rejection",
            "stage": "application",
            "reason": "not_stated",
            "feedback": "not_mentioned",
            "future": "not_mentioned",
            "company": "Lindqvist Maritime",
            "role": role,
            "sender_name": "Eva Kowalczyk",
            "interviewers": [],
            "reason_text": None,
            "feedback_text": None,
        },
        "email": {"to": None, "subject": f"Re: {LETTERS[lang].splitlines()[0].partition(': ')[2]}", "body": body},
        "greeting": greeting,
        "feedback_question": question,
        "checklist": CHECKLIST,
        "networking_note": "Eva, thank you for your time. I would be glad to stay in touch. Sam Keller",
    }
    data.update(changes)
    return data
