"""What kind of chrome a paragraph is, and whether the page shows a paywall.

A linear model (log loss) over hashed word n-grams, word prefixes and the cue lexicon, trained on the
project's chrome library; it only ever sees paragraphs the main model called chrome. Its
features are the ones the main model computed already (folded into a smaller space). A control
line whose rule names its kind (an ad slot, a consent button, a list's heading, a comment
control, a share bar: :func:`~.controls.control_kind`; a page stamp, :func:`~.stamps.stamp_kind`)
gets that kind instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import Pipeline

from .analysis import STAT_NAMES
from .boxes import box_kinds
from .controls import FOOTER_LEGAL, footer_link, is_account_bar
from .features import Concat, CueFeatures, PrefixFeatures, WordFeatures, text_views
from .lexicon import SENTENCE_END
from .linear import linear_proba
from .schema import KIND_STAGE
from .scoring import final_input, fixed_chrome
from .types import Batch, Paragraph
from .widgets import WIDGET_KIND, quotes_a_change, reads_a_figure

__all__ = ["KINDS", "KIND_STAGE", "KindGuess", "build_kind_pipeline", "guess_kinds", "shape_kind", "with_neighbours"]

KINDS = (
    "paywall", "pricing", "login", "consent", "newsletter", "promo", "share", "related",
    "navigation", "legal", "ad", "comments", "disclaimer", "other",
)  # fmt: skip
OTHER = "other"
NAVIGATION = "navigation"
RELATED = "related"
PRICING = "pricing"
LOGIN = "login"
LEGAL = "legal"
AD = "ad"
#: The kinds the words or the shape give a widget's figure alone, with no letter and no currency sign (a
#: score, a time, a quote; :func:`~.widgets.reads_a_figure`): read as a widget's (``other``).
FIGURE_READINGS = frozenset({PRICING, NAVIGATION})
#: The kinds the words, the shape or a rule give a footer's link to the publisher's own pages (a menu's, a
#: list's, an advertiser's link): read as ``legal``, the library's kind of footers' links
#: (:func:`~.controls.footer_link`, :func:`_footer_rows`).
FOOTER_READINGS = frozenset({NAVIGATION, RELATED, OTHER, AD})
#: Below this probability for its best kind, a chrome paragraph's words tell no kind: its shape does
#: (:func:`shape_kind`).
MIN_KIND_SCORE = 0.25
#: A chrome line whose words tell no kind, of at most this many words and ending no sentence, is a menu's or
#: a section's link ("Hohenrieth", "Mutual Funds"); a longer one that ends no sentence is another story's
#: headline. The library's words cannot tell them: menus name places and sections, headlines anything.
#: Hand-labelled chrome of whole written pages (``chrome_kinds`` of their truth files), kinds right:
#: probes and foreign pages 0.562 → 0.621 (HTML), unseen pages 0.612 → 0.660; held-out library lines
#: 0.775 → 0.795 (docs/model-history.md, "kinds by shape").
MAX_MENU_WORDS = 4
#: Weight of each adjacent chrome paragraph's kind probabilities, added to a paragraph's own.
#: Publishers show chrome in blocks: "3 Months" between "Smart Quarterly" and "₹900" is pricing.
#: Held-out library lines, model 1.4.0: kind accuracy 0.34 alone, 0.47 in their blocks, 0.43
#: with the blocks shuffled and run together, no boundary between them (20 orders).
NEIGHBOUR_KIND_WEIGHT = 1.0
#: Kinds that make up a paywall or subscription wall, and the ones reported with it.
WALL_KIND = "paywall"
WALL_KINDS = frozenset({"paywall", "pricing", "login"})
#: Kinds whose lines speak of subscribers without walling the page ("newsletters exclusive to subscribers"
#: in a plan's perks, "comments are for subscribers"): a wall line the kind model reads as one of them
#: does not make the page's verdict (:func:`wall_score`), unless read alone it is a paywall's.
OWN_BOX_KINDS = frozenset({"pricing", "comments"})
#: Page-level paywall score at or above which a paywall is reported. Chosen on dev for 1.10.0:
#: the F1 of page-level detection on injected pages peaks at 0.6 with both training seeds.
PAYWALL_THRESHOLD = 0.6
#: Fewer words than this (as the text statistics count them: a run of Han or kana by its length)
#: make a button, a link or a label, not a paywall notice: a bare "Log in" or "登录", "Subscriber Terms
#: and Conditions" in a footer never flags a page by the kind model's reading (docs/model-history.md,
#: "real pages flagged").
MIN_NOTICE_WORDS = 5
#: A line the reading-wall rule finds is a notice from this many words ("Anmelden und weiterlesen").
MIN_WALL_LINE_WORDS = 3
#: Above this share of its characters in links, a paragraph that does not end a sentence is a button, a
#: menu or a footer's link, not a notice ("Subscribe to the comments feed").
MAX_NOTICE_LINK_DENSITY = 0.5
#: A bar of links as a text dump flattens it ("Log in | Subscribe"): in text, a link has no markup.
_BAR = re.compile(r"\s[|·•]\s")
#: At least this share of a line's words (those that open with a letter) capitalised, and no sentence
#: ended: a menu, a button or a heading flattened into text ("Our Story Blog FAQ Subscription Pricing").
MIN_TITLE_CASE_SHARE = 0.8
#: The score of a kind a control line's rule names: the share of the training library's lines
#: given a kind by a rule that are of that kind (161 of 163; held-out lines 23 of 24).
RULE_KIND_SCORE = 0.98
KIND_HASH_FEATURES = 2**16
#: L2 penalty of the kind model. At 1e-4 (to 1.7.0) its SGD seed moved held-out kind accuracy
#: between 0.55 and 0.59; at 3e-5, five-fold CV over train blocks is level (0.539 both) and
#: held-out accuracy is 0.65-0.66, paywall precision 0.43 -> 0.57 on dev (docs/model-history.md).
KIND_ALPHA = 3e-5
KIND_MAX_ITER = 50
KIND_SEED = 0
#: Weight of a cue-lexicon flag relative to the (l2-normalised) hashed n-grams.
CUE_WEIGHT = 3.0
#: The text statistics' word count column (``log1p`` of the count), shared with the main model.
LOG_WORDS = STAT_NAMES.index("log_words")


class KindClassifier(SGDClassifier):
    """``SGDClassifier`` that keeps its coefficients column-major after fitting.

    Predicting multiplies a sparse page matrix by ``coef_.T``; with row-major
    coefficients SciPy first copies all 14 × 65,536 of them, on every page.
    """

    def fit(self, X: Any, y: Any, coef_init: Any = None, intercept_init: Any = None, sample_weight: Any = None) -> Any:
        super().fit(X, y, coef_init=coef_init, intercept_init=intercept_init, sample_weight=sample_weight)
        self.coef_ = np.asfortranarray(self.coef_)
        return self


def build_kind_pipeline() -> Pipeline:
    """Paragraphs → kind probabilities."""
    # the cues anywhere in a line only: with the opening-cue flags too, the paywall verdict's recall
    # fell from 0.746 to 0.693 on injected test pages (docs/model-history.md, 1.15.0)
    # word prefixes: held-out library lines, kind accuracy 0.72-0.74 -> 0.78-0.80 over three SGD seeds;
    # paywall verdict F1 on dev's injected pages 0.62-0.63 -> 0.68-0.76 (docs/model-history.md, 1.17.0)
    features = Concat(
        [
            ("words", WordFeatures(KIND_HASH_FEATURES)),
            ("prefixes", PrefixFeatures()),
            ("cues", CueFeatures(CUE_WEIGHT, opening=False)),
        ]
    )
    classifier = KindClassifier(loss="log_loss", alpha=KIND_ALPHA, max_iter=KIND_MAX_ITER, random_state=KIND_SEED)
    return Pipeline([("features", features), ("clf", classifier)])


@dataclass(frozen=True, slots=True)
class KindGuess:
    """The kind of one chrome paragraph, the probability that it is a paywall notice, and whether the
    reading-wall rule takes it for one."""

    kind: str
    score: float
    wall: float
    """Probability that the paragraph is a paywall notice (0 for one of fewer than ``MIN_NOTICE_WORDS`` words,
    for a link, a bar of links or a line in title case that ends no sentence, and for a standing prompt:
    ``FixedChrome.standing``)."""
    walled: bool = False
    """Whether the reading-wall rule takes the paragraph for a wall's notice (:data:`~.walls.READING_WALLS`)."""


