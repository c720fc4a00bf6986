"""Core value types: what flows between the stages of the pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np


class Label(StrEnum):
    """The two labels a paragraph can get."""

    CONTENT = "content"
    CHROME = "chrome"


class Mode(StrEnum):
    """How the input was read: as HTML, as text with one paragraph per line, or as a list of paragraphs."""

    HTML = "html"
    TEXT = "text"
    PARAGRAPHS = "paragraphs"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One visible text block with its raw signals.

    Features derive from these fields only; nothing re-parses HTML. Plain text and
    caller-split paragraphs produce the same type with the DOM fields left empty.
    """

    index: int
    """Position of the paragraph in its page, from 0 (pages are runs starting at 0)."""
    text: str
    """Whitespace-normalised visible text."""
    tag: str = ""
    """Tag of the block element that owns the text ("" outside HTML)."""
    path: str = ""
    """XPath of the owning element, e.g. ``/html[1]/body[1]/div[2]/p[3]``."""
    ancestors: tuple[str, ...] = ()
    """Tags from the root down to the owning element (inclusive)."""
    tokens: tuple[str, ...] = ()
    """Class/id tokens of the owning element and its ancestors, innermost first."""
    link_chars: int = 0
    """Characters of ``text`` that sit inside links."""
    depth: int = 0
    """Depth of the owning element in the tree (html is 1)."""
    source: str = ""
    """Where the paragraph came from (a page or site key); used to group training folds."""
    given: str = ""
    """The line as the caller gave it, when ``text`` was read from it without its Markdown
    syntax ("" when the two are the same); results return this form."""
    wordless: bool = False
    """True for a line that shows no words once read (a Markdown image or rule): the model
    does not score it, its neighbours label it."""

    @property
    def link_density(self) -> float:
        """Share of the text inside links."""
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Paragraphs of one page, and whether the parser had to stop early."""

    paragraphs: list[Paragraph]
    truncated: bool = False
    """True when the parser hit a resource limit and text after that point may be missing."""
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    """Charset used to decode byte input, when bytes were given."""
    fragment: bool = False
    """HTML without a page shell (no doctype, ``<html>``, ``<head>`` or ``<body>``): scored as a fragment."""
    positions: tuple[int, ...] | None = None
    """Caller-split paragraphs: where each paragraph was in the caller's list (empty ones are dropped,
    so a result's ``index`` can skip them); None for pages and text, numbered in reading order."""
    title: str | None = None
    """The title the page's head gives (:func:`.title.page_title`); None for text and paragraphs."""


@dataclass(frozen=True, slots=True)
class LabeledParagraph:
    """A paragraph with the model's verdict."""

    index: int
    text: str
    label: Label
    score: float
    """Calibrated probability that the paragraph is content."""
    path: str | None = None
    kind: str | None = None
    """For chrome: paywall, pricing, login, consent, ... or other (None for content)."""
    kind_score: float | None = None
    """Probability of ``kind`` (None for content). When no kind reaches ``kinds.MIN_KIND_SCORE``, ``kind`` is the
    line's shape's (:func:`~.kinds.shape_kind`), with its probability; under a box's heading, the box's
    (:func:`~.boxes.box_kinds`)."""


@dataclass(frozen=True, slots=True)
class Paywall:
    """Whether the page shows a paywall or subscription wall (its article may be truncated)."""

    detected: bool
    score: float
    kinds: tuple[str, ...] = ()
    """Wall-related chrome kinds seen on the page (paywall, pricing, login)."""


@dataclass(frozen=True, slots=True)
class Result:
    """What ``classify`` returns."""

    mode: Mode
    paragraphs: list[LabeledParagraph]
    threshold: float
    truncated: bool = False
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    fragment: bool = False
    """HTML without a page shell: each paragraph gets the mean of both models' scores (see ``scoring.html_scores``),
    unless the model was loaded without its text pass."""
    paywall: Paywall | None = None
    """None when the model has no chrome-kind stage."""
    title: str | None = None
    """The title the page gives (``og:title``, else the Twitter card's, else ``<title>``; :mod:`.title`): the
    headline ``content_text`` often lacks, since most truths the model learnt from leave it out. None for text
    and paragraphs, and for HTML that gives none (most fragments)."""

    @property
    def stats(self) -> dict[str, int]:
        """Counts of paragraphs, content and chrome."""
        content = sum(1 for p in self.paragraphs if p.label is Label.CONTENT)
        return {
            "paragraphs": len(self.paragraphs),
            "content": content,
            "chrome": len(self.paragraphs) - content,
        }

    @property
    def content_text(self) -> str:
        """The content paragraphs joined with newlines."""
        return "\n".join(p.text for p in self.paragraphs if p.label is Label.CONTENT)


def page_bounds(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Start and end of each page in ``paragraphs`` (a page starts at every ``index == 0``).

    Every feature family and scoring rule walks the pages of a batch, so a :class:`Batch`
    finds them once.
    """
    return paragraphs.pages() if isinstance(paragraphs, Batch) else _bounds(paragraphs)


def _bounds(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    starts = [i for i, p in enumerate(paragraphs) if p.index == 0 or i == 0]
    return list(zip(starts, [*starts[1:], len(paragraphs)], strict=True)) if starts else []


class Batch(list[Paragraph]):
    """Paragraphs of one or more pages in order, with the feature matrices computed from them so far.

    The feature transformers keep what they compute in ``cache`` (one row per paragraph),
    so a family needed by both stages and by the kind model is computed once per call.
    A plain list works too; it just gets no cache.
    """

    def __init__(self, paragraphs: Iterable[Paragraph] = ()) -> None:
        super().__init__(paragraphs)
        self.cache: dict[object, Any] = {}
        self._pages: tuple[int, list[tuple[int, int]]] | None = None

    def pages(self) -> list[tuple[int, int]]:
        """:func:`page_bounds` of this batch, found once (again if its length has changed since; like
        :attr:`cache`, it assumes the paragraphs themselves are not replaced)."""
        if self._pages is None or self._pages[0] != len(self):
            self._pages = (len(self), _bounds(self))
        return list(self._pages[1])

    def take(self, rows: Sequence[int]) -> Batch:
        """The paragraphs at ``rows``; their rows of this batch's cache are cut out when first read."""
        picked = Batch(self[i] for i in rows)
        picked.cache = _RowsOf(self.cache, list(rows))
        return picked


class _RowsOf(dict[object, Any]):
    """A batch cache that starts as ``rows`` of another one: an entry is sliced when first read."""

    def __init__(self, source: dict[object, Any], rows: list[int]) -> None:
        super().__init__()
        self.source = source
        self.rows = rows

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.source

    def __missing__(self, key: object) -> Any:
        picked = self[key] = cache_rows(self.source[key], self.rows)
        return picked


def cache_rows(value: Any, rows: Sequence[int]) -> Any:
    """The ``rows`` of one batch-cache entry (a list, or an array or matrix with a row per paragraph)."""
    return [value[i] for i in rows] if isinstance(value, list) else value[np.asarray(rows, np.int64)]


def cache_keys(cache: dict[object, Any]) -> set[object]:
    """Every key a batch's cache can answer: its own, and for a :meth:`Batch.take` cache its source's too."""
    keys = set(cache.keys())
    return keys | cache_keys(cache.source) if isinstance(cache, _RowsOf) else keys
