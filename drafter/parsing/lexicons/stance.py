"""Feedback offered or declined, and invitations to apply again."""

from __future__ import annotations

FEEDBACK_DECLINED = [
    r"(?:unable|not able|cannot|can't|can not|won't|will not|do not|don't|does not|doesn't|are "
    r"not able|aren't able|not in a position|aren't in a position|regret that we cannot|no longer) "
    r"(?:to )?(?:provide|"
    r"give|offer|share|respond with|send)\w* (?:\w+ ){0,2}(?:feedback|reasons|explanation)",
    r"(?:no|not) (?:\w+ )?feedback (?:can|will|is|could)|feedback (?:is|will) not (?:normally |"
    r"usually |generally |currently )?(?:be )?(?:possible|available|provided|given|offered)|(?:not|"
    r"unable to) (?:provide|give) (?:specific|individual|personal|detailed)|policy (?:\w+ )?(?:not to|to not) "
    r"(?:provide|give|offer|share)|respond to (?:\w+ )?(?:requests|enquiries|queries) for feedback|"
    r"feedback (?:isn't|won't be) (?:possible|available|provided|given|offered)|(?:can't|cannot|"
    r"unable to|not able to) (?:go into|discuss|share|disclose) (?:the )?(?:reasons|details|"
    r"specifics)|(?:cannot|can't|unable to|not able to|do not|don't) (?:provide|give|share|release|"
    r"disclose) (?:you with )?(?:a |any )?(?:breakdown|details|copies) of (?:your |individual |the )?"
    r"(?:scores|results|marks)",
    r"kein(?:e|en)? (?:individuelle[sn]? |persönliche[sn]? |detaillierte[sn]? )?(?:Feedback|"
    r"Rückmeldung|Begründung|Auskunft)|keine (?:Gründe|Angaben zu den Gründen)|keine "
    r"(?:Einzelheiten|Details|Informationen|Angaben|Auskünfte) (?:zu|über)|(?:Feedback|Rückmeldung|"
    r"Begründung) (?:ist|sind|kann|können) (?:\w+ ){0,2}?nicht (?:möglich|gegeben|erteilt|geben)|"
    # "ist uns ein persönliches Feedback leider nicht möglich"
    r"(?:Feedback|Rückmeldung|Begründung|Auskunft|Stellungnahme) (?:\w+ ){0,2}?nicht möglich",
    r"(?:ne nous est|n'est) pas possible de (?:vous )?(?:donner|fournir|apporter|communiquer|faire) "
    r"(?:de |d'|un |une |des )?(?:retour|commentaire|feedback|motif)|"
    r"(?:ne|n') (?:pouvons|sommes|pourrons) (?:\w+ )?pas (?:en mesure de )?(?:vous )?(?:fournir|donner|"
    r"communiquer|transmettre|apporter) (?:de |d'|un |une |des )?(?:retour|commentaire|feedback|"
    r"motif)",
    r"no (?:podemos|nos es posible|es posible|estamos en disposición de) (?:ofrecer|proporcionar|"
    r"dar|facilitar|brindar) (?:\w+ )?(?:feedback|comentarios|retroalimentación|respuesta "
    r"individual|devolución)|no "
    r"(?:facilitamos|ofrecemos|proporcionamos|damos|aportamos) (?:\w+ )?(?:feedback|valoraciones|"
    r"comentarios|retroalimentación|respuestas? individual)",
    r"(?:geen|niet) (?:\w+ )?(?:feedback|toelichting) (?:kunnen|te|geven)|geven (?:wij |we )?geen (?:\w+ "
    r")?(?:feedback|toelichting)|niet mogelijk (?:om )?(?:\w+ )?(?:feedback|toelichting)|kunnen (?:wij |we "
    r")?geen (?:\w+ )?(?:feedback|toelichting)|niet (?:nader |verder )?(?:in ?gaan|ingaan) op (?:de|onze|het) (?:\w+ "
    r")?(?:redenen|reden|motivatie|motivering|overwegingen|beweegredenen|besluit|beslissing)",
    r"não (?:podemos|é possível|conseguimos) (?:fornecer|dar|oferecer|enviar) (?:\w+ "
    r")?(?:feedback|retorno)|não (?:fornecemos|damos|oferecemos|enviamos) (?:\w+ )?(?:feedback|retorno)",
    r"non (?:possiamo|siamo in grado di|è possibile) (?:fornire|dare|inviare) (?:\w+ "
    r")?(?:feedback|riscontr|motivazion)|non (?:prevede|prevediamo|forniamo|diamo|è prevista) "
    r"(?:[\w']+ ){0,4}?(?:feedback|riscontr|motivazion)",
]
FEEDBACK_OFFERED = [
    r"feedback willen|wil je feedback|als (?:je|u) (?:\w+ )?feedback (?:wilt|wenst|zou willen)|licht(?:en)? "
    r"(?:het|dit|ons besluit|de beslissing) (?:\w+ ){0,2}toe|(?:bel|mail) (?:me |mij |ons )?gerust|"
    r"(?:meer )?toelichting "
    r"(?:krijgt|wenst|wilt|ontvangen|geven)|(?:wenst|wilt) (?:u|je) (?:graag )?(?:meer )?"
    r"(?:toelichting|feedback)",
    r"(?:wenn|falls|sofern) (?:Sie|du) {W}(?:Feedback|Rückmeldung) (?:wünschen|möchten|wünschst|"
    r"möchtest)",
    r"si vous (?:souhaitez|désirez) (?:obtenir |avoir |recevoir )?(?:un retour|des précisions|un "
    r"feedback)",
    r"si (?:desea|quiere|lo desea|quieres|deseas|lo deseas|te interesa|le interesa) (?:recibir "
    r"|obtener |tener )?(?:feedback|comentarios|retroalimentación)|encantad[oa] de (?:darte|darle|"
    r"explicarte|explicarle|comentarte|comentarle|contarte|contarle|hablar)",
    r"(?:caso|se) (?:deseje|desejar|queira|quiser) (?:receber |obter )?(?:um )?(?:feedback|"
    r"retorno)",
    r"se (?:desidera|desideri|vuole) (?:ricevere )?(?:un )?(?:feedback|riscontro)",
    r"(?:if|should) you(?: would|'d| d)? (?:like|want|wish) (?:to (?:receive|get|obtain|hear|request|"
    r"know|learn|understand|discuss|have) )?(?:some |more |any |further |detailed )?(?:feedback|pointers|more context|"
    r"more detail|more about (?:the|our|this) (?:decision|reasons?|reasoning|outcome)|why\b)|feedback "
    r"(?:is |will be )?(?:available|provided|given) (?:on|upon) request|(?:happy|glad|pleased|"
    r"willing) to (?:provide|give|share|offer|set up|arrange|discuss|talk|chat|go over|jump on|hop "
    r"on|walk you through|explain)|walk you through (?:the|our|my|their|some) (?:[\w'-]+ ){0,2}?"
    r"(?:decision|reasoning|feedback|notes|thinking|comments)|(?:panel|reviewers?|interviewers?|"
    r"assessors?|team|hiring manager)(?:'s|s'|') (?:[\w-]+ )?(?:notes|comments|feedback|observations|"
    r"impressions|thoughts|views|reflections)",
    r"(?:provide|give|share|offer|send) (?:you )?(?:with )?(?:some |more |any |detailed |brief |"
    r"specific |personal |written )?feedback|feedback (?:call|session|conversation)|(?:obtain|"
    r"request|receive|ask for) (?:\w+ )?feedback|(?:we|i) can give you feedback|(?:here is|below "
    r"is|some) (?:\w+ )?feedback",
    r"(?:we'd|we would|i'd|i would) (?:suggest|recommend) |(?:deciding|decisive|main) factor was|"
    r"(?:welcome|happy|glad) (?:to have )?(?:a|the) (?:call|chance|conversation) to (?:share|discuss|"
    r"talk|go over)|share (?:some of )?(?:the team's|the panel's|our|my|their) (?:impressions|observations|"
    r"thoughts|notes)|(?:main|key|primary|biggest) (?:concerns?|reservations?|gaps?) (?:was|were)\b|"
    r"(?:like|want|wish) to discuss (?:this|the|our|my) (?:decision |outcome )?(?:further|in more detail)|"
    r"(?:send|share|give) you (?:a |some )?(?:short |brief )?(?:summary|breakdown|"
    r"pointers)|(?:positive things|things to improve|areas (?:to|for) improve\w*|what went well|strengths)|"
    r"(?:panel|reviewers?|interviewers?|hiring (?:manager|team)|team) (?:[\w-]+ ){0,6}?(?:felt|noted|"
    r"liked|found|thought|observed) (?:that )?(?:you|your)\b|(?:talk|chat|walk|go) (?:you )?(?:it |this "
    r"|things )?through (?:the|our|my|your) (?:decision|feedback|interview|reasoning|notes|application|"
    r"take-home|assessment)|ask (?:me|us) for (?:\w+ )?feedback|\bdebrief\w*|(?:one|a|some|a few|two|"
    r"three) (?:piece|pieces|bits?|points?) of feedback|(?:a few|some|several|the main) (?:specific |key "
    r")?(?:points|pointers|observations|notes) from|(?:asked for|here are) (?:some |a few )?"
    r"(?:pointers|notes|points)|pointers (?:on|about|for) (?:your|the)\b|(?:can|could|will|happy to|glad to) "
    r"(?:send|share) (?:over |you )?(?:the |your )(?:scores|marks|notes|assessment results)|(?:to answer|in answer to|"
    r"in "
    r"response to) your question|you asked (?:me |us )?(?:why|for feedback|what)|(?:we|i) (?:particularly|especially|"
    r"really) (?:liked|appreciated|valued|enjoyed) your (?!interest|time|application|patience|profile|cv|resume)\w+|"
    r"your (?:test|"
    r"presentation|case study|exercise|task|take-home|assignment) (?:\w+ ){0,6}?(?:was|were) (?:very |"
    r"really )?(?:solid|"
    r"strong|good|impressive)\b",
    r"Feedback {W}(?:gerne|gern|zur Verfügung)|für (?:ein|eine) (?:\w+ )?(?:Feedback|Rückmeldung)|"
    r"ausschlaggebend war|(?:empfehlen|raten) (?:wir|ich) Ihnen|(?:gerne|gern) {W}(?:Feedback|Rückmeldung|Gründe|"
    r"Feedbackgespräch)|Feedbackgespräch|"
    r"Feedback (?:geben|erhalten|wünschen)|\bein (?:\w+ )?(?:Feedback|Feedbackgespräch)\b|(?:gerne|gern) "
    r"(?:\w+ ){0,3}?(?:erläuter|erklär|begründ)\w*|(?:erläuter|erklär)\w* (?:\w+ ){0,6}?(?:Entscheidung|Gründe|"
    r"Beweggründe)|auf Ihre (?:Frage|Nachfrage)|(?:besonders|vor allem) (?:\w+ )?(?:überzeugt|gefallen|geschätzt)|"
    r"Ihr(?:e)? (?:Test|Präsentation|Aufgabe|Fallstudie|Probearbeit)\w* (?:\w+ ){0,6}?(?:war|waren) (?:sehr )?"
    r"(?:gut|stark|solide|überzeugend)",
    r"(?:retour|feedback|commentaires?) (?:détaillé|personnalisé|sur votre)|(?:vous )?(?:faire|"
    r"donner|apporter) un retour|à votre (?:entière )?disposition pour (?:échanger|en discuter|en "
    r"parler|un échange|vous (?:expliquer|faire part))|(?:nous vous|je vous) (?:conseill|suggér|"
    r"recommand)\w+|élément déterminant|(?:échanger|discuter|revenir|faire le point) (?:ensemble )?sur (?:les |vos |"
    r"quelques )?(?:points|axes) (?:à améliorer|d'amélioration|forts)|(?:pour répondre à|en réponse à) votre "
    r"(?:question|demande)|(?:avons|ai) (?:particulièrement|notamment|beaucoup) apprécié (?:votre|vos) "
    r"(?!intérêt|temps|candidature|patience|profil|cv)\w+|(?:votre|vos) (?:épreuve|test|présentation|exercice|"
    r"étude de cas)s? "
    r"(?:[\w']+ ){0,6}?(?:était|étaient|a été) (?:très |particulièrement )?(?:solide|bon|bonne|réussie?|convaincante?)",
    r"(?:feedback|comentarios|retroalimentación) (?:sobre|detallad|personalizad)|(?:darle|"
    r"ofrecerle|compartir) (?:\w+ )?(?:feedback|comentarios)|(?:puedo|podemos|podría|"
    r"podríamos) (?:llamarte|llamarle|comentarte|comentarle|explicarte|explicarle)|(?:contarte|"
    r"contarle|explicarte|explicarle) (?:\w+ ){0,3}?(?:detalle|valoraciones|impresiones|motivos)|a "
    r"(?:tu|su) disposición para (?:comentar|explicar|hablar|conversar)|(?:te|le) "
    r"(?:recomendaríamos|recomendamos|sugerimos|sugeriríamos)|factor decisivo|(?:para responder a|en respuesta a) "
    r"(?:tu|su) (?:pregunta|consulta)|(?:valoramos|apreciamos) (?:especialmente|mucho|sobre todo|en particular) "
    r"(?:tu|su) (?!interés|tiempo|candidatura|paciencia|perfil|cv|currículum)\w+|(?:tu|su) (?:prueba|presentación|"
    r"ejercicio|caso "
    r"práctico) (?:\w+ ){0,6}?(?:fue|era|estuvo) (?:muy )?(?:sólid|buen|convincente)",
    r"(?:feedback|toelichting) (?:geven|ontvangen|op je|op uw)|(?:bel|mail) (?:gerust|ons)|toe te lichten|"
    r"(?:lichten|licht) (?:we|wij|ik) (?:\w+ ){0,4}?toe|op (?:je|uw) vraag|(?:waardeerden|waardeer(?:de)?) "
    r"(?:vooral|bijzonder|erg) (?:je|uw|jouw) (?!interesse|tijd|sollicitatie|geduld|profiel|cv)\w+|(?:je|uw|jouw) "
    r"(?:opdracht|presentatie|case|toets) (?:\w+ ){0,6}?(?:was|waren) (?:erg |heel |zeer )?(?:sterk|goed|solide)",
    r"(?:feedback|retorno) (?:sobre|detalhado|personalizado)|à (?:sua |tua )?disposição para "
    r"(?:conversar|explicar|falar)|ponto decisivo|(?:dar|fornecer|partilhar|passar|enviar)-(?:lhe|te|vos) "
    r"(?:\w+ ){0,2}?(?:feedback|retorno|devolutiva)|(?:sugerimos|recomendamos) que|(?:dar|fornecer|partilhar) (?:\w+ "
    r")?(?:feedback|retorno)|(?:passar|enviar|compartilhar)(?:-te|-lhe)? (?:\w+ )?(?:um )?"
    r"(?:feedback|retorno)|(?:partilho|partilhamos|compartilho|compartilhamos|seguem|deixo) "
    r"(?:\w+ ){0,3}?(?:pontos|observações|comentários)|em resposta à (?:sua|tua) (?:pergunta|questão|"
    r"solicitação)|(?:apreciámos|apreciamos|valorizamos) (?:muito |especialmente |"
    r"sobretudo )(?:d?[oa] )?(?:sua|"
    r"seu|tua|teu) (?!interesse|tempo|candidatura|paciência|perfil|cv|currículo)\w+|(?:sua|seu) (?:prova|apresentação|"
    r"teste|desafio|"
    r"entrega) (?:\w+ ){0,6}?(?:foi|era|estava|ficou) (?:muito )?(?:sólid|boa|bom|bem)",
    r"(?:feedback|riscontro) (?:più )?(?:dettagliat|personalizzat|sul)|(?:fornirle|darle) (?:\w+ "
    r")?(?:feedback|riscontro)|a (?:sua |tua )?(?:completa )?disposizione per (?:un confronto|un feedback|un riscontro|"
    r"approfondire|spiegar|parlarne)|(?:le|ti) (?:suggeriamo|consigliamo|suggerirei|consiglierei)|"
    r"fattore decisivo|in risposta alla (?:sua|tua) (?:domanda|richiesta)|(?:abbiamo|ho) apprezzato (?:in modo "
    r"particolare|particolarmente|molto|soprattutto) (?:la|il|le|i) (?:sua|suo|sue|suoi|tua|tuo|tue|tuoi) "
    r"(?!interesse|tempo|candidatura|pazienza|disponibilità|profilo|cv|curriculum)\w+|(?:spiegarle|spiegarti|"
    r"illustrarle|illustrarti) "
    r"(?:\w+ ){0,5}?(?:decisione|motivi|motivazioni|ragioni)",
]
FEEDBACK_ABOUT_US = (
    r"feedback (?:on|about) (?:our|the) (?:hiring|recruitment|"
    r"recruiting|application|interview) (?:process|experience)|survey"
)

