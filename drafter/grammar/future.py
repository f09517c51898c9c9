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
    r"put (?:yourself|your name) forward|get (?:back )?in touch|reach out|contact us|write to us|think of|"
    r"remember|sign up|subscribe|register|join|stay (?:in touch|connected)|keep in touch"
)
# what comes later: another opening, or the employer's list of them
_EN_LATER = (
    r"future|again|other|another|new|upcoming|later|similar|suitable|relevant|job alerts?|careers? (?:page|site|portal|"
    r"website)|job (?:board|site)|(?:our|current|open|latest|list of) (?:\w+ )?(?:postings|openings|vacancies|"
    r"opportunities|jobs|roles|positions)"
)
_NO_COMMA = r"[^.;!?,]"
_INVITED: dict[str, str] = {
    "en": rf"\b(?:you|please|free to|encourage you to|invite you to|welcome you to|hope (?:that )?you)\b"
    rf"(?!{_C}{{0,45}}?\b(?:not|n't|never|no longer)\b){_C}{{0,45}}?\b(?:{_EN_VERB})\b{_NO_COMMA}{{0,90}}?"
    rf"\b(?:{_EN_LATER})\b|\byour future applications?\b|"
    # "your resume will be kept on file", "we will keep your details in our talent pool"
    rf"\b(?:your|you)\b{_C}{{0,30}}?\b(?:kept|retained|held|stored|saved)\b{_C}{{0,20}}?\b(?:on file|on record|"
    rf"in (?:our|the) (?:database|system|talent))|"
    rf"\b(?:we|i)(?:'ll| will| would| may| might| can| shall)?(?: \w+){{0,3}} "
    rf"(?:contact you|reach out to you|get in touch with you|be in touch|keep you in mind|consider you|"
    rf"think of you)\b{_C}{{0,60}}?\b(?:future|other|another|new|similar|suitable|if|when|should)\b|"
    # "we would love to stay in touch for future positions"
    rf"\b(?:stay|keep|remain) (?:in touch|connected)\b{_C}{{0,60}}?\b(?:future|other|new|upcoming)\b",
    "de": rf"\b(?:sie|du|gerne|gern)\b{_C}{{0,40}}?\b(?:erneut|wieder|künftig|zukünftig|weiterhin)\b"
    rf"{_C}{{0,40}}?\b(?:bewerben|bewerbung|melden|schauen|besuchen)|\b(?:freuen uns|würden uns freuen)"
    rf"{_C}{{0,60}}?\b(?:wieder|erneut|künftig|zukünftig)\b|\b(?:bewerber|talent)pool\b|"
    rf"\b(?:auf sie|auf dich) zurück(?:kommen|zukommen)|\b(?:behalten|haben) (?:\w+ ){{0,6}}?im (?:blick|auge)\b",
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
    rf"participar)\w*\b{_C}{{0,40}}?\b(?:novamente|futur\w*|outr[oa]s?|nov[oa]s?)\b|\b(?:manteremos|guardaremos) "
    rf"(?:seu|o seu|sua|a sua) (?:currículo|cv|perfil)|\bcontar com (?:a )?(?:sua|tua) candidatura\b",
    "it": rf"\b(?:future|nuove|prossime|altre) (?:opportunità|posizioni|selezioni|offerte)|"
    rf"\b(?:candidarsi|candidarti|candidarla|ricandid\w+)\b{_C}{{0,40}}?\b(?:nuovo|futur\w*|altre)\b|"
    rf"\b(?:conserveremo|terremo|manterremo) (?:il suo|il tuo) (?:cv|curriculum|profilo)|"
    rf"\b(?:seguire|consultare|monitorare) (?:\w+ ){{0,2}}(?:offerte|posizioni aperte|opportunità)\b",
}
# "thank you for applying for our other role", "we will consider other candidates"
_NOT_INVITED = re.compile(
    r"\bthank\w*(?: you)? for (?:\w+ ){0,2}(?:consider|apply|application|submit|explor)|\bpaths? (?:will )?cross\b|"
    r"\bother (?:candidates|applicants)\b|\bother (?:\w+ ){0,2}(?:firms|companies|employers|organi[sz]ations)\b"
)


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    own = _INVITED.get(language, _INVITED["en"])
    return re.compile(own if language == "en" else f"{own}|{_INVITED['en']}")


def invited(sentences: Iterable[str], language: str) -> bool:
    """True when a sentence invites the candidate back (apply again, other openings, on file)."""
    pattern = _pattern(language)
    later = _later(language)
    return any((_read(pattern, s) or _later_read(later, s)) and not _NOT_INVITED.search(s) for s in sentences)


