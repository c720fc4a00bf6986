"""Whole pages of invented publishers (``datasets/unseen/``): how the model does on sites it never saw.

No training step reads these pages. Each has truth per visible block (content, chrome, or
ambiguous); the blocks before the story's first long paragraph (headline, bylines, dates) count
as ambiguous too, since the corpora disagree on them and the model follows the corpora. Scored
in HTML mode and as the page's blocks dumped one per line (text mode): page-level shingle F1
against the story's body, the share of chrome blocks kept and of body blocks dropped, how
often the chrome blocks the model drops get their kind right and how often the page's paywall
verdict is; and the competing extractors' F1 on the same pages when they are installed.

A truth file's ``chrome_kinds`` gives the kind of each chrome block, in the page's order (one of
``kinds.KINDS``, hand-labelled by the box each block belongs to: a plan list's button is
``pricing``, a "Most read" box's headlines ``related``).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from service.core.kinds import KIND_STAGE, WALL_KIND
from service.core.parse import parse_html
from service.core.recalibrate import ScoreMap, mapped
from service.core.segment import segment_tree
from service.core.types import Paragraph

from .calibration import labelled_scores, reliability
from .evaluate import THRESHOLD, both_modes, content_text
from .extractors import html_extractors
from .leakage import dropped_kinds, flagged, kinds_by_kind
from .metrics import page_counts, shingle_f1

UNSEEN_DIR = Path(__file__).resolve().parent.parent / "datasets" / "unseen" / "pages"
#: Pages in languages and scripts no training page holds, for tuning (``datasets/foreign/``): read as the
#: unseen pages are (:func:`load_unseen`), and read page by page as freely as the dev split.
FOREIGN_DIR = UNSEEN_DIR.parent.parent / "foreign" / "pages"
#: Whole pages by other hands in the languages and genres the model is judged on, for tuning
#: (``datasets/probes/``): read as the unseen pages are, and page by page as freely as the dev split.
PROBES_DIR = UNSEEN_DIR.parent.parent / "probes" / "pages"
#: A story's body starts at its first block of at least this many words or characters.
BODY_WORDS = 20
BODY_CHARS = 100


@dataclass(frozen=True)
class UnseenPage:
    name: str
    lang: str
    html: bytes
    paragraphs: list[Paragraph]
    #: Per paragraph: 1 body content, 0 chrome, None ambiguous (or before the body).
    labels: list[int | None]
    body: str
    #: Per paragraph: the kind of a chrome paragraph (None for the others, and for every paragraph of a
    #: page whose truth gives no kinds).
    kinds: list[str | None]


def body_start(content: Sequence[str]) -> int:
    """Index of the first content block long enough to be the story's body."""
    long = (i for i, text in enumerate(content) if len(text.split()) >= BODY_WORDS or len(text) >= BODY_CHARS)
    return next(long, 0)


def _label(text: str, body: set[str], chrome: set[str], unclear: set[str]) -> int | None:
    if text in unclear:
        return None
    return 1 if text in body else 0 if text in chrome else None


def load_unseen(directory: Path = UNSEEN_DIR) -> list[UnseenPage]:
    """The pages with their paragraphs labelled from the truth files."""
    pages = []
    for path in sorted(directory.glob("*.html")):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        content = truth["content"]
        start = body_start(content)
        body, chrome = set(content[start:]), set(truth["chrome"])
        unclear = set(truth.get("ambiguous", [])) | set(content[:start]) | (body & chrome)
        data = path.read_bytes()
        paragraphs = segment_tree(parse_html(data), source=path.stem).paragraphs
        labels = [_label(p.text, body, chrome, unclear) for p in paragraphs]
        kinds = chrome_kinds(labels, truth.get("chrome_kinds"), path)
        pages.append(UnseenPage(path.stem, truth["lang"], data, paragraphs, labels, "\n".join(content[start:]), kinds))
    return pages


def chrome_kinds(labels: Sequence[int | None], kinds: Sequence[str] | None, path: Path) -> list[str | None]:
    """Each chrome paragraph's kind from ``kinds`` (one per chrome paragraph, in order), None for the others;
    all None without ``kinds``. A list that does not give one kind per chrome paragraph is an error."""
    if kinds is None:
        return [None] * len(labels)
    rows = [i for i, label in enumerate(labels) if label == 0]
    if len(rows) != len(kinds):
        raise ValueError(f"{path}: chrome_kinds has {len(kinds)} kinds for {len(rows)} chrome blocks")
    out: list[str | None] = [None] * len(labels)
    for row, kind in zip(rows, kinds, strict=True):
        out[row] = kind
    return out


