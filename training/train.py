"""Fit the HTML and text pipelines on the training split and write the model artifact."""

from __future__ import annotations

import math
import random
import string
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from service.core.kinds import KIND_STAGE, build_kind_pipeline
from service.core.pipeline import MODES, build_pipeline
from service.core.schema import FOREIGN_STAGE
from service.core.scoring import text_only
from service.core.types import Batch, Paragraph

from .align import CHROME, CONTENT
from .chrome import ChromeBlock, load_library
from .dataset import PreparedPage, page_seed, reindex
from .foreign import Respelling
from .teasers import TEASER_PROB, TeaserPool, with_teasers

#: Pages with more labelled paragraphs than this get proportionally less weight each.
PAGE_WEIGHT_CAP = 300
#: Weight of a page whose recorded type is not an article (listing, product, forum, ...): their
#: notion of main content (every teaser of a listing is content) contradicts an article's, where
#: the same teasers are related-links chrome. Winnow serves articles, so articles lead.
NON_ARTICLE_WEIGHT = 0.4
ARTICLE = "article"
#: Probability that a training page also appears in text mode as a pre-extracted dump
#: (its content lines plus the chrome that was injected into it).
PRE_EXTRACTED_PROB = 0.5
#: Probability that a training page also appears in text mode as a short excerpt: up to
#: MAX_EXCERPT consecutive lines of its dump, as callers send a few paragraphs rather than a page.
#: Half of the excerpts start at a content line (most of a page's lines are chrome).
EXCERPT_PROB = 0.3
MAX_EXCERPT = 6
EXCERPT_AT_CONTENT = 0.5
#: Weight of an injected library chrome paragraph relative to a corpus paragraph of its length: 3
#: since 1.21.0 (2 before), which holds the chrome that more lone lines would let through
#: (docs/model-history.md, 1.21.0).
INJECTED_CHROME_WEIGHT = 3.0
#: Parallel first-stage folds while fitting (the machine has 2 cores).
FIT_JOBS = 2
#: With ``train --markup-dropout`` and no share given: the share of training pages whose class and id
#: tokens the HTML stage does not see as the page has them (:func:`without_class_names`).
MARKUP_DROPOUT = 0.3
#: Share of the text stage's training pages ``train --foreign-pages`` re-spells (:mod:`.foreign`).
FOREIGN_PAGES = 0.15
#: Share of the foreign stage's training pages re-spelled: all of them (:func:`foreign_stage_training_set`).
FOREIGN_STAGE_PAGES = 1.0
#: How the foreign stage is trained, as the manifest records it.
FOREIGN_STAGE_RECIPE = {"foreign_pages": FOREIGN_STAGE_PAGES, "balanced": True}
#: Of those pages, the share left with no class or id token at all (an old table layout); the others
#: get a made-up token for each of theirs (hashed CSS-module names, utility classes that say nothing).
BARE_MARKUP_PROB = 0.5
#: Made-up tokens: this many letters and digits.
MADE_UP_TOKEN_CHARS = (4, 8)
#: Mixed into the page's seed for the dropout's draws (apart from every other draw of the page).
MARKUP_SALT = "markup-dropout"


@dataclass
class TrainingSet:
    """Flat paragraphs of many pages (each page starts at index 0), labels and weights."""

    X: list[Paragraph] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    w: list[float] = field(default_factory=list)
    #: Weight of an injected chrome paragraph relative to a page's own of its length (``train --chrome-weight``).
    chrome_weight: float = INJECTED_CHROME_WEIGHT
    #: Each page's story lines weigh as much in all as its chrome lines (the foreign stage's pages).
    balanced: bool = False

    def add_page(
        self,
        paragraphs: Sequence[Paragraph],
        labels: Sequence[int | None],
        weight: float = 1.0,
        original: frozenset[str] | None = None,
    ) -> None:
        """Add one page; injected chrome (not in ``original``, the page's own texts) weighs more."""
        labelled = sum(label is not None for label in labels)
        if not labelled:
            return
        page_factor = weight * min(1.0, PAGE_WEIGHT_CAP / labelled)
        start = len(self.w)
        for p, label in zip(paragraphs, labels, strict=True):
            self.X.append(p)
            self.y.append(0 if label is None else label)
            injected = original is not None and label == CHROME and p.text not in original
            boost = self.chrome_weight if injected else 1.0
            self.w.append(0.0 if label is None else boost * page_factor * math.log1p(len(p.text)))
        if self.balanced:
            self._balance(start)

    def _balance(self, start: int) -> None:
        """Scale the story lines of the page added at ``start`` to weigh as much in all as its chrome lines."""
        w, y = np.asarray(self.w[start:]), np.asarray(self.y[start:])
        story, chrome = w[y == CONTENT].sum(), w[y == CHROME].sum()
        if story > 0 and chrome > 0:
            factor = chrome / story
            for i in range(start, len(self.w)):
                if self.y[i] == CONTENT:
                    self.w[i] *= factor

    def __len__(self) -> int:
        return len(self.X)


