"""Corpora → segmented, labelled pages (with injected chrome for training pages), cached."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import random
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path

from service.core.lexicon import CUES
from service.core.parse import parse_html
from service.core.segment import normalize, segment_tree
from service.core.stacking import fold_of
from service.core.types import Paragraph

from .align import CHROME, CONTENT, Truth, align, coverage
from .augment import (
    HARD_CONTENT_PROB,
    INJECT_PROB,
    LEADIN_PROB,
    LONE_CONTENT_PROB,
    LONE_PROB,
    MAX_BLOCKS,
    MAX_HARD_CONTENT,
    MAX_LEADIN_LINES,
    MAX_LONE_CONTENT,
    MAX_LONE_LINES,
    anchor_elements,
    inject,
    inject_content,
    inject_leadin_lines,
    inject_wall,
    injected_texts,
    wall_blocks,
)
from .chrome import (
    CHROME_WORD_NEWS,
    KINDS,
    MORE_HANDS,
    MORE_LANGUAGES_CHROME,
    ChromeBlock,
    Leadins,
    LoneLine,
    LoneLines,
    in_language,
    library_checksum,
    load_hard_content,
    load_leadins,
    load_library,
    load_lone,
)
from .corpus import FULL_TEXT, CorpusPage, available_corpora, corpus_file, file_sha256, read_corpus
from .split import corpus_splits

#: Bump when page preparation changes in a way its sources do not show (it refreshes the cache).
PREPARE_VERSION = 8
#: Modules whose code prepares pages (parse, segment, align, augment): the cache key holds a
#: checksum of their sources, so a cache written by other code is never read.
PREPARE_MODULES = (
    "service.core.errors",
    "service.core.lexicon",
    "service.core.markdown",
    "service.core.parse",
    "service.core.segment",
    "service.core.types",
    "service.core.wrapping",
    "training.align",
    "training.augment",
    "training.chrome",
    "training.corpus",
    "training.dataset",
    "training.split",
)
CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache"
WORKERS = 2
CHUNK = 8
#: Salt of the random draws for related-link lines, apart from the page's other draws.
LEADIN_SALT = "leadins"
#: Salt of the draws for lone lines, apart from the page's other draws.
LONE_SALT = "lone"
#: Salt of the draws for a mid-story wall, apart from the page's other draws.
WALL_SALT = "wall"
#: Salt of the draw of a block beside the library's (``train --more-languages beside``), apart from the others.
BESIDE_SALT = "beside"
#: How ``train --more-languages`` draws the tenth batch: mixed into the library's blocks, or beside them.
MIXED, BESIDE = "mixed", "beside"
#: Share of the injected pages that get one block of the blocks drawn beside the library's, besides their own.
BESIDE_PROB = 0.5
#: Lines of a related block with fewer words are headings ("Most read"), not headlines.
MIN_HEADLINE_WORDS = 4
#: Share of related-link lines whose headline comes from the article itself, and its length in words.
ON_TOPIC_PROB = 0.5
ON_TOPIC_WORDS = (6, 12)
#: A list number or bullet before a headline ("1. ", "01 ", "• ").
LIST_NUMBER = re.compile(r"^(?:\d+[.)]?|[•·▸›»→-])\s+")
#: A headline that already opens with a label ("Baca juga: ...", "VIDEO | ...").
LABELLED = re.compile(r"^[^:|]{1,25}[:|]")


@dataclass
class PreparedPage:
    """One corpus page, segmented and aligned."""

    key: str
    corpus: str
    site: str
    split: str
    lang: str | None
    paragraphs: list[Paragraph]
    labels: list[int | None]
    coverage: float | None
    article_text: str | None
    with_: list[str]
    without: list[str]
    html: str | None = None
    #: Training pages: the page again with chrome blocks injected (None when not injected).
    augmented: tuple[list[Paragraph], list[int | None]] | None = None
    injected: list[str] = field(default_factory=list)


def _by_fold(blocks: Sequence[ChromeBlock]) -> dict[int, list[ChromeBlock]]:
    """``blocks`` grouped by cross-fitting fold (see stacking.fold_of), each group in their order."""
    pools: dict[int, list[ChromeBlock]] = defaultdict(list)
    for block in blocks:
        pools[fold_of(block.id)].append(block)
    return dict(pools)


def page_seed(key: str, seed: int) -> int:
    """A page's own seed for its draws: the same for the same key and seed in any process."""
    return int(hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()[:12], 16)


