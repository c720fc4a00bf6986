"""The linear models' probabilities without scikit-learn's input checks: the same numbers."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression, SGDClassifier

from service import load_model
from service.core.kinds import KIND_STAGE
from service.core.linear import linear_proba
from service.core.scoring import fast_predict
from service.core.stacking import LabelledOnly, NeighbourScores, stage_scores
from service.core.types import Batch
from tests.builders import labelled_fixture_paragraphs


def _data(classes: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    rng = np.random.default_rng(0)
    X = sparse.random(60, 40, density=0.2, format="csr", random_state=1)
    return X, rng.integers(0, classes, 60)


def test_binary_logistic_regression_and_its_wrapper() -> None:
    X, y = _data(2)
    model = LogisticRegression(solver="liblinear").fit(X, y)
    np.testing.assert_array_equal(linear_proba(model, X), model.predict_proba(X))
    wrapped = LabelledOnly(LogisticRegression(solver="liblinear")).fit(X, y)
    np.testing.assert_array_equal(linear_proba(wrapped, X), wrapped.predict_proba(X))


@pytest.mark.parametrize("classes", [2, 5])
def test_log_loss_sgd(classes: int) -> None:
    X, y = _data(classes)
    model = SGDClassifier(loss="log_loss", random_state=0).fit(X, y)
    np.testing.assert_array_equal(linear_proba(model, X), model.predict_proba(X))


def test_rows_with_every_class_at_zero_are_uniform_as_in_scikit_learn() -> None:
    X, y = _data(3)
    model = SGDClassifier(loss="log_loss", random_state=0).fit(X, y)
    model.intercept_ = np.full(3, -1e4)  # expit underflows to 0 for every class
    expected = model.predict_proba(X)
    assert np.allclose(expected, 1 / 3)
    np.testing.assert_array_equal(linear_proba(model, X), expected)


def test_other_models_use_their_own_predict_proba() -> None:
    X, y = _data(3)
    multinomial = LogisticRegression().fit(X, y)  # a softmax, not one-vs-rest
    np.testing.assert_array_equal(linear_proba(multinomial, X), multinomial.predict_proba(X))
    hinge = SGDClassifier(loss="modified_huber", random_state=0).fit(X, y)
    np.testing.assert_array_equal(linear_proba(hinge, X), hinge.predict_proba(X))


def stacked_stages(pipeline: Any) -> list[NeighbourScores]:
    """The stacked stages of a fitted pipeline, the last (nearest the final classifier) first."""
    stages = []
    features = pipeline.named_steps["features"]
    while isinstance(stage := features.transformer_list[0][1], NeighbourScores):
        stages.append(stage)
        features = stage.features_
    return stages


@pytest.mark.parametrize("mode", ["html", "text"])
def test_the_committed_models_stages(mode: str) -> None:
    model = load_model()
    paragraphs, _ = labelled_fixture_paragraphs(mode)
    batch = Batch(paragraphs)
    *boosted, stage1 = stacked_stages(model.pipelines[mode])
    assert len(boosted) == (1 if mode == "text" else 0)
    kinds = model.pipelines[KIND_STAGE]
    with fast_predict():
        matrix = stage1.features_.transform(batch)
        np.testing.assert_array_equal(
            linear_proba(stage1.classifier_, matrix), stage1.classifier_.predict_proba(matrix)
        )
        for stage in boosted:  # the text model's second stage, a booster read by its own trees
            matrix = stage.features_.transform(batch)
            np.testing.assert_array_equal(
                stage_scores(stage.classifier_, matrix), stage.classifier_.predict_proba(matrix)[:, 1]
            )
        matrix = kinds[:-1].transform(batch)
        np.testing.assert_array_equal(linear_proba(kinds[-1], matrix), kinds[-1].predict_proba(matrix))
