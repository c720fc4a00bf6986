"""A classification result as plain JSON-ready data: the one shape the API, the CLI and batch share."""

from __future__ import annotations

from typing import Any, Literal, get_args

from .artifact import Model
from .types import Label, Result

#: Which paragraphs a result lists: every one, the content ones, or none (``content_text``,
#: ``stats`` and ``paywall`` are there whatever the choice).
Listing = Literal["all", "content", "none"]
LISTINGS: tuple[Listing, ...] = get_args(Listing)


def paragraph_dicts(result: Result, listing: Listing = "all") -> list[dict[str, Any]]:
    """Each listed paragraph as ``{index, text, label, score[, path][, kind, kind_score]}``."""
    if listing == "none":
        return []
    out = []
    for p in result.paragraphs:
        if listing == "content" and p.label is not Label.CONTENT:
            continue
        row: dict[str, Any] = {"index": p.index, "text": p.text, "label": p.label.value, "score": p.score}
        if p.path is not None:
            row["path"] = p.path
        if p.kind is not None:
            row["kind"] = p.kind
            row["kind_score"] = p.kind_score
        out.append(row)
    return out


def document_dict(result: Result, url: str | None = None, listing: Listing = "all") -> dict[str, Any]:
    """One document's result: mode, the ``listing``'s paragraphs, content text, stats, truncation, fragment, the
    page's title, paywall."""
    body: dict[str, Any] = {
        "mode": result.mode.value,
        "paragraphs": paragraph_dicts(result, listing),
        "content_text": result.content_text,
        "stats": result.stats,
        "truncated": result.truncated,
        "fragment": result.fragment,
        "title": result.title,
    }
    if result.paywall is not None:
        body["paywall"] = {
            "detected": result.paywall.detected,
            "score": result.paywall.score,
            "kinds": list(result.paywall.kinds),
        }
    if url is not None:
        body["url"] = url
    return body


def result_dict(
    result: Result,
    model: Model,
    *,
    elapsed_ms: float | None = None,
    url: str | None = None,
    listing: Listing = "all",
) -> dict[str, Any]:
    """The classify response body: the document's result with the model and the time taken."""
    body = {"model": {"name": model.name, "version": model.version}, **document_dict(result, url, listing)}
    if elapsed_ms is not None:
        body["elapsed_ms"] = round(elapsed_ms, 3)
    return body
