"""HTTP bodies as crawlers store them → the page's bytes, one record at a time (service/batch/payload.py)."""

from __future__ import annotations

import gzip
import zlib

import pytest

from service.batch.payload import PayloadError, dechunked, page_bytes

PAGE = b"<html><body><p>A paragraph of the story, long enough to be read as one.</p></body></html>"


def chunked(data: bytes, size: int = 16) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def brotli_compress(data: bytes) -> bytes:
    brotli = pytest.importorskip("brotli")
    return brotli.compress(data)


@pytest.mark.parametrize(
    ("body", "transfer", "coding"),
    [
        (PAGE, None, None),
        (gzip.compress(PAGE), None, "gzip"),
        (gzip.compress(PAGE), None, "x-gzip"),
        (gzip.compress(PAGE), None, "GZIP"),
        (zlib.compress(PAGE), None, "deflate"),
        (raw_deflate(PAGE), None, "deflate"),
        (chunked(PAGE), "chunked", None),
        (chunked(gzip.compress(PAGE)), "chunked", "gzip"),
        (gzip.compress(zlib.compress(PAGE)), None, "deflate, gzip"),
        (PAGE, None, "identity"),
        (PAGE, None, "utf-8"),
        (PAGE, None, "none"),
        (PAGE, None, "binary"),
        (PAGE, None, "gzip"),  # a false label: the body was stored as it was sent
        (PAGE, None, "zstd"),  # a coding nothing here reads, on a body that is not encoded
        (PAGE, "chunked", None),  # a false chunked header
    ],
)
def test_each_body_comes_back_as_the_page(body: bytes, transfer: str | None, coding: str | None) -> None:
    assert page_bytes(body, transfer, coding) == PAGE


def test_br_is_undone() -> None:
    assert page_bytes(brotli_compress(PAGE), None, "br") == PAGE


def test_gzip_members_are_read_whole_and_trailing_padding_ignored() -> None:
    body = gzip.compress(PAGE[:40]) + gzip.compress(PAGE[40:]) + b"\0" * 8
    assert page_bytes(body, None, "gzip") == PAGE


@pytest.mark.parametrize("body", [b"Warning: a line before the page\n" + PAGE, b"\xef\xbb\xbf \r\n" + PAGE])
@pytest.mark.parametrize("coding", ["gzip", "zstd"])
def test_a_falsely_labelled_body_that_reads_as_markup_is_kept_as_it_is(body: bytes, coding: str) -> None:
    assert page_bytes(body, None, coding) == body


@pytest.mark.parametrize(
    ("body", "coding", "message"),
    [
        (gzip.compress(PAGE * 50)[:-40], "gzip", "cut short"),
        (bytes(range(256)), "gzip", "not gzip"),
        (bytes(range(256)), "zstd", "not supported"),
        (b"not gzip at all, plain", "gzip", "not gzip"),  # text, but no markup: not the page (QA, 2026-12-06)
        (b"not zstd at all, plain", "zstd", "not supported"),
    ],
)
def test_a_body_that_cannot_be_the_page_is_an_error(body: bytes, coding: str, message: str) -> None:
    with pytest.raises(PayloadError, match=message):
        page_bytes(body, None, coding)


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_a_body_that_inflates_past_the_limit_is_an_error(coding: str) -> None:
    huge = b"<p>" + b"a" * 2_000_000 + b"</p>"
    body = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli_compress}[coding](huge)
    with pytest.raises(PayloadError, match="inflates past"):
        page_bytes(body, None, coding, max_bytes=100_000)
    assert page_bytes(body, None, coding, max_bytes=len(huge)) == huge


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_any_limit_is_safe(coding: str) -> None:
    """`winnow batch --max-bytes 9223372036854775807` means no limit, not an overflow in the decompressor."""
    body = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli_compress}[coding](PAGE)
    assert page_bytes(body, None, coding, max_bytes=2**63 - 1) == PAGE
    assert page_bytes(body, None, coding, max_bytes=2**70) == PAGE


def test_a_chunked_body_with_extensions_and_a_missing_end() -> None:
    assert dechunked(b"5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n") == b"hello world"
    assert dechunked(b"5\r\nhello\r\n") == b"hello"  # the last chunk line lost: what came is kept
    assert dechunked(b"not chunked at all") == b"not chunked at all"
