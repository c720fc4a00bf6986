"""Story pages: the project's multilingual stories as labelled training pages."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from lxml import html as lxml_html

from service.core.segment import normalize
from training.align import CHROME, CONTENT
from training.dataset import training_augmentation
from training.stories import (
    BLOCK_KINDS,
    PARAGRAPH,
    SHAPES_DIR,
    Block,
    Story,
    block_html,
    load_stories,
    parse_block,
    stories_checksum,
    story_html,
    story_pages,
    training_stories,
)

#: At least this many languages and stories per language.
MIN_LANGUAGES = 8
MIN_STORIES_PER_LANGUAGE = 6


def test_the_stories_are_many_languages_with_unique_ids_of_their_language() -> None:
    stories = load_stories()
    per_language = Counter(story.lang for story in stories)
    assert len(per_language) >= MIN_LANGUAGES
    assert min(per_language.values()) >= MIN_STORIES_PER_LANGUAGE
    assert len({story.id for story in stories}) == len(stories)
    for story in stories:
        assert story.id.startswith(f"{story.lang}-")
        assert story.headline and len(story.paragraphs) >= MIN_STORIES_PER_LANGUAGE
        assert all(text.strip() == text and text for text in story.paragraphs)
    assert len(stories_checksum()) == 64


def test_a_story_page_is_its_paragraphs_as_content_the_headline_unlabelled_the_rest_chrome() -> None:
    stories = load_stories()[:: len(load_stories()) // MIN_LANGUAGES]
    pages = story_pages(training_augmentation(), seed=1, stories=stories)
    assert [page.key for page in pages] == [f"stories/{story.id}" for story in stories]
    chrome_seen = 0
    for story, page in zip(stories, pages, strict=True):
        assert page.split == "train"
        own = {normalize(text) for text in story.paragraphs}
        for paragraphs, labels in (page.paragraphs, page.labels), page.augmented or ((), ()):
            label_of = {p.text: label for p, label in zip(paragraphs, labels, strict=True)}
            if not label_of:
                continue
            assert all(label_of[text] == CONTENT for text in own)
            assert label_of[normalize(story.headline)] is None
            chrome_seen += sum(label == CHROME for label in labels)
    assert chrome_seen, "the pages show chrome around their stories"


def test_a_story_block_is_a_paragraph_or_one_of_the_short_shapes() -> None:
    assert parse_block("Ein Absatz.") == Block(PARAGRAPH, ("Ein Absatz.",))
    assert parse_block({"subhead": "Was sich ändert"}) == Block("subhead", ("Was sich ändert",))
    assert parse_block({"list": ["Linie 4", "Linie 7"]}) == Block("list", ("Linie 4", "Linie 7"))
    with pytest.raises(ValueError, match="one of"):
        parse_block({"caption": "Foto: Archiv"})
    with pytest.raises(ValueError, match="one of"):
        parse_block({"subhead": "a", "quote": "b"})


def test_the_shape_stories_hold_the_short_shapes_articles_show_between_paragraphs() -> None:
    stories = load_stories(SHAPES_DIR)
    assert not {s.id for s in stories} & {s.id for s in load_stories()}
    per_language = Counter(story.lang for story in stories)
    assert len(per_language) >= MIN_LANGUAGES and min(per_language.values()) >= MIN_STORIES_PER_LANGUAGE
    kinds = Counter(block.kind for story in stories for block in story.blocks)
    assert all(kinds[kind] for kind in BLOCK_KINDS), kinds
    assert {block.kind for story in load_stories() for block in story.blocks} == {PARAGRAPH}
    story = next(s for s in stories if any(b.kind == "list" for b in s.blocks))
    lines = [line for block in story.blocks for line in block.lines]
    assert story.paragraphs == tuple(lines)
    assert stories_checksum(SHAPES_DIR) != stories_checksum()


def test_with_shapes_the_short_lines_are_content_or_unlabelled() -> None:
    stories = [s for s in load_stories(SHAPES_DIR) if {b.kind for b in s.blocks} >= {"subhead", "list"}][:2]
    pages = story_pages(training_augmentation(), seed=1, stories=stories, shapes="content")
    assert len(stories) == len(pages) == 2
    for page, story in zip(pages, stories, strict=True):
        label_of = {p.text: label for p, label in zip(page.paragraphs, page.labels, strict=True)}
        assert all(label_of[normalize(line)] == CONTENT for line in story.paragraphs)
    for shapes, unlabelled in (("unlabelled", {"subhead", "question", "list"}), ("lists-unlabelled", {"list"})):
        for page, story in zip(story_pages(training_augmentation(), 1, stories, shapes=shapes), stories, strict=True):
            label_of = {p.text: label for p, label in zip(page.paragraphs, page.labels, strict=True)}
            for block in story.blocks:
                want = None if block.kind in unlabelled else CONTENT
                assert all(label_of[normalize(line)] == want for line in block.lines), (shapes, block)
    with pytest.raises(ValueError, match="shapes"):
        story_pages(training_augmentation(), 1, stories, shapes="yes")


@pytest.mark.parametrize("shapes", ["prose", "prose-missing"])
def test_prose_keeps_a_shape_storys_paragraphs_alone_in_the_plain_markup(shapes: str) -> None:
    story = next(s for s in load_stories(SHAPES_DIR) if {b.kind for b in s.blocks} >= {"subhead", "list"})
    (page,) = story_pages(training_augmentation(), seed=1, stories=[story], shapes=shapes)
    label_of = {p.text: label for p, label in zip(page.paragraphs, page.labels, strict=True)}
    for block in story.blocks:
        for line in block.lines:
            assert (label_of.get(normalize(line)) == CONTENT) == (block.kind == PARAGRAPH), (shapes, block)
    story_lines = [p for p, label in zip(page.paragraphs, page.labels, strict=True) if label == CONTENT]
    assert {(p.tag, p.path.split("/")[-2].split("[")[0]) for p in story_lines} == {("p", "article")}, "plain markup"


def test_prose_missing_adds_the_shape_stories_of_the_languages_the_plain_stories_lack() -> None:
    plain = load_stories()
    added = training_stories("prose-missing")[len(plain) :]
    assert training_stories()[: len(plain)] == training_stories("prose-missing")[: len(plain)] == plain
    assert added and not {s.lang for s in added} & {s.lang for s in plain}
    assert {s.lang for s in added} == {s.lang for s in load_stories(SHAPES_DIR)} - {s.lang for s in plain}
    assert len(training_stories("prose")) == len(plain) + len(load_stories(SHAPES_DIR))


def test_a_story_page_sets_each_block_in_drawn_markup_and_keeps_every_line_once() -> None:
    blocks = (
        Block(PARAGRAPH, ("Der Stadtrat hat am Montag beschlossen, die Brücke zu sperren.",)),
        Block("subhead", ("Was sich ändert",)),
        Block("list", ("Linie 4: Umleitung", "Linie 7 entfällt", "Preis: 2,40 Euro")),
        Block("question", ("Warum dauert das so lange?",)),
        Block("quote", ("„Wir haben keine andere Wahl.“",)),
    )
    story = Story("de-99", "de", "Brücke gesperrt", blocks)
    plain = lxml_html.fromstring(story_html(story, None, None)).xpath("//main/*")[0]
    assert plain.tag == "article" and {child.tag for child in plain} == {"h1", "p"}
    shapes = set()
    for seed in range(12):
        root = lxml_html.fromstring(story_html(story, None, None, random.Random(seed)))
        body = root.xpath("//main/*")[0]
        texts = [t.strip() for t in body.itertext() if t.strip()]
        assert texts == ["Brücke gesperrt", *story.paragraphs]
        shapes.add((body.tag, tuple(child.tag for child in body)))
        assert len(body.xpath(".//li")) == 3
    assert len(shapes) > 3, "the container and the blocks' tags vary from page to page"


def test_block_markup_draws_its_classes_so_no_name_is_learnt_from_a_list() -> None:
    rng = random.Random(5)
    names = [lxml_html.fromstring(block_html(Block("subhead", ("Kurz",)), rng)).get("class") for _ in range(200)]
    drawn = [n for n in names if n]
    assert 0 < len(drawn) < len(names)
    assert len(set(drawn)) > len(drawn) * 0.9
