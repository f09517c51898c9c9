"""#11.5: `--redact` decides whose an address is from the letter's structure, and finds phone
numbers by a grammar; checked on what the server received, not on `--show-prompt`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm import redaction
from drafter.llm.fake import FakeOpenAI, Reply

from .helpers import answer

LETTER = """Subject: Your application for the Backend Engineer role

Hi Hristo,

Thank you for interviewing for the Backend Engineer role at Proton Labs. After careful \
consideration we have decided to move forward with other candidates.

We have your details on file: hristo.petrov@gmail.com, h.petrov@protonmail.com and \
peoplesoft.fan@outlook.com, and the numbers +49 30 1234–5678, 030/12345678, \
+1 415 555\u20110134 x89 and +1 (415) 555-0135 ext. 89. For anything else write to \
hr@protonlabs.example.

We wish you the very best in your search.

Best regards,
Maria Lopez
Talent Partner, Proton Labs
maria.lopez@protonlabs.example
"""

CANDIDATES = [
    "hristo.petrov@gmail.com",  # starts like "hr@", but it is the candidate's
    "h.petrov@protonmail.com",  # a free-mail domain holding the company's word
    "peoplesoft.fan@outlook.com",  # starts like "people@"
    "1234–5678",
    "12345678",
    "555\u20110134",
    "x89",
    "555-0135",
    "ext. 89",
]


def test_the_candidates_details_never_reach_the_server(llm_env: FakeOpenAI, tmp_path: Path, capsys) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    body = answer()["email"]["body"].replace("Northwind Labs", "Proton Labs")
    llm_env.default = Reply.chat(json.dumps(answer(body=body)))
    main(["draft", str(path), "--redact", "--json"])
    capsys.readouterr()
    assert llm_env.chat_requests, "no request reached the server"
    for request in llm_env.chat_requests:
        sent = json.dumps(request.body, ensure_ascii=False)
        leaked = [c for c in CANDIDATES if c in sent]
        assert not leaked, f"sent to the server: {leaked}"
        # the hiring side stays: the reply goes there
        assert "maria.lopez@protonlabs.example" in sent and "hr@protonlabs.example" in sent


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("call +49 30 1234–5678 today", ["+49 30 1234–5678"]),
        ("tel. 030/12345678.", ["030/12345678"]),
        ("+1 415 555 0134 x89", ["+1 415 555 0134 x89"]),
        ("+1 (415) 555-0134 ext. 89", ["+1 (415) 555-0134 ext. 89"]),
        ("555\u20110134 22", ["555\u20110134 22"]),
        ("+44\u00a020\u00a07946\u00a00381", ["+44\u00a020\u00a07946\u00a00381"]),
        ("0049 89 1234567 Durchwahl 12", ["0049 89 1234567 Durchwahl 12"]),
        ("+33 1 42 68 53 00", ["+33 1 42 68 53 00"]),
        ("415.555.0134", ["415.555.0134"]),
        ("on 12.03.2024 we met", []),
        ("2024-03-12", []),
        ("requisition REQ-1234567", []),
        ("ID 4711, room 12", []),
        ("between 2019 and 2021", []),
        ("a 16-digit 1234 5678 9012 3456 7", []),
    ],
)
def test_phone_numbers_by_the_grammar(text: str, numbers: list[str]) -> None:
    assert redaction.phone_numbers(text) == numbers
