"""The one function the API calls: input → labelled paragraphs."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .artifact import Model
from .errors import EmptyInputError, InputError, LimitExceededError
from .features import forget_tokens
from .foreign import text_scores
from .kinds import KIND_STAGE, PAYWALL_THRESHOLD, WALL_KIND, WALL_KINDS, KindGuess, guess_kinds, wall_score
from .parse import decode_text, parse_html
from .rails import cap_rails
from .recalibrate import mapped
from .scoring import content_scores, fast_predict, forget_lines, html_scores, text_only
from .segment import forget_attributes, given_paragraphs, segment_lines, segment_tree
from .title import page_title
from .types import Batch, Label, LabeledParagraph, Mode, Paragraph, Paywall, Result, Segmentation

#: Scores are rounded to this many decimals in results.
SCORE_DIGITS = 4
SCORE_STEP = 10.0**-SCORE_DIGITS


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
    xhtml: bool = False,
    limits: Limits = NO_LIMITS,
) -> tuple[Mode, Segmentation]:
    """Turn exactly one kind of input into paragraphs (``xhtml``: the ``html`` is XHTML, see :func:`.parse_html`)."""
    given = [name for name, value in (("html", html), ("text", text), ("paragraphs", paragraphs)) if value is not None]
    if len(given) != 1:
        raise EmptyInputError(
            "give exactly one of html, text or paragraphs" + (f" (got {', '.join(given)})" if given else "")
        )
    if html is not None:
        html = _str_or_bytes("html", html)
        page = parse_html(
            html,
            charset=charset,
            xhtml=xhtml,
            max_bytes=limits.max_bytes,
            max_elements=limits.max_elements,
            max_depth=limits.max_depth,
        )
        segmentation = segment_tree(page, max_paragraphs=limits.max_paragraphs, max_depth=limits.max_depth)
        return Mode.HTML, replace(check_chars(segmentation, limits), title=page_title(page.root))
    if text is not None:
        text = _str_or_bytes("text", text)
        check_bytes(len(text) if isinstance(text, bytes) else utf8_length(text), limits)
        encoding = None
        if isinstance(text, bytes):
            text, encoding = decode_text(text, charset)
        lines = segment_lines(text, max_paragraphs=limits.max_paragraphs)
        return Mode.TEXT, check_chars(Segmentation(lines, encoding=encoding), limits)
    assert paragraphs is not None
    if isinstance(paragraphs, str | bytes | bytearray):
        raise InputError("paragraphs must be a list of strings, not one string (use text= for one per line)")
    if not isinstance(paragraphs, list | tuple):
        raise InputError(f"paragraphs must be a list of strings, not {type(paragraphs).__name__}")
    wrong = next((i for i, p in enumerate(paragraphs) if not isinstance(p, str)), None)
    if wrong is not None:
        kind = type(paragraphs[wrong]).__name__
        raise InputError(f"paragraphs must be strings: paragraph {wrong} is {kind}")
    check_bytes(sum(utf8_length(p) for p in paragraphs), limits)
    strings, positions = given_paragraphs(paragraphs, max_paragraphs=limits.max_paragraphs)
    return Mode.PARAGRAPHS, check_chars(Segmentation(strings, positions=positions), limits)


def _str_or_bytes(name: str, value: object) -> str | bytes:
    """``value`` as str or bytes (a bytearray or memoryview as bytes), or an ``InputError``."""
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    raise InputError(f"{name} must be str or bytes, not {type(value).__name__}")


def utf8_length(text: str) -> int:
    """Bytes ``text`` takes in UTF-8 (a lone surrogate counted as the three bytes it would take)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def check_bytes(size: int, limits: Limits) -> None:
    """An error when input of ``size`` bytes is over ``limits.max_bytes`` (text and paragraphs: in UTF-8)."""
    if limits.max_bytes is not None and size > limits.max_bytes:
        raise LimitExceededError("input bytes", limits.max_bytes, size)


def check_chars(segmentation: Segmentation, limits: Limits) -> Segmentation:
    """The segmentation, unless its text is over ``limits.max_chars`` (the features' cost grows with it)."""
    if limits.max_chars is not None:
        chars = sum(len(p.text) for p in segmentation.paragraphs)
        if chars > limits.max_chars:
            raise LimitExceededError("text characters", limits.max_chars, chars)
    return segmentation


