"""Pure ASGI middleware: the request envelope, the body limit and compressed answers.

``RequestMiddleware`` (outermost) gives each request an id, echoes it in ``X-Request-ID``,
logs one JSON line and counts the request when it ends, and turns an unexpected
exception into a bare 500 problem. ``BodyLimitMiddleware`` refuses bodies over the limit:
by ``Content-Length`` before anything is read, and while streaming when there is none.
Neither ever looks at bodies, header values (other than the two it owns) or query strings.
``GZipAcceptedMiddleware`` compresses answers for the clients whose ``Accept-Encoding`` takes gzip.
"""

from __future__ import annotations

import logging
import re
import uuid
from time import perf_counter

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import problem_response
from .logging import ACCESS_LOGGER_NAME, LOGGER_NAME
from .metrics import Metrics

REQUEST_ID_HEADER = b"x-request-id"
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._-]{1,128}")
UNMATCHED_ROUTE = "<unmatched>"
#: Status logged when the client went away before the answer (nginx's convention; never sent).
CLIENT_CLOSED_REQUEST = 499
MS_PER_S = 1000.0
INTERNAL_ERROR_DETAIL = "An unexpected error occurred; quote the request_id when reporting it."

access_logger = logging.getLogger(ACCESS_LOGGER_NAME)
error_logger = logging.getLogger(LOGGER_NAME + ".errors")


def header_value(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def request_id_for(scope: Scope) -> str:
    """The caller's X-Request-ID when it is well-formed, else a new one."""
    given = header_value(scope, REQUEST_ID_HEADER)
    if given is not None:
        candidate = given.decode("latin-1")
        if REQUEST_ID_PATTERN.fullmatch(candidate):
            return candidate
    return uuid.uuid4().hex


def route_label(scope: Scope, paths: frozenset[str]) -> str:
    """The path template of the route that served the request, or was meant to (a bounded label set).

    Requests answered before routing (a 413 by Content-Length) have no route yet; all
    Winnow paths are static, so the request path names the route when it is one of them.
    """
    route_path = getattr(scope.get("route"), "path", None)
    if route_path:
        return str(route_path)
    return scope["path"] if scope["path"] in paths else UNMATCHED_ROUTE


class RequestMiddleware:
    """Request id, access log, request metrics and the last-resort 500."""

    def __init__(self, app: ASGIApp, metrics: Metrics, paths: frozenset[str]) -> None:
        self.app = app
        self.metrics = metrics
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_for(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        echo = (REQUEST_ID_HEADER, request_id.encode("ascii"))
        status: int | None = None

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), echo]
            await send(message)

        started = perf_counter()
        try:
            await self.app(scope, receive, send_with_id)
        except ClientDisconnect:
            status = status or CLIENT_CLOSED_REQUEST
        except Exception:
            error_logger.exception("unhandled exception", extra={"request_id": request_id})
            if status is not None:
                raise
            response = problem_response(500, "internal-error", INTERNAL_ERROR_DETAIL, scope)
            await response(scope, receive, send_with_id)
        finally:
            self._finish(scope, request_id, status or 500, perf_counter() - started)

    def _finish(self, scope: Scope, request_id: str, status: int, seconds: float) -> None:
        route = route_label(scope, self.paths)
        method = scope["method"]
        self.metrics.observe_request(route, method, status, seconds)
        access_logger.info(
            "request",
            extra={
                "request_id": request_id,
                "method": method,
                "route": route,
                "status": status,
                "duration_ms": round(seconds * MS_PER_S, 3),
            },
        )


#: The one transfer coding the server undoes (the HTTP server itself does).
CHUNKED = b"chunked"


class BodyTooLargeError(Exception):
    """Raised from ``receive`` when a streamed body passes the limit."""


class BodyLimitMiddleware:
    """413 for bodies over ``max_body_bytes``, checked up front and while streaming."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        coding = header_value(scope, b"transfer-encoding")
        if coding is not None and [c.strip() for c in coding.lower().split(b",")] != [CHUNKED]:
            # RFC 9112 §6.1: a transfer coding the server does not know is a 501, never a body read as it is
            detail = "Only the chunked transfer coding is understood (Content-Encoding: gzip compresses a body)."
            await problem_response(501, "not-implemented", detail, scope, {"Connection": "close"})(scope, receive, send)
            return
        declared = header_value(scope, b"content-length")
        if declared is not None:
            await self._declared(scope, receive, send, declared)
        else:
            await self._streamed(scope, receive, send)

    async def _declared(self, scope: Scope, receive: Receive, send: Send, declared: bytes) -> None:
        # The server delivers no more than Content-Length bytes, so checking it is enough.
        if not declared.isdigit():
            await problem_response(400, "bad-request", "Invalid Content-Length.", scope)(scope, receive, send)
        elif int(declared) > self.max_body_bytes:
            await self._reject(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _streamed(self, scope: Scope, receive: Receive, send: Send) -> None:
        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLargeError
            return message

        async def watching_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLargeError:
            if response_started:
                raise
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"The request body is over the limit of {self.max_body_bytes:,} bytes."
        headers = {"Connection": "close"}
        await problem_response(413, "payload-too-large", detail, scope, headers=headers)(scope, receive, send)


ACCEPT_ENCODING = b"accept-encoding"
#: Names of the gzip coding in ``Accept-Encoding`` (RFC 9110 §8.4.1.3: x-gzip is the same).
GZIP_CODINGS = frozenset({"gzip", "x-gzip"})


def accepts_gzip(header: str) -> bool:
    """Whether an ``Accept-Encoding`` value names gzip with a weight above 0 (RFC 9110 §12.5.3:
    ``gzip;q=0`` refuses it). An unreadable weight counts as 0."""
    for item in header.split(","):
        coding, *params = item.split(";")
        if coding.strip().lower() not in GZIP_CODINGS:
            continue
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value.strip())
                except ValueError:
                    weight = 0.0
        if weight > 0:
            return True
    return False


class GZipAcceptedMiddleware(GZipMiddleware):
    """Starlette's gzip, only for a client whose ``Accept-Encoding`` accepts it: Starlette's looks for the
    word "gzip" alone, and compressed answers to ``gzip;q=0``."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            lines = [bytes(value) for key, value in scope["headers"] if key == ACCEPT_ENCODING]
            accepted = b",".join(lines).decode("latin-1")
            if not accepts_gzip(accepted):
                await self.app(scope, receive, send)
                return
            # one line, lower-cased: Starlette looks for "gzip" in the first line, as written
            headers = [(key, value) for key, value in scope["headers"] if key != ACCEPT_ENCODING]
            scope = {**scope, "headers": [*headers, (ACCEPT_ENCODING, accepted.lower().encode("latin-1"))]}
        await super().__call__(scope, receive, send)
