"""The evaluation's Markdown tables: the already-extracted-text table appears with the extractor's run."""

from __future__ import annotations

from typing import Any

from training.evaluate import format_table


def _score(p: float, r: float, f1: float) -> dict[str, Any]:
    return {"precision": p, "recall": r, "f1": f1, "pages": 2}


def report(*, with_extractor: bool) -> dict[str, Any]:
    systems = {name: _score(0.9, 0.9, 0.9) for name in ("winnow_html", "winnow_text")}
    if with_extractor:
        systems["trafilatura"] = _score(0.886, 0.972, 0.927)
        systems["winnow_after_trafilatura"] = _score(0.914, 0.962, 0.937)
    paragraphs = {mode: _score(0.8, 0.8, 0.8) for mode in ("html", "text")}
    row = {"metric": "shingle_f1", "systems": systems, "paired": {}, "paragraphs": paragraphs}
    return {"corpora": {"news_articles_2023": row}}


def test_text_mode_on_the_extractors_output_is_shown_beside_the_extractor() -> None:
    table = format_table(report(with_extractor=True))
    assert "| corpus | trafilatura | trafilatura + Winnow |" in table
    assert "| news_articles_2023 | 0.886 / 0.972 / 0.927 | 0.914 / 0.962 / 0.937 |" in table


def test_no_such_table_without_the_extractor() -> None:
    assert "already-extracted" not in format_table(report(with_extractor=False))
