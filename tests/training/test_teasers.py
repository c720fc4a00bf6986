"""Teaser runs (training/teasers.py): other stories' teasers set around a training page's story, for text mode."""

from __future__ import annotations

import random

import pytest

from service.core.stacking import fold_of
from service.core.types import Paragraph
from training.align import CHROME, CONTENT
from training.dataset import PreparedPage
from training.teasers import (
    HEADLINE_CHARS,
    HEADLINE_WORDS,
    MIN_LEFT_OUT,
    MIN_LEFT_OUT_CHARS,
    MIN_SOURCE_CHARS,
    RUN_LENGTH,
    STANDFIRST_WORDS,
    TeaserPool,
    teaser,
    with_teasers,
)
from training.train import text_training_set

LONG = (
    "The council of Northbridge voted on Tuesday to close the old harbour bridge to lorries for eight months "
    "while engineers replace the rusted cables that hold up its central span above the river"
)


def page(
    site: str, texts: list[str], labels: list[int | None], lang: str = "en", key: str | None = None
) -> PreparedPage:
    paragraphs = [Paragraph(index=i, text=t, source=site) for i, t in enumerate(texts)]
    return PreparedPage(
        key=key or f"news_articles_2023/{site}",
        corpus="news_articles_2023",
        site=site,
        split="train",
        lang=lang,
        paragraphs=paragraphs,
        labels=labels,
        coverage=1.0,
        article_text="\n".join(t for t, label in zip(texts, labels, strict=True) if label == CONTENT),
        with_=[],
        without=[],
    )


def test_a_teaser_is_a_headline_often_run_into_a_standfirst() -> None:
    rng = random.Random(3)
    lengths = [len(teaser(LONG, rng).split()) for _ in range(200)]
    assert min(lengths) >= HEADLINE_WORDS[0]
    assert max(lengths) <= HEADLINE_WORDS[1] + STANDFIRST_WORDS[1]
    assert any(n <= HEADLINE_WORDS[1] for n in lengths) and any(n > HEADLINE_WORDS[1] for n in lengths)
    assert all(LONG.startswith(teaser(LONG, random.Random(s))) for s in range(50))
    short = " ".join(LONG.split()[:16])  # the shortest paragraph a teaser is cut from
    assert all(len(teaser(short, random.Random(s)).split()) <= 16 - MIN_LEFT_OUT for s in range(50))


def test_unspaced_text_is_cut_in_characters() -> None:
    text = "北桥市议会周二投票决定在未来八个月内禁止货车通过旧港大桥以便工程师更换支撑中央桥跨的生锈缆索" * 2
    for seed in range(50):
        cut = teaser(text, random.Random(seed))
        assert HEADLINE_CHARS[0] <= len(cut) and text.startswith(cut[: HEADLINE_CHARS[0]])
    short = text[:MIN_SOURCE_CHARS]  # the shortest unspaced paragraph a teaser is cut from
    assert all(len(teaser(short, random.Random(s))) <= len(short) - MIN_LEFT_OUT_CHARS for s in range(50))
    commas = "一二三四五六七八九十，" * 8  # a headline cut after a comma drops it
    headlines = [t for t in (teaser(commas, random.Random(seed)) for seed in range(200)) if len(t) <= HEADLINE_CHARS[1]]
    assert len(headlines) > 20 and not any(t.endswith("，") for t in headlines)


@pytest.mark.parametrize("seed", range(12))
def test_teasers_go_around_the_story_never_inside_it(seed: int) -> None:
    texts = ["Menu", "Headline", "First paragraph.", "Second paragraph.", "Third paragraph.", "Footer"]
    labels: list[int | None] = [CHROME, None, CONTENT, CONTENT, CONTENT, CHROME]
    src = page("a.example", texts, labels)
    run = [f"Teaser number {i} about something else entirely" for i in range(5)]
    paragraphs, out = with_teasers(src.paragraphs, labels, run, random.Random(seed))
    got = [p.text for p in paragraphs]
    assert [p.index for p in paragraphs] == list(range(len(paragraphs)))
    assert [t for t in got if t not in run] == texts  # the page's own lines, in order
    assert sorted(t for t in got if t in run) == sorted(run)
    story = [i for i, t in enumerate(got) if t in texts[2:5]]
    assert all(not (story[0] < i < story[-1]) for i, t in enumerate(got) if t in run)
    assert all(out[i] == CHROME for i, t in enumerate(got) if t in run)
    assert [out[i] for i, t in enumerate(got) if t in texts] == labels


def test_a_page_without_content_gets_no_teasers() -> None:
    src = page("a.example", ["Menu", "Footer"], [CHROME, CHROME])
    paragraphs, labels = with_teasers(src.paragraphs, src.labels, ["A teaser of another story"], random.Random(0))
    assert [p.text for p in paragraphs] == ["Menu", "Footer"] and labels == [CHROME, CHROME]


def sites_of_fold(fold: int, count: int) -> list[str]:
    sites = [f"site{i}.example" for i in range(200) if fold_of(f"site{i}.example") == fold]
    return sites[:count]


def test_the_pool_draws_from_other_sites_of_the_same_fold_and_language() -> None:
    mine, also_mine, *others = sites_of_fold(0, 2 + RUN_LENGTH[0])
    elsewhere = sites_of_fold(1, 1)[0]
    pages = [
        page(mine, ["Own story " + LONG], [CONTENT]),
        *(page(other, [f"Other story {i} " + LONG], [CONTENT]) for i, other in enumerate(others)),
        page(also_mine, ["German story " + LONG], [CONTENT], lang="de"),
        page(elsewhere, ["Far story " + LONG], [CONTENT]),
        page(others[0], ["Short line"], [CONTENT], key="news_articles_2023/short"),
    ]
    pool = TeaserPool.of(pages)
    for seed in range(10):
        run = pool.run(pages[0], random.Random(seed))
        assert len(run) == RUN_LENGTH[0] and all(line.startswith("Other") for line in run)
    assert pool.run(page(sites_of_fold(2, 1)[0], ["x"], [CONTENT]), random.Random(0)) == []
    # a page whose pool is too small for a run gets none rather than a lone line
    assert TeaserPool.of(pages[: RUN_LENGTH[0]]).run(pages[0], random.Random(0)) == []


def test_text_training_set_sets_teasers_in_article_pages_and_leaves_the_rest_as_it_was() -> None:
    sites = sites_of_fold(0, 12)
    pages = [page(site, ["Menu", f"Story of {site}: " + LONG, "Footer"], [CHROME, CONTENT, CHROME]) for site in sites]
    plain = text_training_set(pages, seed=0)
    empty = text_training_set(pages, seed=0, teasers=TeaserPool({}))
    assert [p.text for p in empty.X] == [p.text for p in plain.X] and empty.y == plain.y and empty.w == plain.w
    pool = TeaserPool.of(pages)
    more = text_training_set(pages, seed=3, teasers=pool)
    own = {q.text for page_ in pages for q in page_.paragraphs}
    extra = [p.text for p in more.X if p.text not in own]
    assert extra and all(y == CHROME for p, y in zip(more.X, more.y, strict=True) if p.text not in own)
    assert {p.text for p in more.X} - set(extra) == own  # no page lost a line
    content = {p.text for page_ in pages for p, y in zip(page_.paragraphs, page_.labels, strict=True) if y == CONTENT}
    assert not {p.text for p, y in zip(more.X, more.y, strict=True) if y == CHROME} & content  # no whole paragraph
    listings = {page_.key: "listing" for page_ in pages}
    assert {p.text for p in text_training_set(pages, seed=3, types=listings, teasers=pool).X} <= own
