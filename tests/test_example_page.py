"""Acceptance: the committed model on the shared example page (a real syndicated page)."""

from __future__ import annotations

import json

import pytest

from service import Label, classify, load_model
from tests.builders import EXAMPLES

LABELS = EXAMPLES / "syndicated-page.labels.jsonl"
#: Lines the committed model must get right, of the page's 63.
REQUIRED_CORRECT = 61

pytestmark = pytest.mark.skipif(not LABELS.is_file(), reason="../shared/examples is not beside the repository")


def test_committed_model_labels_the_example_page() -> None:
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    model = load_model()
    result = classify(model, text=(EXAMPLES / "syndicated-page.txt").read_text(encoding="utf-8"))
    assert [p.text for p in result.paragraphs] == [" ".join(r["text"].split()) for r in rows]
    right = sum(
        (p.label is Label.CONTENT) == (r["label"] == "content") for p, r in zip(result.paragraphs, rows, strict=True)
    )
    assert right >= REQUIRED_CORRECT, f"{right}/{len(rows)} lines right"
