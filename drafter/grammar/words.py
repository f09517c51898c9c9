"""Word classes of the decision grammar, one `Words` per language.

Each field is a regex alternation for lower-cased text with plain apostrophes (French "n'" is
read as "ne "). The classes name what a part of a sentence does, not one letter's wording:

- `neg`: a negation or refusal ("not", "no longer", "unable to", "nicht", "ne", "non");
- `progress`: a verb of progress or choice whose object is the candidate ("proceed", "consider",
  "shortlist", "invite", "retenir", "berücksichtigen", "proseguire");
- `candidate`: the candidate or their application as that object ("you", "your application");
- `outcome`: a negative outcome said of the candidate's application ("unsuccessful", "rejected");
- `chose`: choosing or hiring somebody ("selected", "hired", "decided to go with");
- `other`: another person as the one chosen ("another candidate", "un autre candidat");
- `post`: the post itself ("position", "role", "Stelle", "poste");
- `filled` / `closed`: what happened to the post;
- `fit`: a verb of fit or match ("match", "fit", "entsprechen", "corresponder");
- `generic`: a subject that makes the sentence a rule for others ("candidates who ...").
"""

from __future__ import annotations

from typing import NamedTuple


class Words(NamedTuple):
    neg: str
    progress: str
    candidate: str
    outcome: str
    chose: str
    other: str
    post: str
    filled: str
    closed: str
    fit: str
    generic: str


EN = Words(
    neg=r"not|n't|no longer|unable to|cannot|decided against|without",
    progress=(
        r"proceed\w*|progress\w*|mov(?:e|ed|ing) (?:forward|ahead|on)|tak(?:e|ing) \w+(?: \w+){0,2} "
        r"(?:further|forward)|taken (?:further|forward)|consider\w*|shortlist\w*|select\w*|offer\w*|invit\w*|pursu\w*|"
        r"continu\w*|advanc\w*|go(?:ing)? (?:forward|further|ahead)|successful|chosen|extend\w*|"
        r"(?:been|be) (?:put|passed) forward|pass(?:ed)? (?:on|through) to|recommend\w*|"
        r"have (?:a|any) (?:place|position|role|spot|opening|vacancy) for you"
    ),
    candidate=(
        r"you|your (?:application|candidacy|candidature|profile|cv|resume|résumé|submission|"
        r"interest|qualifications|experience|skills?|background)|yourself"
    ),
    outcome=(
        r"unsuccessful|rejected|declined|not (?:been )?(?:successful|selected|shortlisted|"
        r"progressed|chosen)|(?:decline|reject)d? (?:your|the) (?:application|candidacy)|"
        r"not (?:reach|achieve|attain|meet)\w* (?:the )?(?:pass mark|required|minimum|threshold|standard|benchmark)"
    ),
    chose=(
        r"chose|chosen|select(?:ed)?|shortlisted (?=the|other)|identified|find|found|hired|appointed|"
        r"(?:decided|chosen|chose|opted) to (?:appoint|hire|take on)|"
        r"offer(?:ed)? (?:the|this) "
        r"(?:position|role|job|post) to|(?:been )?offered to|decided (?:to )?(?:go|move|proceed|continue) "
        r"(?:forward |ahead )?(?:(?:the|our|this) (?:[\w-]+ ){0,2}?(?:process|recruitment|selection|search|hiring) )?"
        r"with(?! you\b)|"
        # "we have decided to extend the internship to another candidate"
        r"extend(?:ed|ing)? (?:the|an|our|this|that) (?:[\w-]+ ){0,2}?(?:offer|internship|placement|position|role|"
        r"place|post|opportunity) to|(?:gone|went|going) with|mov(?:e|ing) (?:forward|ahead) with|"
        r"proceed(?:ing)? with|pursu(?:e|ing)|continu(?:e|ing) with|decided on|settled on|"
        r"moved on to (?:consider(?:ing)?|interview(?:ing)?)|"
        # "we've decided to fill the position with an internal candidate"
        r"fill(?:ed|ing)? (?:the|this|that) (?:[\w-]+ ){0,3}?(?:position|role|post|vacancy|opening) with"
    ),
    other=(
        r"(?:another|other|a different|different|alternative|(?:a|an|one)(?: \w+){0,3}) (?:[\w-]+ )?"
        r"(?:candidate|applicant|individual|person|profile|finalist|colleague)s?|someone|somebody|"
        r"(?:the|our) (?:successful|chosen|selected|preferred|appointed|winning) (?:candidate|applicant|person)s?|"
        r"the (?:candidate|applicant|person|individual) (?:who|whose)|"
        r"(?:candidates|applicants|finalists) (?:who|whose|with|that)"
    ),
    post=r"position|role|vacancy|post|job|opening|requisition|search|places",
    # offered to another candidate is someone else chosen; filled once they accept
    filled=r"filled|offered (?:to )?and accepted|accepted by|offered to and accepted by",
    closed=(
        r"closed|cancell?ed|withdrawn|put on hold|placed on hold|on hold|paused|eliminated|cut|axed|abolished|"
        r"scrapped|discontinued|"
        r"no longer (?:available|open|being recruited)"
    ),
    fit=r"compatib\w*|compatív\w*|fit|match\w*|meet|met|align\w*|suit\w*|correspond\w*",
    generic=r"(?:candidates|applicants|those|anyone|people|applications) (?:who|that|whose|which)",
)

