"""Made-up rejection letters for batch tests and benchmarks, and LLM answers that pass validation.

Every letter is written here (fictional companies and people); nothing is copied from the labelled
development set. :func:`draft_json` answers for a letter with a `Draft` that names its company and
role, greets its sender and asks for feedback, so one scripted answer passes validation first time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from email.message import EmailMessage

COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Wonka", "Stark")
ROLES = ("Data Analyst", "Backend Engineer", "Product Designer", "Support Specialist")
SENDERS = (("Maria", "Lopez"), ("Jonas", "Berg"), ("Aiko", "Tanaka"), ("Femi", "Adeyemi"))
CANDIDATES = ("Sam", "Alex", "Robin", "Kim", "Jordan")


@dataclass(frozen=True)
class Facts:
    n: int
    company: str
    role: str
    sender_first: str
    sender_last: str
    candidate: str

    @property
    def sender(self) -> str:
        return f"{self.sender_first} {self.sender_last}"

    @property
    def address(self) -> str:
        return f"{self.sender_first.lower()}.{self.sender_last.lower()}@{self.company.lower()}.example"

    @property
    def message_id(self) -> str:
        return f"<rejection-{self.n:05d}@{self.company.lower()}.example>"


def facts(n: int) -> Facts:
    first, last = SENDERS[n % len(SENDERS)]
    return Facts(
        n,
        COMPANIES[n % len(COMPANIES)],
        ROLES[(n // len(COMPANIES)) % len(ROLES)],
        first,
        last,
        CANDIDATES[n % len(CANDIDATES)],
    )


_BODIES = (
    "Dear {f.candidate},\n\nThank you for applying for the {f.role} position at {f.company}. "
    "Unfortunately, we have decided to move forward with other candidates whose experience "
    "more closely matches our needs at this time.\n\nWe wish you the best in your search.\n\n"
    "Best regards,\n{f.sender}\nTalent Acquisition, {f.company}\n",
    "Hi {f.candidate},\n\nThanks for your interest in the {f.role} role at {f.company}. After "
    "careful review we regret to tell you that we will not be moving forward with your "
    "application.\n\nKind regards,\n{f.sender}\nRecruiting, {f.company}\n",
    "Dear {f.candidate},\n\nThank you for taking the time to apply for the {f.role} position at "
    "{f.company} (reference {f.n}). We received many strong applications and, unfortunately, "
    "you have not been selected for the next stage.\n\nAll the best,\n{f.sender}\n",
)


def letter_text(n: int) -> str:
    """A plain-text rejection (as a person would save it), varied by `n`."""
    return _BODIES[n % len(_BODIES)].format(f=facts(n))


def letter_eml(n: int, *, body: str | None = None) -> bytes:
    """The same letter as an RFC 5322 message with a Message-ID."""
    f = facts(n)
    msg = EmailMessage()
    msg["From"] = f"{f.sender} <{f.address}>"
    msg["To"] = f"{f.candidate} <{f.candidate.lower()}@example.org>"
    msg["Subject"] = f"Your application for {f.role} at {f.company}"
    msg["Message-ID"] = f.message_id
    msg["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
    msg.set_content(body if body is not None else letter_text(n))
    return msg.as_bytes()


NOT_A_REJECTION = (
    "Hi Sam,\n\nThanks for applying to Globex! We would love to invite you to a first interview "
    "next Tuesday at 10:00. Please reply with a time that suits you.\n\nCheers,\nJonas Berg\n"
)


def draft_json(f: Facts) -> str:
    """A `Draft` for letter `f` that passes drafter's validation."""
    body = (
        f"Hi {f.sender_first},\n\n"
        f"Thank you for letting me know about the {f.role} position at {f.company}. "
        "I appreciate the time you spent on my application.\n\n"
        "I would like to improve for future applications. Could you share any feedback on what "
        "would have made my application stronger?\n\n"
        "Thank you again, and I hope our paths cross again.\n\n"
        f"Best wishes,\n{f.candidate}"
    )
    draft = {
        "email": {"to": f.address, "subject": f"Re: Your application for {f.role}", "body": body},
        "checklist": [
            {"text": "Ask for feedback within a week", "why": "Memories fade quickly."},
            {"text": "Compare your CV with the job description", "why": "Find the gaps."},
            {"text": "Note what you would do differently", "why": "Turn it into practice."},
            {"text": "Keep in touch with the recruiter", "why": "Roles reopen."},
            {"text": "Apply to two similar roles this week", "why": "Keep momentum."},
        ],
        "networking_note": (
            f"Hi {f.sender_first}, thank you for considering me for the {f.role} role at "
            f"{f.company}. I would be glad to stay in touch."
        ),
    }
    return json.dumps(draft)


def facts_in(text: str, count: int) -> Facts:
    """Which of the first `count` letters a prompt is about (by company, role and sender)."""
    candidates = [facts(n) for n in range(min(count, 32))]  # 8 companies x 4 roles
    found = next(
        (f for f in candidates if f.company in text and f.role in text and f.sender in text),
        # letters with the same company share a sender, so company and role are enough
        next((f for f in candidates if f.company in text and f.role in text), facts(0)),
    )
    # sign with the name the letter greeted
    name = next((c for c in CANDIDATES if f"Dear {c}," in text or f"Hi {c}," in text), None)
    return replace(found, candidate=name) if name else found
