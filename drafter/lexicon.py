"""Keyword lexicons for the rule-based parser, per language (en de fr es nl pt it).

Each entry is a list of regex fragments; `compile_any` joins them into one case-insensitive
pattern. Text is matched after `textutil.flat` (one line, single spaces, plain apostrophes).
Fragments stay bounded (no nested unbounded repeats) so that no input makes matching slow.
"""

from __future__ import annotations

import functools
import re

# `W` is a bounded gap of a few words inside a phrase.
W = r"(?:[^\s.!?;]+ ){0,4}"
NEG = r"(?:not|\w+n't|never|no|nicht|kein\w*|pas|ne|no|niet|geen|não|nao|non)"


def compile_any(fragments: list[str]) -> re.Pattern[str]:
    """One pattern matching any fragment at a word start, for LOWER-CASED text; `{W}` is a gap.

    Matching lower-cased text without re.IGNORECASE is several times faster in `re`.
    """
    joined = r"\b(?:" + "|".join(f"(?:{f.replace('{W}', W)})" for f in fragments) + ")"
    if re.search(r"\\[A-Z]", joined):
        raise ValueError("lexicon fragments must not use upper-case escapes such as \\S or \\W")
    return re.compile(joined.lower())


# --- is it a rejection? --------------------------------------------------------------------
REJECTION = [
    # en
    rf"not (?:to )?(?:be )?(?:move|moving|going|proceed|proceeding|progress|progressing|advance|"
    rf"advancing|take|taking|continu)\w* {W}(?:forward|further|ahead|with your|to the next)",
    r"(?:decided|chosen|chose|opted|elected) (?:to )?(?:move|moving|go|proceed|pursue|progress|"
    r"continue) (?:forward )?(?:ahead )?with (?:an?other|other|a different|different|the other|"
    r"someone|candidates|applicants|individuals)",
    r"(?:decided|chosen|chose|opted|elected) to (?:pursue|select|hire|go with|proceed with|"
    r"continue with) (?:an?other|other|a different|different|the other|more)",
    r"(?:decided|chosen|selected|hired|offered the (?:role|position) to) (?:an?other|a different|"
    r"different|another) (?:candidate|applicant|person|individual)",
    r"(?:decided|chosen) (?:not to|against) (?:proceed|progress|move|pursue|continue|offer|"
    r"invite|advance)",
    r"(?:not|\w+n't) been (?:selected|shortlisted|successful|chosen)",
    r"(?:were|was|are|is|has been|have been|been) (?:not |un)successful",
    r"not (?:be )?(?:selected|shortlisted|offered|invited) (?:for|to)",
    r"regret to (?:inform|advise|let you know|tell)",
    r"(?:extend|extended|extending|make|made|making|offer|offered) (?:an |the |our )?(?:offer|role|"
    r"position|job) to (?:an?other|a different|someone else|the other)",
    r"(?:have|'ve|has) (?:now |since )?(?:selected|chosen|hired|appointed|identified|found) (?:a|"
    r"another|"
    r"an?other|the successful|a more suitable|someone)\b",
    r"(?:do|does|did) not (?:fully )?(?:meet|match|satisfy) (?:the|our|all|some of the) (?:\w+ )?"
    r"(?:requirements|criteria)",
    r"(?:not|\w+n't) be able to (?:offer|move|proceed|progress|consider|take)",
    r"(?:position|role|vacancy|post) (?:has|had) (?:now |already )?been filled|(?:have|has) "
    r"(?:now |already )?"
    r"filled (?:the|this) (?:role|position|vacancy)",
    r"(?:position|role|search|requisition|vacancy) (?:has been|was|is being|is) (?:cancel+ed|put "
    r"on hold|"
    r"paused|closed|withdrawn)",
    r"unable to (?:offer|progress|move|proceed|take your application|consider your application)",
    r"not (?:able|in a position) to (?:offer|move|proceed|progress|take|consider)",
    r"(?:won't|will not|would not|wouldn't) be (?:moving|progressing|proceeding|advancing|"
    r"incorporated|taking|offering|continuing)",
    r"not (?:a|the right) (?:match|fit) for (?:this|the) (?:role|position)",
    r"(?:go|going|gone|went|move|moving|moved) (?:in )?(?:a )?different direction",
    r"not (?:be )?(?:progressing|proceeding with|advancing|taking forward|considering|pursuing) "
    r"your "
    r"(?:application|candidacy|candidature)|not (?:be )?inviting you",
    r"(?:was|were|have|has|are|is) not (?:been )?(?:selected|shortlisted|successful|chosen)",
    r"(?:are|is|be|were) (?:over|under)-?qualified for",
    r"release (?:you )?to pursue other",
    r"decided not to (?:fill|continue|offer)",
    # de
    r"(?:leider|bedauerlicherweise) \w+ (?:wir|ich) (?:Ihnen )?(?:mitteilen|absagen)",
    r"für (?:eine andere|einen anderen|andere) (?:Bewerber|Kandidat)",
    r"(?:nicht|keine) (?:weiter )?(?:berücksichtigen|berücksichtigt|in die engere Wahl|"
    r"weiterverfolgen|Zusage)",
    r"\bAbsage\b|absagen müssen|nicht (?:für Sie|zu Ihren Gunsten) entschieden",
    r"(?:müssen|möchten) (?:wir|ich) Ihnen leider (?:mitteilen|absagen)|(?:bereits|anderweitig) "
    r"(?:besetzt|vergeben)|leider {W}(?:nicht|keine) (?:berücksichtigen|weiter|Zusage|positive)",
    # fr
    r"n'a pas été (?:retenue?|sélectionnée?)|ne pas (?:donner suite|retenir)|ne (?:pouvons|"
    r"pourrons) pas donner (?:une )?suite",
    r"(?:sommes|suis) au regret|avons (?:retenu|choisi|sélectionné) (?:un autre|une autre|"
    r"d'autres)",
    r"pas été retenue?|ne sera pas retenue?|pas pu être retenue?|ne pas poursuivre|"
    r"(?:pas|plus) (?:en mesure de )?(?:donner|réserver) une suite favorable",
    # es
    r"no ha (?:sido|resultado) (?:seleccionad[oa]|elegid[oa])|no (?:ha )?(?:sido|fue) "
    r"seleccionad[oa]",
    r"(?:decidido|optado por) (?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)",
    r"lamenta(?:mos|blemente)? (?:informarle|comunicarle)|no (?:podemos|vamos a) (?:continuar|"
    r"seguir|avanzar)",
    r"hemos seleccionado a otr[oa]|no continuar(?:emos)? con su (?:candidatura|proceso|solicitud)",
    r"decidido no (?:continuar|seguir|avanzar)|no (?:podremos|podemos) contar con (?:usted|tu)",
    # nl
    r"(?:helaas|jammer genoeg) {W}(?:niet (?:verder|door|uit|geselecteerd|gekozen|mee|voor "
    r"(?:jou|u))|"
    r"geen (?:positie|vervolg)|andere kandida|afwijzen|af te wijzen)",
    r"niet (?:geselecteerd|uitgenodigd)|\bafgewezen|gekozen voor (?:een )?andere",
    r"(?:besloten|gekozen) (?:om )?{W}(?:niet|andere kandida|voor een andere)",
    r"\bafwijzing\b|niet (?:verder )?(?:mee )?(?:te )?gaan met (?:je|uw) sollicitatie|niet uit "
    r"te nodigen",
    # pt
    r"não (?:foi|foste|ter sido) (?:selecionad[oa]|escolhid[oa])|decidimos (?:avançar|seguir|"
    r"prosseguir) com outr[oa]s?",
    r"lamentamos (?:informar|comunicar)|não (?:iremos|vamos|poderemos) (?:avançar|prosseguir|dar "
    r"continuidade|seguir)",
    r"optamos por outr[oa]s? candidat|(?:optamos|decidimos) (?:por )?(?:seguir|avançar|prosseguir|"
    r"continuar) com outr",
    # it
    r"non (?:è stata|è stato|sei stat[oa]) (?:selezionat[oa]|scelt[oa])|(?:deciso|scelto) di "
    r"(?:proseguire|procedere|andare avanti) con (?:altr|un altr)",
    r"siamo spiacenti di (?:comunicar|informar)|non (?:potremo|possiamo) (?:dare seguito|"
    r"proseguire|procedere)",
    r"purtroppo {W}(?:non|altr[oi] candidat)|deciso di non (?:proseguire|procedere|andare avanti)",
]
WEAK_REJECTION = [
    r"\bover-?qualified\b|\bunsuccessful\b|\bunfortunately\b|\bregret\b|\bleider\b|"
    r"\bmalheureusement\b|"
    r"\blamentablemente\b|\bhelaas\b|"
    r"\binfelizmente\b|\bpurtroppo\b",
]
# Sentences that speak of a rejection only as a possibility: "if you do not hear from us ...".
CONDITIONAL = [
    r"if you (?:have not|haven't|do not|don't|did not|didn't) (?:heard|hear|receive)",
    r"if (?:you are|you're|your application is) (?:not|un)|should you not be|only (?:shortlisted|"
    r"successful) (?:candidates|applicants)",
    r"falls Sie nicht|sofern Sie nicht|si (?:vous n'êtes|votre candidature n'est) pas|si no "
    r"(?:es|resulta)|"
    r"als (?:je|u) niet|se não for|qualora non",
    r"sollten Sie {W}(?:nichts|keine)|falls Sie {W}(?:nichts|keine)",
    r"si vous n'(?:avez|recevez) pas|sans (?:réponse|nouvelles) de notre part",
    r"si no (?:recibe|ha recibido|tiene noticias)|en caso de no (?:recibir|tener)",
    r"als (?:je|u) {W}niets (?:van ons )?(?:hoort|hebt gehoord)",
    r"(?:se|caso) não (?:receber|tiver)",
    r"(?:qualora|se) non (?:ricevesse|riceve|dovesse ricevere)",
]
NOT_REJECTION = {
    "invitation": [
        r"(?:like|pleased|happy|delighted|glad|want) to invite you|invite you (?:to|for) (?:an?|"
        r"the|your) (?:\w+ ){0,2}(?:interview|call|conversation|meeting|assessment|chat)",
        r"(?:schedule|arrange|book) (?:an?|your|the) (?:\w+ )?(?:interview|call)|next (?:round|"
        r"step) of (?:the|our) (?:interview|hiring|selection)",
        r"(?:laden|lade) (?:wir|ich) Sie {W}(?:zu|ein)|Einladung zu(?:m)? (?:\w+ "
        r")?(?:Vorstellungsgespräch|Gespräch|Interview)",
        r"(?:vous )?inviter à (?:un|une|notre) (?:entretien|échange)|convocation à un entretien",
        r"(?:invitarle|invitarte|convocarle) a (?:una|la) (?:entrevista|reunión)",
        r"(?:uitnodigen|nodigen {W}uit) (?:voor|tot) een (?:\w+ )?(?:gesprek|sollicitatiegesprek|"
        r"kennismaking)",
        r"convidá-l[oa]|convidar(?:-te|você)? para uma entrevista",
        r"invitarl[ae] (?:a|per) un colloquio|la invitiamo (?:a|per) un colloquio",
    ],
    "offer": [
        r"(?:pleased|happy|delighted|thrilled|excited) to (?:offer|extend|inform you that you)|"
        r"offer of employment|(?:job|formal) offer|congratulations",
        r"freuen uns, Ihnen {W}(?:anbieten|zusagen)|Vertragsangebot|herzlichen Glückwunsch",
        r"(?:heureux|ravis) de vous (?:proposer|offrir|annoncer)|proposition d'embauche|"
        r"félicitations",
        r"(?:complace|alegra) (?:ofrecerle|comunicarle que ha sido seleccionad)|oferta de "
        r"(?:empleo|trabajo)|enhorabuena|felicidades",
        r"(?:blij|verheugd) (?:je|u) {W}aan te bieden|aanbod|gefeliciteerd",
        r"(?:prazer|satisfação) em (?:oferecer|informar que foi selecionad)|proposta de "
        r"(?:emprego|trabalho)|parabéns",
        r"(?:lieti|piacere) di (?:offrirle|comunicarle che è stat)|proposta di assunzione|"
        r"congratulazioni",
    ],
    "acknowledgement": [
        r"(?:we|we've|we have) (?:successfully )?received your application|(?:this|we) (?:email "
        r")?(?:confirms?|confirm) (?:that we have )?(?:receipt|received)|thank you for (?:your|"
        r"submitting your) application[.!,] (?:we|our team) will (?:now )?review",
        r"(?:will|shall) (?:now )?be (?:reviewed|considered|assessed)|(?:will|shall) review your "
        r"(?:application|CV|resume)|under review|being reviewed",
        r"Ihre Bewerbung (?:ist )?{W}(?:eingegangen|erhalten)|Eingangsbestätigung|(?:werden|"
        r"wird) {W}(?:prüfen|geprüft|sichten)",
        r"avons (?:bien )?reçu votre candidature|sera (?:étudiée|examinée)|accusé de réception",
        r"hemos recibido (?:correctamente )?su (?:candidatura|solicitud)|será (?:revisada|"
        r"evaluada)",
        r"(?:hebben|heb) (?:je|uw) sollicitatie (?:in goede orde )?ontvangen|"
        r"ontvangstbevestiging|wordt (?:nu )?beoordeeld",
        r"recebemos (?:a sua|sua|o seu) (?:candidatura|currículo|inscrição)|será (?:analisad[oa]|"
        r"avaliad[oa])",
        r"abbiamo ricevuto (?:la sua|la tua) candidatura|sarà (?:valutata|esaminata)",
    ],
    "outreach": [
        r"came across your (?:profile|CV|resume)|(?:reaching|reach) out (?:to you )?(?:about|"
        r"regarding|because|with) (?:an? )?(?:exciting |new )?(?:opportunit|role|position)",
        r"(?:are you|would you be) (?:open|interested) (?:to|in)|(?:might|may) be (?:a good fit|"
        r"interested)|your profile (?:caught|stood)",
        r"Ihr Profil (?:ist mir|hat mich)|(?:interessante|spannende) (?:Position|Stelle|"
        r"Gelegenheit) für Sie",
        r"votre profil a retenu|opportunité qui pourrait vous intéresser",
        r"su perfil (?:me ha|nos ha) llamado|oportunidad que (?:podría|puede) interesarle",
        r"je profiel (?:viel|sprak)|interessante (?:vacature|functie) voor (?:je|u)",
        r"seu perfil (?:chamou|despertou)|oportunidade que (?:pode|poderá) (?:lhe )?interessar",
        r"il suo profilo (?:ha attirato|ci ha colpito)|opportunità che potrebbe interessarl",
    ],
    "alert": [
        r"job alert|new jobs? (?:matching|for you|that match)|jobs? you (?:may|might) (?:be "
        r"interested|like)|recommended jobs|based on your (?:profile|search|preferences)",
        r"similar (?:jobs|roles)|jobs like this|more jobs|Jobalarm|Job-Alert|neue (?:Jobs|"
        r"Stellen) für Sie|alerte (?:emploi|offres)|nouvelles "
        r"offres|alerta de empleo|nuevas ofertas|vacaturealert|nieuwe vacatures|alerta de "
        r"(?:vagas|emprego)|novas vagas|nuove offerte",
    ],
}

