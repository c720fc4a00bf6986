"""Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from ..deps import RuntimeDep
from . import get_and_head

router = APIRouter(tags=["operations"])


@get_and_head(
    router,
    "/metrics",
    response_class=Response,
    responses={200: {"description": "Prometheus text exposition format.", "content": {CONTENT_TYPE_LATEST: {}}}},
    summary="Request counts and latencies, paragraphs by label, model info",
)
async def metrics(runtime: RuntimeDep) -> Response:
    return Response(runtime.metrics.render(), media_type=CONTENT_TYPE_LATEST)