DE = Words(
    neg=r"nicht|keine?[nmr]?|leider|absehen",
    progress=(
        r"berücksichtig\w*|weiter(?:verfolg|führ|geh|kommen|berücksichtig)\w*|einlad\w*|"
        r"einzuladen|anbieten|fortsetz\w*|fortzusetzen|fortführ\w*|fortzuführen|weiterzuführen|engere wahl|ausgewählt|"
        r"auswählen|"
        r"entsprech\w*|angebot|zusage|in betracht|vorstellungsgespräch"
    ),
    candidate=r"sie|ihnen|ihre[nmr]? (?:bewerbung|kandidatur|unterlagen|profil)|dich|dir|deine",
    outcome=r"absage|nicht erfolgreich|nicht berücksichtigt|abgelehnt|nicht in die engere",
    chose=(
        r"entschieden|entscheiden|ausgewählt|gewählt|besetzt mit|besetzen|zu besetzen|eingestellt|"
        r"(?:aus)?wahl fiel|entscheidung fiel|(?:aus)?wahl (?:ist )?(?:\w+ )?gefallen|"
        r"(?:den )?vorzug gegeben|vorgezogen"
    ),
    other=(
        r"(?:eine[nmr]?|die) (?:andere[nmn]?|weitere[nmn]?) (?:bewerber\w*|kandidat\w*|person)|"
        r"(?:andere|einige|mehrere|wenige)[nm]? (?:bewerber\w*|kandidat\w*)|mitbewerber\w*|"
        r"mit (?:einer|einem) (?:\w+ )?(?:bewerber\w*|kandidat\w*|person)|"
        r"(?:auf|für|zugunsten) (?:eine[nmrs]?|einen|des|der) (?:\w+ )?(?:bewerber\w*|kandidat\w*|person)"
    ),
    post=r"stelle|position|vakanz|ausschreibung|funktion|\w*plätze",
    filled=r"besetzt|vergeben",
    closed=r"zurückgezogen|gestrichen|nicht (?:mehr )?besetzt|eingestellt|gestoppt|pausiert",
    fit=r"compatib\w*|compatív\w*|entsprech\w*|pass\w*|übereinstimm\w*|decken",
    generic=r"(?:bewerber\w*|kandidat\w*) (?:die|deren|welche)",
)

