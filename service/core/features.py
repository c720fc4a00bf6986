"""Feature transformers over sequences of paragraphs.

Every transformer takes ``X``: a sequence of :class:`Paragraph` in page order, several pages
one after another (a page starts where ``index`` is 0). Per-paragraph families (words,
characters, markup, shape) see one paragraph at a time; context families see its page.
All functions handed to scikit-learn are module-level so the fitted pipeline pickles.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import FeatureHasher
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from .analysis import STAT_NAMES, analyse, tokens_of
from .lexicon import cue_index, stopword_set
from .types import Paragraph, cache_keys, cache_rows, page_bounds

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Landmark tags whose presence among the ancestors is a dense feature of its own.
LANDMARK_TAGS = (
    "article",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "li",
    "td",
    "blockquote",
    "figure",
    "button",
    "label",
    "option",
)
#: Class/id tokens (substrings) that publishers use for content or chrome containers.
TOKEN_CUES = (
    "article",
    "content",
    "body",
    "story",
    "post",
    "entry",
    "text",
    "main",
    "byline",
    "author",
    "caption",
    "share",
    "social",
    "related",
    "recommend",
    "footer",
    "nav",
    "menu",
    "breadcrumb",
    "comment",
    "promo",
    "ad",
    "sponsor",
    "paywall",
    "premium",
    "subscri",
    "newsletter",
    "cookie",
    "consent",
    "sidebar",
    "widget",
    "tag",
    "meta",
    "date",
    "header",
    "banner",
    "modal",
    "popup",
    "login",
    "signup",
    "teaser",
    "card",
    "list",
)
#: Sizes of the hashed feature spaces (powers of two).
WORD_HASH_FEATURES = 2**18
MARKUP_HASH_FEATURES = 2**14
#: Depth and length buckets for markup tokens.
DEPTH_BUCKETS = (3, 5, 8, 12, 16, 24)
#: Neighbour offsets whose key shape features are copied next to a paragraph's own.
CONTEXT_OFFSETS = (-2, -1, 1, 2)
#: Class/id tokens of the innermost elements, which count twice.
INNER_TOKENS = 4
#: A paragraph's share of link text is a markup token in this many steps (quarters).
LINK_BUCKETS = 4
#: Distinct class/id tokens whose container cues are remembered.
TOKEN_CACHE_SIZE = 65_536
#: Paragraphs analysed together at most (bounds memory when fitting on a whole corpus).
ANALYSIS_CHUNK = 20_000
#: Size of the hashed space of topic words (see :func:`topic_matrix`).
TOPIC_HASH_FEATURES = 2**18
#: Word prefixes (see :func:`prefix_matrix`): their length, and the size of their hashed space.
PREFIX_LENGTH = 3
PREFIX_HASH_FEATURES = 2**16
#: Topic words are at least this long (shorter ones are mostly function words and folded numbers).
MIN_TOPIC_WORD = 2


# ---------------------------------------------------------------- the cache of a batch


def cached(X: Sequence[Paragraph], key: object, compute: Callable[[], Any]) -> Any:
    """``compute()``, kept in ``X.cache`` under ``key`` when ``X`` is a :class:`Batch`."""
    cache = getattr(X, "cache", None)
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def text_views(X: Sequence[Paragraph]) -> dict[str, Any]:
    """Statistics, cue flags and word n-grams of every paragraph (computed once per batch)."""
    cache = getattr(X, "cache", None)
    if cache is not None and "stats" in cache:
        return cache
    stopwords, cues = stopword_set(), cue_index()
    parts = [
        analyse([p.text for p in chunk], [p.link_chars for p in chunk], stopwords, cues)
        for chunk in (X[i : i + ANALYSIS_CHUNK] for i in range(0, max(len(X), 1), ANALYSIS_CHUNK))
    ]
    views = {
        "stats": np.vstack([part.stats for part in parts]),
        "cues": np.vstack([part.cues for part in parts]),
        "ngrams": [grams for part in parts for grams in part.ngrams],
    }
    if cache is not None:
        cache.update(views)
    return views


#: What :func:`text_views` computes and caches, together.
TEXT_VIEWS = frozenset({"stats", "cues", "ngrams"})
#: Cached families (and keyed families, by the key's first part) that read a paragraph's text alone.
TEXT_ONLY_FAMILIES = frozenset({"cues", "ngrams", "words", "topic"})
#: The one column of the statistics that reads more than the text: the share of it inside links.
LINK_COLUMN = STAT_NAMES.index("link_density")


def text_only_cache(cache: dict[object, Any]) -> dict[object, Any]:
    """The entries of a batch's cache that hold for the same paragraphs read as text (no markup, no links).

    Everything but the markup families depends on the text alone, except the statistics'
    link share, which is 0 for a text line: the statistics are copied with that column zeroed,
    every other entry is shared (cached matrices are never written to). The statistics come
    along only with the cue flags and n-grams, since :func:`text_views` computes the three
    together.
    """
    out: dict[object, Any] = {}
    for key in cache_keys(cache):
        family = key[0] if isinstance(key, tuple) else key
        if family in TEXT_ONLY_FAMILIES:
            out[key] = cache[key]
    if "stats" in cache and {"cues", "ngrams"} <= out.keys():
        stats = np.array(cache["stats"], copy=True)
        stats[:, LINK_COLUMN] = 0.0
        out["stats"] = stats
    return out


def word_ngrams(paragraph: Paragraph) -> list[str]:
    """Word unigrams and bigrams (digit runs folded to ``0``); CJK runs give character bigrams."""
    return text_views([paragraph])["ngrams"][0]


def structure_tokens(paragraph: Paragraph) -> list[str]:
    """Tag, parent, landmarks, class/id tokens and depth bucket of a paragraph's element."""
    if not paragraph.tag:
        return ["nomarkup"]
    ancestors = paragraph.ancestors
    parent = ancestors[-2] if len(ancestors) > 1 else "root"
    depth = sum(paragraph.depth > b for b in DEPTH_BUCKETS)
    tokens = [f"tag={paragraph.tag}", f"parent={parent}", f"pair={parent}>{paragraph.tag}", f"depth={depth}"]
    tokens.extend(f"anc={tag}" for tag in set(ancestors))
    tokens.extend(f"near={t}" for t in paragraph.tokens[:INNER_TOKENS])
    tokens.extend(f"tok={t}" for t in set(paragraph.tokens))
    return tokens