def _read(pattern: re.Pattern[str], sentence: str) -> bool:
    m = pattern.search(sentence)
    # "kept on file for six months and then deleted": a data-protection notice, unless it also
    # speaks of a future opening ("... and considered for future roles")
    return bool(m) and not (_RETENTION.search(sentence) and not _FUTURE_ROLE.search(sentence))


def _later_read(later: re.Pattern[str], sentence: str) -> bool:
    m = later.search(sentence)
    if m is None or (_RETENTION.search(sentence) and not _FUTURE_ROLE.search(sentence)):
        return False
    # "we will not keep your CV on file", "nous ne conserverons pas votre candidature", but not
    # "nous ne manquerions pas de revenir vers vous" (will not fail to)
    window = _NOT_FAIL.sub(" ", sentence[max(0, m.start() - 25) : m.end()])
    return not _NEGATED_LATER.search(window)


_NOT_FAIL = re.compile(r"\bne (?:\w+ )?manquer\w* pas\b|\bnot fail to\b|\bnicht versäumen\b")


# The same invitation, built from word classes, in every language: the employer keeps the
# candidate's papers in a pool ("bewaren we je cv een jaar in onze kandidatenpool"), will contact
# them about a suitable opening ("Komt er een passende vacature vrij, dan nemen we contact met je
# op"), or will consider them for one ("tenerte en cuenta para futuras posiciones"). Offers are
# often conditions ("Als je het goedvindt, ..."), which count here.
_KEEP = {
    "en": r"keep|kept|retain\w*|hold|held|stor(?:e|ed|ing)|sav(?:e|ed)|add(?:ed)?",
    "de": r"bewahr\w*|aufbewahr\w*|speicher\w*|nehmen|aufnehmen|behalten",
    "fr": r"conserv\w*|gard\w*|intégr\w*|ajout\w*",
    "es": r"guard\w*|conserv\w*|manten\w*|incorpor\w*|añad\w*",
    "nl": r"bewar\w*|houden|opnemen|opgenomen|nemen|blijft|blijven",
    "pt": r"guard\w*|mant\w*|conserv\w*|inclu\w*",
    "it": r"conserv\w*|terr\w*|manten\w*|manterr\w*|inserir\w*|inserit\w*",
}
_POOL = (
    r"talent ?pool|talentpool|kandidatenpool|bewerberpool|vivier|base de (?:données|datos|talentos|dados)|"
    r"banco de talentos|bolsa de (?:empleo|trabajo|talento)|banca dati|database|on file|on record|"
    r"(?:candidate|applicant) pool|bestand|archivo|archivio|evidenz|werfreserve|wervingsreserve"
)
_CONTACT = {
    "en": r"(?:contact|reach out to|get in touch with|be in touch with|call|email) you|be in touch",
    "de": r"melden (?:uns|wir uns)|(?:sie|dich) kontaktieren|auf sie zu|in verbindung (?:setzen|treten)",
    "fr": r"(?:vous|te) recontacter|reviendrons vers (?:vous|toi)|(?:vous|te) contacter|reprendre contact|"
    r"(?:vous|te) recontacterons|revenir vers (?:vous|toi)",
    "es": r"(?:te|le|les) contactar\w*|contactaremos|pondremos en contacto|nos comunicaremos|(?:te|le) avisar\w*",
    "nl": r"contact (?:met (?:je|u) )?op|nemen (?:we|wij) (?:\w+ ){0,2}contact|(?:je|u) benaderen|"
    r"(?:je|u) (?:\w+ )?contacteren",
    "pt": r"entraremos em contato|(?:te|o|a) contactar\w*|entrar em contato|(?:te|o|a) contatar\w*|"
    r"te (?:cham\w*|ligo)|ligaremos|(?:o|a) chamaremos",
    "it": r"ricontatt\w*|contatter\w*|(?:la|ti) contatt\w*|rest\w* in contatto",
}
# "me encantará volver a leer tu candidatura": reading the candidate's application again
_AGAIN = (
    r"volver a (?:leer|ver|recibir|considerar|valorar) (?:tu|su) (?:candidatura|cv|currículum|perfil)|"
    r"voltar a (?:ler|ver|receber|considerar) (?:a sua|o seu|sua|seu|a tua|o teu) (?:candidatura|currículo|cv)|"
    r"relire (?:votre|ta) candidature|rileggere (?:la sua|la tua) candidatura|read your application again|"
    r"(?:recevoir|lire|étudier) (?:à|de) nouveau (?:votre|ta) candidature|volver a saber de (?:ti|usted|vosotros)|"
    r"hear from you again"
)
_CONSIDER = (
    r"keep you in mind|consider you|think of you|tenerte en cuenta|tenerle en cuenta|considerar(?:te|le)|"
    r"(?:sie|dich) (?:\w+ ){0,3}berücksichtigen|vous (?:\w+ ){0,2}prendre en compte|penser à (?:vous|toi)|"
    r"(?:je|u) in gedachten houden|aan (?:je|u) denken|considerá-l[oa]|lembrar de (?:você|ti)|"
    r"terr(?:emo|à) (?:in )?considerazione|(?:la|ti) (?:terremo|considereremo)"
)
_OPENING = (
    r"vacanc\w*|positions?|openings?|roles?|opportunit\w*|stellen?|vakanz\w*|postes?|offres?|vacantes?|"
    r"posici\w+|puestos?|oportunidad\w*|vacatures?|functies?|vagas?|oportunidades?|posizion\w+|ruol\w+|"
    r"jobs?|mandat\w*|incarich\w*"
)
_SUITABLE = (
    r"suitable|similar|future|new|another|other|upcoming|passende\w*|geeignete\w*|künftig\w*|neue\w*|"
    r"correspondant\w*|futur\w*|nouve\w*|adecuad\w*|nuev\w*|toekomstig\w*|nieuwe|geschikte|adequad\w*|"
    r"nov[ao]s?|adatt\w*|nuov\w*|simil\w*|appropri\w*|senior|outr[ao]s?|otr[ao]s?|altr[oiae]|autres?|"
    r"andere\w*"
)
# a data-protection notice keeps the papers for the law, not for the candidate
_RETENTION = re.compile(
    r"\b(?:delet\w*|destroy\w*|löschen|gelöscht|vernicht\w*|supprim\w*|détrui\w*|elimin\w*|borrar\w*|"
    r"verwijder\w*|vernietig\w*|apagad\w*|cancellat\w*|gdpr|dsgvo|rgpd|avg|lgpd|datenschutz\w*|legal\w*|"
    r"privacy|protection des données|protección de datos|rechtlich\w*)\b"
)
# an opening that comes free: "wenn eine Position frei wird", "si le poste venait à être rouvert"
_FREED = (
    r"frei (?:wird|werden)|vrijkomt|vrij komt|se libér\w*|se libère\w*|rouvert\w*|réouvert\w*|"
    r"reopen\w*|re-open\w*|se (?:abr|abra)\w*|abrir|reabr\w*|si aprisse|si riapr\w*|abrir\w*"
)
# "we would be glad to receive a new application from you", "une nouvelle candidature"
_NEW_APPLICATION = (
    r"(?:nova|nueva|nuova) candidatura|nouvelle candidature|nieuwe sollicitatie|erneute bewerbung|"
    r"new application from you"
)
_FUTURE_ROLE = re.compile(rf"\b(?:{_SUITABLE})\b{_C}{{0,20}}?\b(?:{_OPENING})\b")
# Portuguese "no" is "in the" ("no nosso banco de talentos"), not a negation
_NEGATED_LATER = re.compile(
    r"\b(?:not|never|nicht|keine?\w*|ne|pas|niet|geen|não|non)\b|n't\b|"
    r"\bno\b(?!\s+(?:nosso|nossa|seu|sua|banco|futuro|sistema|momento|processo|arquivo|cadastro)\b)"
)


@functools.cache
def _later(language: str) -> re.Pattern[str]:
    keep = _KEEP.get(language, _KEEP["en"])
    contact = _CONTACT.get(language, _CONTACT["en"])
    opening = rf"\b(?:{_SUITABLE})\b{_C}{{0,20}}?\b(?:{_OPENING})\b"
    return re.compile(
        rf"\b(?:{keep})\b{_C}{{0,80}}?\b(?:{_POOL})\b|"
        rf"\b(?:{contact})\b{_C}{{0,100}}?{opening}|{opening}{_C}{{0,100}}?\b(?:{contact})\b|"
        rf"\b(?:{_CONSIDER})\b{_C}{{0,60}}?\b(?:{_SUITABLE}|{_OPENING})\b|\b(?:{_AGAIN})\b|"
        rf"\b(?:{contact})\b{_C}{{0,100}}?\b(?:{_OPENING})\b{_C}{{0,20}}?\b(?:{_FREED})|"
        rf"\b(?:{_OPENING})\b{_C}{{0,20}}?\b(?:{_FREED}){_C}{{0,100}}?\b(?:{contact})\b|"
        rf"\b(?:{_NEW_APPLICATION})\b"
    )
