"""Request heads bounded in time and size (service/api/protocol.py), on a real uvicorn server."""

from __future__ import annotations

import asyncio
import contextlib
import resource
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
import uvicorn

from service.api.protocol import MIN_CONNECTIONS, RESERVED_DESCRIPTORS, BoundedHttpToolsProtocol, connection_limit

pytestmark = pytest.mark.anyio
HEAD_TIMEOUT_S = 0.3
MAX_HEAD_BYTES = 2048


Connect = Callable[[], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]


class Quick(BoundedHttpToolsProtocol):
    head_timeout_s = HEAD_TIMEOUT_S
    max_head_bytes = MAX_HEAD_BYTES


async def app(scope: dict, receive: object, send: object) -> None:  # type: ignore[type-arg]
    if scope["type"] != "http":
        return
    body = b"ok"
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


@asynccontextmanager
async def running(protocol: type[BoundedHttpToolsProtocol] = Quick) -> AsyncIterator[Connect]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, http=protocol, log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    writers: list[asyncio.StreamWriter] = []

    async def connect() -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writers.append(writer)
        return reader, writer

    try:
        yield connect
    finally:
        for writer in writers:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
        server.should_exit = True
        await task


async def answer(reader: asyncio.StreamReader, timeout: float = 3.0) -> bytes:
    return await asyncio.wait_for(reader.read(200), timeout)


async def test_a_head_that_never_comes_is_closed_with_a_408() -> None:
    """uvicorn armed no timer before a first response: such connections stayed open for ever."""
    async with running() as connect:
        silent = await connect()
        half = await connect()
        half[1].write(b"GET / HT")
        for reader, _ in (silent, half):
            assert (await answer(reader)).startswith(b"HTTP/1.1 408")
            assert await answer(reader) == b""  # closed


async def test_a_head_over_the_cap_is_a_431_and_a_body_is_not_counted() -> None:
    async with running() as connect:
        reader, writer = await connect()
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * (MAX_HEAD_BYTES * 2))
        assert (await answer(reader)).startswith(b"HTTP/1.1 431")
        # a short head with a body far over the head cap, in one write, and the next request on it
        reader, writer = await connect()
        body = b"x" * (MAX_HEAD_BYTES * 8)
        writer.write(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        assert (await answer(reader)).startswith(b"HTTP/1.1 200")
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await answer(reader)).startswith(b"HTTP/1.1 200")


async def test_a_kept_alive_connection_is_left_to_the_keep_alive_timer() -> None:
    """After a response the head timer is off: an idle keep-alive connection waits for the next request."""
    async with running() as connect:
        reader, writer = await connect()
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await answer(reader)).startswith(b"HTTP/1.1 200")
        await asyncio.sleep(HEAD_TIMEOUT_S * 2)
        writer.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert (await answer(reader)).startswith(b"HTTP/1.1 200")


class Few(BoundedHttpToolsProtocol):
    head_timeout_s = HEAD_TIMEOUT_S * 10
    max_connections = 2


async def test_a_connection_over_the_limit_is_a_503_and_closed() -> None:
    """Idle connections were held until the worker's file descriptors ran out (accept failing for
    everybody); past the limit one more is answered 503 at once, and the others are served."""
    async with running(Few) as connect:
        first, second = await connect(), await connect()
        third = await connect()
        refused = await answer(third[0])
        assert refused.startswith(b"HTTP/1.1 503") and b"retry-after: 1" in refused
        assert await answer(third[0]) == b""  # closed
        for reader, writer in (first, second):
            writer.write(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
            assert (await answer(reader)).startswith(b"HTTP/1.1 200")
        first[1].close()
        await first[1].wait_closed()
        await asyncio.sleep(0.1)
        reader, writer = await connect()  # room again
        writer.write(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n")
        assert (await answer(reader)).startswith(b"HTTP/1.1 200")


def test_the_limit_follows_the_limit_on_open_files() -> None:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert connection_limit() == (
        1 << 20 if soft == resource.RLIM_INFINITY else max(MIN_CONNECTIONS, soft - RESERVED_DESCRIPTORS)
    )
