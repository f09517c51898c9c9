"""Word classes of the invitations back that `future` builds in every language.

The employer keeps the candidate's papers (`_KEEP` ... `_POOL`), will contact them (`_CONTACT`)
about a suitable (`_SUITABLE`) opening (`_OPENING`) that comes free (`_FREED`), will consider them
(`_CONSIDER`), or would read a new application (`_AGAIN`, `_NEW_APPLICATION`); `_RETENTION` marks a
data-protection notice, which keeps papers for the law, not for the candidate.
"""

from __future__ import annotations

from .. import rx

__all__ = [
    "_AGAIN",
    "_CONSIDER",
    "_CONTACT",
    "_FREED",
    "_KEEP",
    "_NEW_APPLICATION",
    "_OPENING",
    "_POOL",
    "_RETENTION",
    "_SUITABLE",
]

# The same invitation, built from word classes, in every language: the employer keeps the
# candidate's papers in a pool ("bewaren we je cv een jaar in onze kandidatenpool"), will contact
# them about a suitable opening ("Komt er een passende vacature vrij, dan nemen we contact met je
# op"), or will consider them for one ("tenerte en cuenta para futuras posiciones"). Offers are
# often conditions ("Als je het goedvindt, ..."), which count here.
_KEEP = {
    "en": r"keep|kept|retain\w*|hold|held|stor(?:e|ed|ing)|sav(?:e|ed)|add(?:ed)?|remain\w*|stay\w*",
    "de": r"bewahr\w*|aufbewahr\w*|speicher\w*|nehmen|aufnehmen|behalten|bleib\w*|verbleib\w*",
    "fr": r"conserv\w*|gard\w*|intégr\w*|ajout\w*|rest\w*|demeur\w*|enregistr\w*|sauvegard\w*",
    "es": r"guard\w*|conserv\w*|manten\w*|incorpor\w*|añad\w*|qued\w*|permanec\w*",
    "nl": r"bewar\w*|houden|houd\w*|opnemen|opgenomen|nemen|blijft|blijven",
    "pt": r"guard\w*|mant\w*|conserv\w*|inclu\w*|continu\w*|permanec\w*|fica\w*",
    "it": r"conserv\w*|terr\w*|manten\w*|manterr\w*|inserir\w*|inserit\w*|rest\w*|rimar\w*|riman\w*",
}
_POOL = (
    r"talent ?pool|talentpool|kandidatenpool|bewerberpool|vivier|base de (?:données|datos|talentos|dados)|"
    r"banco de talentos|bolsa de (?:empleo|trabajo|talento)|banca dati|database|on file|on record|"
    r"(?:candidate|applicant) pool|bestand|archivo|archivio|evidenz|werfreserve|wervingsreserve|cvth[èe]que|"
    r"\w*datenbank|kartei|"
    r"talent (?:community|network|bank|list)|(?:list|register|pool|network) of (?:candidates|applicants|talent)"
)
_CONTACT = {
    "en": r"(?:contact|reach out to|get in touch with|be in touch with|call|email|notify|alert) you|be in touch|"
    r"let you know|hear from you",
    "de": r"melden (?:uns|wir uns)|(?:sie|dich) kontaktieren|auf sie zu|in verbindung (?:setzen|treten)",
    "fr": r"(?:vous|te) recontacter|reviendrons vers (?:vous|toi)|(?:vous|te) contacter|reprendr\w* contact|"
    r"(?:vous|te) recontacterons|revenir vers (?:vous|toi)|(?:vous|te) revoir|(?:vous|te) (?:informer|prévenir|"
    r"tenir informée?s?)|tiendr\w* informée?s?",
    "es": r"(?:te|le|les) contactar\w*|contactaremos|pondremos en contacto|"
    r"retomar\w* (?:el )?contacto|nos comunicaremos|(?:te|le) avisar\w*|"
    r"(?:te|le|les) mantendremos informad[oa]s?|mantener(?:te|le|les) informad[oa]s?",
    "nl": r"contact (?:met (?:je|u) )?op|nemen (?:we|wij) (?:\w+ ){0,2}contact|(?:je|u) benaderen|"
    r"(?:je|u) (?:\w+ )?contacteren",
    "pt": r"entraremos em contato|(?:te|o|a) contactar\w*|entrar em contato|(?:te|o|a) contatar\w*|"
    r"te (?:cham\w*|ligo)|ligaremos|(?:o|a) chamaremos|(?:o|a|te) manteremos informad[oa]",
    "it": r"ricontatt\w*|contatter\w*|(?:la|ti) contatt\w*|rest\w* in contatto|(?:la|ti) (?:avviser|informer)\w*",
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
    r"terr(?:emo|à) (?:in )?considerazione|(?:la|ti) (?:terremo|considereremo)|"
    r"contar com (?:a )?(?:sua|tua|você) ?(?:participação|candidatura)?|contar con(?:tigo| usted)"
)
_OPENING = (
    r"vacanc\w*|positions?|openings?|roles?|opportunit\w*|stellen?|vakanz\w*|postes?|offres?|vacantes?|"
    r"posici\w+|puestos?|oportunidad\w*|vacatures?|functies?|vagas?|oportunidades?|posizion\w+|ruol\w+|"
    r"jobs?|mandat\w*|incarich\w*|ofertas?|offert[ae]|\w*angebot\w*|ausschreibung\w*|recrutements?|recruitments?|"
    r"procesos?|processos?|selezion\w*|cohorts?|intakes?|besoins|\w+functies?|\w+vacatures?"
)
_SUITABLE = (
    r"suitable|similar|future|new|another|other|upcoming|passende\w*|geeignete\w*|künftig\w*|neue\w*|"
    r"correspondant\w*|futur\w*|nouve\w*|adecuad\w*|nuev\w*|toekomstig\w*|nieuwe|geschikte|adequad\w*|"
    r"nov[ao]s?|adatt\w*|nuov\w*|simil\w*|appropri\w*|senior|outr[ao]s?|otr[ao]s?|altr[oiae]|autres?|"
    r"andere\w*|prochain\w*|próxim\w*|prossim\w*|volgende|nächste\w*|en adéquation|adéquat\w*|adapté\w*"
)
# a data-protection notice keeps the papers for the law, not for the candidate
_RETENTION = rx.compile(
    r"\b(?:delet\w*|destroy\w*|löschen|gelöscht|vernicht\w*|supprim\w*|détrui\w*|elimin\w*|borrar\w*|"
    r"verwijder\w*|vernietig\w*|apagad\w*|cancellat\w*|gdpr|dsgvo|rgpd|avg|lgpd|datenschutz\w*|legal\w*|"
    r"privacy|protection des données|protección de datos|rechtlich\w*)\b"
)
# an opening that comes free: "wenn eine Position frei wird", "si le poste venait à être rouvert"
_FREED = (
    r"frei (?:wird|werden)|vrijkomt|vrij komt|se libér\w*|se libère\w*|rouvert\w*|réouvert\w*|"
    r"reopen\w*|re-open\w*|se (?:abr|abra)\w*|abrir|reabr\w*|si aprisse|si riapr\w*|abrir\w*|opens?(?: up)?|"
    r"se présent\w*|à se présenter|surg\w*|se present\w*|(?:opnieuw )?(?:worden )?opengesteld|heropend\w*|"
    r"becom\w* (?:available|vacant|free)|comes? up|aris(?:e|es)"
)
# "we would be glad to receive a new application from you", "une nouvelle candidature"
_NEW_APPLICATION = (
    r"(?:nova|nueva|nuova) candidatura|nouvelle candidature|nieuwe sollicitatie|erneute bewerbung|"
    r"new application from you"
)
