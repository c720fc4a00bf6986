"""Teaser runs: other stories' headlines and standfirsts set around an article, for the text model.

A tabloid's page dumped as text holds its story and then dozens of teasers of other stories, one
per line, each a headline run into its standfirst: they read as prose, and the text model kept
them (dev split, model 1.20.0: four pages of one tabloid at text F1 0.08-0.23 where HTML mode reads
0.84-0.92). What tells them from the story is what they are about: every teaser speaks of
something else, where the story's paragraphs share its names and subject (the topic columns of
:mod:`service.core.stacking`). The corpora hold few such pages, so ``train --teasers`` gives the text
model more: in some training pages' text dumps, a run of teasers cut from other training pages'
content (of the same cross-fitting fold and language, another site) is set around the story,
labelled chrome. They weigh as injected chrome does (``train.INJECTED_CHROME_WEIGHT``) and stay in
the page's excerpt and pre-extracted dump when it gets one. Nothing is written to disk: the teasers
are made at training time from the pages being trained on.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from service.core.stacking import fold_of
from service.core.types import Paragraph

from .align import CHROME, CONTENT
from .dataset import PreparedPage, reindex

#: Share of the article pages that get a teaser run in text mode (0.25 kept more short chrome lines
#: inside stories for the same F1: docs/model-history.md).
TEASER_PROB = 0.12
#: Teasers in a run (inclusive bounds); a page whose pool holds fewer than the least gets none.
RUN_LENGTH = (4, 30)
#: Where the run goes: after the story (this share of runs), before it (this one), or split between
#: both (the rest).
AFTER_SHARE, BEFORE_SHARE = 0.6, 0.2
#: How many lines past the story's end (or before its start) the run may begin.
MAX_OFFSET = 3
#: A source paragraph needs this many words (characters, in unspaced text) to be cut into a teaser.
MIN_SOURCE_WORDS = 16
MIN_SOURCE_CHARS = 60
#: Source paragraphs taken from each page (its first ones long enough).
SOURCES_PER_PAGE = 2
#: Pools are kept per language: the first letters of a page's language tag ("en" of "en-GB").
LANG_PREFIX = 2
#: Words of a headline, and of the standfirst that follows it in most teasers.
HEADLINE_WORDS = (6, 14)
STANDFIRST_WORDS = (10, 30)
STANDFIRST_PROB = 0.6
#: Unspaced scripts (Chinese, Japanese) are cut in characters: a headline's, a standfirst's.
HEADLINE_CHARS = (12, 30)
STANDFIRST_CHARS = (20, 60)
#: A paragraph with fewer spaces than this per hundred characters is cut in characters.
SPACES_PER_100 = 5
#: A teaser leaves out at least this many of its paragraph's last words (characters, in unspaced
#: text), so it is never the whole paragraph that its own page trains on as content.
MIN_LEFT_OUT = 3
MIN_LEFT_OUT_CHARS = 12
#: Headline punctuation trimmed at the headline's end (Latin and CJK).
TRIM = ",;:-–—\"'“”‘’，、：；「」『』（"


@dataclass(frozen=True)
class TeaserPool:
    """Source paragraphs for teasers, by cross-fitting fold and language, with their sites."""

    sources: dict[tuple[int, str], list[tuple[str, str]]]

    @classmethod
    def of(cls, pages: Sequence[PreparedPage]) -> TeaserPool:
        """The first :data:`SOURCES_PER_PAGE` long content paragraphs of each page (its own, not injected ones)."""
        sources: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
        for page in pages:
            taken = 0
            for paragraph, label in zip(page.paragraphs, page.labels, strict=True):
                if taken == SOURCES_PER_PAGE:
                    break
                if label == CONTENT and _long_enough(paragraph.text):
                    sources[(fold_of(page.site), _lang(page))].append((page.site, paragraph.text))
                    taken += 1
        return cls(dict(sources))

    def run(self, page: PreparedPage, rng: random.Random) -> list[str]:
        """A run of teasers for ``page``: other sites' paragraphs of its fold and language, cut (none without any)."""
        pool = [text for site, text in self.sources.get((fold_of(page.site), _lang(page)), []) if site != page.site]
        if len(pool) < RUN_LENGTH[0]:
            return []
        count = min(len(pool), rng.randint(*RUN_LENGTH))
        return [teaser(text, rng) for text in rng.sample(pool, count)]


def _lang(page: PreparedPage) -> str:
    return (page.lang or "")[:LANG_PREFIX]


def _long_enough(text: str) -> bool:
    return len(text.split()) >= MIN_SOURCE_WORDS or (_unspaced(text) and len(text) >= MIN_SOURCE_CHARS)


def _unspaced(text: str) -> bool:
    return text.count(" ") * 100 < SPACES_PER_100 * len(text)


def teaser(text: str, rng: random.Random) -> str:
    """A teaser cut from a paragraph: its opening words as a headline, often run into a standfirst."""
    standfirst = rng.random() < STANDFIRST_PROB
    if _unspaced(text):
        last = len(text) - MIN_LEFT_OUT_CHARS
        head = min(rng.randint(*HEADLINE_CHARS), last)
        cut = text[:head].rstrip(TRIM)
        if standfirst:
            cut += text[head : min(head + rng.randint(*STANDFIRST_CHARS), last)]
        return cut.strip()
    words = text.split()
    head = min(rng.randint(*HEADLINE_WORDS), len(words) - MIN_LEFT_OUT)
    line = " ".join(words[:head]).rstrip(TRIM).rstrip()
    end = min(head + rng.randint(*STANDFIRST_WORDS), len(words) - MIN_LEFT_OUT)
    if standfirst and end > head:
        line += " " + " ".join(words[head:end])
    return line


def with_teasers(
    paragraphs: Sequence[Paragraph], labels: Sequence[int | None], teasers: Sequence[str], rng: random.Random
) -> tuple[list[Paragraph], list[int | None]]:
    """The page's paragraphs, renumbered, with ``teasers`` set in a run after its story, before it, or both,
    labelled chrome (the page unchanged when it has no content or no teasers)."""
    content = [i for i, label in enumerate(labels) if label == CONTENT]
    lined = list(zip(paragraphs, labels, strict=True))
    if content and teasers:
        after = min(len(lined), content[-1] + 1 + rng.randint(0, MAX_OFFSET))
        before = max(0, content[0] - rng.randint(0, MAX_OFFSET))
        where = rng.random()
        if where < AFTER_SHARE:
            runs = {after: teasers}
        elif where < AFTER_SHARE + BEFORE_SHARE:
            runs = {before: teasers}
        else:
            split = rng.randint(1, len(teasers) - 1) if len(teasers) > 1 else 1
            runs = {before: teasers[:split], after: teasers[split:]}
        source = paragraphs[0].source
        for position in sorted(runs, reverse=True):  # the later run first: the earlier position still holds
            run = [Paragraph(index=0, text=text, source=source) for text in runs[position]]
            lined[position:position] = [(paragraph, CHROME) for paragraph in run]
    return reindex([p for p, _ in lined]), [label for _, label in lined]
