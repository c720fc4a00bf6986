"""Compressed request bodies: Content-Encoding gzip or deflate, decoded and held to the body limit."""

from __future__ import annotations

import gzip
import json
import zlib

import httpx
import pytest

from service.api.codings import ACCEPT_ENCODING, decoded, request_codings
from service.api.errors import ProblemError
from tests.api.conftest import MakeClient
from tests.api.support import assert_problem

pytestmark = pytest.mark.anyio

URL = "/v1/classify"
BATCH_URL = "/v1/classify/batch"
HTML = {"Content-Type": "text/html; charset=utf-8"}
LIMIT = 64 * 1024


def raw_deflate(data: bytes) -> bytes:
    """Deflate without the zlib wrapper, as some clients send ``deflate``."""
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.fixture
async def small(make_client: MakeClient) -> httpx.AsyncClient:
    return await make_client(max_body_bytes=LIMIT)


@pytest.mark.parametrize(
    ("coding", "compress"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", raw_deflate),
        ("GZIP", gzip.compress),
        ("identity, gzip", gzip.compress),
    ],
)
async def test_a_compressed_page_is_classified_as_the_plain_one(
    client: httpx.AsyncClient, page: bytes, coding: str, compress: object
) -> None:
    plain = await client.post(URL, content=page, headers=HTML)
    assert plain.status_code == 200
    body = compress(page)  # type: ignore[operator]
    assert len(body) < len(page)
    response = await client.post(URL, content=body, headers={**HTML, "Content-Encoding": coding})
    assert response.status_code == 200, response.text
    got, want = response.json(), plain.json()
    assert got["paragraphs"] == want["paragraphs"]
    assert got["content_text"] == want["content_text"]


async def test_codings_are_undone_last_first(client: httpx.AsyncClient, page: bytes) -> None:
    twice = zlib.compress(gzip.compress(page))  # gzip applied first, then deflate
    response = await client.post(URL, content=twice, headers={**HTML, "Content-Encoding": "gzip, deflate"})
    assert response.status_code == 200, response.text
    assert response.json()["stats"]["paragraphs"] > 0


async def test_a_gzip_stream_of_several_members_is_read_whole(client: httpx.AsyncClient) -> None:
    text = "First line of the story, long enough to be read.\nSecond line of the same story, as long.\n"
    halves = gzip.compress(text[:40].encode()) + gzip.compress(text[40:].encode())
    response = await client.post(
        URL, content=halves, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    )
    assert response.status_code == 200, response.text
    assert [p["text"] for p in response.json()["paragraphs"]] == text.split("\n")[:2]


