"""The fitted second stage's probabilities, without scikit-learn's per-call overhead.

Stage 2 is ``CalibratedClassifierCV(LabelledOnly(HistGradientBoostingClassifier), "isotonic",
ensemble=False)``. On a page of a few hundred rows its own ``predict_proba`` spends more time
around the trees than in them: each of the 120 trees goes through a Python wrapper that
sizes its OpenMP team, and the input is validated on the way through three estimators.
:func:`calibrated_proba` reads the same fitted objects and computes the same numbers in the
same order (tree sums, logistic link, isotonic map, clip), with one thread per call: a
worker serves one request per core. A test holds it equal to ``predict_proba`` on pages.

Anything that is not that shape (another calibration, several calibrated folds, another
booster), or a scikit-learn without that compiled walk, returns ``None`` and the caller uses
scikit-learn's own path.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression

try:  # scikit-learn's compiled tree walk (private): the model pins the version it was made with
    from sklearn.ensemble._hist_gradient_boosting._predictor import _predict_from_raw_data
except ImportError:  # pragma: no cover - another scikit-learn layout: predict_proba serves instead
    _predict_from_raw_data = None

#: Threads per tree evaluation: a page is too small to share, and workers run one per core.
TREE_THREADS = 1
#: scikit-learn rounds calibrated probabilities this far above 1 down to 1.
PROBA_SLACK = 1e-5


def _binary_booster(estimator: Any) -> HistGradientBoostingClassifier | None:
    """``estimator`` if it is a fitted binary booster without categorical features that the compiled walk reads."""
    if (
        _predict_from_raw_data is None
        or not isinstance(estimator, HistGradientBoostingClassifier)
        or estimator.n_trees_per_iteration_ != 1
        or estimator.is_categorical_ is not None
    ):
        return None
    return estimator


def _parts(classifier: Any) -> tuple[HistGradientBoostingClassifier, IsotonicRegression] | None:
    """The booster and isotonic calibrator of a fitted stage 2 of the expected shape, else None."""
    if not isinstance(classifier, CalibratedClassifierCV) or len(classifier.calibrated_classifiers_) != 1:
        return None
    calibrated = classifier.calibrated_classifiers_[0]
    booster = _binary_booster(getattr(calibrated.estimator, "estimator_", None))
    if (
        booster is None
        or calibrated.method != "isotonic"
        or len(calibrated.calibrators) != 1
        or list(calibrated.estimator.classes_) != list(classifier.classes_)
    ):
        return None
    return booster, calibrated.calibrators[0]


def raw_scores(booster: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """The booster's raw prediction (baseline plus each tree's leaf value, summed in tree order)."""
    X = np.ascontiguousarray(X, dtype=np.float64)
    known_categories, feature_map = booster._bin_mapper.make_known_categories_bitsets()
    total = np.full(X.shape[0], booster._baseline_prediction.ravel()[0])
    leaf = np.empty(X.shape[0])
    for (tree,) in booster._predictors:
        _predict_from_raw_data(
            tree.nodes, X, tree.raw_left_cat_bitsets, known_categories, feature_map, TREE_THREADS, leaf
        )
        total += leaf
    return total


def booster_proba(classifier: Any, X: np.ndarray) -> np.ndarray | None:
    """Positive-class probability of a fitted binary booster (bare or in ``LabelledOnly``), else None.

    The text model's second stage is such a booster inside the third stage's features; its
    probability is the logistic link of :func:`raw_scores`, as in ``predict_proba``.
    """
    booster = _binary_booster(getattr(classifier, "estimator_", classifier))
    if booster is None:
        return None
    return expit(raw_scores(booster, X))


def calibrated_proba(classifier: Any, X: np.ndarray) -> np.ndarray | None:
    """Calibrated probability of the positive class for each row of ``X``, or None for another model shape."""
    parts = _parts(classifier)
    if parts is None:
        return None
    booster, calibrator = parts
    uncalibrated = expit(raw_scores(booster, X))
    proba = calibrator.f_(np.clip(uncalibrated, calibrator.X_min_, calibrator.X_max_)).astype(np.float64)
    proba[(proba > 1.0) & (proba <= 1.0 + PROBA_SLACK)] = 1.0
    return proba
