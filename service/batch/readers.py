"""Documents of input files, in file order, optionally restricted to a range.

A partition of a file is a range of document ordinals (0-based positions among the
file's documents). Documents outside it are skipped without being decoded, so a worker
can start a partition by scanning past the documents before it.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from typing import Any

from . import jsonl, warc
from .documents import Document, InputFile, InputKind, SourceRef

Units = Callable[[InputFile], Iterator[tuple[SourceRef, Any]]]
Loader = Callable[[SourceRef, Any], Document]

FORMATS: dict[InputKind, tuple[Units, Loader]] = {
    InputKind.JSONL: (jsonl.units, jsonl.document),
    InputKind.WARC: (warc.units, warc.document),
}


def file_documents(
    file: InputFile, wanted: range | None = None, skip: Container[str] = frozenset()
) -> Iterator[Document]:
    """The documents of ``file`` whose ordinal is in ``wanted`` (default: all) and key not in ``skip``."""
    units, load = FORMATS[file.kind]
    for ordinal, (source, raw) in enumerate(units(file)):
        if wanted is not None and ordinal < wanted.start:
            continue
        if wanted is not None and ordinal >= wanted.stop:
            return
        if source.key not in skip:
            yield load(source, raw)


def count_documents(file: InputFile) -> int:
    """How many documents ``file`` holds (skimmed: nothing is decoded)."""
    units, _ = FORMATS[file.kind]
    return sum(1 for _ in units(file))


def read_documents(files: Iterable[InputFile], skip: Container[str] = frozenset()) -> Iterator[Document]:
    """Every document of every file, in order, but those whose key is in ``skip``."""
    for file in files:
        yield from file_documents(file, skip=skip)
