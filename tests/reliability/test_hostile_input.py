"""Hostile input, through the API and through the core: a correct answer or a clear 4xx, never a 5xx.

A 2xx must account for every visible marker (in a paragraph, or the answer marked
truncated); a 4xx must be the expected problem; and the service must keep answering.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from service.api.settings import DEFAULT_MAX_BODY_BYTES
from service.core.artifact import Model
from service.core.classify import classify
from service.core.errors import InputError, LimitExceededError
from tests.api.conftest import MakeClient
from tests.api.support import assert_problem
from tests.reliability.hostile import HTML, OK, SECRET_TEXT, Hostile, hostile_cases
from tests.reliability.support import default_limits, unaccounted_in_body, unaccounted_in_result

URL = "/v1/classify"
CHUNK = 64 * 1024
CASES = hostile_cases()
CORE_CASES = [case for case in CASES if case.core_input is not None]
#: Problem types the core's InputError maps to: a core call must raise for these.
CORE_SLUGS = {"invalid-input", "undecodable-input", "limit-exceeded", "payload-too-large"}


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET_TEXT)
    return secret


def case_named(name: str, secret: Path) -> Hostile:
    return next(case for case in hostile_cases(str(secret)) if case.name == name)


async def still_answers(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).status_code == 200
    response = await client.post(URL, json={"html": "<p>still answering</p>"})
    assert response.status_code == 200 and response.json()["paragraphs"][0]["text"] == "still answering"


def check_answer(case: Hostile, response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:500]
    if case.status != OK:
        body = assert_problem(response, case.status, case.slug or "")
        assert case.detail is None or case.detail in body["detail"], body["detail"]
        return
    assert response.status_code == OK, response.text[:500]
    body = response.json()
    assert not unaccounted_in_body(body, case.markers)
    texts = " ".join(p["text"] for p in body["paragraphs"])
    assert not [text for text in case.absent if text in texts or text in body["content_text"]]
    assert case.paragraphs is None or len(body["paragraphs"]) == case.paragraphs


@pytest.mark.anyio
@pytest.mark.parametrize("name", [case.name for case in CASES])
async def test_api_answers_hostile_input(make_client: MakeClient, secret_file: Path, name: str) -> None:
    case = case_named(name, secret_file)
    client = await make_client(**case.settings)
    headers = {"Content-Type": case.content_type} if case.content_type else {}
    request = client.build_request("POST", URL, content=case.build(), headers=headers)
    assert request.headers.get("content-type") == case.content_type
    check_answer(case, await client.send(request))
    await still_answers(client)


async def chunks(data: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(data), CHUNK):
        yield data[start : start + CHUNK]


@pytest.mark.anyio
@pytest.mark.parametrize(("size", "status"), [(DEFAULT_MAX_BODY_BYTES + 1, 413), (DEFAULT_MAX_BODY_BYTES, OK)])
async def test_api_chunked_body_at_and_over_the_limit(make_client: MakeClient, size: int, status: int) -> None:
    client = await make_client()
    body = b"<p>chunkedmark</p><script>" + b"x" * size
    body = body[: size - len(b"</script>")] + b"</script>"
    request = client.build_request("POST", URL, content=chunks(body), headers={"Content-Type": HTML})
    assert "content-length" not in request.headers
    response = await client.send(request)
    if status == OK:
        assert response.status_code == OK and not unaccounted_in_body(response.json(), ["chunkedmark"])
    else:
        assert_problem(response, 413, "payload-too-large")
    await still_answers(client)


@pytest.mark.parametrize("name", [case.name for case in CORE_CASES])
def test_core_answers_hostile_input(model: Model, secret_file: Path, name: str) -> None:
    """The same pages straight into ``classify``: a result accounting for every marker, or an InputError."""
    case = case_named(name, secret_file)
    limits = default_limits(**case.settings)
    if (case.core_status or case.status) != OK:
        assert case.slug in CORE_SLUGS
        with pytest.raises(InputError) as raised:
            classify(model, limits=limits, **case.core_input)  # type: ignore[arg-type]
        assert case.detail is None or case.detail in str(raised.value)
        return
    result = classify(model, limits=limits, **case.core_input)  # type: ignore[arg-type]
    assert not unaccounted_in_result(result, case.markers)
    texts = " ".join(p.text for p in result.paragraphs)
    assert not [text for text in case.absent if text in texts]
    assert case.paragraphs is None or len(result.paragraphs) == case.paragraphs


def test_core_without_limits_reports_what_libxml2_dropped(model: Model) -> None:
    """Without a depth limit the core still never drops text silently: the result says it is truncated."""
    page = "<div>" * 5_000 + "deepmark" + "</div>" * 5_000 + "<p>afterdeep</p>"
    result = classify(model, html=page)
    assert result.truncated and result.warnings
    assert not unaccounted_in_result(result, ["deepmark", "afterdeep"])
    with pytest.raises(LimitExceededError, match="nesting depth"):
        classify(model, html=page, limits=default_limits())
