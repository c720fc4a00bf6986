"""WINNOW_API_KEYS: every /v1 route needs a key; health, readiness and metrics stay open."""

from __future__ import annotations

import httpx
import pytest

from service.api.deps import key_matches
from tests.api.conftest import MakeClient
from tests.api.support import assert_problem

pytestmark = pytest.mark.anyio

Headers = list[tuple[bytes, bytes]]

KEYS = "first-key,second-key,clé-non-ascii"
BODY = {"text": "A line"}


@pytest.fixture
async def secured(make_client: MakeClient) -> httpx.AsyncClient:
    return await make_client(api_keys=KEYS)


@pytest.mark.parametrize(
    "headers",
    [
        [],
        [(b"Authorization", b"Bearer wrong-key")],
        [(b"Authorization", b"Bearer ")],
        [(b"Authorization", b"Bearer")],
        [(b"X-API-Key", b"")],
        [(b"Authorization", b"Basic Zmlyc3Qta2V5")],
        [(b"Authorization", b"first-key")],
        [(b"X-API-Key", b"first-key-but-longer")],
        [(b"X-API-Key", "ключ".encode())],
        [(b"Authorization", b"Bearer \xff\xfe")],
    ],
)
async def test_missing_or_wrong_keys_are_401(secured: httpx.AsyncClient, headers: Headers) -> None:
    for response in (
        await secured.post("/v1/classify", json=BODY, headers=headers),
        await secured.post("/v1/classify/batch", json={"documents": []}, headers=headers),
        await secured.get("/v1/model", headers=headers),
    ):
        assert_problem(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "headers",
    [
        [(b"Authorization", b"Bearer first-key")],
        [(b"Authorization", b"bearer second-key")],
        [(b"X-API-Key", b"second-key")],
        [(b"X-API-Key", "clé-non-ascii".encode())],
        [(b"Authorization", b"Bearer wrong"), (b"X-API-Key", b"first-key")],
        # white space around a header's value is not part of it (RFC 9110 §5.5)
        [(b"X-API-Key", b"second-key ")],
        [(b"X-API-Key", b"second-key\t")],
    ],
)
async def test_a_configured_key_opens_the_api(secured: httpx.AsyncClient, headers: Headers) -> None:
    assert (await secured.post("/v1/classify", json=BODY, headers=headers)).status_code == 200
    assert (await secured.get("/v1/model", headers=headers)).status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"])
async def test_operations_routes_stay_open(secured: httpx.AsyncClient, path: str) -> None:
    assert (await secured.get(path)).status_code == 200


async def test_without_keys_the_api_is_open(client: httpx.AsyncClient) -> None:
    assert (await client.post("/v1/classify", json=BODY)).status_code == 200


async def test_openapi_declares_the_schemes_only_when_keys_are_set(
    secured: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    schemes = (await secured.get("/openapi.json")).json()["components"]["securitySchemes"]
    assert set(schemes) == {"HTTPBearer", "APIKeyHeader"}
    assert "securitySchemes" not in (await client.get("/openapi.json")).json()["components"]


def test_key_matches_compares_bytes() -> None:
    keys = (b"alpha", "clé".encode())
    assert key_matches(b"alpha", keys) and key_matches("clé".encode(), keys)
    assert not key_matches(b"alph", keys) and not key_matches(b"", keys) and not key_matches(b"\xff", keys)