@dataclass(frozen=True)
class Augmentation:
    """What may be injected into training pages."""

    blocks: list[ChromeBlock]
    hard_content: list[str]
    leadins: Leadins | None = None
    lone: LoneLines | None = None
    #: Share of injected pages that also get a subscription wall mid-story (``train --mid-story-walls``).
    walls: float = 0.0
    #: Share of the injected pages that get lone lines, when there are some (``train --lone-share``).
    lone_share: float = LONE_PROB
    #: Blocks drawn apart from ``blocks``: one of them on :data:`BESIDE_PROB` of the injected pages, on top of
    #: the page's own draws, which stay what they were without them (``train --more-languages beside``).
    beside: tuple[ChromeBlock, ...] = ()

    @cached_property
    def blocks_by_fold(self) -> dict[int, list[ChromeBlock]]:
        """The blocks of each cross-fitting fold (see stacking.fold_of), in library order."""
        return _by_fold(self.blocks)

    @cached_property
    def beside_by_fold(self) -> dict[int, list[ChromeBlock]]:
        """The blocks drawn beside the library's, of each cross-fitting fold, in library order."""
        return _by_fold(self.beside)

    @cached_property
    def leadins_by_fold(self) -> dict[int, tuple[list[str], list[str]]]:
        """Each fold's lead-ins and the headlines of its related blocks (lines of enough words)."""
        if self.leadins is None:
            return {}
        pools: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for text in self.leadins.texts:
            pools[fold_of(text)][0].append(text)
        for fold, blocks in self.blocks_by_fold.items():
            pools[fold][1].extend(
                headline
                for block in blocks
                if block.kind == "related"
                for line in block.lines
                if (headline := _headline(line)) is not None
            )
        return {fold: pool for fold, pool in pools.items() if pool[0] and pool[1]}

    def leadin_lines(self, fold: int, rng: random.Random, article: Sequence[str] = ()) -> list[tuple[str, str, str]]:
        """One or two ``(lead-in, separator, headline)`` of ``fold`` (none without lead-ins).

        Publishers link stories on the same subject, whose headlines share the article's words:
        with :data:`ON_TOPIC_PROB`, the headline is the opening words of one of the ``article``'s
        own paragraphs (:func:`_on_topic`) instead of a library headline.
        """
        if self.leadins is None or fold not in self.leadins_by_fold:
            return []
        texts, headlines = self.leadins_by_fold[fold]
        lines = []
        for _ in range(rng.randint(1, MAX_LEADIN_LINES)):
            leadin, separator = rng.choice(texts), rng.choice(self.leadins.separators)
            on_topic = _on_topic(article, rng) if rng.random() < ON_TOPIC_PROB else None
            lines.append((leadin, separator, on_topic or rng.choice(headlines)))
        return lines

    @cached_property
    def lone_chrome_by_fold(self) -> dict[int, list[LoneLine]]:
        """Each fold's lone chrome lines (see stacking.fold_of, by their text), in file order."""
        pools: dict[int, list[LoneLine]] = defaultdict(list)
        for line in self.lone.chrome if self.lone else ():
            pools[fold_of(line.text)].append(line)
        return dict(pools)

    def lone_lines(self, fold: int, lang: str | None, rng: random.Random) -> tuple[list[str], list[str]]:
        """Lone chrome lines of ``fold`` and maybe lone content lines, in the page's language when it has some.

        Content lines are drawn from the whole list, as hard content is (see :func:`prepare`).
        """
        if self.lone is None:
            return [], []
        chrome_pool = [line.text for line in in_language(self.lone_chrome_by_fold.get(fold, []), lang)]
        if not chrome_pool:
            return [], []
        chrome = rng.sample(chrome_pool, min(len(chrome_pool), rng.randint(1, MAX_LONE_LINES)))
        content_pool = [line.text for line in in_language(self.lone.content, lang)]
        content: list[str] = []
        if content_pool and rng.random() < LONE_CONTENT_PROB:
            content = rng.sample(content_pool, min(len(content_pool), rng.randint(1, MAX_LONE_CONTENT)))
        return chrome, content