def page_blocks(data: bytes) -> list[str]:
    """The blocks of a page as the segmenter cuts them: what a truth file's three lists must hold."""
    return [p.text for p in segment_tree(parse_html(data)).paragraphs]


def truth_mismatch(path: Path) -> tuple[list[str], list[str]]:
    """For ``NAME.html`` and its ``NAME.truth.json``: the truth's blocks the page does not show, and the
    page's blocks the truth does not hold (both empty when every block is labelled once)."""
    truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    seen = Counter(page_blocks(path.read_bytes()))
    wanted = Counter(truth["content"] + truth["chrome"] + truth.get("ambiguous", []))
    return list((wanted - seen).elements()), list((seen - wanted).elements())


def unseen_checksum(directory: Path = UNSEEN_DIR) -> str:
    """sha256 over the pages and their truth files (the gate pins it with the rest of its data)."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.*")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _rates(pages: Sequence[UnseenPage], scores: Sequence[np.ndarray]) -> dict[str, float | int]:
    kept = chrome = dropped = body = 0
    for page, page_scores in zip(pages, scores, strict=True):
        for label, score in zip(page.labels, page_scores, strict=True):
            if label == 0:
                chrome += 1
                kept += score >= THRESHOLD
            elif label == 1:
                body += 1
                dropped += score < THRESHOLD
    return {
        "chrome": chrome,
        "chrome_kept": round(kept / chrome, 4) if chrome else 0.0,
        "body": body,
        "body_dropped": round(dropped / body, 4) if body else 0.0,
    }


def unseen_report(
    pipelines: dict[str, Pipeline],
    pages: Sequence[UnseenPage] | None = None,
    *,
    competitors: bool = True,
    score_maps: Mapping[str, ScoreMap] | None = None,
) -> dict[str, Any] | None:
    """F1, paragraph rates and calibration (after ``score_maps``) of both modes, and the extractors'
    F1, on the unseen pages; None without pages."""
    pages = load_unseen() if pages is None else pages
    if not pages:
        return None
    html, text = both_modes(pipelines, [p.paragraphs for p in pages], [False] * len(pages))
    report: dict[str, Any] = {"pages": len(pages), "languages": len({p.lang for p in pages})}
    maps = score_maps or {}
    for mode, scores in (("html", html), ("text", text)):
        counts = [page_counts(content_text(p.paragraphs, s), p.body) for p, s in zip(pages, scores, strict=True)]
        scored, labels = labelled_scores([p.labels for p in pages], [mapped(maps, mode, s) for s in scores])
        ece = reliability(scored, labels)["ece"] if scored else 0.0
        report[mode] = {"f1": round(shingle_f1(counts).f1, 4), **_rates(pages, scores), "ece": ece}
        if KIND_STAGE in pipelines:
            report[mode].update(chrome_readings(pipelines[KIND_STAGE], pages, scores, text=mode == "text"))
    if competitors:
        for name, extract in html_extractors().items():
            counts = [page_counts(extract(p.html.decode("utf-8"), p.lang), p.body) for p in pages]
            report[name] = {"f1": round(shingle_f1(counts).f1, 4)}
    return report


def chrome_readings(
    pipeline: Pipeline, pages: Sequence[UnseenPage], scores: Sequence[np.ndarray], *, text: bool
) -> dict[str, Any]:
    """What the model reads in the chrome it drops (its ``scores`` under the threshold), as ``classify`` reads
    it (each page's chrome paragraphs together, the page's markup in HTML mode, none with ``text``), against
    the kinds the truth gives: how often a block's kind is right, each kind's precision and recall, and the
    page's paywall verdict against whether the page shows a paywall (a chrome block of kind ``paywall``)."""
    truth: list[str] = []
    guessed: list[str] = []
    verdicts: Counter[tuple[bool, bool]] = Counter()
    for page, page_scores in zip(pages, scores, strict=True):
        rows, guesses = dropped_kinds(pipeline, page.paragraphs, page_scores, text=text)
        for row, guess in zip(rows, guesses, strict=True):
            if (kind := page.kinds[row]) is not None:
                truth.append(kind)
                guessed.append(guess.kind)
        if any(kind is not None for kind in page.kinds):
            verdicts[WALL_KIND in page.kinds, flagged(page_scores, rows, guesses)] += 1
    right = sum(t == g for t, g in zip(truth, guessed, strict=True))
    return {
        "kinds": {
            "accuracy": round(right / len(truth), 4) if truth else 0.0,
            "lines": len(truth),
            "by_kind": kinds_by_kind(truth, guessed),
        },
        "paywall": {
            "pages_with_wall": verdicts[True, True] + verdicts[True, False],
            "detected": verdicts[True, True],
            "pages_without": verdicts[False, True] + verdicts[False, False],
            "flagged_without": verdicts[False, True],
        },
    }