def is_article(page: PreparedPage, types: Mapping[str, str] | None) -> bool:
    """Whether a page counts as an article: recorded as one, or not recorded at all."""
    kind = types.get(page.key) if types else None
    return kind is None or kind == ARTICLE


def page_weight(page: PreparedPage, types: Mapping[str, str] | None) -> float:
    """A page's weight in training: 1, or :data:`NON_ARTICLE_WEIGHT` for a page recorded as no article."""
    return 1.0 if is_article(page, types) else NON_ARTICLE_WEIGHT


def training_view(
    page: PreparedPage,
) -> tuple[Sequence[Paragraph], Sequence[int | None], frozenset[str] | None]:
    """The page as trained on (augmented when chrome was injected), and its own texts when it was."""
    if not page.augmented:
        return page.paragraphs, page.labels, None
    paragraphs, labels = page.augmented
    return paragraphs, labels, frozenset(p.text for p in page.paragraphs)


def without_class_names(paragraphs: Sequence[Paragraph], rng: random.Random) -> list[Paragraph]:
    """The page's paragraphs with no class or id token (:data:`BARE_MARKUP_PROB`), or with each distinct
    token replaced by a made-up one, the same wherever it stands on the page: the page's markup as a
    publisher whose class names say nothing would have it. Tags, paths and depths stay."""
    if rng.random() < BARE_MARKUP_PROB:
        return [replace(p, tokens=()) for p in paragraphs]
    alphabet = string.ascii_lowercase + string.digits
    made_up: dict[str, str] = {}
    for p in paragraphs:
        for token in p.tokens:
            if token not in made_up:
                made_up[token] = "".join(rng.choices(alphabet, k=rng.randint(*MADE_UP_TOKEN_CHARS)))
    return [replace(p, tokens=tuple(made_up[t] for t in p.tokens)) for p in paragraphs]


def html_training_set(
    pages: Sequence[PreparedPage],
    types: Mapping[str, str] | None = None,
    chrome_weight: float = INJECTED_CHROME_WEIGHT,
    markup_dropout: float = 0.0,
    seed: int = 0,
) -> TrainingSet:
    """The HTML stage's training paragraphs; ``markup_dropout``: the share of pages (drawn by page and
    ``seed``) that the stage sees :func:`without_class_names`."""
    data = TrainingSet(chrome_weight=chrome_weight)
    for page in pages:
        paragraphs, labels, original = training_view(page)
        if markup_dropout:
            rng = random.Random(page_seed(f"{MARKUP_SALT}:{page.key}", seed))
            if rng.random() < markup_dropout:
                paragraphs = without_class_names(paragraphs, rng)
        data.add_page(paragraphs, labels, page_weight(page, types), original)
    return data


