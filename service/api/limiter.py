"""A cap on classify requests in flight: over it, refuse at once instead of queueing."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from starlette.requests import Request

from .errors import overloaded


class ConcurrencyLimiter:
    """Admit at most ``capacity`` holders at a time; ``slot()`` raises a 503 problem when full."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
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

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one place for the duration of the block, or raise ``overloaded()``."""
        if not self.try_acquire():
            raise overloaded()
        with self._held():
            yield

    @asynccontextmanager
    async def admit(self, request: Request) -> AsyncIterator[None]:
        """``slot()`` for a request: a refused one has its body read and dropped before the 503.

        A server that answers without reading the body closes the connection with the body
        unread, and the kernel resets it: a client still sending a large page gets a broken
        connection instead of the 503 and its Retry-After. Reading costs no memory (chunks are
        dropped as they come) and is bounded by the body limit.
        """
        if not self.try_acquire():
            async for _ in request.stream():
                pass
            raise overloaded()
        with self._held():
            yield

    @contextmanager
    def _held(self) -> Iterator[None]:
        """The place taken by ``try_acquire``, released however the block ends."""
        try:
            yield
        finally:
            self.release()
