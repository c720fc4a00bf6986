"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import ModelDep
from ..schemas import Health, Ready, model_ref, problem_responses
from . import get_and_head

router = APIRouter(tags=["health"])


@get_and_head(router, "/healthz", response_model=Health, summary="Liveness: the process answers")
async def healthz() -> dict[str, Any]:
    return {"status": "ok"}


@get_and_head(
    router,
    "/readyz",
    response_model=Ready,
    responses=problem_responses(503),
    summary="Readiness: 200 only once the model is verified and loaded",
)
async def readyz(model: ModelDep) -> dict[str, Any]:
    return {"status": "ready", "model": model_ref(model)}
