"""Message -> RejectionLetter with deterministic rules. (Minimal version; the parser issue extends it.)"""

from __future__ import annotations

import re

from .models import Message, RejectionLetter, Stage

_REJECT = re.compile(
    r"not (?:to )?(?:move|moving) forward|other candidates|unfortunately|regret|unsuccessful|"
    r"not been selected|decided to pursue|another candidate|won't be taking|not been shortlisted|"
    r"on hold",
    re.IGNORECASE,
)


def parse_message(msg: Message) -> RejectionLetter:
    """The facts of one letter."""
    body = msg.body
    greet = re.search(r"^(?:Dear|Hi|Hello)\s+([A-Z][\w-]+)", body, re.MULTILINE)
    company = re.search(r"\bat ([A-Z][\w&]+(?: [A-Z][\w&]+)*)", body)
    role = re.search(r"for the ([A-Z][\w ,]+?) (?:role|position)", body)
    stage: Stage = "interview" if re.search(r"interview", body, re.IGNORECASE) else "application"
    return RejectionLetter(
        is_rejection=bool(_REJECT.search(body)),
        company=company.group(1) if company else None,
        role=role.group(1) if role else None,
        candidate_name=greet.group(1) if greet else None,
        reply_address=msg.reply_to or msg.from_address,
        stage=stage,
        subject=msg.subject,
        message_id=msg.message_id,
    )
