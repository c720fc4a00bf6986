"""JSON-lines input: one object per line with ``html``, ``text`` or ``paragraphs``, plus ``id``, ``url``
and ``threshold``; other fields are ignored, so that a scraper's dump is read as it is.

Blank lines are not documents. Every other line is one: a line that is not a JSON object,
or has no usable field, becomes a document carrying its error.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..core.classify import checked_threshold
from ..core.errors import EmptyInputError, InputError
from .documents import GZIP_SUFFIX, Document, InputFile, SourceRef
from .errors import MalformedRecordError, RecordError, UnreadableInputError

#: Record fields holding the page, in the order they are reported.
INPUT_FIELDS = ("html", "text", "paragraphs")
#: Errors a damaged file raises while being read (truncated gzip, bad CRC, I/O).
READ_ERRORS = (OSError, EOFError, zlib.error)

RawLine = bytes | InputError


def open_binary(file: InputFile) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in ``.gz``."""
    if file.label.lower().endswith(GZIP_SUFFIX):
        return gzip.open(file.path, "rb")  # type: ignore[return-value]
    return open(file.path, "rb")


def units(file: InputFile) -> Iterator[tuple[SourceRef, RawLine]]:
    """Each non-blank line with its number from 1; a final error if the file breaks off."""
    number = 0
    with open_binary(file) as handle:
        try:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield SourceRef(file.label, number), line
        except READ_ERRORS as exc:
            detail = f"{file.label} cannot be read after line {number}: {exc}"
            yield SourceRef(file.label, number + 1), UnreadableInputError(detail)


def document(source: SourceRef, raw: RawLine) -> Document:
    """The document of one line; errors are carried, never raised."""
    if isinstance(raw, InputError):
        return failed(source, raw)
    try:
        record = parse_object(raw)
    except MalformedRecordError as exc:
        return failed(source, exc)
    url = record.get("url")
    carried: dict[str, Any] = {"id": record.get("id"), "url": url if isinstance(url, str) else None}
    try:
        if url is not None and not isinstance(url, str):
            raise RecordError(f"url must be a string, not {type(url).__name__}")
        return Document(source, **carried, threshold=record_threshold(record), **input_fields(record))
    except InputError as exc:  # a RecordError, or more than one page field
        return Document(source, **carried, error=(exc.code, str(exc)))


def failed(source: SourceRef, exc: InputError) -> Document:
    return Document(source, error=(exc.code, str(exc)))


def parse_object(raw: bytes) -> dict[str, Any]:
    """The JSON object on a line (UTF-8, UTF-16 or UTF-32, as ``json.loads`` detects)."""
    try:
        record = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise MalformedRecordError(f"not valid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise MalformedRecordError(f"a line must hold a JSON object, not {type(record).__name__}")
    return record


def record_threshold(record: dict[str, Any]) -> float | None:
    """The record's own content score cut-off (it overrides ``--threshold``), checked as the API checks it."""
    given = record.get("threshold")
    if given is None:
        return None
    try:
        return checked_threshold(given)
    except InputError as exc:
        raise RecordError(str(exc)) from None


def input_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The one page field of a record, type-checked.

    More than one is the core's ``invalid-input``, as the API's 422, checked here because the
    worker reads a field as what it holds (HTML without a tag as text, a whole page sent as
    text as HTML), which would turn two fields into one and drop the other.
    """
    fields = {name: record[name] for name in INPUT_FIELDS if record.get(name) is not None}
    if not fields:
        raise RecordError(f"a record needs one of {', '.join(INPUT_FIELDS)}")
    for name in ("html", "text"):
        if name in fields and not isinstance(fields[name], str):
            raise RecordError(f"{name} must be a string, not {type(fields[name]).__name__}")
    paragraphs = fields.get("paragraphs")
    if paragraphs is not None and not (isinstance(paragraphs, list) and all(isinstance(p, str) for p in paragraphs)):
        raise RecordError("paragraphs must be a list of strings")
    if len(fields) > 1:
        raise EmptyInputError(f"give exactly one of html, text or paragraphs (got {', '.join(fields)})")
    return fields
