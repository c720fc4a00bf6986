"""The last map of a mode's scores: it keeps every label at its threshold, and refuses a map that would not."""

from __future__ import annotations

import numpy as np
import pytest

from service.core.errors import ModelIntegrityError
from service.core.recalibrate import BELOW_GAP, Piece, ScoreMap, mapped, score_maps

THRESHOLD = 0.5
#: Every score from 0 to 1 in steps of 1e-5, the threshold and its neighbours included.
GRID = np.linspace(0.0, 1.0, 100_001)


def lifting() -> ScoreMap:
    """A map like the one fitted for HTML: scores under the threshold raised up to it, those over it far more."""
    return ScoreMap(
        THRESHOLD,
        Piece((0.0, 0.2, 0.45), (0.0, 0.3, THRESHOLD - BELOW_GAP)),
        Piece((0.5, 0.6, 0.9), (0.75, 0.85, 0.97)),
    )


def test_labels_at_the_threshold_are_kept() -> None:
    mapped = lifting()(GRID)
    assert ((mapped >= THRESHOLD) == (GRID >= THRESHOLD)).all()
    assert (np.round(mapped[GRID < THRESHOLD], 4) < THRESHOLD).all()  # even as a result rounds it


def test_the_map_is_monotone_and_moves_scores() -> None:
    mapped = lifting()(GRID)
    assert (np.diff(mapped) >= 0).all()
    assert mapped[GRID == 0.55][0] == pytest.approx(0.8)
    assert mapped[GRID == 0.1][0] == pytest.approx(0.15)


def test_plain_data_round_trip() -> None:
    score_map = lifting()
    again = ScoreMap.from_dict(score_map.to_dict())
    assert again == score_map
    assert score_maps({"html": score_map.to_dict()}) == {"html": score_map}
    assert score_maps(None) == {}


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["below"].update(y=[0.0, 0.3, 0.6]),  # a score under the threshold mapped over it
        lambda d: d["above"].update(y=[0.4, 0.85, 0.97]),  # a score over it mapped under it
        lambda d: d["above"].update(x=[0.9, 0.6, 0.5]),  # knots not ascending
        lambda d: d["above"].update(y=[0.9, 0.8, 0.97]),  # values not ascending
        lambda d: d["below"].update(x=[0.0, 0.2]),  # knots and values of different lengths
        lambda d: d["above"].update(y=[0.75, 0.85, 1.5]),  # out of [0, 1]
        lambda d: d.update(threshold=1.0),
        lambda d: d.pop("below"),
        lambda d: d.update(threshold="half"),
    ],
)
def test_a_map_that_could_move_a_label_is_refused(change) -> None:  # type: ignore[no-untyped-def]
    data = lifting().to_dict()
    change(data)
    with pytest.raises(ModelIntegrityError):
        ScoreMap.from_dict(data)


def test_maps_must_be_a_mapping() -> None:
    with pytest.raises(ModelIntegrityError):
        score_maps([lifting().to_dict()])


def test_mapped_uses_the_mode_s_map_or_none() -> None:
    scores = np.array([0.1, 0.55])
    assert mapped({}, "html", scores) is scores
    assert mapped({"text": lifting()}, "html", scores) is scores
    assert np.array_equal(mapped({"html": lifting()}, "html", scores), lifting()(scores))
