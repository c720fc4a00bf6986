"""WARC input, read with FastWARC: every HTML response record is one document.

Records are numbered from 1 over the whole file (requests, metadata and non-HTML
responses count but are skipped). The target URI becomes ``url``, the record ID ``id``,
and a known HTTP charset is handed to the classifier. FastWARC is an optional
dependency (the ``batch`` extra), imported only when a WARC file is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Final

from ..core.errors import InputError
from ..core.parse import normalize_encoding
from .documents import Document, InputFile, InputKind, SourceRef
from .errors import BatchError, UnreadableInputError
from .jsonl import READ_ERRORS, failed

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

#: HTTP content types read as HTML (FastWARC lower-cases them and drops parameters).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TARGET_URI = "WARC-Target-URI"
#: HTTP headers whose presence means the stored payload is longer or shorter than the page.
ENCODING_HEADERS = ("Content-Encoding", "Transfer-Encoding")
IDENTITY = "identity"
#: Undo Content-Encoding (gzip, deflate, br) and chunked Transfer-Encoding of payloads.
AUTO_DECODE: Final = "all"
MISSING_EXTRA = "reading WARC files needs FastWARC: install the batch extra (pip install 'winnow[batch]')"

RawRecord = Any  # a fastwarc WarcRecord, or the InputError that ended the file


def archive_iterator(path: str) -> Any:
    """FastWARC's iterator over every record of ``path`` (gzip, zstd or lz4 detected)."""
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError:
        raise BatchError(MISSING_EXTRA) from None
    return ArchiveIterator(path, parse_http=True, auto_decode=AUTO_DECODE, fsspec_args=False)


def is_html_response(record: WarcRecord) -> bool:
    from fastwarc.warc import WarcRecordType

    return record.record_type == WarcRecordType.response and record.is_http and record.http_content_type in HTML_TYPES


def is_encoded(record: WarcRecord) -> bool:
    """True when the payload was stored compressed or chunked (its length is not the page's)."""
    headers = record.http_headers
    return any((headers.get(name) or IDENTITY).strip().lower() != IDENTITY for name in ENCODING_HEADERS)


def units(file: InputFile) -> Iterator[tuple[SourceRef, RawRecord]]:
    """Each HTML response record (unread) with its number; a final error if the file breaks off."""
    number = 0
    try:
        for number, record in enumerate(archive_iterator(file.path), 1):
            if is_html_response(record):
                yield SourceRef(file.label, number, InputKind.WARC, record.stream_pos), record
    except READ_ERRORS as exc:
        detail = f"{file.label} cannot be read after record {number}: {exc}"
        yield SourceRef(file.label, number + 1, InputKind.WARC), UnreadableInputError(detail)


def document(source: SourceRef, raw: RawRecord) -> Document:
    """The document of one record: its payload bytes, URI, record ID and usable HTTP charset."""
    if isinstance(raw, InputError):
        return failed(source, raw)
    url, record_id = raw.headers.get(TARGET_URI), raw.record_id
    try:
        body = raw.reader.read()
    except READ_ERRORS as exc:
        return Document(source, id=record_id, url=url, error=(UnreadableInputError.code, f"unreadable payload: {exc}"))
    if len(body) < raw.content_length and not is_encoded(raw):
        detail = f"record cut short: {len(body):,} of {raw.content_length:,} payload bytes (truncated file?)"
        return Document(source, id=record_id, url=url, error=(UnreadableInputError.code, detail))
    charset = raw.http_charset
    # As browsers do, an unknown charset label is ignored rather than fatal.
    usable = charset if charset and normalize_encoding(charset) else None
    return Document(source, id=record_id, url=url, html=body, charset=usable)
