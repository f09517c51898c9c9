"""How each language says that a candidate falls short: the words `reasons` builds its patterns from.

One `Shortfall` per language: what of the candidate's is judged (skills, experience, profile),
the words that say "not enough" on their own, the size of a large field of applicants, the
candidate's possessive, and how a letter says what the post needed.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SHORTFALL", "Shortfall"]


class Shortfall(NamedTuple):
    attribute: str  # something of the candidate's, or what the post requires
    short: str  # a word that says "not enough" on its own
    volume: str  # a large number of applications
    possessive: str  # "your", "Ihre", "votre": the candidate's own
    needs: str  # "we need someone who ...": a requirement the candidate did not meet


SHORTFALL: dict[str, Shortfall] = {
    "en": Shortfall(
        attribute=(
            r"skills?|skill ?set|portfolio|brief|experience|background|qualifications?|profile|expertise|eligibility|"
            r"criteri(?:a|on)|competenc(?:y|ies|e)|knowledge|seniority|degree|certifications?|"
            r"requirements?|needs|what we(?:'re| are) looking for|level|standard|(?:we|they) look for|"
            r"what (?:we|the (?:role|team|position|post)) (?:need|needs|require|requires)"
        ),
        short=(
            r"fail(?:s|ed|ure)? to (?:meet|demonstrate|show|provide)|lack\w*|insufficient|not enough|"
            r"short of|fall(?:s|ing)? short|fell short|below|missing|(?:did|do|does) not (?:yet )?(?:show|"
            r"demonstrate|display|have)"
        ),
        volume=(
            r"(?:\d[\d,.]*\+?|many|numerous|hundreds of|thousands of|so many|a lot of|(?:a )?(?:large|high|"
            r"significant|overwhelming|record|great) (?:number|volume|amount) of|a number of) (?:[\w-]+ ){0,2}"
            r"(?:applications|applicants|candidates|resumes|cvs|responses|submissions)|"
            # "we meet many more qualified students than we can take", "only the fifteen highest-ranked
            # applicants have been selected"
            r"more (?:\w+ ){0,2}(?:students|candidates|applicants|people) than (?:we|there)|"
            r"only (?:the )?(?:[\w-]+ ){0,3}(?:applicants|candidates|students) (?:have been|were|are|will be) "
            r"(?:selected|chosen|offered|appointed|invited)"
        ),
        possessive=r"your|yours",
        needs=(
            r"(?:we|i|manager|team|they|client|committee)\b (?:\w+ )?(?:(?:are|were|is|was) (?:seeking|looking "
            r"for)|requir\w*|need\w*|seek\w*|want\w*) (?:someone|somebody|an? (?:\w+ )?(?:candidate|"
            r"applicant|person|individual))\b|"
            # "we were looking for more hands-on Kafka skills": the gap itself
            r"(?:we|i|manager|team|they|client|committee)\b (?:\w+ )?(?:(?:are|were|is|was) (?:seeking|looking for)|"
            r"need\w*|want\w*|requir\w*) more (?:[\w-]+ ){0,3}(?:experience|skills?|expertise|knowledge|exposure)\b"
            # "the client has been very clear that they need hands-on TIA Portal programming"
            r"|(?:we|they|client|manager|team)\b (?:\w+ ){0,6}?(?:need|needs|require|requires) "
            r"(?:hands-on|proven|direct|solid|extensive|substantial|demonstrable|at least)\b"
        ),
    ),
    "de": Shortfall(
        attribute=(
            # compounds too: "Berufserfahrung", "Sprachkenntnisse", "Führungskompetenz"
            r"\w*(?:qualifikation|erfahrung|kenntniss|fähigkeit|kompetenz)\w*|profil|ausbildung|anforderung\w*|"
            r"voraussetzung\w*|erwartung\w*|niveau|ergebnis\w*"
        ),
        # "Ihre Sprachkenntnisse reichen leider nicht aus"
        short=r"nicht ausreichend\w*|unzureichend\w*|fehl(?:t|en)\w*|mangel\w*|reich(?:t|en) (?:\w+ ){0,2}?nicht aus",
        volume=(
            r"(?:\d[\d.]*|viele|zahlreiche|große[nr]? (?:anzahl|zahl)|hohe[nr]? (?:anzahl|zahl)|"
            r"vielzahl)(?: an| von)? (?:\w+ ){0,3}(?:bewerbungen|bewerber\w*|kandidat\w*|zuschriften)|"
            r"(?:bewerberfeld|bewerberlage|kandidatenfeld) (?:\w+ ){0,3}?(?:stark|hochkarätig|gut besetzt)"
        ),
        possessive=r"ihre?[nmrs]?|deine?[nmrs]?|sie|ihnen",
        needs=(
            r"(?:suchen|benötigen|brauchen|wünschen) (?:wir |uns )?(?:jemanden|eine person|einen kandidaten|"
            r"eine kandidatin|ein profil)"
        ),
    ),
    "fr": Shortfall(
        attribute=(
            r"profil|expériences?|compétences?|qualifications?|formation|parcours|exigences|critères|"
            r"attentes|besoins|niveau|épreuve|résultats?|partie"
        ),
        short=r"insuffisant\w*|manque\w*|pas atteint|en (?:deçà|dessous) d\w*|inférieur\w*",
        volume=(
            r"(?:\d[\d  .]*|nombreu\w+|grand nombre de|nombre important de|multitude de) (?:\w+ ){0,2}"
            r"(?:candidatures|candidats|dossiers)"
        ),
        possessive=r"votre|vos|ton|ta|tes|vous",
        needs=(
            r"(?:recherch\w*|cherch\w*|besoin d'|besoin de) (?:quelqu'un|un profil|une personne|un candidat|"
            r"une candidate)"
        ),
    ),
    "es": Shortfall(
        attribute=(
            r"perfil|experiencia|habilidades|competencias|formación|requisitos|cualificaci\w*|"
            # "sus resultados", not "no ha resultado seleccionada" (has not turned out)
            r"conocimientos|necesidades|nivel|(?:los|sus|tus|el|su|tu) resultados?"
        ),
        short=r"insuficiente\w*|carece\w*|falta\w*",
        volume=(
            r"(?:\d[\d.]*|numeros\w+|gran (?:número|cantidad) de|alto número de|much[oa]s) (?:\w+ ){0,2}"
            r"(?:candidaturas|candidatos|solicitudes|postulaciones|postulantes|currículums)"
        ),
        possessive=r"su|sus|tu|tus|usted",
        needs=(
            r"(?:necesit\w+|busc(?:amos|ábamos|aba)|requer\w+) (?:a )?(?:alguien|una persona|un perfil|un candidato|"
            r"una candidata)|(?:busc(?:amos|ábamos|aba)|necesit\w+) (?:a )?(?:\w+ )?(?:estudiantes|profesionales|"
            r"candidat[oa]s|personas|perfiles) (?:que|con)"
        ),
    ),
    "nl": Shortfall(
        attribute=(
            # compounds too: "werkervaring", "vakkennis", "taalvaardigheden"
            r"profiel|\w*ervaring|opleiding|kwalificaties|\w*vaardigheden|competenties|eis|eisen|functie-eisen|"
            r"achtergrond|\w*kennis|diploma|certificaat|bevoegdheid|niveau|uitslag|resultaten"
        ),
        short=r"onvoldoende|ontbre\w+|gebrek\w*|te weinig|mis(?:t|te|ten)",
        volume=(
            r"(?:\d[\d.]*|veel|vele|groot aantal|grote hoeveelheid|flink aantal|heel wat) (?:\w+ ){0,2}"
            r"(?:sollicitaties|reacties|kandidaten|sollicitanten|brieven|deelnemers)"
        ),
        possessive=r"uw|jouw|je|u",
        needs=(
            r"(?:zoeken|zochten|hebben|op zoek (?:zijn |waren )?naar) (?:wij |we )?(?:nodig )?(?:iemand|"
            r"een kandidaat|een profiel)"
        ),
    ),
    "pt": Shortfall(
        attribute=(
            r"perfil|experiência|qualificaç\w+|competências|habilidades|formação|requisitos|"
            r"conhecimentos|necessidades|nível|(?:os|seus|teus|o|seu|teu) resultados?"
        ),
        short=r"insuficiente\w*|falta\w*",
        volume=(
            r"(?:\d[\d.]*|muit[oa]s|grande (?:número|quantidade) de|alto número de|elevado número de|número (?:elevado|"
            r"grande|expressivo) de) "
            r"(?:\w+ ){0,2}(?:candidaturas|candidatos|currículos|inscrições|inscritos)"
        ),
        possessive=r"seu|sua|seus|suas|você|voce",
        needs=(
            r"(?:precis\w+ de|busc\w+|procur\w+) (?:alguém|um perfil|uma pessoa|um candidato|uma candidata)|"
            # "buscamos estudantes que já tenham cursado ..."
            r"(?:busc\w+|procur\w+) (?:\w+ )?(?:estudantes|profissionais|candidat[oa]s|pessoas|perfis) (?:que|com)"
        ),
    ),
    "it": Shortfall(
        attribute=(
            r"profilo|figura professionale|esperienz\w+|competenze|qualifiche|formazione|requisit[oi]|"
            r"conoscenze|esigenze|percorso|patent\w*|abilitazion\w*|titolo di studio|livello|risultat[oi]"
        ),
        short=r"insufficient\w*|manca\w*|carenz\w*|priv[oa] del\w*|non (?:\w+ )?(?:comprende|possiede)",
        volume=(
            r"(?:\d[\d.]*|numeros\w+|molt[ie]|elevato numero di|gran numero di|grande quantità di) "
            r"(?:\w+ ){0,2}(?:candidature|candidati|curricula|cv)"
        ),
        possessive=r"suo|sua|suoi|sue|tuo|tua|tuoi|tue|lei",
        needs=(
            r"(?:cerc(?:hiamo|avamo)|(?:abbiamo|avevamo) bisogno di|necessit\w+ di) (?:qualcuno|un profilo|una persona|"
            r"un candidato|una candidata)|cerc(?:hiamo|avamo) (?:\w+ )?(?:studenti|professionisti|candidati|persone|"
            r"profili) (?:che|con)"
        ),
    ),
}
