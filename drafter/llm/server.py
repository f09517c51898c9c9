"""What drafter knows about an OpenAI-compatible server: where it is, and which output mode works.

Servers differ in structured output: OpenAI, vLLM, Ollama and llama.cpp accept `json_schema`;
some older servers only JSON mode (`json_object`); LM Studio refuses `json_object` as well, so the
last resort is plain prompting. The mode that worked is remembered per server and model, in this
process and in a small JSON file under drafter's home (never with the API key or URL credentials).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import threading
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit, urlunsplit

from ..config import Settings
from ..output.files import atomic_write

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = get_args(Mode)
OPENAI_URL = "https://api.openai.com/v1"
DUMMY_KEY = "drafter-no-key"  # local servers need none, but the SDK insists on one
CACHE_NAME = "llm-servers.json"


def base_url(settings: Settings) -> str:
    return (settings.base_url or OPENAI_URL).rstrip("/")


def public_url(url: str) -> str:
    """`url` without credentials, query or fragment: safe to print or store."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def is_local(url: str) -> bool:
    """True when `url` points at this machine: localhost, 127.0.0.0/8 or ::1."""
    host = (urlsplit(url).hostname or "").casefold().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def remote_notice(settings: Settings, *, redact: bool | None = None) -> str | None:
    """The one-line privacy notice whenever letters leave this machine: the default OpenAI host
    (only a key set) as much as any OPENAI_BASE_URL that is not local. None for a local server.

    `redact` is whether `--redact` is on; None for a command without that option.
    """
    url = base_url(settings)
    if is_local(url):
        return None
    where = "OPENAI_BASE_URL" if settings.base_url else "OpenAI, the default; set OPENAI_BASE_URL for another server"
    if redact is None:
        hidden = "nothing redacted"
    else:
        hidden = "--redact on: your name, email addresses and phone numbers are hidden" if redact else "--redact off"
    return f"the letter will be sent to {host_of(url)} ({where}), model {settings.model}, {hidden}"


def next_mode(mode: Mode) -> Mode | None:
    """The next, less demanding output mode, or None after plain prompting."""
    index = MODES.index(mode)
    return MODES[index + 1] if index + 1 < len(MODES) else None


def response_format(mode: Mode, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The `response_format` request field for `mode` (None: send no such field)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": "draft", "strict": True, "schema": schema},
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None


class ModeMemory:
    """Which output mode works, per (server, model): in process, and in an optional cache file."""

    def __init__(self) -> None:
        self._known: dict[str, Mode] = {}
        self._lock = threading.Lock()

    @staticmethod
    def key(settings: Settings) -> str:
        return f"{public_url(base_url(settings))} {settings.model}"

    @staticmethod
    def cache_file(settings: Settings) -> Path:
        return settings.home / CACHE_NAME

    def get(self, settings: Settings) -> Mode:
        key = self.key(settings)
        with self._lock:
            if key in self._known:
                return self._known[key]
        stored = _read_cache(self.cache_file(settings)).get(key)
        mode: Mode = next((m for m in MODES if m == stored), "json_schema")
        with self._lock:
            self._known[key] = mode
        return mode

    def remember(self, settings: Settings, mode: Mode) -> None:
        key = self.key(settings)
        with self._lock:
            changed = self._known.get(key) != mode
            self._known[key] = mode
        path = self.cache_file(settings)
        if changed or _read_cache(path).get(key, "json_schema") != mode:
            data = _read_cache(path)
            data[key] = mode
            with contextlib.suppress(OSError):  # a cache: drafter works the same without it
                atomic_write(path, json.dumps(data, indent=2, sort_keys=True) + "\n")

    def forget(self) -> None:
        with self._lock:
            self._known.clear()


def _read_cache(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


MEMORY = ModeMemory()
