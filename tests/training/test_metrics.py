"""Evaluation measures."""

from __future__ import annotations

import pytest

from training.metrics import page_counts, paragraph_prf, shingle_f1, shingles, snippet_counts, snippet_score


def test_shingles_count_multiplicity() -> None:
    assert sum(shingles("a b c d a b c d").values()) == 5
    assert shingles("a b") == {("a", "b"): 1}
    assert not shingles("")


def test_page_counts_normalised() -> None:
    assert page_counts("one two three four five", "one two three four five") == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts("one two three four five six", "one two three four five")
    assert tp + fp + fn == pytest.approx(1.0) and fp > 0 and fn == 0
    assert page_counts("", "") == (1.0, 0.0, 0.0)
    assert page_counts("", "one two three four") == (0.0, 0.0, 1.0)


def test_shingle_f1_from_page_means() -> None:
    score = shingle_f1([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
    assert score.precision == pytest.approx(0.75 / 1.0)
    assert score.recall == pytest.approx(1.0)
    assert score.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_snippets() -> None:
    counts = snippet_counts("The  Council voted.\nShare this", ["council voted"], ["share this", "footer"])
    assert counts == (1, 0, 1, 1)
    score, accuracy = snippet_score([counts])
    assert score.recall == 1.0 and score.precision == 0.5 and accuracy == pytest.approx(2 / 3)


def test_paragraph_prf_ignores_unlabelled() -> None:
    score = paragraph_prf([1, 1, 0, 0], [1, None, 1, 0])
    assert (score.precision, score.recall, score.pages) == (1.0, 0.5, 3)
