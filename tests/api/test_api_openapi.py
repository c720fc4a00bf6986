"""The OpenAPI schema documents every route, both body kinds and the problem responses."""

from __future__ import annotations

import httpx
import pytest

from service.api.deps import API_KEY_HEADER
from tests.api.conftest import MakeClient

pytestmark = pytest.mark.anyio

JSON_TYPES = {"application/json", "application/*+json"}
RAW_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown"}
KEYED_ROUTES = {("/v1/classify", "post"), ("/v1/classify/batch", "post"), ("/v1/model", "get")}
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
    assert set(classify["requestBody"]["content"]) == {*JSON_TYPES, *RAW_TYPES}
    assert classify["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("ClassifyResponse")
    for path in ("/v1/classify", "/v1/classify/batch"):
        responses = schema["paths"][path]["post"]["responses"]
        for status in ("400", "401", "408", "413", "415", "422", "500", "501", "503"):
            assert "application/problem+json" in responses[status]["content"]
        assert "WINNOW_BODY_TIMEOUT_S" in responses["408"]["description"]
        assert "Transfer-Encoding" in responses["501"]["description"]
    components = schema["components"]["schemas"]
    assert {"ClassifyRequest", "BatchRequest", "BatchDocument", "Problem", "ClassifyResponse"} <= set(components)
    assert components["ClassifyRequest"]["properties"]["html"]["description"]
    assert "og:title" in components["DocumentResult"]["properties"]["title"]["description"]
    id_types = [branch["type"] for branch in components["BatchDocument"]["properties"]["id"]["anyOf"]]
    assert id_types == ["string", "integer"]
    batch = schema["paths"]["/v1/classify/batch"]["post"]["requestBody"]["content"]
    assert set(batch) == JSON_TYPES
    assert all(entry["schema"]["$ref"] == "#/components/schemas/BatchRequest" for entry in batch.values())


async def test_with_api_keys_the_v1_routes_take_a_bearer_token_or_an_api_key_header(make_client: MakeClient) -> None:
    """/docs gets an Authorize button; the operations routes stay open, as they are."""
    schema = (await (await make_client(api_keys="key")).get("/openapi.json")).json()
    schemes = schema["components"]["securitySchemes"]
    assert {(s["type"], s.get("scheme"), s.get("in"), s.get("name")) for s in schemes.values()} == {
        ("http", "bearer", None, None),
        ("apiKey", None, "header", API_KEY_HEADER),
    }
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if (path, method) in KEYED_ROUTES:  # either scheme will do
                assert sorted(operation["security"], key=str) == sorted(({name: []} for name in schemes), key=str)
                assert "401" in operation["responses"]
            else:
                assert "security" not in operation, path


async def test_every_documented_body_type_is_accepted(client: httpx.AsyncClient) -> None:
    """The schema lists what the route takes: each type (a range by one of its members) gets a 200."""
    content = (await client.get("/openapi.json")).json()["paths"]["/v1/classify"]["post"]["requestBody"]["content"]
    for mtype in content:
        sent = mtype.replace("*", "vnd.example")
        body = b'{"text": "The council voted."}' if "json" in mtype else b"<p>The council voted.</p>"
        response = await client.post("/v1/classify", content=body, headers={"Content-Type": sent})
        assert response.status_code == 200, (sent, response.text)


async def test_the_batch_route_says_the_threshold_query_applies_as_it_does(client: httpx.AsyncClient) -> None:
    """The body's description once said ``?threshold=`` did not apply to a batch, where it does."""
    batch = (await client.get("/openapi.json")).json()["paths"]["/v1/classify/batch"]["post"]
    assert "does not apply" not in batch["requestBody"]["description"]
    assert "?threshold= sets the cut-off of each document" in batch["requestBody"]["description"]
    lines = ["Line one of a story that is long enough to read as one.", "Line two."]
    low = {"documents": [{"id": 1, "paragraphs": lines}]}
    labels = {
        cut: [
            p["label"]
            for p in (await client.post(f"/v1/classify/batch?threshold={cut}", json=low)).json()["results"][0][
                "result"
            ]["paragraphs"]
        ]
        for cut in (0.0, 1.0)
    }
    assert labels == {0.0: ["content", "content"], 1.0: ["chrome", "chrome"]}


async def test_docs_page_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/docs")
    assert response.status_code == 200 and "swagger" in response.text.lower()
