"""A local stand-in for an OpenAI-compatible server, on 127.0.0.1 only (stdlib only).

For tests, benchmarks and trying drafter's LLM path offline: the server speaks the two endpoints
drafter uses (`GET /v1/models`, `POST /v1/chat/completions`) and answers from a script. A queue of
:class:`Reply` objects is consumed one per chat request (the `default` reply, or a `responder`
function, once the queue is empty). Every request is recorded, so a caller can check what drafter
sent as well as what it did with the answer.

    from drafter.llm.fake import FakeOpenAI, Reply

    with FakeOpenAI() as server:
        server.push(Reply.chat('{"email": ...}'))
        # point drafter at it: OPENAI_BASE_URL=server.base_url, any OPENAI_API_KEY

It also answers as an HTTP proxy would (`HTTP_PROXY=http://127.0.0.1:PORT`): a request for
`http://any.host/v1/chat/completions` arrives with that absolute URL as its path, so a "remote"
base URL can be used without any traffic leaving 127.0.0.1 or any name being looked up.

:class:`HostileOpenAI` is the same server whose replies may also be :class:`Hostile` ones: bodies
that trickle, headers that never end, gzip bombs, redirects, errors that echo the API key (#11).

It binds 127.0.0.1 and nothing else; it is not a server to expose. drafter itself never imports it.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Any = None  # dict -> JSON; str/bytes -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without answering

    @classmethod
    def chat(
        cls,
        content: str | None,
        *,
        finish_reason: str = "stop",
        prompt_tokens: int = 100,
        completion_tokens: int = 50,
        model: str = "fake-model",
        refusal: str | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """A successful chat completion whose message content is `content`."""
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if refusal is not None:
            message["refusal"] = refusal
        return cls(
            body={
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            },
            delay=delay,
        )

    @classmethod
    def error(
        cls,
        status: int,
        message: str = "error",
        *,
        headers: dict[str, str] | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> Reply:
        """An OpenAI-style error body."""
        error = {"message": message, "type": "invalid_request_error", "param": param, "code": code}
        return cls(status=status, body={"error": error}, headers=headers or {})


class LocalServer(ThreadingHTTPServer):
    """A threading HTTP server for the fake, with a real server's listen backlog."""

    daemon_threads = True
    # socketserver's default listen backlog is 5: a client opening more connections at once
    # (batch mode with --jobs 8) has the surplus SYNs dropped and retried a second later, a
    # stall no real server (backlog 511 or more) would add.
    request_queue_size = 128


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class FakeOpenAI:
    """Start with `with FakeOpenAI() as server:`; `server.base_url` ends in `/v1`."""

    def __init__(
        self,
        *,
        default: Reply | None = None,
        responder: Callable[[Recorded], Reply] | None = None,
        latency: float = 0.0,
        models: tuple[str, ...] = ("fake-model",),
    ) -> None:
        self.queue: deque[Reply] = deque()
        self.default = default
        self.responder = responder
        self.latency = latency
        self.models = models
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -------------------------------------------------------------------------
    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.queue.extend(replies)

    @property
    def proxy_url(self) -> str:
        """This server as an HTTP proxy, for `HTTP_PROXY`."""
        return self.base_url.removesuffix("/v1")

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _next_reply(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self.queue:
                return self.queue.popleft()
        if self.responder is not None:
            return self.responder(request)
        if self.default is not None:
            return self.default
        return Reply.error(500, "no scripted reply left")

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake server is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAI:
        server = LocalServer(("127.0.0.1", 0), handler_for(self))
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

        def setup(self) -> None:
            super().setup()
            # Without this, delayed ACKs add ~40 ms to every keep-alive request.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, reply: Reply) -> None:
            if reply.delay or fake.latency:
                time.sleep(reply.delay + fake.latency)
            if reply.drop:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            body = reply.body
            if isinstance(body, (dict, list)):
                data = json.dumps(body).encode()
                ctype = "application/json"
            else:
                data = body.encode() if isinstance(body, str) else (body or b"")
                ctype = "application/json"
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def do_GET(self) -> None:
            with fake._lock:
                fake.requests.append(Recorded("GET", self.path, dict(self.headers), None))
            if self.path.rstrip("/").endswith("/models"):
                data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in fake.models]
                self._send(Reply(body={"object": "list", "data": data}))
            else:
                self._send(Reply.error(404, "not found"))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw or b"null")
            except ValueError:
                body = raw.decode("utf-8", "replace")
            request = Recorded("POST", self.path, dict(self.headers), body)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                with fake._lock:
                    fake.requests.append(request)
                self._send(Reply.error(404, "not found"))
                return
            self._send(fake._next_reply(request))

    return Handler


# -- hostile replies (#11) ----------------------------------------------------------------
@dataclass
class Hostile(Reply):
    trickle: float = 0.0  # seconds between body bytes
    trickle_headers: float = 0.0  # seconds between the bytes of a header that never ends
    gzip_bomb: int = 0  # decoded size in bytes of a gzip body of zeros (sent compressed)
    redirect: str | None = None  # Location of a 307
    echo_auth: bool = False  # a 500 whose message quotes the request's Authorization header

    def __post_init__(self) -> None:
        if self.gzip_bomb:
            bomb(self.gzip_bomb)  # made now, so the server answers at once rather than after compressing


@functools.cache
def bomb(size: int) -> bytes:
    """`size` zero bytes gzipped (about 1000:1), made in pieces to keep the test's memory small."""
    out = io.BytesIO()
    piece = b"\0" * 1_000_000
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as fh:
        for _ in range(size // len(piece)):
            fh.write(piece)
    return out.getvalue()


class _Quiet(LocalServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that stops reading a bomb or a trickle is the expected outcome


class HostileOpenAI(FakeOpenAI):
    """Also records when each hostile answer began (`time.monotonic()`), to time drafter from there."""

    arrivals: list[float]

    def start(self) -> HostileOpenAI:
        self.arrivals = []
        base = handler_for(self)
        arrivals = self.arrivals

        class Handler(base):  # type: ignore[misc, valid-type]
            def _send(self, reply: Reply) -> None:
                if not isinstance(reply, Hostile):
                    super()._send(reply)
                    return
                self._hostile(reply)

            def _hostile(self, reply: Hostile) -> None:
                arrivals.append(time.monotonic())
                try:
                    if reply.trickle_headers:
                        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                        for _ in range(int(30 / reply.trickle_headers)):  # 30 s, then it hangs up
                            self.wfile.write(b"x")
                            self.wfile.flush()
                            time.sleep(reply.trickle_headers)
                        return
                    if reply.redirect:
                        self.send_response(307)
                        self.send_header("Location", reply.redirect)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    if reply.echo_auth:
                        said = {"error": {"message": f"bad key: {self.headers.get('Authorization')!r}"}}
                        data = json.dumps(said).encode()
                        self.send_response(500)
                    else:
                        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                        self.send_response(reply.status)
                    if reply.gzip_bomb:
                        data = bomb(reply.gzip_bomb)
                        self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    if reply.trickle:
                        for i in range(len(data)):
                            self.wfile.write(data[i : i + 1])
                            self.wfile.flush()
                            time.sleep(reply.trickle)
                    else:
                        self.wfile.write(data)
                except OSError:  # drafter hung up, as it should
                    self.close_connection = True

        server: ThreadingHTTPServer = _Quiet(("127.0.0.1", 0), Handler)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self


def chat_body(content: str) -> dict[str, Any]:
    return Reply.chat(content).body  # type: ignore[no-any-return]
