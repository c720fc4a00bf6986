"""Stage 2's probabilities without scikit-learn's per-call overhead: the same numbers."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from service import Model, load_model
from service.core.forest import booster_proba, calibrated_proba, raw_scores, tree_walk
from service.core.scoring import content_scores, fast_predict, page_rules
from service.core.stacking import LabelledOnly
from service.core.types import Batch
from tests.builders import labelled_fixture_paragraphs


def _features_and_classifier(model: Model, mode: str) -> tuple[np.ndarray, object, Batch]:
    paragraphs, _ = labelled_fixture_paragraphs(mode)
    batch = Batch(paragraphs)
    pipeline = model.pipelines[mode]
    with fast_predict():
        features = pipeline[:-1].transform(batch)
    return features, pipeline[-1], batch


@pytest.mark.parametrize("mode", ["html", "text"])
def test_equals_scikit_learn_on_the_tiny_model(tiny_model_path, mode: str) -> None:  # type: ignore[no-untyped-def]
    model = load_model(tiny_model_path)
    features, classifier, _ = _features_and_classifier(model, mode)
    fast = calibrated_proba(classifier, features)
    assert fast is not None
    np.testing.assert_array_equal(fast, classifier.predict_proba(features)[:, 1])  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["html", "text"])
def test_equals_scikit_learn_on_the_committed_model(mode: str) -> None:
    model = load_model()
    features, classifier, batch = _features_and_classifier(model, mode)
    fast = calibrated_proba(classifier, features)
    assert fast is not None
    np.testing.assert_array_equal(fast, classifier.predict_proba(features)[:, 1])  # type: ignore[attr-defined]
    with fast_predict():
        reference = page_rules(batch, model.pipelines[mode].predict_proba(batch)[:, 1])
    np.testing.assert_array_equal(content_scores(model.pipelines[mode], batch), reference)


def test_another_model_shape_is_left_to_scikit_learn() -> None:
    X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
    y = np.array([0, 0, 1, 0, 1, 1])
    sigmoid = CalibratedClassifierCV(LogisticRegression(), method="sigmoid", cv=2).fit(X, y)
    assert calibrated_proba(sigmoid, X) is None
    assert calibrated_proba(LogisticRegression().fit(X, y), X) is None


def test_without_the_compiled_walk_scikit_learn_serves(tiny_model_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    model = load_model(tiny_model_path)
    features, classifier, batch = _features_and_classifier(model, "html")
    monkeypatch.setattr("service.core.forest._predict_from_raw_data", None)
    assert calibrated_proba(classifier, features) is None
    with fast_predict():
        reference = page_rules(batch, model.pipelines["html"].predict_proba(batch)[:, 1])
    np.testing.assert_array_equal(content_scores(model.pipelines["html"], batch), reference)


def test_a_bare_booster_equals_scikit_learn() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    X[rng.random(X.shape) < 0.1] = np.nan  # neighbour gaps are NaN
    y = (np.nan_to_num(X[:, 0]) + rng.normal(scale=0.5, size=300) > 0).astype(int)
    for booster in (
        HistGradientBoostingClassifier(max_iter=20).fit(X, y),
        LabelledOnly(HistGradientBoostingClassifier(max_iter=20)).fit(X, y),
    ):
        np.testing.assert_array_equal(booster_proba(booster, X), booster.predict_proba(X)[:, 1])
    assert booster_proba(LogisticRegression().fit(np.nan_to_num(X), y), X) is None
    three = HistGradientBoostingClassifier(max_iter=5).fit(X, rng.integers(0, 3, 300))
    assert booster_proba(three, X) is None


def _booster_with_missing_values() -> tuple[HistGradientBoostingClassifier, np.ndarray]:
    """A booster whose splits send missing values both ways, and rows to score (some values beyond training's)."""
    rng = np.random.default_rng(1)
    X = rng.normal(size=(600, 6))
    X[:, 3] = rng.integers(0, 3, 600)  # a feature of few values: binned by comparing with every threshold
    X[rng.random(X.shape) < 0.15] = np.nan
    y = (np.nan_to_num(X[:, 0], nan=2.0) - np.nan_to_num(X[:, 1], nan=-2.0) + X[:, 3] % 2 > 0).astype(int)
    booster = HistGradientBoostingClassifier(max_iter=30, max_leaf_nodes=15, random_state=0).fit(X, y)
    nodes = np.concatenate([predictor.nodes for (predictor,) in booster._predictors])
    splits = nodes[nodes["is_leaf"] == 0]
    assert set(splits["missing_go_to_left"]) == {0, 1}
    rows = rng.normal(scale=3.0, size=(500, 6))
    rows[:, 3] = rng.integers(-1, 4, 500)
    rows[rng.random(rows.shape) < 0.2] = np.nan
    rows[:5, 0] = [np.inf, -np.inf, 0.0, 1e300, -1e300]
    return booster, rows


def test_the_one_call_walk_sums_the_trees_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    booster, rows = _booster_with_missing_values()
    thresholds = booster._bin_mapper.bin_thresholds_
    rows[5:10] = np.array([t[len(t) // 2] if len(t) else 0.0 for t in thresholds])  # values on a threshold
    walked = raw_scores(booster, rows)
    monkeypatch.setattr("service.core.forest.WALK_ROWS", 64)  # several chunks
    np.testing.assert_array_equal(raw_scores(booster, rows), walked)
    monkeypatch.setattr("service.core.forest._predict_stages", None)  # the per-tree walk
    np.testing.assert_array_equal(raw_scores(booster, rows), walked)
    np.testing.assert_array_equal(booster_proba(booster, rows), booster.predict_proba(rows)[:, 1])


def test_each_booster_is_rewritten_once() -> None:
    booster, _ = _booster_with_missing_values()
    walk = tree_walk(booster)
    assert walk is not None and tree_walk(booster) is walk
    assert walk.trees.shape == (booster.n_iter_, 1)
