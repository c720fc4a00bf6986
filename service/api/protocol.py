"""uvicorn's httptools protocol with a deadline and a size cap on each request's head.

uvicorn arms no timer before a connection's first response and httptools accepts headers of any
size (and joins a long one at a cost that grows with its square), so a connection that never
finishes its head stays open for ever and a 128 MiB header line costs the event loop seconds
(docs/reliability.md, "Clients that misbehave"). Here a request's head (request line and
headers) must arrive within ``head_timeout_s`` of its first byte, or of the connection's opening
for the first request, and hold at most ``max_head_bytes``: past either, the connection gets a
408 or a 431 and is closed. The body keeps its own deadline (``WINNOW_BODY_TIMEOUT_S``) and limit.
A worker holds at most as many connections as its limit on open files leaves room for: one more is
answered 503 and closed at once, so that a flood of idle connections cannot make ``accept`` fail
for everybody (each of them is closed after ``head_timeout_s`` anyway).
"""

from __future__ import annotations

import asyncio
import resource
from functools import cache
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

#: Most bytes of one request's head (nginx reads 4 buffers of 8 KiB by default; browsers send 1-2 KiB).
MAX_HEAD_BYTES = 64 * 1024
#: Seconds a request's head may take to arrive (nginx's client_header_timeout is 60 s).
HEAD_TIMEOUT_S = 15.0
#: The blank line that ends a head; the last bytes of a chunk are kept to find one cut across two.
HEAD_END = b"\r\n\r\n"
#: File descriptors a worker keeps for what is not a connection (the model, logs, the listening
#: socket, metrics files, the event loop's own), below its limit on open files.
RESERVED_DESCRIPTORS = 64
#: The fewest connections a worker takes, whatever its limit on open files says.
MIN_CONNECTIONS = 32
#: What a connection refused for being one too many is told (as the limiter's 503 says).
RETRY_AFTER = "retry-after: 1\r\n"


@cache
def connection_limit() -> int:
    """How many connections one worker holds open at most: its limit on open files (``ulimit -n``)
    less :data:`RESERVED_DESCRIPTORS`. Past it, ``accept`` would fail for every client, the server's
    own files too; a connection over it is answered 503 and closed at once instead."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 1 << 20
    return max(MIN_CONNECTIONS, soft - RESERVED_DESCRIPTORS)


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """:class:`HttpToolsProtocol` whose request heads are bounded in time and size, and whose worker
    holds at most :func:`connection_limit` connections."""

    max_head_bytes = MAX_HEAD_BYTES
    head_timeout_s = HEAD_TIMEOUT_S
    #: None: :func:`connection_limit`.
    max_connections: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self._in_head = False
        self._head_bytes = 0
        self._tail = b""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        limit = self.max_connections if self.max_connections is not None else connection_limit()
        if len(self.connections) > limit:
            self._refuse(503, "Service Unavailable", RETRY_AFTER)
            return
        self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            seen = self._tail + data
            end = seen.find(HEAD_END)
            self._head_bytes += len(data) if end < 0 else max(0, end - len(self._tail))
            self._tail = seen[-(len(HEAD_END) - 1) :]
            if self._head_bytes > self.max_head_bytes:
                self._refuse(431, "Request Header Fields Too Large")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if not self._in_head:  # a later request on a kept-alive connection: its head is due now
            self._await_head()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._stop_head_timer()
        super().on_headers_complete()

    def _await_head(self) -> None:
        self._stop_head_timer()
        self._in_head, self._head_bytes, self._tail = True, 0, b""
        self._head_timer = self.loop.call_later(self.head_timeout_s, self._head_timed_out)

    def _stop_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self._in_head and not self.transport.is_closing():
            self._refuse(408, "Request Timeout")

    def _refuse(self, status: int, reason: str, extra: str = "") -> None:
        """A plain-text answer and the connection closed (no request was read: no problem+json route);
        ``extra``: more header lines, each ending in CRLF."""
        self._stop_head_timer()
        self._in_head = False
        if self.transport.is_closing():
            return
        body = f"{reason}\n".encode("ascii")
        head = (
            f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(body)}\r\n{extra}connection: close\r\n\r\n"
        ).encode("ascii")
        self.transport.write(head + body)
        self.transport.close()
