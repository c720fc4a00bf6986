"""The library's tenth batch (``datasets/languages/``, ``train --more-languages``) and the language check
(``datasets/language-check/``): their data, the flag's training data, and the check's pages and report.

Model 1.21.0 keeps 117 of the check's 496 chrome lines in text mode (Thai 47 of 66, Persian 34 of 63,
Hungarian 22 of 64): no training page shows those languages. ``train --more-languages`` takes that to 1–7,
and was measured and not kept (docs/model-history.md, "chrome and stories in eight more languages"); drawn
beside the library (``--more-languages beside``) it made model 1.22.0's text stage, which keeps none.
"""

from __future__ import annotations

import json

import pytest

from service import load_model
from service.core.segment import normalize
from service.core.stacking import fold_of
from tests.builders import fixture_pages
from training.align import CHROME as CHROME_LABEL
from training.chrome import KINDS, MORE_LANGUAGES_CHROME, load_library, load_other_hands
from training.corpus import CorpusPage
from training.dataset import BESIDE, MIXED, Recipe, prepare, training_augmentation, training_blocks
from training.languages import CHECK_DIR, CHROME, CONTENT, PAGE_KINDS, check_report, load_check_pages
from training.stories import MORE_LANGUAGES_STORIES, load_stories, training_stories

LANGUAGES = {"uk", "hu", "el", "ro", "he", "fa", "vi", "th"}
#: Lines this long or longer are never in two of the sets (short UI labels may be).
DISTINCT_CHARS = 20
#: Every language's training blocks per kind, at least (three were written; a few lost a line or all).
MIN_BLOCKS_PER_KIND = 2
STORIES_PER_LANGUAGE = 8


def test_the_tenth_batch_holds_blocks_of_every_kind_and_stories_in_each_new_language() -> None:
    blocks = load_library(MORE_LANGUAGES_CHROME)
    assert {block.lang for block in blocks} == LANGUAGES and {block.split for block in blocks} == {"train"}
    assert len({block.id for block in blocks}) == len(blocks)
    for lang in LANGUAGES:
        for kind in KINDS:
            assert sum(b.lang == lang and b.kind == kind for b in blocks) >= MIN_BLOCKS_PER_KIND, (lang, kind)
    assert all(line and line == " ".join(line.split()) for block in blocks for line in block.lines)
    stories = load_stories(MORE_LANGUAGES_STORIES)
    assert {lang: sum(s.lang == lang for s in stories) for lang in LANGUAGES} == dict.fromkeys(
        LANGUAGES, STORIES_PER_LANGUAGE
    )
    assert not LANGUAGES & ({block.lang for block in load_library()} | {story.lang for story in load_stories()})


def test_the_flag_adds_the_batch_to_each_kind_and_the_stories_by_language() -> None:
    plain = training_augmentation(Recipe()).blocks
    more = training_augmentation(Recipe(more_languages=MIXED)).blocks
    added = load_library(MORE_LANGUAGES_CHROME, split="train")
    assert len(more) == len(plain) + len(added) and [b for b in more if b.lang not in LANGUAGES] == plain
    assert [KINDS.index(b.kind) for b in more] == sorted(KINDS.index(b.kind) for b in more)
    stories = training_stories(more_languages=True)
    assert len(stories) == len(training_stories()) + len(load_stories(MORE_LANGUAGES_STORIES))
    assert [s.lang for s in stories] == sorted(s.lang for s in stories)
    assert Recipe(more_languages=MIXED).cache_parts() != Recipe().cache_parts()