def guess_kinds(pipeline: Pipeline, paragraphs: Sequence[Paragraph]) -> list[KindGuess]:
    """The most likely kind of each chrome paragraph (its shape's, :func:`shape_kind`, when no kind is likely
    enough; the kind its rule names for a control line, :func:`~.controls.control_kind`).

    A paragraph's kind is read together with the chrome paragraphs right beside it (see
    :func:`with_neighbours`); ``wall``, the paywall probability behind the page's verdict, is
    the paragraph's own, and 0 for a paragraph too short to be a notice (``MIN_NOTICE_WORDS``).
    """
    if not paragraphs:
        return []
    batch = paragraphs if isinstance(paragraphs, Batch) else Batch(paragraphs)
    own = linear_proba(pipeline.steps[-1][1], final_input(pipeline, batch))
    classes = [str(c) for c in pipeline.classes_]
    # compared as the statistics hold them (log1p of the count): expm1 of log1p(4) is below 4
    log_words = text_views(batch)["stats"][:, LOG_WORDS]
    fixed = fixed_chrome(batch)
    # the furniture tests (a pattern search or a split) only for the lines long enough to be a notice
    notice = [
        long and not (f.standing or _links_not_sentence(p))
        for long, p, f in zip((log_words >= np.log1p(MIN_NOTICE_WORDS)).tolist(), batch, fixed, strict=True)
    ]
    wall = np.where(notice, own[:, classes.index(WALL_KIND)], 0.0).tolist()
    own_wall = own.argmax(axis=1) == classes.index(WALL_KIND)
    long_enough = (log_words >= np.log1p(MIN_WALL_LINE_WORDS)).tolist()
    proba = with_neighbours(own, np.fromiter((p.index for p in paragraphs), dtype=np.int64, count=len(paragraphs)))
    best = proba.argmax(axis=1)
    scores = proba[np.arange(len(best)), best].tolist()
    words = np.expm1(log_words).round().tolist()
    kinds = [classes[b] for b in best.tolist()]
    column = {kind: j for j, kind in enumerate(classes)}
    for i, (score, paragraph, verdict, n) in enumerate(zip(scores, batch, fixed, words, strict=True)):
        # the words tell no kind: the shape's, with the kind model's probability of it
        kind = shape_kind(paragraph.text, n) if score < MIN_KIND_SCORE else kinds[i]
        if kind == PRICING and quotes_a_change(paragraph.text):  # a market's quote, not a plan's price
            kind = WIDGET_KIND
        elif kind in FIGURE_READINGS and reads_a_figure(paragraph.text, page_numbers=kind == NAVIGATION):
            kind = WIDGET_KIND  # a score, a time or a quote alone ("2 - 1", "05.01", "3.748")
        elif kind == NAVIGATION and verdict.kind is None and is_account_bar(paragraph.text):
            kind = LOGIN  # a header's "Sign in | Subscribe" (a wall's "Log in" reads as the wall's)
        if kind != kinds[i]:
            kinds[i], scores[i] = kind, float(proba[i, column[kind]])
    walled = [False] * len(kinds)
    for i, verdict in enumerate(fixed):
        if verdict.kind is not None:
            kinds[i], scores[i] = verdict.kind, RULE_KIND_SCORE
        # a plan's perk or a comment box's line speaks of subscribers too; a wall's notice set beside a
        # plan card takes the card's kind with its neighbours, but alone it reads as a paywall's; a meter
        # (the reader's free articles counted) is never a perk
        boxed = kinds[i] in OWN_BOX_KINDS and not own_wall[i] and not verdict.meter
        walled[i] = verdict.wall and long_enough[i] and not boxed
    for i in _footer_rows(batch, kinds):  # "Privacy Policy", "Contact us | Jobs", a footer's list
        kinds[i] = LEGAL
        scores[i] = RULE_KIND_SCORE if fixed[i].kind is not None else float(proba[i, column[LEGAL]])
    for i, kind in box_kinds(batch, kinds, words, [verdict.kind for verdict in fixed], MAX_MENU_WORDS).items():
        kinds[i], scores[i] = kind, float(proba[i, column[kind]])
    return [KindGuess(*row) for row in zip(kinds, scores, wall, walled, strict=True)]


