"""The article container alone, as HTML extractors return it: scored in evaluation."""

from __future__ import annotations

from service.core.parse import parse_html
from service.core.segment import segment_tree
from service.core.types import Paragraph
from tests.training.test_weights import prepared
from training.align import CHROME, CONTENT
from training.augment import anchor_elements
from training.evaluate import container_html, container_paragraphs, content_container

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
