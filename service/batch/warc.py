"""WARC input, read with FastWARC: every HTML response record is one document.

Records are numbered from 1 over the whole file (requests, metadata and non-HTML
responses count but are skipped). The target URI becomes ``url``, the record ID ``id``,
and a known HTTP charset is handed to the classifier. FastWARC is an optional
dependency (the ``batch`` extra), imported only when a WARC file is read.

FastWARC reads the records and leaves their bodies as stored; each HTML body's chunking and
content codings are undone here, record by record (:mod:`.payload`), so that one odd record
costs that record alone. A file that ends inside a record FastWARC does not return whole (cut
in a gzip member, a record's WARC or HTTP header, or its payload) ends with an
``unreadable-input`` document (see :func:`units`).
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ..core.errors import InputError
from ..core.inflate import GZIP_MAGIC, GZIP_WBITS
from ..core.parse import normalize_encoding
from .documents import Document, InputFile, InputKind, SourceRef
from .errors import INSTALL_BATCH_EXTRA, BatchError, UnreadableInputError
from .jsonl import READ_ERRORS, failed
from .payload import PayloadError, page_bytes

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

#: HTTP content types read as HTML, in lower case (FastWARC drops the parameters, not the case).
XHTML_TYPE = "application/xhtml+xml"
HTML_TYPES = frozenset({"text/html", XHTML_TYPE})
TARGET_URI = "WARC-Target-URI"
CONTENT_ENCODING = "Content-Encoding"
TRANSFER_ENCODING = "Transfer-Encoding"
#: Bodies are read as stored: their codings are undone per record (:mod:`.payload`).
AUTO_DECODE: Final = "none"
#: The end of a WARC record's header block, and its Content-Length (uncompressed files).
HEADER_END = b"\r\n\r\n"
CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)
#: Most bytes of a record's header block read to find its length.
MAX_HEADER_BYTES = 1 << 16
#: Bytes read at a time when checking the last gzip member.
READ_BLOCK = 1 << 20
#: What may follow the last record of a file (its closing blank lines).
TRAILING = b"\r\n \t\x00"
MISSING_EXTRA = f"reading WARC files needs FastWARC: install the batch extra ({INSTALL_BATCH_EXTRA})"

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

    if record.record_type != WarcRecordType.response or not record.is_http:
        return False
    return media_type(record) in HTML_TYPES


def media_type(record: WarcRecord) -> str:
    """The type/subtype of a response's HTTP ``Content-Type``, in lower case."""
    return (record.http_content_type or "").split(";")[0].strip().lower()


@dataclass(frozen=True, slots=True)
class Cut:
    """How a file breaks off after the records FastWARC returned."""

    reason: str
    in_last: bool
    """The last record FastWARC returned is itself incomplete (else: a record after it is)."""
    gzip_member: bool = False
    """Found in a gzip member (a record cut there has its own line too, then this one)."""


def units(file: InputFile) -> Iterator[tuple[SourceRef, RawRecord]]:
    """Each HTML response record (unread) with its number; a final error if the file breaks off.

    The final error is keyed at the record that was cut when that record is not a document (FastWARC
    returns a record cut in its WARC or HTTP header as one without its HTML content type), else at
    the next number. An uncompressed file's HTML record cut in its block needs none: its own document
    says "record cut short".
    """
    number = 0
    last = None
    last_is_document = False
    try:
        for number, record in enumerate(archive_iterator(file.path), 1):
            last = record.stream_pos
            last_is_document = is_html_response(record)
            if last_is_document:
                yield SourceRef(file.label, number, InputKind.WARC, record.stream_pos), record
    except READ_ERRORS as exc:
        detail = f"{file.label} cannot be read after record {number}: {exc}"
        yield SourceRef(file.label, number + 1, InputKind.WARC), UnreadableInputError(detail)
        return
    cut = _unread_tail(file.path, last)
    if cut is None or (cut.in_last and last_is_document and not cut.gzip_member):
        return
    where = f"record {number}" if cut.in_last else f"a record after record {number}"
    detail = f"{file.label} ends inside {where} ({cut.reason}; truncated file?)"
    if cut.in_last and not last_is_document:
        yield SourceRef(file.label, number, InputKind.WARC, last), UnreadableInputError(detail)
    else:
        yield SourceRef(file.label, number + 1, InputKind.WARC), UnreadableInputError(detail)


