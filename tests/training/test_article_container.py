"""The article container alone, as HTML extractors return it: scored in evaluation and in the leakage measure."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from service import load_model
from service.core.kinds import KIND_STAGE, KindGuess
from service.core.parse import parse_html
from service.core.segment import segment_tree
from service.core.types import Paragraph
from tests.training.test_weights import prepared
from training.align import CHROME, CONTENT
from training.augment import anchor_elements, container_html, content_container
from training.chrome import ChromeBlock, load_other_hands
from training.dataset import PreparedPage
from training.evaluate import container_paragraphs
from training.leakage import (
    LONE_SALT,
    OTHER_HANDS_SALT,
    UNPLACED,
    _placed,
    _verdicts,
    inject_page,
    lone_page,
    paywall_report,
    seen_in_training,
    undisturbed,
    wall_page,
)

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
    cut = container_paragraphs(page)
    assert cut.fragment
    texts = [p.text for p in cut.paragraphs]
    assert texts == [*CONTENT_TEXTS[:2], "You have two free articles left this month.", *CONTENT_TEXTS[2:]]


def test_evaluation_falls_back_to_the_whole_page_without_a_container() -> None:
    page = prepared("news_articles_2023/0001")
    page.html = "<p>" + page.paragraphs[0].text + "</p><p>Menu</p>"
    page.paragraphs = segment_tree(parse_html(page.html)).paragraphs
    page.labels = [CONTENT, CONTENT]  # their innermost common element is the body
    whole = container_paragraphs(page)
    assert whole.paragraphs == page.paragraphs and not whole.fragment


BLOCKS = [
    ChromeBlock("t-pay", "paywall", "en", "heldout", ("Subscribe to keep reading.", "Already a member? Log in.")),
    ChromeBlock("t-share", "share", "en", "heldout", ("Share this story",)),
    ChromeBlock("t-ad", "ad", "en", "heldout", ("Advertisement",)),
]


def harbour_page() -> PreparedPage:
    page = prepared("news_articles_2023/0001")
    page.paragraphs = segment_tree(parse_html(PAGE)).paragraphs
    page.labels = [CONTENT if p.text in CONTENT_TEXTS else CHROME for p in page.paragraphs]
    page.html = PAGE
    page.article_text = "\n".join(CONTENT_TEXTS)
    return page


def test_leakage_on_the_container_puts_the_blocks_inside_it_and_keeps_only_it() -> None:
    whole = inject_page(harbour_page(), BLOCKS)
    cut = inject_page(harbour_page(), BLOCKS, "container")
    assert whole is not None and cut is not None
    whole_texts = [p.text for p in whole.paragraphs]
    cut_texts = [p.text for p in cut.paragraphs]
    assert "Home" in whole_texts and "All rights reserved." in whole_texts
    # only the container: the navigation, the aside and the footer are gone, the chrome inside stays
    assert not {"Home", "Most read", "All rights reserved."} & set(cut_texts)
    assert "You have two free articles left this month." in cut_texts
    lines = {line for block in BLOCKS for line in block.lines}
    assert set(cut.injected) == lines - seen_in_training() and lines <= set(cut_texts)
    # every injected line sits inside the container, after the headline that opens it
    inside = cut_texts[cut_texts.index(CONTENT_TEXTS[0]) + 1 :]
    assert set(cut.injected) <= set(inside)


def test_leakage_inside_the_article_keeps_the_whole_page() -> None:
    inside = inject_page(harbour_page(), BLOCKS, "inside")
    cut = inject_page(harbour_page(), BLOCKS, "container")
    assert inside is not None and cut is not None and not inside.fragment
    texts = [p.text for p in inside.paragraphs]
    assert {"Home", "Most read", "All rights reserved."} <= set(texts)
    # the same blocks in the same places as on the container, with the page around them
    assert [t for t in texts if t in inside.injected] == [p.text for p in cut.paragraphs if p.text in cut.injected]
    article = texts[texts.index(CONTENT_TEXTS[0]) : texts.index(CONTENT_TEXTS[-1]) + 1]
    assert set(inside.injected) <= set(article) | set(texts[texts.index(CONTENT_TEXTS[-1]) :])


def test_an_unknown_placement_is_refused() -> None:
    with pytest.raises(ValueError, match="placement"):
        inject_page(harbour_page(), BLOCKS, "footer")


def test_undisturbed_counts_the_article_kept_on_the_page_as_it_is_and_still_kept_with_the_chrome() -> None:
    page = harbour_page()
    injected = inject_page(page, BLOCKS, "inside")
    assert injected is not None and injected.key == page.key
    texts = [p.text for p in injected.paragraphs]
    # kept on the page as it is: three article paragraphs (the headline was dropped there)
    clean = {page.key: Counter(CONTENT_TEXTS[1:])}
    # with the chrome: the first and the last article paragraphs still kept, the second dropped
    scores = np.array([0.9 if t in (CONTENT_TEXTS[1], CONTENT_TEXTS[3]) else 0.1 for t in texts])
    assert undisturbed([injected], [scores], clean) == {"article_kept": 3, "undisturbed": round(2 / 3, 4)}
    everything = np.full(len(texts), 0.9)  # keeping more than before does not count above 1
    assert undisturbed([injected], [everything], clean)["undisturbed"] == 1.0
    assert undisturbed([injected], [everything], {})["undisturbed"] == 1.0  # nothing kept before


WALL = [
    ChromeBlock("t-wall", "paywall", "en", "heldout", ("Keep reading with a subscription.",)),
    ChromeBlock("t-plans", "pricing", "en", "heldout", ("Digital", "$1 for the first month")),
]


def test_a_wall_mid_story_and_the_article_kept_after_it() -> None:
    page = harbour_page()
    walled = wall_page(page, WALL)
    assert (
        walled is not None
        and walled.has_wall
        and set(walled.injected) == {line for block in WALL for line in block.lines} - seen_in_training()
    )
    texts = [p.text for p in walled.paragraphs]
    start = texts.index("Keep reading with a subscription.")
    assert texts[start : start + 3] == ["Keep reading with a subscription.", "Digital", "$1 for the first month"]
    after = [t for t in texts[start:] if t in CONTENT_TEXTS]
    assert len(after) >= 2  # the story goes on after the wall
    clean = {page.key: Counter(CONTENT_TEXTS)}
    # everything kept but the first article paragraph after the wall
    scores = np.array([0.1 if t == after[0] or t in walled.injected else 0.9 for t in texts])
    assert undisturbed([walled], [scores], clean, after_chrome=True) == {
        "article_kept": len(after),
        "undisturbed": round((len(after) - 1) / len(after), 4),
    }
    # over the whole article, the one paragraph lost counts against all four
    assert undisturbed([walled], [scores], clean)["undisturbed"] == 0.75
    short = harbour_page()
    short.labels = [CONTENT if p.text in CONTENT_TEXTS[:2] else CHROME for p in short.paragraphs]
    assert wall_page(short, WALL) is None  # two article paragraphs: none can follow a wall by two


def test_held_out_lines_a_training_block_holds_are_injected_but_not_counted() -> None:
    """A short label both library parts hold ("Sign in") is no unseen chrome; a line the page
    already shows is the page's own, not an injected one."""
    seen = next(iter(sorted(seen_in_training(), key=len)))
    page = harbour_page()
    own = "Ferries resume their timetable on Wednesday."
    block = ChromeBlock(
        "t-seen", "login", "en", "heldout", (seen, own, "Readers without an account see three stories.")
    )
    injected = inject_page(page, [block], "inside")
    assert injected is not None
    texts = [p.text for p in injected.paragraphs]
    assert seen in texts and texts.count(own) == 2
    assert set(injected.injected) == {"Readers without an account see three stories."}


