"""Problem details: the core's errors in one mapping, and no 500 that says more than it should."""

from __future__ import annotations

import httpx
import pytest
from starlette.types import Message

from service.api.errors import MODEL_RETRY_AFTER_S, PROBLEM_BASE, core_problem
from service.api.logging import ACCESS_LOGGER_NAME
from service.core.errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    LimitExceededError,
    ModelIntegrityError,
    ModelNotFoundError,
)
from tests.api.conftest import MakeApp, Serve
from tests.api.support import LogCapture, assert_problem

pytestmark = pytest.mark.anyio

SECRET = "canary-in-the-exception-8c1f"


@pytest.mark.parametrize(
    ("error", "status", "slug"),
    [
        (DecodeError("bad bytes"), 400, "undecodable-input"),
        (EmptyInputError("nothing"), 422, "invalid-input"),
        (InputError("odd"), 422, "invalid-input"),
        (LimitExceededError("page bytes", 10, 11), 413, "payload-too-large"),
        (LimitExceededError("paragraphs", 10), 422, "limit-exceeded"),
        (ModelNotFoundError("no file at /srv/secret/path"), 503, "model-unavailable"),
        (ModelIntegrityError("hash"), 503, "model-unavailable"),
    ],
)
def test_core_errors_map_to_statuses(error: Exception, status: int, slug: str) -> None:
    problem = core_problem(error)  # type: ignore[arg-type]
    assert (problem.status, problem.slug) == (status, slug)
    if status == 503:
        assert problem.headers["Retry-After"] == str(MODEL_RETRY_AFTER_S)
        assert "/srv" not in problem.detail


async def test_unexpected_exception_is_a_bare_500(make_app: MakeApp, serve: Serve) -> None:
    app = make_app()

    async def broken() -> None:
        raise RuntimeError(SECRET)

    app.add_api_route("/v1/broken", broken)
    client = await serve(app)
    response = await client.get("/v1/broken", headers={"X-Request-ID": "req-500"})
    body = assert_problem(response, 500, "internal-error")
    assert body["request_id"] == "req-500" and body["instance"] == "/v1/broken"
    assert SECRET not in response.text and "RuntimeError" not in response.text
    assert (await client.get("/healthz")).status_code == 200


async def test_problem_types_share_one_base(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/classify", json={})
    assert response.json()["type"].startswith(PROBLEM_BASE)


async def test_a_client_that_goes_away_is_not_a_server_error(make_app: MakeApp, serve: Serve, logs: LogCapture) -> None:
    app = make_app()
    await serve(app)
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    headers = [(b"content-type", b"text/plain"), (b"transfer-encoding", b"chunked")]
    scope = {"type": "http", "method": "POST", "path": "/v1/classify", "headers": headers, "query_string": b""}
    await app({**scope, "http_version": "1.1", "scheme": "http", "root_path": ""}, receive, send)
    assert sent == []
    assert [line["status"] for line in logs.records(ACCESS_LOGGER_NAME)] == [499]
    assert not [line for line in logs.records() if line["level"] == "error"]
    assert app.state.runtime.limiter.in_flight == 0
