"""Counts of a batch run: what the CLI prints at the end and ``--summary`` writes as JSON."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .worker import Outcome

SECONDS_DIGITS = 3
RATE_DIGITS = 2


@dataclass
class Summary:
    """Documents classified in this run (``skipped``: already in the output, by ``--resume``)."""

    documents: int = 0
    errors: int = 0
    paragraphs: int = 0
    skipped: int = 0
    error_types: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    output: str = ""
    parts: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.paragraphs += outcome.paragraphs
        if outcome.error is not None:
            self.errors += 1
            self.error_types[outcome.error] += 1

    def merge(self, other: Summary) -> None:
        """Add the counts of a partition."""
        self.documents += other.documents
        self.errors += other.errors
        self.paragraphs += other.paragraphs
        self.error_types.update(other.error_types)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "documents": self.documents,
            "errors": self.errors,
            "error_types": dict(sorted(self.error_types.items())),
            "paragraphs": self.paragraphs,
            "skipped": self.skipped,
            "seconds": round(self.seconds, SECONDS_DIGITS),
            "docs_per_second": round(self.docs_per_second, RATE_DIGITS),
            "output": self.output,
        }
        if self.parts:
            body["parts"] = self.parts
        return body

    def line(self) -> str:
        """One human-readable line."""
        errors = ", ".join(f"{n:,} {kind}" for kind, n in sorted(self.error_types.items()))
        skipped = f", {self.skipped:,} already done" if self.skipped else ""
        return (
            f"winnow batch: {self.documents:,} documents ({self.errors:,} errors{': ' + errors if errors else ''}"
            f"{skipped}), {self.paragraphs:,} paragraphs in {self.seconds:,.1f} s"
            f" = {self.docs_per_second:,.1f} docs/s -> {self.output}"
        )
