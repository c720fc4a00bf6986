"""POST /v1/classify/batch: results in order with their ids; a bad document fails alone."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest

from service.api.errors import PROBLEM_BASE
from service.api.schemas import ID_ERROR, MAX_ID_CHARS
from tests.api.conftest import MakeApp, MakeClient
from tests.api.support import assert_problem

pytestmark = pytest.mark.anyio

URL = "/v1/classify/batch"
LINES = ["Council approves new tram line", "Subscribe to our newsletter"]


async def test_results_come_back_in_order_with_their_ids(client: httpx.AsyncClient, page: bytes) -> None:
    documents = [
        {"id": "page", "html": page.decode("utf-8"), "url": "https://example.org/a"},
        {"id": "text", "text": "\n".join(LINES)},
        {"id": "list", "paragraphs": LINES, "threshold": 0.0},
    ]
    response = await client.post(URL, json={"documents": documents})
    assert response.status_code == 200
    body = response.json()
    assert body["model"] == {"name": "winnow", "version": "test"} and body["elapsed_ms"] >= 0
    assert [item["id"] for item in body["results"]] == ["page", "text", "list"]
    assert [item["status"] for item in body["results"]] == [200, 200, 200]
    results = [item["result"] for item in body["results"]]
    assert [r["mode"] for r in results] == ["html", "text", "paragraphs"]
    assert results[0]["url"] == "https://example.org/a" and "url" not in results[1]
    assert results[2]["stats"] == {"paragraphs": 2, "content": 2, "chrome": 0}


async def test_threshold_query_applies_to_documents_without_their_own(client: httpx.AsyncClient) -> None:
    """``?threshold=`` was ignored by the batch route, while /v1/classify honoured it."""
    documents = [{"id": "own", "paragraphs": LINES, "threshold": 0.0}, {"id": "query", "paragraphs": LINES}]
    body = (await client.post(f"{URL}?threshold=1", json={"documents": documents})).json()
    own, query = (item["result"]["stats"] for item in body["results"])
    assert own["content"] == len(LINES)  # its own threshold wins
    assert query["content"] == 0  # nothing scores 1
    assert (await client.post(f"{URL}?threshold=2", json={"documents": documents})).status_code == 422


async def test_list_query_applies_to_every_document(client: httpx.AsyncClient) -> None:
    documents = [{"id": "all", "paragraphs": LINES, "threshold": 0.0}, {"id": "none", "paragraphs": LINES}]
    body = (await client.post(f"{URL}?list=content", json={"documents": documents})).json()
    first, second = (item["result"] for item in body["results"])
    assert [p["text"] for p in first["paragraphs"]] == LINES
    assert all(p["label"] == "content" for p in second["paragraphs"])
    assert second["stats"]["paragraphs"] == len(LINES)
    body = (await client.post(f"{URL}?list=none", json={"documents": documents})).json()
    assert [item["result"]["paragraphs"] for item in body["results"]] == [[], []]
    assert body["results"][0]["result"]["content_text"] == "\n".join(LINES)


async def test_one_bad_document_gets_a_problem_in_its_slot(make_client: MakeClient) -> None:
    client = await make_client(max_paragraphs=3)
    documents = [
        {"id": "ok-1", "text": "A line of text"},
        {"id": "both", "text": "a", "html": "<p>a</p>"},
        {"id": "long", "paragraphs": ["one", "two", "three", "four"]},
        "not an object",
        {"text": "no id"},
        {"id": "ok-2", "paragraphs": LINES},
    ]
    response = await client.post(URL, json={"documents": documents})
    assert response.status_code == 200
    items = response.json()["results"]
    assert [item["id"] for item in items] == ["ok-1", "both", "long", None, None, "ok-2"]
    assert [item["status"] for item in items] == [200, 422, 422, 422, 422, 200]
    assert all(("result" in item) == (item["status"] == 200) for item in items)
    problem = items[1]["problem"]
    assert problem["type"] == PROBLEM_BASE + "validation-error" and "exactly one" in problem["detail"]
    assert problem["errors"][0]["loc"][:3] == ["body", "documents", 1]
    assert problem["request_id"] == response.headers["x-request-id"]
    assert items[2]["problem"]["type"] == PROBLEM_BASE + "limit-exceeded"
    assert "id" in items[4]["problem"]["detail"]
    assert items[5]["result"]["stats"]["paragraphs"] == 2


async def test_an_id_is_a_string_or_an_integer_echoed_as_given(client: httpx.AsyncClient) -> None:
    documents = [
        {"id": 1, "text": "Hello"},
        {"id": "1", "text": "Hello"},
        {"id": 7, "text": "Hello", "threshold": 2},
        {"id": True, "text": "Hello"},
        {"id": 1.5, "text": "Hello"},
        {"id": None, "text": "Hello"},
        {"id": "x" * (MAX_ID_CHARS + 1), "text": "Hello"},
        {"id": "x" * MAX_ID_CHARS, "text": "Hello"},
    ]
    items = (await client.post(URL, json={"documents": documents})).json()["results"]
    assert [item["status"] for item in items] == [200, 200, 422, 422, 422, 422, 422, 200]
    assert items[0]["id"] == 1 and items[1]["id"] == "1" and items[7]["id"] == "x" * MAX_ID_CHARS
    assert items[2]["id"] == 7 and "threshold" in items[2]["problem"]["detail"]  # another field failed
    assert [item["id"] for item in items[3:6]] == [None, None, None]
    for index in range(3, 7):
        assert items[index]["problem"]["detail"] == f"body.documents.{index}.id: {ID_ERROR}"


async def test_an_id_with_half_a_surrogate_pair_is_a_problem_in_its_slot_alone(client: httpx.AsyncClient) -> None:
    """``"\\ud83d"`` is valid JSON but has no UTF-8 form: echoed back, it made the whole answer a 500."""
    body = b'{"documents": [{"id": "ok", "text": "Hello"}, {"id": "\\ud83d", "text": "Hello"}, {"id": "\\ud83d\\ude00", "text": "Hello"}]}'
    response = await client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    items = response.json()["results"]
    assert [(item["id"], item["status"]) for item in items] == [("ok", 200), (None, 422), ("\U0001f600", 200)]
    assert items[1]["problem"]["detail"] == f"body.documents.1.id: {ID_ERROR}"


async def test_a_document_that_is_no_object_is_said_so_in_json_words(client: httpx.AsyncClient) -> None:
    """The detail named the schema's class ("a valid dictionary or instance of BatchDocument")."""
    response = await client.post(URL, json={"documents": [5, "text", {"id": 1, "text": "Hello"}]})
    items = response.json()["results"]
    assert [item["status"] for item in items] == [422, 422, 200]
    for index, item in enumerate(items[:2]):
        assert item["problem"]["detail"] == f"body.documents.{index}: Input should be a JSON object"
        assert item["problem"]["errors"][0]["type"] == "model_type"
    whole = await client.post("/v1/classify", json=[5])
    assert whole.status_code == 422 and "ClassifyRequest" not in whole.text


