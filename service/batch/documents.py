"""What flows through a batch: input files, and the documents read from them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from .errors import BatchError

GZIP_SUFFIX = ".gz"
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")


class InputKind(StrEnum):
    """The two input formats."""

    JSONL = "jsonl"
    WARC = "warc"


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file: ``label`` (its path as given, normalised) names it in document keys."""

    label: str
    path: str
    kind: InputKind

    @classmethod
    def from_path(cls, given: str | Path) -> InputFile:
        """Classify ``given`` by its suffix; its absolute path is what workers open."""
        label = os.path.normpath(str(given))
        name = Path(label).name.lower()
        if name.endswith(JSONL_SUFFIXES):
            kind = InputKind.JSONL
        elif name.endswith(WARC_SUFFIXES):
            kind = InputKind.WARC
        else:
            raise BatchError(f"{given}: unknown input type (expected {', '.join(JSONL_SUFFIXES + WARC_SUFFIXES)})")
        return cls(label=label, path=str(Path(label).resolve()), kind=kind)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a document comes from: file, line (JSON lines) or record (WARC) number from 1."""

    file: str
    number: int
    kind: InputKind = InputKind.JSONL
    offset: int | None = None
    """Byte offset of a WARC record in its file."""

    @property
    def key(self) -> str:
        """The stable document key written in every output line and read back by ``--resume``."""
        return f"{self.file}:{self.number}"

    def as_dict(self) -> dict[str, Any]:
        unit = "line" if self.kind is InputKind.JSONL else "record"
        out: dict[str, Any] = {"file": self.file, unit: self.number}
        if self.offset is not None:
            out["offset"] = self.offset
        return out


@dataclass(frozen=True, slots=True)
class Document:
    """One input document; ``error`` is set (code, detail) when it could not be read."""

    source: SourceRef
    id: Any = None
    url: str | None = None
    html: str | bytes | None = None
    text: str | None = None
    paragraphs: list[str] | None = None
    charset: str | None = None
    xhtml: bool = False
    """A WARC response of type ``application/xhtml+xml``: its CDATA sections are text."""
    threshold: float | None = None
    """The document's own content score cut-off (a JSON line's ``threshold``); None: the run's."""
    error: tuple[str, str] | None = None

    @property
    def key(self) -> str:
        return self.source.key

    def header(self) -> dict[str, Any]:
        """The fields every output line of this document starts with."""
        out: dict[str, Any] = {"key": self.key, "source": self.source.as_dict()}
        if self.id is not None:
            out["id"] = self.id
        if self.charset is not None:
            out["charset"] = self.charset
        return out
