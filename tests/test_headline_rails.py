"""The committed model on a story followed by a rail of other stories' headlines (``service/core/rails.py``).

Every line here was written for this test. Without the rule the committed model (1.22.0) keeps most
of the rail in text mode, as it did on four dev pages of a tabloid (docs/model-history.md, "rails of
other stories").
"""

from __future__ import annotations

import pytest

from service import Label, classify, load_model
from tests.core.test_rails import CHROME_BEFORE, HEADLINES, STORY, rail_page


@pytest.mark.parametrize("mode", ["text", "html"])
def test_the_committed_model_drops_a_rail(mode: str) -> None:
    texts, _ = rail_page()
    if mode == "text":
        result = classify(load_model(), text="\n".join(texts))
    else:
        story = "".join(f"<p>{t}</p>" for t in STORY)
        chrome = "".join(f"<div>{t}</div>" for t in CHROME_BEFORE)
        rail = "".join(f"<li>{h}</li>" for h in HEADLINES)
        html = (
            f"<html><body><article><h1>Bridge</h1>{story}</article><aside>{chrome}<ul>{rail}</ul></aside></body></html>"
        )
        result = classify(load_model(), html=html)
    labels = {p.text: p.label for p in result.paragraphs}
    assert [h for h in HEADLINES if labels[h] is not Label.CHROME] == []
    assert [s for s in STORY if labels[s] is not Label.CONTENT] == []