def _unread_tail(path: str, last: int | None) -> Cut | None:
    """How the file is cut at or after the last record FastWARC returned, or None when what follows
    that record is only the file's closing blank lines. FastWARC stops without a word at a record it
    cannot read whole, or returns it without its HTTP header; a per-record gzip file and an
    uncompressed one can be checked here, others are not."""
    with open(path, "rb") as stream:
        if last is None:
            head = stream.read(MAX_HEADER_BYTES)
            return Cut("no complete record", in_last=False) if head.strip(TRAILING) else None
        stream.seek(last)
        head = stream.read(MAX_HEADER_BYTES)
        if head.startswith(GZIP_MAGIC):
            return _gzip_tail(stream, last)
        if not head.startswith(b"WARC/"):
            return None  # one compressed stream for the whole file, or zstd: not checked here
        block_end = head.find(HEADER_END)
        if block_end < 0:
            return Cut("its WARC header is cut short", in_last=True)
        length = CONTENT_LENGTH.search(head, 0, block_end)
        if length is None:
            return Cut("a record header without its length", in_last=True)
        end = last + block_end + len(HEADER_END) + int(length.group(1))
        if end > os.fstat(stream.fileno()).st_size:
            return Cut("its block is cut short", in_last=True)
        stream.seek(end)
        rest = stream.read(MAX_HEADER_BYTES)
        return Cut("an incomplete record", in_last=False) if rest.strip(TRAILING) else None


def _gzip_tail(stream: Any, start: int) -> Cut | None:
    """Read the gzip member at ``start`` to its end; anything but padding after it is a record cut off."""
    stream.seek(start)
    inflater = zlib.decompressobj(GZIP_WBITS)
    while not inflater.eof:
        block = stream.read(READ_BLOCK)
        if not block:
            return Cut("its gzip member is cut short", in_last=True, gzip_member=True)
        try:
            inflater.decompress(block, READ_BLOCK)
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, READ_BLOCK)
        except zlib.error as exc:
            return Cut(f"bad gzip data ({exc})", in_last=True, gzip_member=True)
    rest = inflater.unused_data + stream.read(MAX_HEADER_BYTES)
    return Cut("a gzip member cut short", in_last=False, gzip_member=True) if rest.strip(TRAILING) else None


def document(source: SourceRef, raw: RawRecord) -> Document:
    """The document of one record: its payload bytes, URI, record ID and usable HTTP charset."""
    if isinstance(raw, InputError):
        return failed(source, raw)
    url, record_id = raw.headers.get(TARGET_URI), raw.record_id
    try:
        body = raw.reader.read()
    except READ_ERRORS as exc:
        return Document(source, id=record_id, url=url, error=(UnreadableInputError.code, f"unreadable payload: {exc}"))
    if len(body) < raw.content_length:
        detail = f"record cut short: {len(body):,} of {raw.content_length:,} payload bytes (truncated file?)"
        return Document(source, id=record_id, url=url, error=(UnreadableInputError.code, detail))
    headers = raw.http_headers
    try:
        body = page_bytes(body, headers.get(TRANSFER_ENCODING), headers.get(CONTENT_ENCODING))
    except PayloadError as exc:
        return Document(source, id=record_id, url=url, error=(UnreadableInputError.code, f"unreadable payload: {exc}"))
    charset = (raw.http_charset or "").strip().strip("\"'")
    # As browsers do, an unknown charset label is ignored rather than fatal.
    usable = charset if charset and normalize_encoding(charset) else None
    xhtml = media_type(raw) == XHTML_TYPE
    return Document(source, id=record_id, url=url, html=body, charset=usable, xhtml=xhtml)