async def test_a_threshold_that_is_no_number_is_a_problem_in_its_slot(client: httpx.AsyncClient) -> None:
    documents = [
        {"id": "true", "paragraphs": LINES, "threshold": True},
        {"id": "string", "paragraphs": LINES, "threshold": "0.5"},
        {"id": "integer", "paragraphs": LINES, "threshold": 0},
    ]
    items = (await client.post(URL, json={"documents": documents})).json()["results"]
    assert [item["status"] for item in items] == [422, 422, 200]
    for item in items[:2]:
        assert item["problem"]["type"] == PROBLEM_BASE + "validation-error" and "threshold" in item["problem"]["detail"]
    assert items[2]["result"]["stats"]["content"] == len(LINES)


async def test_too_many_documents_is_422(make_client: MakeClient) -> None:
    client = await make_client(max_batch=2)
    documents = [{"id": str(i), "text": "a"} for i in range(3)]
    problem = assert_problem(await client.post(URL, json={"documents": documents}), 422, "too-many-documents")
    assert "at most 2" in problem["detail"]


async def test_exactly_max_documents_pass(make_client: MakeClient) -> None:
    client = await make_client(max_batch=2)
    response = await client.post(URL, json={"documents": [{"id": "a", "text": "a"}, {"id": "b", "text": "b"}]})
    assert response.status_code == 200 and len(response.json()["results"]) == 2


async def test_empty_batch_is_an_empty_answer(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json={"documents": []})
    assert response.status_code == 200 and response.json()["results"] == []


@pytest.mark.parametrize("payload", [{}, {"documents": "x"}, {"documents": [], "extra": 1}, [1, 2]])
async def test_malformed_envelope_is_422(client: httpx.AsyncClient, payload: object) -> None:
    assert_problem(await client.post(URL, json=payload), 422, "validation-error")


async def test_invalid_json_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, content=b'{"documents": [', headers={"Content-Type": "application/json"})
    assert_problem(response, 400, "malformed-json")


async def test_raw_bodies_are_415(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, content=b"<p>x</p>", headers={"Content-Type": "text/html"})
    assert_problem(response, 415, "unsupported-media-type")


async def test_a_defect_on_one_document_fails_that_slot_alone(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception the core did not raise on purpose (a bug) is a 500 problem in its slot; the others
    are answered and the cause is logged, not sent."""
    import service.api.documents as documents

    real = documents.classify_document

    def defective(model, document, limits, threshold):  # type: ignore[no-untyped-def]
        if document.text == "trips the bug":
            raise RuntimeError("a defect with internal details")
        return real(model, document, limits, threshold)

    monkeypatch.setattr(documents, "classify_document", defective)
    body = {
        "documents": [{"id": "a", "text": "A line."}, {"id": "b", "text": "trips the bug"}, {"id": "c", "text": "B."}]
    }
    response = await client.post(URL, json=body)
    assert response.status_code == 200
    items = response.json()["results"]
    assert [item["status"] for item in items] == [200, 500, 200]
    assert items[1]["problem"]["type"] == PROBLEM_BASE + "internal-error"
    assert "internal details" not in response.text


async def test_a_client_gone_mid_batch_gets_no_more_documents_classified(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker used to classify a whole batch for a client that had disconnected, and log a 200."""
    import json

    from service.api import documents as documents_module

    classified: list[object] = []
    real = documents_module.classify_document

    def counting(*args: object, **kwargs: object) -> object:
        classified.append(args)
        time.sleep(0.02)  # a page's worth of work: the disconnect arrives meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(documents_module, "classify_document", counting)
    app = make_app()
    body = json.dumps({"documents": [{"id": str(i), "paragraphs": LINES} for i in range(64)]}).encode()
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    sent: list[dict] = []

    async def receive() -> dict:
        if messages:
            return messages.pop(0)
        await anyio.sleep(0.05)  # the client goes away while the batch is classified
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": URL, "raw_path": URL.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
    }  # fmt: skip
    await app(scope, receive, send)
    assert 0 < len(classified) < 64
    assert not [m for m in sent if m["type"] == "http.response.start"]


def test_classify_documents_stops_once_the_client_is_gone() -> None:
    import threading

    from starlette.requests import ClientDisconnect

    from service.api.documents import classify_documents

    gone = threading.Event()
    gone.set()
    with pytest.raises(ClientDisconnect):
        classify_documents(None, [object()], None, None, gone)  # type: ignore[arg-type, list-item]
