"""The one inflater of request bodies and crawled payloads (service/core/inflate.py)."""

from __future__ import annotations

import gzip
import sys
import zlib

import pytest

from service.core.inflate import InflateError, NotThisCodingError, TooLargeError, inflate

DATA = b"<p>The council voted on Tuesday to close the bridge.</p>" * 20


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def test_gzip_members_and_both_deflates_are_read() -> None:
    assert inflate(gzip.compress(DATA[:100]) + gzip.compress(DATA[100:]) + b"\0" * 4, "gzip", len(DATA)) == DATA
    assert inflate(zlib.compress(DATA), "deflate", len(DATA)) == DATA
    assert inflate(raw_deflate(DATA), "deflate", len(DATA)) == DATA


def test_output_stops_one_byte_past_the_limit() -> None:
    with pytest.raises(TooLargeError):
        inflate(gzip.compress(b"\0" * 10_000_000), "gzip", 1000)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (DATA, NotThisCodingError),
        (gzip.compress(DATA)[:-10], InflateError),
        (gzip.compress(DATA) + b"junk", InflateError),
    ],
)
def test_data_that_is_not_all_its_coding_is_an_error(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        inflate(data, "gzip", len(DATA))


def test_trailing_bytes_may_be_ignored() -> None:
    assert inflate(gzip.compress(DATA) + b"junk", "gzip", len(DATA), trailing_ok=True) == DATA
    assert inflate(zlib.compress(DATA) + b"junk", "deflate", len(DATA), trailing_ok=True) == DATA


@pytest.mark.parametrize("max_bytes", [sys.maxsize, 2**63, 2**80])
def test_any_limit_is_safe(max_bytes: int) -> None:
    """A limit past what zlib takes (a C ssize_t) is no OverflowError: the output bound is capped."""
    assert inflate(gzip.compress(DATA), "gzip", max_bytes) == DATA
    assert inflate(raw_deflate(DATA), "deflate", max_bytes) == DATA
