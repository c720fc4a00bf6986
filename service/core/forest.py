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

The trees are walked in one compiled call (:class:`TreeWalk`): each booster's trees are
rewritten once as scikit-learn decision trees over the booster's own bins, and
``predict_stages`` (the walk of scikit-learn's classic gradient boosting) sums them row by
row without returning to Python between trees. Binning is what makes this exact: a value is
left of a split exactly when its bin is, bins are small integers that float32 holds exactly,
and a missing value goes where the split sends it through a second copy of each column
(missing +inf in one, -inf in the other). The sums are bitwise those of the per-tree walk.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
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

try:  # the classic gradient boosting's compiled walk over many trees (private, as above)
    from sklearn.ensemble._gradient_boosting import predict_stages as _predict_stages
    from sklearn.tree._tree import NODE_DTYPE, Tree
except ImportError:  # pragma: no cover - another layout: the per-tree walk serves instead
    _predict_stages = None

#: Threads per tree evaluation: a page is too small to share, and workers run one per core.
TREE_THREADS = 1
#: scikit-learn rounds calibrated probabilities this far above 1 down to 1.
PROBA_SLACK = 1e-5
#: Features split at this many thresholds or fewer are binned by comparing with all of them at once.
FEW_THRESHOLDS = 4
#: Rows binned and walked at a time (bounds the float32 copy on training-sized matrices).
WALK_ROWS = 16_384


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


class _Trees:
    """What ``predict_stages`` reads from each estimator: its ``tree_``."""

    __slots__ = ("tree_",)

    def __init__(self, tree: Any) -> None:
        self.tree_ = tree


@dataclass(frozen=True)
class TreeWalk:
    """A booster's trees as decision trees over its bins, walked in one compiled call."""

    trees: np.ndarray
    """``(n_trees, 1)`` objects holding each tree as a scikit-learn ``Tree``."""
    baseline: float
    n_features: int
    few: np.ndarray
    """Features with at most :data:`FEW_THRESHOLDS` thresholds ..."""
    few_thresholds: np.ndarray
    """... and those thresholds, one column per rank, padded with +inf."""
    many: np.ndarray
    """Every other feature ..."""
    many_thresholds: tuple[np.ndarray, ...]
    """... and its thresholds."""

    @classmethod
    def of(cls, booster: HistGradientBoostingClassifier) -> TreeWalk:
        """The walk of a fitted binary booster (see :func:`_binary_booster`)."""
        thresholds = [np.asarray(t, dtype=np.float64) for t in booster._bin_mapper.bin_thresholds_]
        n_features = len(thresholds)
        few = [f for f, t in enumerate(thresholds) if len(t) <= FEW_THRESHOLDS]
        padded = np.full((FEW_THRESHOLDS, len(few)), np.inf)
        for column, f in enumerate(few):
            padded[: len(thresholds[f]), column] = thresholds[f]
        many = [f for f, t in enumerate(thresholds) if len(t) > FEW_THRESHOLDS]
        trees = np.empty((len(booster._predictors), 1), dtype=object)
        for i, (predictor,) in enumerate(booster._predictors):
            trees[i, 0] = _Trees(_decision_tree(predictor.nodes, n_features))
        return cls(
            trees=trees,
            baseline=float(booster._baseline_prediction.ravel()[0]),
            n_features=n_features,
            few=np.array(few, dtype=np.intp),
            few_thresholds=padded,
            many=np.array(many, dtype=np.intp),
            many_thresholds=tuple(thresholds[f] for f in many),
        )

    def binned(self, X: np.ndarray) -> np.ndarray:
        """Each value's bin, as float32, twice: missing values +inf in the first copy, -inf in the second.

        A value's bin is the number of thresholds below it (a value equal to one is left of it).
        """
        out = np.empty((X.shape[0], 2 * self.n_features), dtype=np.float32)
        right, left = out[:, : self.n_features], out[:, self.n_features :]
        values = X[:, self.few]
        counts = (values > self.few_thresholds[0]).astype(np.float32)
        for thresholds in self.few_thresholds[1:]:
            counts += values > thresholds
        right[:, self.few] = counts
        columns = np.ascontiguousarray(X[:, self.many].T)
        for f, column, thresholds in zip(self.many, columns, self.many_thresholds, strict=True):
            right[:, f] = thresholds.searchsorted(column)
        left[...] = right
        missing = np.isnan(X)
        right[missing] = np.inf
        left[missing] = -np.inf
        return out

    def raw(self, X: np.ndarray) -> np.ndarray:
        """Baseline plus each tree's leaf value, summed in tree order."""
        total = np.full((X.shape[0], 1), self.baseline)
        for start in range(0, X.shape[0], WALK_ROWS):
            rows = slice(start, start + WALK_ROWS)
            _predict_stages(self.trees, self.binned(X[rows]), 1.0, total[rows])
        return total[:, 0]


def _decision_tree(nodes: np.ndarray, n_features: int) -> Any:
    """One boosted tree's nodes as a scikit-learn regression ``Tree`` over :meth:`TreeWalk.binned` columns."""
    count = len(nodes)
    leaf = nodes["is_leaf"].astype(bool)
    # A split that sends missing values left reads the copy where they are -inf.
    column = nodes["feature_idx"].astype(np.intp) + np.where(nodes["missing_go_to_left"].astype(bool), n_features, 0)
    out = np.zeros(count, dtype=NODE_DTYPE)
    out["left_child"] = np.where(leaf, -1, nodes["left"].astype(np.intp))
    out["right_child"] = np.where(leaf, -1, nodes["right"].astype(np.intp))
    out["feature"] = np.where(leaf, -2, column)
    out["threshold"] = np.where(leaf, -2.0, nodes["bin_threshold"].astype(np.float64) + 0.5)
    out["n_node_samples"] = nodes["count"]
    out["weighted_n_node_samples"] = nodes["count"]
    tree = Tree(2 * n_features, np.ones(1, dtype=np.intp), 1)
    values = np.ascontiguousarray(nodes["value"], dtype=np.float64).reshape(count, 1, 1)
    tree.__setstate__({"max_depth": int(nodes["depth"].max()), "node_count": count, "nodes": out, "values": values})
    return tree


_WALKS: weakref.WeakKeyDictionary[HistGradientBoostingClassifier, TreeWalk] = weakref.WeakKeyDictionary()
_WALKS_LOCK = threading.Lock()


def tree_walk(booster: HistGradientBoostingClassifier) -> TreeWalk | None:
    """The booster's :class:`TreeWalk`, built on first use, or None without scikit-learn's compiled walk."""
    if _predict_stages is None:
        return None
    walk = _WALKS.get(booster)
    if walk is None:
        with _WALKS_LOCK:  # built once, even when two threads ask first
            walk = _WALKS.get(booster) or _WALKS.setdefault(booster, TreeWalk.of(booster))
    return walk


def raw_scores(booster: HistGradientBoostingClassifier, X: np.ndarray) -> np.ndarray:
    """The booster's raw prediction (baseline plus each tree's leaf value, summed in tree order)."""
    X = np.ascontiguousarray(X, dtype=np.float64)
    walk = tree_walk(booster)
    if walk is not None:
        return walk.raw(X)
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
