"""Story pages: news stories the project wrote, in a dozen languages, as training pages.

The corpora are mostly English and German, while the chrome library speaks 18 languages, so a
model fitted on them alone learns that words of the other languages are chrome: a French story
dumped as text lost two of its eight paragraphs, a Spanish one its closing line
(docs/model-history.md, 1.16.0). Each story of ``datasets/stories/`` becomes a page as a
publisher shows it: a navigation block of its language above, the headline and the paragraphs
in an ``<article>``, a footer block of its language below (all from the library's training
blocks of the story's cross-fitting fold), and then the chrome a corpus training page gets
(:func:`.dataset.prepare`). Its truth is the story's paragraphs; the headline is left
unlabelled, as most headlines of the corpora are.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from dataclasses import dataclass, replace
from pathlib import Path

from service.core.segment import normalize
from service.core.stacking import fold_of

from .chrome import ChromeBlock
from .corpus import STORY_CORPUS, CorpusPage
from .dataset import Augmentation, PreparedPage, prepare

STORIES_DIR = Path(__file__).resolve().parent.parent / "datasets" / "stories"
#: Kinds of library block a story page may show above its article, and below it.
HEADER_KINDS = ("navigation",)
FOOTER_KINDS = ("legal", "newsletter", "related", "share", "comments")
#: Salt of a story page's own draws (its header and footer), apart from the injection's.
STORY_SALT = "story-page"


@dataclass(frozen=True)
class Story:
    """A news story written for the project: a headline and its paragraphs."""

    id: str
    lang: str
    headline: str
    paragraphs: tuple[str, ...]


def load_stories(directory: Path = STORIES_DIR) -> list[Story]:
    """Every story, by file name and then in file order."""
    stories = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["stories"]:
            stories.append(Story(item["id"], data["lang"], item["headline"], tuple(item["paragraphs"])))
    return stories


def stories_checksum(directory: Path = STORIES_DIR) -> str:
    """sha256 over every story file, by name."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def story_html(story: Story, header: ChromeBlock | None, footer: ChromeBlock | None) -> str:
    """The story as a publisher's page: header block, article, footer block."""
    nav = "".join(f'<li><a href="#">{html.escape(line)}</a></li>' for line in header.lines) if header else ""
    body = "".join(f"<p>{html.escape(text)}</p>" for text in story.paragraphs)
    foot = "".join(f"<p>{html.escape(line)}</p>" for line in footer.lines) if footer else ""
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(story.headline)}</title></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>{html.escape(story.headline)}</h1>{body}</article></main>"
        f"<footer>{foot}</footer></body></html>"
    )


def story_pages(augmentation: Augmentation, seed: int, stories: list[Story] | None = None) -> list[PreparedPage]:
    """Each story as a prepared training page (split ``train``), chrome injected as on corpus pages."""
    pages = []
    for story in load_stories() if stories is None else stories:
        # the page without its HTML first: its site picks the fold the header and footer come from
        page = CorpusPage(
            corpus=STORY_CORPUS,
            id=story.id,
            url=None,
            lang=story.lang,
            html="",
            article_text="\n".join(story.paragraphs),
        )
        rng = random.Random(f"{STORY_SALT}:{seed}:{story.id}")
        blocks = [b for b in augmentation.blocks_by_fold.get(fold_of(page.site), []) if b.lang == story.lang]
        header = _pick(blocks, HEADER_KINDS, rng)
        footer = _pick(blocks, FOOTER_KINDS, rng)
        page = replace(page, html=story_html(story, header, footer))
        pages.append(_headline_unlabelled(prepare(page, "train", augmentation, seed), story.headline))
    return pages


def _pick(blocks: list[ChromeBlock], kinds: tuple[str, ...], rng: random.Random) -> ChromeBlock | None:
    fitting = [b for b in blocks if b.kind in kinds]
    return rng.choice(fitting) if fitting else None


def _headline_unlabelled(page: PreparedPage, headline: str) -> PreparedPage:
    text = normalize(headline)
    page.labels = [None if p.text == text else label for p, label in zip(page.paragraphs, page.labels, strict=True)]
    if page.augmented is not None:
        paragraphs, labels = page.augmented
        page.augmented = (
            paragraphs,
            [None if p.text == text else label for p, label in zip(paragraphs, labels, strict=True)],
        )
    return page
