"""What kind of chrome a paragraph is, and whether the page shows a paywall.

A multinomial linear model over hashed word n-grams and character n-grams, trained on
the project's chrome library; it only ever sees paragraphs the main model called chrome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from .features import paragraph_text, word_ngrams
from .types import Paragraph

KINDS = (
    "paywall", "pricing", "login", "consent", "newsletter", "promo", "share", "related",
    "navigation", "legal", "ad", "comments", "disclaimer", "other",
)  # fmt: skip
OTHER = "other"
#: Key of the kind pipeline in a model's pipelines.
KIND_STAGE = "kinds"
#: Below this probability for its best kind, a chrome paragraph is of kind ``other``.
MIN_KIND_SCORE = 0.35
#: Kinds that make up a paywall or subscription wall, and the ones reported with it.
WALL_KIND = "paywall"
WALL_KINDS = frozenset({"paywall", "pricing", "login"})
#: Page-level paywall score at or above which a paywall is reported.
PAYWALL_THRESHOLD = 0.5
KIND_HASH_FEATURES = 2**18
KIND_C = 4.0
KIND_MAX_ITER = 1000


def _texts(X: Sequence[Paragraph]) -> list[str]:
    return [paragraph_text(p) for p in X]


def build_kind_pipeline() -> Pipeline:
    """Paragraph text → kind probabilities."""
    words = HashingVectorizer(n_features=KIND_HASH_FEATURES, analyzer=word_ngrams, alternate_sign=False)
    chars = make_pipeline(
        FunctionTransformer(_texts),
        HashingVectorizer(
            n_features=KIND_HASH_FEATURES, analyzer="char_wb", ngram_range=(2, 4), alternate_sign=False, lowercase=False
        ),
    )
    return Pipeline(
        [
            ("features", FeatureUnion([("words", words), ("chars", chars)])),
            ("clf", LogisticRegression(C=KIND_C, max_iter=KIND_MAX_ITER)),
        ]
    )


@dataclass(frozen=True, slots=True)
class KindGuess:
    """The kind of one chrome paragraph, and the probability that it is a paywall notice."""

    kind: str
    score: float
    wall: float


def guess_kinds(pipeline: Pipeline, paragraphs: Sequence[Paragraph]) -> list[KindGuess]:
    """The most likely kind of each chrome paragraph (``other`` when no kind is likely enough)."""
    if not paragraphs:
        return []
    proba = pipeline.predict_proba(list(paragraphs))
    classes = list(pipeline.classes_)
    wall = proba[:, classes.index(WALL_KIND)]
    best = proba.argmax(axis=1)
    return [
        KindGuess(classes[b] if proba[i, b] >= MIN_KIND_SCORE else OTHER, float(proba[i, b]), float(wall[i]))
        for i, b in enumerate(best)
    ]
