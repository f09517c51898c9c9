"""The shapes in which letters name their post, tried in order by `roles.role`.

Each is a pattern with the title in the group `r` (and, for "the X position", the noun in `noun`);
the shapes from `_LOWER_START` on allow a title in sentence case ("le poste de technicien de
maintenance"). Compiled one by one on first use, by `roles`.
"""

from __future__ import annotations

from .people import UPPER
from .titles import ROLE_HEADS

__all__ = ["_LOWER_START", "_ROLE_SOURCES"]

# Where a title ends. "en", "na", "em"... start the company only before a capital ("Analista en
# Grupo Tajo"), since they also occur inside titles ("Juriste en droit social").
_ROLE_TAIL = (
    r"(?=\s+(?:at|with|within|on|for|here|bei|chez|presso|per|au sein|dans|auprès|aqui|aquí|ici|"
    r"hier|qui|en nuestr[oa]s?|na nossa|no nosso|dans notre|nel nostro|nella nostra|in unsere[mr]?|"
    r"bij ons)\b|"
    rf"\s+(?:en|bij|na|no|em|in|à)\s+(?:de |het |la |el |a |o |der |die |das |the )?[{UPPER}]|"
    r"\s*[,;:!?()\[\]\"\n]|\s+[–—-]\s|\.(?:\s|$)|$)"
)
# ...and at conjunctions and negations ("de functie van Office Manager niet kunnen invullen")
# ...and at the verb of the sentence ("la posizione di Analista è stata coperta")
_FOREIGN_TAIL = _ROLE_TAIL.replace(
    "(?=",
    # German titles join nouns with "und" ("Kaufmann für Spedition und Logistikdienstleistung"): it ends
    # the title only before a lowercase word or a pronoun ("... und freuen uns", "und Ihr Interesse")
    r"(?=\s+(?:et|y|e|ed)\s+(?:[a-zà-ÿ]|(?:La|Le|Il|Lo|Les|El|Los|Las|Nos|Vous|Lei|Su|Sua|Te|Ti|Le)\b)|"
    r"\s+(?:niet|nicht|ne|não|non|è|est|ist|wurde|wird|ha|fue|foi|está|is|werd|"
    r"a été|sera|será|sarà)\s|\s+und\s+(?:[a-zäöüß]|(?:die|der|das|den|dem|des|Ihr\w*|Sie|wir|uns|für|mit)\b)|",
    1,
)
# Compiled one by one on first use: most letters name their role in the first few shapes.
_ROLE_SOURCES = [
    # "joining Acme as a Claims Adjuster", "apply to Acme as an Account Executive"
    (
        r"(?i:\b(?:joining|join|applied|applying|application|interest|apply|work(?:ing)?|offer)\b)"
        rf"[^.\n]{{0,80}}?\b(?i:as an?|as our|as|to be(?: our| the| an?)?(?: next| new)?|"
        rf"to become(?: our| the| an?)?)\s+"
        rf"(?P<r>(?:\d+-[{UPPER}]\w* )?[a-z]?[{UPPER}][^\n.;:!?()]{{1,60}}?){_ROLE_TAIL}"
    ),
    # "our open Team Lead, Customer Success position", "your Junior Data Analyst application"
    (
        r"(?i:\b(?:the|our|your|this|an?))\s+(?:(?i:open|advertised|recent|posted)\s+)?"
        r"(?P<r>(?:(?!\band (?:in|for|to|with|on) )[^.;:!?\n()]){2,70}?)\s*(?:\([^()]{0,30}\)\s*)?"
        r"(?P<noun>(?i:role|position|vacancy|opening|job|application|interview|internship|"
        r"traineeship|apprenticeship|programme|program|scheme|post))\b"
        rf"(?!\s+(?i:{ROLE_HEADS})s?\b)"
    ),
    (
        rf"(?i:\b(?:position|role|post|vacancy|opening|job) (?:of|"
        rf"as))\s+(?P<r>[^\n.;:!?()]{{2,70}}?){_ROLE_TAIL}"
    ),
    (
        r"(?i:\b(?:application|applying|applied|candidacy|interest|invitation|advertisement|advert) "
        r"for:?\s+(?:the |our |this |an? )?)"
        rf"(?P<r>[^\n.;:!?()]{{2,70}}?){_ROLE_TAIL}"
    ),
    (
        rf"(?<![\w'’])(?P<r>(?:[a-z]?[{UPPER}][\w'’/&+#.-]*,? (?:(?:of|and|&|for|de) )?){{1,6}}"
        rf"(?:\([^()\s]{{1,20}}\) )?)"
        rf"(?:role|position|"
        rf"vacancy|opening|spot)\b"
    ),
    (
        r"(?i:\b(?:als|en tant que|Position|Stelle|Funktion|poste|fonction|emploi|puesto|vacante|posición|posto|posti|"
        r"cargo|"
        r"functie|vacature|positie|vaga|função|posição|posizione|ruolo|figura|candidat[oa]|"
        r"candidatad[oa]|postulad[oa])\s+(?:als\s+|eines?\s+|"
        r"einer\s+|zur\s+|"
        r"zum\s+|de\s+|d'|d’|van\s+|para\s+|di\s+|come\s+)?)"
        rf"(?P<r>[{UPPER}][^\n.;:!?()]{{1,70}}?){_FOREIGN_TAIL}"
    ),
    (
        r"(?i:\b(?:Bewerbung|candidature|candidatura|sollicitatie|solicitud)\s+(?:als|para|pour|"
        r"voor|per|como|a|de)\s+"
        r"(?:el puesto de\s+|le poste de\s+|de functie(?: van)?\s+|la posizione di\s+)?)"
        rf"(?P<r>[{UPPER}][^\n.;:!?()]{{1,70}}?){_FOREIGN_TAIL}"
    ),
    # "la búsqueda de Consultora SAP", "o processo para Coordenadora de Comércio", "la selezione
    # per Analista", "le recrutement de Chargé d'affaires"
    (
        r"(?i:\b(?:búsqueda|proceso(?: de selección)?|processo(?: seletivo)?|selección|seleção|"
        r"selezione|recrutamento|reclutamiento|recrutement|sélection|werving)\s+(?:de|para|pour|per|"
        r"di|voor)\s+(?:la |el |a |o |le |l'|een |un |una )?)"
        rf"(?P<r>[{UPPER}][^\n.;:!?()]{{1,70}}?){_FOREIGN_TAIL}"
    ),
]