# --- stage ------------------------------------------------------------------------------------
STAGE = {
    "final": [
        r"final (?:round|interview|stage|panel|step|conversation)s?|last (?:round|interview|"
        r"stage)|on-?site|\bsuperday\b|assessment (?:centre|center|day)",
        r"(?:coming|came) in (?:to|for) (?:meet|the|an?)|spending the day|(?:full|whole) day with",
        r"(?:finale[nm]?|letzte[nm]?) (?:Runde|Gespräch|Interview|Auswahlrunde)|Finalrunde|"
        r"Abschlussgespräch",
        r"(?:dernier|ultime) (?:entretien|tour)|entretien final|phase finale",
        r"(?:última|final) (?:entrevista|fase|ronda|etapa)|entrevista final",
        r"laatste (?:ronde|gesprek|sollicitatiegesprek)|eindgesprek|tweede gesprek",
        r"(?:última|final) (?:entrevista|fase|etapa)|entrevista final",
        r"(?:ultimo|finale) (?:colloquio|step|fase)|colloquio finale",
    ],
    "screen": [
        r"(?:phone|telephone|telephonic|video|zoom|screening|intro|introductory|recruiter|"
        r"initial) (?:call|screen|interview|conversation|chat)|(?:our|the|your) (?:recent |last |"
        r"previous |earlier )?(?:call|chat|phone call)\b",
        r"(?:on|by|over) the phone|phone conversation",
        r"(?:technical|online|coding|written|skills?|psychometric|aptitude|personality|cognitive|"
        r"home) (?:tests?|assessments?|challenges?|exercises?|tasks?|assignments?)|take-?home|"
        r"case study|(?:the|your) (?:test|assessment)(?: (?:stage|phase|round|centre))?\b(?! on)",
        r"Telefon(?:interview|gespräch|at)|telefonisch\w*|Videocall|Online-?Test|Fallstudie|"
        r"Probeaufgabe|Testaufgabe",
        r"entretien (?:téléphonique|visio)|échange téléphonique|test (?:technique|en ligne)|"
        r"étude de cas",
        r"entrevista (?:telefónica|por teléfono|por video)|llamada|prueba (?:técnica|online)|"
        r"caso práctico",
        r"telefo(?:nisch|on)(?:gesprek|e? interview)?|videogesprek|(?:technische|online) (?:test|"
        r"assessment|opdracht)|(?:de|het) (?:test|assessment|opdracht)\b",
        r"entrevista (?:por telefone|telefónica|telefônica)|teste (?:técnico|online)|desafio "
        r"técnico",
        r"colloquio telefonico|telefonata|test (?:tecnico|online)|prova tecnica",
    ],
    "interview": [
        r"(?:thank you|thanks)(?: so much| again)? for (?:meeting|speaking|talking|chatting|"
        r"interviewing|your time with)|(?:meeting|speaking|talking|chatting|met|spoke|talked) "
        r"(?:with|to) "
        r"(?:\w+ ){0,3}(?:and me|and i|us|me|our|the team|the panel|the hiring)",
        r"(?<!phone )(?<!video )(?<!telephone )(?<!telephonic )\binterview(?:s|ed|ing)?\b|(?:met|"
        r"meeting|meet) (?:with )?(?:you|the team|our team|the panel)|(?:spoke|speaking|talking|"
        r"talked) with (?:us|you|me|our|the)|the panel\b|conversations? with",
        r"Vorstellungsgespräch|(?:persönlich\w*|unser\w*|das|dem|angenehm\w*|nett\w*|gute[nm]?|"
        r"interessant\w*|freundlich\w*|ersten?|zweiten?) Gespräch|kennenlernen|Interview",
        r"entretien|rencontr(?:er|é|és)|échanges? avec",
        r"entrevista|conocer(?:le|te|la)?\b|reuni(?:ón|rnos)",
        r"sollicitatiegesprek|(?:het|ons|prettige|fijne|leuke|goede|eerste|tweede) gesprek|"
        r"kennismak",
        r"entrevista|conhecer(?:-lo|-la)?\b|conversas?\b",
        r"colloqui|incontr(?:arl|o)",
    ],
    "application": [
        r"(?:review|reviewed|reviewing|consideration|considered|assessed|assessing|evaluat\w+|"
        r"screen\w*|looked at|look at|read) {W}(?:your|the) (?:application|resume|résumé|CV|"
        r"profile|background|materials|submission)",
        r"(?:progress|progressing|advance|advancing|take|taking) your application|your "
        r"(?:application|CV|"
        r"resume) (?:was|has been|is) (?:unsuccessful|not (?:been )?(?:successful|selected|"
        r"shortlisted))",
        r"(?:thank you|thanks) (?:very much |so much )?for (?:applying|your application|"
        r"submitting)|taking the time to apply|not (?:been )?shortlisted|(?:move|moving|proceed|"
        r"go|going) (?:forward|further|ahead) with (?:your|yours)",
        r"Unterlagen|(?:Ihre|deine|Deine) Bewerbung|Bewerbungsunterlagen|sorgfältiger Prüfung",
        r"(?:votre|ta|ton) (?:candidature|CV|dossier)",
        r"(?:su|tu) (?:candidatura|solicitud|CV|currículum)",
        r"(?:je|uw) (?:sollicitatie|cv|brief)",
        r"(?:a sua|sua|a tua|tua) (?:candidatura|inscrição)|(?:o seu|seu|o teu) (?:currículo|CV|"
        r"perfil)",
        r"la (?:sua|tua) candidatura|il (?:suo|tuo) (?:curriculum|CV|profilo)",
    ],
}