def links_token(paragraph: Paragraph) -> str:
    """The paragraph's share of link text, in quarters."""
    return _links_bucket_token(round(paragraph.link_density * LINK_BUCKETS))


def _links_bucket_token(bucket: int) -> str:
    return f"links={bucket}"


def links_matrix(hasher: FeatureHasher, X: Sequence[Paragraph]) -> sparse.csr_matrix:
    """What ``_counts`` gives for each paragraph's :func:`links_token` (none without markup), built from
    the few distinct tokens' columns: one entry per row, instead of a token hashed per paragraph.

    The shares are rounded as ``round`` does (half to even, as ``np.rint``), so the tokens are the same.
    """
    n = len(X)
    tagged = np.fromiter((bool(p.tag) for p in X), dtype=bool, count=n)
    link_chars = np.fromiter((p.link_chars for p in X), dtype=np.float64, count=n)[tagged]
    chars = np.fromiter((len(p.text) for p in X), dtype=np.float64, count=n)[tagged]
    shares = np.divide(link_chars, chars, out=np.zeros_like(chars), where=chars > 0)  # Paragraph.link_density
    buckets, which = np.unique(np.rint(shares * LINK_BUCKETS).astype(np.int64), return_inverse=True)
    columns = _counts(hasher, [[_links_bucket_token(b)] for b in buckets.tolist()]).indices if buckets.size else buckets
    indptr = np.concatenate([[0], np.cumsum(tagged)])
    return sparse.csr_matrix(
        (np.ones(len(which)), columns[which.ravel()].astype(np.int32), indptr.astype(np.int32)),
        shape=(n, hasher.n_features),
    )


def _contexts(X: Sequence[Paragraph]) -> tuple[list[Paragraph], np.ndarray]:
    """One paragraph per distinct element context, and which context each paragraph has (pages repeat them)."""

    def compute() -> tuple[list[Paragraph], np.ndarray]:
        seen: dict[tuple[object, ...], int] = {}
        first: list[Paragraph] = []
        inverse = np.empty(len(X), dtype=np.int64)
        for i, p in enumerate(X):
            key = (p.tag, p.depth, p.ancestors, p.tokens)
            k = seen.get(key)
            if k is None:
                k = seen[key] = len(first)
                first.append(p)
            inverse[i] = k
        return first, inverse

    return cached(X, "contexts", compute)


