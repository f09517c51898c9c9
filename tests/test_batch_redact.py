"""`drafter batch --redact` (#11.5): the candidate's details never reach the server, as its request
log shows (not `--show-prompt`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Recorded, Reply
from drafter.testing.letters import draft_json, facts, facts_in, letter_eml, letter_text

from .batch_helpers import assert_complete, reply_of

# the candidate's own details, as a letter quotes them back (and as the profile holds them)
PROFILE_EMAIL = "sam.rivera@example.net"
DETAILS = (
    "We have your details on file: {to}, {profile}, hristo.petrov@gmail.com and "
    "peoplesoft.fan@outlook.com, and the numbers +49 30 1234\u20135678 and +1 (415) 555-0135 ext. 89.\n\n"
)
PRIVATE = [
    "@example.org",  # the address the letter was sent to (letter_eml's To)
    PROFILE_EMAIL,
    "hristo.petrov@gmail.com",
    "peoplesoft.fan@outlook.com",
    "1234\u20135678",
    "555-0135",
    "ext. 89",
]


def answer(request: Recorded) -> Reply:
    """A valid draft for the letter asked about, signed with the name token if it was sent one."""
    text = json.dumps(request.body, ensure_ascii=False)
    draft = json.loads(draft_json(facts_in(text, 32)))
    if "[NAME_1]" in text:  # the profile's full name, as a model would copy it
        body = draft["email"]["body"]
        draft["email"]["body"] = body[: body.rindex("\n") + 1] + "[NAME_1]"
    return Reply.chat(json.dumps(draft))


def names_in(text: str, n: int) -> list[str]:
    """The candidate's names (the profile's, and the one letter `n` greets) found in `text`."""
    return [name for name in ("Sam Rivera", "Rivera", facts(n).candidate) if re.search(rf"\b{name}\b", text)]


def write_letters(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        f = facts(n)
        text = letter_text(n)
        details = DETAILS.format(to=f"{f.candidate.lower()}@example.org", profile=PROFILE_EMAIL)
        at = text.index("\n\n") + 2
        path = folder / f"l{n}.eml"
        path.write_bytes(letter_eml(n, body=text[:at] + details + text[at:]))
        paths.append(path)
    return paths


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, isolated_env: Path):
    isolated_env.mkdir(parents=True, exist_ok=True)
    (isolated_env / "config.toml").write_text(
        f'[profile]\nname = "Sam Rivera"\nemail = "{PROFILE_EMAIL}"\n', encoding="utf-8"
    )
    with FakeOpenAI(responder=answer) as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
        yield fake


def sent_by(fake: FakeOpenAI) -> list[str]:
    return [json.dumps(r.body, ensure_ascii=False) for r in fake.chat_requests]


def test_batch_redact_keeps_the_candidates_details_from_the_server(
    server: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letters = write_letters(tmp_path / "letters")
    assert main(["batch", "--redact", "--jobs", "2", str(tmp_path / "letters")]) == 1, capsys.readouterr()
    sent = sent_by(server)
    assert len(sent) == len(letters)
    for body in sent:
        n = next(n for n in range(len(letters)) if facts(n).company in body)
        leaked = [p for p in PRIVATE if p in body] + names_in(body, n)
        assert not leaked, f"request for letter {n} sent {leaked}"
        assert "[EMAIL_1]" in body and "[PHONE_1]" in body and "[NAME_1]" in body
    # the hiring side stays (the reply goes there), and each reply is whole and addressed to it
    for n, letter in enumerate(letters):
        fields = assert_complete(reply_of(letter))
        assert fields["backend"] == "openai"
        assert fields["to"] == facts(n).address
        text = reply_of(letter).read_text(encoding="utf-8")
        assert not re.search(r"\[(EMAIL|PHONE|NAME)_", text)
        assert "Sam Rivera" in text  # the model signed with the token; the name is put back here


def test_without_redact_the_same_details_do_reach_the_server(
    server: FakeOpenAI, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the check above can fail: the log holds the details when nothing is redacted
    write_letters(tmp_path / "letters", 1)
    assert main(["batch", str(tmp_path / "letters")]) == 1, capsys.readouterr()
    (body,) = sent_by(server)
    assert all(p in body for p in PRIVATE), [p for p in PRIVATE if p not in body]
    assert names_in(body, 0) == ["Sam Rivera", "Rivera", "Sam"]


def test_the_remote_notice_says_whether_redact_is_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeOpenAI(responder=answer) as fake:
        # "remote" is reached through the fake server acting as a proxy: nothing leaves 127.0.0.1
        monkeypatch.setenv("OPENAI_BASE_URL", "http://llm.example.com/v1")
        monkeypatch.setenv("HTTP_PROXY", fake.proxy_url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-dummy")
        write_letters(tmp_path / "letters", 1)
        assert main(["batch", "--quiet", "--redact", str(tmp_path / "letters")]) == 1
        err = capsys.readouterr().err
        assert "--redact on: your name, email addresses and phone numbers are hidden" in err
        assert len(fake.chat_requests) == 1


@pytest.mark.parametrize(
    ("names", "text", "hidden"),
    [
        (["Sam Rivera"], "Dear Sam, we met Sam Rivera at Samsung.", "Dear [NAME_2], we met [NAME_1] at Samsung."),
        (["Will Parker"], "Dear Will, we will keep your CV.", "Dear [NAME_2], we will keep your CV."),
        (["Mr. Morgan"], "Dear Mr. Morgan, DEAR MORGAN", "Dear Mr. [NAME_1], DEAR [NAME_1]"),
        (["J. Rivera", None, ""], "Dear J. Rivera", "Dear J. [NAME_1]"),
    ],
)
def test_names_are_hidden_as_whole_words_and_put_back(names: list[str | None], text: str, hidden: str) -> None:
    from drafter.llm.redaction import build_redactor

    redactor = build_redactor([text], names=names)
    assert redactor.redact(text) == hidden
    assert redactor.restore(redactor.redact(text)) == text.replace("DEAR MORGAN", "DEAR Morgan")
