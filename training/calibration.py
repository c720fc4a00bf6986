"""Calibration of paragraph scores: expected calibration error, a reliability table, and the last map fitted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.isotonic import IsotonicRegression

from service.core.recalibrate import BELOW_GAP, Piece, ScoreMap

BINS = 10


def reliability(scores: Sequence[float], labels: Sequence[int], bins: int = BINS) -> dict[str, Any]:
    """Equal-width bins of predicted content probability vs the observed content rate, and the ECE."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(s, edges[1:-1]), 0, bins - 1)
    table = []
    ece = 0.0
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        if not n:
            continue
        mean_score, rate = float(s[mask].mean()), float(y[mask].mean())
        ece += n / len(s) * abs(mean_score - rate)
        table.append(
            {
                "bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                "n": n,
                "mean_score": round(mean_score, 4),
                "content_rate": round(rate, 4),
            }
        )
    return {"ece": round(ece, 4), "paragraphs": len(s), "table": table}


def fit_score_map(scores: Sequence[float], labels: Sequence[int], threshold: float) -> ScoreMap:
    """The score map (:mod:`service.core.recalibrate`) that takes ``scores`` to the content rate of
    ``labels``: isotonic regression on each side of ``threshold``, bounded to that side."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=float)
    below_top = threshold - BELOW_GAP
    sides = ((s < threshold, 0.0, below_top), (s >= threshold, threshold, 1.0))
    pieces = []
    for side, low, high in sides:
        if not side.any():  # nothing seen on this side: leave its scores as they are
            pieces.append(Piece((low, high), (low, high)))
            continue
        fitted = IsotonicRegression(y_min=low, y_max=high, out_of_bounds="clip").fit(s[side], y[side])
        pieces.append(Piece(tuple(map(float, fitted.X_thresholds_)), tuple(map(float, fitted.y_thresholds_))))
    return ScoreMap(threshold, *pieces)


def labelled_scores(
    labels: Sequence[Sequence[int | None]], scores: Sequence[Sequence[float]]
) -> tuple[list[float], list[int]]:
    """The scores of the labelled paragraphs of every page and their labels (pages side by side)."""
    out_scores: list[float] = []
    out_labels: list[int] = []
    for page_labels, page_scores in zip(labels, scores, strict=True):
        for label, score in zip(page_labels, page_scores, strict=True):
            if label is not None:
                out_scores.append(float(score))
                out_labels.append(label)
    return out_scores, out_labels