def _unique_rows(X: Sequence[Paragraph], row: Callable[[Paragraph], Any]) -> tuple[list[Any], np.ndarray]:
    """``row`` of each distinct element context, and which one each paragraph has."""
    first, inverse = _contexts(X)
    return [row(p) for p in first], inverse


def _hasher(n_features: int) -> FeatureHasher:
    return FeatureHasher(n_features=n_features, input_type="pair", alternate_sign=False)


def _counts(hasher: FeatureHasher, token_lists: Iterable[Sequence[str]]) -> sparse.csr_matrix:
    """Hashed counts of each token list: what ``input_type="string"`` gives, with each token paired
    with 1 by ``zip`` in C rather than by a generator per row (a third of the hashing time)."""
    return hasher.transform(zip(tokens, repeat(1)) for tokens in token_lists)


def _unit_rows(X: sparse.csr_matrix) -> sparse.csr_matrix:
    """``X`` (float64 CSR, built here) with every non-empty row scaled to l2 norm 1, in place.

    What ``sklearn.preprocessing.normalize`` does to such a matrix, without its input checks,
    which cost ten times the scaling on a page.
    """
    inplace_csr_row_normalize_l2(X)
    return X


def _hash(token_lists: Sequence[Sequence[str]], n_features: int) -> sparse.csr_matrix:
    return _unit_rows(_counts(_hasher(n_features), token_lists))


def word_matrix(X: Sequence[Paragraph], n_features: int = WORD_HASH_FEATURES) -> sparse.csr_matrix:
    """Hashed word n-gram counts of each paragraph, l2-normalised.

    A smaller space that divides :data:`WORD_HASH_FEATURES` is folded from the full one
    (hash mod a power of two), so the words are hashed once per batch whatever the size.
    """
    if n_features == WORD_HASH_FEATURES or WORD_HASH_FEATURES % n_features:
        return cached(X, ("words", n_features), lambda: _hash(text_views(X)["ngrams"], n_features))

    def fold() -> sparse.csr_matrix:
        full = word_matrix(X)  # cached: the folded copy must not share its arrays
        shape = (full.shape[0], n_features)
        folded = sparse.csr_matrix((full.data, full.indices % n_features, full.indptr), shape=shape, copy=True)
        folded.sum_duplicates()  # two hashes that fold onto one column add up
        return _unit_rows(folded)

    return cached(X, ("words", n_features), fold)


def topic_words(ngrams: list[str], stopwords: frozenset[str]) -> list[str]:
    """The distinct words of a paragraph that say what it is about: no stopwords, numbers or bigrams."""
    words = (g for g in tokens_of(ngrams) if len(g) >= MIN_TOPIC_WORD and g not in stopwords and not g.isdigit())
    return list(dict.fromkeys(words))


def topic_matrix(X: Sequence[Paragraph], n_features: int = TOPIC_HASH_FEATURES) -> sparse.csr_matrix:
    """Hashed topic words of each paragraph (0/1), l2-normalised: rows whose dot product is a cosine."""

    def compute() -> sparse.csr_matrix:
        stopwords = stopword_set()
        return _hash([topic_words(grams, stopwords) for grams in text_views(X)["ngrams"]], n_features)

    return cached(X, ("topic", n_features), compute)


def prefix_matrix(
    X: Sequence[Paragraph], length: int = PREFIX_LENGTH, n_features: int = PREFIX_HASH_FEATURES
) -> sparse.csr_matrix:
    """Hashed prefixes of the words longer than ``length``, l2-normalised: the start that the forms of
    a word share ("abonnés", "abonnez" and "Abonnenten"; "suscriptores" and "suscríbete").

    Only words of letters alone: a word with a vowel sign (Devanagari "मुफ़्त") or a digit has none,
    as a cut after ``length`` code points falls inside a syllable there.
    """

    def compute() -> sparse.csr_matrix:
        grams = text_views(X)["ngrams"]
        prefixes = [[f"p:{w[:length]}" for w in tokens_of(g) if len(w) > length and w.isalpha()] for g in grams]
        return _hash(prefixes, n_features)

    return cached(X, ("prefix", length, n_features), compute)


