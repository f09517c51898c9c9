"""Claims a draft may only make when the letter makes them: the stage reached, meeting a team,
another candidate chosen. Pure: a draft, the parsed letter and its text in, problems out.

The facts come from `offline.letter_facts`, the same facts the offline templates are conditioned
on, so an offline draft and an LLM draft are held to one standard.
"""

from __future__ import annotations

import re

from .. import rx
from ..models import Draft, RejectionLetter
from .offline import BEFORE_INTERVIEWS, letter_facts

# What a reply may only say when the letter says it: the stage reached, meeting a team, a
# candidate chosen instead. One pattern per claim over the seven reply languages.
_CLAIMS_FINAL = rx.compile(
    r"\bfinal (?:round|stage|interview)|letzte[nr]? Runde|Finalrunde|dernier tour|phase finale|"
    r"ronda final|laatste ronde|eindronde|fase final|fase finale|round finale",
    re.IGNORECASE,
)
_CLAIMS_INTERVIEW = rx.compile(
    r"\binterview|\bscreening|Vorstellungsgespräch|Vorgespräch|\bentretien|\bentrevista|"
    r"sollicitatiegesprek|kennismakingsgesprek|\bcolloqui",
    re.IGNORECASE,
)
_CLAIMS_TEAM = rx.compile(
    r"\b(?:meet|met|meeting|learning about|learn about|getting to know) (?:the|your) team|"
    r"\b(?:you and )?the team spent|Team kennenzulernen|Team kennengelernt|das Team [^.]{0,30}für mich|"
    r"rencontrer l['’]équipe|connaître l['’]équipe|l['’]équipe (?:et vous-même )?m['’]a|"
    r"conoc\w* al equipo|el equipo me dedic|usted y el equipo|"
    r"het team (?:te )?(?:leren kennen|ontmoeten)|kennismaken met het team|"
    r"conhecer a equip[ae]|conhecer o time|conoscere il team|conoscere la squadra",
    re.IGNORECASE,
)
_CLAIMS_CHOSEN = rx.compile(
    r"\bthe (?:candidate|person) you chose|\b(?:the )?other candidates?\b|successful candidate|"
    r"gewählte[nr]? (?:Kandidat|Bewerber)|candidat retenu|candidato (?:elegido|seleccionado)|"
    r"gekozen kandidaat|candidato escolhido|candidato scelto",
    re.IGNORECASE,
)
_LETTER_NAMES_CANDIDATES = rx.compile(r"candidat|kandidat|bewerber", re.IGNORECASE)


def unstated_claims(draft: Draft, letter: RejectionLetter, letter_text: str) -> list[str]:
    """Stage and team wording in the email or note that the parsed letter does not support."""
    facts = letter_facts(letter, letter_text)
    # "Re: Cancelling interview for ..." quotes the letter's own subject, which claims nothing
    subject = draft.email.subject
    if letter.subject:
        own = re.sub(r"^(?:(?:re|aw|fwd?|wg|tr|rv)\s*:\s*)+", "", letter.subject.strip(), flags=re.IGNORECASE)
        subject = subject.replace(own, " ") if own else subject
    text = f"{subject}\n{draft.email.body}\n{draft.networking_note}"
    problems = []
    final = _CLAIMS_FINAL.search(text)
    if final and not facts["said_final"]:
        problems.append(f"speaks of a final round ({final.group(0)!r}) the letter does not mention")
    elif final and letter.stage in BEFORE_INTERVIEWS:
        problems.append(f"speaks of a final round ({final.group(0)!r}) but the letter's stage is {letter.stage}")
    interview = _CLAIMS_INTERVIEW.search(text)
    stated = f"{letter.subject}\n{letter_text}"
    if interview and (
        letter.stage == "application" or (letter.stage == "unknown" and not _CLAIMS_INTERVIEW.search(stated))
    ):
        problems.append(f"speaks of an interview ({interview.group(0)!r}) but the letter's stage is {letter.stage}")
    team = _CLAIMS_TEAM.search(text)
    if team and not facts["met_team"]:
        problems.append(f"says the candidate met the team ({team.group(0)!r}) but the letter names no team met")
    chosen = _CLAIMS_CHOSEN.search(text)
    if chosen and not facts["other_chosen"] and not _LETTER_NAMES_CANDIDATES.search(letter_text):
        problems.append(f"speaks of another candidate ({chosen.group(0)!r}) the letter does not mention")
    return problems