def score_paragraphs(model: Model, mode: Mode, paragraphs: Batch, *, fragment: bool = False) -> np.ndarray:
    """Calibrated content probability of each paragraph (one page; text lines cut inside a sentence scored together).

    Text is read by the text model, or by the foreign stage when its words are mostly in scripts no
    training article is written in (:func:`~.foreign.text_scores`). HTML is read by both the HTML and the
    text model, the text model reading the paragraphs' text alone (see
    :func:`~.scoring.html_scores`; ``fragment``: HTML without a page shell), unless the model
    was loaded without its text pass (:attr:`Model.text_pass`). Rails of other stories' headlines are
    capped last, in both modes (:mod:`.rails`).
    """
    if mode is not Mode.HTML:
        return text_scores(model.pipelines, paragraphs)
    html = content_scores(model.pipelines["html"], paragraphs)
    if model.text_pass:
        text = content_scores(model.pipelines["text"], text_only(paragraphs), join_sentences=True)
        html = html_scores(paragraphs, html, text, fragment=fragment)
    return cap_rails(paragraphs, html)


def mapped_scores(model: Model, mode: Mode, scores: np.ndarray) -> np.ndarray:
    """``scores`` through the model's last map for their mode (:mod:`.recalibrate`), if it has one.

    The HTML map was fitted on HTML read by both models: the HTML model alone (no text pass)
    keeps its own stages' calibration. The labels at the model's threshold are the same either way.
    """
    if mode is Mode.HTML and not model.text_pass:
        return scores
    return mapped(model.score_maps, "html" if mode is Mode.HTML else "text", scores)


def checked_threshold(threshold: object) -> float:
    """``threshold`` as a float, or an ``InputError`` unless it is a number in [0, 1]."""
    if isinstance(threshold, bool) or not isinstance(threshold, int | float | np.floating | np.integer):
        raise InputError(f"threshold must be a number in [0, 1], not {type(threshold).__name__}")
    try:
        value = float(threshold)
    except OverflowError:  # an integer too large for a float (JSON allows any number of digits)
        value = math.inf
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise InputError(f"threshold must be a number in [0, 1], not {value}")
    return value


def shown_score(score: float, cut: float) -> float:
    """``score`` rounded for the result, on the same side of ``cut`` as the score itself.

    Rounding alone could show 0.2940 for a score of 0.29399 labelled chrome at a cut of 0.294;
    the shown score then steps to the nearest rounded value on the label's side.
    """
    shown = round(score, SCORE_DIGITS)
    if score < cut <= shown:
        return round(math.floor(score / SCORE_STEP) * SCORE_STEP, SCORE_DIGITS)
    if shown < cut <= score:
        return round(math.ceil(score / SCORE_STEP) * SCORE_STEP, SCORE_DIGITS)
    return shown


def _labelled(
    paragraphs: list[Paragraph],
    scores: np.ndarray,
    cut: float,
    kinds: dict[int, KindGuess],
    positions: tuple[int, ...] | None = None,
) -> list[LabeledParagraph]:
    """The results, numbered by ``positions`` (the caller's list) when given, else in reading order."""
    out = []
    # Python floats from one call: the same numbers, compared and rounded without a NumPy scalar each
    for i, (p, score) in enumerate(zip(paragraphs, scores.tolist(), strict=True)):
        guess = kinds.get(i)
        out.append(
            LabeledParagraph(
                index=p.index if positions is None else positions[i],
                text=p.given or p.text,
                label=Label.CONTENT if score >= cut else Label.CHROME,
                score=shown_score(score, cut),
                path=p.path or None,
                kind=guess.kind if guess else None,
                kind_score=round(guess.score, SCORE_DIGITS) if guess else None,
            )
        )
    return out