#: The keyed text-only families, by the function that computes one (the key's other parts are its arguments).
ROW_FAMILIES: dict[str, Callable[..., sparse.csr_matrix]] = {"words": word_matrix, "topic": topic_matrix}


def carry_rows(source: dict[object, Any], target: Sequence[Paragraph], rows: Sequence[int | None]) -> dict[object, Any]:
    """The text-only entries of a batch cache (:func:`text_only_cache`) for other paragraphs, row by row.

    Paragraph ``i`` of ``target`` reads as row ``rows[i]`` of the batch ``source`` was computed
    for, or is new (``None``): a run of text lines joined into one (:mod:`.rejoin`). Every
    such entry is computed from each paragraph's text alone, so the rows are copied and
    only the new paragraphs' rows are computed.
    """
    entries = text_only_cache(source)
    kept_at = [i for i, row in enumerate(rows) if row is not None]
    kept_rows = [row for row in rows if row is not None]
    new_at = [i for i, row in enumerate(rows) if row is None]
    if not new_at:
        return {key: cache_rows(value, kept_rows) for key, value in entries.items()}
    fresh = [target[i] for i in new_at]
    computed: dict[object, Any] = dict(text_views(fresh)) if entries.keys() & TEXT_VIEWS else {}
    for key in entries:
        if isinstance(key, tuple):
            computed[key] = ROW_FAMILIES[key[0]](fresh, *key[1:])
    return {
        key: _interleave(cache_rows(value, kept_rows), computed[key], kept_at, new_at) for key, value in entries.items()
    }


def _interleave(kept: Any, new: Any, kept_at: list[int], new_at: list[int]) -> Any:
    """Rows ``kept`` at positions ``kept_at`` and ``new`` at ``new_at``, in position order."""
    if isinstance(kept, list):
        out: list[Any] = [None] * (len(kept_at) + len(new_at))
        for at, row in zip(kept_at + new_at, kept + new, strict=True):
            out[at] = row
        return out
    order = np.argsort(np.asarray(kept_at + new_at, dtype=np.int64))  # a permutation: no ties
    if sparse.issparse(kept):
        return sparse.vstack([kept, new], format="csr")[order]
    return np.concatenate([kept, new])[order]


def markup_matrix(X: Sequence[Paragraph], n_features: int = MARKUP_HASH_FEATURES) -> sparse.csr_matrix:
    """Hashed markup tokens of each paragraph, l2-normalised."""

    def compute() -> sparse.csr_matrix:
        hasher = _hasher(n_features)
        rows, inverse = _unique_rows(X, structure_tokens)
        counts = _counts(hasher, rows)[inverse]
        links = links_matrix(hasher, X)
        return _unit_rows(counts + links)

    return cached(X, ("markup", n_features), compute)


SHAPE_NAMES = STAT_NAMES

#: Shape columns copied from neighbours: the ones that tell prose from UI text.
NEIGHBOUR_COLUMNS = tuple(
    SHAPE_NAMES.index(name)
    for name in (
        "log_chars",
        "log_words",
        "ends_sentence",
        "link_density",
        "stopword_density",
        "capitalised_ratio",
        "log_sentences",
    )
)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _token_cues(token: str) -> int:
    """Bit ``i`` set when ``TOKEN_CUES[i]`` is a substring of the class/id token."""
    return sum(1 << i for i, cue in enumerate(TOKEN_CUES) if cue in token)


def forget_tokens() -> None:
    """Forget the remembered class and id tokens' container cues (:data:`TOKEN_CACHE_SIZE`)."""
    _token_cues.cache_clear()


def _cue_mask(tokens: Sequence[str]) -> int:
    mask = 0
    for token in tokens:
        mask |= _token_cues(token)
    return mask


def _markup_row(p: Paragraph) -> list[float | int]:
    """Heading/p/depth, landmark flags, then the container-cue bit masks of all and of the innermost tokens."""
    if not p.tag:
        return [0.0] * (3 + len(LANDMARK_TAGS)) + [0, 0]
    ancestors = set(p.ancestors)
    head = [float(p.tag in HEADING_TAGS), float(p.tag == "p"), p.depth / 32.0]
    landmarks = [float(tag in ancestors) for tag in LANDMARK_TAGS]
    return [*head, *landmarks, _cue_mask(p.tokens), _cue_mask(p.tokens[:INNER_TOKENS])]


