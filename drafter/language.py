"""Which language a text is in, by counting very common words (fast, deterministic, no model)."""

from __future__ import annotations

import re

# Frequent function words that rarely occur in the other supported languages.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and you your for with that this have we our thank not will would to of is are be "
        "been at from which position role application regards".split()
    ),
    "de": frozenset(
        "und die der das sie ihre ihnen wir uns nicht mit für eine einen ist haben wurde leider "
        "bewerbung stelle grüße freundlichen vielen dank auf zu".split()
    ),
    "fr": frozenset(
        "et le la les vous votre vos nous pour avec une des est pas que qui sur candidature poste "
        "merci cordialement salutations malheureusement".split()
    ),
    "es": frozenset(
        "y el la los las usted su sus nosotros para con una es que por del gracias candidatura "
        "puesto saludos lamentablemente agradecemos".split()
    ),
    "nl": frozenset(
        "en de het een van je jij u uw wij ons niet met voor is zijn helaas sollicitatie functie "
        "bedankt groet vriendelijke".split()
    ),
    "pt": frozenset(
        "e o a os as você sua seu nós para com uma é que não do da obrigado candidatura vaga "
        "infelizmente cumprimentos atenciosamente".split()
    ),
    "it": frozenset(
        "e il la le lei sua suo noi per con una è che non del della grazie candidatura posizione "
        "purtroppo cordiali saluti".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the best-scoring language, or `default` when nothing scores."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:20_000].lower()):
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > 0 else default
