"""The one function the API calls: input → labelled paragraphs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .artifact import Model
from .errors import EmptyInputError, LimitExceededError
from .kinds import KIND_STAGE, PAYWALL_THRESHOLD, WALL_KINDS, KindGuess, guess_kinds, wall_score
from .parse import decode_text, parse_html
from .recalibrate import mapped
from .scoring import content_scores, fast_predict, html_scores, text_only
from .segment import segment_lines, segment_strings, segment_tree
from .types import Batch, Label, LabeledParagraph, Mode, Paragraph, Paywall, Result, Segmentation

#: Scores are rounded to this many decimals in results.
SCORE_DIGITS = 4


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one input; ``None`` means unbounded.

    Together they bound the work of one call: parsing grows with bytes and elements, the
    segmentation walk with elements and depth, the features with paragraphs and characters.
    """

    max_bytes: int | None = None
    max_paragraphs: int | None = None
    max_elements: int | None = None
    """Most start tags in an HTML page (checked before parsing)."""
    max_depth: int | None = None
    """Most nested elements in an HTML page (html is 1)."""
    max_chars: int | None = None
    """Most characters of paragraph text, all paragraphs together."""


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
        raise EmptyInputError(
            "give exactly one of html, text or paragraphs" + (f" (got {', '.join(given)})" if given else "")
        )
    if html is not None:
        page = parse_html(
            html,
            charset=charset,
            max_bytes=limits.max_bytes,
            max_elements=limits.max_elements,
            max_depth=limits.max_depth,
        )
        segmentation = segment_tree(page, max_paragraphs=limits.max_paragraphs, max_depth=limits.max_depth)
        return Mode.HTML, check_chars(segmentation, limits)
    if text is not None:
        encoding = None
        if isinstance(text, bytes):
            text, encoding = decode_text(text, charset)
        lines = segment_lines(text, max_paragraphs=limits.max_paragraphs)
        return Mode.TEXT, check_chars(Segmentation(lines, encoding=encoding), limits)
    assert paragraphs is not None
    strings = segment_strings(paragraphs, max_paragraphs=limits.max_paragraphs)
    return Mode.PARAGRAPHS, check_chars(Segmentation(strings), limits)


def check_chars(segmentation: Segmentation, limits: Limits) -> Segmentation:
    """The segmentation, unless its text is over ``limits.max_chars`` (the features' cost grows with it)."""
    if limits.max_chars is not None:
        chars = sum(len(p.text) for p in segmentation.paragraphs)
        if chars > limits.max_chars:
            raise LimitExceededError("text characters", limits.max_chars, chars)
    return segmentation


def score_paragraphs(model: Model, mode: Mode, paragraphs: Batch, *, fragment: bool = False) -> np.ndarray:
    """Calibrated content probability of each paragraph (one page; text lines cut inside a sentence scored together).

    HTML is read by both models, the text model reading the paragraphs' text alone (see
    :func:`~.scoring.html_scores`; ``fragment``: HTML without a page shell), unless the model
    was loaded without its text pass (:attr:`Model.text_pass`).
    """
    if mode is not Mode.HTML:
        return content_scores(model.pipelines["text"], paragraphs, join_sentences=True)
    html = content_scores(model.pipelines["html"], paragraphs)
    if not model.text_pass:
        return html
    text = content_scores(model.pipelines["text"], text_only(paragraphs), join_sentences=True)
    return html_scores(paragraphs, html, text, fragment=fragment)


def mapped_scores(model: Model, mode: Mode, scores: np.ndarray) -> np.ndarray:
    """``scores`` through the model's last map for their mode (:mod:`.recalibrate`), if it has one.

    The HTML map was fitted on HTML read by both models: the HTML model alone (no text pass)
    keeps its own stages' calibration. The labels at the model's threshold are the same either way.
    """
    if mode is Mode.HTML and not model.text_pass:
        return scores
    return mapped(model.score_maps, "html" if mode is Mode.HTML else "text", scores)


def _labelled(
    paragraphs: list[Paragraph], scores: np.ndarray, cut: float, kinds: dict[int, KindGuess]
) -> list[LabeledParagraph]:
    out = []
    # Python floats from one call: the same numbers, compared and rounded without a NumPy scalar each
    for i, (p, score) in enumerate(zip(paragraphs, scores.tolist(), strict=True)):
        guess = kinds.get(i)
        out.append(
            LabeledParagraph(
                index=p.index,
                text=p.given or p.text,
                label=Label.CONTENT if score >= cut else Label.CHROME,
                score=round(score, SCORE_DIGITS),
                path=p.path or None,
                kind=guess.kind if guess else None,
                kind_score=round(guess.score, SCORE_DIGITS) if guess else None,
            )
        )
    return out


def chrome_kinds(
    model: Model, paragraphs: Batch, scores: np.ndarray, raw: np.ndarray, cut: float
) -> tuple[dict[int, KindGuess], Paywall | None]:
    """Kinds of the chrome paragraphs (by position) and the page's paywall verdict.

    ``scores`` decide which paragraphs are chrome; the verdict reads ``raw``, the scores before
    the last map (:func:`mapped_scores`), which its threshold was chosen on.
    """
    pipeline = model.pipelines.get(KIND_STAGE)
    if pipeline is None:
        return {}, None
    chrome = [i for i, score in enumerate(scores) if score < cut]
    with fast_predict():
        guesses = dict(zip(chrome, guess_kinds(pipeline, paragraphs.take(chrome)), strict=True))
    wall = wall_score([float(raw[i]) for i in guesses], list(guesses.values()))
    detected = wall >= PAYWALL_THRESHOLD
    seen = sorted({g.kind for g in guesses.values() if g.kind in WALL_KINDS}) if detected else []
    return guesses, Paywall(detected, round(wall, SCORE_DIGITS), tuple(seen))


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
    batch = Batch(segmentation.paragraphs)  # the feature families computed once, shared by every stage
    raw = score_paragraphs(model, mode, batch, fragment=segmentation.fragment)
    scores = mapped_scores(model, mode, raw)
    kinds, paywall = chrome_kinds(model, batch, scores, raw, cut)
    return Result(
        mode=mode,
        paragraphs=_labelled(segmentation.paragraphs, scores, cut, kinds),
        paywall=paywall,
        threshold=cut,
        truncated=segmentation.truncated,
        fragment=segmentation.fragment,
        warnings=segmentation.warnings,
        encoding=segmentation.encoding,
    )
