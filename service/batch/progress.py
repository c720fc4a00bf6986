"""A tiny progress line on stderr, drawn only on a terminal."""

from __future__ import annotations

import time
from typing import TextIO

#: Shortest interval between two redraws, in seconds.
REDRAW_SECONDS = 0.2
BAR_WIDTH = 24


class Progress:
    """Documents done (of ``total`` when known), errors and throughput, redrawn in place."""

    def __init__(self, stream: TextIO, *, total: int | None = None, enabled: bool | None = None) -> None:
        self.stream = stream
        self.total = total
        self.enabled = stream.isatty() if enabled is None else enabled
        self.done = 0
        self.errors = 0
        self._started = time.monotonic()
        self._drawn_at = 0.0

    def advance(self, documents: int = 1, errors: int = 0) -> None:
        self.done += documents
        self.errors += errors
        if self.enabled and time.monotonic() - self._drawn_at >= REDRAW_SECONDS:
            self._draw()

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def render(self) -> str:
        rate = self.done / max(time.monotonic() - self._started, 1e-9)
        counts = f"{self.done:,} docs · {self.errors:,} errors · {rate:,.1f} docs/s"
        if not self.total:
            return counts
        share = min(self.done / self.total, 1.0)
        filled = round(share * BAR_WIDTH)
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} of {self.total:,} · {counts}"

    def _draw(self) -> None:
        self._drawn_at = time.monotonic()
        self.stream.write("\r\x1b[2K" + self.render())
        self.stream.flush()
