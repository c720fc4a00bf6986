"""The reliability table and the score map fitted from held-out scores."""

from __future__ import annotations

import numpy as np

from service.core.recalibrate import BELOW_GAP
from training.calibration import fit_score_map, labelled_scores, reliability

THRESHOLD = 0.5


def underconfident(n: int = 20_000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Scores whose paragraphs are content more often than they say (as HTML's were on real pages)."""
    rng = np.random.default_rng(seed)
    scores = rng.uniform(0.0, 1.0, n)
    labels = (rng.uniform(0.0, 1.0, n) < np.sqrt(scores)).astype(int)
    return scores, labels


def test_reliability_of_a_calibrated_score_is_small() -> None:
    rng = np.random.default_rng(1)
    scores = rng.uniform(0.0, 1.0, 50_000)
    labels = (rng.uniform(0.0, 1.0, scores.size) < scores).astype(int)
    report = reliability(scores, labels)
    assert report["ece"] < 0.01
    assert sum(row["n"] for row in report["table"]) == scores.size


def test_fitted_map_calibrates_fresh_scores_and_keeps_labels() -> None:
    scores, labels = underconfident()
    score_map = fit_score_map(scores, labels, THRESHOLD)
    fresh, fresh_labels = underconfident(seed=1)
    before, after = reliability(fresh, fresh_labels)["ece"], reliability(score_map(fresh), fresh_labels)["ece"]
    assert before > 0.1
    # Below the threshold the map may only climb to it; content there is as common as sqrt(0.5) says.
    assert after < before / 2
    assert ((score_map(fresh) >= THRESHOLD) == (fresh >= THRESHOLD)).all()
    assert max(score_map.below.y) <= THRESHOLD - BELOW_GAP and min(score_map.above.y) >= THRESHOLD


def test_a_side_with_no_scores_is_left_as_it_is() -> None:
    scores, labels = underconfident()
    high = scores >= THRESHOLD
    score_map = fit_score_map(scores[high], labels[high], THRESHOLD)
    low = np.array([0.0, 0.1, 0.3, THRESHOLD - BELOW_GAP])
    assert np.allclose(score_map(low), low)


def test_labelled_scores_skip_unlabelled_paragraphs() -> None:
    assert labelled_scores([[1, None, 0], [None]], [[0.9, 0.5, 0.1], [0.7]]) == ([0.9, 0.1], [1, 0])
