"""`drafter doctor`: check the LLM setup (settings, the server, its models, structured output)
and say where drafter keeps its files.

It talks to the server exactly as a draft does: the `openai` SDK over drafter's own guarded
`httpx` client (`llm.client`), with the same auth, timeouts, retries and key scrubbing, and the
same request shape (no token limit, so models that refuse `max_tokens` and want
`max_completion_tokens` are probed like any other). A mode is reported as working only when its
answer parses as the JSON asked for, not after any 200. The probe is at most three tiny chat
requests; what works is remembered, as a draft would remember it.
"""

from __future__ import annotations

import argparse

# the settings and the LLM modules load when the doctor runs, not for `--help` or a usage error
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from ...config import Settings

PROBE_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}
PROBE_PROMPT = 'Reply with the JSON object {"ok": true} and nothing else.'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-probe",
        action="store_true",
        help="do not send the tiny chat requests that test structured output",
    )


def _print(label: str, text: str) -> None:
    print(f"{label + ':':<19} {text}")


def run(args: argparse.Namespace) -> int:
    from ...config import load_settings, working_folder
    from ...llm.server import base_url, is_local, public_url

    settings = load_settings(cwd=working_folder())
    _places(settings)
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
    import openai

    from ...llm.client import OpenAICompleter, client_options
    from ...llm.guard import guard

    # one guarded httpx client under both the SDK's model listing and the drafting completer
    http = guard(openai.DefaultHttpxClient(timeout=client_options(settings)["timeout"]), settings.timeout)
    try:
        ok = _check_models(openai.OpenAI(**client_options(settings), http_client=http), settings)
        if ok and not args.no_probe:
            ok = _probe(OpenAICompleter(settings, http_client=http), settings)
    finally:
        http.close()
    return 0 if ok else 1


def _places(settings: Settings) -> None:
    """Where drafter keeps the profile, the journal and its caches."""
    from ...journal.store import default_path
    from ...llm.server import CACHE_NAME

    _print("profile", str(settings.config_file) + ("" if settings.config_file.is_file() else " (not created yet)"))
    _print("journal", str(settings.journal or default_path()))
    caches = [str(settings.cache_dir)] if settings.cache_dir else []
    _print("caches", ", ".join([*caches, f"{settings.home / CACHE_NAME} (output modes)"]) + "; safe to delete")


def _scrub(settings: Settings, text: str) -> str:
    from ...llm.answer import quote
    from ...llm.client import mask_secret

    secret = settings.api_key.get_secret_value() if settings.api_key else None
    return quote(mask_secret(text, secret), 160)


def _check_models(client: Any, settings: Settings) -> bool:
    import openai

    try:
        ids = [str(m.id) for m in client.models.list().data]
    except openai.APIStatusError as exc:
        if exc.status_code in (401, 403):
            _print("models", f"refused ({exc.status_code}): check OPENAI_API_KEY")
            return False
        # some servers have no /models; the chat probe will tell whether the model answers
        _print("models", f"not listed (HTTP {exc.status_code})")
        return True
    except openai.APITimeoutError:
        _print("problem", f"no answer within {settings.timeout:g} s")
        return False
    except openai.APIConnectionError as exc:
        why = _scrub(settings, str(exc.__cause__ or exc) or type(exc).__name__)
        _print("problem", f"cannot reach the server: {why}")
        return False
    except (openai.OpenAIError, ValueError, AttributeError, TypeError):
        _print("models", "the server's list is not readable")
        return True
    listed = "is listed" if settings.model in ids else "is NOT listed: set DRAFTER_MODEL"
    shown = ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
    _print("models", f"{len(ids)} ({shown}); {settings.model} {listed}")
    return settings.model in ids or not ids


def _probe(completer: Any, settings: Settings) -> bool:
    from ...errors import BackendError
    from ...llm.answer import extract_json, quote
    from ...llm.client import FormatRejected
    from ...llm.server import MEMORY, MODES, response_format

    messages = [{"role": "user", "content": PROBE_PROMPT}]
    for mode in MODES:
        try:
            answer = completer.complete(messages, response_format(mode, PROBE_SCHEMA))
        except FormatRejected as exc:
            status, _, said = str(exc).partition(": ")
            _print("structured output", f"{mode} refused ({status}): {_scrub(settings, said)}")
            continue
        except BackendError as exc:
            _print("chat", str(exc))
            return False
        data = extract_json(answer.refusal or answer.content or "")
        if data is not None and data.get("ok") is True:
            MEMORY.remember(settings, mode)
            _print("structured output", f"{mode} works (drafter will use it)")
            return True
        said = quote(answer.refusal or answer.content or "(empty)", 80)
        _print("structured output", f"{mode} answered, but not with the JSON asked for: {said!r}")
    _print("problem", "no output mode gave a readable answer: drafts will be the offline ones (try another model)")
    return False