def test_a_fallback_kind_is_never_right_and_a_page_flagged_as_it_is_is_left_out() -> None:
    assert _placed(KindGuess("other", 0.1, 0.0)).kind == UNPLACED
    assert _placed(KindGuess("other", 0.9, 0.0)).kind == "other"
    assert _placed(KindGuess("paywall", 0.1, 0.0)).kind == "paywall"


def test_paywall_detection_leaves_out_pages_already_flagged() -> None:
    injected = inject_page(harbour_page(), WALL)
    assert injected is not None
    scores = [np.full(len(injected.paragraphs), 0.1)]
    kinds = load_model().pipelines[KIND_STAGE]  # the committed model's chrome-kind stage
    counted = paywall_report(kinds, [injected], scores)
    assert counted["pages_with_wall"] == 1 and counted["pages_already_flagged"] == 0
    left_out = paywall_report(kinds, [injected], scores, flagged={injected.key})
    assert left_out["pages_with_wall"] == 0 and left_out["pages_already_flagged"] == 1


def test_the_text_mode_verdict_reads_the_lines_without_their_markup() -> None:
    # a notice made a link that ends no sentence is a button in HTML; a text dump keeps no links
    link = "Subscribe for unlimited access to every story"
    page = [
        Paragraph(index=0, text="The council met on Tuesday to approve the budget."),
        Paragraph(index=1, text=link, link_chars=len(link)),
    ]
    scores = [np.array([0.9, 0.05])]
    kinds = load_model().pipelines[KIND_STAGE]
    assert _verdicts(kinds, [page], scores, mode="html") == [False]
    assert _verdicts(kinds, [page], scores, mode="text") == [True]


def test_lines_by_other_hands_are_set_alone_between_the_articles_paragraphs() -> None:
    """The ``other_hands`` measure sets two chrome lines and one content line of the page's language (else
    English) alone inside the article, in places drawn apart from the lone lines' own."""
    other = load_other_hands()
    page = harbour_page()
    placed = lone_page(page, other, salt=OTHER_HANDS_SALT)
    assert placed is not None
    chosen = list(placed.lines.values())
    assert [line.kind is None for line in chosen].count(False) == 2 and [line.kind for line in chosen].count(None) == 1
    assert {line.lang for line in chosen} == {"en"}
    texts = [p.text for p in placed.paragraphs]
    assert set(placed.lines) <= set(texts)
    story = [t for t in texts if t in CONTENT_TEXTS or t in placed.lines]
    assert story[0] == CONTENT_TEXTS[0] and all(t in texts for t in CONTENT_TEXTS)
    draws = {tuple(lone_page(harbour_page(), other, salt=salt).lines) for salt in (LONE_SALT, OTHER_HANDS_SALT, "x")}
    assert len(draws) > 1  # the salt draws lines and places of its own