def _on_topic(article: Sequence[str], rng: random.Random) -> str | None:
    """A headline-length run of words opening one of ``article``'s paragraphs (None if none is long enough)."""
    long_enough = [text for text in article if len(text.split()) >= ON_TOPIC_WORDS[1]]
    if not long_enough:
        return None
    words = rng.choice(long_enough).split()[: rng.randint(*ON_TOPIC_WORDS)]
    return " ".join(words).rstrip(",;:-–")


def _headline(line: str) -> str | None:
    """A related block's line as a bare headline (list numbers dropped), or None for a heading.

    Headings ("MORE ON THIS STORY", "You may also like") are short, in capitals or hold a related
    cue; lines that already open with a label ("Baca juga: ...") are left out too.
    """
    headline = LIST_NUMBER.sub("", line)
    low = headline.lower()
    if len(headline.split()) < MIN_HEADLINE_WORDS or headline.isupper() or LABELLED.match(headline):
        return None
    return None if any(cue in low for cue in CUES["related"]) else headline


def prepare(page: CorpusPage, split: str, augmentation: Augmentation, seed: int) -> PreparedPage:
    """Segment, align and (for training pages) augment one page."""
    parsed = parse_html(page.html)
    site = page.site
    paragraphs = segment_tree(parsed, source=site).paragraphs
    truth = Truth.build(page.article_text, page.with_, page.without, page.corpus in FULL_TEXT)
    labels = align(paragraphs, truth)
    prepared = PreparedPage(
        key=page.key,
        corpus=page.corpus,
        site=site,
        split=split,
        lang=page.lang,
        paragraphs=paragraphs,
        labels=labels,
        coverage=coverage(paragraphs, labels, truth),
        article_text=page.article_text,
        with_=page.with_,
        without=page.without,
        html=page.html if split != "train" else None,
    )
    rng = random.Random(page_seed(page.key, seed))
    if split != "train" or not augmentation.blocks or parsed.root is None or rng.random() >= INJECT_PROB:
        return prepared
    anchors = anchor_elements(
        parsed.root, [p.path for p, label in zip(paragraphs, labels, strict=True) if label == CONTENT]
    )
    if not anchors:
        return prepared
    # Only blocks of the page's own cross-fitting fold (see stacking.fold_of). Hard content is
    # drawn from the whole list on purpose: restricted to the fold as well, the second stage
    # learned to lift mid-scored prose beside an article (dev split, model 1.4.0 recipe: HTML
    # F1 summed over corpora 4.645 -> 4.637, text 4.365 -> 4.347, text precision down).
    blocks = augmentation.blocks_by_fold.get(fold_of(site), [])
    chosen = rng.sample(blocks, min(len(blocks), rng.randint(1, MAX_BLOCKS)))
    inject(parsed.root, anchors, chosen, rng)
    # one more block of those drawn beside the library's, the page's own draws staying what they were
    beside = random.Random(page_seed(page.key, seed) ^ page_seed(BESIDE_SALT, seed))
    pool = augmentation.beside_by_fold.get(fold_of(site), [])
    if pool and beside.random() < BESIDE_PROB:
        extra = [beside.choice(pool)]
        inject(parsed.root, anchors, extra, beside)
        chosen = [*chosen, *extra]
    injected = injected_texts(chosen)
    hard: frozenset[str] = frozenset()
    if augmentation.hard_content and rng.random() < HARD_CONTENT_PROB:
        texts = rng.sample(augmentation.hard_content, rng.randint(1, MAX_HARD_CONTENT))
        inject_content(anchors, texts, rng)
        hard = frozenset(normalize(t) for t in texts)
    # drawn apart from the page's other draws, which stay what they were without these lines
    extra = random.Random(page_seed(page.key, seed) ^ page_seed(LEADIN_SALT, seed))
    if extra.random() < LEADIN_PROB:
        article = [p.text for p, label in zip(paragraphs, labels, strict=True) if label == CONTENT]
        lines = augmentation.leadin_lines(fold_of(site), extra, article)
        inject_leadin_lines(anchors, lines, extra)
        injected |= {normalize("".join(line)) for line in lines}
    # a subscription wall in the middle of the story, the story going on after it
    walls = random.Random(page_seed(page.key, seed) ^ page_seed(WALL_SALT, seed))
    if augmentation.walls and walls.random() < augmentation.walls:
        wall = wall_blocks(blocks, walls)
        if inject_wall(parsed.root, anchors, wall, walls):
            injected |= injected_texts(wall)
            chosen = [*chosen, *wall]
    # lone sentences of chrome between the story's paragraphs, and lone content lines like them
    lone = random.Random(page_seed(page.key, seed) ^ page_seed(LONE_SALT, seed))
    if augmentation.lone and lone.random() < augmentation.lone_share:
        chrome_lines, content_lines = augmentation.lone_lines(fold_of(site), page.lang, lone)
        inject_content(anchors, chrome_lines, lone)
        inject_content(anchors, content_lines, lone)
        injected |= {normalize(text) for text in chrome_lines}
        hard |= {normalize(text) for text in content_lines}
    new_paragraphs = segment_tree(parsed, source=site).paragraphs
    new_labels = [
        CHROME if p.text in injected else CONTENT if p.text in hard else label
        for p, label in zip(new_paragraphs, align(new_paragraphs, truth), strict=True)
    ]
    prepared.augmented = (new_paragraphs, new_labels)
    prepared.injected = [b.id for b in chosen]
    return prepared


