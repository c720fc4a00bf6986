"""Dependencies, as ``Annotated`` aliases so that routes read as plain signatures."""

from __future__ import annotations

import hmac
from collections import Counter
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from ..core.artifact import Model
from ..core.report import Listing
from .errors import model_unavailable, unauthorized, validation_problem
from .schemas import Threshold
from .state import Runtime

API_KEY_HEADER = "X-API-Key"

bearer_scheme = HTTPBearer(auto_error=False, description="An API key from WINNOW_API_KEYS, as a bearer token.")
api_key_scheme = APIKeyHeader(name=API_KEY_HEADER, auto_error=False, description="An API key from WINNOW_API_KEYS.")


def get_runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_model(runtime: RuntimeDep) -> Model:
    """The loaded model, or a 503 problem while there is none."""
    if runtime.model is None:
        raise model_unavailable()
    return runtime.model


ModelDep = Annotated[Model, Depends(get_model)]
ThresholdQuery = Annotated[
    Threshold | None,
    Query(
        description="Content score cut-off for a raw body, and for a JSON body or batch document without a "
        "threshold of its own (its own threshold wins).",
    ),
]

ListingQuery = Annotated[
    Listing,
    Query(
        alias="list",
        description="Which paragraphs the response lists: all (default), content (the article's only) or none "
        "(content_text, stats and paywall alone: smaller answers for callers who keep only the article).",
    ),
]


def key_matches(given: bytes, keys: tuple[bytes, ...]) -> bool:
    """True when ``given`` is one of ``keys``; every key is compared, each in constant time."""
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key)
    return matched


#: White space around a header's value, which is not part of it (RFC 9110 §5.5); some servers keep it.
HEADER_WHITESPACE = " \t"


def _header_bytes(value: str) -> bytes:
    # Starlette decodes header bytes as latin-1, so this gives back exactly what was sent, less the white
    # space around it.
    return value.strip(HEADER_WHITESPACE).encode("latin-1")


async def require_api_key(
    runtime: RuntimeDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    api_key: Annotated[str | None, Depends(api_key_scheme)],
) -> None:
    """Let the request through only with a configured key in ``Authorization: Bearer`` or ``X-API-Key``."""
    keys = runtime.api_keys
    given = [value for value in (bearer.credentials if bearer else None, api_key) if value]
    if not any(key_matches(_header_bytes(value), keys) for value in given):
        raise unauthorized()


#: The query parameters the classify routes read (``ThresholdQuery``, ``ListingQuery``).
CLASSIFY_QUERY = frozenset({"threshold", "list"})


def known_query(request: Request) -> None:
    """Refuse a query parameter the classify routes do not read, as a JSON body's unknown field is: a typo
    (``?lists=none``) would otherwise be ignored, and the answer not the one asked for. So is one given
    twice (``?threshold=0.1&threshold=0.9``): which of the two was meant cannot be told."""
    counts = Counter(name for name, _ in request.query_params.multi_items())
    unknown = sorted(set(counts) - CLASSIFY_QUERY)
    repeated = sorted(name for name in CLASSIFY_QUERY if counts[name] > 1)
    known = ", ".join(sorted(CLASSIFY_QUERY))
    errors = [
        *(
            {"loc": ["query", n], "msg": f"Unknown query parameter (known: {known})", "type": "extra_forbidden"}
            for n in unknown
        ),
        *({"loc": ["query", n], "msg": "Given more than once", "type": "repeated_parameter"} for n in repeated),
    ]
    if errors:
        raise validation_problem(errors)
