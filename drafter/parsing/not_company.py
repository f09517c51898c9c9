"""Words that tell what a name in a letter is not: an applicant-tracking vendor, a free mail host, a
pronoun or weekday after a company cue, a role noun, a unit of an organisation.

Data only, for `fields` (the employer) and `reply_to` (where a reply goes).
"""

from __future__ import annotations

from ..text import wordset

__all__ = ["ATS_VENDORS", "FREE_MAIL", "NOT_COMPANY", "ROLE_HEADS", "ROLE_NOUNS", "UNIT_WORDS"]

ATS_VENDORS = wordset(
    "workday myworkday myworkdayjobs greenhouse lever smartrecruiters icims taleo successfactors "
    "sapsf jobvite ashby ashbyhq bamboohr teamtailor personio recruitee workable breezy breezyhr "
    "jazzhr applytojob pinpoint rippling oraclecloud brassring kenexa phenom avature cornerstone "
    "ultipro ukg paylocity adp dayforce ceridian bullhorn softgarden concludis rexx dvinci "
    "prescreen join welcometothejungle talentsoft cegid flatchr indeed linkedin glassdoor "
    "stepstone "
    "xing monster ziprecruiter hirevue comeet homerun jobylon manatal zohorecruit zoho hibob "
    "recruiterbox jobscore freshteam gem beamery eightfold"
)
FREE_MAIL = wordset(
    "gmail googlemail outlook hotmail live msn yahoo ymail icloud me mac aol gmx web posteo "
    "protonmail proton pm mail yandex t-online orange free laposte libero virgilio tutanota qq "
    "163 126 zoho fastmail hey wanadoo sfr bluewin seznam telenet ziggo kpnmail terra uol bol"
)
NOT_COMPANY = wordset(
    "we i you our your the this that thank thanks team unfortunately please linkedin monday "
    "tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december internal hr human resources careers dear hi hello "
    "talent recruitment recruiting hiring us "
    # German nouns after "bei der": "bei der Vergabe unserer Ausbildungsplätze", "bei der Besetzung"
    "vergabe besetzung auswahl entscheidung suche auswahlentscheidung stellenbesetzung "
    # pronouns after a cue ("melden uns bei Ihnen", "chez vous") are never the employer
    "me him her them sie ihnen ihr ihre ihrer ihrem ihren wir mir dir euch ich du vous nous votre "
    "vos usted ustedes nosotros vosotros você vocês nós lei voi noi jij jou jullie wij ons uw mij"
)
ROLE_NOUNS = wordset("role position job vacancy opening internship post interview application")
# what opens a role, not an employer: "Interesse an der Position Sachbearbeiterin Buchhaltung"
ROLE_HEADS = wordset("position stelle poste emploi puesto vacante vaga cargo posizione ruolo functie vacature")
# a unit of an organisation, alone: "Presidente da Comissão", "presso la Rappresentanza a Bruxelles"
UNIT_WORDS = wordset(
    "comissão comisión commission commissione committee kommission commissie rappresentanza representación "
    "representação vertretung direzione dirección direção direction directorate direktion secretaria secretaría "
    "segreteria ufficio oficina bureau abteilung afdeling sekretariat"
)
