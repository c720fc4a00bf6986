"""Evaluation measures."""

from __future__ import annotations

import pytest

from training.metrics import (
    page_counts,
    paired_difference,
    paragraph_prf,
    shingle_f1,
    shingles,
    snippet_counts,
    snippet_score,
)


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


def test_a_truth_or_an_output_under_four_tokens_is_matched_in_shingles_of_its_length() -> None:
    assert page_counts("the council met today", "council met today") == (0.5, 0.5, 0.0)
    assert page_counts("council met today", "the council met today") == (0.5, 0.0, 0.5)
    assert page_counts("council met", "other words here now") == (0.0, 0.25, 0.75)


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


def test_paired_difference_matches_the_f1s_and_brackets_them() -> None:
    better = [(0.9, 0.05, 0.05)] * 30 + [(0.5, 0.25, 0.25)] * 10
    worse = [(0.8, 0.1, 0.1)] * 30 + [(0.5, 0.25, 0.25)] * 10
    paired = paired_difference(better, worse)
    assert paired["difference"] == pytest.approx(shingle_f1(better).f1 - shingle_f1(worse).f1, abs=1e-4)
    assert 0 < paired["low"] <= paired["difference"] <= paired["high"]
    # a system against itself differs by exactly nothing, on every resample
    assert paired_difference(better, better) == {"difference": 0.0, "low": 0.0, "high": 0.0}
    # one page that decides everything: the interval spans both signs
    mixed = paired_difference([(1.0, 0, 0), (0.0, 1, 0)], [(0.0, 1, 0), (1.0, 0, 0)])
    assert mixed["low"] < 0 < mixed["high"]


def test_paired_difference_of_snippet_counts() -> None:
    a = [(2, 0, 0, 3), (1, 1, 1, 2)]  # tp, fn, fp, tn
    b = [(1, 1, 0, 3), (1, 1, 2, 1)]
    expected = snippet_score(a)[0].f1 - snippet_score(b)[0].f1
    assert paired_difference(a, b)["difference"] == pytest.approx(expected, abs=1e-4)
    with pytest.raises(ValueError, match="same pages"):
        paired_difference(a, b[:1])


def test_canonically_equivalent_text_is_the_same_text() -> None:
    """A Bengali page wrote ড় as one code point and its truth as ড + nukta: trafilatura (which writes
    NFC) found the truth's snippets and Winnow's kept text did not, so the page scored 0 against 1.
    And ``\\w`` does not match a combining mark, so the decomposed word was two tokens."""
    page, truth = (
        "\u09b8\u09be\u09dc\u09c7 \u09ed\u099f\u09be\u09b0 Cafe\u0301",
        "\u09b8\u09be\u09a1\u09bc\u09c7 \u09ed\u099f\u09be\u09b0 Caf\u00e9",
    )
    assert snippet_counts(page, [truth], []) == (1, 0, 0, 0)
    assert page_counts(page, truth) == (1.0, 0.0, 0.0)


def test_snippets_are_found_whatever_the_white_space() -> None:
    """goose3's Korean page's truth joins its paragraphs with nothing: every system scored 0 on it."""
    truth = "\uc8fc\uc778\uacf5\uc774\ub2e4.\u201c\uc2dc\ud5d8\uc778\uc99d \ubd84\uc57c"
    kept = "\uc8fc\uc778\uacf5\uc774\ub2e4.\n\u201c\uc2dc\ud5d8\uc778\uc99d  \ubd84\uc57c"
    assert snippet_counts(kept, [truth], []) == (1, 0, 0, 0)
    assert snippet_counts("Share this\nstory", [], ["share this story"]) == (0, 0, 1, 0)
