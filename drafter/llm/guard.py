"""What drafter accepts from an LLM server: a bounded answer from the configured host, nothing else.

An `httpx` transport wrapper, under the SDK's client (drafter's own clients only):

- **one deadline per request**: the whole answer, not only each gap between bytes, must arrive
  within `DRAFTER_TIMEOUT` (a server trickling a byte a second is cut off);
- **a size cap on the decoded answer**: drafter decodes gzip/deflate itself, a chunk at a time,
  and stops reading past the cap, so a small compressed bomb cannot fill memory;
- **no redirect to another host**: a redirect elsewhere (which would send the letter, and the
  key, to a host the user never named) is refused, naming that host.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

MAX_ANSWER_BYTES = 4_000_000  # a draft is a few KB; a model's verbose answer well under 1 MB
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ENCODINGS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS | 32}


class AnswerRefused(Exception):
    """The server's answer is not one drafter reads (too large, redirected elsewhere, encoded oddly)."""


class _Decoder:
    """Content-Encoding undone with a cap on the output; identity when there is none."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
        self.total = 0
        self._z = zlib.decompressobj(_ENCODINGS[encoding]) if encoding else None

    def feed(self, chunk: bytes) -> bytes:
        if self._z is None:
            data = chunk
        else:
            try:
                data = self._z.decompress(chunk, self.limit - self.total + 1)
            except zlib.error as exc:
                raise AnswerRefused(f"the answer's compressed data is damaged ({exc})") from None
            if self._z.unconsumed_tail:
                self._over()
        self.total += len(data)
        if self.total > self.limit:
            self._over()
        return data

    def _over(self) -> None:
        raise AnswerRefused(f"the answer is larger than {self.limit // 1_000_000} MB; drafter stopped reading it")


def _check(request: httpx.Request, response: httpx.Response, limit: int) -> tuple[_Decoder, httpx.Headers]:
    if response.status_code in _REDIRECTS and "location" in response.headers:
        target = request.url.join(response.headers["location"])
        if (target.scheme, target.host, target.port) != (request.url.scheme, request.url.host, request.url.port):
            raise AnswerRefused(
                f"{request.url.host} redirected the request to another host, {target.host or '?'}; "
                "drafter does not follow it (set OPENAI_BASE_URL to the server you mean)"
            )
    encoding = response.headers.get("content-encoding", "").strip().lower()
    encoding = "" if encoding == "identity" else encoding
    if encoding and encoding not in _ENCODINGS:
        raise AnswerRefused(f"{request.url.host} sent an answer in an encoding drafter does not read ({encoding})")
    length = response.headers.get("content-length", "")
    if not encoding and length.isdigit() and int(length) > limit:
        raise AnswerRefused(f"the answer is larger than {limit // 1_000_000} MB ({int(length):,} bytes)")
    headers = response.headers.copy()
    if encoding:  # decoded here: httpx must not decode again, and the length no longer holds
        del headers["content-encoding"]
        headers.pop("content-length", None)
    return _Decoder(encoding, limit), headers


def _late(request: httpx.Request, timeout: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"the whole answer took longer than {timeout:g} s", request=request)


class _Stream(httpx.SyncByteStream):
    def __init__(self, inner: Any, decoder: _Decoder, request: httpx.Request, deadline: float, timeout: float):
        self._inner, self._decoder, self._request = inner, decoder, request
        self._deadline, self._timeout = deadline, timeout

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise _late(self._request, self._timeout)
            yield self._decoder.feed(chunk)

    def close(self) -> None:
        self._inner.close()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, decoder: _Decoder, request: httpx.Request, deadline: float, timeout: float):
        self._inner, self._decoder, self._request = inner, decoder, request
        self._deadline, self._timeout = deadline, timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise _late(self._request, self._timeout)
            yield self._decoder.feed(chunk)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _prepare(request: httpx.Request) -> None:
    request.headers["Accept-Encoding"] = "gzip, deflate"  # only what is decoded here, under the cap


class GuardedTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, timeout: float, limit: int = MAX_ANSWER_BYTES) -> None:
        self.inner, self.timeout, self.limit = inner, timeout, limit

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.timeout
        _prepare(request)
        response = self.inner.handle_request(request)
        try:
            decoder, headers = _check(request, response, self.limit)
        except AnswerRefused:
            response.close()
            raise
        stream = _Stream(response.stream, decoder, request, deadline, self.timeout)
        return httpx.Response(
            response.status_code, headers=headers, stream=stream, extensions=response.extensions, request=request
        )

    def close(self) -> None:
        self.inner.close()


class AsyncGuardedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, timeout: float, limit: int = MAX_ANSWER_BYTES) -> None:
        self.inner, self.timeout, self.limit = inner, timeout, limit

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.timeout
        _prepare(request)
        response = await self.inner.handle_async_request(request)
        try:
            decoder, headers = _check(request, response, self.limit)
        except AnswerRefused:
            await response.aclose()
            raise
        stream = _AsyncStream(response.stream, decoder, request, deadline, self.timeout)
        return httpx.Response(
            response.status_code, headers=headers, stream=stream, extensions=response.extensions, request=request
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def guard(client: Any, timeout: float, limit: int = MAX_ANSWER_BYTES) -> Any:
    """Wrap every transport of an `httpx.Client`/`AsyncClient` that drafter made (proxies included)."""
    wrap = AsyncGuardedTransport if isinstance(client, httpx.AsyncClient) else GuardedTransport
    client._transport = wrap(client._transport, timeout, limit)
    client._mounts = {
        pattern: None if transport is None else wrap(transport, timeout, limit)
        for pattern, transport in client._mounts.items()
    }
    return client