# --- reason (first stated in this order) ------------------------------------------------------
REASON = {
    "role_closed": [
        r"(?:position|role|search|requisition|vacancy|opening|hiring|process|recruitment) (?:has "
        r"been |was |is |have been |had been |being )?(?:cancel+ed|put on hold|on hold|paused|"
        r"frozen|withdrawn|suspended|closed (?:without|due))",
        r"pause (?:this|the|our) (?:search|hiring|process|recruitment|role)|hiring freeze|budget "
        r"(?:cut|constraints|reasons|changes)|headcount|no longer (?:hiring|recruiting|open|"
        r"available|going ahead)|(?:decided|chosen) not to fill|restructur",
        r"Stelle (?:wurde|ist|wird) (?:leider )?(?:gestrichen|zurückgezogen|nicht (?:mehr "
        r")?(?:besetzt|nachbesetzt))|Einstellungsstopp|auf Eis|Besetzung (?:wurde )?(?:gestoppt|"
        r"ausgesetzt)",
        r"poste (?:a été |est )?(?:annulé|supprimé|gelé|suspendu)|gel des (?:recrutements|"
        r"embauches)|recrutement (?:est |a été )?(?:suspendu|annulé)",
        r"(?:proceso|puesto|vacante) (?:ha sido |fue |queda )?(?:cancelad|suspendid|congelad|"
        r"paralizad)|congelación de contrataciones",
        r"vacature (?:is |wordt )?(?:ingetrokken|komen te vervallen|on hold|geannuleerd)|"
        r"vacaturestop",
        r"(?:vaga|processo) (?:foi |está )?(?:cancelad|suspens|congelad)|congelamento de "
        r"contratações",
        r"(?:posizione|selezione|ricerca) (?:è stata |è )?(?:cancellat|sospes|annullat|congelat)|"
        r"blocco delle assunzioni",
    ],
    "logistics": [
        r"\bvisas?\b|sponsorship|work (?:authori[sz]ation|permit)|authori[sz]ation to work|"
        r"(?:right|eligib\w*|authori[sz]ed) to work|relocat\w*|(?:the|your) location|time ?zone|"
        r"salary (?:expectations|requirements|range)|compensation (?:expectations|requirements)|"
        r"(?:your )?availability|start date|notice period|commut\w+",
        r"Arbeitserlaubnis|Visum|Aufenthaltstitel|Gehaltsvorstellung|Standort|Umzug|"
        r"Verfügbarkeit|Eintrittstermin|Kündigungsfrist",
        r"permis de travail|prétentions salariales|localisation|déménagement|disponibilité|préavis",
        r"permiso de trabajo|visado|pretensiones salariales|expectativas salariales|ubicación|"
        r"reubicación|disponibilidad|traslado",
        r"werkvergunning|salarisverwachting|salariseis|verhuizing|locatie|beschikbaarheid|"
        r"opzegtermijn",
        r"autorização de trabalho|visto de trabalho|pretensão salarial|expectativa salarial|"
        r"localização|mudança de cidade|disponibilidade",
        r"permesso di (?:lavoro|soggiorno)|aspettative (?:economiche|retributive|salariali)|"
        r"trasferimento|disponibilità|sede di lavoro",
    ],
    "experience": [
        r"(?:more|greater|additional|deeper|stronger|further|broader|extensive|direct|specific|"
        r"hands-on|senior-level) (?:[\w-]+ ){0,2}(?:experience|expertise|skills|exposure)",
        r"(?:your )?(?:experience|skills|qualifications|background|profile|skill set|skillset) "
        r"(?:do|does|did|is|are) not (?:yet )?(?:quite )?(?:match|meet|align|fit|correspond)",
        r"(?:do|does|did) not (?:yet )?(?:fully )?(?:meet|match|satisfy) (?:the|our|all|some of "
        r"the) (?:\w+ )?(?:requirements|criteria|qualifications|bar)",
        r"(?:lack|lacking|lacks) (?:of )?(?:the )?(?:\w+ )?(?:experience|skills|qualifications)|"
        r"(?:requires?|required|looking for) (?:at least |a minimum of )?\d+\+? years|too "
        r"(?:junior|senior)|overqualified|not (?:senior|experienced|qualified) enough|more senior",
        r"(?:areas|things|aspects|points) (?:to|for|of) improve(?:ment)?|room for improvement|"
        r"did not (?:pass|meet|reach|achieve)|(?:below|under) (?:the|our) (?:threshold|bar|"
        r"passing)|not (?:successfully )?(?:pass|complete)",
        r"mehr (?:\w+ )?Erfahrung|(?:fehlende|mangelnde|nicht ausreichende) (?:\w+ "
        r")?(?:Erfahrung|Kenntnisse|Qualifikation)|(?:nicht|nicht ganz) (?:unseren |den "
        r")?Anforderungen|Anforderungsprofil (?:nicht|nur teilweise)",
        r"plus d'expérience|expérience (?:insuffisante|plus (?:solide|approfondie))|(?:profil|"
        r"expérience|compétences) ne (?:correspond|répond)\w* pas|manque d'expérience",
        r"más experiencia|experiencia (?:insuficiente|más sólida)|(?:perfil|experiencia) no "
        r"(?:se ajusta|encaja|cumple|corresponde)|no cumple (?:con )?los requisitos|falta de "
        r"experiencia",
        r"meer (?:\w+ )?ervaring|onvoldoende (?:\w+ )?(?:ervaring|kennis)|profiel (?:sluit|past) "
        r"niet|voldoet niet aan|gebrek aan ervaring",
        r"mais experiência|experiência (?:insuficiente)|perfil não (?:se )?(?:adequa|corresponde|"
        r"encaixa)|não (?:atende|cumpre) (?:a|aos) requisitos|falta de experiência",
        r"(?:maggiore|più) esperienza|esperienza (?:insufficiente)|profilo non (?:è )?(?:in "
        r"linea|adeguato|corrisponde)|non soddisfa i requisiti|mancanza di esperienza",
    ],
    "position_filled": [
        r"(?:position|role|post|vacancy|job|opening|spot) (?:has|had|have) (?:now |already |"
        r"since |just )?been (?:filled|taken)|filled (?:internally|the (?:position|role|"
        r"vacancy))|been filled",
        r"(?:Stelle|Position|Vakanz) (?:ist|wurde|konnte) (?:(?:bereits|inzwischen|intern|schon|"
        r"mittlerweile|anderweitig) ){0,3}(?:besetzt|vergeben)|anderweitig (?:besetzt|vergeben)",
        r"(?:poste|position) (?:a été |est )?(?:déjà )?(?:pourvu|attribué)|ayant (?:finalement "
        r")?été pourvu",
        r"(?:puesto|vacante|posición) (?:ya )?(?:ha sido|fue|está) (?:cubiert|ocupad|asignad)",
        r"(?:functie|vacature|positie) (?:is|werd) (?:inmiddels |al )?(?:vervuld|ingevuld|"
        r"vergeven|bezet)",
        r"(?:vaga|posição) (?:já )?(?:foi|está) (?:preenchida|ocupada)",
        r"(?:posizione|ruolo) (?:è stat[ao]|è) (?:già )?(?:copert|ricopert|assegnat)",
    ],
    "other_candidates": [
        r"(?:other|another|different|the other) (?:candidate|applicant|person|individual|"
        r"profile)s?|someone else|(?:candidates?|applicants?|individuals?|people|someone|"
        r"profiles?) (?:who|whose|that|with) [^.]{0,80}?(?:better|more closely|closer|best|"
        r"stronger|more (?:directly|relevant|aligned|suited))",
        r"overwhelming (?:response|number|interest)|(?:received|had) (?:a lot of|lots of|so many|"
        r"many|"
        r"numerous|a large number of) (?:\w+ )?(?:applications|applicants|candidates)",
        r"(?:strong|competitive|large|talented|qualified|exceptional|impressive) (?:pool|field|"
        r"group|number)|(?:high|large|huge|overwhelming|significant|great) (?:volume|number) of "
        r"(?:\w+ )?(?:applications|applicants|candidates|candidacies)|(?:many|numerous|so many) "
        r"(?:\w+ )?(?:applications|applicants|candidates)|extremely competitive|highly "
        r"competitive|very competitive",
        r"(?:andere[nr]?|weitere[nr]?) (?:Bewerber|Kandidat)|(?:zahlreiche|viele|eine Vielzahl "
        r"(?:von|an)) (?:\w+ )?(?:Bewerbungen|Bewerber)|passender(?:e[nr]?)? (?:Profil|Bewerber|"
        r"Kandidat)",
        r"(?:un autre|une autre|d'autres) (?:candidat|profil)|(?:nombreuses|nombreux|grand "
        r"nombre de) (?:candidatures|candidats)|profils? (?:plus|mieux) (?:adapté|en adéquation|"
        r"proche)",
        r"otr[oa]s? (?:candidat|perfil)|(?:numerosas|muchas|gran (?:número|cantidad) de) "
        r"(?:candidaturas|solicitudes|candidatos)|perfiles? (?:que se ajusta|más (?:adecuad|"
        r"ajustad|alineado))",
        r"(?:andere|een andere) (?:kandida|sollicitant)|(?:veel|vele|groot aantal|talrijke) "
        r"(?:\w+ )?(?:sollicitaties|sollicitanten|reacties|kandidaten)|(?:beter|meer) (?:passend|"
        r"aansl)",
        r"outr[oa]s? (?:candidat|perfis|perfil)|(?:muitas|numerosas|grande número de) "
        r"(?:candidaturas|inscrições|candidatos)|perfis? (?:mais )?(?:alinhad|adequad)",
        r"(?:altr[oi]|un altro|un'altra) (?:candidat|profil)|(?:numerose|molte|elevato numero "
        r"di) (?:candidature|candidati)|profili? più (?:in linea|adatt)",
    ],
}

