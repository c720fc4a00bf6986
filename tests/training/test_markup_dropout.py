"""``train --markup-dropout``: the HTML stage sees a share of its training pages without their class names."""

from __future__ import annotations

import random

import pytest

from service.core.types import Paragraph
from training.dataset import PreparedPage
from training.train import html_training_set, without_class_names


def page(key: str) -> PreparedPage:
    paragraphs = [
        Paragraph(index=0, text="Menu", tag="li", path="/html[1]/body[1]/ul[1]/li[1]", tokens=("nav", "header")),
        Paragraph(index=1, text="A sentence of the article.", tag="p", tokens=("article", "body", "main")),
        Paragraph(index=2, text="Another sentence of it.", tag="p", tokens=("article", "body", "main")),
        Paragraph(index=3, text="Share", tag="button", tokens=("share", "article", "body", "main")),
    ]
    return PreparedPage(
        key=key,
        corpus="news",
        site="example.org",
        split="train",
        lang="en",
        paragraphs=paragraphs,
        labels=[0, 1, 1, 0],
        coverage=1.0,
        article_text="A sentence of the article. Another sentence of it.",
        with_=[],
        without=[],
    )


def made_up_draw(seed: int) -> list[Paragraph]:
    """The first seed at or after ``seed`` whose draw makes up names (rather than leaving none)."""
    while True:
        paragraphs = without_class_names(page("news/1").paragraphs, random.Random(seed))
        if any(p.tokens for p in paragraphs):
            return paragraphs
        seed += 1


def test_a_page_without_class_names_keeps_everything_else() -> None:
    original = page("news/1").paragraphs
    for seed in range(20):
        changed = without_class_names(original, random.Random(seed))
        assert [(p.index, p.text, p.tag, p.path, p.ancestors, p.depth) for p in changed] == [
            (p.index, p.text, p.tag, p.path, p.ancestors, p.depth) for p in original
        ]
        assert all(len(p.tokens) in (0, len(o.tokens)) for p, o in zip(changed, original, strict=True))


def test_both_kinds_of_page_are_drawn() -> None:
    draws = [without_class_names(page("news/1").paragraphs, random.Random(seed)) for seed in range(40)]
    bare = sum(not any(p.tokens for p in paragraphs) for paragraphs in draws)
    assert 0 < bare < len(draws)


def test_made_up_names_stand_for_the_same_name_across_the_page() -> None:
    original = page("news/1").paragraphs
    changed = made_up_draw(0)
    mapping: dict[str, str] = {}
    for o, c in zip(original, changed, strict=True):
        for before, after in zip(o.tokens, c.tokens, strict=True):
            assert mapping.setdefault(before, after) == after
    assert not set(mapping) & set(mapping.values())
    assert len(set(mapping.values())) == len(mapping)


@pytest.mark.parametrize("share", [0.0, 0.5, 1.0])
def test_the_share_of_pages_without_their_names(share: float) -> None:
    pages = [page(f"news/{i}") for i in range(200)]
    data = html_training_set(pages, markup_dropout=share, seed=1)
    firsts = data.X[::4]  # each page adds its four paragraphs
    changed = sum(p.tokens != ("nav", "header") for p in firsts)
    if share == 0.0:
        assert changed == 0
        assert [p.tokens for p in data.X] == [p.tokens for pg in pages for p in pg.paragraphs]
    else:
        assert abs(changed / len(pages) - share) < 0.1
    assert [p.text for p in data.X] == [p.text for pg in pages for p in pg.paragraphs]
    assert data.y == [label for pg in pages for label in pg.labels]


def test_the_draw_is_the_same_for_the_same_seed_and_moves_with_it() -> None:
    pages = [page(f"news/{i}") for i in range(50)]
    first = [p.tokens for p in html_training_set(pages, markup_dropout=0.5, seed=1).X]
    assert first == [p.tokens for p in html_training_set(pages, markup_dropout=0.5, seed=1).X]
    assert first != [p.tokens for p in html_training_set(pages, markup_dropout=0.5, seed=2).X]
