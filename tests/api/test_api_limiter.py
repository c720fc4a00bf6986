"""The concurrency cap: over it, 503 with Retry-After at once rather than a queue."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
from starlette.requests import Request
from starlette.types import Message

from service.api.errors import OVERLOAD_RETRY_AFTER_S, ProblemError
from service.api.limiter import ConcurrencyLimiter
from tests.api.conftest import MakeApp, Serve
from tests.api.support import assert_problem

URL = "/v1/classify"
HOLD_TIMEOUT_S = 30
REFUSED_CHUNKS = 16


def _request() -> Request:
    async def receive() -> Message:
        return {"type": "http.request", "body": b"page", "more_body": False}

    return Request({"type": "http", "method": "POST", "headers": []}, receive)


@pytest.mark.anyio
async def test_limiter_admits_up_to_capacity() -> None:
    limiter = ConcurrencyLimiter(2)
    async with limiter.admit(_request()), limiter.admit(_request()):
        assert limiter.in_flight == 2
        with pytest.raises(ProblemError) as refused:
            async with limiter.admit(_request()):
                pass
        assert refused.value.status == 503 and refused.value.headers["Retry-After"] == str(OVERLOAD_RETRY_AFTER_S)
    assert limiter.in_flight == 0


@pytest.mark.anyio
async def test_limiter_releases_on_error() -> None:
    limiter = ConcurrencyLimiter(1)
    with pytest.raises(RuntimeError):
        async with limiter.admit(_request()):
            raise RuntimeError
    assert limiter.try_acquire()


def test_limiter_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        ConcurrencyLimiter(0)
    with pytest.raises(RuntimeError):
        ConcurrencyLimiter(1).release()


@pytest.mark.anyio
async def test_a_held_request_makes_the_next_one_503(make_app: MakeApp, serve: Serve) -> None:
    app = make_app(max_concurrency=1)
    client = await serve(app)
    inside, release = anyio.Event(), anyio.Event()
    answers: dict[str, httpx.Response] = {}

    async def slow_body() -> AsyncIterator[bytes]:
        inside.set()  # the first request holds the only slot while its body trickles in
        await release.wait()
        yield b"A line of text"

    async def first() -> None:
        answers["first"] = await client.post(URL, content=slow_body(), headers={"Content-Type": "text/plain"})

    with anyio.fail_after(HOLD_TIMEOUT_S):
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(first)
            await inside.wait()
            sent: list[int] = []

            async def large_body() -> AsyncIterator[bytes]:
                for chunk in range(REFUSED_CHUNKS):
                    sent.append(chunk)
                    yield b"x" * 65_536

            refused = await client.post(URL, content=large_body(), headers={"Content-Type": "text/plain"})
            # the refused body was read to its end before the 503: on a real socket an unread
            # body makes the server reset the connection, and the client never sees the 503
            assert len(sent) == REFUSED_CHUNKS
            batch = await client.post(f"{URL}/batch", json={"documents": []})
            health = await client.get("/healthz")
            release.set()
    for response in (refused, batch):
        assert_problem(response, 503, "overloaded")
        assert response.headers["retry-after"] == str(OVERLOAD_RETRY_AFTER_S)
    assert health.status_code == 200
    assert answers["first"].status_code == 200
    assert (await client.post(URL, json={"text": "third"})).status_code == 200
    assert app.state.runtime.limiter.in_flight == 0


def _stalled(headers: list[tuple[bytes, bytes]] | None = None) -> Request:
    """A request whose body starts and then never comes: a client that stopped sending."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"He", "more_body": True}
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    return Request({"type": "http", "method": "POST", "headers": headers or []}, receive)


@pytest.mark.anyio
async def test_a_stalled_body_is_a_408_and_frees_its_slot() -> None:
    """A client that stops mid-upload held its slot for ever: 32 such made every other client a 503."""
    from service.api.documents import read_body

    limiter = ConcurrencyLimiter(1)
    with pytest.raises(ProblemError) as stalled:
        async with limiter.admit(_stalled()):
            await read_body(_stalled(), (), 1000, timeout_s=0.05)
    assert stalled.value.status == 408 and stalled.value.headers["Connection"] == "close"
    assert limiter.in_flight == 0


@pytest.mark.anyio
async def test_a_refused_request_is_not_drained_for_ever_nor_invited_to_send() -> None:
    limiter = ConcurrencyLimiter(1, drain_timeout_s=0.05)
    assert limiter.try_acquire()
    with anyio.fail_after(2):  # a stalled body is cut at the drain timeout
        with pytest.raises(ProblemError) as refused:
            async with limiter.admit(_stalled()):
                pass
    assert refused.value.status == 503

    async def never() -> Message:
        raise AssertionError("an Expect: 100-continue request must not be read: the 503 goes first")

    asking = Request({"type": "http", "method": "POST", "headers": [(b"expect", b"100-continue")]}, never)
    with pytest.raises(ProblemError) as refused:
        async with limiter.admit(asking):
            pass
    assert refused.value.status == 503