# --- feedback ---------------------------------------------------------------------------------
FEEDBACK_DECLINED = [
    r"(?:unable|not able|cannot|can't|can not|won't|will not|do not|don't|does not|doesn't|are "
    r"not able|aren't able|not in a position|regret that we cannot|no longer) (?:to )?(?:provide|"
    r"give|offer|share|respond with|send)\w* (?:\w+ ){0,2}(?:feedback|reasons|explanation)",
    r"(?:no|not) (?:\w+ )?feedback (?:can|will|is|could)|feedback (?:is|will) not (?:be "
    r")?(?:possible|available|provided|given)|(?:not|unable to) (?:provide|give) (?:specific|"
    r"individual|personal|detailed)",
    r"kein(?:e|en)? (?:individuelle[sn]? |persönliche[sn]? |detaillierte[sn]? )?(?:Feedback|"
    r"Rückmeldung|Begründung|Auskunft)|keine (?:Gründe|Angaben zu den Gründen)",
    r"(?:ne|n') (?:pouvons|sommes|pourrons) pas (?:en mesure de )?(?:vous )?(?:fournir|donner|"
    r"communiquer|transmettre|apporter) (?:de |d')?(?:retour|commentaire|feedback|motif)",
    r"no (?:podemos|nos es posible|es posible|estamos en disposición de) (?:ofrecer|proporcionar|"
    r"dar|facilitar) (?:\w+ )?(?:feedback|comentarios|retroalimentación|respuesta individual)",
    r"(?:geen|niet) (?:\w+ )?(?:feedback|toelichting) (?:kunnen|te|geven)|kunnen (?:wij |we "
    r")?geen (?:\w+ )?(?:feedback|toelichting)",
    r"não (?:podemos|é possível|conseguimos) (?:fornecer|dar|oferecer|enviar) (?:\w+ "
    r")?(?:feedback|retorno)",
    r"non (?:possiamo|siamo in grado di|è possibile) (?:fornire|dare|inviare) (?:\w+ "
    r")?(?:feedback|riscontr|motivazion)",
]
FEEDBACK_OFFERED = [
    r"feedback willen|wil je feedback|(?:bel|mail) (?:me |mij |ons )?gerust",
    r"(?:wenn|falls|sofern) (?:Sie|du) {W}(?:Feedback|Rückmeldung) (?:wünschen|möchten|wünschst|"
    r"möchtest)",
    r"si vous (?:souhaitez|désirez) (?:obtenir |avoir |recevoir )?(?:un retour|des précisions|un "
    r"feedback)",
    r"si (?:desea|quiere|lo desea) (?:recibir |obtener )?(?:feedback|comentarios|"
    r"retroalimentación)",
    r"(?:caso|se) (?:deseje|desejar|queira|quiser) (?:receber |obter )?(?:um )?(?:feedback|"
    r"retorno)",
    r"se (?:desidera|desideri|vuole) (?:ricevere )?(?:un )?(?:feedback|riscontro)",
    r"(?:if|should) you (?:would|'d|d) like (?:to (?:receive|get|obtain|hear|request) )?(?:some |"
    r"more |any |further |detailed )?(?:feedback|more context|more detail)|(?:happy|glad|pleased|"
    r"willing) to (?:provide|give|share|offer|set up|arrange|discuss|talk|chat|go over|jump on)",
    r"(?:provide|give|share|offer|send) (?:you )?(?:with )?(?:some |more |any |detailed |brief |"
    r"specific |personal |written )?feedback|feedback (?:call|session|conversation)|(?:obtain|"
    r"request|receive|ask for) (?:\w+ )?feedback|(?:we|i) can give you feedback|(?:here is|below "
    r"is|some) (?:\w+ )?feedback",
    r"(?:positive things|things to improve|areas (?:to|for) improve\w*|what went well|strengths)",
    r"(?:gerne|gern) {W}(?:Feedback|Rückmeldung|Gründe|Feedbackgespräch)|Feedbackgespräch|"
    r"Feedback (?:geben|erhalten|wünschen)",
    r"(?:retour|feedback|commentaires?) (?:détaillé|personnalisé|sur votre)|(?:vous )?(?:faire|"
    r"donner|apporter) un retour",
    r"(?:feedback|comentarios|retroalimentación) (?:sobre|detallad|personalizad)|(?:darle|"
    r"ofrecerle|compartir) (?:\w+ )?(?:feedback|comentarios)",
    r"(?:feedback|toelichting) (?:geven|ontvangen|op je|op uw)|(?:bel|mail) (?:gerust|ons)",
    r"(?:feedback|retorno) (?:sobre|detalhado|personalizado)|(?:dar|fornecer|partilhar) (?:\w+ "
    r")?(?:feedback|retorno)",
    r"(?:feedback|riscontro) (?:dettagliat|personalizzat|sul)|(?:fornirle|darle) (?:\w+ "
    r")?(?:feedback|riscontro)",
]
FEEDBACK_ABOUT_US = (
    r"feedback (?:on|about) (?:our|the) (?:hiring|recruitment|"
    r"recruiting|application|interview) (?:process|experience)|survey"
)

