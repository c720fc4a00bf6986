"""What kind of chrome a paragraph is, and whether the page shows a paywall.

A linear model (log loss) over hashed word and character n-grams and the cue lexicon, trained on
the project's chrome library; it only ever sees paragraphs the main model called chrome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from .features import WORD, paragraph_text, word_ngrams
from .lexicon import CJK, cue_index
from .schema import KIND_STAGE
from .types import Paragraph

__all__ = ["KINDS", "KIND_STAGE", "KindGuess", "build_kind_pipeline", "guess_kinds"]

KINDS = (
    "paywall", "pricing", "login", "consent", "newsletter", "promo", "share", "related",
    "navigation", "legal", "ad", "comments", "disclaimer", "other",
)  # fmt: skip
OTHER = "other"
#: Below this probability for its best kind, a chrome paragraph is of kind ``other``.
MIN_KIND_SCORE = 0.25
#: Kinds that make up a paywall or subscription wall, and the ones reported with it.
WALL_KIND = "paywall"
WALL_KINDS = frozenset({"paywall", "pricing", "login"})
#: Page-level paywall score at or above which a paywall is reported.
PAYWALL_THRESHOLD = 0.5
KIND_HASH_FEATURES = 2**16
KIND_ALPHA = 1e-4
KIND_MAX_ITER = 50
KIND_SEED = 0
#: Weight of a cue-lexicon flag relative to the (l2-normalised) hashed n-grams.
CUE_WEIGHT = 3.0


def _texts(X: Sequence[Paragraph]) -> list[str]:
    return [paragraph_text(p) for p in X]


def cue_flags(X: Sequence[Paragraph]) -> np.ndarray:
    """The cue lexicon's per-kind flags, weighted to count next to the hashed n-grams."""
    index = cue_index()
    rows = []
    for p in X:
        low = p.text.lower()
        rows.append(index.match(WORD.findall(low), low, bool(CJK.search(low))))
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(index.kinds)) * CUE_WEIGHT


def build_kind_pipeline() -> Pipeline:
    """Paragraph text → kind probabilities."""
    words = HashingVectorizer(n_features=KIND_HASH_FEATURES, analyzer=word_ngrams, alternate_sign=False)
    chars = make_pipeline(
        FunctionTransformer(_texts),
        HashingVectorizer(
            n_features=KIND_HASH_FEATURES, analyzer="char_wb", ngram_range=(2, 4), alternate_sign=False, lowercase=False
        ),
    )
    cues = FunctionTransformer(cue_flags)
    classifier = SGDClassifier(loss="log_loss", alpha=KIND_ALPHA, max_iter=KIND_MAX_ITER, random_state=KIND_SEED)
    return Pipeline(
        [("features", FeatureUnion([("words", words), ("chars", chars), ("cues", cues)])), ("clf", classifier)]
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
    classes = [str(c) for c in pipeline.classes_]
    wall = proba[:, classes.index(WALL_KIND)]
    best = proba.argmax(axis=1)
    return [
        KindGuess(classes[b] if proba[i, b] >= MIN_KIND_SCORE else OTHER, float(proba[i, b]), float(wall[i]))
        for i, b in enumerate(best)
    ]
