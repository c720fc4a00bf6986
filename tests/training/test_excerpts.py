"""Text mode on excerpts of a page (content lines, chrome lines), against the same lines in the page."""

from __future__ import annotations

from service import load_model
from tests.training.test_train_smoke import corpus_pages
from training.dataset import Augmentation, prepare
from training.excerpts import LONG_LINE, excerpt_report, format_report


def test_excerpts_are_measured_per_size_and_line_length() -> None:
    model = load_model()
    pages = [prepare(page, "test", Augmentation([], []), seed=0) for page in corpus_pages()]
    report = excerpt_report(model.pipelines, pages, model.threshold, sizes=(1, 3))
    assert set(report) == {"1", "3"}
    content_lines = [p.paragraphs[i].text for p in pages for i, label in enumerate(p.labels) if label == 1]
    assert any(len(text) >= LONG_LINE for text in content_lines)
    for by_length in report.values():
        assert {"content long", "chrome"} <= set(by_length)
        for row in by_length.values():
            assert row["lines"] > 0
            assert 0.0 <= row["alone"] <= 1.0 and 0.0 <= row["in_page"] <= 1.0
    # the long article lines of the project's fixture pages are kept when the whole page is sent
    assert report["3"]["content long"]["in_page"] >= 0.8
    assert report["3"]["chrome"]["in_page"] <= 0.2
    assert "| 3 | chrome |" in format_report(report)