# --- future -----------------------------------------------------------------------------------
FUTURE = [
    r"keep an eye on (?:our|the) (?:careers?|jobs?|vacancies) (?:page|site|website|board|portal)|"
    r"if (?:anything|something|things|that) changes?\b.{0,50}?(?:reach out|be in touch|contact you|"
    r"let you know|get back to you)",
    r"(?:keep|kept|retain|hold|store|add|added|place|placed) (?:your|you|the) {W}(?:on file|in "
    r"(?:our|mind)|on (?:our|record))|talent (?:pool|community|network|database)|order of merit",
    r"(?:free|welcome|invited|encouraged) to (?:re-?apply|apply (?:again|for (?:other|future|"
    r"any)))",
    r"(?:encourage|invite|welcome) you to (?:re-?apply|apply|keep an eye|check|stay|visit|"
    r"consider)|(?:apply|re-?apply|applying) (?:again|for (?:other|future|any other|another|"
    r"similar))|consider(?:ing)? (?:applying|re-?applying)|(?:don't|do not) hesitate to "
    r"(?:re-?apply|apply)|hope you (?:will )?(?:apply|consider)",
    r"(?:if|when|once|should) (?:and when )?(?:the|this|a similar) (?:role|position|search|"
    r"vacancy|opening) (?:re-?opens|restarts|resumes|becomes available|is reopened)|reach back "
    r"out|(?:reach|reaching) out (?:to you )?(?:again |directly )?(?:if|when|should|about|once|"
    r"in the future)|(?:contact|get in touch with) you (?:if|when|should|about|in the future|"
    r"again)|let you know (?:about|if|when) (?:\w+ )?(?:future|new|other|similar)|keep you in "
    r"mind|consider you for (?:future|other)|(?:future|upcoming) (?:openings|opportunities|roles|"
    r"positions|vacancies) (?:that|which)",
    r"Talentpool|Bewerberpool|in Evidenz|(?:melden|kommen) (?:uns|wir) {W}(?:wenn|sobald|falls|"
    r"bei Ihnen)|erneut {W}(?:zu )?bewerben|künftige[nr]? (?:Stellen|Ausschreibungen|Positionen)|"
    r"(?:Unterlagen|Daten) {W}(?:aufbewahren|vormerken|speichern)",
    r"(?:nous )?conserv(?:erons|ons) {W}(?:informations|candidature|CV|dossier)|vivier|"
    r"recontacter|postuler (?:à nouveau|de nouveau)|n'hésitez pas à (?:postuler|candidater)|"
    r"futures? (?:opportunités|offres)",
    r"(?:vuelva|vuelvas|volver) a (?:postular|presentar|aplicar|inscribir)|(?:le|te|les) "
    r"animamos a "
    r"(?:que )?(?:postul|aplic|vuelv|present|segu)",
    r"(?:mantener|conservar|guardar) su (?:solicitud|candidatura|CV|currículum|perfil)|base de "
    r"datos|ponernos en contacto con usted|nos pondremos en contacto|futuras? (?:ofertas|"
    r"vacantes|oportunidades|procesos)|volver a (?:postular|presentarse|aplicar)",
    r"(?:in ons |in onze )(?:bestand|talentpool|database|kandidatenbestand)|(?:bewaren|houden) "
    r"(?:je|uw) (?:gegevens|cv|sollicitatie)|(?:nemen|neem) (?:we |wij )?(?:contact )?(?:met "
    r"(?:je|u) )?(?:contact )?op (?:als|wanneer|zodra)|opnieuw (?:te )?solliciteren|toekomstige "
    r"vacatures",
    r"banco de talentos|(?:manteremos|guardaremos|conservaremos) (?:o )?(?:seu )?(?:currículo|CV|"
    r"perfil|candidatura)|futuras? (?:oportunidades|vagas)|entraremos em contato|"
    r"candidatar(?:-se)? novamente",
    r"(?:manterremo|conserveremo|terremo) (?:il suo |il tuo )?(?:curriculum|CV|profilo|"
    r"candidatura)|banca dati|futur[ei] (?:opportunità|posizioni|selezioni)|(?:la|ti) "
    r"ricontatteremo|ricontattarl[ao]|ricontattar(?:ti|vi)|candidarsi nuovamente|ricandidarsi",
]