FR = Words(
    neg=r"ne|pas|plus|impossible|malheureusement|regrett\w*",
    progress=(
        r"retenir|retenue?s?|retenons|retiendrons|donner (?:une )?suite|poursuivre|poursuivons|continuer|sélectionn\w*|"
        r"convi\w*|invit\w*|propos\w*|aller plus loin|avancer|favorable|positive|considér\w*|acceptée?s?"
    ),
    candidate=(
        r"vous|votre (?:candidature|profil|dossier|demande|parcours|expérience)|vos (?:compétences|"
        r"expériences|qualifications)|[dl]['’]y donner|toi|ta candidature|ton profil"
    ),
    outcome=(
        r"pas été (?:\w+ ){0,2}?(?:retenue?s?|sélectionnée?s?|admise?s?|classée?s?|recevables?|admissibles?)|"
        r"pas abouti|"
        r"défavorable|négative"
    ),
    chose=(
        r"retenu|retenir|choisi|choisir|opté pour|porté sur|privilégié|privilégier|sélectionner|préféré|proposé|"
        r"désigné|nommé|"
        r"recruté|embauché|"
        r"(?:poursuivre|continuer|avancer)(?: (?:le|la|les|ce|cette|notre|nos)(?: [\w']+){1,3}?)? avec(?! vous\b)|"
        r"sélectionné"
    ),
    other=(
        r"(?:un|une) autre (?:candidat\w*|profil|personne)|d'autres (?:candidat\w*|profils|personnes)|"
        r"autres candidat\w*|"
        r"(?:des|les) (?:candidat\w*|profils|personnes) (?:qui|dont|ayant|avec|plus)|(?:un|une) collègue|"
        r"(?:un|une) (?:\w+ )?(?:candidat\w*|profil) (?:qui|dont|ayant|avec|plus|disposant|possédant|justifiant)"
    ),
    post=r"poste|offre|emploi|recrutement|places",
    filled=r"pourvu|attribué",
    closed=r"(?:annulé|clôturé|suspendu|gelé|retiré|supprimé|abandonné)e?s?",
    fit=r"compatib\w*|compatív\w*|correspond\w*|adéquation|répond\w*|aligné",
    generic=r"(?:candidats|candidatures|personnes) (?:qui|dont)",
)

ES = Words(
    neg=r"no|ya no|lamentablemente|desafortunadamente",
    progress=(
        r"continuar|seguir|avanzar|pasad[oa] a la siguiente|pasar a la siguiente|seleccionad\w*|contar con\w*|"
        r"considerar\w*|ofrecer\w*|invitar\w*|adelante|proceder|prosperado|elegid\w*|aceptad[oa]s?|admitid[oa]s?"
    ),
    # "no has sido la persona elegida": the second person is in the verb
    candidate=r"tu|su|te|le|usted|candidatura|perfil|\w+(?:ar|er|ir)(?:te|le|la|lo)|no has|contigo|con usted",
    outcome=(
        r"no (?:ha|has|han|hemos) sido (?:\w+ ){0,3}?(?:seleccionad|elegid|escogid|admitid|clasificad|"
        r"preseleccionad)\w*|"
        r"descartad\w*|no ha prosperado|no favorable|no (?:ha )?resultad[oa] (?:seleccionad|elegid)\w*|excluid[oa]s?|"
        r"no (?:ha|has) superado|no apt[oa]"
    ),
    chose=(
        r"seguir(?:emos)? con|continuar(?:emos)? con|avanzar(?:emos)? con|optado por|optamos por|"
        r"elegido|seleccionado|"
        r"(?:decidido|decidimos|optado por) (?:seguir|continuar|avanzar)(?: (?:el|la|los|las|este|esta|nuestro|"
        r"nuestra)(?: \w+){1,4}?)? con(?! usted\b|tigo\b)|contratado|decantado por|decidido por|"
        r"decidimos por|escogido|"
        r"adjudicad[oa]|inclinado por|"
        r"preferido|elegimos|seleccionamos|escogimos"
    ),
    other=(
        r"otr[oa]s? (?:candidat\w*|perfil\w*|persona\w*|finalista\w*)|(?:un|una) candidat[oa]|"
        r"candidat[oa]s (?:cuy\w*|que|con)|(?:la|otra) persona (?:con|que|cuy\w*)|el otro finalista|"
        # "nos hemos decantado por un perfil con más experiencia"
        r"(?:un|una) (?:\w+ )?(?:perfil|persona|profesional) (?:con|que|cuy\w*|más)"
    ),
    post=r"puesto|vacante|posición|oferta|plazas?",
    filled=r"cubiert[oa]|ocupad[oa]",
    closed=r"cancelad[oa]|cerrad[oa]|suspendid[oa]|congelad[oa]|suprimid[oa]|eliminad[oa]|anulad[oa]",
    fit=r"compatib\w*|compatív\w*|ajusta\w*|encaja\w*|coincid\w*|correspond\w*|adecua\w*",
    generic=r"(?:candidatos|candidaturas|personas) (?:que|cuy)",
)

