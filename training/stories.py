"""Story pages: news stories the project wrote, in a dozen languages, as training pages.

The corpora are mostly English and German, while the chrome library speaks 18 languages, so a
model fitted on them alone learns that words of the other languages are chrome: a French story
dumped as text lost two of its eight paragraphs, a Spanish one its closing line
(docs/model-history.md, 1.16.0). Each story of ``datasets/stories/`` becomes a page as a
publisher shows it: a navigation block of its language above, the headline and the story's
paragraphs in an ``<article>``, a footer block of its language below (all from the library's
training blocks of the story's cross-fitting fold), and then the chrome a corpus training page
gets (:func:`.dataset.prepare`). Its truth is the story's lines; the headline is left
unlabelled, as most headlines of the corpora are.

``datasets/story-shapes/`` holds more stories, in eighteen languages, whose blocks include the
short shapes an article shows between its paragraphs (subheads, bullet lists, an interview's
questions, pull quotes). With ``shapes`` (``train --story-shapes``) they are trained on too,
and every story page's markup is drawn (:data:`MARKUP`, a generated class or none), so the
model learns the shapes from their words and place, not from one template's tags and names;
their short lines (subheads, questions, list items) are content, or with
``--story-shapes unlabelled`` left unlabelled, so that only the stories' prose is taught
(``lists-unlabelled``: only the list items).
Measured and not kept: it lets more chrome through inside the article (docs/model-history.md,
"After 1.19.0").
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

from .augment import generated_class
from .chrome import ChromeBlock
from .corpus import STORY_CORPUS, CorpusPage
from .dataset import Augmentation, PreparedPage, prepare

STORIES_DIR = Path(__file__).resolve().parent.parent / "datasets" / "stories"
SHAPES_DIR = STORIES_DIR.parent / "story-shapes"
#: Stories in the eight languages of the library's tenth batch, read only by ``train --more-languages``.
MORE_LANGUAGES_STORIES = STORIES_DIR.parent / "languages" / "stories"
#: ``shapes`` of :func:`story_pages` that keeps only the stories' paragraphs: their subheads, lists,
#: questions and pull quotes are left out of the page, and the page is set as the plain stories are.
PROSE = "prose"
#: As :data:`PROSE`, only the stories in the languages ``datasets/stories/`` has none in (the chrome
#: library's languages that the training pages otherwise show only in chrome, and English).
PROSE_MISSING = "prose-missing"
#: The ``shapes`` that keep the paragraphs alone, in the plain stories' markup.
PROSE_SHAPES = (PROSE, PROSE_MISSING)
#: ``shapes`` of :func:`story_pages` → the block kinds whose lines it leaves unlabelled (the
#: rest of a story is content).
SHORT_LINES: dict[str, tuple[str, ...]] = {
    "content": (),
    "unlabelled": ("subhead", "question", "list"),
    "lists-unlabelled": ("list",),
    PROSE: (),
    PROSE_MISSING: (),
}
#: Kinds of library block a story page may show above its article, and below it.
HEADER_KINDS = ("navigation",)
FOOTER_KINDS = ("legal", "newsletter", "related", "share", "comments")
#: Salt of a story page's own draws (its header and footer), apart from the injection's.
STORY_SALT = "story-page"
#: Salt of a story page's markup draws, apart from its header and footer's.
MARKUP_SALT = "story-markup"

PARAGRAPH = "paragraph"
#: The kinds of block a story holds besides paragraphs, as ``datasets/story-shapes/`` writes them
#: (``{"subhead": "…"}``, ``{"list": ["…", …]}``, ``{"question": "…"}``, ``{"quote": "…"}``).
BLOCK_KINDS = ("subhead", "list", "question", "quote")
#: Markup a block of each kind is set in, one drawn per block: (outer tag, inner tag or None).
MARKUP: dict[str, tuple[tuple[str, str | None], ...]] = {
    PARAGRAPH: (("p", None),),
    "subhead": (("h2", None), ("h3", None), ("h4", None), ("p", "strong"), ("div", None), ("p", "b")),
    "list": (("ul", "li"), ("ol", "li")),
    "question": (("p", "strong"), ("p", "b"), ("h3", None), ("p", None)),
    "quote": (("blockquote", "p"), ("blockquote", None), ("aside", "p"), ("figure", "blockquote")),
}
ARTICLE_TAGS = ("article", "div", "section")
#: Chance that an element of the story (its container, a block) gets a generated class.
CLASS_PROB = 0.5


@dataclass(frozen=True)
class Block:
    """One block of a story: a paragraph, a subhead, a list (one line per item), a question, a pull quote."""

    kind: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    """A news story written for the project: a headline and its blocks."""

    id: str
    lang: str
    headline: str
    blocks: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Every line of the story's body in reading order (a list gives one per item)."""
        return tuple(line for block in self.blocks for line in block.lines)


def parse_block(item: str | dict[str, str | list[str]]) -> Block:
    """A block as a story file writes it: a string (a paragraph) or a one-key object."""
    if isinstance(item, str):
        return Block(PARAGRAPH, (item,))
    if len(item) != 1 or next(iter(item)) not in BLOCK_KINDS:
        raise ValueError(f"a story block is a string or one of {BLOCK_KINDS}, not {item!r}")
    kind, value = next(iter(item.items()))
    return Block(kind, tuple(value) if isinstance(value, list) else (value,))


def load_stories(directory: Path = STORIES_DIR) -> list[Story]:
    """Every story, by file name and then in file order."""
    stories = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["stories"]:
            blocks = tuple(parse_block(block) for block in item["paragraphs"])
            stories.append(Story(item["id"], data["lang"], item["headline"], blocks))
    return stories