# "notre offre d'emploi « Comptable fournisseurs »", "die Stelle „Sachbearbeiter Lohn“"
_ROLE_SOURCES.append(
    r"(?i:\b(?:offre|offre d'emploi|annonce|poste|Stelle|Stellenanzeige|Position|oferta|puesto|vacante|"
    r"vacature|functie|vaga|posizione|annuncio|role|position|vacancy|job)\s+(?:de |d'|als |di )?)"
    r"[«\"“„‹]\s?(?P<r>[^«»\"“”„‹›\n]{2,60}?)\s?[»\"”“›]"
)
# 'the "Accountant" position', 'the « Chargé de clientèle » role'
_ROLE_SOURCES.append(
    r"[«\"“„‹]\s?(?P<r>[^«»\"“”„‹›\n]{2,60}?)\s?[»\"”“›]\s+(?i:position|role|vacancy|post|job|opening)\b"
)


# A post named by its label in sentence case, as Romance, Dutch and German letters (and some
# English ones) write it: "le poste de technicien de maintenance CVC", "de functie van
# beleidsadviseur duurzaamheid", "the position of assistant professor". Lowercase is allowed only
# here, and the title stops at the first word that starts a place, a company or a clause.
_LOWER_TAIL = (
    r"(?=\s+(?:at|with|in the|within|for|on|bij|chez|au sein|dans|à|en|de la|del|para|pour|per|presso|"
    r"que|qui|et|and|und|bei|in unserem|in unserer|im|em|na|no|nel|nella|da|die|der|das|is|est|è|"
    r"werd|wurde|has|ha|a été|was|ist)\b|\s*[,;:!?()\[\]\"\n]|\s+[–—-]\s|\.(?:\s|$)|$)"
)
_LOWER_START = len(_ROLE_SOURCES)
_ROLE_SOURCES.append(
    r"(?i:\b(?:(?:le|du|au|un|ce) poste d(?:e |'|’)|(?:el|al|del) puesto de |(?:la|una) vacante de |"
    r"(?:o|ao|do) cargo de |(?:a|à|da) vaga de |(?:la|alla|della) posizione di |(?:il|al|del) ruolo di |"
    r"(?:de|die|een) (?:functie|vacature) (?:van|als) |(?:die|der) Stelle als |"
    r"(?:candidatura|candidature) (?:come|como|comme) )(?:an? )?)"
    rf"(?P<r>[\w'’][\w'’/&+#.-]*(?: [\w'’/&+#.-]+){{0,4}}?){_LOWER_TAIL}"
)
# "the bookkeeper job", "a summer associate position", "the position of assistant professor":
# lowercase, but ending in a title's head
_LOWER_HEADS = rf"(?:[a-z][\w-]* ){{0,3}}(?:{ROLE_HEADS}|bookkeeper|studentship|fellowship)s?"
_ROLE_SOURCES.append(
    rf"(?i:\b(?:the|an?|our|your)\s+)(?P<r>{_LOWER_HEADS})\s+(?i:job|position|role|post|vacancy|opening)\b"
)
_ROLE_SOURCES.append(rf"(?i:\b(?:position|post) of (?:an? )?)(?P<r>{_LOWER_HEADS})\b")
