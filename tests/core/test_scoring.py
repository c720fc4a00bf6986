"""Content scores: one copy of a repeated paragraph is content."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from service.core import scoring
from service.core.artifact import Model
from service.core.classify import classify
from service.core.features import LINK_COLUMN, text_only_cache
from service.core.parse import parse_html
from service.core.rejoin import joined, sentence_groups
from service.core.scoring import (
    FIXED_KEY,
    MAX_REMEMBERED_CHARS,
    MIN_COPY_CHARS,
    TEXT_SAYS_CHROME,
    content_scores,
    fixed_chrome_of,
    html_scores,
    joined_batch,
    one_copy,
    text_only,
)
from service.core.segment import segment_tree
from service.core.types import Batch, Paragraph
from tests.builders import fixture_pages
from tests.core.test_rejoin import FRAGMENTED

LONG = "The council approved the new budget on Tuesday after a long and heated debate."
OTHER = "Residents will see the changes to their water bills from the first of March onwards."


def page(*texts: str) -> list[Paragraph]:
    return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]


def test_a_repeat_is_capped_by_the_earlier_copy() -> None:
    scores = one_copy(page(LONG, OTHER, LONG), np.array([0.9, 0.8, 0.7]))
    assert scores.tolist() == pytest.approx([0.9, 0.8, 0.1])


def test_a_repeat_of_chrome_keeps_its_own_score() -> None:
    """A teaser that repeats the lede is chrome; the article's own copy stays content."""
    scores = one_copy(page(LONG, OTHER, LONG), np.array([0.2, 0.8, 0.9]))
    assert scores.tolist() == pytest.approx([0.2, 0.8, 0.8])


def test_third_copy_is_capped_by_the_best_earlier_copy() -> None:
    scores = one_copy(page(LONG, LONG, LONG), np.array([0.3, 0.9, 0.95]))
    assert scores.tolist() == pytest.approx([0.3, 0.7, 0.3])


def test_short_repeats_are_left_to_the_model() -> None:
    short = "Share this article"
    assert len(short) < MIN_COPY_CHARS
    scores = np.array([0.6, 0.6])
    assert one_copy(page(short, short), scores).tolist() == scores.tolist()


def test_copies_on_different_pages_do_not_interact() -> None:
    two_pages = page(LONG, OTHER) + page(LONG)
    assert one_copy(two_pages, np.array([0.9, 0.9, 0.9])).tolist() == pytest.approx([0.9, 0.9, 0.9])


def test_input_scores_are_not_modified() -> None:
    scores = np.array([0.9, 0.9])
    one_copy(page(LONG, LONG), scores)
    assert scores.tolist() == [0.9, 0.9]


def test_fixed_chrome_verdicts_are_remembered_for_short_lines_only() -> None:
    lines = ["Advertisement", "Share on Facebook", "Updated 14:05 · 5 min read", LONG, "Sign in | Register"]
    long_line = " ".join([OTHER] * 6)
    assert len(long_line) > MAX_REMEMBERED_CHARS
    scoring._remembered_verdict.cache_clear()
    first = [fixed_chrome_of(line) for line in [*lines, long_line]]
    again = [fixed_chrome_of(line) for line in [*lines, long_line]]
    assert first == again == [scoring._fixed_chrome_verdict(line) for line in [*lines, long_line]]
    assert [f.chrome for f in first] == [True, True, True, False, True, False]
    info = scoring._remembered_verdict.cache_info()
    assert (info.hits, info.currsize) == (len(lines), len(lines))  # the long line was never remembered
    scoring.forget_lines()
    assert scoring._remembered_verdict.cache_info().currsize == 0


def test_classify_keeps_one_copy_of_a_duplicated_article(tiny_model: Model) -> None:
    body = "".join(f"<p>{t}</p>" for t in (LONG, OTHER))
    html = f"<html><body><article>{body}</article><div class='amp'>{body}</div></body></html>"
    result = classify(tiny_model, html=html)
    for text in (LONG, OTHER):
        first, second = (p.score for p in result.paragraphs if p.text == text)
        assert first + second <= 1.0 + 1e-3
        assert result.content_text.count(text) <= 1


def test_on_a_whole_page_the_mean_applies_where_the_text_model_says_chrome() -> None:
    html = np.array([0.9, 0.9, 0.2, 0.2, 0.1])
    text = np.array([0.1, 0.8, 0.1, 0.8, 0.4])
    scores = html_scores(page("a", "b", "c", "d", "e"), html, text, fragment=False)
    assert scores.tolist() == pytest.approx([0.5, 0.9, 0.15, 0.2, 0.25])
    # content can become chrome at 0.5, chrome never becomes content
    assert not ((scores >= 0.5) & (html < 0.5)).any()