async def test_a_compressed_batch_is_classified(client: httpx.AsyncClient) -> None:
    documents = {"documents": [{"id": "a", "text": "A line.\nAnother line."}, {"id": "b", "paragraphs": ["One."]}]}
    body = gzip.compress(json.dumps(documents).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    response = await client.post(BATCH_URL, content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert [r["id"] for r in response.json()["results"]] == ["a", "b"]


async def test_a_body_that_inflates_past_the_limit_is_413(small: httpx.AsyncClient) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * (100 * LIMIT) + b"</p>")
    assert len(bomb) < LIMIT // 10  # small on the wire, 100 times the limit decoded
    response = await small.post(URL, content=bomb, headers={**HTML, "Content-Encoding": "gzip"})
    problem = assert_problem(response, 413, "payload-too-large")
    assert "decoded" in problem["detail"] and f"{LIMIT:,}" in problem["detail"]


async def test_a_body_that_inflates_to_the_limit_exactly_is_read(small: httpx.AsyncClient) -> None:
    text = (b"word " * LIMIT)[: LIMIT - 1] + b"."
    assert len(text) == LIMIT
    response = await small.post(
        URL, content=gzip.compress(text), headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    )
    assert response.status_code == 200, response.text


async def test_the_compressed_body_is_held_to_the_limit_too(small: httpx.AsyncClient) -> None:
    noise = zlib.compress(bytes(range(256)) * (LIMIT // 128), level=0)  # stored: as large compressed
    assert len(noise) > LIMIT
    response = await small.post(URL, content=noise, headers={**HTML, "Content-Encoding": "deflate"})
    assert_problem(response, 413, "payload-too-large")


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, br"])
async def test_an_unknown_coding_is_415_with_the_codings_accepted(
    client: httpx.AsyncClient, page: bytes, coding: str
) -> None:
    response = await client.post(URL, content=page, headers={**HTML, "Content-Encoding": coding})
    problem = assert_problem(response, 415, "unsupported-content-encoding")
    assert response.headers["accept-encoding"] == ACCEPT_ENCODING
    assert coding.split(", ")[-1] in problem["detail"]


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", b"<p>not compressed at all</p>"),
        ("gzip", gzip.compress(b"<p>cut short</p>" * 50)[:-12]),
        ("deflate", zlib.compress(b"<p>trailing bytes</p>") + b"junk"),
        ("gzip", gzip.compress(b"<p>then junk</p>") + b"junk"),
    ],
)
async def test_bytes_that_are_not_their_coding_are_400(client: httpx.AsyncClient, coding: str, body: bytes) -> None:
    response = await client.post(URL, content=body, headers={**HTML, "Content-Encoding": coding})
    problem = assert_problem(response, 400, "undecodable-input")
    assert coding in problem["detail"]


async def test_an_empty_compressed_body_is_an_empty_body(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, content=gzip.compress(b""), headers={**HTML, "Content-Encoding": "gzip"})
    assert_problem(response, 422, "invalid-input")


async def test_identity_alone_is_no_coding(client: httpx.AsyncClient, page: bytes) -> None:
    response = await client.post(URL, content=page, headers={**HTML, "Content-Encoding": "identity"})
    assert response.status_code == 200


def test_decoding_stops_one_byte_past_the_limit() -> None:
    """The bomb is never inflated whole: what is decoded is bounded by the limit, not by the body."""
    bomb = gzip.compress(b"\0" * (10 * 1024 * 1024))
    with pytest.raises(ProblemError) as caught:
        decoded(bomb, ["gzip"], 1000)
    assert caught.value.status == 413
    assert decoded(gzip.compress(b"x" * 1000), ["gzip"], 1000) == b"x" * 1000


def test_codings_are_read_from_the_header() -> None:
    assert request_codings(None) == []
    assert request_codings("") == []
    assert request_codings(" Identity ") == []
    assert request_codings("gzip, identity,deflate") == ["gzip", "deflate"]
    with pytest.raises(ProblemError) as caught:
        request_codings("gzip, br")
    assert caught.value.status == 415 and caught.value.headers == {"Accept-Encoding": ACCEPT_ENCODING}


async def test_the_schema_says_bodies_may_be_compressed(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    for path in (URL, BATCH_URL):
        assert "Content-Encoding gzip or deflate" in paths[path]["post"]["requestBody"]["description"]


async def test_answers_are_gzipped_for_clients_that_accept_it(client: httpx.AsyncClient, page: bytes) -> None:
    plain = await client.post(URL, content=page, headers={**HTML, "Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    zipped = await client.post(URL, content=page, headers={**HTML, "Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) < len(plain.content) / 3
    assert zipped.json()["paragraphs"] == plain.json()["paragraphs"]  # httpx inflated it
    assert zipped.headers["x-request-id"]


@pytest.mark.parametrize(
    ("accept", "zipped"),
    [
        ("gzip;q=0", False),  # RFC 9110 §12.5.3: not acceptable (it was compressed all the same)
        ("gzip; q=0.0, identity", False),
        ("br, gzip;q=0", False),
        ("gzip;q=abc", False),
        ("gzip;q=0.5", True),
        ("identity;q=0.5, gzip", True),
        ("GZIP", True),  # a coding's name is case-insensitive
        ("x-gzip", True),
        ("*", False),  # as before: gzip is sent to a client that names it
    ],
)
async def test_gzip_refused_with_a_weight_of_0_is_not_sent(
    client: httpx.AsyncClient, page: bytes, accept: str, zipped: bool
) -> None:
    response = await client.post(URL, content=page, headers={**HTML, "Accept-Encoding": accept})
    assert response.status_code == 200
    assert (response.headers.get("content-encoding") == "gzip") is zipped


async def test_gzip_named_on_a_second_accept_encoding_line_is_taken(client: httpx.AsyncClient, page: bytes) -> None:
    headers = [("Content-Type", HTML["Content-Type"]), ("Accept-Encoding", "identity"), ("Accept-Encoding", "gzip")]
    response = await client.post(URL, content=page, headers=headers)
    assert response.status_code == 200 and response.headers.get("content-encoding") == "gzip"


async def test_short_answers_and_a_service_without_gzip_are_not_compressed(
    client: httpx.AsyncClient, make_client: MakeClient, page: bytes
) -> None:
    health = await client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in health.headers
    off = await make_client(gzip=False)
    response = await off.post(URL, content=page, headers={**HTML, "Accept-Encoding": "gzip"})
    assert response.status_code == 200 and "content-encoding" not in response.headers


async def test_several_content_encoding_lines_are_one_list(client: httpx.AsyncClient, page: bytes) -> None:
    plain = await client.post(URL, content=page, headers=HTML)
    twice = gzip.compress(gzip.compress(page))
    headers = [("Content-Type", HTML["Content-Type"]), ("Content-Encoding", "gzip"), ("Content-Encoding", "gzip")]
    response = await client.post(URL, content=twice, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["paragraphs"] == plain.json()["paragraphs"]
    refused = [("Content-Type", "text/plain"), ("Content-Encoding", "identity"), ("Content-Encoding", "br")]
    assert_problem(await client.post(URL, content=b"x", headers=refused), 415, "unsupported-content-encoding")


async def test_zero_padding_after_a_gzip_stream_is_ignored(client: httpx.AsyncClient) -> None:
    body = gzip.compress(b"A line of the story.\nAnother line.") + b"\0" * 512
    response = await client.post(URL, content=body, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"})
    assert response.status_code == 200, response.text
    assert response.json()["stats"]["paragraphs"] == 2
