"""Acceptance: the committed model on a hand-written Hindi page (a script the corpora barely have).

The page (``datasets/fixtures/pages/hi_nagar_nigam_tanker``) puts a related list and a paywall
with rupee plans inside the story container, under neutral class names. Model 1.11.0 gets 24 of
its 26 HTML paragraphs and 21 of its 26 text lines right (1.10.0: 24 and 24).

Text mode on this page depends on the training seed more than on the recipe: the 1.10.0 recipe
gets 24 text lines right with seed 0 and 19 with seed 1, the 1.11.0 recipe 21 and 22 (the mean
share is 0.83 for both). So the article's first and longest paragraphs are required in HTML
mode, where every model of both recipes keeps them, and text mode is held to the share bound.
"""

from __future__ import annotations

import json

from service import Label, classify, load_model
from service.core.classify import segment
from service.core.types import Result
from tests.builders import FIXTURES

PAGE = FIXTURES / "hi_nagar_nigam_tanker.html"
TRUTH = FIXTURES / "hi_nagar_nigam_tanker.truth.json"
#: Shares of paragraphs the committed model must label right.
MIN_RIGHT = {"html": 0.85, "text": 0.8}


def _right(result: Result, content: set[str]) -> float:
    right = sum((p.label is Label.CONTENT) == (p.text in content) for p in result.paragraphs)
    return right / len(result.paragraphs)


def test_committed_model_on_a_hindi_page() -> None:
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    content = set(truth["content"])
    model = load_model()
    html = classify(model, html=PAGE.read_bytes())
    lines = "\n".join(p.text for p in segment(html=PAGE.read_bytes())[1].paragraphs)
    text = classify(model, text=lines)
    for mode, result in (("html", html), ("text", text)):
        assert _right(result, content) >= MIN_RIGHT[mode], mode
        assert result.paywall is not None and result.paywall.detected, mode
    # the article's first and longest paragraphs are kept in HTML mode
    kept = {p.text for p in html.paragraphs if p.label is Label.CONTENT}
    assert truth["content"][2] in kept and truth["content"][6] in kept
