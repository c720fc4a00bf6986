"""Apps and clients over the tiny real model.

Requests go through ``httpx.AsyncClient`` with an ``ASGITransport``, with the app's
lifespan entered explicitly (Starlette's TestClient wants ``httpx2``, which the project
does not install).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from service.api.app import create_app
from service.api.logging import LOGGER_NAME
from service.api.settings import Settings
from service.core.artifact import Model, load_model
from tests.api.support import LogCapture
from tests.builders import FIXTURES

PAGE_NAME = "en_trade_port"
BASE_URL = "http://testserver"

MakeApp = Callable[..., FastAPI]
Serve = Callable[[FastAPI], Awaitable[httpx.AsyncClient]]
MakeClient = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def model(tiny_model_path: Path) -> Model:
    return load_model(tiny_model_path)


@pytest.fixture(scope="session")
def page() -> bytes:
    return (FIXTURES / f"{PAGE_NAME}.html").read_bytes()


@pytest.fixture(scope="session")
def page_truth() -> dict[str, Any]:
    return json.loads((FIXTURES / f"{PAGE_NAME}.truth.json").read_text(encoding="utf-8"))


@pytest.fixture
def make_app(tiny_model_path: Path, model: Model) -> MakeApp:
    """An app over the tiny model; ``preload=False`` leaves loading it to the lifespan."""

    def make(*, preload: bool = True, fail_fast: bool = True, **overrides: Any) -> FastAPI:
        settings = Settings(**{"model_path": tiny_model_path, **overrides})
        return create_app(settings, model if preload else None, fail_fast=fail_fast)

    return make


@pytest.fixture
async def serve() -> AsyncIterator[Serve]:
    """Start an app (its lifespan) and return a client for it; everything stops after the test."""
    async with AsyncExitStack() as stack:

        async def start(app: FastAPI) -> httpx.AsyncClient:
            await stack.enter_async_context(app.router.lifespan_context(app))
            transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
            return await stack.enter_async_context(httpx.AsyncClient(transport=transport, base_url=BASE_URL))

        yield start


@pytest.fixture
def make_client(make_app: MakeApp, serve: Serve) -> MakeClient:
    async def make(**overrides: Any) -> httpx.AsyncClient:
        return await serve(make_app(**overrides))

    return make


@pytest.fixture
async def client(make_client: MakeClient) -> httpx.AsyncClient:
    return await make_client()


@pytest.fixture
def logs() -> Iterator[LogCapture]:
    """Every log record of the test, from any logger, formatted as the service formats them."""
    capture = LogCapture()
    root, winnow = logging.getLogger(), logging.getLogger(LOGGER_NAME)
    saved = (root.level, winnow.level, winnow.propagate)
    root.addHandler(capture.handler)
    root.setLevel(logging.DEBUG)
    winnow.setLevel(logging.DEBUG)
    winnow.propagate = True
    yield capture
    root.removeHandler(capture.handler)
    root.setLevel(saved[0])
    winnow.setLevel(saved[1])
    winnow.propagate = saved[2]
