"""413 for bodies over WINNOW_MAX_BODY_BYTES: by Content-Length up front, and while streaming."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.api.conftest import MakeClient
from tests.api.support import assert_problem

pytestmark = pytest.mark.anyio

URL = "/v1/classify"
LIMIT = 1024
CHUNK = 100
TEXT = {"Content-Type": "text/plain"}


def lines(size: int) -> bytes:
    """``size`` bytes of plain text, several short lines."""
    return (b"word " * size)[:size]


async def chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), CHUNK):
        yield data[start : start + CHUNK]


@pytest.fixture
async def small(make_client: MakeClient) -> httpx.AsyncClient:
    return await make_client(max_body_bytes=LIMIT)


async def test_content_length_over_the_limit_is_413(small: httpx.AsyncClient) -> None:
    response = await small.post(URL, content=lines(LIMIT + 1), headers=TEXT)
    problem = assert_problem(response, 413, "payload-too-large")
    assert f"{LIMIT:,}" in problem["detail"]
    assert response.headers["connection"] == "close"


async def test_content_length_is_checked_before_the_body_is_read(small: httpx.AsyncClient) -> None:
    reads = 0

    async def counted() -> AsyncIterator[bytes]:
        nonlocal reads
        for chunk in (b"x" * LIMIT, b"x"):
            reads += 1
            yield chunk

    headers = {**TEXT, "Content-Length": str(LIMIT + 1)}
    response = await small.post(URL, content=counted(), headers=headers)
    assert_problem(response, 413, "payload-too-large")
    assert reads == 0


async def test_streamed_body_over_the_limit_is_413(small: httpx.AsyncClient) -> None:
    request = small.build_request("POST", URL, content=chunks(lines(LIMIT + CHUNK)), headers=TEXT)
    assert "content-length" not in request.headers and request.headers["transfer-encoding"] == "chunked"
    assert_problem(await small.send(request), 413, "payload-too-large")


async def test_body_exactly_at_the_limit_passes(small: httpx.AsyncClient) -> None:
    response = await small.post(URL, content=lines(LIMIT), headers=TEXT)
    assert response.status_code == 200
    streamed = await small.post(URL, content=chunks(lines(LIMIT)), headers=TEXT)
    assert streamed.status_code == 200


async def test_json_over_the_limit_is_413_too(small: httpx.AsyncClient) -> None:
    response = await small.post(URL, json={"text": "x" * LIMIT})
    assert_problem(response, 413, "payload-too-large")


async def test_invalid_content_length_is_400(small: httpx.AsyncClient) -> None:
    response = await small.post(URL, content=b"abc", headers={**TEXT, "Content-Length": "3x"})
    assert_problem(response, 400, "bad-request")


@pytest.mark.parametrize("coding", ["gzip, chunked", "gzip", "deflate,chunked"])
async def test_a_transfer_coding_the_server_does_not_know_is_501(small: httpx.AsyncClient, coding: str) -> None:
    """`Transfer-Encoding: gzip, chunked` was ignored: the compressed bytes were classified as a page."""
    import gzip

    body = gzip.compress(b"<p>The council met on Tuesday.</p>")
    response = await small.post(URL, content=body, headers={"Content-Type": "text/html", "Transfer-Encoding": coding})
    assert_problem(response, 501, "not-implemented")
