"""The stated reason, checked in this order: role closed, logistics, experience, filled, others."""

from __future__ import annotations

REASON = {
    "role_closed": [
        r"(?:put|putting|placed|placing) (?:this|the|our) (?:[\w-]+ ){1,4}?on hold|(?:closing|close|cancel+ing) "
        r"(?:the|this) (?:position|role|search|requisition|vacancy)|(?:funding|budget) "
        r"(?:changes|cuts?|constraints|reasons|freeze)|changes (?:in|to) (?:our )?funding|lack "
        r"of funding|not (?:to )?(?:go|going) ahead with (?:this|the) (?:hire|role|position|"
        r"recruitment|search|vacancy)",
        r"(?:position|role|search|requisition|vacancy|opening|hiring|process|recruitment) (?:has "
        r"been |was |is |have been |had been |being )?(?:cancel+ed|put on hold|on hold|paused|"
        r"frozen|withdrawn|suspended|closed (?:without|due))",
        r"pause (?:this|the|our) (?:search|hiring|process|recruitment|role)|hiring freeze|budget "
        r"(?:cut|constraints|reasons|changes)|headcount|no longer (?:hiring|recruiting|open|"
        r"available|going ahead)|(?:decided|chosen) not to fill|restructur|(?:cut|cuts|cutting|"
        r"slashed|reduced|froze|frozen) (?:our |the |its )?(?:budget|headcount|funding|hiring)|"
        r"reorgani[sz]ation|(?:will|would|is) not (?:now )?be (?:filled|filling)|won't be (?:filled|filling)|"
        r"not be (?:filling|recruiting for) (?:this|the) (?:role|position|post|vacancy)",
        r"(?:Stelle|Ausschreibung|Position|Vakanz) (?:wurde|ist|wird|werden) (?:[\w-]+ ){0,5}?(?:gestrichen|"
        r"zurückgezogen|entfällt|nicht (?:mehr "
        r")?(?:besetzt|nachbesetzt))|Einstellungsstopp|auf Eis|Besetzung (?:wurde )?(?:gestoppt|"
        r"ausgesetzt)|Umstrukturierung|(?:vorerst|vorläufig|derzeit) nicht (?:zu )?(?:besetzen|"
        r"nachzubesetzen)|(?:vorerst|vorläufig|derzeit|bis auf Weiteres) nicht (?:mehr )?(?:besetzt|"
        r"nachbesetzt) (?:wird|werden)|Reorganisation|(?:budgetäre|finanzielle)n? Gründe|"
        r"(?:Auswahlverfahren|Verfahren|Prozess) "
        r"(?:wurde |ist )?(?:gestoppt|ausgesetzt|pausiert|abgebrochen)",
        r"poste (?:a été |est )?(?:annulé|supprimé|gelé|suspendu)|gel des (?:recrutements|"
        r"embauches)|recrutement (?:[\w']+ ){0,3}?(?:est |a été )?(?:suspendu|annulé|interrompu|arrêté|"
        r"gelé)|(?:suspendre|annuler|geler) "
        r"(?:le|ce|notre) (?:recrutement|processus|poste)|(?:raisons|contraintes|restrictions) "
        r"budgétaires|réorganisation|révision de (?:notre|l')organisation|ne (?:sera|seront) (?:finalement )?pas "
        r"(?:\w+ )?pourvu|ne pas pourvoir",
        r"(?:proceso|puesto|vacante) (?:ha sido |fue |queda |ha quedado )?(?:cancelad|suspendid|congelad|"
        r"paralizad)|congelación de contrataciones|(?:suspender|cancelar|congelar|pausar|paralizar) "
        r"(?:el|este|la|esta) (?:proceso|vacante|puesto|búsqueda)|(?:razones|motivos|"
        r"restricciones) presupuestari|reorganización|reestructuración|sin cubrir|(?:ha quedado|"
        r"queda|está|quedará) (?:\w+ )?(?:en pausa|en suspenso|congelad)|desiert[oa]|no (?:se )?(?:va a cubrir|cubrirá|"
        r"cubriremos|vamos a cubrir)",
        r"vacature (?:is |wordt )?(?:ingetrokken|komen te vervallen|on hold|geannuleerd)|"
        r"vacaturestop|budgettaire (?:redenen|overwegingen)|(?:proces|procedure|werving) (?:is "
        r"|wordt )?(?:stopgezet|gepauzeerd|on hold)|reorganisatie|herstructurering|(?:vacature|functie|"
        r"positie) (?:\w+ ){0,2}?niet (?:in te vullen|te vervullen|open te stellen)|(?:functie|vacature|positie) wordt "
        r"(?:\w+ ){0,4}?niet (?:meer )?(?:ingevuld|vervuld)",
        r"(?:vaga|processo) (?:\w+ )?(?:foi |está )?(?:cancelad|suspens|congelad)|congelamento de "
        r"contratações|congelar (?:esta|a) (?:vaga|posição|função)|revisão do orçamento|(?:suspender|"
        r"cancelar|congelar|encerrar|pausar) (?:o|a|este|esta) (?:processo|vaga|recrutamento|"
        r"contratação)|(?:razões|motivos|questões|restrições) orçament|reestruturação|reorganização|não (?:preencher|"
        r"vamos preencher|iremos preencher) (?:a|esta) (?:vaga|posição|função)|não (?:será|vai ser|irá ser) "
        r"(?:mais )?preenchid",
        r"(?:posizione|selezione|ricerca) (?:è stata |è )?(?:cancellat|sospes|annullat|congelat)|"
        r"blocco delle assunzioni|(?:sospendere|annullare|congelare) (?:la|il|questa|questo) "
        r"(?:selezione|ricerca|processo|posizione)|(?:motivi|ragioni|vincoli) (?:di budget|di "
        r"bilancio|economici)|riorganizzazione|ristrutturazione|non (?:coprire|ricoprire) (?:la|questa) "
        r"(?:posizione|ruolo)|non (?:sarà|verrà) (?:più )?(?:coperta|ricoperta|copert[oa])",
    ],
    "logistics": [
        r"\bvisas?\b|sponsor(?:ship)?\b|work(?:ing)? rights|(?:work|working|be) (?:from|in|at) (?:our|"
        r"the) (?:[\w-]+ ){0,2}?office|days a week in (?:the|our) office|(?:expected|desired|target|"
        r"requested) (?:salary|compensation|pay|rate)|(?:higher than|over) (?:the|our) (?:\w+ )?budget|"
        r"work (?:authori[sz]ation|permit)|authori[sz]ation to work|"
        r"(?:right|eligib\w*|authori[sz]ed) to work|relocat\w*|(?:the|your) location|time ?zone|"
        r"salary (?:expectations|requirements|range)|compensation (?:expectations|requirements)|"
        r"(?:your )?availability|start date|notice period|commut\w+|(?:range|figures?|numbers?|rate|"
        r"salary|pay) you (?:mentioned|quoted|gave|shared|asked for|are looking for)|(?:salary|pay|"
        r"compensation) (?:range|band|bracket)|(?:someone|candidates?|people|applicants?) (?:who (?:is|are|can be) |to "
        r"be )?(?:based|located|living|resident|residing) (?:in|near|within)|currently (?:based|"
        r"located|living) in|(?:remote|hybrid|on-?site|in-office|office-based) (?:work|working|"
        r"arrangement|set-?up|requirement|presence|days)|(?:fully|100%) (?:remote|on-?site|in-office|"
        r"office-based)|(?:available|able|free) to start|start (?:immediately|straight away|right "
        r"away|asap|sooner)|(?:above|exceeds?|beyond|outside) (?:the|our) "
        r"(?:[\w-]+ )?(?:budget|band|range)|(?:able|willing|unable|prepared|possible|ready) to (?:move|"
        r"relocate) to\b(?! (?:the |an? )?(?:next|final|interview|further|second|later|following|"
        r"another)\b)|childcare|(?:need|needs|require|requires) (?:the postholder|the successful (?:candidate|"
        r"applicant)|"
        r"someone|somebody|the person|a candidate|candidates) (?:\w+ ){0,3}?(?:to be )?available|(?:working|"
        r"opening) hours|"
        r"shift pattern",
        r"Arbeitserlaubnis|Visum|Aufenthaltstitel|Gehaltsvorstellung|Standort|Umzug|"
        r"Verfügbarkeit|Eintrittstermin|Kündigungsfrist|(?:gewünschte|angefragte|angegebene)[nr]? Zeitraum|"
        r"Zeitraum (?:\w+ ){0,4}?(?:abgelaufen|vorbei|belegt|vergeben)",
        r"permis de travail|prétentions salariales|localisation|déménag\w*|disponibilité|préavis|"
        r"mobilité géographique|présence (?:sur site|au bureau|sur place)|télétravail",
        r"permiso de trabajo|visado|pretensiones salariales|expectativas salariales|ubicación|"
        r"reubicación|disponibilidad|(?:solo|sólo) (?:podrías|podría|puedes|puede) (?:venir|trabajar|incorporarte)|"
        r"traslad\w*|mudar(?:te|se)|(?:no )?estar(?:ías|ía|á) disponible|incorporación "
        r"(?:\w+ ){0,4}?inmediata|preaviso|residir en|residencia en|teletrabajo|presencialidad",
        r"werkvergunning|salarisverwachting|salariseis|verhuiz\w*|locatie|standplaats|"
        r"beschikbaarheid|opzegtermijn|reisafstand|woont\b|woonplaats|salaris\w*|boven (?:ons|het) "
        r"budget",
        r"autorização de trabalho|visto de trabalho|pretensão salarial|expectativa salarial|"
        r"localização|mudança de cidade|disponibilidade|residência em|residir em|morar em|faixa "
        r"(?:salarial|prevista)|acima (?:da|do) (?:faixa|orçamento)",
        r"permesso di (?:lavoro|soggiorno)|aspettative (?:economiche|retributive|salariali)|"
        r"trasferimento|disponibilità|sede di lavoro|\bral\b|retribuzione|(?:sopra|oltre) (?:il|al) "
        r"budget|presenza in sede|in sede a|trasferir(?:si|ti|la)|richieste (?:economiche|salariali)|"
        r"superiori? al budget",
    ],
    "experience": [
        r"requires? (?:a |an )?(?:valid |current |relevant )?(?:[\w-]+ ){0,3}(?:licen[cs]e|degree|"
        r"certification|qualification|certificate|diploma)|(?:do not|don't|does not|doesn't) "
        r"(?:currently )?(?:hold|have|possess) (?:the |a |an )?(?:required|necessary|relevant)",
        r"(?:more|greater|additional|deeper|stronger|further|broader|extensive|direct|specific|"
        r"hands-on|senior-level) (?:[\w-]+ ){0,2}(?:experience|expertise|skills|exposure)",
        r"(?:your )?(?:experience|skills|qualifications|background|profile|skill set|skillset) "
        r"(?:do|does|did|is|are) not (?:yet )?(?:quite )?(?:match|meet|align|fit|correspond)",
        r"(?:do|does|did) not (?:yet )?(?:fully )?(?:meet|match|satisfy) (?:the|our|all|some of "
        r"the) (?:\w+ )?(?:requirements|criteria|qualifications|bar)",
        r"(?:lack|lacking|lacks) (?:of )?(?:the )?(?:\w+ )?(?:experience|skills|qualifications)|"
        r"(?:looking for|need|needs|needed|want|wanted|require|requires|seeking) (?:someone|somebody|a "
        r"candidate|candidates|a person|people) (?:with (?:a |an )?(?:more|stronger|deeper|broader|"
        r"greater|proven|significant|substantial|extensive|direct|hands-on|prior|previous)|who (?:has|"
        r"have|had|'s) (?:already |previously |actually )?(?:managed|led|run|built|owned|done|worked|held|"
        r"had|delivered|shipped|been))|experience (?:is|was) (?:more|mostly|mainly) (?:focused|centred|"
        r"centered) on|"
        r"(?:requires?|required|looking for) (?:at least |a minimum of )?\d+\+? years|too "
        r"(?:junior|senior)|more junior|less senior|(?:need|needs|needed|require) (?:\w+ ){0,2}more "
        r"time (?:in|as|at|with|to)|gaps? in (?:your|the) |(?:is|are|was) (?:a |an )?(?:key |hard |"
        r"firm |strict |essential |mandatory |core )?(?:requirement|must-have|prerequisite)\b|"
        r"overqualified|not (?:senior|experienced|qualified) enough|more senior|"
        r"(?:not|\w+n't) (?:yet )?(?:have|had|got|bring|show) (?:enough|sufficient|the (?:required|"
        r"necessary|level of)) (?:[\w-]+ )?(?:experience|exposure|background|expertise)|"
        r"(?:insufficient|not enough|limited) (?:[\w-]+ )?(?:experience|exposure|expertise)|(?:at "
        r"least|a minimum of|minimum) (?:\d+|one|two|three|four|five|six|seven|eight|ten)\+? "
        r"(?:years|yrs)|(?:firm|hard|strict|essential|mandatory|non-negotiable|must-have) "
        r"requirement|(?:below|under) the (?:level|standard) (?:we|required|needed|expected)|below what we "
        r"(?:need|expect|require|were looking for|are looking for)|(?:isn't|is not|wasn't|was not) "
        r"something (?:your|you)\b|your (?:background|experience|cv|resume|profile) (?:doesn't|does "
        r"not|didn't|did not) (?:yet )?(?:cover|include|show|demonstrate|reflect)|(?:didn't|"
        r"did not|wasn't|weren't) (?:get|see|hear|show|demonstrate) (?:the |enough |sufficient "
        r")?(?:depth|level|breadth)|your experience (?:to date |so far )?(?:would|does|did|is) not "
        r"(?:yet )?|"
        r"(?:level|fluency|proficiency)\b[^.]{0,40}? (?:is|was|isn't|wasn't) (?:not )?(?:yet |"
        r"quite )*(?:where (?:it|we) needs?|at the level|sufficient|enough for)",
        r"(?:areas|things|aspects|points) (?:to|for|of) improve(?:ment)?|room for improvement|"
        r"hit the ground running|(?:that's|that is|is) (?:not )?where your (?:experience|skills?|background) "
        r"(?:is|are|lies)|(?:reviewers?|panel|interviewers?|assessors?|team) expected (?:more|a stronger|"
        r"a higher|deeper|"
        r"stronger)|(?:depth|level|breadth|amount) of (?:[\w-]+ ){0,3}?(?:experience|expertise) (?:that "
        r"|which )?(?:the|this|our) (?:role|position|job|team) (?:needs|requires|required|calls for|"
        r"demands)|(?:match|fit) between your (?:[\w-]+ ){0,3}?(?:experience|skills|profile|background|"
        r"qualifications)\b[^.]{0,80}? (?:not|isn't|wasn't)\b|"
        r"(?:did not|didn't|does not|doesn't) (?:quite )?"
        r"(?:pass|meet|reach|achieve|clear)|(?:below|under) (?:the|our) (?:threshold|bar|"
        r"passing)|not (?:successfully )?(?:pass|complete)|came across as (?:\w+ ){0,2}?(?:unsure|nervous|hesitant|"
        r"unprepared|less confident|uncertain|underprepared)",
        r"(?:nicht|nicht ganz) {W}(?:bestanden|erfüllt|erreicht)|nicht (?:ausreichend|genügend|"
        r"genug) (?:\w+ )?Erfahrung|(?:fehlt|fehlen) (?:Ihnen |dir )?(?:\w+ ){0,3}?\w*(?:erfahrung|"
        r"kenntnisse|qualifikation|abschluss|ausbildung|nachweis)|zwingende Voraussetzung|Mindestpunktzahl|"
        r"Ergebnis\w* (?:hat|haben|war|waren) "
        r"{W}nicht|mehr (?:\w+ )?Erfahrung|(?:fehlende|mangelnde|nicht ausreichende) (?:\w+ "
        r")?(?:Erfahrung|Kenntnisse|Qualifikation)|(?:nicht|nicht ganz) (?:unseren |den "
        r")?Anforderungen|Anforderungsprofil (?:nicht|nur teilweise)|mindestens (?:\d+|zwei|drei|"
        r"vier|fünf|sechs|acht|zehn) Jahre|unter dem (?:\w+ )?Niveau|wirkten (?:Sie |du )?(?:\w+ ){0,2}?(?:unsicher|"
        r"nervös|unvorbereitet|wenig überzeugend)",
        r"(?:résultats|performance) ne (?:nous )?permett\w* pas|n'avez pas (?:réussi|atteint)|"
        r"résultats (?:insuffisants|ne sont pas)|plus d'expérience|expérience (?:insuffisante|"
        r"plus (?:solide|approfondie))|(?:expérience|compétences|connaissances)\b[^.]{0,50}? (?:trop "
        r"(?:limitée|juste|courte|récente)|insuffisa\w*|pas suffisa\w*)|(?:profil|"
        r"expérience|compétences) ne (?:correspond|répond)\w* pas|manque d'expérience|(?:il vous|vous) manque|au moins "
        r"(?:\d+|deux|trois|quatre|cinq|six|huit|dix) ans d'expérience|(?:en dessous du|inférieure?s? "
        r"au) niveau|(?:sembliez|paraissiez|êtes apparue?) (?:\w+ ){0,2}?(?:hésitante?|peu sûre?|stressée?|"
        r"nerveu(?:x|se)|mal préparée?)",
        r"no (?:ha|has) (?:superado|alcanzado)|resultados? (?:no|insuficientes)|(?:más|mayor) experiencia|"
        r"experiencia (?:insuficiente|más sólida)|(?:perfil|experiencia) (?:todavía |aún |del todo )?no "
        r"(?:se ajusta|encaja|cumple|corresponde)|no cumple (?:con )?los requisitos|falta de "
        r"experiencia|(?:es|son|era) imprescindible|requisitos? (?:\w+ ){0,3}?no (?:hemos podido "
        r"constatar|cumple|reúne)|(?:al menos|mínimo(?: de)?) (?:\d+|dos|tres|cuatro|cinco|seis|ocho|"
        r"diez) años de experiencia|experiencia (?:\w+ ){0,2}?mínima de (?:\d+|un|una|dos|tres|cuatro|cinco) años|no "
        r"acredita (?:\w+ ){0,3}?(?:experiencia|requisit|formación|título)|por debajo del nivel|(?:nivel|dominio|"
        r"conocimiento)\b[^.]{0,40}? no (?:es|era|está|"
        r"alcanza) (?:el |lo )?(?:necesari|suficiente|requerid|esperad)|(?:te|le) (?:vimos|notamos|encontramos) "
        r"(?:\w+ ){0,2}?(?:insegur|nervios|poco preparad)",
        r"niet geslaagd|(?:resultaten|score) (?:waren|was) (?:niet|onvoldoende)|meer (?:\w+ "
        r")?ervaring|onvoldoende (?:\w+ )?(?:ervaring|kennis)|profiel (?:sluit|past) "
        r"niet|(?:ervaring|profiel|achtergrond|kennis) (?:sluit|past|is) (?:nog )?(?:niet|onvoldoende)|"
        r"voldoet niet aan|gebrek aan ervaring|(?:minimaal|ten minste|minstens) (?:\d+|twee|drie|"
        r"vier|vijf|zes|acht|tien) jaar|onder het (?:\w+ )?niveau|kwam (?:je|u) (?:\w+ ){0,3}?(?:onzeker|nerveus|"
        r"onvoorbereid|weinig overtuigend|niet overtuigend) over",
        r"não (?:atingiu|atingiste|foi aprovad|passou)|resultados? (?:não|insuficientes)|vivência maior|"
        r"(?:experiência|formação|habilitação) exigida|requisitos? exigidos?|(?:maior|mais) "
        r"vivência|mais "
        r"experiência|experiência (?:insuficiente)|perfil não (?:se )?(?:adequa|corresponde|"
        r"encaixa)|não (?:atende|cumpre) (?:a|aos) requisitos|falta de experiência|abaixo do (?:mínimo|"
        r"esperado|necessário)|(?:pelo menos|no mínimo) (?:\d+|dois|três|quatro|cinco|seis|oito|dez) "
        r"anos de experiência|abaixo do nível|(?:nível|fluência|domínio|conhecimento)\b[^.]{0,40}? não (?:é|era|"
        r"está|atinge) (?:o |a )?(?:necessári|suficiente|exigid|esperad)|(?:pareceu|pareceste|mostrou-se|"
        r"demonstrou) (?:\w+ ){0,2}?(?:insegur|nervos|pouco preparad)",
        r"non (?:ha|hai) superato|(?:non )?risulta in possesso|titolo di studio richiesto|requisiti? richiest[oi]|"
        r"risultati? (?:non|insufficient)|(?:maggiore|più) esperienza|"
        r"esperienza (?:insufficiente)|profilo non (?:è )?(?:in "
        r"linea|adeguato|corrisponde)|non soddisfa i requisiti|mancanza di esperienza|almeno (?:\d+|due|"
        r"tre|quattro|cinque|sei|otto|dieci) anni di esperienza|(?:al di sotto del|inferiori? al) "
        r"livello|(?:è |sei )?(?:apparso|apparsa|sembrato|sembrata|risultato|risultata) (?:\w+ ){0,2}?(?:insicur|"
        r"poco sicur|nervos|poco preparat)",
    ],
    "position_filled": [
        r"(?:position|role|post|vacancy|job|opening|spot) (?:has|had|have|was|is) (?:now |already |"
        r"since |just )?(?:been )?(?:filled|taken)|appointed to (?:the|this) (?:post|role|position)|"
        r"made (?:a|an|the) (?:hire|appointment) (?:for|to)|fill\w* (?:the|this) (?:[\w-]+ )?(?:position|role|"
        r"vacancy|post|job) internally|filled (?:internally|(?:the|this|that|our) (?:[\w-]+ )?"
        r"(?:position|role|vacancy|spot|post|job|opening))|been filled",
        r"(?:Stelle|Position|Vakanz) (?:(?:bereits|inzwischen|schon|mittlerweile|intern|anderweitig) ){1,3}"
        r"(?:besetzt|vergeben)|(?:Stelle|Position|Vakanz) (?:ist|wurde|konnte) (?:(?:bereits|inzwischen|intern|schon|"
        r"mittlerweile|anderweitig) ){0,3}(?:besetzt|vergeben)|anderweitig (?:besetzt|vergeben)|"
        r"(?:haben|hat) (?:wir )?(?:die|diese) (?:Stelle|Position|Vakanz) (?:[\w-]+ ){0,8}?(?:besetzt|"
        r"vergeben)",
        r"(?:poste|position) (?:[\w'-]+ ){0,5}?(?:a été |est )?(?:déjà )?(?:pourvu|attribué|comblé)|"
        r"ayant (?:finalement )?été (?:pourvu|comblé)|(?:a|ont) (?:déjà |maintenant |finalement )?été "
        r"(?:comblé|pourvu)|(?:avons|a) pourvu (?:le|ce) poste|pourvu en interne",
        r"(?:puesto|vacante|posición|plaza) (?:[\w'-]+ ){0,5}?(?:ya )?(?:ha sido|fue|está) (?:ya "
        r")?(?:cubiert|ocupad|asignad)|(?:hemos|han|ha) cubierto (?:el|la|este|esta) (?:puesto|"
        r"vacante|posición|plaza)",
        r"(?:functie|vacature|positie) (?:inmiddels |al )?(?:is|werd) (?:inmiddels |al "
        r")?(?:vervuld|ingevuld|vergeven|bezet)|(?:hebben|heeft) (?:de|deze) (?:functie|vacature|"
        r"positie) (?:\w+ ){0,3}?(?:vervuld|ingevuld|vergeven|bezet)",
        r"(?:vaga|posição|função) (?:[\w'-]+ ){0,5}?(?:já )?(?:foi|está) (?:já )?(?:preenchida|"
        r"ocupada)|preenchemos (?:a|esta) (?:vaga|posição|função)",
        r"(?:posizione|ruolo) (?:[\w'-]+ ){0,5}?(?:è stat[ao]|è) (?:[\w-]+ ){0,2}?(?:copert|"
        r"ricopert|assegnat)|(?:abbiamo|ha) (?:già )?(?:coperto|ricoperto|assegnato) (?:la|il|questa|"
        r"questo) (?:posizione|ruolo)",
    ],
    "other_candidates": [
        r"(?:number|calibre|caliber|quality|standard|level) of (?:the )?(?:\w+ )?(?:applicants|candidates|"
        r"applications)|internal "
        r"(?:candidate|applicant)",
        r"(?:other|another|different|the other) (?:[\w-]+ )?(?:candidate|applicant|person|individual|colleague|"
        r"profile|finalist)s?|someone else|(?:candidates?|applicants?|individuals?|people|someone|"
        r"profiles?) (?:who|whose|that|with) [^.]{0,80}?(?:better|more|closer|best|stronger|greater|"
        r"deeper|broader)|(?:offered|given|awarded) (?:the|this) (?:role|position|job|post) to (?:an?|"
        r"someone)\b",
        r"overwhelming (?:response|number|interest)|received (?:over |more than |nearly |almost "
        r"|around |some |well over )?\d[\d,]* (?:applications|applicants|candidates)|(?:hundreds|"
        r"dozens) of (?:applications|applicants|candidates)|competition (?:[\w-]+ ){0,5}?(?:was|is|"
        r"has been) (?:very |extremely |particularly |incredibly |exceptionally )?(?:strong|fierce|"
        r"tough|stiff|intense|high)|(?:strong|fierce|stiff|tough|intense) competition|(?:received|had) "
        r"(?:a lot of|lots of|so many|many|"
        r"numerous|a large number of) (?:\w+ )?(?:applications|applicants|candidates)",
        r"(?:strong|competitive|large|talented|qualified|exceptional|impressive) (?:pool|field|"
        r"group|number|shortlist|slate|cohort|line-?up)|(?:excellent|strong|outstanding|impressive|"
        r"exceptional|talented) (?:candidates|applicants|finalists)|(?:high|large|huge|overwhelming|significant|"
        r"great) (?:volume|number) of "
        r"(?:\w+ )?(?:applications|applicants|candidates|candidacies)|(?:many|numerous|so many) "
        r"(?:\w+ )?(?:applications|applicants|candidates)|extremely competitive|highly "
        r"competitive|very competitive|the successful (?:candidate|applicant)|(?:field|pool) of (?:\w+ )?"
        r"(?:applicants|candidates) (?:was|were|is|has been) (?:\w+ )?(?:strong|competitive|impressive|"
        r"talented|deep)|(?:close|difficult|tough|hard) (?:decision|choice) between|(?:many|so many|several) "
        r"(?:talented|qualified|strong|excellent|impressive) (?:people|individuals|professionals)",
        r"(?:Bewerber|Kandidat)\w*,? (?:deren|dessen|die|der) (?:[^\s.!?;]+ ){0,7}(?:besser|eher|mehr)|(?:uns|mich) "
        r"für (?:eine[nr]? |die |den )?(?:andere[nr]? |weitere[nr]? )?(?:Bewerber|Kandidat)\w*(?: und "
        r"(?:Bewerber|Kandidat)\w*)? entschieden|besser "
        r"(?:zu|zum) (?:unseren|den) Anforderungen|(?:andere[nr]?|weitere[nr]?) (?:Bewerber|"
        r"Kandidat)|(?:Konkurrenz|Wettbewerb) (?:\w+ ){0,6}?(?:stark|groß|hoch)|starke[nr]? "
        r"(?:Konkurrenz|Mitbewerber)|(?:zahlreiche|viele|Vielzahl(?: "
        r"von| an)?) (?:\w+ )?(?:Bewerbungen|Bewerber)|passender(?:e[nr]?)? (?:Profil|Bewerber|"
        r"Kandidat)|(?:Niveau|Qualität) (?:der|unserer) (?:\w+ )?(?:Bewerbungen|Bewerber|Kandidat)",
        r"(?:un autre|une autre|d'autres) (?:candidat|profil|finaliste)|(?:retenu|choisi|sélectionné|"
        r"privilégié) "
        r"(?:une candidature|un profil|une personne|un candidat|une candidate)|(?:candidature|profil|"
        r"candidat)\w* (?:correspondant|répondant|qui correspond\w*) (?:davantage|mieux|plus)|"
        r"(?:nombreuses|nombreux|grand "
        r"nombre de) (?:candidatures|candidats)|profils? (?:plus|mieux) (?:adapté|en adéquation|"
        r"proche)|candidatures de (?:très )?(?:grande|haute) qualité|correspond\w* (?:de plus près|davantage)|"
        r"(?:concurrence|compétition) (?:\w+ ){0,4}?(?:forte|rude|vive|importante|élevée|serrée|intense)|"
        r"(?:forte|rude|vive) concurrence|(?:niveau|qualité) (?:\w+ ){0,2}?(?:des|de nos) (?:candidat|"
        r"candidature|profils)",
        r"otr[oa]s? (?:candidat|perfil|finalista|personas?|profesionales)|(?:numerosas|muchas|(?:gran|"
        r"alto|elevado) (?:número|cantidad|volumen) de) "
        r"(?:candidaturas|solicitudes|candidatos)|perfiles? (?:que se ajusta|más (?:adecuad|"
        r"ajustad|alineado))|(?:perfil|candidat[oa])(?:es|s)? (?:\w+ )?(?:más|mejor) (?:adecuad|"
        r"ajustad|alinead|acorde)|(?:nivel|calidad) (?:\w+ ){0,2}?de (?:los|las|l[oa]s demás) (?:candidat|perfiles|"
        r"postulantes|participantes)|(?:alta|fuerte|mucha|gran) competencia|competencia (?:\w+ ){0,3}?(?:alta|fuerte|"
        r"reñida|dura|elevada)",
        r"(?:andere|een andere) (?:kandida|sollicitant)|(?:veel|vele|groot aantal|talrijke) "
        r"(?:\w+ )?(?:sollicitaties|sollicitanten|reacties|kandidaten)|(?:beter|meer) (?:passend|"
        r"aansl)|nauwer (?:aansl|bij)|(?:kandidaat|sollicitant|profiel|iemand) (?:met|die) (?:\w+ ){0,4}?(?:meer|"
        r"beter)|(?:niveau|"
        r"kwaliteit) "
        r"van de (?:\w+ )?(?:kandidaten|sollicitanten|sollicitaties)|(?:sterke|grote|stevige) concurrentie|"
        r"concurrentie (?:\w+ ){0,3}?(?:sterk|groot|hoog|stevig)",
        r"outr[oa]s? (?:candidat|perfis|perfil|pessoas|profissionais)|(?:muit[oa]s|numeros[oa]s|grande "
        r"número de) "
        r"(?:candidaturas|inscrições|candidatos)|perfis? (?:mais )?(?:alinhad|adequad|próxim)|"
        r"(?:candidat[oa]|perfil|profissional|alguém|perfis|candidat[oa]s) (?:com|que) (?:\w+ ){0,4}?(?:mais|melhor)|"
        r"(?:nível|qualidade) "
        r"(?:\w+ ){0,2}?d[oa]s (?:candidat|perfis|candidaturas|concorrentes)|(?:forte|grande|elevada|alta) "
        r"(?:concorrência|competitividade)|concorrência (?:\w+ ){0,3}?(?:forte|grande|elevada|acirrada)",
        r"(?:altr[oi]|un altro|un'altra) (?:candidat|profil)|(?:numerose|molte|moltissime|tantissime|tante|"
        r"numerosissime|elevato numero di) (?:candidature|candidati)|(?:profil|candidat)[oiae]? (?:\w+ )?(?:più|"
        r"maggiormente|"
        r"meglio) (?:in linea|adatt|rispondent|aderent|vicin|coerent)|(?:collocandosi|collocat[oa]|classificat[oa]) al "
        r"\d+[°º]? posto|(?:livello|qualità) (?:\w+ ){0,2}?(?:dei|delle|"
        r"degli) (?:candidat|profili|partecipanti)|(?:forte|elevata|alta|grande) (?:concorrenza|competizione|"
        r"competitività)|concorrenza (?:\w+ ){0,3}?(?:forte|elevata|alta|agguerrita)",
    ],
}
