"""Calibration of paragraph scores: expected calibration error and a reliability table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

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
