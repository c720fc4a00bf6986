"""One JSON access line per request, with its id; page content, headers and keys never logged."""

from __future__ import annotations

import json
import logging
import logging.config
import sys

import httpx
import pytest

from service.api.logging import ACCESS_LOGGER_NAME, JsonFormatter, log_config
from tests.api.conftest import MakeApp, MakeClient, Serve
from tests.api.support import LogCapture

pytestmark = pytest.mark.anyio

CANARY = "canary-5d0e7b21"
ACCESS_FIELDS = {"ts", "level", "logger", "msg", "request_id", "method", "route", "status", "duration_ms"}
UUID_HEX_CHARS = 32


async def test_one_json_line_per_request(client: httpx.AsyncClient, logs: LogCapture) -> None:
    responses = [
        await client.get("/healthz", headers={"X-Request-ID": "trace.id-1_A"}),
        await client.post("/v1/classify", json={"text": "one line"}),
        await client.post("/v1/classify", json={}),
        await client.get("/nowhere"),
    ]
    lines = logs.records(ACCESS_LOGGER_NAME)
    assert len(lines) == len(responses)
    assert [line["request_id"] for line in lines] == [r.headers["x-request-id"] for r in responses]
    assert lines[0]["request_id"] == "trace.id-1_A"
    assert [(line["method"], line["route"], line["status"]) for line in lines] == [
        ("GET", "/healthz", 200),
        ("POST", "/v1/classify", 200),
        ("POST", "/v1/classify", 422),
        ("GET", "<unmatched>", 404),
    ]
    assert all(set(line) == ACCESS_FIELDS and line["duration_ms"] >= 0 for line in lines)


@pytest.mark.parametrize("given", ["", "x" * 129, "has space", "semi;colon", "ünïcode", "a/b"])
async def test_malformed_request_ids_are_replaced(client: httpx.AsyncClient, given: str) -> None:
    response = await client.get("/healthz", headers=[(b"X-Request-ID", given.encode())])
    echoed = response.headers["x-request-id"]
    assert echoed != given and len(echoed) == UUID_HEX_CHARS and int(echoed, 16) >= 0


async def test_request_ids_are_generated_and_unique(client: httpx.AsyncClient) -> None:
    ids = {(await client.get("/healthz")).headers["x-request-id"] for _ in range(5)}
    assert len(ids) == 5
    longest = "a" * 128
    assert (await client.get("/healthz", headers={"X-Request-ID": longest})).headers["x-request-id"] == longest


async def test_content_headers_and_keys_never_reach_the_logs(make_client: MakeClient, logs: LogCapture) -> None:
    key = f"{CANARY}-key"
    client = await make_client(api_keys=key)
    auth = {"Authorization": f"Bearer {key}", "X-Custom": CANARY}
    page = f"<html><body><p>{CANARY} in the page</p></body></html>"
    sent = [
        await client.post("/v1/classify", json={"html": page, "url": f"https://{CANARY}.example/"}, headers=auth),
        await client.post("/v1/classify", content=page.encode(), headers={**auth, "Content-Type": "text/html"}),
        await client.post(
            f"/v1/classify?threshold={CANARY}", content=b"x", headers={**auth, "Content-Type": "text/plain"}
        ),
        await client.post("/v1/classify", json={"text": CANARY, "bad": 1}, headers=auth),
        await client.post("/v1/classify", json={"text": CANARY}, headers={"X-API-Key": f"{CANARY}-wrong"}),
        await client.get(f"/v1/model?{CANARY}=1", headers={"Cookie": f"session={CANARY}", **auth}),
    ]
    assert [r.status_code for r in sent] == [200, 200, 422, 422, 401, 200]
    assert len(logs.records(ACCESS_LOGGER_NAME)) == len(sent)
    assert CANARY not in logs.text


async def test_a_crash_is_logged_without_its_message(make_app: MakeApp, serve: Serve, logs: LogCapture) -> None:
    app = make_app()

    async def broken() -> None:
        raise ValueError(CANARY)

    app.add_api_route("/v1/broken", broken)
    response = await (await serve(app)).get("/v1/broken")
    assert response.status_code == 500
    errors = [line for line in logs.records() if "exception" in line]
    assert len(errors) == 1 and errors[0]["exception"]["type"] == "ValueError"
    assert errors[0]["request_id"] == response.headers["x-request-id"]
    assert "broken" in errors[0]["exception"]["stack"]
    assert CANARY not in logs.text
    assert logs.records(ACCESS_LOGGER_NAME)[-1]["status"] == 500


def test_formatter_emits_extra_fields_as_json() -> None:
    record = logging.LogRecord("winnow.test", logging.INFO, __file__, 1, "hello %s", ("there",), None)
    record.request_id = "r1"
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "hello there" and line["request_id"] == "r1" and line["level"] == "info"


def test_formatter_keeps_the_type_and_stack_of_an_exception_only() -> None:
    try:
        raise KeyError(CANARY)
    except KeyError:
        record = logging.LogRecord("winnow.test", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    text = JsonFormatter().format(record)
    assert json.loads(text)["exception"]["type"] == "KeyError" and CANARY not in text


def test_log_config_is_valid_for_dictconfig() -> None:
    config = log_config("debug")
    logging.config.dictConfig({**config, "loggers": {}, "incremental": False, "disable_existing_loggers": False})
    assert config["loggers"]["winnow"]["level"] == "DEBUG"
    assert config["loggers"]["uvicorn.access"]["handlers"] == []
