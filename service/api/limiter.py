"""A cap on classify requests in flight: over it, refuse at once instead of queueing."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from starlette.requests import Request

from .errors import overloaded

#: Longest a refused request's body is read and dropped before the 503 (a stalled upload is cut).
DRAIN_TIMEOUT_S = 5.0
#: A client that asks before sending its body is refused before it sends any.
EXPECT_CONTINUE = "100-continue"


class ConcurrencyLimiter:
    """Admit at most ``capacity`` requests at a time; ``admit()`` raises a 503 problem when full."""

    def __init__(self, capacity: int, drain_timeout_s: float = DRAIN_TIMEOUT_S) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.drain_timeout_s = drain_timeout_s
        self.in_flight = 0
        self._lock = threading.Lock()

    def try_acquire(self) -> bool:
        with self._lock:
            if self.in_flight >= self.capacity:
                return False
            self.in_flight += 1
            return True

    def release(self) -> None:
        with self._lock:
            if self.in_flight <= 0:
                raise RuntimeError("release without acquire")
            self.in_flight -= 1

    @asynccontextmanager
    async def admit(self, request: Request) -> AsyncIterator[None]:
        """Hold one place while the request is served; a refused one has its body read and dropped, then a 503.

        A server that answers without reading the body closes the connection with the body
        unread, and the kernel resets it: a client still sending a large page gets a broken
        connection instead of the 503 and its Retry-After. Reading costs no memory (chunks are
        dropped as they come) and is bounded by the body limit.
        """
        if not self.try_acquire():
            if request.headers.get("expect", "").lower() != EXPECT_CONTINUE:  # else the client has sent nothing yet
                with anyio.move_on_after(self.drain_timeout_s):
                    async for _ in request.stream():
                        pass
            raise overloaded()
        try:
            yield
        finally:
            self.release()