def _prepare_many(args: tuple[list[tuple[CorpusPage, str]], Augmentation, int]) -> list[PreparedPage]:
    pages, augmentation, seed = args
    return [prepare(page, split, augmentation, seed) for page, split in pages]


def _chunks(
    root: Path, names: list[str], limit: int | None, splits: tuple[str, ...] | None
) -> Iterator[list[tuple[CorpusPage, str]]]:
    assigned = corpus_splits(root, names)
    for name in names:
        chunk: list[tuple[CorpusPage, str]] = []
        for i, page in enumerate(read_corpus(root, name)):
            if limit is not None and i >= limit:
                break
            split = assigned[page.key]
            if splits is not None and split not in splits:
                continue
            chunk.append((page, split))
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def code_checksum(modules: Sequence[str] = PREPARE_MODULES) -> str:
    """sha256 over the source files of ``modules``."""
    digest = hashlib.sha256()
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(name)
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Recipe:
    """How the training pages are augmented beyond the library's blocks, hard content and lead-ins
    (the ``train`` flags that change the pages; the defaults are no lone lines and nothing else).

    ``lone``: lone lines (``datasets/lone/``; the committed recipe, ``train --no-lone-lines`` leaves
    them out): chrome sentences and content lines of the same shape set alone between an article's
    paragraphs of ``lone_share`` of the injected pages, so that neighbours do not lift a lone chrome sentence
    into the article (docs/model-history.md, 1.18.0). ``walls``: the share of injected pages that
    also get a subscription wall mid-story (:func:`~training.augment.inject_wall`; not in the
    committed recipe, docs/model-history.md, after 1.20.0). ``chrome_word_news``: with ``lone``, the
    news sentences in chrome's words (``datasets/lone/news_in_chrome_words.json``) as lone content
    lines too (not in the committed recipe: docs/model-history.md, after 1.20.0, "news lines in
    chrome's words"). ``more_hands``: with ``lone``, the lone chrome and content lines of
    ``datasets/lone/more_hands.json`` (written by other writers than the rest) as training lines too
    (the committed recipe since 1.21.0; ``train --no-more-hands`` leaves them out).
    """

    lone: bool = False
    walls: float = 0.0
    chrome_word_news: bool = False
    more_hands: bool = False
    lone_share: float = LONE_PROB
    #: The library's tenth batch too (``datasets/languages/chrome/``, ``train --more-languages``), drawn
    #: :data:`MIXED` into the library's blocks or :data:`BESIDE` them (one block on :data:`BESIDE_PROB` of the
    #: injected pages, on top of their own draws); None: not at all.
    more_languages: str | None = None

    def cache_parts(self) -> list[str]:
        """What of the recipe the page cache's key holds (nothing for a default)."""
        parts = ["lone"] if self.lone else []
        parts += [f"walls:{self.walls}"] if self.walls else []
        parts += [f"chrome-word-news:{file_sha256(CHROME_WORD_NEWS)}"] if self.chrome_word_news else []
        parts += [f"more-hands:{file_sha256(MORE_HANDS)}"] if self.more_hands else []
        parts += [f"lone-share:{self.lone_share}"] if self.lone else []
        if self.more_languages:
            parts.append(f"more-languages:{self.more_languages}:{library_checksum(MORE_LANGUAGES_CHROME)}")
        return parts


