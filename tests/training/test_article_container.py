"""The article container alone: cut out of training pages, and scored in evaluation."""

from __future__ import annotations

from service.core.parse import parse_html
from service.core.segment import segment_tree
from service.core.types import Paragraph
from tests.training.test_train_smoke import corpus_pages
from tests.training.test_weights import prepared
from training.align import CHROME, CONTENT
from training.augment import anchor_elements, container_html, content_container
from training.chrome import load_hard_content, load_library
from training.dataset import Augmentation, prepare
from training.evaluate import container_paragraphs
from training.train import CONTAINER_WEIGHT, html_training_set, text_training_set

PAGE = """<html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><div class="story">
  <h1>Harbour reopens after the storm</h1>
  <div class="body">
    <p>The harbour reopened on Monday after a week of repairs to the north pier.</p>
    <div class="meter">You have two free articles left this month.</div>
    <p>Fishing boats were the first to leave, the harbour master said.</p>
  </div>
  <p>Ferries resume their timetable on Wednesday.</p>
</div>
<aside><p>Most read</p></aside></main>
<footer><p>All rights reserved.</p></footer>
</body></html>"""
CONTENT_TEXTS = (
    "Harbour reopens after the storm",
    "The harbour reopened on Monday after a week of repairs to the north pier.",
    "Fishing boats were the first to leave, the harbour master said.",
    "Ferries resume their timetable on Wednesday.",
)


def content_paths(paragraphs: list[Paragraph]) -> list[str]:
    return [p.path for p in paragraphs if p.text in CONTENT_TEXTS]


def test_the_container_is_the_innermost_element_holding_every_content_paragraph() -> None:
    page = parse_html(PAGE)
    paragraphs = segment_tree(page).paragraphs
    container = content_container(anchor_elements(page.root, content_paths(paragraphs)))
    assert container is not None
    assert container.get("class") == "story"
    fragment = container_html(container)
    assert fragment.startswith('<div class="story">') and fragment.endswith("</div>")


def test_there_is_no_container_when_the_content_spans_the_whole_page() -> None:
    page = parse_html(PAGE)
    paragraphs = segment_tree(page).paragraphs
    paths = [p.path for p in paragraphs if p.text in ("Home", "Ferries resume their timetable on Wednesday.")]
    assert content_container(anchor_elements(page.root, paths)) is None
    assert content_container([]) is None
    single = anchor_elements(page.root, content_paths(paragraphs)[:1])
    assert content_container(single) is single[0]


def test_evaluation_scores_the_container_with_the_chrome_inside_it() -> None:
    paragraphs = segment_tree(parse_html(PAGE)).paragraphs
    page = prepared("news_articles_2023/0001")
    page.paragraphs = paragraphs
    page.labels = [CONTENT if p.text in CONTENT_TEXTS else CHROME for p in paragraphs]
    page.html = PAGE
    texts = [p.text for p in container_paragraphs(page)]
    assert texts == [*CONTENT_TEXTS[:2], "You have two free articles left this month.", *CONTENT_TEXTS[2:]]


def test_evaluation_falls_back_to_the_whole_page_without_a_container() -> None:
    page = prepared("news_articles_2023/0001")
    page.html = "<p>" + page.paragraphs[0].text + "</p><p>Menu</p>"
    page.paragraphs = segment_tree(parse_html(page.html)).paragraphs
    page.labels = [CONTENT, CONTENT]  # their innermost common element is the body
    assert container_paragraphs(page) == page.paragraphs


def test_some_injected_training_pages_are_also_cut_to_their_container() -> None:
    augmentation = Augmentation(load_library(split="train"), load_hard_content())
    pages = [prepare(page, "train", augmentation, seed=seed) for seed in range(4) for page in corpus_pages()]
    cut = [p for p in pages if p.container is not None]
    assert cut, "some pages are cut to their container"
    assert all(p.augmented is not None for p in cut)
    for page in cut:
        paragraphs, labels = page.container
        whole = dict(zip((p.text for p in page.augmented[0]), page.augmented[1], strict=True))
        assert 0 < len(paragraphs) < len(page.augmented[0])
        assert sum(label == CONTENT for label in labels) >= 1
        for paragraph, label in zip(paragraphs, labels, strict=True):
            assert paragraph.source == page.site  # the site keeps its cross-fitting fold
            assert paragraph.text in whole
            if whole[paragraph.text] == CHROME and paragraph.text not in {p.text for p in page.paragraphs}:
                assert label == CHROME  # injected chrome stays chrome inside the container


def test_containers_join_the_html_training_set_only() -> None:
    page = prepared("news_articles_2023/0001")
    page.augmented = (page.paragraphs, page.labels)
    page.container = (page.paragraphs[:1], page.labels[:1])
    html = html_training_set([page])
    assert len(html) == len(page.paragraphs) + 1
    assert html.w[-1] == CONTAINER_WEIGHT * html.w[0]
    # Text mode has its own pre-extracted dumps; containers there cost the example page a line.
    assert len(text_training_set([page], seed=0)) == len(text_training_set([prepared(page.key)], seed=0))
