"""Is it a rejection? Decision phrases, hedges, and what other messages say instead."""

from __future__ import annotations

from .common import W

REJECTION = [
    # en
    r"(?:position|role|job|vacancy|post)\b[^.]{0,40}? (?:has|had) (?:now |already )?been filled|"
    r"(?:role|position|job|post) (?:has been|was) (?:offered|given|awarded) to|'ve (?:now |"
    r"already |since |just )?filled (?:the|this|that|our) (?:[\w-]+ )?(?:role|position|spot|post|"
    r"vacancy|job|opening)|(?:gone|go|going|went) with (?:someone "
    r"else|another|a different|other|the other (?:candidate|applicant|finalist|"
    r"person))|pass(?:ing)? on (?:your|this) (?:application|candidacy)|"
    r"(?:offer|offered|give|gave|given|award|awarded) (?:the|this) (?:role|position|job|post) to "
    r"(?:an?|another|the other|a different|someone)\b|(?:closing|close|"
    r"cancel+ing|cancel) (?:the|this) (?:position|role|search|requisition|vacancy)|(?:closing|close|"
    r"closed|cancel\w*|ending|end) (?:the|this|our) (?:[\w-]+ )?(?:process|recruitment|search|hiring) "
    r"for (?:all|every|everyone|each)\b|(?:can't|"
    r"cannot|can not|unable to|not able to|won't be able to) (?:move|progress|advance|take|put) "
    r"you (?:on|forward|further|ahead|through)\b",
    rf"(?:not|\w+n't|cannot) (?:to )?(?:be )?(?:move|moving|going|proceed|proceeding|progress|"
    rf"progressing|advance|"
    rf"advancing|take|taking|continu)\w* {W}(?:forward|further|ahead|with your|to the next)"
    # "we cannot take this further without your signed form" asks; it does not decide
    r"(?! (?:without|until|unless|before|for now\b.{0,20}\bbut))",
    r"(?:decided|decision|chosen|chose|opted|elected) (?:to )?(?:move|moving|go|proceed|pursue|"
    r"progress|continue) (?:forward |on )?(?:ahead )?with (?:an?other|other|a different|different|the other|"
    r"someone|candidates|applicants|individuals)",
    r"(?:decided|decision|chosen|chose|opted|elected) to (?:pursue|select|hire|go with|proceed with|"
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
    r"(?:position|role|search|requisition|vacancy|process) (?:has been|was|is being|is) (?:now )?"
    r"(?:cancel+ed|closed|withdrawn)",
    r"unable to (?:offer|progress|move|proceed|take your application|consider your application)",
    r"not (?:able|in a position) to (?:offer|move|proceed|progress|take|consider)",
    r"(?:won't|will not|would not|wouldn't) be (?:moving|progressing|proceeding|advancing|"
    r"incorporated|taking|offering|continuing|extending|making an offer|inviting|pursuing|going ahead)|"
    r"(?:have not|haven't|has not|hasn't|did not|didn't|not) (?:quite )?(?:made|make) it (?:through|"
    r"to|into|past|onto)\b|(?:decided to|going to|have to|'ll|will) pass(?=[.,;!]| (?:this time|on "
    r"this|for now|at this)|$)|(?:decided to|will|have|'ve|had to|need to) (?:now )?close (?:your|"
    r"this) (?:application|candidacy|file)|(?:application|candidacy|candidature|cv) (?:will|would|"
    r"can|could) not be (?:progressed|taken forward|taken further|considered further|moved forward|"
    r"pursued)|(?:not|isn't|wasn't) (?:\w+ )?(?:good|better|positive|happier) news|(?:not|isn't) "
    r"the (?:outcome|answer|news) you (?:were )?(?:hoped|hoping|wanted)",
    r"not (?:a|the right) (?:match|fit) for (?:this|the) (?:role|position)|(?:not|\w+n't) (?:\w+ "
    r"){0,3}?(?:the right|a good|a strong|the best) (?:fit|match|candidate|person)\b|(?:decided to|going "
    r"to|will|'ll|have to|need to) (?:keep looking|keep searching|continue (?:our|the) search|continue "
    r"searching)|not a yes\b|(?:hire|hiring|fill|filling|recruit|recruiting|promote|promoting) (?:[\w-]+ "
    r"){0,3}?internally|(?:not|\w+n't) (?:be )?going to (?:take|move|progress|proceed|advance) (?:you|"
    r"your|it|this|things)\b|(?:not|\w+n't) (?:make|made|making) (?:the|our) (?:shortlist|cut|next "
    r"round)",
    r"(?:go|going|gone|went|move|moving|moved) (?:in )?(?:a |another |other )?(?:different )?direction\b|"
    r"(?:it's|it is) a no\b|a no (?:from us|this time|on this occasion)",
    r"not (?:be )?(?:progressing|proceeding with|advancing|taking forward|considering|pursuing) "
    r"your "
    r"(?:application|candidacy|candidature)|(?:not|\w+n't) (?:be )?inviting you",
    r"(?:was|were|have|has|are|is) not (?:been )?(?:selected|shortlisted|successful|chosen)",
    r"(?:are|is|be|were) (?:over|under)-?qualified for",
    r"release (?:you )?to pursue other",
    r"decided not to (?:fill|continue|offer)",
    # "we've decided to move ahead with a candidate whose ...", "the panel decided to appoint
    # another candidate", "we are going with someone else"
    r"(?:decided|chosen|chose|opted|elected) (?:now )?(?:to )?(?:move|moving|go|going|proceed|"
    r"proceeding|continue|continuing|progress|progressing) (?:forward |ahead |on )?with (?:a|an|"
    r"one) (?:\w+ )?(?:candidate|applicant|person|finalist|individual)|(?:decided|chosen|chose|"
    r"opted) to (?:appoint|hire|select|offer (?:the|this) (?:role|position|job) to) (?:an?other|a "
    r"different|someone)|(?:move|moving|proceed|proceeding|continue|continuing|progress|"
    r"progressing) (?:forward |ahead |on )?with (?:candidates|applicants|individuals|people|"
    r"someone) (?:who|whose|that)\b|(?:are|'re|have|'ve|will be|'ll be) (?:now )?(?:moving|moved|going|gone|"
    r"proceeding|proceeded|continuing|progressing) (?:forward |ahead |on )?with (?:an?other|other|"
    r"a different|different|someone)",
    # "we are unable to consider it further", "we have to stop the process here"
    r"(?:unable|not able|cannot|can't|won't|will not|not be able) (?:to )?(?:consider|take) (?:it|"
    r"you|your (?:application|candidacy|candidature|cv|resume)) (?:any )?"
    r"(?:further|forward)|(?:have to|need to|must|decided to|going to) "
    r"(?:stop|end|halt|conclude) (?:the|this|your|our) (?:process|application|candidacy) (?:here|"
    r"now|at this)",
    # "so we won't proceed.", "we cannot continue"
    r"(?:we|i) (?:will not|won't|cannot|can't|are unable to|are not able to) (?:proceed|progress|"
    r"continue|go further)\b(?! to| until| without| unless| before| with (?:the|your|our) "
    r"(?:interview|next))",
    # "we're not filling the warehouse lead spot after all", "decided not to extend an offer"
    r"(?:not|\w+n't) (?:be )?(?:going to )?fill(?:ing)? (?:the|this|that|our) (?:[\w-]+ ){0,4}?(?:role|"
    r"position|post|spot|vacancy|opening)|(?:decided|chosen) (?:not to|against) (?:extend|make|"
    r"fill|hire)",
    # de
    r"nicht erfolgreich|(?:leider|bedauerlicherweise) \w+ (?:wir|ich) (?:Ihnen )?(?:mitteilen|"
    r"absagen)",
    r"(?:uns|mich) für (?:eine[nr]? |die |den )?(?:andere[nr]? |weitere[nr]? )?(?:Bewerber|Kandidat)\w*"
    r"(?: und (?:Bewerber|Kandidat)\w*)? entschieden|für (?:eine andere|einen anderen|andere) "
    r"(?:Bewerber|Kandidat)|(?:Profil|Kandidat\w*|Bewerber\w*)(?: \w+)?,? (?:das|der|die|dessen|deren) "
    r"(?:\w+ ){0,7}?(?:besser|eher|stärker) (?:zu|auf|mit|den|unseren|entspr|pass)",
    r"(?:nicht|keine) (?:weiter )?(?:zu )?(?:berücksichtigen|berücksichtigt|in die engere Wahl|"
    r"weiterverfolgen|weiterzuverfolgen|verfolgen|Zusage)",
    r"\bAbsage\b|absagen müssen|gegen (?:Ihre|deine|Sie|dich) (?:Bewerbung )?entschieden|nicht (?:für Sie|"
    r"zu Ihren Gunsten) entschieden|(?:haben|hat) (?:wir "
    r")?(?:die|diese) (?:Stelle|Position|Vakanz) (?:[\w-]+ ){0,8}?(?:besetzt|vergeben)|bedauern,? "
    r"(?:Ihnen|dir) {W}(?:mitteilen|keine|nicht)|keine (?:positiv|erfreulich|besser|günstig)\w* "
    r"(?:Nachricht|Rückmeldung|Mitteilung|Antwort)|(?:Stelle|Position|Vakanz) (?:[\w-]+ ){0,2}?nicht "
    r"(?:mehr )?(?:zu )?(?:besetzen|nachzubesetzen)|(?:Auswahlverfahren|Bewerbungsverfahren|Verfahren|"
    r"Prozess) (?:ist|wurde) (?:damit |hiermit |nun |somit )?(?:beendet|eingestellt)",
    r"(?:müssen|möchten) (?:wir|ich) Ihnen leider (?:mitteilen|absagen)|(?:bereits|anderweitig) "
    r"(?:besetzt|vergeben)|leider {W}(?:nicht|keine) (?:berücksichtigen|weiter|Zusage|positive)",
    # fr
    r"pas en mesure de (?:donner suite|retenir)|n'a pas été (?:retenue?|sélectionnée?)|ne pas "
    r"(?:donner suite|retenir)|ne (?:pouvons|"
    r"pourrons) pas donner (?:une )?suite",
    r"(?:sommes|suis) au regret|avons (?:retenu|choisi|sélectionné) (?:un autre|une autre|"
    r"d'autres)|(?:fait le choix|opté pour) (?:d'un autre|d'une autre|d'autres|un autre|une autre)",
    r"pas été retenue?|ne sera pas retenue?|pas pu être retenue?|ne pas poursuivre|ne (?:pouvons|"
    r"pourrons|allons|souhaitons) (?:donc |malheureusement |hélas )?pas (?:poursuivre|continuer|"
    r"avancer)|ne (?:retiendrons|retenons|poursuivrons|donnerons) pas|(?:recruté|embauché|engagé|"
    r"sélectionné|choisi|retenu) (?:un autre|une autre) (?:personne|candidat|profil)|"
    r"(?:pas|plus) (?:en mesure de )?(?:donner|réserver) une suite favorable|(?:poursuivre|"
    r"continuer) (?:le processus |le recrutement |la démarche )?avec (?:un autre|une autre|"
    r"d'autres) (?:candidat|profil|personne)|(?:identifié|trouvé|retenu|choisi) (?:un|une) "
    r"(?:autre )?(?:profil|candidat)\w* (?:plus|mieux|davantage) |(?:n'est|ne sera) pas "
    r"possible de (?:donner suite|poursuivre)",
    # es
    r"seguir adelante con otr|no (?:has|han) sido seleccionad|no ha (?:sido|resultado) "
    r"(?:seleccionad[oa]|elegid[oa])|no (?:ha )?(?:sido|fue) "
    r"seleccionad[oa]",
    r"(?:decidido|optado por) (?:continuar|seguir|avanzar) con otr[oa]s? (?:candidat|perfil)|"
    r"(?:continuar|seguir|avanzar|proseguir)(?: (?:el|con el|nuestro) proceso)? con otr[oa]s? "
    r"(?:candidat|perfil|finalista|persona)|(?:encontrado|identificado|seleccionado) (?:un|una|"
    r"otr[oa]) (?:perfil|candidat)\w* (?:\w+ )?(?:más|mejor) (?:ajustad|adecuad|alinead|acorde)|"
    r"no (?:es|será|siendo|fue) posible (?:continuar|avanzar|seguir|dar continuidad)",
    r"lamenta(?:mos|blemente)? (?:informarle|comunicarle)|no (?:podemos|vamos a) (?:continuar|"
    r"seguir|avanzar)",
    r"hemos seleccionado a otr[oa]|no continuar(?:emos)? con su (?:candidatura|proceso|solicitud)",
    r"(?:decidido|optado por) no (?:continuar|seguir|avanzar)|no (?:hemos podido|podemos|podremos) "
    r"(?:seleccionar|avanzar con|continuar con) (?:tu|su)|(?:cubrir|cubierto) (?:el|la) (?:puesto|"
    r"vacante|posición) con otr|no (?:pasarás|pasará|continuarás|continuará|avanzarás|avanzará)\b|no (?:podremos|"
    r"podemos) contar con (?:usted|tu)|"
    r"(?:vacante|puesto|proceso|posición)(?: de selección)? (?:ha quedado|ha sido|queda|quedó|fue|se "
    r"da por|se ha dado por) (?:cancelad|finalizad|cerrad|anulad|desiert)",
    # nl
    r"(?:helaas|jammer genoeg) {W}(?:niet (?:verder|door|uit|geselecteerd|gekozen|mee|voor "
    r"(?:jou|u))|"
    r"geen (?:positie|vervolg)|andere kandida|afwijzen|af te wijzen)",
    r"niet (?:geselecteerd|uitgenodigd)|\bafgewezen|gekozen voor (?:een )?andere",
    r"(?:besloten|gekozen) (?:om )?{W}(?:niet|andere kandida|voor een andere)|(?:kandidaat|"
    r"profiel|sollicitant) (?:\w+ ){0,3}?(?:gevonden )?die (?:\w+ ){0,3}?beter (?:aansluit|past)",
    r"\bafwijzing\b|niet (?:verder )?(?:mee )?(?:te )?gaan met (?:je|uw) sollicitatie|niet uit "
    r"te nodigen",
    # pt
    r"não (?:avançaremos|seguiremos|prosseguiremos)|não (?:foi|foste|ter sido) (?:selecionad[oa]|"
    r"escolhid[oa]|aprovad[oa])|decidimos (?:avançar|seguir|"
    r"prosseguir) com outr[oa]s?",
    r"lamentamos (?:informar|comunicar)|não (?:iremos|vamos|poderemos) (?:avançar|prosseguir|dar "
    r"continuidade|seguir)",
    r"optamos por outr[oa]s? candidat|(?:optamos|decidimos) (?:por )?(?:seguir|avançar|prosseguir|"
    r"continuar) com outr|(?:seguir|avançar|prosseguir|continuar)(?: (?:o|com o) processo)? com "
    r"outr[oa]s? (?:candidat|perfil|profissional|pessoa)|(?:decidimos|decidiu|decidiram|optamos "
    r"por|optou por) não (?:seguir|avançar|prosseguir|continuar|dar (?:seguimento|continuidade))|"
    r"não (?:é|sendo|será|foi) possível (?:dar seguimento|dar continuidade|avançar|prosseguir|"
    r"continuar|seguir)|(?:identificamos|encontramos|selecionamos) (?:um|uma|outr[oa]) (?:perfil|"
    r"candidat)\w* (?:\w+ )?(?:mais|melhor) (?:alinhad|adequad|aderente|ajustad)",
    # it
    r"(?:scelto|selezionato) (?:un altro|un'altra|altri) (?:candidat|profil)|non (?:è stata|è "
    r"stato|sei stat[oa]) (?:selezionat[oa]|scelt[oa]|accolt[oa]|approvat[oa])|(?:deciso|scelto) di "
    r"(?:proseguire|procedere|andare avanti) con (?:altr|un altr)|(?:proseguire|procedere|"
    r"continuare)(?: (?:il|con il) (?:percorso|processo|iter)| la selezione)? con (?:altr|un altr|"
    r"un'altr)|(?:individuato|identificato|trovato|scelto|selezionato) (?:un |una |un'|altri "
    r"|altre )?(?:altr\w* )?(?:profil|candidat)\w* (?:\w+ )?(?:più|maggiormente|meglio) (?:in "
    r"linea|adatt|rispondent|aderent|vicin|coerent)|non (?:è|sarà|risulta) possibile "
    r"(?:proseguire|procedere|dare seguito)",
    r"siamo spiacenti di (?:comunicar|informar)|non (?:potremo|possiamo) (?:dare seguito|"
    r"proseguire|procedere)",
    r"purtroppo {W}(?:non|altr[oi] candidat)|deciso di non (?:proseguire|procedere|andare avanti)",
]
WEAK_REJECTION = [
    r"\bover-?qualified\b|\bunsuccessful\b|\bunfortunately\b|\bregret\b|\bleider\b|\bsadly\b|"
    r"\bsorry to (?:say|tell|inform|let)\b|\bi'm afraid\b|"
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
    r"(?:falls|wenn|sollte) (?:Ihre|deine) Bewerbung {W}nicht|sollten Sie {W}(?:nichts|keine)|"
    r"falls Sie {W}(?:nichts|keine)",
    r"si vous n'(?:avez|recevez) pas|sans (?:réponse|nouvelles) de notre part",
    r"si no (?:recibe|ha recibido|tiene noticias)|en caso de no (?:recibir|tener)",
    r"als (?:je|u) {W}niets (?:van ons )?(?:hoort|hebt gehoord)",
    r"(?:se|caso) não (?:receber|tiver)",
    r"(?:qualora|se) non (?:ricevesse|riceve|dovesse ricevere)",
]
NOT_REJECTION = {
    "invitation": [
        # the interview moved to a new date, in every language: still an invitation
        r"(?:reschedul\w*|new (?:date|time|slot) for (?:your|the) interview|alternative (?:date|time|slot)s?|"
        r"Ersatztermin|neuen Termin|nouvelle date|nouveau créneau|reporter (?:l'|notre |votre )entretien|"
        r"nueva fecha|reprogramar|nieuwe datum|nieuw tijdstip|nova data|remarcar|nuova data|riprogrammare|"
        r"(?:le|ti|vi) propon\w+ (?:quindi |allora )?(?:di )?(?:\w+ )?(?:lunedì|martedì|mercoledì|giovedì|venerdì|"
        r"sabato))",
        r"(?:like|pleased|happy|delighted|glad|want) to invite you|invite you (?:to|for) (?:an?|"
        r"the|your) (?:\w+ ){0,2}(?:interview|call|conversation|meeting|assessment|chat)|(?:like|"
        r"love|want|ask|invite) you to (?:take|complete|start|sit|schedule|book|join|attend|move "
        r"(?:on|forward|to))\b|(?:good|great|exciting) news",
        r"(?:schedule|arrange|book) (?:an?|your|the) (?:\w+ )?(?:interview|call)|(?:move|reschedule|"
        r"postpone|rearrange|push back|shift) (?:our|your|the|tomorrow's) (?:\w+ )?(?:interview|call|"
        r"meeting|chat)|next (?:round|"
        r"step) of (?:the|our) (?:interview|hiring|selection)|could you (?:make|do|attend|join|come)\b|"
        r"(?:like|love|want) to see you (?:for|at|again)\b|(?:whether|if) you could (?:do|make|attend|come)\b|"
        # "the interview must be moved to Thursday"
        r"(?:interview|call|meeting|chat|appointment) (?:\w+ ){0,3}?(?:must|has to|needs to|will have to|will|has|had) "
        r"(?:be |been )(?:moved|postponed|rescheduled|rearranged|pushed back|brought forward)",
        r"(?:laden|lade) (?:wir|ich) Sie {W}(?:zu|ein)|(?:Vorstellungs|Telefon|Video)?(?:gespräch|"
        r"interview|kennenlernen) "
        r"einladen|Einladung zu(?:m)? (?:\w+ "
        r")?(?:Vorstellungsgespräch|Gespräch|Interview)|(?:Gespräch|Termin|Interview)\w* (?:\w+ ){0,3}?"
        r"(?:verschieben|verlegen)|passt Ihnen",
        r"(?:vous )?inviter à (?:un|une|notre) (?:entretien|échange)|convocation à un entretien|"
        r"(?:vous )?invitons à (?:passer|réaliser|compléter|effectuer) (?:un|une|le|la|notre|votre) "
        r"(?:\w+ )?(?:test|évaluation|entretien|exercice|étude de cas)|(?:profil|candidature) a été "
        r"(?:retenue?|sélectionnée?) pour (?:la (?:prochaine|suite)|l'étape|un entretien|le "
        r"prochain)|(?:reporter|décaler|déplacer) (?:votre |notre |l')(?:\w+ )?(?:entretien|rendez-vous)",
        r"(?:invitarle|invitarte|convocarle) a (?:una|la) (?:entrevista|reunión)|(?:le|te|os) "
        r"invitamos a (?:realizar|completar|hacer) (?:una|un|la|el) (?:\w+ )?(?:prueba|test|"
        r"evaluación|entrevista|caso)|(?:perfil|candidatura) ha sido (?:pre)?seleccionad[oa] para "
        r"(?:la siguiente|la próxima|una entrevista)|(?:cambiar|mover|aplazar|reprogramar) (?:la fecha de "
        r")?(?:tu|su|la) (?:entrevista|reunión)",
        r"(?:uitnodigen|nodigen {W}uit) (?:voor|tot) een (?:\w+ )?(?:gesprek|sollicitatiegesprek|"
        r"kennismaking)|nodigen (?:je|u) (?:graag )?uit (?:om|voor) (?:een |de )?(?:\w+ "
        r")?(?:test|assessment|opdracht)|(?:gesprek|afspraak|interview) (?:\w+ )?(?:verplaatsen|"
        r"verzetten)",
        r"convidá-l[oa]|convidar(?:-te|você)? para uma entrevista|convidamos(?:-[ao])? (?:você )?(?:a|"
        r"para) (?:realizar|fazer|completar) (?:um|uma|o|a) (?:\w+ )?(?:teste|avaliação|entrevista|"
        r"case)|(?:remarcar|reagendar|adiar) (?:a sua |sua |a )?(?:entrevista|reunião)",
        r"invitarl[ae] (?:a|per) un colloquio|la invitiamo (?:a|per) un colloquio|(?:la|ti|vi) "
        r"invitiamo a (?:svolgere|completare|sostenere|effettuare) (?:un|una|il|la) (?:\w+ )?(?:test|"
        r"prova|colloquio|valutazione)|(?:spostare|rinviare|posticipare) (?:il|il suo|la) (?:colloquio|"
        r"incontro)",
    ],
    "offer": [
        r"(?:proporLe|proporti|offrirLe|offrirti) l'assunzione|lettera di assunzione|offerta di assunzione|"
        r"proposta (?:di lavoro|contrattuale)|Arbeitsvertrag|Vertragsangebot|promesse d'embauche|carta oferta|"
        r"oferta (?:de trabajo|laboral|de emprego)|arbeidsovereenkomst|aanbod voor de functie",
        r"(?:pleased|happy|delighted|thrilled|excited) to (?:offer|extend|inform you that you)|"
        r"offer of employment|(?:job|formal|written) offer|congratulations|(?:like|love|pleased|"
        r"happy|delighted|thrilled|want) to offer you\b|welcome aboard|offer letter",
        r"freuen uns, Ihnen {W}(?:anbieten|zusagen)|Vertragsangebot|herzlichen Glückwunsch|"
        # the place itself offered: "dass wir Ihnen zum 1. August einen Ausbildungsplatz als ... anbieten möchten"
        r"(?:Ihnen|dir) (?:(?!nicht\b|leider\b)[\w.]+ ){0,6}?(?:einen|eine|den|die) (?:\w+ )?(?:Ausbildungsplatz|"
        r"Praktikumsplatz|Stelle|Position|Arbeitsvertrag|Studienplatz)\b(?: (?!nicht\b)[\w-]+){0,4}? anbieten "
        r"(?:möchten|können|dürfen|wollen)|"
        # the same in a main clause: "wir möchten Ihnen die Stelle als Data Analyst anbieten"
        r"(?:möchten|können|dürfen|wollen|würden) (?:Ihnen|dir) (?:(?:sehr )?gerne? )?(?:einen|eine|den|die) "
        r"(?:\w+ )?(?:Ausbildungsplatz|Praktikumsplatz|Stelle|Position|Arbeitsvertrag|Studienplatz)\b"
        r"(?: (?!nicht\b)[\w-]+){0,4}? anbieten|"
        r"verbindliche Zusage",
        r"(?:heureux|ravis) de vous (?:proposer|offrir|annoncer)|proposition d'embauche|"
        r"félicitations|(?:souhaitons|aimerions|voudrions|souhaiterions) vous (?:proposer|offrir) (?:le|un|ce|votre) "
        r"(?:poste|contrat|stage|emploi)",
        r"(?:complace|alegra) (?:ofrecerle|comunicarle que ha sido seleccionad)|oferta de "
        r"(?:empleo|trabajo)|enhorabuena|felicidades|(?:nos gustaría|queremos|deseamos|quisiéramos) "
        r"ofrecer(?:le|te|les) (?:el|un|este|la|una) (?:puesto|contrato|empleo|plaza|trabajo)",
        r"(?:blij|verheugd) (?:je|u) {W}aan te bieden|aanbod|gefeliciteerd|"
        r"(?:(?:willen|zouden) (?:we|wij)|(?:we|wij) (?:willen|zouden)) (?:je|u) (?:graag )?(?:de|een|deze) "
        r"(?:\w+ )?(?:functie|baan|stageplaats|"
        r"arbeidsovereenkomst|plek) (?:\w+ )?aan(?:bieden| te bieden)",
        r"(?:prazer|satisfação) em (?:oferecer|informar que foi selecionad)|proposta de "
        r"(?:emprego|trabalho)|parabéns|(?:gostaríamos|queremos|desejamos) de (?:lhe |te )?oferecer (?:a|o|uma|um) "
        r"(?:vaga|cargo|posição|contrato|lugar)",
        r"(?:lieti|piacere) di (?:offrirle|comunicarle che è stat)|proposta di assunzione|"
        r"congratulazioni|(?:desideriamo|vorremmo|intendiamo) offrir(?:le|ti) (?:la|il|un|una) (?:posizione|ruolo|"
        r"posto|contratto|incarico)",
    ],
    "acknowledgement": [
        r"(?:we|we've|we have) (?:successfully )?received your application|(?:this|we) (?:email "
        r")?(?:confirms?|confirm) (?:that we have )?(?:receipt|received)|thank you for (?:your|"
        r"submitting your) application[.!,] (?:we|our team) will (?:now )?review",
        r"(?:will|shall) (?:now )?be (?:reviewed|considered|assessed)|(?:will|shall) review your "
        r"(?:application|CV|resume)|under review|being reviewed|until we (?:receive|have|get)|"
        r"(?:please )?(?:send|provide|submit|return|sign) (?:us |me )?(?:your|the|it|them)\b|"
        r"still (?:under|in) "
        r"(?:consideration|review|the running|the process)|(?:remains?|is still) (?:active|open|"
        r"under consideration)|(?:taking|take|takes|will take) (?:a (?:little|bit) |slightly |somewhat |"
        r"much )?longer\b|still "
        r"(?:reviewing|considering|assessing|interviewing|working through)|(?:sorry|apologi[sz]e|"
        r"regret) (?:for )?the delay|(?:update you|get back "
        r"to you|come back to you|news for you) (?:by|next|within|early|later|soon|shortly|as soon|"
        r"once|when)\b",
        r"Ihre Bewerbung (?:ist )?{W}(?:eingegangen|erhalten)|Eingangsbestätigung|(?:werden|"
        r"wird) {W}(?:prüfen|geprüft|sichten)|noch in "
        r"(?:Bearbeitung|Prüfung)|befindet sich noch|verzöger\w*|weiterhin (?:im (?:Auswahl)?verfahren|"
        r"berücksichtigt|aktiv|in (?:der )?(?:Auswahl|Prüfung))",
        r"avons (?:bien )?reçu votre candidature|sera (?:étudiée|examinée)|accusé de réception|"
        r"en cours d'(?:examen|étude|analyse)|plus de temps que prévu|(?:reste|demeure|toujours) "
        r"(?:\w+ )?(?:active|valide|en considération|à l'étude)",
        r"hemos recibido (?:correctamente )?su (?:candidatura|solicitud)|será (?:revisada|"
        r"evaluada)|sigue en (?:proceso|revisión)|(?:aún|todavía) (?:estamos|seguimos) revisando|"
        r"sigue vigente|(?:sigues|seguís|sigue|continúa|continúas) (?:\w+ )?en consideración|retras\w*|"
        r"(?:te|le|os) (?:diremos|daremos|informaremos|contaremos) (?:algo )?(?:pronto|en breve|lo antes)",
        r"(?:hebben|heb) (?:je|uw) sollicitatie (?:in goede orde )?ontvangen|"
        r"ontvangstbevestiging|wordt (?:nu )?beoordeeld|(?:nog|is) (?:volledig |steeds )?in "
        r"behandeling|loopt (?:\w+ )?vertraging|blijft (?:\w+ )?(?:actief|in behandeling|in beeld)",
        r"recebemos (?:a sua|sua|o seu) (?:candidatura|currículo|inscrição)|será (?:analisad[oa]|"
        r"avaliad[oa])|ainda (?:está )?em (?:análise|avaliação)|continua (?:ativa|válida|em "
        r"consideração)|segue em consideração",
        r"abbiamo ricevuto (?:la sua|la tua) candidatura|sarà (?:valutata|esaminata)|ancora in "
        r"(?:fase di )?valutazione|(?:rimane|resta) (?:\w+ )?(?:attiva|valida|in considerazione|in valutazione)|ancora "
        r"in considerazione",
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
    # data-consent notices: "may we keep your details? please confirm your consent"
    "consent": [
        r"(?:your|with your|give your|confirm your) (?:explicit )?consent|einwilligung|"
        r"einverständnis|consentement|consentimiento|toestemming|consentimento|consenso",
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
