"""Training weights: page types from the corpora, and what they do to a page's weight."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from service.core.types import Paragraph
from training.corpus import page_types
from training.dataset import PreparedPage
from training.train import (
    INJECTED_CHROME_WEIGHT,
    MAX_EXCERPT,
    NON_ARTICLE_WEIGHT,
    TrainingSet,
    excerpt_bounds,
    foreign_stage_training_set,
    html_training_set,
    page_weight,
    text_training_set,
)


def prepared(key: str) -> PreparedPage:
    corpus, _ = key.split("/", 1)
    paragraphs = [Paragraph(index=0, text="A sentence of the article."), Paragraph(index=1, text="Menu")]
    return PreparedPage(
        key=key,
        corpus=corpus,
        site="example.org",
        split="train",
        lang="en",
        paragraphs=paragraphs,
        labels=[1, 0],
        coverage=1.0,
        article_text="A sentence of the article.",
        with_=[],
        without=[],
    )


def test_page_types_read_from_each_corpus_folder(tmp_path: Path) -> None:
    folder = tmp_path / "wcxb_dev"
    folder.mkdir()
    (folder / "wcxb_dev.page_types.json").write_text(json.dumps({"0001": "article", "0002": "listing"}))
    assert page_types(tmp_path) == {"wcxb_dev/0001": "article", "wcxb_dev/0002": "listing"}


def test_pages_without_a_type_file_have_no_type(tmp_path: Path) -> None:
    assert page_types(tmp_path) == {}


@pytest.mark.parametrize(("kind", "expected"), [("article", 1.0), ("listing", NON_ARTICLE_WEIGHT), (None, 1.0)])
def test_non_article_pages_weigh_less(kind: str | None, expected: float) -> None:
    page = prepared("wcxb_dev/0002")
    types = {} if kind is None else {page.key: kind}
    assert page_weight(page, types) == expected


def test_page_weight_scales_every_labelled_paragraph() -> None:
    page = prepared("wcxb_dev/0002")
    plain, light = html_training_set([page]), html_training_set([page], {page.key: "listing"})
    assert light.w == pytest.approx([NON_ARTICLE_WEIGHT * w for w in plain.w])


def test_unlabelled_paragraphs_keep_zero_weight() -> None:
    data = TrainingSet()
    data.add_page([Paragraph(index=0, text="x"), Paragraph(index=1, text="y")], [1, None], weight=0.5)
    assert data.w[1] == 0.0 and data.w[0] > 0.0


def test_injected_library_chrome_weighs_more_than_the_page_own_chrome() -> None:
    page = prepared("news_articles_2023/0001")
    page.augmented = ([*page.paragraphs, Paragraph(index=2, text="Subscribe now")], [1, 0, 0])
    expected = [math.log1p(len(p.text)) for p in page.augmented[0]]
    expected[2] *= INJECTED_CHROME_WEIGHT  # the page's own "Menu" keeps weight 1 per its length
    assert html_training_set([page]).w == pytest.approx(expected)
    assert text_training_set([page], seed=0).w[:3] == pytest.approx(expected)  # the full dump comes first
    lighter = [*expected[:2], expected[2] / INJECTED_CHROME_WEIGHT * 1.5]  # train --chrome-weight 1.5
    assert html_training_set([page], chrome_weight=1.5).w == pytest.approx(lighter)
    assert text_training_set([page], seed=0, chrome_weight=1.5).w[:3] == pytest.approx(lighter)


def test_an_excerpt_starts_at_a_labelled_line_and_is_short() -> None:
    labels = [None, 0, 0, 1, 1, 1, None, 0, None, None]
    lengths = set()
    for seed in range(200):
        start, end = excerpt_bounds(labels, random.Random(seed))
        assert labels[start] is not None
        assert 1 <= end - start <= MAX_EXCERPT and end <= len(labels)
        lengths.add(end - start)
    assert len(lengths) > 1


def test_a_page_without_labelled_lines_has_no_excerpt() -> None:
    assert excerpt_bounds([None, None], random.Random(0)) == (0, 0)


def test_some_pages_also_appear_as_short_excerpts_in_text_mode() -> None:
    pages = [prepared(f"news_articles_2023/{i:04d}") for i in range(40)]
    full = sum(len(p.paragraphs) for p in pages)
    assert len(text_training_set(pages, seed=0)) > full  # the full dumps, then some excerpts
    assert len(html_training_set(pages)) == full


def test_foreign_pages_are_respelled_whole_with_their_injected_chrome_still_weighing_more() -> None:
    page = prepared("news_articles_2023/0001")
    page.augmented = ([*page.paragraphs, Paragraph(index=2, text="Subscribe now")], [1, 0, 0])
    plain = text_training_set([page], seed=0)
    foreign = text_training_set([page], seed=0, foreign=1.0)
    assert plain.w == pytest.approx(foreign.w)  # the same lengths, and the injected line still known as such
    assert [p.text for p in plain.X] != [p.text for p in foreign.X]
    assert [len(p.text) for p in plain.X] == [len(p.text) for p in foreign.X]
    assert not any(set(p.text) & set("Subscribenow") for p in foreign.X)
    assert [p.text for p in text_training_set([page], seed=0, foreign=0.0).X] == [p.text for p in plain.X]


def test_a_balanced_page_weighs_its_story_as_much_as_its_chrome() -> None:
    data = TrainingSet(balanced=True)
    lines = [
        Paragraph(index=i, text=t) for i, t in enumerate(["A long sentence of the story.", "Menu", "Share", "Log in"])
    ]
    data.add_page(lines, [1, 0, 0, None])
    data.add_page(lines[:2], [1, 0])
    for start, end in ((0, 4), (4, 6)):
        story = sum(w for w, y in zip(data.w[start:end], data.y[start:end], strict=True) if y == 1)
        chrome = sum(w for w, y in zip(data.w[start:end], data.y[start:end], strict=True) if y == 0)
        assert story == pytest.approx(chrome)
    assert data.w[3] == 0.0  # an unlabelled line still weighs nothing
    plain = TrainingSet()
    plain.add_page(lines, [1, 0, 0, None])
    assert plain.w[1:] == data.w[1:4]  # only the story lines are scaled


def test_a_page_without_story_is_left_as_it_is_when_balanced() -> None:
    lines = [Paragraph(index=0, text="Menu"), Paragraph(index=1, text="Share")]
    data, plain = TrainingSet(balanced=True), TrainingSet()
    data.add_page(lines, [0, 0])
    plain.add_page(lines, [0, 0])
    assert data.w == plain.w


def test_the_foreign_stage_trains_on_every_page_respelled_and_balanced() -> None:
    pages = [prepared(f"news_articles_2023/{i:04d}") for i in range(1, 9)]
    data = foreign_stage_training_set(pages, seed=0)
    plain = text_training_set(pages, seed=0)
    assert not any(set(p.text) & set("Asentcofhrilm") for p in data.X)  # no page left in its own letters
    assert [len(p.text) for p in data.X] == [len(p.text) for p in plain.X] and data.y == plain.y
    story = sum(w for w, y in zip(data.w, data.y, strict=True) if y == 1)
    chrome = sum(w for w, y in zip(data.w, data.y, strict=True) if y == 0)
    plain_story = sum(w for w, y in zip(plain.w, plain.y, strict=True) if y == 1)
    assert story == pytest.approx(chrome) and story != pytest.approx(plain_story)  # here the story weighs less
