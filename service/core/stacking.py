"""Stacked stages: an earlier stage's scores of a paragraph and of its neighbours, as features.

``NeighbourScores`` wraps a classifier over a feature matrix. During ``fit_transform`` it scores
each training paragraph with a copy of the classifier that never saw its source (site or
page), exactly as scikit-learn's stacking and ``TargetEncoder`` cross-fit, so the next
stage learns how far the earlier stage's scores can be trusted on unseen publishers. The
features may themselves be stacked (the text model stacks twice, see :mod:`.pipeline`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin, clone
from sklearn.model_selection import GroupKFold, PredefinedSplit, cross_val_predict

from .features import cached, page_bounds, shift_within_pages, topic_matrix
from .forest import booster_proba
from .linear import linear_proba
from .scripts import letter_counts
from .types import Paragraph

#: First-stage score above which a paragraph counts as "surely content" for region features.
REGION_SCORE = 0.7
#: Neighbour offsets whose first-stage scores are features.
SCORE_OFFSETS = (-3, -2, -1, 1, 2, 3)
#: Half-width of the window for the smoothed score.
WINDOW = 3
DEFAULT_FOLDS = 3
#: Columns of :func:`_region_features`.
REGION_COLUMNS = 10
#: The page's score profile is the mean of its this many highest first-stage scores.
TOP_SCORES = 10
#: Pages with (paragraphs x surely-content paragraphs) at or above this get distance 0 to the content
#: region: the models were fitted so, when the distance took memory quadratic in the page.
NEAREST_LIMIT = 4_000_000
#: A run of content-like paragraphs continues across at most this many other paragraphs.
RUN_GAP = 1
#: Columns of :func:`_run_features`.
RUN_COLUMNS = 7
#: Columns of :func:`_topic_features`.
TOPIC_COLUMNS = 2
#: Columns of :func:`_contrast_features`.
CONTRAST_COLUMNS = 5
#: Columns of :func:`_low_run_features`, and how far past a low run its neighbours are read.
LOW_RUN_COLUMNS = 7
LOW_RUN_REACH = 3
#: Columns of :func:`_coherence_features`.
COHERENCE_COLUMNS = 2
#: Columns of :func:`_script_features`.
SCRIPT_COLUMNS = 2
#: Scores are clipped to [EPS, 1 - EPS] before taking log-odds.
LOGIT_EPS = 1e-4
#: Paragraphs with fewer topic words than this get no topic features: a byline's names or a
#: three-word subheading say too little about what the paragraph is about.
MIN_TOPIC_WORDS = 5
#: Batch-cache key of :func:`_topic_pages` (an entry per page, not per row: like the markup's "contexts",
#: never read through :meth:`~.types.Batch.take`).
TOPIC_PAGES_KEY = "topic_pages"
#: Batch-cache key of :func:`_coherence_pages` (an entry per page, like :data:`TOPIC_PAGES_KEY`).
COHERENCE_PAGES_KEY = "coherence_pages"
#: Batch-cache key of :func:`_script_features` (a row per paragraph).
SCRIPTS_KEY = "scripts"
#: Floor of the squared norm in the topic cosine (the rest of a page may have no topic words).
TOPIC_NORM_FLOOR = 1e-12


def fold_of(key: str, n_splits: int = DEFAULT_FOLDS) -> int:
    """The cross-fitting fold of a source (a site), or of anything assigned alongside it.

    Training injects chrome-library blocks into pages; a block goes only into pages of its
    own fold, so the first-stage copy that scores a fold never saw that fold's blocks, and the
    second stage learns from scores on unseen chrome as it will meet at serving time.
    """
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % n_splits


def _distance_to(marks: np.ndarray, n: int) -> np.ndarray:
    """Distance from each of ``n`` positions to the nearest of the sorted, non-empty ``marks``."""
    idx = np.arange(n)
    right = np.minimum(np.searchsorted(marks, idx), marks.size - 1)
    left = np.maximum(right - 1, 0)
    return np.minimum(np.abs(marks[right] - idx), np.abs(idx - marks[left]))


def _region_features(scores: np.ndarray) -> np.ndarray:
    """Per-page features of a score sequence: the content region and the page's score profile.

    The profile does not shrink as chrome grows: it is the mean of the page's best
    :data:`TOP_SCORES` scores and the (log) count of content-like paragraphs, not the mean
    score or the content-like share. With shares, a 30-paragraph article above a
    1,500-line form looked like a page the first stage had failed on, and the second stage
    turned the form into content.
    """
    n = len(scores)
    out = np.zeros((n, REGION_COLUMNS))
    idx = np.arange(n)
    strong = np.flatnonzero(scores >= REGION_SCORE)
    if strong.size:
        first, last = strong[0], strong[-1]
        out[:, 0] = (idx - first) / n
        out[:, 1] = (last - idx) / n
        out[:, 2] = (idx >= first) & (idx <= last)
        out[:, 3] = np.log1p(_distance_to(strong, n)) if n * strong.size < NEAREST_LIMIT else 0.0
    else:
        out[:, 0:2] = -1.0
        out[:, 3] = np.log1p(n)
    best = np.partition(scores, n - TOP_SCORES)[n - TOP_SCORES :].mean() if n > TOP_SCORES else scores.mean()
    out[:, 4] = best
    out[:, 5] = scores - best
    out[:, 6] = np.log1p(np.count_nonzero(scores >= 0.5))
    out[:, 7] = _window_mean(scores)
    out[:, 8] = np.maximum.accumulate(np.concatenate([[0.0], scores[:-1]]))
    out[:, 9] = np.maximum.accumulate(np.concatenate([[0.0], scores[::-1][:-1]]))[::-1]
    return out


def _window_mean(scores: np.ndarray) -> np.ndarray:
    """Mean score of each paragraph and the :data:`WINDOW` on each side (the page's ends repeated)."""
    padded = np.concatenate([np.repeat(scores[:1], WINDOW), scores, np.repeat(scores[-1:], WINDOW)])  # np.pad's "edge"
    return np.convolve(padded, np.ones(2 * WINDOW + 1) / (2 * WINDOW + 1), mode="valid")


def _run_features(scores: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """Where each paragraph sits relative to the page's main run of content-like paragraphs.

    A run is a stretch of paragraphs with first-stage score at least 0.5, bridging gaps of
    up to :data:`RUN_GAP` others; its size is the characters of its content-like paragraphs.
    An article is one long run; comments, teasers and related lists make short ones, cut by
    user names, dates and headings. Columns: the run's share of the largest run, in the
    largest run, log characters of the run, log distance to the largest run, the side
    of it (-1 before, 1 after, 0 inside), and how far the score sits below the median of the
    main run's content-like paragraphs and below its neighbours' mean. The last two make
    "0.6 in a run of 0.95" (chrome inside an article) differ from "0.6 in a run of 0.6" (an
    article in a language the first stage knows less well).
    """
    n = len(scores)
    out = np.zeros((n, RUN_COLUMNS))
    high = np.flatnonzero(scores >= 0.5)
    out[:, 6] = scores - _neighbour_mean(scores)
    if not high.size:
        out[:, 3] = np.log1p(n)
        return out
    breaks = np.flatnonzero(np.diff(high) > RUN_GAP + 1) + 1
    run_of_high = np.zeros(high.size, dtype=np.int64)
    run_of_high[breaks] = 1
    run_of_high = np.cumsum(run_of_high)
    run_chars = np.bincount(run_of_high, weights=chars[high])
    starts = high[np.concatenate([[0], breaks])]
    ends = high[np.concatenate([breaks - 1, [high.size - 1]])]
    main = int(np.argmax(run_chars))
    run = np.full(n, -1)
    for r, (a, b) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        run[a : b + 1] = r
    inside = run >= 0
    out[inside, 0] = run_chars[run[inside]] / run_chars[main]
    out[:, 1] = run == main
    out[inside, 2] = np.log1p(run_chars[run[inside]])
    idx = np.arange(n)
    before, after = idx < starts[main], idx > ends[main]
    out[before, 3] = np.log1p(starts[main] - idx[before])
    out[after, 3] = np.log1p(idx[after] - ends[main])
    out[:, 4] = after.astype(np.float64) - before
    main_scores = scores[starts[main] : ends[main] + 1]
    out[:, 5] = scores - np.median(main_scores[main_scores >= 0.5])
    return out


def _topic_features(words: sparse.csr_matrix, scores: np.ndarray) -> np.ndarray:
    """How much each paragraph is about what the rest of its page's content (and chrome) is about.

    ``words`` are the page's rows of :func:`topic_matrix` (unit length or empty). Columns: the
    cosine between a paragraph's words and the sum of all *other* paragraphs' words weighted
    by their first-stage score, then weighted by one minus it. An article's paragraphs share
    its names and subject; teaser headlines, related links and promotions each speak of
    something else, however much they read like prose: the signal left in a text dump of a
    page whose chrome is a list of other stories. Missing (NaN) for a paragraph with fewer
    than :data:`MIN_TOPIC_WORDS` topic words.
    """
    return _topic_cosines(TopicRows.of(words), scores)


@dataclass(frozen=True)
class TopicRows:
    """One page's :func:`topic_matrix` rows in the form :func:`_topic_cosines` reads, made once per batch
    (:func:`_topic_pages`): each stacked stage reads them with its own scores."""

    rows: sparse.csr_matrix | None
    """The rows over the page's own columns only (the words it holds), or None when it holds none."""
    nonempty: np.ndarray
    """1.0 for a row with words (a unit-length row), else 0.0."""
    enough: np.ndarray
    """Rows with at least :data:`MIN_TOPIC_WORDS` words."""

    @classmethod
    def of(cls, words: sparse.csr_matrix) -> TopicRows:
        """The rows of ``words`` (a page's rows of :func:`topic_matrix`)."""
        sizes = np.diff(words.indptr)
        rows = None
        if words.nnz:
            columns, compact = np.unique(words.indices, return_inverse=True)
            rows = sparse.csr_matrix((words.data, compact.ravel(), words.indptr), shape=(len(sizes), columns.size))
        return cls(rows, (sizes > 0).astype(np.float64), sizes >= MIN_TOPIC_WORDS)


def _topic_pages(X: Sequence[Paragraph]) -> list[TopicRows]:
    """:class:`TopicRows` of each page of ``X``, kept in the batch's cache."""

    def compute() -> list[TopicRows]:
        topics = topic_matrix(X)
        return [TopicRows.of(topics[start:end]) for start, end in page_bounds(X)]

    return cached(X, TOPIC_PAGES_KEY, compute)


def _topic_cosines(topic: TopicRows, scores: np.ndarray) -> np.ndarray:
    """:func:`_topic_features` of a page from its :class:`TopicRows`."""
    out = np.full((len(scores), TOPIC_COLUMNS), np.nan)
    rows, nonempty, enough = topic.rows, topic.nonempty, topic.enough
    if rows is None:
        return out
    for k, weights in enumerate((scores, 1.0 - scores)):
        total = rows.T @ weights
        dot_total = rows @ total
        dot_rest = dot_total - weights * nonempty
        norm_rest = total @ total - 2.0 * weights * dot_total + weights**2 * nonempty
        out[enough, k] = (dot_rest / np.sqrt(np.maximum(norm_rest, TOPIC_NORM_FLOOR)))[enough]
    return out


def _coherence_features(topic: TopicRows) -> np.ndarray:
    """How much each paragraph shares its words with the paragraphs next to it.

    An article's paragraphs go on about the same people and things; a run of other stories'
    teasers reads like prose, paragraph by paragraph, but each teaser is about something else.
    Columns: the cosine between a paragraph's topic words and the sum of the :data:`WINDOW`
    paragraphs' on each side (itself left out), and the mean of that cosine over the paragraph and
    its window (the run's coherence, steadier than one paragraph's). NaN for a paragraph with fewer
    than :data:`MIN_TOPIC_WORDS` topic words (the mean reads the others of its window).
    """
    n = len(topic.nonempty)
    out = np.full((n, COHERENCE_COLUMNS), np.nan)
    rows = topic.rows
    if rows is None or n < 2:
        return out
    idx = np.arange(n)
    near = [(idx[: n - d], idx[d:]) for d in range(1, WINDOW + 1) if d < n]
    above = np.concatenate([a for a, _ in near])
    below = np.concatenate([b for _, b in near])
    band = sparse.csr_matrix(
        (np.ones(2 * above.size), (np.concatenate([above, below]), np.concatenate([below, above]))), shape=(n, n)
    )
    around = band @ rows
    dot = np.asarray(rows.multiply(around).sum(axis=1)).ravel()
    norm = np.sqrt(np.asarray(around.multiply(around).sum(axis=1)).ravel())
    cosine = np.where(topic.enough, dot / np.maximum(norm, TOPIC_NORM_FLOOR), np.nan)
    out[:, 0] = cosine
    known = ~np.isnan(cosine)
    total = np.concatenate([[0.0], np.cumsum(np.where(known, cosine, 0.0))])
    count = np.concatenate([[0], np.cumsum(known)])
    lo, hi = np.maximum(idx - WINDOW, 0), np.minimum(idx + WINDOW + 1, n)
    seen = count[hi] - count[lo]
    out[:, 1] = np.divide(total[hi] - total[lo], seen, out=np.full(n, np.nan), where=seen > 0)
    return out


def _coherence_pages(X: Sequence[Paragraph]) -> list[np.ndarray]:
    """:func:`_coherence_features` of each page of ``X`` (they read no score: every stage of a batch shares them)."""
    return cached(X, COHERENCE_PAGES_KEY, lambda: [_coherence_features(topic) for topic in _topic_pages(X)])


def _logit(p: np.ndarray) -> np.ndarray:
    """Log-odds of probabilities, clipped to [LOGIT_EPS, 1 - LOGIT_EPS] first."""
    p = np.clip(p, LOGIT_EPS, 1.0 - LOGIT_EPS)
    return np.log(p / (1.0 - p))


def _contrast_features(scores: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """How a paragraph and its window stand out from the rest of their page.

    The first stage can under-trust a whole article it reads no markup of (an event listing,
    a one-paragraph story among headlines): every score is low, but the article's are far less
    low than the page's typical score. Columns: log-odds of the score and of the window's mean
    score (itself and :data:`WINDOW` each side) minus the page's median log-odds, the score's
    rank within the page (0-1), the log of the paragraph's characters over the page's longest,
    and its share of the page's characters.
    """
    n = len(scores)
    out = np.zeros((n, CONTRAST_COLUMNS))
    if not n:
        return out
    logits = _logit(scores)
    median = np.median(logits)
    out[:, 0] = logits - median
    out[:, 1] = _logit(_window_mean(scores)) - median
    out[:, 2] = np.argsort(np.argsort(scores, kind="stable"), kind="stable") / max(n - 1, 1)
    longest = max(float(chars.max()), 1.0)
    out[:, 3] = np.log((chars + 1.0) / (longest + 1.0))
    out[:, 4] = chars / max(float(chars.sum()), 1.0)
    return out


def _low_run_features(scores: np.ndarray) -> np.ndarray:
    """Where a chrome-like paragraph sits in its run of chrome-like paragraphs, and what lies past the run.

    A low run is a maximal stretch of paragraphs scored under 0.5. A short article line right after
    a chrome block inside the story ends such a run, as the block's last line would; what tells them
    apart is the line against the rest of its run. Columns, for a paragraph in a low run (zeros
    otherwise): log run length, score minus the run's mean, whether it is the run's highest score, the
    highest score of the :data:`LOW_RUN_REACH` paragraphs before the run and after it (0 at the page's
    ends), and log distances to the run's start and end.
    """
    n = len(scores)
    out = np.zeros((n, LOW_RUN_COLUMNS))
    low = scores < 0.5
    if not low.any():
        return out
    edges = np.diff(np.concatenate([[0], low.astype(np.int8), [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)  # ends exclusive
    padded = np.concatenate([np.zeros(LOW_RUN_REACH), scores, np.zeros(LOW_RUN_REACH)])
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        run = scores[a:b]
        idx = np.arange(a, b)
        out[a:b, 0] = np.log(b - a)
        out[a:b, 1] = run - run.mean()
        out[a:b, 2] = run == run.max()
        out[a:b, 3] = padded[a : a + LOW_RUN_REACH].max()
        out[a:b, 4] = padded[b + LOW_RUN_REACH : b + 2 * LOW_RUN_REACH].max()
        out[a:b, 5] = np.log1p(idx - a)
        out[a:b, 6] = np.log1p(b - 1 - idx)
    return out


def _neighbour_mean(scores: np.ndarray) -> np.ndarray:
    """Mean score of the up to ``2 * WINDOW`` paragraphs around each one (itself excluded)."""
    n = len(scores)
    cumulative = np.concatenate([[0.0], np.cumsum(scores)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - WINDOW, 0), np.minimum(idx + WINDOW + 1, n)
    count = hi - lo - 1
    total = cumulative[hi] - cumulative[lo] - scores
    return np.divide(total, count, out=scores.astype(np.float64).copy(), where=count > 0)


def stage_scores(classifier: Any, matrix: Any) -> np.ndarray:
    """Content probability of each row from a fitted stage: a booster's trees or a linear model's arithmetic."""
    scores = booster_proba(classifier, matrix)
    return linear_proba(classifier, matrix)[:, 1] if scores is None else scores


class NeighbourScores(TransformerMixin, BaseEstimator):
    """First-stage content probabilities of each paragraph and its neighbours, as features.

    ``features`` turns paragraphs into a matrix once; ``classifier`` is the first stage.
    ``fit_transform`` returns out-of-fold scores, the fold of a paragraph being
    :func:`fold_of` its ``Paragraph.source``, so the second stage learns from scores on
    sources (and injected chrome, see :func:`fold_of`) the first stage did not see.
    ``contrast`` adds :func:`_contrast_features` (the text model's; the HTML model measured
    no better with them, see docs/model-history.md). ``stacked`` says that ``features`` is
    itself a stacked stage: it is fitted with the labels and sample weights too. ``low_runs`` adds
    :func:`_low_run_features`, ``coherence`` :func:`_coherence_features`, ``scripts``
    :func:`_script_features`.
    """

    def __init__(
        self,
        features: Any,
        classifier: Any,
        offsets: tuple[int, ...] = SCORE_OFFSETS,
        n_splits: int = DEFAULT_FOLDS,
        n_jobs: int | None = None,
        contrast: bool = False,
        stacked: bool = False,
        low_runs: bool = False,
        coherence: bool = False,
        scripts: bool = False,
    ) -> None:
        self.features = features
        self.classifier = classifier
        self.offsets = offsets
        self.n_splits = n_splits
        self.n_jobs = n_jobs
        self.contrast = contrast
        self.stacked = stacked
        self.low_runs = low_runs
        self.coherence = coherence
        self.scripts = scripts

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.setdefault("low_runs", False)  # models pickled before the parameters existed
        state.setdefault("coherence", False)
        state.setdefault("scripts", False)
        super().__setstate__(state)

    def fit(self, X: Sequence[Paragraph], y: Sequence[int], sample_weight: Any = None) -> NeighbourScores:
        self.fit_transform(X, y, sample_weight=sample_weight)
        return self

    def fit_transform(  # type: ignore[override]
        self, X: Sequence[Paragraph], y: Sequence[int], sample_weight: Any = None
    ) -> np.ndarray:
        self.features_ = clone(self.features)
        fit_params = {} if sample_weight is None else {"sample_weight": np.asarray(sample_weight)}
        matrix = self.features_.fit_transform(X, y, **fit_params) if self.stacked else self.features_.fit_transform(X)
        self.classifier_ = clone(self.classifier).fit(matrix, y, **fit_params)
        cv = self._folds([p.source for p in X])
        if cv is not None:
            oof = cross_val_predict(
                clone(self.classifier), matrix, y, cv=cv, method="predict_proba", params=fit_params, n_jobs=self.n_jobs
            )[:, 1]
        else:  # too few sources to cross-fit (tiny fixtures): in-sample scores
            oof = self.classifier_.predict_proba(matrix)[:, 1]
        return self._features(X, oof)

    def _folds(self, sources: list[str]) -> Any:
        """The cross-fitting splits: :func:`fold_of` each source; grouped folds for a handful of sources."""
        folds = {source: fold_of(source, self.n_splits) for source in set(sources)}
        if len(set(folds.values())) >= 2:
            return list(PredefinedSplit([folds[s] for s in sources]).split())
        if len(folds) >= 2:  # few sources, all hashed to one fold (tiny fixtures)
            return list(GroupKFold(min(self.n_splits, len(folds))).split(sources, groups=sources))
        return None

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        scores = stage_scores(self.classifier_, self.features_.transform(X)) if len(X) else np.zeros(0)
        return self._features(X, scores)

    def _features(self, X: Sequence[Paragraph], scores: np.ndarray) -> np.ndarray:
        column = scores.reshape(-1, 1)
        parts = [column]
        parts.extend(shift_within_pages(column, X, offset) for offset in self.offsets)
        run_end = REGION_COLUMNS + RUN_COLUMNS
        topic_end = run_end + TOPIC_COLUMNS
        contrast_end = topic_end + (CONTRAST_COLUMNS if self.contrast else 0)
        low_run_end = contrast_end + (LOW_RUN_COLUMNS if self.low_runs else 0)
        coherence_end = low_run_end + (COHERENCE_COLUMNS if self.coherence else 0)
        region = np.zeros((len(X), coherence_end + (SCRIPT_COLUMNS if self.scripts else 0)))
        chars = np.fromiter((len(p.text) for p in X), dtype=np.float64, count=len(X))
        topics = _topic_pages(X)
        coherence = _coherence_pages(X) if self.coherence else []
        for page, (start, end) in enumerate(page_bounds(X)):
            region[start:end, :REGION_COLUMNS] = _region_features(scores[start:end])
            region[start:end, REGION_COLUMNS:run_end] = _run_features(scores[start:end], chars[start:end])
            region[start:end, run_end:topic_end] = _topic_cosines(topics[page], scores[start:end])
            if self.contrast:
                region[start:end, topic_end:contrast_end] = _contrast_features(scores[start:end], chars[start:end])
            if self.low_runs:
                region[start:end, contrast_end:low_run_end] = _low_run_features(scores[start:end])
            if self.coherence:
                region[start:end, low_run_end:coherence_end] = coherence[page]
        if self.scripts:
            region[:, coherence_end:] = _script_features(X)
        parts.append(region)
        return np.hstack(parts)


def _script_features(X: Sequence[Paragraph]) -> np.ndarray:
    """Per paragraph: the share of its letters in a script of the training pages' articles
    (:mod:`.scripts`; NaN for a paragraph without letters), and the same share over its page's letters
    (NaN for a page without any). Words of any other script tell the model nothing it learnt."""

    def compute() -> np.ndarray:
        letters, known = letter_counts([p.text for p in X])
        out = np.full((len(X), SCRIPT_COLUMNS), np.nan)
        has = letters > 0
        out[has, 0] = known[has] / letters[has]
        for start, end in page_bounds(X):
            total = letters[start:end].sum()
            if total:
                out[start:end, 1] = known[start:end].sum() / total
        return out

    return cached(X, SCRIPTS_KEY, compute)


class LabelledOnly(ClassifierMixin, BaseEstimator):
    """Fit ``estimator`` on the rows with a positive weight only, at most ``max_samples`` of them.

    Unlabelled paragraphs stay in the training pages (their neighbours need them as
    context) with weight 0; the second stage need not spend time on them. A random
    subsample (seeded) bounds the second stage's training time on large corpora.
    """

    def __init__(self, estimator: Any, max_samples: int | None = None, random_state: int = 0) -> None:
        self.estimator = estimator
        self.max_samples = max_samples
        self.random_state = random_state

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> LabelledOnly:
        y = np.asarray(y)
        keep = np.arange(len(y)) if sample_weight is None else np.flatnonzero(np.asarray(sample_weight) > 0)
        if self.max_samples is not None and len(keep) > self.max_samples:
            rng = np.random.default_rng(self.random_state)
            keep = np.sort(rng.choice(keep, self.max_samples, replace=False))
        fit_params = {} if sample_weight is None else {"sample_weight": np.asarray(sample_weight)[keep]}
        self.estimator_ = clone(self.estimator).fit(X[keep], y[keep], **fit_params)
        self.classes_ = self.estimator_.classes_
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return self.estimator_.predict_proba(X)

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.estimator_.predict(X)