NL = Words(
    neg=r"niet|geen|helaas|afgewezen|onvoldoende",
    progress=(
        r"verder|uit(?:te)? ?nodigen|uitnodig\w*|nodigen (?:u|je|jou)|doorgaan|geselecteerd|selecteren|aanbieden|"
        r"gevallen|in aanmerking|gekozen|kiezen|door naar|aangenomen"
    ),
    candidate=r"u|je|jou|uw|jouw",
    outcome=r"afgewezen|niet geselecteerd|niet (?:op u|op jou) gevallen|negatief|niet door de (?:\w+ )?selectie",
    chose=(
        r"gekozen (?:voor)?|keuze (?:is )?(?:gemaakt|gevallen) (?:voor|op)|verder (?:te )?(?:gaan )?met|"
        r"door (?:te )?(?:gaan )?met|voort (?:te )?zetten met|voortgezet met|"
        r"aangenomen|geselecteerd|"
        r"(?:de )?voorkeur (?:gegeven|gekregen)"
    ),
    other=(
        r"(?:een )?andere (?:kandida\w*|sollicitant\w*)|iemand anders|"
        r"(?:een|de) (?:\w+ )?(?:kandidaat|kandidate|sollicitant|collega) (?:die|met|wiens|wier|van wie)|"
        r"iemand (?:die|met)|"
        r"(?:de |\w+ )?(?:\w+ )?(?:kandidaten|sollicitanten|deelnemers|collega's) (?:\w+ )?(?:die|met|wier|van wie)"
    ),
    post=r"functie|vacature|positie|baan|plaatsen",
    filled=r"vervuld|ingevuld|bezet",
    closed=r"ingetrokken|geannuleerd|gesloten|on hold|stopgezet|geschrapt|opgeheven|(?:komen te )?vervallen",
    fit=r"compatib\w*|compatív\w*|aansluit\w*|aan te sluiten|pass\w*|overeen|voldoe\w*|voldaan|sluit\w*",
    generic=r"(?:kandidaten|sollicitanten) (?:die|wier)",
)

