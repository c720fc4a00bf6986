"""Access and privacy, beyond tests/api: constant-time keys, quiet health endpoints, clean errors, clean logs.

tests/api/test_api_auth.py covers 401 for missing, wrong, empty and non-ASCII keys, and
tests/api/test_api_logging.py the in-process logs; here: that every key is compared with
``hmac.compare_digest`` and none is skipped, that nothing sensitive leaks from the open
routes or from any error answer, and the canary through a real `winnow serve` process
(uvicorn's own logging included).
"""

from __future__ import annotations

import hmac
import shutil
import socket
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from service.api import deps
from service.api.app import create_app
from service.api.settings import Settings
from service.core.artifact import Model, manifest_path
from tests.api.conftest import MakeClient, Serve
from tests.reliability.support import running_server

CANARY = "canary-7b3e90d1"
KEYS = ("alpha-key", "beta-key", f"{CANARY}-key")
LEAKS = ("Traceback", 'File "', "site-packages", "/work/", "/tmp/", ".py", "sha256_file", "joblib.load")


def leaks_in(text: str, *secrets: str) -> list[str]:
    return [needle for needle in (*LEAKS, *secrets) if needle in text]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("header", "status"),
    [("alpha-key", 200), (f"{CANARY}-key", 200), ("wrong", 401), ("alpha-ke", 401), ("alpha-keyy", 401)],
)
async def test_every_key_is_compared_in_constant_time(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch, header: str, status: int
) -> None:
    """No early exit on a match or a length difference: one ``compare_digest`` per configured key."""
    calls: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return compare(a, b)

    client = await make_client(api_keys=",".join(KEYS))
    monkeypatch.setattr(deps.hmac, "compare_digest", counting)
    response = await client.post("/v1/classify", json={"text": "x"}, headers={"X-API-Key": header})
    assert response.status_code == status
    assert sorted(b for _, b in calls) == sorted(key.encode() for key in KEYS)
    assert all(a == header.encode() for a, _ in calls)


@pytest.fixture
def hidden_model(tiny_model_path: Path, tmp_path: Path) -> Path:
    """A copy of the model in a directory whose name is a canary."""
    directory = tmp_path / f"{CANARY}-models"
    directory.mkdir()
    target = directory / tiny_model_path.name
    shutil.copy(tiny_model_path, target)
    shutil.copy(manifest_path(tiny_model_path), manifest_path(target))
    return target


@pytest.mark.anyio
async def test_open_routes_reveal_nothing_sensitive(hidden_model: Path, model: Model, serve: Serve) -> None:
    client = await serve(create_app(Settings(model_path=hidden_model, api_keys=",".join(KEYS)), model))
    for path in ("/healthz", "/readyz", "/metrics", "/openapi.json"):
        response = await client.get(path)
        assert response.status_code == 200
        assert not leaks_in(response.text, CANARY, *KEYS, str(hidden_model.parent)), path
    assert set((await client.get("/readyz")).json()) == {"status", "model"}


@pytest.mark.anyio
async def test_error_answers_carry_no_traceback_or_path(hidden_model: Path, model: Model, serve: Serve) -> None:
    loaded = create_app(Settings(model_path=hidden_model, api_keys=KEYS[0], max_body_bytes=1000), model)

    async def broken() -> None:
        raise RuntimeError(f"{CANARY} {hidden_model}")

    loaded.add_api_route("/v1/broken", broken)
    client = await serve(loaded)
    unloaded = await serve(create_app(Settings(model_path=hidden_model.with_name("absent.joblib")), fail_fast=False))
    key = {"X-API-Key": KEYS[0]}
    answers = [
        await client.post("/v1/classify", content=b"{bad", headers={**key, "Content-Type": "application/json"}),
        await client.post("/v1/classify", json={"html": 1, "url": CANARY}, headers=key),
        await client.post("/v1/classify", content=b"x" * 2000, headers={**key, "Content-Type": "text/plain"}),
        await client.post("/v1/classify", content=b"x", headers={**key, "Content-Type": f"text/{CANARY}"}),
        await client.post(
            "/v1/classify", content=b"x", headers={**key, "Content-Type": "text/html; charset=" + CANARY}
        ),
        await client.post("/v1/classify", json={"text": "x"}, headers={"X-API-Key": CANARY}),
        await client.get(f"/{CANARY}"),
        await client.delete("/v1/classify", headers=key),
        await client.get("/v1/broken", headers=key),
        await unloaded.get("/readyz"),
        await unloaded.post("/v1/classify", json={"text": "x"}),
    ]
    assert [r.status_code for r in answers] == [400, 422, 413, 415, 400, 401, 404, 405, 500, 503, 503]
    for response in answers:
        assert response.headers["content-type"] == "application/problem+json"
        assert not leaks_in(response.text, str(hidden_model.parent), "RuntimeError"), response.text


def raw_request(url: str, data: bytes) -> bytes:
    """Send raw bytes to the server and return what it answers (for requests httpx refuses to build)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.slow
def test_a_canary_reaches_no_log_of_a_real_server(tiny_model_path: Path) -> None:
    """The canary in the page, the headers, the key, the query and malformed HTTP: nowhere in the process's output."""
    key = f"{CANARY}-key"
    with running_server(tiny_model_path, WINNOW_API_KEYS=key, WINNOW_LOG_LEVEL="debug") as server:
        with httpx.Client(base_url=server.url, timeout=30, trust_env=False) as http:
            auth = {"Authorization": f"Bearer {key}", "X-Custom": CANARY, "Cookie": f"session={CANARY}"}
            page = f"<html><body><p>{CANARY} in the page</p></body></html>"
            statuses = [
                http.post("/v1/classify", json={"html": page, "url": f"https://{CANARY}.example/"}, headers=auth),
                http.post("/v1/classify", content=page.encode(), headers={**auth, "Content-Type": "text/html"}),
                http.post(
                    f"/v1/classify?threshold={CANARY}", content=b"x", headers={**auth, "Content-Type": "text/plain"}
                ),
                http.post(
                    "/v1/classify",
                    content=f'{{"text": "{CANARY}"'.encode(),
                    headers={**auth, "Content-Type": "application/json"},
                ),
                http.post("/v1/classify", json={"text": CANARY}, headers={"X-API-Key": f"{CANARY}-wrong"}),
                http.post("/v1/classify/batch", json={"documents": [{"id": CANARY, "html": 5}]}, headers=auth),
                http.get(f"/{CANARY}?{CANARY}=1", headers=auth),
            ]
            assert [r.status_code for r in statuses] == [200, 200, 422, 400, 401, 200, 404]
        garbage = raw_request(server.url, f"GET /{CANARY} HTTP/1.1\r\nHost: x\r\nBad Header {CANARY}\r\n\r\n".encode())
        assert garbage.startswith(b"HTTP/1.1 400")
    assert server.process.returncode == 0
    assert '"route": "/v1/classify"' in server.stderr  # the access log was written ...
    assert CANARY not in server.stderr  # ... without the canary
