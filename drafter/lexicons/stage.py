"""How far the candidate got: final round, interview, screen or application."""

from __future__ import annotations

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
        r"Telefon(?:interview|gespräch|at)|telefonisch\w* (?:Gespräch|Interview|Vorgespräch)|"
        r"Videocall|Online-?Test|Fallstudie|"
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
        r"(?:after|upon|following) (?:a |the )?(?:careful |thorough |further |detailed |full "
        r")?(?:review|reviewing)\b|you applied for|interest in employment|(?:review|reviewed|"
        r"reviewing|consideration|considered|assessed|assessing|evaluat\w+|"
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
