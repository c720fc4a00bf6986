"""Liveness, readiness, and what happens when the model cannot be loaded."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from service.api.errors import MODEL_RETRY_AFTER_S, PROBLEM_MEDIA_TYPE
from service.core import forest
from service.core.errors import ModelIntegrityError, ModelNotFoundError
from tests.api.conftest import MakeApp, MakeClient, Serve
from tests.api.support import assert_problem, tampered_copy

pytestmark = pytest.mark.anyio


async def test_healthz(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


#: Every GET route; each answers HEAD too (RFC 9110 §9.3.2).
GET_PATHS = ("/healthz", "/readyz", "/metrics", "/v1/model")


@pytest.mark.parametrize("path", GET_PATHS)
async def test_head_answers_as_get_without_a_body(client: httpx.AsyncClient, path: str) -> None:
    get, head = await client.get(path), await client.head(path)
    assert (head.status_code, get.status_code) == (200, 200)
    assert head.headers["content-type"] == get.headers["content-type"] and head.content == b""


async def test_head_is_secured_and_unready_as_get_is(make_client: MakeClient, tmp_path: Path) -> None:
    client = await make_client(api_keys="k1")
    unauthorized = await client.head("/v1/model")
    assert unauthorized.status_code == 401 and unauthorized.headers["www-authenticate"] == "Bearer"
    assert (await client.head("/v1/model", headers={"X-API-Key": "k1"})).status_code == 200
    client = await make_client(preload=False, fail_fast=False, model_path=tmp_path / "missing.joblib")
    unready = await client.head("/readyz")
    assert unready.status_code == 503 and unready.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert unready.headers["retry-after"] == str(MODEL_RETRY_AFTER_S) and unready.content == b""


async def test_a_405_allows_head_beside_get(client: httpx.AsyncClient) -> None:
    response = await client.post("/healthz")
    assert_problem(response, 405, "method-not-allowed")
    assert response.headers["allow"] == "GET, HEAD"
    assert (await client.head("/v1/classify")).headers["allow"] == "POST"


async def test_readyz_when_the_model_is_loaded(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "model": {"name": "winnow", "version": "test"}}


async def test_missing_model_leaves_a_live_but_unready_app(make_client: MakeClient, tmp_path: Path) -> None:
    client = await make_client(preload=False, fail_fast=False, model_path=tmp_path / "absent.joblib")
    assert (await client.get("/healthz")).status_code == 200
    for response in (
        await client.get("/readyz"),
        await client.post("/v1/classify", json={"text": "a"}),
        await client.get("/v1/model"),
    ):
        problem = assert_problem(response, 503, "model-unavailable")
        assert response.headers["retry-after"] == str(MODEL_RETRY_AFTER_S)
        assert str(tmp_path) not in problem["detail"]


async def test_tampered_model_is_not_ready(make_client: MakeClient, tiny_model_path: Path, tmp_path: Path) -> None:
    client = await make_client(preload=False, fail_fast=False, model_path=tampered_copy(tiny_model_path, tmp_path))
    assert (await client.get("/healthz")).status_code == 200
    assert_problem(await client.get("/readyz"), 503, "model-unavailable")


async def test_fail_fast_start_up_raises(make_app: MakeApp, serve: Serve, tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        await serve(make_app(preload=False, model_path=tmp_path / "absent.joblib"))


async def test_fail_fast_refuses_a_tampered_model(
    make_app: MakeApp, serve: Serve, tiny_model_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(ModelIntegrityError, match="does not match its manifest"):
        await serve(make_app(preload=False, model_path=tampered_copy(tiny_model_path, tmp_path)))


async def test_start_up_warms_the_model_up(make_app: MakeApp, serve: Serve) -> None:
    app = make_app(preload=False)
    client = await serve(app)
    model = app.state.runtime.model
    parts = forest._parts(model.pipelines["html"][-1])
    assert parts is not None
    assert parts[0] in forest._WALKS  # the trees' walk was built by the warm-up, before any request
    assert (await client.get("/readyz")).status_code == 200
