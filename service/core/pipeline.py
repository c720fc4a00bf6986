"""The one definition of the model: a scikit-learn ``Pipeline`` per input mode.

Stage 1 is a linear model over hashed word n-grams (character bigrams for CJK), markup tokens and shape
statistics of each paragraph. Stage 2 is a gradient-boosted classifier over stage-1
scores of the paragraph and its neighbours, the page's score profile, and dense context
features. The text model, which reads no markup, stacks once more: stage 3 is the same kind of
booster over stage 2's (cross-fitted) scores of the paragraph and its neighbours, their profile
and the context features. The last stage is calibrated (isotonic) so that ``score`` is a probability.
"""

from __future__ import annotations

from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import MaxAbsScaler

from .features import Concat, ContextFeatures, MarkupFeatures, ShapeFeatures, WordFeatures
from .schema import FEATURE_SCHEMA_VERSION, MODES
from .stacking import LabelledOnly, NeighbourScores

__all__ = ["FEATURE_SCHEMA_VERSION", "MODES", "build_pipeline", "paragraph_features", "stage1_classifier"]


STAGE1_C = 0.5
STAGE1_MAX_ITER = 200
#: Boosting rounds: each costs a fixed ~25 µs per page at prediction, so fewer, larger steps.
STAGE2_MAX_ITER = 120
STAGE2_LEARNING_RATE = 0.15
#: At most this many labelled paragraphs train the second stage (a seeded subsample).
STAGE2_MAX_SAMPLES = 200_000
STAGE2_MAX_LEAF_NODES = 31
STAGE2_L2 = 1.0
CALIBRATION_FOLDS = 3
SEED = 1234


def paragraph_features(mode: str) -> Concat:
    """Per-paragraph features of stage 1: hashed words, hashed markup (HTML only), shape statistics."""
    markup = mode == "html"
    families: list[tuple[str, object]] = [("words", WordFeatures())]
    if markup:
        families.append(("markup", MarkupFeatures()))
    families.append(("shape", make_pipeline(ShapeFeatures(markup=markup), MaxAbsScaler())))
    return Concat(families)


def stage1_classifier() -> LabelledOnly:
    """The per-paragraph linear model (fitted on labelled paragraphs only)."""
    return LabelledOnly(LogisticRegression(C=STAGE1_C, max_iter=STAGE1_MAX_ITER, solver="liblinear"))


def build_pipeline(mode: str, n_jobs: int | None = None) -> Pipeline:
    """The full stacked model for one input mode (``html``: two stages, ``text``: three).

    ``n_jobs`` parallelises the first stage's cross-fitting during training only.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    markup = mode == "html"
    features = Concat(
        [
            (
                "stage1",
                NeighbourScores(paragraph_features(mode), stage1_classifier(), n_jobs=n_jobs, contrast=not markup),
            ),
            ("context", ContextFeatures(markup=markup)),
        ]
    )
    if not markup:  # a third stage: see docs/model-history.md, 1.13.0
        stage2 = NeighbourScores(
            features, LabelledOnly(_booster(), STAGE2_MAX_SAMPLES, SEED), contrast=True, stacked=True
        )
        features = Concat([("stage2", stage2), ("context", ContextFeatures(markup=False))])
    return Pipeline(
        [
            ("features", features),
            (
                "classifier",
                CalibratedClassifierCV(
                    LabelledOnly(_booster(), STAGE2_MAX_SAMPLES, SEED),
                    method="isotonic",
                    cv=CALIBRATION_FOLDS,
                    ensemble=False,
                ),
            ),
        ]
    )


def _booster() -> HistGradientBoostingClassifier:
    """The gradient-boosted classifier of the stacked stages."""
    return HistGradientBoostingClassifier(
        max_iter=STAGE2_MAX_ITER,
        learning_rate=STAGE2_LEARNING_RATE,
        max_leaf_nodes=STAGE2_MAX_LEAF_NODES,
        l2_regularization=STAGE2_L2,
        random_state=SEED,
    )
