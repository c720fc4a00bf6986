"""The last map of a mode's scores: calibrated on real pages, the labels at the model's threshold kept.

An HTML page's score combines two calibrated models (:func:`~.scoring.html_scores`: the text
model's mean pulled in where it reads chrome), and a mean of two probabilities is not one: on
held-out real pages the HTML scores between 0.3 and 0.8 were too low (model 1.19.0, test: a
score of 0.55 was content 80% of the time). A :class:`ScoreMap` fitted on the dev split
(``training.calibration.fit_score_map``) maps them to the content rate seen there, in two
monotone pieces, one each side of the model's threshold: below it, a score stays below; at or
above it, it stays at or above. So the labels at the default threshold, and everything read
from them (the text kept, the chrome kinds, the paywall verdict), are the model's, and only
``score`` moves. The figures are in docs/model-history.md ("HTML scores calibrated on real pages").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np

from .errors import ModelIntegrityError

#: A score below the threshold is mapped at most this far below it, so that the map keeps its label
#: even after the result's rounding (``classify.SCORE_DIGITS``).
BELOW_GAP = 1e-4


@dataclass(frozen=True)
class Piece:
    """A monotone piecewise-linear map on one side of the threshold: knots ``x`` (ascending) to ``y``."""

    x: tuple[float, ...]
    y: tuple[float, ...]

    def __call__(self, scores: np.ndarray) -> np.ndarray:
        return np.interp(scores, self.x, self.y)


@dataclass(frozen=True)
class ScoreMap:
    """Scores below ``threshold`` through ``below``, the others through ``above``."""

    threshold: float
    below: Piece
    above: Piece

    def __call__(self, scores: np.ndarray) -> np.ndarray:
        scores = np.asarray(scores, dtype=np.float64)
        return np.where(scores < self.threshold, self.below(scores), self.above(scores))

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what the model file stores; no class of ours is pickled)."""
        return {
            "threshold": self.threshold,
            "below": {"x": list(self.below.x), "y": list(self.below.y)},
            "above": {"x": list(self.above.x), "y": list(self.above.y)},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoreMap:
        """The map ``data`` describes, checked: a map that could move a label is refused."""
        try:
            threshold = float(data["threshold"])
            below = _piece(data["below"])
            above = _piece(data["above"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelIntegrityError(f"malformed score map: {exc!r}") from None
        if not 0.0 < threshold < 1.0:
            raise ModelIntegrityError(f"score map threshold {threshold} is not inside (0, 1)")
        if max(below.y) >= threshold or min(above.y) < threshold or min(below.y) < 0.0 or max(above.y) > 1.0:
            raise ModelIntegrityError("score map would move scores across its threshold or out of [0, 1]")
        return cls(threshold, below, above)


def _piece(data: Mapping[str, Sequence[float]]) -> Piece:
    x = tuple(float(v) for v in data["x"])
    y = tuple(float(v) for v in data["y"])
    if not x or len(x) != len(y):
        raise ValueError("knots and values differ in number, or there are none")
    if any(b < a for a, b in pairwise(x)) or any(b < a for a, b in pairwise(y)):
        raise ValueError("knots or values are not ascending")
    return Piece(x, y)


def mapped(maps: Mapping[str, ScoreMap], mode: str, scores: np.ndarray) -> np.ndarray:
    """``scores`` through ``maps[mode]``, or as they are when ``mode`` has no map."""
    score_map = maps.get(mode)
    return scores if score_map is None else score_map(scores)


def score_maps(data: Any) -> dict[str, ScoreMap]:
    """The score maps a model file holds (``{mode: map as plain data}``), checked; none for an older file."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ModelIntegrityError("the model's score maps are not a mapping")
    return {str(mode): ScoreMap.from_dict(value) for mode, value in data.items()}
