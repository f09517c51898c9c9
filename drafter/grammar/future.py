"""Whether the letter invites the candidate back: apply again, other openings, kept on file.

Takes the letter's lower-cased sentences and language; says whether one of them invites the
candidate to a future with the employer. In English the shape is an agent that is the candidate
("you may", "please", "feel free to", "we encourage you to", "we hope you") with a verb of
applying or looking ("apply", "consider", "explore", "keep an eye on") and a marker of the future
or of other openings ("again", "future", "other", "new", "similar"), or the employer promising to
come back to the candidate about other roles. "Thank you for applying", "we will consider other
candidates", "I hope our paths cross again" and "do not apply again" are no invitations.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["invited"]

_C = r"[^.;!?]"
_EN_VERB = (
    r"(?:re-?)?appl(?:y|ying)|consider(?:ing)?|explor(?:e|ing)|look(?:ing)? (?:at|for|out for|into)|"
    r"visit(?:ing)?|check (?:our|the|back)|review(?:ing)?|keep (?:an eye on|checking|looking)|watch|"
    r"put (?:yourself|your name) forward"
)
# what comes later: another opening, or the employer's list of them
_EN_LATER = (
    r"future|again|other|another|new|upcoming|later|similar|suitable|relevant|careers? (?:page|site|portal|"
    r"website)|job (?:board|site)|(?:our|current|open|latest|list of) (?:\w+ )?(?:postings|openings|vacancies|"
    r"opportunities|jobs|roles|positions)"
)
_NO_COMMA = r"[^.;!?,]"
_INVITED: dict[str, str] = {
    "en": rf"\b(?:you|please|free to|encourage you to|invite you to|welcome you to|hope (?:that )?you)\b"
    rf"(?!{_C}{{0,30}}?\b(?:not|n't|never|no longer)\b){_C}{{0,30}}?\b(?:{_EN_VERB})\b{_NO_COMMA}{{0,90}}?"
    rf"\b(?:{_EN_LATER})\b|\byour future applications?\b|"
    # "your resume will be kept on file", "we will keep your details in our talent pool"
    rf"\b(?:your|you)\b{_C}{{0,30}}?\b(?:kept|retained|held|stored|saved)\b{_C}{{0,20}}?\b(?:on file|on record|"
    rf"in (?:our|the) (?:database|system|talent))|"
    rf"\b(?:we|i)(?:'ll| will| would| may| might| can| shall)?(?: \w+){{0,3}} "
    rf"(?:contact you|reach out to you|get in touch with you|be in touch|keep you in mind|consider you|"
    rf"think of you)\b{_C}{{0,60}}?\b(?:future|other|another|new|similar|suitable|if|when|should)\b",
    "de": rf"\b(?:sie|du|gerne|gern)\b{_C}{{0,40}}?\b(?:erneut|wieder|künftig|zukünftig|weiterhin)\b"
    rf"{_C}{{0,40}}?\b(?:bewerben|bewerbung|melden|schauen|besuchen)|\b(?:freuen uns|würden uns freuen)"
    rf"{_C}{{0,60}}?\b(?:wieder|erneut|künftig|zukünftig)\b|\b(?:bewerber|talent)pool\b|"
    rf"\b(?:auf sie|auf dich) zurück(?:kommen|zukommen)",
    "fr": rf"\b(?:n'hésitez pas|nous vous invitons|vous encourageons|libre)\b{_C}{{0,40}}?"
    rf"\b(?:postuler|candidater|consulter|revenir|nouvelles? offres?)|\b(?:garder|conserver|conservons|"
    rf"gardons) votre (?:candidature|cv|dossier)|\b(?:futures?|nouvelles?|prochaines?) (?:offres|"
    rf"opportunités|candidatures|postes)",
    "es": rf"\b(?:te|le|les|os) (?:animamos|invitamos|animo|invito|esperamos)\b{_C}{{0,40}}?"
    rf"(?:postul|aplic|presentar|consultar|candidat)|\bno (?:dudes|dude|dudéis)\b{_C}{{0,40}}?"
    rf"(?:postul|aplic|presentar|candidat)|\b(?:guardaremos|conservaremos|mantendremos) (?:tu|su) "
    rf"(?:cv|candidatura|currículum|perfil)|\b(?:futuras?|nuevas?|próximas?) (?:vacantes|"
    rf"oportunidades|ofertas|procesos)",
    "nl": rf"\b(?:in de toekomst|opnieuw|nogmaals)\b{_C}{{0,40}}?\b(?:solliciteren|reageren)|"
    rf"\b(?:solliciteren|reageren)\b{_C}{{0,40}}?\b(?:in de toekomst|opnieuw)\b|\b(?:toekomstige|nieuwe) "
    rf"(?:vacatures|functies|kansen)",
    "pt": rf"\b(?:futuras?|novas?|próximas?) (?:vagas|oportunidades|processos)|\b(?:candidatar|aplicar|"
    rf"participar)\w*\b{_C}{{0,40}}?\b(?:novamente|futur\w*|outras?|novas?)\b|\b(?:manteremos|guardaremos) "
    rf"(?:seu|o seu|sua|a sua) (?:currículo|cv|perfil)",
    "it": rf"\b(?:future|nuove|prossime|altre) (?:opportunità|posizioni|selezioni|offerte)|"
    rf"\b(?:candidarsi|candidarti|candidarla|ricandid\w+)\b{_C}{{0,40}}?\b(?:nuovo|futur\w*|altre)\b|"
    rf"\b(?:conserveremo|terremo|manterremo) (?:il suo|il tuo) (?:cv|curriculum|profilo)",
}
# "thank you for applying for our other role", "we will consider other candidates"
_NOT_INVITED = re.compile(
    r"\bthank\w*(?: you)? for (?:\w+ )?(?:consider|apply|submit|explor)|\bpaths? (?:will )?cross\b|"
    r"\bother (?:candidates|applicants)\b|\bother (?:\w+ ){0,2}(?:firms|companies|employers|organi[sz]ations)\b"
)


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    own = _INVITED.get(language, _INVITED["en"])
    return re.compile(own if language == "en" else f"{own}|{_INVITED['en']}")


def invited(sentences: Iterable[str], language: str) -> bool:
    """True when a sentence invites the candidate back (apply again, other openings, on file)."""
    pattern = _pattern(language)
    return any(pattern.search(s) and not _NOT_INVITED.search(s) for s in sentences)
