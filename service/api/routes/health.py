"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import ModelDep
from ..schemas import Health, Ready, model_ref, problem_responses

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="Liveness: the process answers")
async def healthz() -> dict[str, Any]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Ready,
    responses=problem_responses(503),
    summary="Readiness: 200 only once the model is verified and loaded",
)
async def readyz(model: ModelDep) -> dict[str, Any]:
    return {"status": "ready", "model": model_ref(model)}
