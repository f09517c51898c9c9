"""The one seam to the network: `complete(messages, response_format) -> Completion`.

:class:`OpenAICompleter` and :class:`AsyncOpenAICompleter` talk to any OpenAI-compatible server
through the official `openai` SDK on an injectable `httpx` client. The SDK is imported inside
these classes only, so the offline path never pays for it.

Requests go through the SDK's generic `post` (its documented way to call any endpoint) with
`cast_to=ChatCompletion`, not `client.chat.completions.create`: the body drafter builds is
already plain JSON, and the `chat` resource would import every SDK resource (~0.25 s at start)
and walk each request body through the SDK's type-driven transform (no-op for it, CPU all the
same). Auth headers, error classes and the parsed `ChatCompletion` are the SDK's either way.

Retrying is drafter's, not the SDK's: the SDK gets `max_retries=0`, so the two never multiply.
Per request drafter makes at most `1 + max_retries` attempts: 429 waits as long as `Retry-After`
says, up to a cap (longer: fail now rather than keep a user waiting); 5xx and connection errors
back off exponentially. A timeout is not retried: the user has already waited the whole
`DRAFTER_TIMEOUT`. Every message is one line with the API key scrubbed out.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ..config import Settings
from ..errors import BackendError
from ..models import Usage
from .answer import Completion, quote
from .server import DUMMY_KEY, base_url, host_of

if TYPE_CHECKING:
    import httpx
    import openai

ChatMessage = dict[str, str]
Notify = Callable[[str], None]
CONNECT_TIMEOUT = 10.0
BACKOFF_MAX = 8.0
# Statuses that mean "not this response_format", not "not this request".
_FORMAT_STATUSES = frozenset({400, 415, 422})
# ...unless the server says the request is wrong in a way no output mode fixes.
_NOT_FORMAT = re.compile(
    r"context.length|maximum context|too many tokens|too long|"
    r"model\b.{0,80}\b(?:not found|does not exist)",
    re.IGNORECASE,
)


class Completer(Protocol):
    """Sends one chat request; raises FormatRejected or BackendError."""

    def complete(self, messages: list[ChatMessage], response_format: dict[str, Any] | None) -> Completion: ...


class AsyncCompleter(Protocol):
    async def complete(self, messages: list[ChatMessage], response_format: dict[str, Any] | None) -> Completion: ...


class FormatRejected(Exception):
    """The server answered 4xx to a request carrying a `response_format`."""


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    backoff: float = 0.5
    backoff_max: float = BACKOFF_MAX
    retry_after_max: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_retries=settings.max_retries,
            backoff=settings.retry_backoff,
            retry_after_max=settings.retry_after_max,
        )

    def backoff_delay(self, attempt: int) -> float:
        delay: float = min(self.backoff * 2.0**attempt, self.backoff_max)
        return delay * (0.75 + random.random() / 4)


@dataclass(frozen=True)
class Decision:
    """What to do after a failed attempt: wait `delay` and retry, or stop with `error`."""

    delay: float | None = None
    error: Exception | None = None
    note: str = ""


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from `retry-after-ms` or `Retry-After` (seconds or an HTTP date)."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            pass
        parsed = email.utils.parsedate_tz(value)
        if parsed is not None:
            return max(0.0, email.utils.mktime_tz(parsed) - time.time())
    return None


def secret_forms(secret: str) -> set[str]:
    """The ways a key can show in an error: as is, and as `repr`, JSON, bytes or URL escapes write it."""
    import json
    from urllib.parse import quote as url_quote

    forms = {
        secret,
        repr(secret)[1:-1],
        json.dumps(secret)[1:-1],
        secret.encode("unicode_escape").decode("ascii"),
        repr(secret.encode("utf-8", "surrogatepass"))[2:-1],
        url_quote(secret, safe=""),
    }
    return {f for f in forms if len(f) >= 4}


def mask_secret(text: str, secret: str | None) -> str:
    """`text` with every form of `secret` replaced by `***`."""
    if not secret:
        return text
    for form in sorted(secret_forms(secret), key=len, reverse=True):
        text = text.replace(form, "***")
    return text


class _Errors:
    """Maps SDK exceptions to decisions; shared by the sync and async completers."""

    def __init__(self, settings: Settings, policy: RetryPolicy) -> None:
        import openai

        # the SDK's errors, and ValueError for a body that is not JSON; a bug in drafter stays a bug
        self.expected: tuple[type[Exception], ...] = (openai.OpenAIError, ValueError)
        self.settings = settings
        self.policy = policy
        self.host = host_of(base_url(settings))
        self._secret = settings.api_key.get_secret_value() if settings.api_key else None

    def scrub(self, text: str) -> str:
        return quote(mask_secret(text, self._secret), 200)

    def too_slow(self) -> BackendError:
        return BackendError(
            f"no answer from {self.host} within {self.settings.timeout:g} s (raise DRAFTER_TIMEOUT to wait longer)"
        )

    def _server_says(self, exc: openai.APIStatusError) -> str:
        body = exc.body
        message: object = body
        if isinstance(body, dict):
            message = body.get("message") or body.get("error") or body
            if isinstance(message, dict):
                message = message.get("message") or message
        return self.scrub(str(message or exc.response.reason_phrase))

    def _rate_limited(self, exc: openai.APIStatusError, attempt: int, said: str) -> Decision:
        """A 429: out of quota, asked to wait too long, or a wait and another try."""
        host = self.host
        wait = retry_after(exc.response.headers)
        code = exc.body.get("code") if isinstance(exc.body, dict) else None
        if code == "insufficient_quota":
            return Decision(error=BackendError(f"{host} says the account has no quota left: {said}"))
        if wait is not None and wait > self.policy.retry_after_max:
            return Decision(
                error=BackendError(f"{host} is rate limiting; it asks to wait {wait:.0f} s (try again later)")
            )
        if attempt < self.policy.max_retries:
            delay = wait if wait is not None else self.policy.backoff_delay(attempt)
            return Decision(delay, note=f"rate limited by {host}, waiting {delay:.1f} s")
        return Decision(error=BackendError(f"{host} is rate limiting (429); try again later"))

    def decide(self, exc: Exception, attempt: int, response_format: dict[str, Any] | None) -> Decision:
        import openai

        from .guard import AnswerRefused

        host, settings = self.host, self.settings
        can_retry = attempt < self.policy.max_retries
        if isinstance(exc, openai.APITimeoutError):
            return Decision(error=self.too_slow())
        if isinstance(exc.__cause__, AnswerRefused):
            return Decision(error=BackendError(self.scrub(str(exc.__cause__))))
        if isinstance(exc, openai.APIConnectionError):
            cause = self.scrub(str(exc.__cause__ or exc)) or type(exc).__name__
            if can_retry:
                return Decision(self.policy.backoff_delay(attempt), note=f"connection to {host} failed")
            return Decision(error=BackendError(f"cannot reach {host}: {cause}"))
        if not isinstance(exc, openai.APIStatusError):
            if isinstance(exc, openai.APIResponseValidationError | ValueError) and can_retry:
                return Decision(self.policy.backoff_delay(attempt), note=f"unreadable answer from {host}")
            return Decision(error=BackendError(f"{host} sent an answer drafter cannot read"))
        status = exc.status_code
        said = self._server_says(exc)
        if status == 429:
            return self._rate_limited(exc, attempt, said)
        if status >= 500 or status in (408, 409):
            if can_retry:
                wait = retry_after(exc.response.headers)
                if wait is None or wait > self.policy.retry_after_max:
                    wait = self.policy.backoff_delay(attempt)
                return Decision(wait, note=f"{host} answered {status}, retrying")
            tries = attempt + 1
            return Decision(error=BackendError(f"{host} failed ({status}) {tries} time(s): {said}"))
        if status in (401, 403):
            # the server's message may quote (part of) the key: say nothing of it
            return Decision(error=BackendError(f"{host} refused the request ({status}): check OPENAI_API_KEY"))
        if status in _FORMAT_STATUSES and response_format is not None and not _NOT_FORMAT.search(said):
            return Decision(error=FormatRejected(f"{status}: {said}"))
        if status == 404:
            return Decision(
                error=BackendError(
                    f"{host} answered 404 ({said}): check DRAFTER_MODEL ({settings.model}) "
                    "and that OPENAI_BASE_URL ends in /v1 (`drafter doctor` lists the models)"
                )
            )
        return Decision(error=BackendError(f"{host} rejected the request ({status}): {said}"))


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for `openai.OpenAI`/`AsyncOpenAI`: no SDK retries, drafter's timeout."""
    import httpx

    key = settings.api_key.get_secret_value() if settings.api_key else DUMMY_KEY
    return {
        "api_key": key,
        "base_url": base_url(settings),
        "timeout": httpx.Timeout(settings.timeout, connect=min(settings.timeout, CONNECT_TIMEOUT)),
        "max_retries": 0,
    }


