"""One router per resource."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import APIRouter

EndpointT = TypeVar("EndpointT", bound=Callable[..., Any])


def get_and_head(router: APIRouter, path: str, **options: Any) -> Callable[[EndpointT], EndpointT]:
    """``router.get`` that answers HEAD too (RFC 9110 §9.3.2: the GET's status and headers, no body).

    FastAPI routes only the methods they are given. HEAD is a second route on the same endpoint,
    kept out of the OpenAPI schema (an operation per method would repeat every GET); the server
    drops its body.
    """

    def register(endpoint: EndpointT) -> EndpointT:
        router.get(path, **options)(endpoint)
        router.head(path, **{**options, "include_in_schema": False})(endpoint)
        return endpoint

    return register