def markup_flags(X: Sequence[Paragraph]) -> np.ndarray:
    """Dense markup features: heading/p/depth, landmarks, and per container cue 0-2 (all tokens + innermost)."""
    rows, inverse = _unique_rows(X, _markup_row)
    dense = np.asarray([row[:-2] for row in rows], dtype=np.float64).reshape(len(rows), 3 + len(LANDMARK_TAGS))
    masks = np.asarray([row[-2:] for row in rows], dtype=np.int64).reshape(len(rows), 2)
    bits = np.arange(len(TOKEN_CUES), dtype=np.int64)
    cues = ((masks[:, :1] >> bits) & 1) + ((masks[:, 1:] >> bits) & 1)
    return np.hstack([dense, cues.astype(np.float64)])[inverse]


def shape_matrix(X: Sequence[Paragraph], *, markup: bool) -> np.ndarray:
    """Dense per-paragraph statistics and cue flags (and markup flags when ``markup``)."""

    def compute() -> np.ndarray:
        views = text_views(X)
        parts = [views["stats"], views["cues"]]
        if markup:
            parts.append(markup_flags(X))
        return np.hstack(parts)

    return cached(X, ("shape", markup), compute)


def position_matrix(X: Sequence[Paragraph]) -> np.ndarray:
    """Where each paragraph sits in its page."""
    out = np.zeros((len(X), 4))
    for start, end in page_bounds(X):
        n = end - start
        idx = np.arange(n, dtype=np.float64)
        out[start:end, 0] = idx / max(n - 1, 1)
        out[start:end, 1] = np.log1p(idx)
        out[start:end, 2] = np.log1p(n - 1 - idx)
        out[start:end, 3] = math.log1p(n)
    return out


def repeat_matrix(X: Sequence[Paragraph]) -> np.ndarray:
    """How often a paragraph's exact text came earlier in its page, and how often it occurs there in all."""
    out = np.zeros((len(X), 2))
    for start, end in page_bounds(X):
        ids: dict[str, int] = {}  # each distinct text numbered in order of first sight
        texts = np.fromiter((ids.setdefault(p.text, len(ids)) for p in X[start:end]), dtype=np.int64, count=end - start)
        counts = np.bincount(texts)
        # in a stable sort, a text's copies stand in page order from where its run starts
        order = np.argsort(texts, kind="stable")
        run_start = np.cumsum(counts) - counts
        out[start + order, 0] = np.arange(end - start) - run_start[texts[order]]
        out[start:end, 1] = counts[texts] - 1
    return np.log1p(out)


def shift_within_pages(values: np.ndarray, X: Sequence[Paragraph], offset: int) -> np.ndarray:
    """``values`` moved by ``offset`` rows inside each page; NaN where the page ends."""
    out = np.full_like(values, np.nan, dtype=np.float64)
    for start, end in page_bounds(X):
        n = end - start
        if abs(offset) >= n:
            continue
        if offset > 0:
            out[start : end - offset] = values[start + offset : end]
        else:
            out[start - offset : end] = values[start : end + offset]
    return out


class Concat(FeatureUnion, auto_wrap_output_keys=None):
    """``FeatureUnion`` whose ``transform`` calls its parts in turn and stacks their outputs.

    A page is small: joblib dispatch and pandas-output wrapping cost more than the work.
    Fitting is FeatureUnion's own (no weights, no ``"drop"``/``"passthrough"`` parts).
    """

    def transform(self, X: Sequence[Paragraph]) -> Any:  # type: ignore[override]
        outputs = [_transform(transformer, X) for _, transformer in self.transformer_list]
        if any(sparse.issparse(o) for o in outputs):
            # all-CSR blocks take SciPy's fast path (no COO round trip)
            return sparse.hstack(
                [sparse.csr_matrix(o) if sparse.issparse(o) else dense_csr(o) for o in outputs], format="csr"
            )
        return np.hstack(outputs)


