"""`drafter doctor`: check the LLM setup: settings, the server, its models, structured output.

Talks HTTP with `httpx` directly (not the openai SDK), so it starts fast and reports exactly what
the server answered. The probe is two tiny chat requests at most; its finding is remembered, as
a draft would remember it.
"""

from __future__ import annotations

import argparse
from typing import Any

from ...config import Settings, load_settings, working_folder
from ...llm.answer import quote
from ...llm.server import DUMMY_KEY, MEMORY, MODES, Mode, base_url, is_local, public_url

PROBE_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}
PROBE_FORMATS: dict[Mode, dict[str, Any] | None] = {
    "json_schema": {
        "type": "json_schema",
        "json_schema": {"name": "probe", "strict": True, "schema": PROBE_SCHEMA},
    },
    "json_object": {"type": "json_object"},
    "text": None,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="do not send the tiny chat requests that test structured output",
    )


def _print(label: str, text: str) -> None:
    print(f"{label + ':':<19} {text}")


def run(args: argparse.Namespace) -> int:
    settings = load_settings(cwd=working_folder())
    backend = settings.resolved_backend
    if backend == "offline":
        why = "DRAFTER_BACKEND=offline" if settings.backend == "offline" else "no LLM configured"
        _print("backend", f"offline ({why}; set OPENAI_API_KEY or OPENAI_BASE_URL to use an LLM)")
        return 0
    url = base_url(settings)
    where = "this machine" if is_local(url) else "a remote host: letters are sent there"
    _print("backend", f"openai (DRAFTER_BACKEND={settings.backend})")
    _print("server", f"{public_url(url)} ({where})")
    _print("api key", "set" if settings.api_key else "not set (a dummy key is sent)")
    _print("model", settings.model)
    _print(
        "limits",
        f"timeout {settings.timeout:g} s, {settings.max_retries} retries, "
        f"Retry-After waited up to {settings.retry_after_max:g} s",
    )
    with _client(settings) as client:
        ok = _check_models(client, settings)
        if ok and not args.no_probe:
            ok = _probe(client, settings)
    return 0 if ok else 1


def _client(settings: Settings) -> Any:
    import httpx

    key = settings.api_key.get_secret_value() if settings.api_key else DUMMY_KEY
    return httpx.Client(
        base_url=base_url(settings) + "/",
        headers={"Authorization": f"Bearer {key}"},
        timeout=httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0)),
    )


def _scrub(settings: Settings, text: str) -> str:
    from ...llm.client import mask_secret

    secret = settings.api_key.get_secret_value() if settings.api_key else None
    return quote(mask_secret(text, secret), 160)


def _get(client: Any, settings: Settings, method: str, path: str, **kw: Any) -> Any:
    """The response, or None after printing why there is none."""
    import httpx

    try:
        return client.request(method, path, **kw)
    except httpx.TimeoutException:
        _print("problem", f"no answer within {settings.timeout:g} s")
    except httpx.HTTPError as exc:
        why = _scrub(settings, str(exc) or type(exc).__name__)
        _print(
            "problem",
            f"cannot reach the server: {why}",
        )
    return None


def _check_models(client: Any, settings: Settings) -> bool:
    response = _get(client, settings, "GET", "models")
    if response is None:
        return False
    if response.status_code in (401, 403):
        _print("models", f"refused ({response.status_code}): check OPENAI_API_KEY")
        return False
    if response.status_code != 200:
        # some servers have no /models; the chat probe will tell whether the model answers
        _print("models", f"not listed (HTTP {response.status_code})")
        return True
    try:
        ids = [str(m.get("id")) for m in response.json().get("data", [])]
    except (ValueError, AttributeError):
        _print("models", "the server's list is not JSON")
        return True
    listed = "is listed" if settings.model in ids else "is NOT listed: set DRAFTER_MODEL"
    shown = ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
    _print("models", f"{len(ids)} ({shown}); {settings.model} {listed}")
    return settings.model in ids or not ids


def _message(response: Any) -> str:
    """The `error.message` of an OpenAI-style error body, else the body."""
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return str(response.text)
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return str(error or response.text)


def _probe(client: Any, settings: Settings) -> bool:
    messages = [{"role": "user", "content": 'Reply with the JSON object {"ok": true} and nothing else.'}]
    for mode in MODES:
        body: dict[str, Any] = {"model": settings.model, "messages": messages, "max_tokens": 20}
        if (fmt := PROBE_FORMATS[mode]) is not None:
            body["response_format"] = fmt
        response = _get(client, settings, "POST", "chat/completions", json=body)
        if response is None:
            return False
        if response.status_code == 200:
            MEMORY.remember(settings, mode)
            _print("structured output", f"{mode} works (drafter will use it)")
            return True
        said = _scrub(settings, _message(response))
        if response.status_code in (400, 415, 422) and fmt is not None:
            _print("structured output", f"{mode} refused ({response.status_code}): {said}")
            continue
        if response.status_code in (401, 403):
            said = "check OPENAI_API_KEY"
        _print("chat", f"HTTP {response.status_code}: {said}")
        return False
    return False  # pragma: no cover - the plain mode always answers or returns above