PT = Words(
    neg=r"não|infelizmente",
    progress=(
        r"oferecer\w*|seguir\w*|prosseguir\w*|continuar|avançar|selecionad\w*|considerad\w*|aprovad\w*|dar seguimento|"
        r"considerar|dar andamento|"
        r"convidar\w*|dar continuidade|escolhid\w*|próxima (?:fase|etapa)|aceit[ea]s?"
    ),
    candidate=r"você|voce|sua candidatura|seu perfil|lhe|o senhor|a senhora|te|sua|(?:o|a)(?:\(a\))? candidat[oa]",
    outcome=(
        r"não (?:foi|foram|ficou|ficaram) (?:\w+ ){0,2}?(?:selecionad|aprovad|escolhid|classificad|habilitad|admitid|"
        r"convocad)\w*|reprovad\w*|desclassificad\w*|eliminad[oa] (?:do|da|no|na)|excluíd[oa]s?|não apt[oa]|inapt[oa]"
    ),
    chose=(
        r"optamos|optámos|"
        r"decidimos (?:seguir|prosseguir|continuar|avançar)(?: (?:o|a|os|as|este|esta|nosso|nossa)(?: \w+){1,3}?)? "
        r"com(?! você\b| o senhor\b| a senhora\b)|escolhemos|segui(?:r|remos|mos) com|"
        r"contratamos|selecionamos|selecionámos|preferimos|avançar com|optado por|(?:escolha|seleção|opção|"
        r"decisão) recaiu|"
        r"(?:contratação|nomeação|admissão) (?:será|foi) (?:feita|realizada|efetuada) com"
    ),
    other=(
        r"outr[oa]s? (?:candidat\w*|perfil|perfis|pessoa|profissiona\w*)|"
        r"(?:um|uma) (?:\w+ )?(?:candidat[oa]|perfil|profissional|colega) (?:que|com|cuj[oa])|"
        r"(?:candidat[oa]s|perfis|profissionais|pessoas) (?:que|com|cuj[oa]s?)|"
        r"(?:o|a) candidat[oa] (?:classificad|aprovad|selecionad)\w* em (?:1[ºo°]?|primeiro lugar)"
    ),
    post=r"vagas?|cargo|posição|oportunidade|posto|recrutamento|concurso|processo seletivo",
    filled=r"preenchid[oa]",
    closed=r"cancelad[oa]|encerrad[oa]|suspens[oa]|congelad[oa]|anulad[oa]|revogad[oa]|extint[oa]|eliminad[oa]|"
    r"suprimid[oa]",
    fit=r"compatib\w*|compatív\w*|correspond\w*|enquadr\w*|atend\w*|adequ\w*",
    generic=r"(?:candidatos|pessoas) (?:que|cuj)",
)

IT = Words(
    neg=r"non|purtroppo",
    progress=(
        r"proseguire|procedere|selezionat\w*|scelt\w*|considerat\w*|offrir\w*|invitar\w*|"
        r"andare avanti|accolt\w*|esito positivo|passat\w* alla|ammess\w*|pres[ao] in considerazione"
    ),
    candidate=r"lei|la sua|sua|tua|te|ti|candidatura|profilo|quelli|\w+r(?:le|la|ti)|(?:le|ti) (?:comunichiamo|"
    r"informiamo)",
    outcome=(
        r"non (?:è|sono) stat[oaie] (?:\w+ ){0,2}?(?:selezionat|scelt|ammess|inclus|individuat|ritenut|idone)\w*|"
        # a public competition's "idonea non vincitrice": passed, not among the posts filled
        r"non vincit\w*|esclus[oa]|non ammess[oa]|"
        r"esito negativo|non (?:è|sia) risultat[oa] (?:idone|vincit)\w*"
    ),
    chose=(
        r"scelto|scelta|selezionato|selezionata|individuato|individuata|"
        # "abbiamo deciso di proseguire il processo di selezione con altri candidati"
        r"(?:deciso|scelto) di (?:proseguire|procedere|continuare|portare avanti)(?: [\w']+){0,5}? con(?! lei\b| te\b)|"
        r"assunto|orienta(?:ti|rci|rsi|to|ta) (?:verso|su)|preferito|optato per|ricaduta su"
    ),
    other=(
        r"altr[oiae] (?:candidat\w*|profil\w*|person\w*)|(?:un|una) candidat[oa]|"
        r"(?:profil|candidat)[oi] (?:\w+ ){0,2}(?:più|maggiormente)"
    ),
    post=r"posizione|ruolo|posto|posti|offerta|bando|concorso|avviso",
    filled=r"coperta|copert[oa]|assegnat[oa]",
    closed=r"annullat[oa]|chius[oa]|sospes[oa]|revocat[oa]|soppress[oa]|eliminat[oa]|cancellat[oa]",
    fit=r"compatib\w*|compatív\w*|corrispond\w*|in linea|rispecchi\w*|adatt\w*",
    generic=r"(?:candidati|persone) (?:che|il cui)",
)

WORDS: dict[str, Words] = {"en": EN, "de": DE, "fr": FR, "es": ES, "nl": NL, "pt": PT, "it": IT}
