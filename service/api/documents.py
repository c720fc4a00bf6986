"""Request bodies → documents → one ``classify`` call each.

A document arrives as JSON (``application/json``) or as a raw body: ``text/html`` is HTML
and ``text/plain`` or ``text/markdown`` is text, decoded by the core with the ``charset`` parameter
(unless the body says otherwise: :meth:`Document.sniffed`).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

import anyio
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from ..core import sniff
from ..core.artifact import Model
from ..core.classify import Limits, classify
from ..core.errors import InputError
from ..core.parse import UTF8, normalize_encoding
from ..core.types import Result
from .codings import decoded, request_codings
from .errors import ProblemError, body_timeout, core_problem, from_pydantic
from .logging import LOGGER_NAME
from .middleware import INTERNAL_ERROR_DETAIL
from .schemas import BatchDocument, BatchEnvelope, ClassifyRequest, encodable

XHTML_TYPE = "application/xhtml+xml"
HTML_TYPES = frozenset({"text/html", XHTML_TYPE})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
JSON_TYPE = "application/json"
JSON_SUFFIX = "+json"
#: How a 415 names the JSON types accepted.
JSON_TYPES_NAMED = f"{JSON_TYPE} (or any application/*{JSON_SUFFIX})"
#: Most characters of a Content-Type without a media type quoted back in a 415.
MAX_ECHOED_CHARS = 100
RAW_TYPES = HTML_TYPES | TEXT_TYPES
#: What pydantic's JSON parser says of a ``\u`` escape that is half a surrogate pair.
SURROGATE_ESCAPE_ERROR = "hex escape"

ModelT = TypeVar("ModelT", bound=BaseModel)

logger = logging.getLogger(LOGGER_NAME + ".errors")


@dataclass(frozen=True, slots=True)
class Document:
    """One page to classify, as the core takes it, plus what the API echoes back."""

    html: str | bytes | None = None
    text: str | bytes | None = None
    paragraphs: list[str] | None = None
    charset: str | None = None
    xhtml: bool = False
    """The body came as ``application/xhtml+xml``: its CDATA sections are text."""
    url: str | None = None
    threshold: float | None = None

    @classmethod
    def from_request(cls, request: ClassifyRequest) -> Document:
        return cls.sniffed(
            html=request.html,
            text=request.text,
            paragraphs=request.paragraphs,
            url=request.url,
            threshold=request.threshold,
        )

    @classmethod
    def sniffed(
        cls,
        *,
        html: str | bytes | None = None,
        text: str | bytes | None = None,
        charset: str | None = None,
        **rest: Any,
    ) -> Document:
        """The document, read as what it holds (:func:`service.core.sniff.as_held`); the answer's
        ``mode`` says which."""
        html, text, charset = sniff.as_held(html, text, charset)
        return cls(html=html, text=text, charset=charset, **rest)


@dataclass(frozen=True, slots=True)
class MediaType:
    """A parsed ``Content-Type``."""

    essence: str
    charset: str | None

    @property
    def is_json(self) -> bool:
        return self.essence == JSON_TYPE or (
            self.essence.startswith("application/") and self.essence.endswith(JSON_SUFFIX)
        )


def media_type(header: str | None) -> MediaType:
    """Type/subtype (lower case) and charset of a ``Content-Type`` value."""
    essence, _, rest = (header or "").partition(";")
    charset = None
    for param in rest.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return MediaType(essence.strip().lower(), charset)


def unsupported(mtype: MediaType, accepted: Sequence[str], header: str | None) -> ProblemError:
    """415 naming what was sent (``header``, the ``Content-Type``) and what is accepted (``application/json``
    standing for every JSON type)."""
    kind, _, subtype = mtype.essence.partition("/")
    if header is None:
        given = "a request without a Content-Type"
    elif not (kind and subtype):
        shown = header if len(header) <= MAX_ECHOED_CHARS else header[:MAX_ECHOED_CHARS] + "…"
        given = f"a Content-Type '{shown}' without a media type"
    else:
        given = mtype.essence
    named = [JSON_TYPES_NAMED if name == JSON_TYPE else name for name in accepted]
    return ProblemError(415, "unsupported-media-type", f"{given} is not accepted here; send {', '.join(named)}.")


def check_json(mtype: MediaType) -> None:
    """JSON bodies must be UTF-8 (RFC 8259), by any of its labels."""
    if mtype.charset is not None and normalize_encoding(mtype.charset) != UTF8:
        raise ProblemError(415, "unsupported-media-type", "JSON bodies must be UTF-8.")


def accepted_document_type(header: str | None) -> MediaType:
    """The media type of a classify request, or a 415 problem (checked before the body is read)."""
    mtype = media_type(header)
    if mtype.is_json:
        check_json(mtype)
    elif mtype.essence not in RAW_TYPES:
        raise unsupported(mtype, (JSON_TYPE, *sorted(RAW_TYPES)), header)
    return mtype


def accepted_json_type(header: str | None) -> MediaType:
    mtype = media_type(header)
    if not mtype.is_json:
        raise unsupported(mtype, (JSON_TYPE,), header)
    check_json(mtype)
    return mtype


def body_codings(request: Request) -> list[str]:
    """The content codings of the request body (:mod:`.codings`), checked before the body is read;
    several ``Content-Encoding`` lines are one list (RFC 9110 §5.3)."""
    return request_codings(",".join(request.headers.getlist("content-encoding")))


async def read_body(request: Request, codings: Sequence[str], max_bytes: int, timeout_s: float) -> bytes:
    """The whole request body, its ``codings`` undone (in a worker thread: inflating can take
    milliseconds) and held to ``max_bytes``; an empty one is a 422 problem, one that takes more than
    ``timeout_s`` to arrive a 408."""
    try:
        with anyio.fail_after(timeout_s):
            body = await request.body()
    except TimeoutError:
        raise body_timeout(timeout_s) from None
    if codings and body:
        body = await run_in_threadpool(decoded, body, codings, max_bytes)
    if not body:
        raise ProblemError(422, "invalid-input", "The request body is empty.")
    return body


def validate_json(schema: type[ModelT], body: bytes) -> ModelT:
    """``body`` parsed as ``schema``. JSON whose strings hold a lone surrogate escape (``"\\ud83d"``: text
    cut in the middle of an emoji by a JavaScript scraper), which pydantic's parser refuses, is read by
    the standard library's instead; the core turns each such surrogate into U+FFFD."""
    if _non_json_constant(body):
        raise ProblemError(
            400, "malformed-json", "The request body is not valid JSON: NaN and Infinity are not JSON numbers."
        )
    try:
        return schema.model_validate_json(body)
    except ValidationError as exc:
        if not _lone_surrogate(exc):
            raise from_pydantic(exc) from None
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # nesting deeper than the parser's stack: not JSON we read
            raise from_pydantic(exc) from None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None


