"""How far the candidate got: final round, interview, screen or application."""

from __future__ import annotations

STAGE = {
    "final": [
        r"final[- ](?:round|interview|stage|panel|step|conversation|presentation)s?|last[- ](?:round|interview|"
        r"stage|step)|every stage of|(?:last|final) (?:two|three|four|2|3|4) (?:candidates|"
        r"people|applicants)|(?:the|your|an|our|after|during|at|for) on-?site\b(?! (?:in|at|role|"
        r"position|job|based|work|presence|office)\b)|on-?site (?:interview|round|visit|day|loop|"
        r"stage|panel)|(?:coming|came|come) on-?site\b|\bsuperday\b",
        # a day spent with the team is the on-site round; coming in to meet the team is an interview
        r"(?:coming|came) in (?:to|for) (?:the day|a day|an on-?site)|spending the day|(?:full|whole) day with|"
        r"(?:put|invested|gave) into the day|throughout the day|"
        r"(?:one of|among) (?:the |our )?(?:two|three|2|3|last|final) (?:\w+ )?(?:candidates|finalists|applicants)",
        r"(?:finale[nm]?|letzte[nm]?) (?:Runde|Gespräch|Interview|Auswahlrunde)|Finalrunde|"
        r"Abschlussgespräch|abschließende[nms]? (?:Gespräch|Interview|Runde)",
        r"(?:dernier|ultime) (?:entretien|tour)|(?:dernière|ultime) (?:étape|phase)|entretien "
        r"final|phase finale",
        r"(?:última|final) (?:entrevista|fase|ronda|etapa)|(?:entrevista|fase|etapa|ronda) final",
        r"laatste (?:ronde|gesprek|sollicitatiegesprek)|eindgesprek|laatste (?:twee|drie|"
        r"2|3) (?:kandidaten|sollicitanten)",
        r"(?:última|final) (?:entrevista|fase|etapa)|(?:entrevista|etapa|fase) final",
        r"(?:ultimo|finale) (?:colloquio|step|fase)|colloquio finale|fase finale|ultima fase|incontro (?:finale|"
        r"conclusivo)",
    ],
    "screen": [
        r"(?:phone|telephone|telephonic|video|zoom|screening|intro|introductory|recruiter|"
        r"initial) (?:call|screen|interview|conversation|chat)|(?:on|over|via) (?:zoom|skype|google "
        r"meet|microsoft teams|ms teams)\b|(?:our|the|your|my) (?:recent |last "
        r"|previous |earlier |brief |short )?(?:call|chat|phone call)\b(?! of\b)",
        r"(?:on|by|over) the (?:tele)?phone|phone conversation|(?:recorded|one-way|pre-recorded|asynchronous) "
        r"(?:video )?interviews?|assessment (?:centre|center|day)s?|(?:speak|speaking|talk|talking|chat|chatting|spoke|"
        r"talked) (?:with|to) me\b|hop(?:ping|ped)? on a (?:\w+ )?call|(?:quick|short|brief|first) (?:phone )?(?:call|"
        r"chat)\b|(?:pre-?recorded|one-way|recorded) video|video (?:questions|responses|answers)|(?:speak|speaking|"
        r"spoke|"
        r"talk|talking|talked|chat|chatting|chatted|call) (?:with|to) (?:our|the|a|one of our) (?:recruiter|talent "
        r"(?:partner|acquisition|team)|recruitment (?:consultant|partner|team)|hr (?:team|partner))",
        r"(?:technical|online|coding|written|skills?|psychometric|aptitude|personality|cognitive|"
        r"home|reasoning|numerical|verbal|logic|programming|hackerrank|codility|codesignal) (?:tests?|assessments?|"
        r"challenges?|exercises?|tasks?|assignments?)|take-?home|"
        r"case study|technical (?:phone )?screen(?:ing)?\b|(?:written|online|entrance|aptitude) (?:exam|"
        r"examination)s?\b|"
        r"(?:the|your) (?:test|assessment)(?: (?:stage|phase|round|centre))?\b(?! on)",
        r"Telefon(?:interview|gespräch|at)|telefonisch\w* (?:Gespräch|Interview|Vorgespräch)|"
        r"Videocall|Online-?(?:Test|Assessment)|Eignungstest|Einstellungstest|Auswahltest|Fallstudie|"
        r"Probeaufgabe|Testaufgabe",
        r"(?:entretien|entrevue) (?:téléphonique|visio|virtuelle)|échange téléphonique|test (?:technique|en ligne)|"
        r"étude de cas|journée d'évaluation|cent(?:re|er) d'évaluation|assessment",
        r"entrevista (?:telefónica|por teléfono|por video)|llamada|prueba (?:técnica|online)|"
        r"caso práctico|(?:conversación|charla|llamada|entrevista) (?:\w+ ){0,2}con (?:nuestr[oa] |el |la )"
        r"(?:recruiter|reclutador\w*|técnic[oa] de selección|equipo de (?:selección|talento|rrhh))|assessment",
        r"telefonische? (?:gesprek|interview|kennismaking)|telefo(?:nisch|on)(?:gesprek|e? "
        r"interview)|telefoontje|videogesprek|(?:technische|online) (?:test|"
        r"assessment|opdracht)|(?:de|het) (?:test|assessment|opdracht)\b|(?:schriftelijke|online) (?:toets|test)|"
        r"belletje|(?:de|het|een) (?:case|casus)\b",
        r"(?:entrevista|conversa|chamada|ligação) (?:inicial |de triagem )?(?:por telefone|por v[íi]deo|telefónica|"
        r"telefônica)|conversa inicial|videochamada|chamada de v[íi]deo|teste (?:técnico|online)|"
        r"desafio "
        r"técnico|entrevista (?:inicial|de triagem)|(?:conversa|entrevista) (?:\w+ ){0,2}com (?:a |o )?(?:nossa |"
        r"nosso )?"
        r"(?:recrutador\w*|tech recruiter|equipe de (?:recrutamento|rh|talentos))",
        r"colloquio telefonico|telefonata|test (?:tecnico|online)|prova tecnica|\w+ telefonic[ao]|videochiamat\w*|"
        r"videocolloqui\w*|colloquio conoscitivo|assessment",
    ],
    "interview": [
        r"(?:thank you|thanks)(?: so much| again)? for (?:meeting|interviewing|your time with)|"
        r"(?:thank you|thanks)(?: so much| again)? for your time (?:[\w-]+ ){0,3}?with \w+ and \w+|"
        r"(?:sitting|sat|sit) down with|"
        r"(?:meeting|met) (?:with|to) (?:\w+ ){0,3}(?:and me|and i|us|me|our|the team|the panel|the "
        r"hiring)",
        r"(?<!phone )(?<!video )(?<!telephone )(?<!telephonic )\binterview(?:s|ed|ing)?\b|"
        r"(?:you|she|he) (?:met|meet) (?:with )?(?:him|her|them)\b|(?:met|"
        r"meeting|meet) (?:with )?(?:you|the (?:[\w-]+ )?team|our (?:[\w-]+ )?team|the panel)|(?:visit|"
        r"visiting|came|coming|come) (?:to )?(?:our|the) (?:office|offices|studio|site|headquarters|hq)"
        r"\b|the panel\b(?! (?:has |have |had "
        r")?(?:now |already |just |then |since )?(?:received|reviewed|considered|assessed|shortlisted|read|"
        r"met to|met and|debriefed|discussed|deliberated|selected|chose|decided|agreed|noticed|saw|felt|"
        r"thought|found|looked|liked|was|were|will|would|is|are)\b)",
        r"Vorstellungsgespräch|persönlich\w* Gespräch|kennenlernen|Interview",
        r"entretien|entrevue|vous (?:avoir )?rencontr|(?:notre|cette|la) rencontre|nous rencontrer|"
        r"(?:venue?s?) (?:nous )?(?:voir|rencontrer)",
        r"entrevista(?! (?:telefónica|por teléfono|por video|inicial))|conocer(?:le|te|la|nos)?\b|(?:venir|viniste|"
        r"vino) a (?:vernos|la oficina|nuestras "
        r"oficinas)",
        r"sollicitatiegesprek|kennismak|langs(?:ge)?(?:komen|kwam|kwamen)|langs (?:bent|bent gekomen|"
        r"te komen)",
        r"entrevista(?! (?:inicial|de triagem|por telefone|por v[íi]deo|telefónica|telefônica))|conhecer(?:-lo|-la|"
        r"-te)?\b|"
        r"conhecê-l[oa]s?",
        r"colloqui|prova orale|prove orali|incontr(?:arl|o)|(?:venut[oa]|venire|passat[oa]) a trovarci",
    ],
    # talk that may have been the screen call itself: an interview only when no screen is named
    "conversation": [
        r"(?:thank you|thanks)(?: so much| again)? for (?:speaking|talking|chatting)|(?:speaking|"
        r"talking|chatting|spoke|talked) (?:with|to) (?:\w+ ){0,3}(?:and me|and i|us|me|our|the "
        r"team|the panel|the hiring)|(?:spoke|speaking|talking|talked) with (?:us|you|me|our|the)|"
        r"conversations? with",
        r"(?:unser\w*|das|dem|angenehm\w*|nett\w*|gute[nm]?|interessant\w*|freundlich\w*|ersten?|"
        r"zweiten?) Gespräch",
        r"échanges? avec",
        r"reuni(?:ón|rnos)",
        r"(?:het|ons|prettige|fijne|leuke|goede|eerste|tweede) gesprek",
        r"conversas?\b",
        r"(?:la nostra|il nostro|per la|della|la) (?:conversazione|chiacchierata)",
    ],
    # a later stage the candidate did not reach: "we won't be moving you to the interviews"
    "prospective": [
        r"(?:mov|progress|advanc|proceed|invite\b|inviting|tak|put|bring|go|pass|select|shortlist)\w* "
        r"(?:you |your \w+ )?(?:forward |through |on |onto |further )?(?:to|into|for) (?:the |an? |"
        r"our |any )?(?:[\w-]+ ){0,2}?(?:interviews?|final round|onsite|on-site|assessment cent(?:re|er)|"
        r"assessment day|superday)(?: stages?| loops?|"
        r"rounds?| phases?| process)?|(?:happy|glad|pleased|willing|welcome|free|can|could|would|will|"
        r"'d|'ll) (?:to )?(?:talk|chat|speak|discuss|go|walk|hop|jump|get)\w* (?:[\w']+ ){0,4}?(?:over|on|"
        r"by) (?:the phone|a (?:quick |short |brief )?(?:call|phone call))|(?:to whom|whom) we (?:\w+ ){0,3}"
        r"(?:offer|invit)\w* (?:\w+ )?interviews?|(?:will be |are )?offering (?:\w+ )?interviews? to",
        r"(?:Vorstellungsgespräch|Gespräch|Interview)\w* (?:einladen|einzuladen|eingeladen)",
        r"(?:passer|accéder|convier|inviter|convoquer) (?:à|aux?) (?:l'|la |les? |un |une )?(?:\w+ )?"
        r"entretiens?|(?:faire )?passer (?:les|l'|un|une|des) (?:\w+ )?entretiens?",
        r"(?:pasar|avanzar|continuar|convocarle|convocarte) a (?:la |una )?(?:(?:fase|etapa) de "
        r")?entrevistas?",
        r"uitnodigen voor (?:een |het )?(?:\w+ )?gesprek|(?:door naar|naar) de (?:gespreksronde|"
        r"gesprekken)",
        r"(?:avanç|pass|segu)\w* para (?:a |uma )?(?:(?:fase|etapa) de )?entrevistas?",
        r"(?:passare|accedere|proseguire|invitarla|invitarti) (?:al|alla|ai|a un) (?:fase dei )?"
        r"colloqui",
    ],
    "application": [
        r"(?:after|upon|following) (?:a |the )?(?:careful |thorough |further |detailed |full "
        r")?(?:review|reviewing)\b|you applied for|interest in employment|(?:review|reviewed|"
        r"reviewing|consideration|considered|assessed|assessing|evaluat\w+|"
        r"screen\w*|looked at|look at|read) {W}(?:your|the) (?:application|resume|résumé|CV|"
        r"profile|background|materials|submission|qualifications|experience|skills)|(?:invested|"
        r"spent|put) (?:in(?:to)? )?(?:your |the )?(?:application|applying)",
        r"(?:progress|progressing|advance|advancing|take|taking) your application|your "
        r"(?:application|CV|"
        r"resume) (?:was|has been|is) (?:unsuccessful|not (?:been )?(?:successful|selected|"
        r"shortlisted))",
        r"(?:thank you|thanks) (?:very much |so much )?for (?:applying|your application|"
        r"submitting)|taking the time to apply|not (?:been )?shortlisted|(?:move|moving|proceed|"
        r"go|going) (?:forward|further|ahead) with (?:your|yours)|not (?:to |be )?(?:invit\w*|"
        r"shortlist\w*) (?:you )?(?:to|for) (?:an? |the )?(?:\w+ )?interview",
        r"Unterlagen|(?:Ihre|deine|Deine) Bewerbung|Bewerbungsunterlagen|sorgfältiger Prüfung|nicht "
        r"(?:zu einem|zum) (?:\w+)?gespräch",
        r"(?:votre|ta|ton) (?:candidature|CV|dossier)|vous avez postulé|pas (?:vous )?(?:convier|convoquer|inviter) à "
        r"(?:un|une) (?:entretien|entrevue)",
        r"(?:su|tu) (?:candidatura|solicitud|CV|currículum)|no (?:le|te) (?:convocaremos|"
        r"invitaremos|podemos convocar) a (?:una )?entrevista",
        r"(?:je|uw) (?:sollicitatie|cv|brief)|niet (?:uit te nodigen|uitnodigen) voor",
        r"não (?:o |a |te )?(?:convidar|chamar|convocar)\w* para (?:a |uma )?entrevista|"
        r"(?:a sua|sua|a tua|tua) (?:candidatura|inscrição)|(?:o seu|seu|o teu) (?:currículo|CV|"
        r"perfil)",
        r"la (?:sua|tua) candidatura|il (?:suo|tuo) (?:curriculum|CV|profilo)|non (?:la|ti) "
        r"(?:inviteremo|convocheremo) a (?:un )?colloquio",
    ],
}
