"""Phrase families every language uses for a reason or a feedback stance, one fragment each.

Found missing by probing the lexicons with set phrases HR departments use ("the role requires
... experience that we did not find in your profile", "wir können kein Visum sponsern"); each is
a table-driven case in tests/test_families.py. Lower-case; matched in any letter's language.
"""

from __future__ import annotations

_NEED = (
    r"(?:requires?|required|requiring|needs|erfordert|erforderlich|voraussetzung|requiert|exige|exigée?|"
    r"requiere|requerid[oa]|exigid[oa]|richiede|richiest[oa]|vereist|vereiste|vraagt om)"
)
# no \b before "erfahrung": German compounds ("Berufserfahrung") end in it (a match opens
# only at a word start, so a fragment that starts with it is written \w*erfahrung)
_EXPERIENCE = r"(?:erfahrung|\b(?:experience|expérience|experiencia|experiência|esperienza|ervaring))"
_REQUIREMENTS = (
    r"(?:anforderungen|anforderungsprofil|exigences|requisitos|requisiti|functie-?eisen|eisen|"
    r"requirements|criteria|kriterien|critères|criterios|critérios|criteri)"
)
_NOT = r"(?:nicht|ne|n'|no|não|nao|non|onvoldoende|niet|not|doesn't|does not|don't|didn't|isn't|wasn't|haven't)"

FAMILIES = {
    "experience": (
        # "the role requires X experience, which we did not find in your profile"
        # (a negation must follow: "candidates whose experience better matches what the role
        # requires" compares people and stays other_candidates)
        rf"\b{_NEED}\b[^.!?]{{0,90}}{_EXPERIENCE}[^.!?]{{0,80}}\b{_NOT}\b|"
        rf"\w*{_EXPERIENCE}\b[^.!?]{{0,60}}\b{_NEED}\b[^.!?]{{0,80}}\b{_NOT}\b|"
        # "your profile does not yet have the experience required"
        rf"\b{_NOT}\b[^.!?]{{0,40}}{_EXPERIENCE}\b[^.!?]{{0,20}}\b(?:necessári|necessari|necesari|"
        rf"nécessaire|requis|requerid|richiest|vereist|required|needed|erforderlich)|"
        # "your profile does not (fully) meet the requirements"
        rf"\b(?:profil|profile|perfil|profilo|profiel|cv|lebenslauf|qualifikation\w*|kenntnisse|"
        rf"qualifications?|compétences|competencias)\b[^.!?]{{0,50}}\b{_NOT}\b"
        rf"[^.!?]{{0,50}}\b{_REQUIREMENTS}\b"
    ),
    "logistics": (
        r"\b(?:sponsor\w*|sponsern|parrainer|patrocinar|patrocínio|sponsorizzare|sponsoren)\b"
        r"[^.!?]{0,40}(?:visum|\b(?:visa|visto|visado)|work permit|arbeitserlaubnis|werkvergunning|"
        r"permis de travail|permiso de trabajo)|"
        r"\w*(?:visum|\b(?:visa|visto|visado))\b[^.!?]{0,40}\b(?:sponsor\w*|sponsern|parrainer|patrocinar|"
        r"sponsorizzare|sponsoren)|"
        r"\b(?:start|begin|join) (?:within|by|before|in) (?:the next )?(?:\w+ ){0,2}(?:weeks?|days?|"
        r"months?|january|february|march|april|may|june|july|august|september|october|november|"
        r"december)"
    ),
    "role_closed": (
        r"\b(?:stelle|position|vakanz)\b (?:wird|wurde|ist) (?:\w+ ){0,3}nicht (?:mehr )?(?:besetzt|"
        r"nachbesetzt)"
    ),
    "feedback_declined": (
        r"\bnon (?:ci )?(?:è|sarà|e') possibile (?:fornire|dare|inviare) (?:un |alcun )?(?:riscontro|"
        r"feedback)|\bnon (?:possiamo|potremo) (?:fornire|dare) (?:un |alcun )?(?:riscontro|feedback)"
    ),
    "feedback_offered": (
        r"\b(?:darle|darte|ofrecerle|brindarle) (?:una )?(?:devolución|retroalimentación|feedback)|"
        r"\b(?:geef|geven) (?:ik |we |wij )?(?:je|jou|u) (?:graag )?(?:\w+ ){0,2}feedback"
    ),
}