def _footer_rows(paragraphs: Batch, kinds: Sequence[str]) -> list[int]:
    """The rows of ``paragraphs`` (chrome, with their ``kinds``) that are a footer's links read as another kind
    (:data:`FOOTER_READINGS`): a legal page's link or a bar of footer links, or another page's link ("Contact us",
    "Jobs") beside another footer link, as a footer lists them; alone, such a link may be a menu's."""
    grades = [footer_link(p.text) for p in paragraphs]
    positions = [p.index for p in paragraphs]
    rows = []
    for i, (grade, kind) in enumerate(zip(grades, kinds, strict=True)):
        if not grade or kind not in FOOTER_READINGS:
            continue
        beside = any(
            0 <= j < len(grades) and grades[j] and abs(positions[j] - positions[i]) == 1 for j in (i - 1, i + 1)
        )
        if grade == FOOTER_LEGAL or beside:
            rows.append(i)
    return rows


def shape_kind(text: str, words: float) -> str:
    """The kind of a chrome line whose words tell none, from its shape: ``navigation`` for a line of at most
    :data:`MAX_MENU_WORDS` words (as the text statistics count them: a run of Han or kana by its length) that
    ends no sentence, ``related`` for a longer one that ends none, ``other`` for a sentence."""
    if SENTENCE_END.search(text) is not None:
        return OTHER
    return NAVIGATION if words <= MAX_MENU_WORDS else RELATED


