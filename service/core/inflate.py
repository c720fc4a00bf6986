"""gzip and deflate data → its bytes, never more than a limit: the one inflater of request
bodies (:mod:`service.api.codings`) and crawled payloads (:mod:`service.batch.payload`).

gzip is read member after member (zero padding after the last is ignored, as gzip(1) does);
deflate as HTTP means it (the zlib format) or raw, as browsers also accept. The output stops
one byte past ``max_bytes``, so data that would inflate without end costs no more than data
at the limit. Any ``max_bytes`` is safe: zlib's output bound is capped at ``sys.maxsize``,
more than any process can hold.
"""

from __future__ import annotations

import sys
import zlib
from typing import Literal

#: zlib window bits: gzip, the zlib format (HTTP's "deflate"), raw deflate.
GZIP_WBITS = 16 + zlib.MAX_WBITS
ZLIB_WBITS = zlib.MAX_WBITS
RAW_DEFLATE_WBITS = -zlib.MAX_WBITS
GZIP_MAGIC = b"\x1f\x8b"
#: The largest output bound zlib takes (a C ``Py_ssize_t``); a larger one is an OverflowError.
ZLIB_MAX_LENGTH = sys.maxsize

Coding = Literal["gzip", "deflate"]


class InflateError(ValueError):
    """Data that is not, or not all, what its coding says (the message says how)."""


class NotThisCodingError(InflateError):
    """The data does not even start as its coding: likely not encoded at all."""


class TooLargeError(InflateError):
    """The data inflates past the limit (inflating stopped one byte past it)."""


def inflate(data: bytes, coding: Coding, max_bytes: int, *, trailing_ok: bool = False) -> bytes:
    """``data`` with ``coding`` undone, at most ``max_bytes`` of output.

    After the stream, zero padding is ignored and another gzip member is read; other bytes are
    an error, or ignored with ``trailing_ok`` (a proxy's junk after a stored body).
    """
    if coding == "gzip":
        if not data.startswith(GZIP_MAGIC):
            raise NotThisCodingError("no gzip header")
        return _members(data, GZIP_WBITS, max_bytes, trailing_ok)
    try:
        return _members(data, ZLIB_WBITS, max_bytes, trailing_ok)
    except NotThisCodingError:
        return _members(data, RAW_DEFLATE_WBITS, max_bytes, trailing_ok)


def _members(data: bytes, wbits: int, max_bytes: int, trailing_ok: bool) -> bytes:
    out: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(wbits)
        try:
            # one byte more than is left: getting it means the limit was passed, without inflating further
            chunk = inflater.decompress(data, min(max_bytes - size + 1, ZLIB_MAX_LENGTH))
        except zlib.error as exc:
            if not out:
                raise NotThisCodingError(str(exc)) from None
            raise InflateError(f"bad compressed data after {size:,} bytes ({exc})") from None
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError(f"inflates past {max_bytes:,} bytes")
        out.append(chunk)
        if not inflater.eof:
            raise InflateError(f"the stream is cut short ({size:,} bytes inflated)")
        data = inflater.unused_data
        if wbits == GZIP_WBITS and data.startswith(GZIP_MAGIC):
            continue  # the next member
        if data.strip(b"\0") and not trailing_ok:
            raise InflateError("bytes after the end of the stream")
        break
    return b"".join(out)
