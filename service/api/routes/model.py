"""The model being served."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import ModelDep, RuntimeDep
from ..schemas import ModelInfo, model_info, problem_responses
from . import get_and_head

router = APIRouter(prefix="/v1", tags=["model"])


@get_and_head(
    router,
    "/model",
    response_model=ModelInfo,
    responses=problem_responses(401, 503),
    summary="Name, version, hash, training date, metrics and library versions of the model",
)
async def get_model_info(model: ModelDep, runtime: RuntimeDep) -> dict[str, Any]:
    return model_info(model, runtime.settings.threshold)
