"""What drafter accepts from an LLM server: a bounded answer from the configured host, nothing else.

An `httpx` transport wrapper, under the SDK's client (drafter's own clients only):

- **one deadline per request**: the whole exchange (connecting, sending, the status line and
  headers, the body), not only each gap between bytes, must end within `DRAFTER_TIMEOUT`. The
  socket reads of drafter's connections wait at most until that deadline (a network backend
  under `httpcore`'s pool), so a server trickling its headers or body a byte a second is cut
  off on time, in the sync client as in the async one;
- **a size cap on the decoded answer**: drafter decodes gzip/deflate itself, a chunk at a time,
  and stops reading past the cap, so a small compressed bomb cannot fill memory;
- **no redirect to another host**: a redirect elsewhere (which would send the letter, and the
  key, to a host the user never named) is refused, naming that host.
"""

from __future__ import annotations

import contextvars
import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
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


# When the request being served must be over (time.monotonic()); None outside a guarded request.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("drafter_llm_deadline", default=None)


def _left(timeout: float | None) -> float | None:
    """`timeout` cut to what is left before the request's deadline; past it, a timeout now."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _BoundStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no longer than the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _BoundStream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _BoundStream(self._inner.connect_tcp(host, port, _left(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _BoundStream(self._inner.connect_unix_socket(path, _left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBoundStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _left(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _left(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _AsyncBoundStream(await self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBoundBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, _left(timeout), local_address, socket_options)
        return _AsyncBoundStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncBoundStream(await self._inner.connect_unix_socket(path, _left(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def _bind(transport: Any) -> None:
    """Put the deadline under an `httpx.HTTPTransport`'s connection pool (proxies included)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, _BoundBackend | _AsyncBoundBackend):
        return
    bound = _AsyncBoundBackend if isinstance(backend, httpcore.AsyncNetworkBackend) else _BoundBackend
    pool._network_backend = bound(backend)  # type: ignore[union-attr]


class _Stream(httpx.SyncByteStream):
    def __init__(self, inner: Any, decoder: _Decoder, request: httpx.Request, deadline: float, timeout: float):
        self._inner, self._decoder, self._request = inner, decoder, request
        self._deadline, self._timeout = deadline, timeout

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            token = _DEADLINE.set(self._deadline)
            try:
                chunk = next(chunks, None)
            finally:
                _DEADLINE.reset(token)
            if chunk is None:
                return
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
        chunks = aiter(self._inner)
        while True:
            token = _DEADLINE.set(self._deadline)
            try:
                chunk = await anext(chunks, None)
            finally:
                _DEADLINE.reset(token)
            if chunk is None:
                return
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
        token = _DEADLINE.set(deadline)
        try:
            response = self.inner.handle_request(request)
        finally:
            _DEADLINE.reset(token)
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
        token = _DEADLINE.set(deadline)
        try:
            response = await self.inner.handle_async_request(request)
        finally:
            _DEADLINE.reset(token)
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
    for transport in (client._transport, *client._mounts.values()):
        _bind(transport)
    client._transport = wrap(client._transport, timeout, limit)
    client._mounts = {
        pattern: None if transport is None else wrap(transport, timeout, limit)
        for pattern, transport in client._mounts.items()
    }
    return client
