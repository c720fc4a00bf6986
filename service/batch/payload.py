"""An HTTP response body as a crawler stored it → the page's bytes, one record at a time.

FastWARC can undo chunking and content codings itself, but one odd record (an unknown
``Content-Encoding`` such as ``utf-8`` or ``none``, chunking around gzip, a body that is not
what its header says) then ends the whole file. Here each record's body is decoded on its
own, so an odd one costs that record at most:

- ``Transfer-Encoding: chunked`` is undone; a body that is not chunked after all stays as it is.
- ``Content-Encoding`` codings are undone last first: gzip (and ``x-gzip``), deflate (zlib or
  raw, as browsers accept), br. Labels that are no coding (``identity``, ``none``, ``utf-8``,
  ``binary``) are ignored.
- A body its header calls compressed that does not decompress from its first byte, or that
  names a coding nothing here reads (``zstd``, ``compress``), is kept as it is when it reads as
  markup (a false label: it opens as text and holds a tag), and is an error otherwise.
- A compressed body that ends before its stream does is an error (a cut-short record), and
  so is one that inflates past ``max_bytes``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.inflate import ZLIB_MAX_LENGTH, InflateError, NotThisCodingError, TooLargeError, inflate
from ..core.sniff import has_markup

CHUNKED = "chunked"
#: Content-Encoding values that name no transformation of the body.
NO_CODING = frozenset({"", "identity", "none", "utf-8", "utf8", "binary", "7bit", "8bit", "text", "plain"})
#: How much of a body is looked at to tell markup from compressed bytes.
SNIFF_BYTES = 512
#: Most hex digits a chunk-size line can have (a 64-bit size): more, and the body is not chunked.
CHUNK_SIZE_DIGITS = 16
#: Largest page a body may inflate to: far above any real page (the corpora's largest is 1.8 MB),
#: and far below what would exhaust a worker on a small body that inflates without end.
MAX_PAGE_BYTES = 64 << 20


class PayloadError(ValueError):
    """A body that cannot be turned into the page: its message says why."""


def tokens(header: str | None) -> list[str]:
    """The lower-case, comma-separated tokens of a header value (its parameters dropped)."""
    return [t.split(";")[0].strip().lower() for t in (header or "").split(",") if t.strip()]


def page_bytes(
    body: bytes, transfer_encoding: str | None, content_encoding: str | None, max_bytes: int = MAX_PAGE_BYTES
) -> bytes:
    """``body`` with its chunking and content codings undone (see the module's docstring)."""
    if CHUNKED in tokens(transfer_encoding):
        body = dechunked(body)
    for coding in reversed([c for c in tokens(content_encoding) if c not in NO_CODING]):
        body = _undone(body, coding, max_bytes)
    return body


def dechunked(body: bytes) -> bytes:
    """A chunked body's data; the body as it is when it does not read as chunks (a false header)."""
    out: list[bytes] = []
    at = 0
    while True:
        line_end = body.find(b"\r\n", at)
        if line_end < 0:
            return body if not out else b"".join(out)  # the last chunk line is missing: keep what came
        size_text = body[at:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16) if 0 < len(size_text) <= CHUNK_SIZE_DIGITS else -1
        except ValueError:
            size = -1
        if size < 0:
            return body if not out else b"".join(out)
        if size == 0:
            return b"".join(out)
        start = line_end + 2
        out.append(body[start : start + size])
        at = start + size + 2


def looks_like_markup(body: bytes) -> bool:
    """Whether ``body`` reads as markup: it opens as text, not compressed bytes, and holds a tag
    (:func:`~service.core.sniff.has_markup`); plain text under a coding's label is not kept."""
    head = body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    opens_as_text = head[:1] == b"<" or (bool(head) and _mostly_text(head))
    return opens_as_text and has_markup(body)


def _mostly_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return False
        text = head[: exc.start].decode("utf-8")
    return all(c.isprintable() or c.isspace() for c in text)


def _undone(body: bytes, coding: str, max_bytes: int) -> bytes:
    decode = _DECODERS.get(coding)
    if decode is None:
        if looks_like_markup(body):
            return body  # labelled with a coding nothing here reads, but not encoded after all
        raise PayloadError(f"Content-Encoding {coding} is not supported")
    try:
        return decode(body, max_bytes)
    except NotThisCodingError:
        if looks_like_markup(body):
            return body  # a false label: the body was stored as it was sent
        raise PayloadError(f"the body is not {coding} data") from None
    except TooLargeError:
        raise PayloadError(f"the body inflates past {max_bytes:,} bytes") from None
    except InflateError as exc:
        raise PayloadError(f"the {coding} body is bad: {exc}") from None


def _gunzip(body: bytes, max_bytes: int) -> bytes:
    return inflate(body, "gzip", max_bytes, trailing_ok=True)  # a proxy's junk after the stream is not the page


def _inflate_deflate(body: bytes, max_bytes: int) -> bytes:
    return inflate(body, "deflate", max_bytes, trailing_ok=True)


def _unbrotli(body: bytes, max_bytes: int) -> bytes:
    import brotli  # FastWARC's own dependency: present wherever WARC files are read

    decompressor = brotli.Decompressor()
    max_bytes = min(max_bytes, ZLIB_MAX_LENGTH - 1)  # brotli's bound is a C ssize_t too
    try:
        out = [decompressor.process(body, output_buffer_limit=max_bytes + 1)]
    except brotli.error as exc:
        raise NotThisCodingError(str(exc)) from None
    size = len(out[0])
    try:  # the output stops near the limit; what is left comes out a buffer at a time
        while size <= max_bytes and not decompressor.is_finished() and not decompressor.can_accept_more_data():
            out.append(decompressor.process(b"", output_buffer_limit=max_bytes + 1 - size))
            size += len(out[-1])
    except brotli.error as exc:
        raise InflateError(f"bad compressed data after {size:,} bytes ({exc})") from None
    if size > max_bytes:
        raise TooLargeError(f"inflates past {max_bytes:,} bytes")
    if not decompressor.is_finished():
        raise InflateError(f"the stream is cut short ({size:,} bytes inflated)")
    return b"".join(out)


_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": _gunzip,
    "x-gzip": _gunzip,
    "deflate": _inflate_deflate,
    "br": _unbrotli,
}