def dense_csr(X: np.ndarray) -> sparse.csr_matrix:
    """``sparse.csr_matrix(X)`` for a 2-D array: the same arrays, found in one pass over the flat array
    instead of SciPy's round trip through COO (its 2-D ``nonzero`` is the cost: half of it per page)."""
    X = np.asarray(X)
    flat = np.flatnonzero(X)
    indptr = np.zeros(X.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.count_nonzero(X, axis=1), out=indptr[1:])
    return sparse.csr_matrix((X.ravel()[flat], flat % X.shape[1], indptr), shape=X.shape)


def _transform(transformer: Any, X: Sequence[Paragraph]) -> Any:
    """``transformer.transform(X)``; a pipeline ending in a fitted ``MaxAbsScaler`` divides dense
    output by its scale directly: the same division, without the per-call validation that costs
    more than the shape features themselves (0.3 ms against 0.02 per page)."""
    if not (isinstance(transformer, Pipeline) and isinstance(transformer.steps[-1][1], MaxAbsScaler)):
        return transformer.transform(X)
    out = X
    for _, step in transformer.steps[:-1]:
        out = step.transform(out)
    scaler = transformer.steps[-1][1]
    return out / scaler.scale_ if isinstance(out, np.ndarray) else scaler.transform(out)


class _Stateless(TransformerMixin, BaseEstimator):
    """A transformer with nothing to learn."""

    def fit(self, X: Sequence[Paragraph], y: object = None, **fit_params: object) -> _Stateless:
        return self

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        return tags


class WordFeatures(_Stateless):
    """Hashed word unigrams and bigrams of each paragraph (CJK: character bigrams), l2-normalised."""

    def __init__(self, n_features: int = WORD_HASH_FEATURES) -> None:
        self.n_features = n_features

    def transform(self, X: Sequence[Paragraph]) -> sparse.csr_matrix:
        return word_matrix(X, self.n_features)


class PrefixFeatures(_Stateless):
    """Hashed word prefixes of each paragraph (see :func:`prefix_matrix`), l2-normalised."""

    def __init__(self, length: int = PREFIX_LENGTH, n_features: int = PREFIX_HASH_FEATURES) -> None:
        self.length = length
        self.n_features = n_features

    def transform(self, X: Sequence[Paragraph]) -> sparse.csr_matrix:
        return prefix_matrix(X, self.length, self.n_features)


class MarkupFeatures(_Stateless):
    """Hashed markup tokens of each paragraph (tag, parent, landmarks, class/id tokens), l2-normalised."""

    def __init__(self, n_features: int = MARKUP_HASH_FEATURES) -> None:
        self.n_features = n_features

    def transform(self, X: Sequence[Paragraph]) -> sparse.csr_matrix:
        return markup_matrix(X, self.n_features)


class CueFeatures(_Stateless):
    """The cue lexicon's per-kind flags, times ``weight``; with ``opening``, the opening-cue flags too."""

    def __init__(self, weight: float = 1.0, opening: bool = True) -> None:
        self.weight = weight
        self.opening = opening

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        cues = text_views(X)["cues"]
        return (cues if self.opening else cues[:, : cues.shape[1] // 2]) * self.weight


class ShapeFeatures(_Stateless):
    """Dense statistics and cue flags of each paragraph, and its markup flags when ``markup``."""

    def __init__(self, markup: bool = True) -> None:
        self.markup = markup

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        return shape_matrix(X, markup=self.markup)


class ContextFeatures(_Stateless):
    """A paragraph's shape features, its neighbours', its position in the page and whether its text repeats."""

    def __init__(self, markup: bool = True, offsets: tuple[int, ...] = CONTEXT_OFFSETS) -> None:
        self.markup = markup
        self.offsets = offsets

    def transform(self, X: Sequence[Paragraph]) -> np.ndarray:
        def compute() -> np.ndarray:
            own = shape_matrix(X, markup=self.markup)
            key = own[:, NEIGHBOUR_COLUMNS]
            parts = [own, position_matrix(X), repeat_matrix(X)]
            parts.extend(shift_within_pages(key, X, offset) for offset in self.offsets)
            return np.hstack(parts)

        # the text model's second and third stages both read them (callers stack copies)
        return cached(X, ("context", self.markup, self.offsets), compute)