def cache_key(
    root: Path,
    names: list[str],
    limit: int | None,
    seed: int,
    splits: tuple[str, ...] | None,
    recipe: Recipe = Recipe(),
) -> str:
    parts = [str(PREPARE_VERSION), code_checksum(), str(limit), str(seed), str(splits), library_checksum()]
    parts += recipe.cache_parts()
    parts.append(",".join(f.name for f in fields(Paragraph)))  # cached pages pickle Paragraph objects
    parts += [f"{name}:{file_sha256(corpus_file(root, name))}" for name in names]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def training_blocks(recipe: Recipe = Recipe()) -> list[ChromeBlock]:
    """The library's training blocks, and with ``recipe.more_languages`` the tenth batch's after each kind's
    own (the order the library files would hold them in): what pages get injected and the kind stage learns."""
    blocks = load_library(split="train")
    if not recipe.more_languages:
        return blocks
    return sorted(blocks + load_library(MORE_LANGUAGES_CHROME, split="train"), key=lambda b: KINDS.index(b.kind))


def training_augmentation(recipe: Recipe = Recipe()) -> Augmentation:
    """What training pages get: the training blocks (:func:`training_blocks`), hard content and lead-ins, and
    what ``recipe`` adds (see :class:`Recipe`)."""
    news = CHROME_WORD_NEWS if recipe.chrome_word_news else None
    hands = MORE_HANDS if recipe.more_hands else None
    beside = recipe.more_languages == BESIDE
    return Augmentation(
        load_library(split="train") if beside else training_blocks(recipe),
        load_hard_content(),
        load_leadins(),
        load_lone(split="train", chrome_word_news=news, more_hands=hands) if recipe.lone else None,
        recipe.walls,
        recipe.lone_share,
        tuple(load_library(MORE_LANGUAGES_CHROME, split="train")) if beside else (),
    )


def load_pages(
    root: Path,
    *,
    limit: int | None = None,
    seed: int = 0,
    workers: int = WORKERS,
    use_cache: bool = True,
    splits: tuple[str, ...] | None = None,
    recipe: Recipe = Recipe(),
) -> list[PreparedPage]:
    """All pages of the available corpora, prepared (from the cache when it is fresh) and augmented
    as ``recipe`` says."""
    names = available_corpora(root)
    if not names:
        raise FileNotFoundError(f"no corpora under {root}")
    key = cache_key(root, names, limit, seed, splits, recipe)
    cached = CACHE_DIR / f"pages-{key}.pkl"
    if use_cache and cached.is_file():
        with cached.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own cache file, written below
    augmentation = training_augmentation(recipe)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        jobs = ((chunk, augmentation, seed) for chunk in _chunks(root, names, limit, splits))
        pages = [p for batch in pool.map(_prepare_many, jobs) for p in batch]
    if use_cache:
        CACHE_DIR.mkdir(exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}.partial")
        with partial.open("wb") as handle:
            pickle.dump(pages, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cached)  # atomic: a run started meanwhile never reads half a file
    return pages


def reindex(paragraphs: list[Paragraph]) -> list[Paragraph]:
    return [replace(p, index=i) for i, p in enumerate(paragraphs)]
