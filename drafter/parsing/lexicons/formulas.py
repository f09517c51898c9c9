"""Stock rejection formulas: the set phrases HR departments use in each language.

They are the backbone of real rejection letters ("nous ne pouvons donner une suite favorable",
"die Wahl ist auf eine andere Person gefallen", "hemos optado por otro perfil"), so each one on
its own decides that a message is a rejection. Matched against lower-cased letter text.
"""

from __future__ import annotations

import re
from functools import cache

from ... import rx

FORMULAS = [
    # en
    r"\b(?:go|going|gone|went) (?:another|a different) (?:way|route)\b",
    r"\b(?:can't|cannot|can not|unable to|not able to) offer you (?:a|the|this) (?:place|role|position|job|"
    r"spot|post)\b",
    r"\b(?:chose|chosen|selected|picked|appointed|hired) (?:another|a different) (?:applicant|candidate|"
    r"person)\b",
    # de
    r"\b(?:prozess|verfahren|auswahlprozess) mit (?:einer |einem )?anderen (?:kandidat|bewerber|person)"
    r"[^.]{0,30}?fort(?:zu)?setzen|\bmit anderen (?:kandidat|bewerber)\w*(?: und \w+)? fortzusetzen",
    r"\b(?:position|stelle|vakanz) (?:mit|durch) (?:einer|einem|eine|einen) (?:anderen|internen|weiteren) "
    r"(?:person|kandidat\w*|bewerber\w*|kolleg\w*) (?:besetzt|zu besetzen)",
    r"\b(?:wahl|entscheidung) (?:ist|fiel|ist letztlich|fiel letztlich) (?:auf|zugunsten) (?:eine|einen|einer)"
    r" (?:andere|anderen|weitere)",
    # fr
    r"\b(?:ne|n')[^.]{0,80}?\bsuite (?:favorable |positive )?(?:à|a) (?:votre|ta) candidature|"
    r"\b(?:ne|n')\s?(?:pouvons|pourrons|sommes|serons|allons|donnerons|pourra)\b[^.]{0,60}?"
    r"\b(?:donner|réserver) (?:une )?suite\b|\bne donnerons pas suite\b",
    r"\b(?:ne|n')\s?(?:pouvons|pourrons|avons|a|sera|est|ont)\s(?:malheureusement |hélas |donc )?pas"
    r"(?: pu)?(?: être)? (?:retenir|retenue?s?)\b",
    r"\b(?:notre|leur|mon) choix s'est (?:porté|arrêté|orienté) (?:sur|vers)",
    r"\b(?:avons|avions|a) (?:finalement )?(?:retenu|choisi|sélectionné|privilégié) (?:un autre|une autre|"
    r"d'autres|un profil|une candidature|le profil|la candidature|une personne|un candidat|une candidate)",
    r"\b(?:poursuivre|continuer|avancer|finaliser) (?:le |notre )?(?:processus |recrutement )?avec "
    r"(?:un autre|une autre|d'autres|un candidat|une candidate)",
    # es
    r"\bno (?:ha sido|es|será|fue) posible (?:avanzar|continuar|seguir|contar)",
    r"\b(?:nos hemos decantado|nos decantamos|hemos optado|optamos|nos hemos inclinado|hemos elegido|"
    r"hemos seleccionado|nos decidimos) (?:por|a) (?:otr[oa]s?|una persona|un perfil|el perfil|la candidatura|"
    r"alguien|un candidato|una candidata)",
    r"\bno (?:podemos|podremos|vamos a poder|estamos en condiciones de) ofrecerle",
    # nl
    r"\b(?:gekozen|gaan|kiezen) (?:voor )?(?:een |de )?(?:andere )?(?:kandidaat|sollicitant|persoon|"
    r"iemand)\b(?! (?:uit|voor) te nodigen)",
    r"\b(?:gaan|gaat|kunnen|zullen) (?:helaas )?niet (?:verder|door) met (?:je|jouw|uw) (?:sollicitatie|"
    r"kandidatuur|kandidaatstelling)",
    r"\bkeuze is (?:uiteindelijk )?gevallen op\b",
    r"\b(?:sollicitatie|kandidatuur) (?:af te wijzen|afgewezen)|\bbesloten (?:je|jou|u) af te wijzen",
    # pt
    r"\bnão (?:daremos|vamos dar|iremos dar|podemos dar|poderemos dar) (?:continuidade|seguimento|"
    r"sequência|prosseguimento) (?:à|a|ao|no|na) ",
    r"\b(?:escolhemos|selecionamos|optamos por|decidimos seguir com|vamos seguir com) (?:outr[oa]s?|"
    r"um[a]? (?:outr[oa]|profissional|candidat))",
    r"\b(?:decidimos|optamos por|resolvemos) não (?:prosseguir|continuar|avançar|seguir)",
    # it
    r"\bnon (?:proseguiremo|procederemo|continueremo|daremo seguito|potremo proseguire|potremo procedere)",
    r"\babbiamo (?:scelto|selezionato|individuato|identificato|preferito) (?:un altr|un'altr|altri|altre|"
    r"un profilo|una candidatura|il profilo|una figura|un candidato|una candidata)",
    r"\bnon (?:è stat[oa]|risulta|sia stat[oa]) (?:ritenut[oa] )?(?:in linea|idone[oa]|adatt[oa])",
]


@cache
def formula() -> re.Pattern[str]:
    """One pattern of every formula (compiled on first use)."""
    return rx.compile("|".join(f"(?:{p})" for p in FORMULAS))
