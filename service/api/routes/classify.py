"""Classify one page, or a batch of them."""

from __future__ import annotations

import threading
from time import perf_counter
from typing import Any

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from starlette.types import Scope

from ...core.report import Listing
from ...core.types import Result
from ..deps import ListingQuery, ModelDep, RuntimeDep, ThresholdQuery, known_query
from ..documents import (
    HTML_TYPES,
    JSON_SUFFIX,
    JSON_TYPE,
    TEXT_TYPES,
    BatchEntry,
    accepted_document_type,
    accepted_json_type,
    body_codings,
    classify_document,
    classify_documents,
    parse_batch,
    parse_document,
    read_body,
    watch_disconnect,
)
from ..errors import ProblemError, problem_body
from ..metrics import Metrics
from ..schemas import BatchResponse, ClassifyResponse, model_ref, problem_responses, result_body
from ..state import Runtime

router = APIRouter(prefix="/v1", tags=["classify"], dependencies=[Depends(known_query)])

MS_PER_S = 1000.0
#: When the classify routes answer the statuses a client would not guess.
ERROR_NOTES = {
    401: "no valid API key (only when WINNOW_API_KEYS is set)",
    408: "the body did not arrive within WINNOW_BODY_TIMEOUT_S of the headers; the connection is closed",
    501: "a Transfer-Encoding other than chunked (Content-Encoding compresses a body); the connection is closed",
}
#: 500: a defect, answered as a bare problem with the request id (the request middleware's).
CLASSIFY_ERRORS = problem_responses(400, 401, 408, 413, 415, 422, 500, 501, 503, notes=ERROR_NOTES)
RAW_BODY = {"schema": {"type": "string", "minLength": 1}}
#: The JSON media types accepted: application/json and any application/...+json (a media type range).
JSON_TYPES = (JSON_TYPE, "application/*" + JSON_SUFFIX)
COMPRESSED_BODY = (
    "A body may be compressed: Content-Encoding gzip or deflate (another coding is a 415); the decoded body "
    "is held to WINNOW_MAX_BODY_BYTES too (413)."
)


def json_content(schema: str) -> dict[str, Any]:
    """The ``content`` entries of a JSON request body of ``schema``, for every JSON type accepted."""
    return {mtype: {"schema": {"$ref": f"#/components/schemas/{schema}"}} for mtype in JSON_TYPES}


CLASSIFY_BODY = {
    "requestBody": {
        "required": True,
        "description": "JSON (application/json or application/*+json, UTF-8) with exactly one of html, text or "
        "paragraphs; or a raw HTML (text/html, application/xhtml+xml), text/plain or text/markdown body, whose "
        "charset parameter is honoured. ?threshold= sets the cut-off of a raw body and of a JSON body without a "
        "threshold of its own. " + COMPRESSED_BODY,
        "content": json_content("ClassifyRequest") | {mtype: RAW_BODY for mtype in sorted(HTML_TYPES | TEXT_TYPES)},
    },
}
BATCH_BODY = {
    "requestBody": {
        "required": True,
        "description": "Up to WINNOW_MAX_BATCH documents, each as the JSON body of /v1/classify "
        "(application/json or application/*+json, UTF-8); ?threshold= sets the cut-off of each document without a "
        "threshold of its own. " + COMPRESSED_BODY,
        "content": json_content("BatchRequest"),
    },
}


def default_threshold(query: float | None, runtime: Runtime) -> float | None:
    """The cut-off of a document without its own: ``?threshold=``, else ``WINNOW_THRESHOLD`` (else,
    in the core, the model's)."""
    return query if query is not None else runtime.settings.threshold


def elapsed_ms(started: float) -> float:
    return round((perf_counter() - started) * MS_PER_S, 3)


@router.post(
    "/classify",
    response_model=ClassifyResponse,
    responses=CLASSIFY_ERRORS,
    openapi_extra=CLASSIFY_BODY,
    summary="Label every paragraph of one page as content or chrome",
)
async def classify_page(
    request: Request,
    runtime: RuntimeDep,
    model: ModelDep,
    threshold: ThresholdQuery = None,
    listing: ListingQuery = "all",
) -> JSONResponse:
    started = perf_counter()
    async with runtime.limiter.admit(request):
        mtype = accepted_document_type(request.headers.get("content-type"))
        codings = body_codings(request)
        settings = runtime.settings
        document = parse_document(
            await read_body(request, codings, settings.max_body_bytes, settings.body_timeout_s), mtype
        )
        default = default_threshold(threshold, runtime)
        result = await run_in_threadpool(classify_document, model, document, runtime.limits, default)
    runtime.metrics.observe_result(result)
    body = {"model": model_ref(model), **result_body(result, document.url, listing), "elapsed_ms": elapsed_ms(started)}
    return JSONResponse(body)


@router.post(
    "/classify/batch",
    response_model=BatchResponse,
    responses=CLASSIFY_ERRORS,
    openapi_extra=BATCH_BODY,
    summary="Classify up to WINNOW_MAX_BATCH documents; a bad one gets a problem in its slot",
)
async def classify_batch(
    request: Request,
    runtime: RuntimeDep,
    model: ModelDep,
    threshold: ThresholdQuery = None,
    listing: ListingQuery = "all",
) -> JSONResponse:
    started = perf_counter()
    async with runtime.limiter.admit(request):
        accepted_json_type(request.headers.get("content-type"))
        codings = body_codings(request)
        body = await read_body(request, codings, runtime.settings.max_body_bytes, runtime.settings.body_timeout_s)
        entries = parse_batch(body, runtime.settings.max_batch)
        documents = [entry.document for entry in entries]
        default = default_threshold(threshold, runtime)
        gone = threading.Event()  # a client that went away gets no more of its documents classified
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(watch_disconnect, request, gone)
            try:
                outcomes = await run_in_threadpool(classify_documents, model, documents, runtime.limits, default, gone)
            except ClientDisconnect:
                outcomes = []
            finally:
                tasks.cancel_scope.cancel()
        if gone.is_set():
            raise ClientDisconnect  # logged as 499, nothing sent
    # a large batch's answer takes a while to build: off the event loop, as the classification is
    items = await run_in_threadpool(
        lambda: [
            batch_item(e, o, request.scope, runtime.metrics, listing) for e, o in zip(entries, outcomes, strict=True)
        ]
    )
    return JSONResponse({"model": model_ref(model), "results": items, "elapsed_ms": elapsed_ms(started)})


def batch_item(
    entry: BatchEntry, outcome: Result | ProblemError, scope: Scope, metrics: Metrics, listing: Listing = "all"
) -> dict[str, Any]:
    """One slot of the batch answer: the result, or the problem of that document alone."""
    if isinstance(outcome, ProblemError):
        problem = problem_body(outcome.status, outcome.slug, outcome.detail, scope, errors=outcome.errors)
        return {"id": entry.id, "status": outcome.status, "problem": problem}
    metrics.observe_result(outcome)
    url = entry.document.url if not isinstance(entry.document, ProblemError) else None
    return {"id": entry.id, "status": 200, "result": result_body(outcome, url, listing)}
