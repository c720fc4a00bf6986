"""Problem details (RFC 9457) and the one place where errors become HTTP responses.

core InputError
├── DecodeError                  400 undecodable-input
├── EmptyInputError              422 invalid-input
└── LimitExceededError           413 payload-too-large (bytes) / 422 limit-exceeded (paragraphs)
core ModelError                  503 model-unavailable (+ Retry-After)
ProblemError (raised by the API) its own status and type: 400, 401, 415, 422, 503 overloaded ...
RequestValidationError           422 validation-error, or 400 malformed-json for unparsable JSON
Starlette HTTPException          404 not-found, 405 method-not-allowed, ...
anything else                    500 internal-error, without details (the middleware's job)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from ..core.errors import DecodeError, InputError, LimitExceededError, ModelError

PROBLEM_BASE = "https://winnow.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
#: Seconds a client should wait before retrying when the worker is saturated.
OVERLOAD_RETRY_AFTER_S = 1
#: Seconds a client should wait before retrying when the model is not loaded.
MODEL_RETRY_AFTER_S = 30
#: Pydantic error types that mean "this is not JSON at all" (400) rather than "wrong JSON" (422).
MALFORMED_JSON_ERRORS = frozenset({"json_invalid", "json_type"})
#: Slugs for the HTTP errors Starlette raises itself.
HTTP_SLUGS = {404: "not-found", 405: "method-not-allowed"}
UNAVAILABLE_DETAIL = "The model is not loaded; see /readyz."


class ProblemResponse(JSONResponse):
    """A JSON response with the problem+json media type."""

    media_type = PROBLEM_MEDIA_TYPE


@dataclass(eq=False)
class ProblemError(Exception):
    """An HTTP error raised by the API layer; rendered as a problem object."""

    status: int
    slug: str
    detail: str
    headers: dict[str, str] = field(default_factory=dict)
    errors: list[dict[str, Any]] | None = None

    def __str__(self) -> str:
        return self.detail


def request_id_of(scope: Scope) -> str | None:
    """The id the request middleware gave this request."""
    state = scope.get("state")
    return state.get("request_id") if isinstance(state, Mapping) else None


def problem_body(status: int, slug: str, detail: str, scope: Scope, **extra: Any) -> dict[str, Any]:
    """The problem object for one error of one request."""
    body = {
        "type": PROBLEM_BASE + slug,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": scope.get("path"),
        "request_id": request_id_of(scope),
    }
    body.update((key, value) for key, value in extra.items() if value is not None)
    return body


def problem_response(
    status: int, slug: str, detail: str, scope: Scope, headers: Mapping[str, str] | None = None, **extra: Any
) -> ProblemResponse:
    return ProblemResponse(problem_body(status, slug, detail, scope, **extra), status_code=status, headers=headers)


def core_problem(exc: InputError | ModelError) -> ProblemError:
    """The HTTP problem for an error the core raised."""
    if isinstance(exc, ModelError):
        return model_unavailable()
    if isinstance(exc, LimitExceededError):
        if "bytes" in exc.what:
            return ProblemError(413, "payload-too-large", str(exc))
        return ProblemError(422, "limit-exceeded", str(exc))
    status = 400 if isinstance(exc, DecodeError) else 422
    return ProblemError(status, exc.code, str(exc))


def model_unavailable() -> ProblemError:
    return ProblemError(503, "model-unavailable", UNAVAILABLE_DETAIL, {"Retry-After": str(MODEL_RETRY_AFTER_S)})


def overloaded() -> ProblemError:
    detail = "Too many classify requests in flight; retry shortly."
    return ProblemError(503, "overloaded", detail, {"Retry-After": str(OVERLOAD_RETRY_AFTER_S)})


def body_timeout(seconds: float) -> ProblemError:
    """408 for a body that did not arrive in time; the connection is closed (its rest is not read)."""
    detail = f"The request body did not arrive within {seconds:g} s."
    return ProblemError(408, "request-timeout", detail, {"Connection": "close"})


def unauthorized() -> ProblemError:
    detail = "A valid API key is required (Authorization: Bearer KEY or X-API-Key: KEY)."
    return ProblemError(401, "unauthorized", detail, {"WWW-Authenticate": "Bearer"})


#: pydantic's error for a value that is not an object, whose message names the model's class.
MODEL_TYPE_ERROR = "model_type"
#: What such an error says instead.
OBJECT_EXPECTED = "Input should be a JSON object"


def validation_problem(errors: Iterable[Mapping[str, Any]]) -> ProblemError:
    """400 when the body is not JSON, else 422 listing what is wrong (without echoing the input, or naming
    the schema's classes: a value that should be an object says so in JSON's words)."""
    listed = [
        {
            "loc": list(e.get("loc", ())),
            "msg": OBJECT_EXPECTED if e.get("type") == MODEL_TYPE_ERROR else e.get("msg", ""),
            "type": e.get("type", ""),
        }
        for e in errors
    ]
    if any(e["type"] in MALFORMED_JSON_ERRORS for e in listed):
        return ProblemError(400, "malformed-json", "The request body is not valid JSON.", errors=listed)
    detail = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in listed)
    return ProblemError(422, "validation-error", detail or "Invalid request.", errors=listed)


def from_pydantic(exc: ValidationError, prefix: tuple[str | int, ...] = ("body",)) -> ProblemError:
    """The problem for a body that failed validation against a request schema."""
    return validation_problem({**e, "loc": (*prefix, *e["loc"])} for e in exc.errors(include_input=False))


def render(problem: ProblemError, scope: Scope) -> ProblemResponse:
    return problem_response(
        problem.status, problem.slug, problem.detail, scope, headers=problem.headers, errors=problem.errors
    )


async def _problem_handler(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, ProblemError)
    return render(exc, request.scope)


async def _core_handler(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, InputError | ModelError)
    return render(core_problem(exc), request.scope)


async def _validation_handler(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    return render(validation_problem(exc.errors()), request.scope)


def with_head(headers: Mapping[str, str] | None) -> dict[str, str] | None:
    """A 405's headers with HEAD in ``Allow`` wherever GET is: every GET route answers HEAD too
    (``routes.get_and_head``), but Starlette names the methods of the first route on the path only."""
    allowed = [method.strip() for method in (headers or {}).get("Allow", "").split(",") if method.strip()]
    if "GET" not in allowed or "HEAD" in allowed:
        return dict(headers) if headers else None
    return {**(headers or {}), "Allow": ", ".join([*allowed, "HEAD"])}


async def _http_handler(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    slug = HTTP_SLUGS.get(exc.status_code, f"http-{exc.status_code}")
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    headers = with_head(exc.headers) if exc.status_code == HTTPStatus.METHOD_NOT_ALLOWED else exc.headers
    return problem_response(exc.status_code, slug, detail, request.scope, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Register every mapping above on ``app``."""
    app.add_exception_handler(ProblemError, _problem_handler)
    app.add_exception_handler(InputError, _core_handler)
    app.add_exception_handler(ModelError, _core_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_handler)