def _links_not_sentence(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is mostly link (:data:`MAX_NOTICE_LINK_DENSITY`), a bar of links flattened into
    text or a line in title case (:data:`MIN_TITLE_CASE_SHARE`), and ends no sentence."""
    text = paragraph.text
    if SENTENCE_END.search(text) is not None:
        return False
    return paragraph.link_density > MAX_NOTICE_LINK_DENSITY or _BAR.search(text) is not None or _title_case(text)


def _title_case(text: str) -> bool:
    """Whether at least :data:`MIN_TITLE_CASE_SHARE` of the words of ``text`` that open with a letter are
    capitalised (a line of :data:`MIN_NOTICE_WORDS` of them or more)."""
    words = [word for word in text.split() if word[:1].isalpha()]
    capitalised = sum(word[:1].isupper() for word in words)
    return len(words) >= MIN_NOTICE_WORDS and capitalised >= MIN_TITLE_CASE_SHARE * len(words)


def wall_score(chrome_scores: Sequence[float], guesses: Sequence[KindGuess]) -> float:
    """The page's paywall score: the strongest paywall notice among its chrome paragraphs.

    A notice counts with its chrome probability times its own paywall probability, and only
    when its kind (read with its neighbours) is ``paywall``. Counting every chrome paragraph let
    paragraphs read as another kind (a plan's button, a promotion, a consent text) flag the page
    on their paywall probability alone: on dev (both training seeds, injected pages) the rule
    raises precision from 0.53-0.54 to 0.62 at the same recall (0.81-0.83). A paragraph of fewer
    than ``MIN_NOTICE_WORDS`` words does not count (its ``wall`` is 0): the kind model reads a lone
    "Log in" as a paywall line, since one ends most paywall notices of the chrome library, and such
    short lines (a log-in link, a "Subscribe now" button) flagged 28 of the 250 test pages
    without a paywall (model 1.13.0, injected pages: precision 0.548 → 0.664, recall 0.746 →
    0.728; dev 0.559 → 0.627 and 0.792 → 0.771; dev F1 still peaks at this threshold).

    Since 2026-12-07 a notice needs five words and must be neither a link (or a bar of links) that ends
    no sentence nor a control's label or an account prompt that stands on every page: of the 163 dev
    pages with article text, 28 were flagged by their own chrome, most by a log-in bar, a footer's link,
    a menu or "Already a subscriber? Sign in" (11 after; docs/model-history.md, "real pages flagged").

    A line the reading-wall rule takes for a wall's notice (``walled``) counts whatever its kind,
    as a notice of paywall probability 1: the kind model, trained on the library's wordings, reads
    some wall lines in other words as another kind (with the rest of 2026-12-07's changes, dev's
    injected pages: recall 0.774 → 0.846; a held-out wall mid-story flagged on 0.731 → 0.904 of them).
    """
    return max(
        (
            (1.0 - score) * (1.0 if g.walled else g.wall)
            for score, g in zip(chrome_scores, guesses, strict=True)
            if g.walled or g.kind == WALL_KIND
        ),
        default=0.0,
    )


def with_neighbours(proba: np.ndarray, positions: np.ndarray, weight: float = NEIGHBOUR_KIND_WEIGHT) -> np.ndarray:
    """Kind probabilities of each paragraph mixed with those of the paragraphs at the adjacent page positions.

    ``positions`` are the paragraphs' indices in their page, ascending: a neighbour counts when
    it is the paragraph right before or right after (a content paragraph between breaks the block).
    """
    adjacent = np.diff(positions) == 1
    mixed = proba.copy()
    mixed[1:][adjacent] += weight * proba[:-1][adjacent]
    mixed[:-1][adjacent] += weight * proba[1:][adjacent]
    return mixed / mixed.sum(axis=1, keepdims=True)
