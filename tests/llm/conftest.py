"""Fixtures of the LLM tests: a scripted OpenAI-compatible server and an environment using it."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from drafter.llm.fake import FakeOpenAI
from drafter.llm.server import MEMORY


@pytest.fixture(autouse=True)
def _fresh_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """No remembered server modes between tests (ports get reused), and no proxy from outside."""
    MEMORY.forget()
    for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def llm_env(server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    """The environment a user would set for a local server, with test-sized waits."""
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("DRAFTER_MODEL", "test-model")
    monkeypatch.setenv("DRAFTER_TIMEOUT", "5")
    monkeypatch.setenv("DRAFTER_RETRY_BACKOFF", "0.01")
    return server


@pytest.fixture
def unused_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