def chrome_kinds(
    model: Model, paragraphs: Batch, scores: np.ndarray, raw: np.ndarray, cut: float
) -> tuple[dict[int, KindGuess], Paywall | None]:
    """Kinds of the chrome paragraphs at ``cut`` (by position) and the page's paywall verdict.

    The verdict is the page's, whatever the caller's ``cut``: it reads the kinds of the
    paragraphs that are chrome at the model's own threshold, and ``raw``, the scores before the
    last map (:func:`mapped_scores`), which its threshold was chosen on. At another ``cut`` the
    kinds shown are guessed again for the paragraphs chrome there (a kind reads its neighbours).
    """
    pipeline = model.pipelines.get(KIND_STAGE)
    if pipeline is None:
        return {}, None
    listed = scores.tolist()

    def guessed(below: float) -> dict[int, KindGuess]:
        rows = [i for i, score in enumerate(listed) if score < below]
        with fast_predict():
            return dict(zip(rows, guess_kinds(pipeline, paragraphs.take(rows)), strict=True))

    own = guessed(model.threshold)
    wall = wall_score([float(raw[i]) for i in own], list(own.values()))
    detected = wall >= PAYWALL_THRESHOLD
    seen = _wall_kinds(own.values()) if detected else []
    shown = own if cut == model.threshold else guessed(cut)
    return shown, Paywall(detected, round(wall, SCORE_DIGITS), tuple(seen))


def _wall_kinds(guesses: Iterable[KindGuess]) -> list[str]:
    """The wall kinds among ``guesses``, and ``paywall`` when the reading-wall rule found a wall's notice
    (``walled``), whatever kind the kind model reads in it."""
    seen = set()
    for guess in guesses:
        if guess.kind in WALL_KINDS:
            seen.add(guess.kind)
        if guess.walled:
            seen.add(WALL_KIND)
    return sorted(seen)


def classify(
    model: Model,
    *,
    html: str | bytes | None = None,
    text: str | bytes | None = None,
    paragraphs: Sequence[str] | None = None,
    threshold: float | None = None,
    charset: str | None = None,
    xhtml: bool = False,
    limits: Limits = NO_LIMITS,
) -> Result:
    """Label every paragraph of one page as content or chrome.

    Give exactly one of ``html`` (str or bytes; bytes are decoded using ``charset``, a BOM
    or the page's own declaration), ``text`` (one paragraph per line; bytes are strict UTF-8 unless
    ``charset`` or a BOM says otherwise) or ``paragraphs``. ``xhtml``: the ``html`` is XHTML
    (``application/xhtml+xml``), whose CDATA sections are text. The input is read as given: ``html``
    without a tag is one HTML paragraph here, where the API and the CLI read such a body as text
    (:func:`.sniff.as_held` does that for a caller who wants it).
    A paragraph is content when its score is at least ``threshold`` (default: the model's).
    ``limits`` defaults to none (the service and the batch tool pass theirs).
    Raises an :class:`~.errors.InputError` (a ``DecodeError``, ``LimitExceededError``, ...) for input
    it cannot take, a threshold that is not a number in [0, 1] included.
    """
    cut = model.threshold if threshold is None else checked_threshold(threshold)
    mode, segmentation = segment(
        html=html, text=text, paragraphs=paragraphs, charset=charset, xhtml=xhtml, limits=limits
    )
    batch = Batch(segmentation.paragraphs)  # the feature families computed once, shared by every stage
    raw = score_paragraphs(model, mode, batch, fragment=segmentation.fragment)
    scores = mapped_scores(model, mode, raw)
    kinds, paywall = chrome_kinds(model, batch, scores, raw, cut)
    return Result(
        mode=mode,
        paragraphs=_labelled(segmentation.paragraphs, scores, cut, kinds, segmentation.positions),
        paywall=paywall,
        threshold=cut,
        truncated=segmentation.truncated,
        fragment=segmentation.fragment,
        warnings=segmentation.warnings,
        encoding=segmentation.encoding,
        title=segmentation.title,
    )


def forget_pages() -> None:
    """Forget what earlier pages left in the process-wide memos (rule verdicts of lines, class and id
    tokens), as a fresh worker starts: for a benchmark that runs one page more than once, whose later
    runs would find the page's own lines and attributes remembered."""
    forget_lines()
    forget_attributes()
    forget_tokens()