CHAT_PATH = "/chat/completions"


def _request(model: str, messages: list[ChatMessage], response_format: dict[str, Any] | None) -> dict[str, Any]:
    request: dict[str, Any] = {"model": model, "messages": messages}
    if response_format is not None:
        request["response_format"] = response_format
    return request


def _chat_completion() -> type[openai.types.chat.ChatCompletion]:
    from openai.types.chat import ChatCompletion

    return ChatCompletion


def to_completion(response: Any) -> Completion:
    """A `ChatCompletion` (or anything shaped like one) as a :class:`Completion`."""
    choices = getattr(response, "choices", None) or []
    usage = getattr(response, "usage", None)
    counts = Usage(
        prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
        completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
        total_tokens=getattr(usage, "total_tokens", 0) or 0,
    )
    model = getattr(response, "model", None)
    if not choices:
        return Completion(content=None, finish_reason=None, usage=counts, model=model)
    choice = choices[0]
    message = choice.message
    return Completion(
        content=message.content,
        finish_reason=choice.finish_reason,
        refusal=getattr(message, "refusal", None),
        usage=counts,
        model=model,
    )


class OpenAICompleter:
    """The sync seam: one `openai.OpenAI` client on an (injectable) `httpx.Client`."""

    def __init__(
        self,
        settings: Settings,
        *,
        http_client: httpx.Client | None = None,
        policy: RetryPolicy | None = None,
        notify: Notify | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import openai

        from .guard import guard

        options = client_options(settings)
        self._owns_http = http_client is None
        self._http = http_client or guard(openai.DefaultHttpxClient(timeout=options["timeout"]), settings.timeout)
        self._client = openai.OpenAI(**options, http_client=self._http)
        self._cast_to = _chat_completion()
        self._model = settings.model
        self._errors = _Errors(settings, policy or RetryPolicy.from_settings(settings))
        self._notify = notify or (lambda _: None)
        self._sleep = sleep

    def complete(self, messages: list[ChatMessage], response_format: dict[str, Any] | None) -> Completion:
        request = _request(self._model, messages, response_format)
        attempt = 0
        while True:
            try:
                response = self._client.post(CHAT_PATH, body=request, cast_to=self._cast_to)
                return to_completion(response)
            except self._errors.expected as exc:
                decision = self._errors.decide(exc, attempt, response_format)
            if decision.error is not None:
                raise decision.error from None
            self._notify(decision.note)
            self._sleep(decision.delay or 0.0)
            attempt += 1

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OpenAICompleter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOpenAICompleter:
    """The async seam: `openai.AsyncOpenAI` on an (injectable) `httpx.AsyncClient`.

    One instance can serve many letters concurrently (batch mode): use `async with`.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        http_client: httpx.AsyncClient | None = None,
        policy: RetryPolicy | None = None,
        notify: Notify | None = None,
    ) -> None:
        import openai

        from .guard import guard

        options = client_options(settings)
        self._owns_http = http_client is None
        self._http = http_client or guard(openai.DefaultAsyncHttpxClient(timeout=options["timeout"]), settings.timeout)
        self._client = openai.AsyncOpenAI(**options, http_client=self._http)
        self._cast_to = _chat_completion()
        self._model = settings.model
        self._errors = _Errors(settings, policy or RetryPolicy.from_settings(settings))
        self._notify = notify or (lambda _: None)

    async def complete(self, messages: list[ChatMessage], response_format: dict[str, Any] | None) -> Completion:
        request = _request(self._model, messages, response_format)
        attempt = 0
        while True:
            try:
                # drafter's own client bounds the whole attempt itself (`guard`); this bounds an injected one
                async with asyncio.timeout(self._errors.settings.timeout + 1.0):
                    response = await self._client.post(CHAT_PATH, body=request, cast_to=self._cast_to)
                return to_completion(response)
            except TimeoutError:
                decision = Decision(error=self._errors.too_slow())
            except self._errors.expected as exc:
                decision = self._errors.decide(exc, attempt, response_format)
            if decision.error is not None:
                raise decision.error from None
            self._notify(decision.note)
            await asyncio.sleep(decision.delay or 0.0)
            attempt += 1

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncOpenAICompleter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
