"""`drafter batch` with a server that cannot be used: offline replies marked as such, re-drafted later."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.llm.fake import FakeOpenAI, Reply
from drafter.output import frontmatter

from .helpers import LETTER, good


def front_matter(reply: Path) -> dict[str, frontmatter.Value]:
    doc = frontmatter.split(reply.read_text(encoding="utf-8"))
    assert doc is not None, reply
    return doc[0]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "letters"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        (root / name).write_text(LETTER, encoding="utf-8")
    monkeypatch.setenv("DRAFTER_MAX_RETRIES", "0")
    monkeypatch.setenv("DRAFTER_TIMEOUT", "5")
    return root


def batch(folder: Path, *flags: str) -> int:
    return main(["batch", str(folder), "--no-journal", *flags])


def test_a_dead_server_leaves_offline_replies_that_a_later_run_redrafts(
    folder: Path, monkeypatch: pytest.MonkeyPatch, unused_port: int, capsys
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{unused_port}/v1")
    assert batch(folder) == 1  # drafts were written: the offline ones
    for name in ("a.txt", "b.txt"):
        fields = front_matter(folder / f"{name}.reply.md")
        assert (fields["backend"], fields["fallback"]) == ("offline", "server")
    said = capsys.readouterr()
    assert "cannot reach 127.0.0.1" in said.out + said.err

    # the user edits one of them: it is theirs now, and stays
    edited = folder / "b.txt.reply.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Hi Maria", "Dear Maria"), encoding="utf-8")
    kept = edited.read_bytes()

    # the server is back: the offline stand-in is re-drafted with the LLM, the edited one kept
    with FakeOpenAI(default=good()) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        assert batch(folder) == 1
        assert len(server.chat_requests) == 1  # a.txt only
        assert batch(folder) == 0  # then everything is current: no request more
        assert len(server.chat_requests) == 1
    fields = front_matter(folder / "a.txt.reply.md")
    assert fields["backend"] == "openai"
    assert "fallback" not in fields
    assert edited.read_bytes() == kept


def test_check_reports_a_server_fallback_as_stale_only_with_an_llm(
    folder: Path, monkeypatch: pytest.MonkeyPatch, unused_port: int
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{unused_port}/v1")
    assert batch(folder) == 1
    assert batch(folder, "--check") == 1  # an LLM is set up: the offline stand-ins are due
    assert batch(folder, "--check", "--offline") == 0  # offline, they are as good as it gets


def test_unusable_answers_are_not_asked_for_again_on_every_run(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeOpenAI(default=Reply.chat("I would rather write a poem.")) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        assert batch(folder) == 1
        asked = len(server.chat_requests)
        assert front_matter(folder / "a.txt.reply.md")["fallback"] == "answer"
        assert batch(folder) == 0
        assert len(server.chat_requests) == asked