def stories_checksum(directory: Path = STORIES_DIR) -> str:
    """sha256 over every story file of ``directory``, by name."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _class(rng: random.Random) -> str:
    return f' class="{generated_class(rng)}"' if rng.random() < CLASS_PROB else ""


def block_html(block: Block, rng: random.Random) -> str:
    """One block in markup drawn for it from :data:`MARKUP`."""
    outer, inner = rng.choice(MARKUP[block.kind])
    attrs = _class(rng)
    if block.kind == "list":
        items = "".join(f"<{inner}>{html.escape(line)}</{inner}>" for line in block.lines)
        return f"<{outer}{attrs}>{items}</{outer}>"
    text = html.escape(block.lines[0])
    return f"<{outer}{attrs}><{inner}>{text}</{inner}></{outer}>" if inner else f"<{outer}{attrs}>{text}</{outer}>"


def story_html(
    story: Story, header: ChromeBlock | None, footer: ChromeBlock | None, rng: random.Random | None = None
) -> str:
    """The story as a publisher's page: header block, article, footer block.

    ``rng`` draws the article's markup (its container's tag and class, each block's tags and
    class); without it the story's paragraphs are bare ``<p>`` in an ``<article>``.
    """
    nav = "".join(f'<li><a href="#">{html.escape(line)}</a></li>' for line in header.lines) if header else ""
    if rng is None:
        tag, attrs = "article", ""
        body = "".join(f"<p>{html.escape(text)}</p>" for text in story.paragraphs)
    else:
        tag, attrs = rng.choice(ARTICLE_TAGS), _class(rng)
        body = "".join(block_html(block, rng) for block in story.blocks)
    foot = "".join(f"<p>{html.escape(line)}</p>" for line in footer.lines) if footer else ""
    return (
        f'<!DOCTYPE html><html lang="{story.lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(story.headline)}</title></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header>"
        f"<main><{tag}{attrs}><h1>{html.escape(story.headline)}</h1>{body}</{tag}></main>"
        f"<footer>{foot}</footer></body></html>"
    )


def training_stories(shapes: str | None = None, more_languages: bool = False) -> list[Story]:
    """The stories ``train`` reads: ``datasets/stories/`` (with ``more_languages``, those of
    ``datasets/languages/stories/`` too), and with ``shapes`` those of ``datasets/story-shapes/`` (with
    :data:`PROSE_MISSING`, those in languages the first lack)."""
    plain = load_stories()
    if more_languages:  # by language, as one folder of them would hold them
        plain = sorted(plain + load_stories(MORE_LANGUAGES_STORIES), key=lambda story: story.lang)
    shaped = load_stories(SHAPES_DIR) if shapes else []
    if shapes == PROSE_MISSING:
        languages = {story.lang for story in plain}
        shaped = [story for story in shaped if story.lang not in languages]
    return plain + shaped


def story_pages(
    augmentation: Augmentation,
    seed: int,
    stories: list[Story] | None = None,
    *,
    shapes: str | None = None,
    more_languages: bool = False,
) -> list[PreparedPage]:
    """Each story as a prepared training page (split ``train``), chrome injected as on corpus pages.

    ``shapes`` (a key of :data:`SHORT_LINES`): the stories of ``datasets/story-shapes/`` too (when
    ``stories`` is not given), every page's markup drawn, their short lines content or
    unlabelled (see the module's docstring); :data:`PROSE`: their paragraphs alone, set as the
    plain stories are (:data:`PROSE_MISSING`: only those in languages the plain stories lack).
    ``more_languages``: the stories of ``datasets/languages/stories/`` too (when ``stories`` is not given).
    """
    if shapes is not None and shapes not in SHORT_LINES:
        raise ValueError(f"shapes must be one of {tuple(SHORT_LINES)}, not {shapes!r}")
    if stories is None:
        stories = training_stories(shapes, more_languages)
    if shapes in PROSE_SHAPES:
        stories = [replace(s, blocks=tuple(b for b in s.blocks if b.kind == PARAGRAPH)) for s in stories]
    pages = []
    for story in stories:
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
        fold = fold_of(page.site)
        pool = augmentation.blocks_by_fold.get(fold, []) + augmentation.beside_by_fold.get(fold, [])
        blocks = [b for b in pool if b.lang == story.lang]
        header = _pick(blocks, HEADER_KINDS, rng)
        footer = _pick(blocks, FOOTER_KINDS, rng)
        drawn = shapes is not None and shapes not in PROSE_SHAPES
        markup = random.Random(f"{MARKUP_SALT}:{seed}:{story.id}") if drawn else None
        page = replace(page, html=story_html(story, header, footer, markup))
        unlabelled = [story.headline]
        if shapes is not None:
            unlabelled += [line for block in story.blocks if block.kind in SHORT_LINES[shapes] for line in block.lines]
        pages.append(_unlabelled(prepare(page, "train", augmentation, seed), unlabelled))
    return pages


def _pick(blocks: list[ChromeBlock], kinds: tuple[str, ...], rng: random.Random) -> ChromeBlock | None:
    fitting = [b for b in blocks if b.kind in kinds]
    return rng.choice(fitting) if fitting else None


def _unlabelled(page: PreparedPage, lines: list[str]) -> PreparedPage:
    """The page with these lines (its headline, maybe more) left unlabelled."""
    texts = {normalize(line) for line in lines}
    page.labels = [None if p.text in texts else label for p, label in zip(page.paragraphs, page.labels, strict=True)]
    if page.augmented is not None:
        paragraphs, labels = page.augmented
        page.augmented = (
            paragraphs,
            [None if p.text in texts else label for p, label in zip(paragraphs, labels, strict=True)],
        )
    return page
