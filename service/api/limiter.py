"""A cap on classify requests in flight: over it, refuse at once instead of queueing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
        try:
            yield
        finally:
            self.release()