# --- which language each fragment is in ------------------------------------------------------
# Specs read "en:3 de fr es nl pt it": three English fragments, then one per language in order;
# "*" marks a fragment mixing languages (always used). Compiling is the costly part of these
# patterns, so only the letter's language and English are compiled, on first use.
_REST = "de fr es nl pt it"
LEXICON: dict[str, tuple[list[str], str]] = {
    "rejection": (REJECTION, "en:25 de:5 fr:3 es:5 nl:4 pt:3 it:3"),
    "weak": (WEAK_REJECTION, "*"),
    "conditional": (CONDITIONAL, f"en:2 * {_REST}"),
    "invitation": (NOT_REJECTION["invitation"], f"en:2 {_REST}"),
    "offer": (NOT_REJECTION["offer"], f"en {_REST}"),
    "acknowledgement": (NOT_REJECTION["acknowledgement"], f"en:2 {_REST}"),
    "outreach": (NOT_REJECTION["outreach"], f"en:2 {_REST}"),
    "alert": (NOT_REJECTION["alert"], "en *"),
    "final": (STAGE["final"], f"en:2 {_REST}"),
    "screen": (STAGE["screen"], f"en:3 {_REST}"),
    "interview": (STAGE["interview"], f"en:2 {_REST}"),
    "application": (STAGE["application"], f"en:3 {_REST}"),
    "role_closed": (REASON["role_closed"], f"en:2 {_REST}"),
    "logistics": (REASON["logistics"], f"en {_REST}"),
    "experience": (REASON["experience"], f"en:5 {_REST}"),
    "position_filled": (REASON["position_filled"], f"en {_REST}"),
    "other_candidates": (REASON["other_candidates"], f"en:3 {_REST}"),
    "feedback_declined": (FEEDBACK_DECLINED, f"en:2 {_REST}"),
    "feedback_offered": (FEEDBACK_OFFERED, f"nl de fr es pt it en:3 {_REST}"),
    "future": (FUTURE, "en:5 de fr es:2 nl pt it"),
}
NOT_REJECTION_KINDS = ("invitation", "offer", "acknowledgement", "outreach", "alert")
_NEVER = re.compile(r"(?!)")


def _languages(spec: str) -> list[str]:
    tags: list[str] = []
    for part in spec.split():
        lang, _, count = part.partition(":")
        tags += [lang] * int(count or 1)
    return tags


@functools.cache
def pattern(category: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    """The compiled fragments of one category in these languages (plus mixed ones)."""
    fragments, spec = LEXICON[category]
    tags = _languages(spec)
    if len(tags) != len(fragments):
        raise ValueError(f"lexicon {category!r}: {len(fragments)} fragments, {len(tags)} tags")
    chosen = [
        f for f, lang in zip(fragments, tags, strict=True) if lang in languages or lang == "*"
    ]
    return compile_any(chosen) if chosen else _NEVER
