"""The one function the API calls: input → labelled paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .artifact import Model
from .errors import EmptyInputError
from .parse import decode_text, parse_html
from .segment import segment_lines, segment_strings, segment_tree
from .types import Label, LabeledParagraph, Mode, Paragraph, Result, Segmentation


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one input; ``None`` means unbounded."""

    max_bytes: int | None = None
    max_paragraphs: int | None = None


NO_LIMITS = Limits()


def segment(
    *,
    html: str | bytes | None = None,
    text: str | bytes | None = None,
    paragraphs: Sequence[str] | None = None,
    charset: str | None = None,
    limits: Limits = NO_LIMITS,
) -> tuple[Mode, Segmentation]:
    """Turn exactly one kind of input into paragraphs."""
    given = [name for name, value in (("html", html), ("text", text), ("paragraphs", paragraphs)) if value is not None]
    if len(given) != 1:
        raise EmptyInputError("give exactly one of html, text or paragraphs" + (f" (got {', '.join(given)})" if given else ""))
    if html is not None:
        page = parse_html(html, charset=charset, max_bytes=limits.max_bytes)
        return Mode.HTML, segment_tree(page, max_paragraphs=limits.max_paragraphs)
    if text is not None:
        encoding = None
        if isinstance(text, bytes):
            text, encoding = decode_text(text, charset)
        return Mode.TEXT, Segmentation(segment_lines(text, max_paragraphs=limits.max_paragraphs), encoding=encoding)
    assert paragraphs is not None
    return Mode.PARAGRAPHS, Segmentation(segment_strings(paragraphs, max_paragraphs=limits.max_paragraphs))


def score_paragraphs(model: Model, mode: Mode, paragraphs: list[Paragraph]) -> np.ndarray:
    """Calibrated content probability of each paragraph (one page)."""
    if not paragraphs:
        return np.zeros(0)
    pipeline = model.pipelines["html" if mode is Mode.HTML else "text"]
    return pipeline.predict_proba(paragraphs)[:, 1]


def classify(
    model: Model,
    *,
    html: str | bytes | None = None,
    text: str | bytes | None = None,
    paragraphs: Sequence[str] | None = None,
    threshold: float | None = None,
    charset: str | None = None,
    limits: Limits = NO_LIMITS,
) -> Result:
    """Label every paragraph of one page as content or chrome.

    Give exactly one of ``html`` (str or bytes; bytes are decoded using ``charset``, a BOM
    or the page's own declaration), ``text`` (one paragraph per line) or ``paragraphs``.
    A paragraph is content when its score is at least ``threshold`` (default: the model's).
    """
    mode, segmentation = segment(html=html, text=text, paragraphs=paragraphs, charset=charset, limits=limits)
    cut = model.threshold if threshold is None else threshold
    scores = score_paragraphs(model, mode, segmentation.paragraphs)
    labelled = [
        LabeledParagraph(
            index=p.index,
            text=p.text,
            label=Label.CONTENT if score >= cut else Label.CHROME,
            score=round(float(score), 4),
            path=p.path or None,
        )
        for p, score in zip(segmentation.paragraphs, scores, strict=True)
    ]
    return Result(
        mode=mode,
        paragraphs=labelled,
        threshold=cut,
        truncated=segmentation.truncated,
        warnings=segmentation.warnings,
        encoding=segmentation.encoding,
    )
