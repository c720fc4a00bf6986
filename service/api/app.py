"""The FastAPI application: ``create_app`` builds one; the lifespan loads its model.

Nothing happens at import: uvicorn calls ``create_app()`` (settings from the environment)
in each worker, and tests call it with their own settings and, if they like, a model.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import partial
from importlib import metadata
from typing import Any

import anyio
from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from pydantic.json_schema import models_json_schema

from ..core.artifact import Model, load_model
from ..core.errors import ModelError
from ..core.warmup import warm_up
from .deps import require_api_key
from .errors import install_error_handlers
from .logging import LOGGER_NAME
from .middleware import BodyLimitMiddleware, GZipAcceptedMiddleware, RequestMiddleware
from .routes import classify, health, metrics
from .routes import model as model_routes
from .schemas import BatchRequest, ClassifyRequest, Problem
from .settings import Settings
from .state import Runtime

PACKAGE = "winnow"
TITLE = "Winnow"
DESCRIPTION = "Labels every paragraph of a web page as article `content` or publisher `chrome`."
#: Schemas the routes reference by hand (their bodies are parsed by the routes themselves).
EXTRA_SCHEMAS = (ClassifyRequest, BatchRequest, Problem)
SCHEMA_REF = "#/components/schemas/{model}"
OPEN_ROUTERS = (health.router, metrics.router)
#: Routers behind WINNOW_API_KEYS when it is set.
SECURED_ROUTERS = (classify.router, model_routes.router)
#: Answers shorter than this go out as they are (gzip's header and trailer would outweigh the gain).
GZIP_MIN_BYTES = 1024
#: The fastest level: an answer of 50 KiB compresses in about 0.2 ms to a sixth of its size; the
#: default level 9 takes 1.4 ms for a fifth less (docs/performance.md, "Compressed answers").
GZIP_LEVEL = 1

logger = logging.getLogger(LOGGER_NAME)


class WinnowAPI(FastAPI):
    """FastAPI with the hand-parsed request bodies added to the OpenAPI components."""

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema is None:
            self.openapi_schema = with_extra_schemas(super().openapi())
        return self.openapi_schema


def with_extra_schemas(schema: dict[str, Any]) -> dict[str, Any]:
    """Add ``EXTRA_SCHEMAS`` (and the models they use) to the schema's components."""
    _, defs = models_json_schema([(m, "validation") for m in EXTRA_SCHEMAS], ref_template=SCHEMA_REF)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in defs.get("$defs", {}).items():
        components.setdefault(name, definition)
    return schema


def package_version() -> str:
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return "0"


async def load_into(runtime: Runtime, *, fail_fast: bool) -> None:
    """Load and verify the configured model and warm it up (:func:`~..core.warmup.warm_up`); on failure
    raise (``fail_fast``) or log it and stay unready."""
    path = runtime.settings.model_path
    try:
        runtime.model = await anyio.to_thread.run_sync(partial(load_model, path, text_pass=runtime.settings.text_pass))
    except (ModelError, OSError) as exc:
        logger.error("model not loaded", extra={"model_path": str(path), "error": str(exc)})
        if fail_fast:
            raise
        return
    model = runtime.model
    await anyio.to_thread.run_sync(warm_up, model)  # before the first request, not in it
    logger.info("model loaded", extra={"model": model.name, "version": model.version, "text_pass": model.text_pass})


def lifespan_for(runtime: Runtime, *, fail_fast: bool) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if runtime.model is None:
            await load_into(runtime, fail_fast=fail_fast)
        if runtime.model is not None:
            runtime.metrics.set_model(runtime.model)
        try:
            yield
        finally:
            runtime.metrics.close()

    return lifespan


def create_app(settings: Settings | None = None, model: Model | None = None, *, fail_fast: bool = True) -> FastAPI:
    """Build the app. Without ``model``, the lifespan loads ``settings.model_path`` at start-up;
    if that fails, start-up fails (``fail_fast``) or the app serves 503 until restarted."""
    settings = settings or Settings()
    runtime = Runtime.create(settings, model)
    app = WinnowAPI(
        title=TITLE,
        version=package_version(),
        description=DESCRIPTION,
        lifespan=lifespan_for(runtime, fail_fast=fail_fast),
    )
    app.state.runtime = runtime
    install_error_handlers(app)
    secured = [Depends(require_api_key)] if runtime.api_keys else []
    for router in OPEN_ROUTERS:
        app.include_router(router)
    for router in SECURED_ROUTERS:
        app.include_router(router, dependencies=secured)
    if settings.gzip:
        app.add_middleware(GZipAcceptedMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RequestMiddleware, metrics=runtime.metrics, paths=route_paths(app))
    return app


def route_paths(app: FastAPI) -> frozenset[str]:
    """Every path the app serves (all static), for request metrics and logs."""
    routers = (*OPEN_ROUTERS, *SECURED_ROUTERS)
    paths = {route.path for router in routers for route in router.routes if isinstance(route, APIRoute)}
    return frozenset(paths | {path for route in app.routes if (path := getattr(route, "path", None))})
