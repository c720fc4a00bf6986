"""GET /metrics: Prometheus text with request, latency, paragraph and model-info series."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.api.conftest import MakeClient
from tests.builders import ROOT

pytestmark = pytest.mark.anyio


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(text: str, name: str, **labels: str) -> float:
    return samples(text).get((name, frozenset(labels.items())), 0.0)


async def test_metrics_count_requests_paragraphs_and_name_the_model(client: httpx.AsyncClient) -> None:
    classified = await client.post("/v1/classify", json={"paragraphs": ["one paragraph", "another one"]})
    stats = classified.json()["stats"]
    await client.get("/v1/nothing")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    text = response.text
    route = {"route": "/v1/classify", "method": "POST"}
    assert value(text, "winnow_http_requests_total", **route, status="200") == 1
    assert value(text, "winnow_http_request_duration_seconds_count", **route) == 1
    assert value(text, "winnow_http_requests_total", route="<unmatched>", method="GET", status="404") == 1
    assert value(text, "winnow_paragraphs_classified_total", label="content") == stats["content"]
    assert value(text, "winnow_paragraphs_classified_total", label="chrome") == stats["chrome"]
    info = [s for s in samples(text) if s[0] == "winnow_model_info"]
    assert len(info) == 1 and dict(info[0][1])["version"] == "test"


async def test_requests_refused_before_routing_keep_their_route(make_client: MakeClient) -> None:
    client = await make_client(max_body_bytes=10)
    await client.post("/v1/classify", content=b"x" * 11, headers={"Content-Type": "text/plain"})
    text = (await client.get("/metrics")).text
    assert value(text, "winnow_http_requests_total", route="/v1/classify", method="POST", status="413") == 1


async def test_apps_do_not_share_counters(make_client: MakeClient) -> None:
    first, second = await make_client(), await make_client()
    await first.get("/healthz")
    text = (await second.get("/metrics")).text
    assert value(text, "winnow_http_requests_total", route="/healthz", method="GET", status="200") == 0


MULTIPROCESS_SCRIPT = """
import asyncio, json, sys
import httpx
from service.api.app import create_app
from service.api.settings import Settings
from service.core.artifact import load_model

async def main():
    settings = Settings(model_path=sys.argv[1])
    app = create_app(settings, load_model(settings.model_path))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://w") as client:
            await client.post("/v1/classify", json={"text": "a line"})
            print(json.dumps((await client.get("/metrics")).text))

asyncio.run(main())
"""


def test_multiprocess_mode_merges_the_workers(tiny_model_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", MULTIPROCESS_SCRIPT, str(tiny_model_path)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        for _ in range(2)
    ]
    text = json.loads(runs[-1].stdout)
    assert value(text, "winnow_http_requests_total", route="/v1/classify", method="POST", status="200") == 2
    assert list(tmp_path.glob("counter_*.db"))