# --- future -----------------------------------------------------------------------------------
FUTURE = [
    r"continue to (?:explore|apply|look|check)|(?:throw|toss|put) your hat (?:back )?in(?:to)? the ring|"
    r"explore (?:other |future |new |further "
    r")?(?:opportunities|roles|openings|positions|vacancies)|reconnect (?:when|if|once|in the "
    r"future)|(?:when|if|once) the (?:hiring )?freeze (?:lifts|is lifted|ends)|(?:when|if|once) "
    r"we (?:re-?open|restart|resume) "
    r"(?:the|this|our) (?:search|role|position|hiring)",
    r"keep an eye on (?:our|the) (?:careers?|jobs?|vacancies) (?:page|site|website|board|portal)|"
    r"if (?:anything|something|things|that) changes?\b.{0,50}?(?:reach out|be in touch|contact you|"
    r"let you know|get back to you|give (?:me|us) a (?:call|ring|shout)|get in touch|let (?:me|us) "
    r"know|look again|reconsider|apply again)|(?:search|role|position|process|vacancy|hiring|"
    r"recruitment) (?:is|are|comes?) back (?:on|up|open)\b",
    r"hear from you (?:again|if|when|in (?:the )?future)|(?:hold|hang) on ?to (?:your|the) (?:cv|"
    r"resume|details|application|profile)|(?:welcome|encourage|consider) (?:a |any )?(?:future|further|"
    r"new) application|(?:may|can|could) (?:re-?apply|apply again)|(?:see|receive) (?:your|an?) (?:application|"
    r"applications|name) again|(?:if|when|"
    r"should) (?:something|anything) (?:suitable |relevant |similar |else )?(?:comes up|opens|becomes "
    r"available|arises)|"
    r"(?:keep|kept|retain|retained|hold|store|stored|save|saved|add|added|place|placed) (?:your|you|"
    r"the) {W}(?:on file|in "
    r"(?:our|mind)|on (?:our|record))|talent (?:pool|community|network|database)|order of merit",
    r"(?:free|welcome|invited|encouraged) to (?:re-?apply|re-?take|re-?sit|apply (?:again|for "
    r"(?:other|future|any)))|(?:get|be) in touch with you (?:for|about|regarding) (?:\w+ "
    r")?(?:openings|roles|positions|opportunities|vacancies)|(?:be )?reinstated|(?:eligibility|reserve|ranked|"
    r"merit|waiting) list|(?:may|might|will|could) be contacted (?:at a later date|later|in (?:the )?future|if|should|"
    r"when|"
    r"as)|(?:be|get) in touch (?:to offer|with an offer|to invite)|(?:run|open|hold) (?:a )?(?:second|another|new|"
    r"further) "
    r"(?:round|intake|call|cohort)|put(?:ting)? you forward for (?:another|other|the one|a different|one of|"
    r"a similar)|(?:first|1st) "
    r"(?:person|one|people|candidate) (?:we|i)(?:'ll| will)? (?:contact|call|reach out to|ask)|"
    r"pick (?:this|things|it) (?:back )?up|(?:happy|glad|love) to reconnect|(?:if|once|when) "
    r"your (?:work authori[sz]ation|visa|availability|situation|circumstances|notice period|"
    r"immigration status|right to work|plans) "
    r"(?:situation )?changes?|(?:if|once|when|should) (?:a|an|another|something) (?:[\w-]+ "
    r"){0,3}?(?:opening|role|position|opportunity|vacancy) (?:comes up|opens)",
    r"(?:encourage|invite|welcome) you to (?:re-?apply|apply|keep an eye|check|stay|visit|"
    r"consider)|(?:apply|re-?apply|applying) (?:to us |with us )?(?:again|for (?:other|future|any other|another|"
    r"similar))|consider(?:ing)? (?:applying|re-?applying)|(?:don't|do not) hesitate to "
    r"(?:re-?apply|apply)|hope you (?:will )?(?:apply|consider)",
    r"(?:if|when|once|should) (?:and when )?(?:the|this|a similar) (?:role|position|search|"
    r"vacancy|opening) (?:re-?opens|restarts|resumes|becomes available|is reopened)|reach back "
    r"out|(?:reach|reaching) out (?:to you )?(?:again |directly )?(?:if|when|should|about|once|"
    r"in the future)|(?:contact|get in touch with) you (?:if|when|should|about|in the future|"
    r"again)|let you know (?:about|if|when) (?:\w+ )?(?:future|new|other|similar)|keep you in "
    r"mind|consider you for (?:future|other)|(?:future|upcoming) (?:openings|opportunities|roles|"
    r"positions|vacancies) (?:that|which)|(?:if|when|once|should) (?:[\w-]+ ){0,4}?(?:re-?opens?|"
    r"opens? (?:up )?again|becomes? available again|is re-?advertised)|(?:if|when|once|should) we "
    r"(?:open|post|advertise|have) (?:[\w-]+ ){0,3}?(?:roles?|positions?|openings?|vacanc(?:y|ies)|"
    r"opportunit(?:y|ies))|(?:reach|reaching) out to you (?:first|again|directly)",
    r"Talentpool|Bewerberpool|in Evidenz|(?:melden|kommen) (?:uns|wir) {W}(?:wenn|sobald|falls|"
    r"bei Ihnen)|erneut {W}(?:zu )?bewerben|erneute Bewerbung|wieder ausgeschrieben|"
    r"künftige[nr]? (?:Stellen|Ausschreibungen|Positionen)|(?:auf|für) (?:andere|weitere|künftige|"
    r"zukünftige|passende) (?:\w+ )?(?:Stellen|Positionen|Ausschreibungen)\b|"
    r"(?:Unterlagen|Daten) {W}(?:aufbewahren|vormerken|speichern)|(?:Stelle|Position|Verfahren) "
    r"{W}wieder (?:geöffnet|aufgenommen)",
    r"(?:nous )?conserv(?:erons|ons) {W}(?:informations|candidature|CV|dossier)|vivier|"
    r"recontacter|reprendre contact avec vous|(?:poste|opportunité|offre)\w* [^.]{0,60}?se libér|"
    r"postuler (?:à nouveau|de nouveau)|consulter (?:régulièrement )?nos (?:offres|"
    r"opportunités|annonces)|n'hésitez pas à (?:postuler|candidater)|"
    r"futures? (?:opportunités|offres)|(?:poste|processus|recrutement) (?:\w+ ){0,2}?(?:rouvert|"
    r"réouvert|relancé)",
    r"(?:vuelva|vuelvas|volver) a (?:postular|presentar|aplicar|inscribir)|(?:si|cuando) (?:el "
    r"proceso|la vacante|el puesto) (?:se )?(?:reabr|vuelv\w* a abrir)|(?:le|te|les) "
    r"animamos a "
    # "te animamos a seguir atento a nuestras ofertas", not "a seguir preparándote" (keep trying)
    r"(?:que )?(?:postul|aplic|vuelv|present|segu\w* (?:atent|pendient|postul|aplic|consult|visit|nuestr))|"
    r"no dud(?:es|e|en) en (?:postular|volver|aplicar|"
    r"inscribir|present)\w*|(?:nuevas|futuras|próximas) ofertas|recibir (?:de nuevo|nuevamente|otra "
    r"vez) (?:tu|su) (?:solicitud|candidatura|cv|currículum)|(?:si|cuando) (?:más adelante |en el "
    r"futuro )?cambia\w* (?:tu|su) (?:disponibilidad|situación|circunstancias)",
    r"(?:te|le|les|os) (?:avisaré|avisaremos|escribiré|escribiremos|contactaré|contactaremos|"
    r"llamaré|llamaremos)|nuevas (?:plazas|vacantes|oportunidades)|"
    r"(?:mantener|conservar|guardar|mantendremos|conservaremos|guardaremos) (?:su|tu) (?:solicitud|"
    r"candidatura|CV|currículum|perfil)|base de "
    r"datos|bolsa de (?:talento|empleo|trabajo|candidatos|candidaturas)|ponernos en contacto con usted|"
    r"nos pondremos en contacto|futur[oa]s? (?:ofertas|"
    r"vacantes|oportunidades|procesos)|volver a (?:postular|presentarse|aplicar|hablar contigo|"
    r"hablar con usted)",
    r"(?:in ons |in onze )(?:bestand|talentpool|database|kandidatenbestand)|(?:bewaren|houden) "
    r"(?:je|uw) (?:gegevens|cv|sollicitatie)|(?:nemen|neem) (?:we |wij )?(?:contact )?(?:met "
    r"(?:je|u) )?(?:contact )?op (?:als|wanneer|zodra)|opnieuw (?:te )?solliciteren|solliciteer (?:\w+ )?opnieuw|"
    r"toekomstige "
    r"vacatures|(?:vacature|functie|procedure) (?:\w+ ){0,2}?(?:heropend|weer open)|(?:weer|opnieuw) (?:iets )?van "
    r"(?:je|u|jou) (?:te )?horen",
    r"banco de talentos|(?:manteremos|guardaremos|conservaremos) (?:o )?(?:seu )?(?:currículo|CV|"
    r"perfil|candidatura)|futuras? (?:oportunidades|vagas)|entraremos em contac?to|"
    r"(?:caso|se|quando) a vaga (?:seja|for) reaberta|"
    r"candidatar(?:-se)? novamente|candidatar(?:-se)? (?:a|para) (?:outras|novas|futuras) vagas|"
    r"(?:caso|se|quando) (?:o processo|a vaga|a posição|a função) "
    r"(?:\w+ ){0,3}?reabert|voltar a contact",
    r"(?:manterremo|conserveremo|terremo) (?:il suo |il tuo )?(?:curriculum|CV|profilo|"
    r"candidatura)|banca dati|futur[ei] (?:opportunità|posizioni|selezioni)|(?:la|ti) "
    r"ricontatteremo|ricontattarl[ao]|ricontattar(?:ti|vi)|candidarsi nuovamente|ricandidarsi|"
    r"(?:ti|la|vi) (?:scriverò|scriveremo|contatterò|contatteremo)|quando (?:apriremo|riapriremo)|"
    r"(?:selezione|posizione|ricerca) (?:\w+ ){0,2}?(?:riapert|riattivat)|(?:ricevere|rivedere|valutare) (?:nuovamente|"
    r"di nuovo|ancora) (?:una |la )?(?:sua |tua )?candidatura",
]
