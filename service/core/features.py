"""Feature transformers over sequences of paragraphs.

Every transformer takes ``X``: a sequence of :class:`Paragraph` in page order, several pages
one after another (a page starts where ``index`` is 0). Per-paragraph families (words,
characters, markup, shape) see one paragraph at a time; context families see its page.
All functions handed to scikit-learn are module-level so the fitted pipeline pickles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from .lexicon import CJK, CueIndex, cue_index, stopword_set
from .types import Paragraph

WORD = re.compile(r"\w+")
DIGIT = re.compile(r"\d")
DIGITS = re.compile(r"\d+")
SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*$")
SENTENCE_BREAK = re.compile(r"[.!?。！？]\s")
CURRENCY = re.compile(r"[$€£¥₹₩₽₺¢]|\b(?:zł|kr|chf|usd|eur|gbp|inr|rs\.?|r\$)\b", re.IGNORECASE)
PRICE = re.compile(r"(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[$€£¥₹]|zł|kr|eur|usd))", re.IGNORECASE)
SEPARATORS = re.compile(r"[|•·›»→←>/]")
PUNCT = re.compile(r"[^\w\s]")
URLISH = re.compile(r"https?://|www\.|@\w|\.com\b", re.IGNORECASE)
TEMPLATE = re.compile(r"\{\{|\}\}|%s|\[\w+\]")
CAPITALISED = re.compile(r"\b[^\W\d_a-z]")

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Landmark tags whose presence among the ancestors is a dense feature of its own.
LANDMARK_TAGS = (
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "li",
    "td",
    "blockquote",
    "figure",
    "button",
    "label",
    "option",
)
#: Class/id tokens (substrings) that publishers use for content or chrome containers.
TOKEN_CUES = (
    "article",
    "content",
    "body",
    "story",
    "post",
    "entry",
    "text",
    "main",
    "byline",
    "author",
    "caption",
    "share",
    "social",
    "related",
    "recommend",
    "footer",
    "nav",
    "menu",
    "breadcrumb",
    "comment",
    "promo",
    "ad",
    "sponsor",
    "paywall",
    "premium",
    "subscri",
    "newsletter",
    "cookie",
    "consent",
    "sidebar",
    "widget",
    "tag",
    "meta",
    "date",
    "header",
    "banner",
    "modal",
    "popup",
    "login",
    "signup",
    "teaser",
    "card",
    "list",
)
#: Sizes of the hashed feature spaces (powers of two).
WORD_HASH_FEATURES = 2**18
MARKUP_HASH_FEATURES = 2**14
#: Depth and length buckets for markup tokens.
DEPTH_BUCKETS = (3, 5, 8, 12, 16, 24)
#: Neighbour offsets whose key shape features are copied next to a paragraph's own.
CONTEXT_OFFSETS = (-2, -1, 1, 2)


def page_bounds(X: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Start and end of each page in ``X`` (a page starts at every ``index == 0``)."""
    starts = [i for i, p in enumerate(X) if p.index == 0 or i == 0]
    return list(zip(starts, [*starts[1:], len(X)], strict=True))


# ---------------------------------------------------------------- text for the hashers


def paragraph_text(paragraph: Paragraph) -> str:
    """Lower-cased text with every digit run folded to ``0``, for the n-gram hashers."""
    return DIGITS.sub("0", paragraph.text.lower())


def word_ngrams(paragraph: Paragraph) -> list[str]:
    """Word unigrams and bigrams; runs of CJK script (written without spaces) give character bigrams."""
    words: list[str] = []
    for token in WORD.findall(paragraph_text(paragraph)):
        if CJK.search(token):
            words.extend(token[i : i + 2] for i in range(max(len(token) - 1, 1)))
        else:
            words.append(token)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def markup_tokens(paragraph: Paragraph) -> list[str]:
    """Markup as a bag of tokens: tag, parent, landmarks, class/id tokens, depth bucket."""
    if not paragraph.tag:
        return ["nomarkup"]
    ancestors = paragraph.ancestors
    parent = ancestors[-2] if len(ancestors) > 1 else "root"
    depth = sum(paragraph.depth > b for b in DEPTH_BUCKETS)
    tokens = [f"tag={paragraph.tag}", f"parent={parent}", f"pair={parent}>{paragraph.tag}", f"depth={depth}"]
    tokens.extend(f"anc={tag}" for tag in set(ancestors))
    inner = paragraph.tokens[:4]
    tokens.extend(f"near={t}" for t in inner)
    tokens.extend(f"tok={t}" for t in set(paragraph.tokens))
    density = round(paragraph.link_density * 4)
    tokens.append(f"links={density}")
    return tokens


# ---------------------------------------------------------------- dense shape features


