"""Evaluation measures: page-level shingle F1, snippet F1, paragraph P/R/F1."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

TOKEN = re.compile(r"\w+")
WS = re.compile(r"\s+")
SHINGLE = 4
#: Resamples of the pages and the two-sided confidence of :func:`paired_difference`.
BOOTSTRAP_SAMPLES = 2000
CONFIDENCE = 0.95


def canonical(text: str) -> str:
    """``text`` in Unicode normal form C, lower-cased: canonically equivalent spellings compare equal
    (a Bengali ড় is one code point in one page and ড + nukta in its truth; trafilatura writes NFC)."""
    return (text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)).lower()


def tokens(text: str) -> list[str]:
    """The ``\\w+`` runs of ``text``, canonical (every system's output and the truth alike)."""
    return TOKEN.findall(canonical(text))


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """``size``-token shingles of ``\\w+`` runs, with multiplicity (a shorter text is one shingle)."""
    return _grams(tokens(text), size)


def _grams(toks: list[str], size: int) -> Counter[tuple[str, ...]]:
    if len(toks) < size:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    """tp, fp, fn of one page, normalised to sum 1 (both empty: a perfect page).

    Shingles have 4 tokens; when the output or the truth has fewer, both are cut into shingles of
    that many, so a three-word truth found in the output counts as found.
    """
    pred_tokens, gold_tokens = tokens(predicted), tokens(truth)
    size = min(SHINGLE, len(pred_tokens), len(gold_tokens)) if pred_tokens and gold_tokens else SHINGLE
    pred, gold = _grams(pred_tokens, size), _grams(gold_tokens, size)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    return (1.0, 0.0, 0.0) if total == 0 else (tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "pages": self.pages,
        }


def _prf(tp: float, fp: float, fn: float, pages: int) -> Score:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, pages)


def shingle_f1(counts: Sequence[tuple[float, float, float]]) -> Score:
    """Precision and recall from page-averaged normalised counts, F1 from the two.

    Each page's tp, fp and fn are normalised to sum 1 and averaged over pages; precision is the
    mean tp over the mean tp + fp, recall the mean tp over the mean tp + fn. Every page weighs the
    same whatever its length (the normalisation), and a page a system returns nothing for still
    costs it recall (a mean of per-page precisions would have no value to take for that page).
    """
    n = len(counts)
    if not n:
        return Score(0.0, 0.0, 0.0, 0)
    tp, fp, fn = (sum(c[i] for c in counts) / n for i in range(3))
    return _prf(tp, fp, fn, n)


def norm(text: str) -> str:
    """``text`` canonical, with white-space runs one space: what snippets are looked up in."""
    return WS.sub(" ", canonical(text)).strip()


def unspaced(text: str) -> str:
    """``text`` canonical, without white space: what a snippet is looked up in, and as."""
    return WS.sub("", canonical(text))


def snippet_counts(predicted: str, with_: Sequence[str], without: Sequence[str]) -> tuple[int, int, int, int]:
    """tp (with found), fn (with missing), fp (without found), tn (without absent).

    White space does not count: a truth written without the breaks between paragraphs (goose3's
    Korean page joins them with nothing, "전문가다.“시험인증") is found in a text that has them."""
    text = unspaced(predicted)
    found_with = sum(unspaced(s) in text for s in with_ if s.strip())
    found_without = sum(unspaced(s) in text for s in without if s.strip())
    n_with = sum(1 for s in with_ if s.strip())
    n_without = sum(1 for s in without if s.strip())
    return found_with, n_with - found_with, found_without, n_without - found_without


def snippet_score(counts: Sequence[tuple[int, int, int, int]]) -> tuple[Score, float]:
    """Snippet F1 (with found = tp, without found = fp) and snippet accuracy."""
    tp = sum(c[0] for c in counts)
    fn = sum(c[1] for c in counts)
    fp = sum(c[2] for c in counts)
    tn = sum(c[3] for c in counts)
    total = tp + fn + fp + tn
    return _prf(tp, fp, fn, len(counts)), ((tp + tn) / total if total else 0.0)


def paragraph_prf(predicted: Sequence[int], gold: Sequence[int | None]) -> Score:
    """Paragraph-level precision/recall/F1 of the content class, on labelled paragraphs."""
    pairs = [(p, g) for p, g in zip(predicted, gold, strict=True) if g is not None]
    tp = sum(1 for p, g in pairs if p == 1 and g == 1)
    fp = sum(1 for p, g in pairs if p == 1 and g == 0)
    fn = sum(1 for p, g in pairs if p == 0 and g == 1)
    return _prf(tp, fp, fn, len(pairs))


def _f1_of_totals(totals: np.ndarray) -> np.ndarray:
    """F1 of rows of summed (tp, fp, fn, ...) counts: 2tp / (2tp + fp + fn), 0 without a true positive."""
    tp, fp, fn = totals[..., 0], totals[..., 1], totals[..., 2]
    denominator = 2 * tp + fp + fn
    return np.divide(2 * tp, denominator, out=np.zeros_like(tp, dtype=np.float64), where=tp > 0)


def paired_difference(
    a: Sequence[Sequence[float]],
    b: Sequence[Sequence[float]],
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = 0,
) -> dict[str, float]:
    """F1 of system ``a`` minus F1 of system ``b`` on the same pages, with a paired bootstrap interval.

    ``a`` and ``b`` hold one row per page, in the same page order: ``page_counts`` (tp, fp, fn)
    or ``snippet_counts`` (tp, fn, fp, tn, reordered here). Both F1s are of the counts summed over
    pages, as :func:`shingle_f1` and :func:`snippet_score` compute them. Pages are resampled with
    replacement, the same pages for both systems, so the interval says how much the difference
    depends on which pages the split happened to hold (not how a retrained model would vary).
    """
    if len(a) != len(b):
        raise ValueError("the two systems must be scored on the same pages")
    if not len(a):
        return {"difference": 0.0, "low": 0.0, "high": 0.0}
    a_rows, b_rows = _as_tp_fp_fn(a), _as_tp_fp_fn(b)
    difference = float(_f1_of_totals(a_rows.sum(axis=0)) - _f1_of_totals(b_rows.sum(axis=0)))
    pages = np.random.default_rng(seed).integers(0, len(a_rows), size=(samples, len(a_rows)))
    resampled = _f1_of_totals(a_rows[pages].sum(axis=1)) - _f1_of_totals(b_rows[pages].sum(axis=1))
    tail = (1 - CONFIDENCE) / 2 * 100
    low, high = np.percentile(resampled, [tail, 100 - tail])
    return {"difference": round(difference, 4), "low": round(float(low), 4), "high": round(float(high), 4)}


def _as_tp_fp_fn(rows: Sequence[Sequence[float]]) -> np.ndarray:
    array = np.asarray(rows, dtype=np.float64).reshape(len(rows), -1)
    if array.shape[1] == len(("tp", "fn", "fp", "tn")):  # snippet counts
        return array[:, [0, 2, 1]]
    return array
