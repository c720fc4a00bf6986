"""What kind of chrome a paragraph is, and whether the page shows a paywall.

A linear model (log loss) over hashed word n-grams and the cue lexicon, trained on the
project's chrome library; it only ever sees paragraphs the main model called chrome. Its
features are the ones the main model computed already (folded into a smaller space).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import Pipeline

from .features import Concat, CueFeatures, WordFeatures
from .schema import KIND_STAGE
from .types import Batch, Paragraph

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


class KindClassifier(SGDClassifier):
    """``SGDClassifier`` that keeps its coefficients column-major after fitting.

    Predicting multiplies a sparse page matrix by ``coef_.T``; with row-major
    coefficients SciPy first copies all 14 × 65,536 of them, on every page.
    """

    def fit(self, X: Any, y: Any, coef_init: Any = None, intercept_init: Any = None, sample_weight: Any = None) -> Any:
        super().fit(X, y, coef_init=coef_init, intercept_init=intercept_init, sample_weight=sample_weight)
        self.coef_ = np.asfortranarray(self.coef_)
        return self


def build_kind_pipeline() -> Pipeline:
    """Paragraphs → kind probabilities."""
    features = Concat([("words", WordFeatures(KIND_HASH_FEATURES)), ("cues", CueFeatures(CUE_WEIGHT))])
    classifier = KindClassifier(loss="log_loss", alpha=KIND_ALPHA, max_iter=KIND_MAX_ITER, random_state=KIND_SEED)
    return Pipeline([("features", features), ("clf", classifier)])


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
    proba = pipeline.predict_proba(paragraphs if isinstance(paragraphs, Batch) else Batch(paragraphs))
    classes = [str(c) for c in pipeline.classes_]
    wall = proba[:, classes.index(WALL_KIND)].tolist()
    best = proba.argmax(axis=1)
    scores = proba[np.arange(len(best)), best].tolist()
    kinds = [classes[b] if score >= MIN_KIND_SCORE else OTHER for b, score in zip(best.tolist(), scores, strict=True)]
    return [KindGuess(*row) for row in zip(kinds, scores, wall, strict=True)]