def text_training_set(
    pages: Sequence[PreparedPage],
    seed: int,
    types: Mapping[str, str] | None = None,
    teasers: TeaserPool | None = None,
    chrome_weight: float = INJECTED_CHROME_WEIGHT,
    foreign: float = 0.0,
    balanced: bool = False,
) -> TrainingSet:
    """Full text dumps of every page, plus short excerpts and pre-extracted dumps (content + injected chrome);
    with ``teasers``, some article pages get a run of other stories' teasers around their story (:mod:`.teasers`);
    injected chrome weighs ``chrome_weight`` times a page's own line of its length; a ``foreign`` share of the
    pages is re-spelled in a script no page is written in, dumps and all (:mod:`.foreign`); ``balanced``: each
    page's story weighs as much as its chrome (:class:`TrainingSet`)."""
    rng = random.Random(seed)
    # Their own generators, so the excerpts and teasers leave the pre-extracted dumps' draws as they
    # were (an excerpt of a page with teasers is drawn from the longer page).
    excerpt_rng = random.Random(f"excerpts:{seed}")
    teaser_rng = random.Random(f"teasers:{seed}")
    foreign_rng = random.Random(f"foreign:{seed}")
    data = TrainingSet(chrome_weight=chrome_weight, balanced=balanced)
    for page in pages:
        weight = page_weight(page, types)
        paragraphs, labels, original = training_view(page)
        marked = original  # the page's own texts: lines not among them are injected chrome, and weigh more
        # articles only: a listing's teasers are its content (see NON_ARTICLE_WEIGHT)
        if teasers is not None and is_article(page, types) and teaser_rng.random() < TEASER_PROB:
            run = teasers.run(page, teaser_rng)
            if run:
                paragraphs, labels = with_teasers(paragraphs, labels, run, teaser_rng)
                marked = original if original is not None else frozenset(p.text for p in page.paragraphs)
        if foreign and foreign_rng.random() < foreign:
            respell = Respelling(foreign_rng)
            paragraphs = [replace(p, text=respell(p.text)) for p in paragraphs]
            original = None if original is None else respell.all(original)
            marked = None if marked is None else respell.all(marked)
        data.add_page(text_only(paragraphs), labels, weight, marked)
        if excerpt_rng.random() < EXCERPT_PROB:
            start, end = excerpt_bounds(labels, excerpt_rng)
            if end > start:
                excerpt = text_only(paragraphs[start:end])
                data.add_page(excerpt, labels[start:end], weight, marked)
        if original is not None and rng.random() < PRE_EXTRACTED_PROB:
            kept = [
                (p, label)
                for p, label in zip(paragraphs, labels, strict=True)
                if label == CONTENT or (label is not None and p.text not in original)
            ]
            if kept:
                dump = text_only(reindex([p for p, _ in kept]))
                data.add_page(dump, [label for _, label in kept], weight, original)
    return data


def foreign_stage_training_set(
    pages: Sequence[PreparedPage],
    seed: int,
    types: Mapping[str, str] | None = None,
    teasers: TeaserPool | None = None,
    chrome_weight: float = INJECTED_CHROME_WEIGHT,
) -> TrainingSet:
    """The foreign stage's training paragraphs (:mod:`service.core.foreign`): the text stage's, every page
    re-spelled in a made-up script (:mod:`.foreign`), so its words say nothing and the stage learns what a
    line's shape and its neighbours say; each page's story weighs as much as its chrome, as without words the
    training pages' share of chrome would be most of what the stage goes by (it dropped most of a story)."""
    return text_training_set(pages, seed, types, teasers, chrome_weight, FOREIGN_STAGE_PAGES, balanced=True)


def excerpt_bounds(labels: Sequence[int | None], rng: random.Random) -> tuple[int, int]:
    """Where a short excerpt of a page starts and ends (empty for a page without labelled lines)."""
    labelled = [i for i, label in enumerate(labels) if label is not None]
    content = [i for i, label in enumerate(labels) if label == CONTENT]
    if not labelled:
        return 0, 0
    start = rng.choice(content if content and rng.random() < EXCERPT_AT_CONTENT else labelled)
    return start, min(len(labels), start + rng.randint(1, MAX_EXCERPT))


#: Where each mode's stacked stages sit in its pipeline, as ``set_params`` names them (the text model
#: stacks twice).
STACKED_STAGES: dict[str, tuple[str, ...]] = {
    "html": ("features__stage1",),
    "text": ("features__stage2", "features__stage2__features__stage1"),
}


