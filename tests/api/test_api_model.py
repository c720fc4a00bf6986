"""GET /v1/model: the manifest's provenance."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from service.api.app import create_app
from service.core.artifact import Model, load_model, read_manifest
from service.core.classify import classify
from tests.api.conftest import MakeApp, MakeClient, Serve

pytestmark = pytest.mark.anyio


async def test_model_info_comes_from_the_manifest(client: httpx.AsyncClient, tiny_model_path: Path) -> None:
    manifest = read_manifest(tiny_model_path)
    response = await client.get("/v1/model")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "winnow" and body["version"] == "test"
    assert body["sha256"] == manifest["sha256"] and len(body["sha256"]) == 64
    assert body["trained_at"] == manifest["created_at"]
    assert body["libraries"] == manifest["libraries"] and "scikit-learn" in body["libraries"]
    assert body["feature_schema_version"] == manifest["feature_schema_version"]
    assert body["threshold"] == body["model_threshold"] == manifest["threshold"]
    assert body["metrics"] == {}


async def test_model_info_shows_the_threshold_in_force(make_client: MakeClient, tiny_model_path: Path) -> None:
    """With WINNOW_THRESHOLD=0.9 the service labelled by 0.9 and /v1/model still said 0.5."""
    body = (await (await make_client(threshold=0.9)).get("/v1/model")).json()
    assert (body["threshold"], body["model_threshold"]) == (0.9, read_manifest(tiny_model_path)["threshold"])


async def test_model_info_shows_recorded_metrics(make_app: MakeApp, serve: Serve, model: Model) -> None:
    metrics = {"test": {"f1_content": 0.91, "pages": 120}}
    with_metrics = Model(pipelines=model.pipelines, manifest={**model.manifest, "metrics": metrics})
    app = create_app(make_app().state.runtime.settings, with_metrics)
    response = await (await serve(app)).get("/v1/model")
    assert response.status_code == 200 and response.json()["metrics"] == metrics


async def test_the_text_pass_setting_reaches_the_loaded_model(
    make_client: MakeClient, page: bytes, tiny_model_path: Path
) -> None:
    default, alone = await make_client(preload=False), await make_client(preload=False, text_pass=False)
    assert (await default.get("/v1/model")).json()["text_pass"] is True
    assert (await alone.get("/v1/model")).json()["text_pass"] is False
    body = {"html": page.decode("utf-8")}
    both, html_only = [(await c.post("/v1/classify", json=body)).json()["paragraphs"] for c in (default, alone)]
    html_model = classify(load_model(tiny_model_path, text_pass=False), html=page).paragraphs
    assert [p["score"] for p in html_only] == [p.score for p in html_model]
    assert [p["score"] for p in both] != [p["score"] for p in html_only]