def test_drawn_beside_the_batch_adds_a_block_to_some_pages_and_leaves_their_own_draws() -> None:
    """``--more-languages beside``: the library's draws stay what they are without the batch, and some
    injected pages get one block of the batch (of the page's fold, labelled chrome) on top of them."""
    plain = training_augmentation(Recipe())
    beside = training_augmentation(Recipe(more_languages=BESIDE))
    added = load_library(MORE_LANGUAGES_CHROME, split="train")
    assert beside.blocks == plain.blocks and list(beside.beside) == added
    assert training_blocks(Recipe(more_languages=BESIDE)) == training_blocks(
        Recipe(more_languages=MIXED)
    )  # the kind stage learns the same blocks either way
    by_id = {block.id: block for block in added}
    pages = [
        CorpusPage(
            "news_articles_2023",
            page.name,
            None,
            page.truth["lang"],
            page.data.decode(page.truth.get("encoding", "utf-8")),
            "\n".join(page.content),
        )
        for page in fixture_pages()
    ]
    found = 0
    for seed in range(3):
        for page in pages:
            before, after = prepare(page, "train", plain, seed), prepare(page, "train", beside, seed)
            assert after.injected[: len(before.injected)] == before.injected
            extra = after.injected[len(before.injected) :]
            assert len(extra) <= 1 and all(fold_of(i) == fold_of(after.site) for i in extra)
            paragraphs, labels = after.augmented or ([], [])
            label_of = dict(zip((p.text for p in paragraphs), labels, strict=True))
            for line in (line for i in extra for line in by_id[i].lines):
                assert label_of[normalize(line)] == CHROME_LABEL
            found += len(extra)
    assert found
    assert Recipe(more_languages=BESIDE).cache_parts() != Recipe(more_languages=MIXED).cache_parts()


def test_every_language_of_the_check_has_two_stories_and_a_block_of_every_kind() -> None:
    files = sorted(CHECK_DIR.glob("*.json"))
    assert {path.stem for path in files} == LANGUAGES
    assert sorted(kind for kinds in PAGE_KINDS for kind in kinds) == sorted(KINDS)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["lang"] == path.stem and len(data["stories"]) == len(PAGE_KINDS)
        assert sorted(block["kind"] for block in data["blocks"]) == sorted(KINDS)
        lines = [line for block in data["blocks"] for line in block["lines"]]
        lines += [text for story in data["stories"] for text in (story["headline"], *story["paragraphs"])]
        assert all(line and line == " ".join(line.split()) for line in lines)


def test_the_check_the_batch_and_other_hands_share_no_long_line() -> None:
    batch = {line for block in load_library(MORE_LANGUAGES_CHROME) for line in block.lines}
    batch |= {text for story in load_stories(MORE_LANGUAGES_STORIES) for text in (story.headline, *story.paragraphs)}
    trained = batch | {line for block in load_library() for line in block.lines}
    checked = {line for page in load_check_pages() for line in page.lines if len(line) >= DISTINCT_CHARS}
    assert checked and not checked & trained
    other = load_other_hands()
    assert not {line.text.casefold() for line in other.chrome + other.content} & {line.casefold() for line in batch}


def test_a_check_page_sets_chrome_above_inside_and_after_its_story() -> None:
    pages = load_check_pages()
    assert len(pages) == len(LANGUAGES) * len(PAGE_KINDS)
    for page in pages:
        assert len(page.lines) == len(page.labels)
        story = [i for i, label in enumerate(page.labels) if label == CONTENT]
        chrome = [i for i, label in enumerate(page.labels) if label == CHROME]
        assert page.labels.count(None) == 1 and chrome[0] < story[0] < story[-1] < chrome[-1]
        assert any(story[0] < i < story[-1] for i in chrome)  # a block between the story's paragraphs
        assert page.text.count("\n") == len(page.lines) - 1 and page.html.count("<p>") == len(page.lines) - 1


@pytest.fixture(scope="module")
def report() -> dict:
    return check_report(load_model(), load_check_pages())


def test_the_report_counts_every_line_of_the_check_in_both_modes(report: dict) -> None:
    pages = load_check_pages()
    chrome = sum(page.labels.count(CHROME) for page in pages)
    story = sum(page.labels.count(CONTENT) for page in pages)
    for mode in ("text", "html"):
        rows = report[mode]
        assert set(rows) == LANGUAGES | {"all"}
        assert (rows["all"]["chrome"], rows["all"]["story"]) == (chrome, story)
        assert rows["all"]["chrome_kept"] == sum(rows[lang]["chrome_kept"] for lang in LANGUAGES)
        assert rows["all"]["chrome_kept_share"] == round(rows["all"]["chrome_kept"] / chrome, 4)
        assert 0 <= rows["all"]["story_dropped"] <= story
