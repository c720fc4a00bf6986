"""Classify one document into one output line: the same code in-process, in a pool and on Dask.

Each worker process loads the verified model once (``cached_model``, keyed by path and
sha256) and keeps BLAS to one thread: parallelism comes from processes, not threads.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from threadpoolctl import threadpool_limits

from ..core.artifact import Model, load_model, verify_model
from ..core.classify import NO_LIMITS, Limits, classify
from ..core.errors import DecodeError, ModelIntegrityError, WinnowError
from ..core.report import Listing, result_dict
from ..core.sniff import as_held
from ..core.types import Result
from .documents import Document
from .errors import INTERNAL_ERROR

#: BLAS/OpenMP threads per worker process (one page is a small matrix: threads only add overhead).
WORKER_THREADS = 1
MS_PER_SECOND = 1000.0

_load_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class ModelRef:
    """What a worker needs to load the model: its path, the sha256 it must still have, and whether
    HTML gets the text model's pass too (see ``Model.text_pass``)."""

    path: str
    sha256: str
    text_pass: bool = True

    @classmethod
    def verified(cls, path: str | Path, *, text_pass: bool = True) -> ModelRef:
        """Check the artifact (hash and versions) once, up front, and pin its hash."""
        resolved = Path(path).resolve()
        return cls(path=str(resolved), sha256=str(verify_model(resolved)["sha256"]), text_pass=text_pass)


@dataclass(frozen=True, slots=True)
class ClassifyOptions:
    """Per-document settings, the same for every document of a run."""

    threshold: float | None = None
    limits: Limits = field(default=NO_LIMITS)
    listing: Listing = "all"
    """Which paragraphs each output line lists (see :mod:`service.core.report`)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One classified document: its output line and what the summary counts."""

    key: str
    line: bytes
    paragraphs: int = 0
    error: str | None = None


def cached_model(ref: ModelRef) -> Model:
    """The model of ``ref``, loaded (and verified) once per process."""
    with _load_lock:
        return _load(ref)


@lru_cache(maxsize=1)
def _load(ref: ModelRef) -> Model:
    model = load_model(ref.path, text_pass=ref.text_pass)
    if model.manifest.get("sha256") != ref.sha256:
        raise ModelIntegrityError(f"{ref.path} changed since the batch started (sha256 differs)")
    return model


def model_loads() -> int:
    """How many times this process loaded a model (for tests and diagnostics)."""
    return _load.cache_info().misses


def init_worker(ref: ModelRef) -> None:
    """Process-pool initializer: one BLAS thread, and the model loaded before the first task."""
    threadpool_limits(WORKER_THREADS)
    cached_model(ref)


def classify_chunk(documents: Sequence[Document], ref: ModelRef, options: ClassifyOptions) -> list[Outcome]:
    """Classify a few documents in a worker process."""
    model = cached_model(ref)
    return [classify_document(doc, model, options) for doc in documents]


def classify_document(doc: Document, model: Model, options: ClassifyOptions) -> Outcome:
    """The output line of ``doc``: the API's classify response, or an error object."""
    if doc.error is not None:
        return error_outcome(doc, *doc.error)
    started = time.perf_counter()
    try:
        result = _classify(doc, model, options)
    except WinnowError as exc:
        return error_outcome(doc, exc.code, str(exc))
    except Exception as exc:  # noqa: BLE001 (one page hitting a bug must not end a crawl-sized run)
        return error_outcome(doc, INTERNAL_ERROR, f"{type(exc).__name__}: {exc}")
    elapsed_ms = (time.perf_counter() - started) * MS_PER_SECOND
    body = doc.header()
    if result.encoding is not None:
        body["encoding"] = result.encoding
    body.update(result_dict(result, model, elapsed_ms=elapsed_ms, url=doc.url, listing=options.listing))
    return Outcome(doc.key, encode_line(body), paragraphs=len(result.paragraphs))


def _classify(doc: Document, model: Model, options: ClassifyOptions) -> Result:
    """Classify the document as what it holds (:func:`~service.core.sniff.as_held`, as the API
    does) with its charset; a server's wrong charset falls back to detection."""

    def run(charset: str | None) -> Result:
        html, text, charset = as_held(doc.html, doc.text, charset)
        return classify(
            model,
            html=html,
            text=text,
            paragraphs=doc.paragraphs,
            charset=charset,
            xhtml=doc.xhtml,
            threshold=options.threshold if doc.threshold is None else doc.threshold,
            limits=options.limits,
        )

    try:
        return run(doc.charset)
    except DecodeError:
        if doc.charset is None:
            raise
        return run(None)


def error_outcome(doc: Document, code: str, detail: str) -> Outcome:
    body = doc.header()
    if doc.url is not None:
        body["url"] = doc.url
    body["error"] = {"type": code, "detail": detail}
    return Outcome(doc.key, encode_line(body), error=code)


def encode_line(body: dict[str, Any]) -> bytes:
    """One compact UTF-8 JSON line, strict JSON whatever the input gave for ``id`` or ``url``.

    A lone surrogate (from a ``\\ud800`` escape in a JSONL input) has no UTF-8 form: such a line
    is written with ASCII escapes, which keep it. NaN and infinities (``NaN``, ``1e999``) are not
    JSON numbers: they are written as null.
    """
    try:
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        body = _finite(body)
        text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(body, separators=(",", ":"), allow_nan=False) + "\n").encode("ascii")


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float (however deep) replaced by None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value
