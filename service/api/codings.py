"""Compressed request bodies: ``Content-Encoding: gzip`` or ``deflate`` (RFC 9110 §8.4).

A scraper that sends pages over a network can compress them (HTML shrinks about five times).
The body limit holds twice: the compressed body is limited as it arrives
(:class:`~.middleware.BodyLimitMiddleware`), and the decoded body is limited while it is
decoded, so a small body that inflates past the limit (a "zip bomb") stops at the limit plus
one byte and is a 413, never a full inflation. Codings are undone in the reverse of the order
listed; ``identity`` is no coding. Anything else is a 415 naming the codings accepted.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from .errors import ProblemError

#: zlib window bits that read each accepted coding: gzip (and its old name), and deflate, which
#: HTTP defines as the zlib format; raw deflate, which some clients send instead, is read too.
GZIP_WBITS = 16 + zlib.MAX_WBITS
ZLIB_WBITS = zlib.MAX_WBITS
RAW_DEFLATE_WBITS = -zlib.MAX_WBITS
CODINGS = {"gzip": GZIP_WBITS, "x-gzip": GZIP_WBITS, "deflate": ZLIB_WBITS}
IDENTITY = "identity"
#: A zlib header (RFC 1950), two bytes: the first one's low bits name the method (8, deflate), and its two
#: bytes read as a number are a multiple of 31.
ZLIB_HEADER_BYTES = 2
ZLIB_METHOD_MASK = 0x0F
ZLIB_DEFLATE_METHOD = 8
ZLIB_HEADER_CHECK = 31
#: What a 415 for an unknown coding advertises (RFC 9110 §12.5.3: the codings a request may use).
ACCEPT_ENCODING = "gzip, deflate"


def request_codings(header: str | None) -> list[str]:
    """The codings a ``Content-Encoding`` value lists, in order, without ``identity``; a 415 problem
    for one that is not accepted (checked before the body is read)."""
    codings = [c.strip().lower() for c in (header or "").split(",")]
    codings = [c for c in codings if c and c != IDENTITY]
    unknown = [c for c in codings if c not in CODINGS]
    if unknown:
        detail = f"Content-Encoding {', '.join(unknown)} is not accepted; send {ACCEPT_ENCODING} or none."
        raise ProblemError(415, "unsupported-content-encoding", detail, {"Accept-Encoding": ACCEPT_ENCODING})
    return codings


def decoded(body: bytes, codings: Sequence[str], max_bytes: int) -> bytes:
    """``body`` with ``codings`` undone, last one first; a 413 problem once it passes ``max_bytes``,
    a 400 problem when the bytes are not what their coding says."""
    for coding in reversed(codings):
        try:
            body = _inflate(body, CODINGS[coding], max_bytes)
        except zlib.error as exc:
            raise ProblemError(400, "undecodable-input", f"The body is not valid {coding} data ({exc}).") from None
    return body


def _inflate(data: bytes, wbits: int, max_bytes: int) -> bytes:
    """One coding undone, at most ``max_bytes`` of output (gzip: every member of the stream)."""
    if wbits == ZLIB_WBITS and data and not _zlib_header(data):
        wbits = RAW_DEFLATE_WBITS
    out: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(wbits)
        # one byte more than is left: getting it means the limit was passed, without inflating further
        chunk = inflater.decompress(data, max_bytes - size + 1)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        out.append(chunk)
        if not inflater.eof:
            raise zlib.error("the stream ends early")
        data = inflater.unused_data
        if wbits == GZIP_WBITS and not data.strip(b"\0"):
            break  # zero padding after the last member, which gzip(1) ignores too
        if data and wbits != GZIP_WBITS:
            raise zlib.error("bytes after the end of the stream")
    return b"".join(out)


def _zlib_header(data: bytes) -> bool:
    """Whether ``data`` opens with a zlib header (RFC 1950: deflate method, check bits right)."""
    if len(data) < ZLIB_HEADER_BYTES:
        return False
    return data[0] & ZLIB_METHOD_MASK == ZLIB_DEFLATE_METHOD and (data[0] << 8 | data[1]) % ZLIB_HEADER_CHECK == 0


def _too_large(max_bytes: int) -> ProblemError:
    detail = f"The decoded request body is over the limit of {max_bytes:,} bytes."
    return ProblemError(413, "payload-too-large", detail)
