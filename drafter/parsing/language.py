"""Which language a text is in, by counting very common words (fast, deterministic, no model).

Each word votes for the languages it belongs to, split evenly, so words shared by several
languages ("de", "a", "e") weigh little and distinctive ones ("und", "vous", "niet") decide.
"""

from __future__ import annotations

from .. import rx

# Frequent function words and the words rejection letters are made of, per language.
_WORDS: dict[str, str] = {
    "en": (
        "the and you your for with that this have we our thank thanks not will would to of is "
        "are be been at from which position role application regards unfortunately decided "
        "forward other candidates apply applying interest time best wish sincerely team "
        "experience opportunity were has had into about after please us they it an as on"
    ),
    "de": (
        "und die der das sie ihre ihnen ihr wir uns nicht mit für eine einen ist haben wurde "
        "leider bewerbung stelle grüße freundlichen vielen dank auf zu dass sich ich bei den "
        "dem des von im auch wünschen unterlagen entschieden mitteilen möchten sehr geehrte "
        "geehrter frau herr viel erfolg freundlichen gerne"
    ),
    "fr": (
        "et le la les vous votre vos nous pour avec une des est pas que qui sur candidature "
        "poste merci cordialement salutations malheureusement je au aux du dans ne été avons "
        "sommes regret informer madame monsieur souhaitons bonne recherche retenue profil"
    ),
    "es": (
        "y el los las usted su sus nosotros para con una es que por del gracias candidatura "
        "puesto saludos lamentablemente agradecemos le hemos ha sido nuestro nuestra proceso "
        "selección muy estimado estimada atentamente mucha suerte futuras cordial "
        "en mi me más qué lo al como pero sobre podría te tu tus esta este estos estas fue porque desde "
        "hasta también después deseas puedes"
    ),
    "nl": (
        "en de het een van je jij u uw wij we ons niet met voor is zijn helaas sollicitatie "
        "functie bedankt groet vriendelijke dat die op naar hebben heeft ook wel geen maar "
        "bij dan veel succes beste geachte graag laten weten gekozen ook deze dit wordt worden onze"
    ),
    "pt": (
        "e o a os as você sua seu nós para com uma é que não do da obrigado candidatura vaga "
        "infelizmente cumprimentos atenciosamente em no na dos das pelo pela seus suas foi "
        "ser agradecemos processo seleção muito olá prezado prezada sucesso também está isso já "
        "obrigada lhe"
    ),
    "it": (
        "e il la le lei sua suo noi per con una è che non del della grazie candidatura "
        "posizione purtroppo cordiali saluti di un alla nel nella sono abbiamo siamo ci gli "
        "dei delle selezione gentile distinti auguriamo ringraziamo colloquio anche questo questa "
        "stato stata tuo tua nostro nostra"
    ),
}
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _text in _WORDS.items():
    for _word in set(_text.split()):
        _WEIGHTS.setdefault(_word, {})[_lang] = 1.0
for _votes in _WEIGHTS.values():
    for _lang in _votes:
        _votes[_lang] = 1.0 / len(_votes)

_WORD = rx.compile(r"[^\W\d_]+")
_MAX_CHARS = 20_000


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the best-scoring language, or `default` when nothing scores."""
    scores = dict.fromkeys(_WORDS, 0.0)
    for word in _WORD.findall(text[:_MAX_CHARS].lower()):
        votes = _WEIGHTS.get(word)
        if votes:
            for lang, weight in votes.items():
                scores[lang] += weight
    best = max(scores, key=lambda lang: (scores[lang], lang == default))
    return best if scores[best] > 0 else default