def test_the_pull_starts_where_the_text_model_says_chrome() -> None:
    html = np.array([0.9, 0.9])
    text = np.array([TEXT_SAYS_CHROME, np.nextafter(TEXT_SAYS_CHROME, 0)])
    pulled = html_scores(page(LONG, OTHER), html, text, fragment=False)
    assert pulled.tolist() == pytest.approx([0.9, (0.9 + text[1]) / 2])


def test_a_fragment_gets_both_models_mean() -> None:
    html = np.array([0.9, 0.2])
    text = np.array([0.1, 0.8])
    assert html_scores(page(LONG, OTHER), html, text, fragment=True).tolist() == pytest.approx([0.5, 0.5])


def test_a_pulled_copy_still_caps_its_repeat() -> None:
    # each model capped the repeat by its own first copy; the pull moves the repeat alone (0.1 → 0.25)
    html = np.array([0.9, 0.1])
    text = np.array([0.6, 0.4])
    assert html_scores(page(LONG, LONG), html, text, fragment=False).tolist() == pytest.approx([0.9, 0.1])


def test_the_text_view_of_a_scored_batch_scores_as_a_fresh_one(tiny_model: Model) -> None:
    # the text model reuses the HTML batch's text features: the scores must not move by a bit
    for page_bytes in (p.data for p in fixture_pages()):
        html_batch = Batch(segment_tree(parse_html(page_bytes)).paragraphs)
        content_scores(tiny_model.pipelines["html"], html_batch)
        assert "stats" in html_batch.cache and any(p.link_chars for p in html_batch)
        shared = text_only(html_batch)
        assert "ngrams" in shared.cache and not shared.cache["stats"][:, LINK_COLUMN].any()
        fresh = text_only(list(html_batch))
        assert not fresh.cache
        text = tiny_model.pipelines["text"]
        assert np.array_equal(
            content_scores(text, shared, join_sentences=True), content_scores(text, fresh, join_sentences=True)
        )


def test_the_text_view_of_a_taken_batch_scores_as_a_fresh_one(tiny_model: Model) -> None:
    # a Batch.take cache reads its rows from the source batch's cache when first asked
    html_batch = Batch(segment_tree(parse_html(fixture_pages()[0].data)).paragraphs)
    content_scores(tiny_model.pipelines["html"], html_batch)
    rows = list(range(1, len(html_batch), 2))
    taken = text_only(html_batch.take(rows))
    assert {"stats", "cues", "ngrams"} <= taken.cache.keys()
    text = tiny_model.pipelines["text"]
    fresh = text_only([html_batch[i] for i in rows])
    assert np.array_equal(
        content_scores(text, taken, join_sentences=True), content_scores(text, fresh, join_sentences=True)
    )


def _same_entry(a: object, b: object) -> bool:
    if sparse.issparse(a):
        return (
            sparse.issparse(b)
            and a.shape == b.shape
            and all(  # type: ignore[union-attr]
                np.array_equal(getattr(a, part), getattr(b, part)) for part in ("data", "indices", "indptr")
            )
        )
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and np.array_equal(a, b)
    return a == b


def test_joined_lines_of_an_html_page_reuse_its_text_features(tiny_model: Model) -> None:
    # blocks cut inside a sentence: the text pass joins them, and computes features only for the joined ones
    body = "".join(f"<div>{line}</div>" for line in FRAGMENTED)
    html_batch = Batch(segment_tree(parse_html(f"<html><body>{body}</body></html>")).paragraphs)
    content_scores(tiny_model.pipelines["html"], html_batch)
    shared = text_only(html_batch)
    groups = sentence_groups(shared)
    assert len(groups) < len(shared) and any(len(g) == 1 for g in groups)
    carried = joined_batch(shared, groups)
    fresh = Batch(joined(list(shared), groups))
    content_scores(tiny_model.pipelines["text"], fresh)  # computes every family on the joined lines
    keys = text_only_cache(shared.cache).keys() | {FIXED_KEY}
    assert {"stats", "cues", "ngrams"} <= keys and any(isinstance(k, tuple) for k in keys)
    for key in keys:
        assert _same_entry(carried.cache[key], fresh.cache[key]), key
    text = tiny_model.pipelines["text"]
    assert np.array_equal(
        content_scores(text, shared, join_sentences=True),
        content_scores(text, text_only(list(html_batch)), join_sentences=True),
    )
