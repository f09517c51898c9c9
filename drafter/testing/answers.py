"""One English interview rejection (Northwind Labs) and an LLM answer to it that passes validation."""

from __future__ import annotations

from typing import Any

LETTER = """Subject: Your application for the Backend Engineer role

Hi Sam,

Thank you for interviewing for the Backend Engineer role at Northwind Labs. We enjoyed \
our conversations, but after careful consideration we have decided to move forward with \
other candidates.

We wish you the very best in your search.

Best regards,
Maria Lopez
Talent Partner, Northwind Labs
"""

BODY = (
    "Hi Maria,\n\n"
    "Thank you for letting me know about the Backend Engineer role at Northwind Labs, and for the "
    "time you spent with me in the interviews. I enjoyed our conversations.\n\n"
    "I would like to improve for my next interviews. Could you share any feedback on what would "
    "have made the biggest difference?\n\n"
    "I remain very interested in Northwind Labs and would be glad to stay in touch.\n\n"
    "Best wishes,\nSam"
)
NOTE = (
    "Hi Maria, thank you for your time during the Backend Engineer process at Northwind Labs. "
    "I would be glad to stay in touch. Sam"
)
CHECKLIST = [
    {"text": "Write down the questions you were asked.", "why": "Memory fades within days."},
    {"text": "Note which answers felt weakest.", "why": "They show what to practise."},
    {"text": "Prepare two more stories in the STAR format.", "why": "Concrete examples persuade."},
    {"text": "Send the feedback request this week.", "why": "Recent interviews get answers."},
    {"text": "Keep applying to similar roles.", "why": "Momentum matters."},
]


def answer(**changes: Any) -> dict[str, Any]:
    """A draft that passes validation for LETTER; keyword arguments replace parts of it."""
    email = {
        "to": None,
        "subject": "Re: Your application for the Backend Engineer role",
        "body": BODY,
    }
    email.update({k: v for k, v in changes.items() if k in email})
    data: dict[str, Any] = {"email": email, "checklist": CHECKLIST, "networking_note": NOTE}
    data.update({k: v for k, v in changes.items() if k in data and k != "email"})
    return data
