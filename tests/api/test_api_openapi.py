"""The OpenAPI schema documents every route, both body kinds and the problem responses."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.anyio

ROUTES = {
    ("/v1/classify", "post"),
    ("/v1/classify/batch", "post"),
    ("/v1/model", "get"),
    ("/healthz", "get"),
    ("/readyz", "get"),
    ("/metrics", "get"),
}


async def test_openapi_documents_the_api(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    assert {(path, method) for path, item in schema["paths"].items() for method in item} == ROUTES
    classify = schema["paths"]["/v1/classify"]["post"]
    assert set(classify["requestBody"]["content"]) == {"application/json", "text/html", "text/plain", "text/markdown"}
    assert classify["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("ClassifyResponse")
    for status in ("400", "413", "415", "422", "503"):
        assert "application/problem+json" in classify["responses"][status]["content"]
    components = schema["components"]["schemas"]
    assert {"ClassifyRequest", "BatchRequest", "BatchDocument", "Problem", "ClassifyResponse"} <= set(components)
    assert components["ClassifyRequest"]["properties"]["html"]["description"]
    ref = schema["paths"]["/v1/classify/batch"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert ref["$ref"] == "#/components/schemas/BatchRequest"


async def test_docs_page_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/docs")
    assert response.status_code == 200 and "swagger" in response.text.lower()