class _ConstantError(ValueError):
    """A ``NaN``, ``Infinity`` or ``-Infinity`` where JSON has a value."""


def _refuse_constant(name: str) -> NoReturn:
    raise _ConstantError(name)


def _non_json_constant(body: bytes) -> bool:
    """Whether ``body`` holds ``NaN`` or ``Infinity`` as a value: both parsers read them (RFC 8259 has no
    such numbers). Only a body holding one of the two words (in a string or not) pays for a second parse."""
    if b"NaN" not in body and b"Infinity" not in body:
        return False
    try:
        json.loads(body, parse_constant=_refuse_constant)
    except _ConstantError:
        return True
    except (ValueError, RecursionError):  # not JSON at all: the main parser says so
        return False
    return False


def _lone_surrogate(exc: ValidationError) -> bool:
    """Whether pydantic refused the JSON for a ``\\u`` escape of half a surrogate pair."""
    return any(e["type"] == "json_invalid" and SURROGATE_ESCAPE_ERROR in e["msg"] for e in exc.errors())


def parse_document(body: bytes, mtype: MediaType) -> Document:
    """The document a classify request carries."""
    if mtype.essence in HTML_TYPES:
        return Document.sniffed(html=body, charset=mtype.charset, xhtml=mtype.essence == XHTML_TYPE)
    if mtype.essence in TEXT_TYPES:
        return Document.sniffed(text=body, charset=mtype.charset)
    return Document.from_request(validate_json(ClassifyRequest, body))


@dataclass(frozen=True, slots=True)
class BatchEntry:
    """One document of a batch with its id, or the problem that keeps it from being classified."""

    id: str | int | None
    document: Document | ProblemError


def batch_entry(index: int, raw: Any) -> BatchEntry:
    """Validate one batch document on its own, so that a bad one fails alone (with its id, when it has one)."""
    try:
        item = BatchDocument.model_validate(raw)
    except ValidationError as exc:
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        echoed = raw_id if _echoable(raw_id) else None
        return BatchEntry(echoed, from_pydantic(exc, ("body", "documents", index)))
    return BatchEntry(item.id, Document.from_request(item))


def _echoable(raw_id: Any) -> bool:
    """Whether a document's id, valid or not, can go back in its slot: a string with a UTF-8 form, or
    an integer (not a boolean)."""
    if isinstance(raw_id, str):
        try:
            encodable(raw_id)
        except ValueError:  # a lone surrogate
            return False
        return True
    return isinstance(raw_id, int) and not isinstance(raw_id, bool)


def parse_batch(body: bytes, max_batch: int) -> list[BatchEntry]:
    """The entries of a batch request; too many documents is a 422 problem for the whole batch."""
    documents = validate_json(BatchEnvelope, body).documents
    if len(documents) > max_batch:
        raise ProblemError(422, "too-many-documents", f"{len(documents):,} documents; at most {max_batch:,} per batch.")
    return [batch_entry(index, raw) for index, raw in enumerate(documents)]


def classify_document(model: Model, document: Document, limits: Limits, threshold: float | None) -> Result:
    """The one core call: label the paragraphs of ``document``."""
    return classify(
        model,
        html=document.html,
        text=document.text,
        paragraphs=document.paragraphs,
        threshold=document.threshold if document.threshold is not None else threshold,
        charset=document.charset,
        xhtml=document.xhtml,
        limits=limits,
    )


def classify_documents(
    model: Model,
    documents: Sequence[Document | ProblemError],
    limits: Limits,
    threshold: float | None,
    gone: threading.Event | None = None,
) -> list[Result | ProblemError]:
    """Classify each document; a document the core rejects gets its problem instead of a result.
    Once ``gone`` is set (the client disconnected), the rest are not classified: ``ClientDisconnect``."""
    results: list[Result | ProblemError] = []
    for document in documents:
        if gone is not None and gone.is_set():
            raise ClientDisconnect
        if isinstance(document, ProblemError):
            results.append(document)
            continue
        try:
            results.append(classify_document(model, document, limits, threshold))
        except InputError as exc:
            results.append(core_problem(exc))
        except Exception:  # a defect on one document must not cost the others their answers (logged)
            logger.exception("unexpected error classifying a batch document")
            results.append(ProblemError(500, "internal-error", INTERNAL_ERROR_DETAIL))
    return results


async def watch_disconnect(request: Request, gone: threading.Event) -> None:
    """Set ``gone`` when the client disconnects (its body already read, nothing else can come)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
    gone.set()
