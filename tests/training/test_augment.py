"""Chrome blocks injected into a page: wrapped as publishers mark them up, or flat."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from service.core.parse import parse_html
from service.core.segment import _split_tokens as segment_tokens
from service.core.segment import segment_tree
from training.augment import (
    GENERATED_CLASSES,
    SEMANTIC_CLASSES,
    anchor_elements,
    build_block,
    generated_class,
    inject,
    inject_wall,
    page_classes,
    wall_blocks,
)
from training.chrome import ChromeBlock

REPO = Path(__file__).resolve().parents[2]

PAGE = "<html><body><nav><a href='/'>Home</a></nav><article><p>First line of the story.</p><p>Second line of the story.</p><p>Third line of the story.</p></article></body></html>"
STORY = ("First line of the story.", "Second line of the story.", "Third line of the story.")
BLOCK = ChromeBlock("t-plans", "pricing", "en", "train", ("Digital Plus", "$9.99/month", "Cancel anytime"))


def injected(positions: dict[str, float], flat: float, seed: int = 0) -> tuple[list[str], list[str]]:
    page = parse_html(PAGE)
    paths = [p.path for p in segment_tree(page).paragraphs if p.text in STORY]
    inject(page.root, anchor_elements(page.root, paths), [BLOCK], random.Random(seed), positions, flat=flat)
    paragraphs = segment_tree(page).paragraphs
    return [p.text for p in paragraphs], [p.path for p in paragraphs]


NOTICE = ChromeBlock("t-meter", "paywall", "en", "train", ("You have read your free stories.", "Subscribe to read on."))
LOGIN = ChromeBlock("t-login", "login", "en", "train", ("Already a subscriber? Log in",))
GERMAN_PLANS = ChromeBlock("t-abo", "pricing", "de", "train", ("Digital-Abo", "9,99 € im Monat"))


def test_a_wall_is_a_notice_then_an_offer_in_its_language() -> None:
    rng = random.Random(0)
    for _ in range(20):
        assert wall_blocks([GERMAN_PLANS, NOTICE, BLOCK, LOGIN], rng) in ([NOTICE, BLOCK], [NOTICE, LOGIN])
    assert wall_blocks([NOTICE, GERMAN_PLANS], rng) == []  # no offer in the notice's language
    assert wall_blocks([BLOCK, LOGIN], rng) == []  # no notice


@pytest.mark.parametrize("flat", [0.0, 1.0])
def test_a_wall_goes_mid_story_with_the_story_going_on_after_it(flat: float) -> None:
    for seed in range(10):
        page = parse_html(PAGE)
        anchors = anchor_elements(page.root, [p.path for p in segment_tree(page).paragraphs if p.text in STORY])
        assert inject_wall(page.root, anchors, [NOTICE, BLOCK], random.Random(seed), min_after=2, flat=flat)
        texts = [p.text for p in segment_tree(page).paragraphs]
        wall = [*NOTICE.lines, *BLOCK.lines]
        start = texts.index(wall[0])
        assert texts[start : start + len(wall)] == wall  # the notice, then the offer, in one piece
        assert texts[start - 1] == STORY[0] and texts[start + len(wall) :][:2] == list(STORY[1:])
    too_short = anchors[:2]
    assert not inject_wall(page.root, too_short, [NOTICE, BLOCK], random.Random(0), min_after=2)
    assert not inject_wall(page.root, anchors, [], random.Random(0))


@pytest.mark.parametrize("where", ["after_last", "before_first", "inside", "container_end"])
def test_a_flat_block_is_bare_paragraphs_beside_the_story_in_order(where: str) -> None:
    texts, paths = injected({where: 1.0}, flat=1.0)
    start = texts.index(BLOCK.lines[0])
    assert texts[start : start + 3] == list(BLOCK.lines)  # in the block's order, one after another
    article = paths[texts.index(STORY[0])].rsplit("/", 1)[0]
    for line in BLOCK.lines:  # each a <p> child of the article, like the story's own lines
        assert paths[texts.index(line)].rsplit("/", 1)[0] == article
        assert paths[texts.index(line)].rsplit("/", 1)[1].startswith("p[")
    assert [t for t in texts if t in STORY] == list(STORY)


def test_a_wrapped_block_sits_in_an_element_of_its_own() -> None:
    texts, paths = injected({"after_last": 1.0}, flat=0.0)
    article = paths[texts.index(STORY[0])].rsplit("/", 1)[0]
    for line in BLOCK.lines:
        assert paths[texts.index(line)].startswith(article + "/")
        assert paths[texts.index(line)].count("/") > paths[texts.index(STORY[0])].count("/")


def test_generated_class_names_follow_their_templates_and_rarely_repeat() -> None:
    rng = random.Random(0)
    names = [generated_class(rng) for _ in range(2_000)]
    assert len(set(names)) > 0.8 * len(names)  # fresh names: none is seen often enough to be learnt
    tokens = Counter(t for name in names for t in segment_tokens(name))
    assert tokens.most_common(1)[0][1] < 0.02 * len(names)  # nor any token of them (a fixed prefix would be)
    for name in names:
        assert any(
            len(name) == len(t) and all(c == tc or tc in "#aA" for c, tc in zip(name, t, strict=True))
            for t in GENERATED_CLASSES
        )


def test_a_wrapper_class_is_semantic_borrowed_generated_or_none() -> None:
    page = parse_html(PAGE.replace("<article>", "<article class='story-body'>"))
    borrowed = page_classes(page.root)
    assert borrowed == ["story-body"]
    semantic = {c for names in SEMANTIC_CLASSES.values() for c in names}
    seen = {"none": 0, "semantic": 0, "borrowed": 0, "generated": 0}
    rng = random.Random(1)
    for _ in range(400):
        css = build_block(BLOCK, rng, borrowed).get("class")
        kind = (
            "none" if css is None else "semantic" if css in semantic else "borrowed" if css in borrowed else "generated"
        )
        seen[kind] += 1
    assert all(seen.values()), seen
    assert not any(generic in c for c in semantic for generic in ("box", "module", "wrapper", "container"))


def test_class_names_are_the_same_in_every_process() -> None:
    """Training and the leakage figures draw class names from :func:`names_rng`: a fresh interpreter
    (another address for everything, another string hash seed) must draw the same ones."""
    script = (
        "import random; from training.augment import generated_class, names_rng; "
        "names = names_rng(random.Random(7)); print([generated_class(names) for _ in range(5)])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "random")
    }
    assert len(runs) == 1, runs