def _shape_row(p: Paragraph, stopwords: frozenset[str], cues: CueIndex) -> list[float]:
    text = p.text
    n = len(text)
    low = text.lower()
    words = WORD.findall(low)
    n_words = len(words) or 1
    letters = sum(map(str.isalpha, text)) or 1
    cjk = len(CJK.findall(text))
    row = [
        math.log1p(n),
        math.log1p(len(words)),
        (len("".join(words)) / n_words),
        len(DIGIT.findall(text)) / n,
        sum(map(str.isupper, text)) / letters,
        len(PUNCT.findall(text)) / n,
        float(bool(SENTENCE_END.search(text))),
        float(text[:1].isupper()),
        math.log1p(len(SENTENCE_BREAK.findall(text))),
        p.link_density,
        math.log1p(len(CURRENCY.findall(text))),
        float(bool(PRICE.search(text))),
        math.log1p(len(SEPARATORS.findall(text))),
        sum(w in stopwords for w in words) / n_words,
        cjk / n,
        len(CAPITALISED.findall(text)) / n_words,
        float(bool(URLISH.search(text))),
        float(bool(TEMPLATE.search(text))),
        float(text.endswith(":")),
    ]
    row.extend(cues.match(words, low, cjk > 0))
    return row


SHAPE_NAMES = (
    "log_chars",
    "log_words",
    "mean_word_len",
    "digit_ratio",
    "upper_ratio",
    "punct_ratio",
    "ends_sentence",
    "starts_upper",
    "log_sentences",
    "link_density",
    "log_currency",
    "has_price",
    "log_separators",
    "stopword_density",
    "cjk_ratio",
    "capitalised_ratio",
    "urlish",
    "template",
    "ends_colon",
)


#: Shape columns copied from neighbours: the ones that tell prose from UI text.
NEIGHBOUR_COLUMNS = tuple(
    SHAPE_NAMES.index(name)
    for name in (
        "log_chars",
        "log_words",
        "ends_sentence",
        "link_density",
        "stopword_density",
        "capitalised_ratio",
        "log_sentences",
    )
)


def _markup_row(p: Paragraph) -> list[float]:
    if not p.tag:
        return [0.0] * (3 + len(LANDMARK_TAGS) + len(TOKEN_CUES))
    ancestors = set(p.ancestors)
    joined = " ".join(p.tokens)
    inner = " ".join(p.tokens[:4])
    row = [float(p.tag in HEADING_TAGS), float(p.tag == "p"), p.depth / 32.0]
    row.extend(float(tag in ancestors) for tag in LANDMARK_TAGS)
    row.extend(float(cue in joined) + float(cue in inner) for cue in TOKEN_CUES)
    return row


def shape_matrix(X: Sequence[Paragraph], *, markup: bool) -> np.ndarray:
    """Dense per-paragraph statistics (and markup flags when ``markup``)."""
    stopwords = stopword_set()
    cues = cue_index()
    rows = []
    markup_rows: dict[tuple[object, ...], list[float]] = {}  # paragraphs of a page share ancestors
    for p in X:
        row = _shape_row(p, stopwords, cues)
        if markup:
            key = (p.tag, p.depth, p.ancestors, p.tokens)
            if key not in markup_rows:
                markup_rows[key] = _markup_row(p)
            row.extend(markup_rows[key])
        rows.append(row)
    width = len(SHAPE_NAMES) + len(cues.kinds) + (3 + len(LANDMARK_TAGS) + len(TOKEN_CUES) if markup else 0)
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), width)


def position_matrix(X: Sequence[Paragraph]) -> np.ndarray:
    """Where each paragraph sits in its page."""
    out = np.zeros((len(X), 4))
    for start, end in page_bounds(X):
        n = end - start
        idx = np.arange(n, dtype=np.float64)
        out[start:end, 0] = idx / max(n - 1, 1)
        out[start:end, 1] = np.log1p(idx)
        out[start:end, 2] = np.log1p(n - 1 - idx)
        out[start:end, 3] = math.log1p(n)
    return out


def shift_within_pages(values: np.ndarray, X: Sequence[Paragraph], offset: int) -> np.ndarray:
    """``values`` moved by ``offset`` rows inside each page; NaN where the page ends."""
    out = np.full_like(values, np.nan, dtype=np.float64)
    for start, end in page_bounds(X):
        n = end - start
        if abs(offset) >= n:
            continue
        if offset > 0:
            out[start : end - offset] = values[start + offset : end]
        else:
            out[start - offset : end] = values[start : end + offset]
    return out


class ShapeFeatures(TransformerMixin, BaseEstimator):
    """Dense statistics of each paragraph (stateless)."""

    def __init__(self, markup: bool = True) -> None:
        self.markup = markup

    def fit(self, X: Sequence[Paragraph], y: object = None, **fit_params: object) -> ShapeFeatures:
        return self

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        return shape_matrix(X, markup=self.markup)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags


class ContextFeatures(TransformerMixin, BaseEstimator):
    """A paragraph's shape features, its neighbours' and its position in the page (stateless)."""

    def __init__(self, markup: bool = True, offsets: tuple[int, ...] = CONTEXT_OFFSETS) -> None:
        self.markup = markup
        self.offsets = offsets

    def fit(self, X: Sequence[Paragraph], y: object = None, **fit_params: object) -> ContextFeatures:
        return self

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        own = shape_matrix(X, markup=self.markup)
        key = own[:, NEIGHBOUR_COLUMNS]
        parts = [own, position_matrix(X)]
        parts.extend(shift_within_pages(key, X, offset) for offset in self.offsets)
        return np.hstack(parts)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags
