"""A hostile OpenAI-compatible server: trickles, gzip bombs, redirects, echoes, floods (#11 tests).

:class:`HostileOpenAI` is :class:`drafter.llm.fake.FakeOpenAI` (same scripting, same request log) whose replies may
also be :class:`Hostile` ones. Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import time
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Any

from drafter.llm.fake import FakeOpenAI, LocalServer, Reply, handler_for


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
        import threading

        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self


def chat_body(content: str) -> dict[str, Any]:
    return Reply.chat(content).body  # type: ignore[no-any-return]