def column_params(columns: Mapping[str, Sequence[str]]) -> dict[str, dict[str, Any]]:
    """``fit_models``'s ``params`` switching on optional columns of the stacked stages: ``columns`` maps
    a :class:`~service.core.stacking.NeighbourScores` switch (``low_runs``, ``coherence``) to the modes
    whose every stacked stage gets it."""
    params: dict[str, dict[str, Any]] = {}
    for column, modes in columns.items():
        for mode in modes:
            params.setdefault(mode, {}).update({f"{stage}__{column}": True for stage in STACKED_STAGES[mode]})
    return params


def fit_mode(
    mode: str, data: TrainingSet, params: dict[str, Any] | None = None, n_jobs: int | None = FIT_JOBS
) -> Pipeline:
    """Fit one mode's pipeline on a training set (``params`` override the pipeline's, as in ``set_params``)."""
    pipeline = build_pipeline(mode, n_jobs=n_jobs).set_params(**(params or {}))
    weights = np.asarray(data.w)
    pipeline.fit(Batch(data.X), np.asarray(data.y), features__sample_weight=weights, classifier__sample_weight=weights)
    return pipeline


def fit_models(
    pages: Sequence[PreparedPage],
    seed: int,
    log: Callable[[str], None] = print,
    params: Mapping[str, dict[str, Any]] | None = None,
    n_jobs: int | None = FIT_JOBS,
    types: Mapping[str, str] | None = None,
    teasers: bool = False,
    modes: Sequence[str] = MODES,
    kinds: bool = True,
    chrome_weight: float = INJECTED_CHROME_WEIGHT,
    markup_dropout: float = 0.0,
    foreign: float = 0.0,
    foreign_stage: bool = False,
    kind_blocks: Sequence[ChromeBlock] | None = None,
) -> dict[str, Pipeline]:
    """Fit the pipelines of ``modes`` (both, by default), with ``foreign_stage`` the foreign text stage, and with
    ``kinds`` the chrome-kind stage on the training pages.

    ``params`` overrides each mode's pipeline parameters (by mode); ``types``: page type by key,
    see :func:`page_weight`; ``teasers``: the text model also trains on pages with teaser runs
    (:mod:`.teasers`); ``chrome_weight``: the weight of injected chrome (:class:`TrainingSet`);
    ``markup_dropout``: the share of pages the HTML stage sees without their class names
    (:func:`html_training_set`); ``foreign``: the share of the text stage's pages re-spelled in a script no
    page is written in (:func:`text_training_set`); ``foreign_stage``: :func:`foreign_stage_training_set`.
    """
    train = [p for p in pages if p.split == "train"]
    pool = TeaserPool.of(train) if teasers else None
    pipelines = {}
    for mode in modes:
        start = time.perf_counter()
        data = (
            html_training_set(train, types, chrome_weight, markup_dropout, seed)
            if mode == "html"
            else text_training_set(train, seed, types, pool, chrome_weight, foreign)
        )
        pipelines[mode] = fit_mode(mode, data, (params or {}).get(mode), n_jobs)
        labelled = sum(w > 0 for w in data.w)
        log(f"fitted {mode}: {len(data):,} paragraphs ({labelled:,} labelled) in {time.perf_counter() - start:.0f}s")
    if foreign_stage:
        start = time.perf_counter()
        data = foreign_stage_training_set(train, seed, types, pool, chrome_weight)
        pipelines[FOREIGN_STAGE] = fit_mode("text", data, None, n_jobs)
        labelled = sum(w > 0 for w in data.w)
        seconds = time.perf_counter() - start
        log(f"fitted the foreign stage: {len(data):,} paragraphs ({labelled:,} labelled) in {seconds:.0f}s")
    if kinds:
        pipelines[KIND_STAGE] = fit_kinds(kind_blocks)
    return pipelines


def fit_kinds(blocks: Sequence[ChromeBlock] | None = None) -> Pipeline:
    """Fit the chrome-kind model on the library's lines (by default, its training blocks)."""
    if blocks is None:
        blocks = load_library(split="train")
    X = Batch(Paragraph(index=0, text=line) for block in blocks for line in block.lines)
    y = [block.kind for block in blocks for _ in block.lines]
    return build_kind_pipeline().fit(X, y)
