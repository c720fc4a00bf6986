"""Chrome leakage, chrome kinds and paywall detection, measured with the held-out chrome library.

Held-out blocks (never seen in training) are injected into real test articles, in HTML
(inside and after the article container) and as text lines; an injected paragraph that
reaches ``content_text`` has leaked. The same is measured with the blocks inside the article
only, half of them flat (set in the article's own markup), on the whole page and on the
article container alone, as HTML extractors return it; and with a subscription wall (a paywall
notice, then plans or a log-in prompt) set in the middle of the story, which goes on after it,
as a soft paywall leaves the page. Held-out lone lines (``datasets/lone/``)
are set alone between the article's paragraphs: how many chrome sentences are kept, and how many
content lines of the same shape are dropped; and so are lines written by other hands
(``datasets/other_hands/``), which neither the library's authors nor the rules' saw.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from lxml import etree
from sklearn.pipeline import Pipeline

from service.core.kinds import KIND_STAGE, MIN_KIND_SCORE, OTHER, PAYWALL_THRESHOLD, KindGuess, guess_kinds, wall_score
from service.core.parse import ParsedPage, parse_html
from service.core.scoring import fast_predict, text_only
from service.core.segment import normalize, segment_tree
from service.core.types import Batch, Paragraph

from .align import CONTENT
from .augment import (
    anchor_elements,
    container_html,
    content_container,
    inject,
    inject_content,
    inject_wall,
    injected_texts,
    wall_blocks,
)
from .chrome import ChromeBlock, LoneLine, LoneLines, in_language, load_library
from .dataset import PreparedPage
from .evaluate import THRESHOLD, both_modes, content_text
from .metrics import page_counts, shingle_f1

#: Blocks injected into each test page, and the seed salt.
BLOCKS_PER_PAGE = 3
SALT = "leakage-v1"
#: Where blocks go for the ``page`` measure, around and inside the article (training's mix when
#: the measure was set; kept apart from it, so that a change to training cannot move the measure).
PAGE_POSITIONS = {"after_last": 0.4, "container_end": 0.2, "inside": 0.25, "before_first": 0.15}
#: Where blocks go for the ``inside`` and ``container`` measures: inside the article container.
CONTAINER_POSITIONS = {"inside": 0.6, "container_end": 0.4}
#: Share of those blocks that go in flat: bare paragraphs beside the article's, no wrapper.
CONTAINER_FLAT = 0.5
#: How the blocks are placed: around the article, wrapped (``page``); inside it, half flat, on the
#: whole page (``inside``) or on the article container cut out of it (``container``).
PLACEMENTS = ("page", "inside", "container")
#: The ``wall`` measure: a held-out subscription wall set after one of the article's paragraphs,
#: at least this many of them after it, each of its blocks bare lines with this probability.
WALL_MIN_AFTER = 2
WALL_FLAT = 0.5
#: Held-out lone lines set into each test page, each alone after a random paragraph of the article.
#: Salts of the draws of :func:`lone_page`: the lone lines' and the other hands' places and lines.
LONE_SALT, OTHER_HANDS_SALT = "lone", "other-hands"
LONE_CHROME_PER_PAGE = 2
LONE_CONTENT_PER_PAGE = 1


@dataclass
class InjectedPage:
    paragraphs: list[Paragraph]
    injected: dict[str, ChromeBlock]
    """Normalised injected line → its block."""
    article_text: str
    has_wall: bool
    key: str
    """The key of the page the blocks went into."""
    fragment: bool = False
    """Only the article container, cut out of the page (scored as ``classify`` scores a fragment)."""


def _rng(key: str) -> random.Random:
    return random.Random(int(hashlib.sha256(f"{SALT}:{key}".encode()).hexdigest()[:12], 16))


def _article_anchors(page: PreparedPage) -> tuple[ParsedPage | None, list[etree._Element]]:
    """The page parsed again, and the elements of its content paragraphs (none without its HTML)."""
    if page.html is None:
        return None, []
    parsed = parse_html(page.html)
    paths = [p.path for p, label in zip(page.paragraphs, page.labels, strict=True) if label == CONTENT]
    return parsed, anchor_elements(parsed.root, paths) if parsed.root is not None else []


def inject_page(page: PreparedPage, blocks: Sequence[ChromeBlock], placement: str = "page") -> InjectedPage | None:
    """The page with held-out blocks injected around its content, or None when it has no content.

    ``placement`` (one of :data:`PLACEMENTS`): ``inside`` and ``container`` put the blocks inside
    the article container, half of them flat (see :func:`~training.augment.flat_lines`);
    ``container`` then keeps only the container, parsed again as a fragment (the whole page
    when its content has no container of its own).
    """
    if placement not in PLACEMENTS:
        raise ValueError(f"placement must be one of {PLACEMENTS}, not {placement!r}")
    if page.article_text is None:
        return None
    parsed, anchors = _article_anchors(page)
    if parsed is None or not anchors:
        return None
    rng = _rng(page.key)
    chosen = rng.sample(list(blocks), min(BLOCKS_PER_PAGE, len(blocks)))
    tree = parsed
    if placement == "page":
        inject(parsed.root, anchors, chosen, rng, PAGE_POSITIONS)
    else:
        inject(parsed.root, anchors, chosen, rng, CONTAINER_POSITIONS, flat=CONTAINER_FLAT)
    if placement == "container":
        cut = content_container(anchors)
        tree = parse_html(container_html(cut)) if cut is not None else parsed
    return _injected(page, page.article_text, tree, chosen, has_wall=any(b.kind == "paywall" for b in chosen))


@cache
def seen_in_training() -> frozenset[str]:
    """The training library's lines: a held-out line word for word among them (a short button or
    label, "Sign in") is no unseen chrome, so it is injected with its block but not counted."""
    return frozenset(normalize(line) for block in load_library(split="train") for line in block.lines)


def _injected(
    page: PreparedPage, article_text: str, tree: ParsedPage, blocks: Sequence[ChromeBlock], *, has_wall: bool
) -> InjectedPage:
    """``page`` segmented again from ``tree``, into which ``blocks`` went. The injected lines counted
    are those of no training block (:func:`seen_in_training`) and not already on the page."""
    skip = seen_in_training() | {p.text for p in page.paragraphs}
    texts = {line: block for block in blocks for line in injected_texts([block]) if line not in skip}
    segmentation = segment_tree(tree, source=page.site)
    return InjectedPage(segmentation.paragraphs, texts, article_text, has_wall, page.key, segmentation.fragment)


def wall_page(page: PreparedPage, blocks: Sequence[ChromeBlock]) -> InjectedPage | None:
    """The page with a held-out subscription wall set mid-story (:func:`~training.augment.inject_wall`),
    or None when the page has no article, or one too short to go on after a wall."""
    if page.article_text is None:
        return None
    parsed, anchors = _article_anchors(page)
    if parsed is None:
        return None
    rng = _rng(f"wall:{page.key}")
    wall = wall_blocks(blocks, rng)
    if not inject_wall(parsed.root, anchors, wall, rng, WALL_MIN_AFTER, WALL_FLAT):
        return None
    return _injected(page, page.article_text, parsed, wall, has_wall=True)


def wall_report(
    pipelines: dict[str, Pipeline],
    pages: Sequence[PreparedPage],
    heldout: Sequence[ChromeBlock],
    clean: CleanPages,
) -> dict[str, Any]:
    """A held-out wall mid-story (:func:`wall_page`), each mode: the wall's lines kept, the article
    kept (``undisturbed``) and, of it, the part after the wall (``after_wall``); and the share of these
    pages whose ``paywall`` object says so (``paywall_detected``; ``paywall_detected_text`` in text mode)."""
    placed = [ip for page in pages if (ip := wall_page(page, heldout)) is not None]
    scores = _mode_scores(pipelines, placed)
    report: dict[str, Any] = {"pages": len(placed)}
    for mode in ("html", "text"):
        report[mode] = (
            _leaks(placed, scores[mode], by_group=False)
            | undisturbed(placed, scores[mode], clean.kept[mode])
            | {"after_wall": undisturbed(placed, scores[mode], clean.kept[mode], after_chrome=True)["undisturbed"]}
        )
    if KIND_STAGE in pipelines:
        wall = paywall_report(pipelines[KIND_STAGE], placed, scores["html"], clean.flagged["html"])
        report["paywall_detected"] = wall["recall"]
        text = paywall_report(pipelines[KIND_STAGE], placed, scores["text"], clean.flagged["text"], mode="text")
        report["paywall_detected_text"] = text["recall"]
    return report


@dataclass
class LonePage:
    paragraphs: list[Paragraph]
    lines: dict[str, LoneLine]
    """Normalised lone line → the line (chrome lines have a kind, content lines none)."""
    fragment: bool = False


def lone_page(page: PreparedPage, lone: LoneLines, salt: str = LONE_SALT) -> LonePage | None:
    """The page with held-out lone lines (of its language, else English) set between its article's paragraphs
    (``salt`` names the set, so two sets draw places of their own)."""
    parsed, anchors = _article_anchors(page)
    chrome, content = in_language(lone.chrome, page.lang), in_language(lone.content, page.lang)
    if parsed is None or not anchors or not chrome or not content:
        return None
    rng = _rng(f"{salt}:{page.key}")
    chosen = rng.sample(chrome, min(LONE_CHROME_PER_PAGE, len(chrome)))
    chosen += rng.sample(content, min(LONE_CONTENT_PER_PAGE, len(content)))
    inject_content(anchors, [line.text for line in chosen], rng)
    segmentation = segment_tree(parsed, source=page.site)
    return LonePage(segmentation.paragraphs, {normalize(line.text): line for line in chosen}, segmentation.fragment)


def lone_report(
    pipelines: dict[str, Pipeline], pages: Sequence[PreparedPage], lone: LoneLines, salt: str = LONE_SALT
) -> dict[str, Any]:
    """Held-out lone lines between the article's paragraphs, each mode: chrome kept, content dropped."""
    placed = [lp for page in pages if (lp := lone_page(page, lone, salt)) is not None]
    html, text = both_modes(pipelines, [lp.paragraphs for lp in placed], [lp.fragment for lp in placed])
    report: dict[str, Any] = {"pages": len(placed)}
    for mode, scores in (("html", html), ("text", text)):
        hits = [
            (lp.lines[p.text], int(score >= THRESHOLD))
            for lp, page_scores in zip(placed, scores, strict=True)
            for p, score in zip(lp.paragraphs, page_scores, strict=True)
            if p.text in lp.lines
        ]
        content = [kept for line, kept in hits if line.kind is None]
        dropped = len(content) - sum(content)
        overall, by_kind, by_language = _grouped((line.kind, line.lang, kept) for line, kept in hits if line.kind)
        report[mode] = {
            **overall,
            "content_lines": len(content),
            "content_dropped": dropped,
            "content_drop_rate": round(dropped / len(content), 4) if content else 0.0,
            "by_kind": by_kind,
            "by_language": by_language,
        }
    return report


def _rate(survived: int, total: int) -> dict[str, float | int]:
    return {"injected": total, "leaked": survived, "leak_rate": round(survived / total, 4) if total else 0.0}


def _grouped(hits: Iterable[tuple[str, str, int]]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Leak rates of (kind, language, kept) hits: overall, per kind and per language."""
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, lang, kept in hits:
        for table, key in ((by_kind, kind), (by_lang, lang)):
            table[key][0] += kept
            table[key][1] += 1
    total = [sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())]
    return (
        _rate(*total),
        {k: _rate(*v) for k, v in sorted(by_kind.items())},
        {k: _rate(*v) for k, v in sorted(by_lang.items())},
    )


def leakage_report(
    pipelines: dict[str, Pipeline],
    pages: Sequence[PreparedPage],
    heldout: Sequence[ChromeBlock],
    lone: LoneLines | None = None,
    other_hands: LoneLines | None = None,
) -> dict[str, Any]:
    """Leak rates (overall, per kind, per language) and content F1 on injected pages, HTML and text;
    under ``inside`` (per kind and language too) and ``container``, the same with the blocks inside
    the article (see :data:`PLACEMENTS`); under ``wall``, a wall mid-story (:func:`wall_report`); under
    ``lone``, held-out lone lines (:func:`lone_report`); under ``other_hands``, lines written by other
    hands (``datasets/other_hands/``), set the same way.
    Around and inside the article, ``undisturbed`` too (:func:`undisturbed`)."""
    injected = [ip for page in pages if (ip := inject_page(page, heldout)) is not None]
    report: dict[str, Any] = {"pages": len(injected)}
    clean = clean_kept(pipelines, pages)
    scores = _mode_scores(pipelines, injected)
    for mode in ("html", "text"):
        kept = undisturbed(injected, scores[mode], clean.kept[mode])
        report[mode] = _leaks(injected, scores[mode], by_group=True) | kept
    if KIND_STAGE in pipelines:
        report["paywall"] = paywall_report(pipelines[KIND_STAGE], injected, scores["html"], clean.flagged["html"])
        report["paywall_text"] = paywall_report(
            pipelines[KIND_STAGE], injected, scores["text"], clean.flagged["text"], mode="text"
        )
    for placement in PLACEMENTS[1:]:
        placed = [ip for page in pages if (ip := inject_page(page, heldout, placement)) is not None]
        scores = _mode_scores(pipelines, placed)
        report[placement] = {"pages": len(placed)}
        for mode in ("html", "text"):
            report[placement][mode] = _leaks(placed, scores[mode], by_group=placement == "inside")
            if placement == "inside":  # the container alone has no clean page to compare with
                report[placement][mode] |= undisturbed(placed, scores[mode], clean.kept[mode])
    report["wall"] = wall_report(pipelines, pages, heldout, clean)
    if lone is not None:
        report["lone"] = lone_report(pipelines, pages, lone)
    if other_hands is not None:
        report["other_hands"] = lone_report(pipelines, pages, other_hands, salt=OTHER_HANDS_SALT)
    return report


@dataclass(frozen=True)
class CleanPages:
    """The test pages as they are, before any chrome is injected."""

    kept: dict[str, dict[str, Counter[str]]]
    """Per mode, per page key: the article paragraphs (truth content) kept."""
    flagged: dict[str, frozenset[str]]
    """Per mode: keys of the pages whose own chrome already makes the paywall verdict."""


def clean_kept(pipelines: dict[str, Pipeline], pages: Sequence[PreparedPage]) -> CleanPages:
    """The article paragraphs each mode keeps on each page as it is, and the pages already flagged."""
    real = [page for page in pages if page.paragraphs and page.article_text is not None]
    html, text = both_modes(pipelines, [page.paragraphs for page in real], [False] * len(real))
    flagged: dict[str, frozenset[str]] = {"html": frozenset(), "text": frozenset()}
    if KIND_STAGE in pipelines:
        for mode, scores in (("html", html), ("text", text)):
            verdicts = _verdicts(pipelines[KIND_STAGE], [page.paragraphs for page in real], scores, mode=mode)
            flagged[mode] = frozenset(page.key for page, detected in zip(real, verdicts, strict=True) if detected)
    kept = {
        mode: {
            page.key: Counter(
                p.text
                for p, label, score in zip(page.paragraphs, page.labels, page_scores, strict=True)
                if label == CONTENT and score >= THRESHOLD
            )
            for page, page_scores in zip(real, scores, strict=True)
        }
        for mode, scores in (("html", html), ("text", text))
    }
    return CleanPages(kept, flagged)


def undisturbed(
    injected: Sequence[InjectedPage],
    scores: Sequence[np.ndarray],
    clean: dict[str, Counter[str]],
    *,
    after_chrome: bool = False,
) -> dict[str, float | int]:
    """Of the article paragraphs the model keeps on a page as it is, the share it still keeps with
    the chrome injected: what the injected chrome costs the article, apart from the model's own
    errors on the page (which ``content_f1`` counts too). ``after_chrome``: only the paragraphs
    after the first injected one count, on both pages."""
    kept = still = 0
    for ip, page_scores in zip(injected, scores, strict=True):
        before = clean.get(ip.key, Counter())
        start = 0
        if after_chrome:
            start = next((i for i, p in enumerate(ip.paragraphs) if p.text in ip.injected), len(ip.paragraphs))
            later = Counter(p.text for p in ip.paragraphs[start:] if p.text not in ip.injected)
            before = before & later  # a new Counter: never the caller's
        after = Counter(
            p.text for p, score in zip(ip.paragraphs[start:], page_scores[start:], strict=True) if score >= THRESHOLD
        )
        kept += sum(before.values())
        still += sum((before & after).values())
    return {"article_kept": kept, "undisturbed": round(still / kept, 4) if kept else 1.0}


def _mode_scores(pipelines: dict[str, Pipeline], injected: Sequence[InjectedPage]) -> dict[str, list[np.ndarray]]:
    """Each mode's scores of the injected pages, HTML mode as ``classify`` gives them."""
    html, text = both_modes(pipelines, [ip.paragraphs for ip in injected], [ip.fragment for ip in injected])
    return {"html": html, "text": text}


def _leaks(injected: Sequence[InjectedPage], scores: Sequence[np.ndarray], *, by_group: bool) -> dict[str, Any]:
    """Leak rate and content F1 of one mode's scores (``by_group``: also per kind and per language)."""
    pairs = list(zip(injected, scores, strict=True))
    counts = [page_counts(content_text(ip.paragraphs, page_scores), ip.article_text) for ip, page_scores in pairs]
    overall, by_kind, by_language = _grouped(
        (block.kind, block.lang, int(score >= THRESHOLD))
        for ip, page_scores in pairs
        for p, score in zip(ip.paragraphs, page_scores, strict=True)
        if (block := ip.injected.get(p.text)) is not None
    )
    result: dict[str, Any] = {**overall, "content_f1": round(shingle_f1(counts).f1, 4)}
    if by_group:
        result["by_kind"] = by_kind
        result["by_language"] = by_language
    return result


def dropped_kinds(
    kinds: Pipeline, paragraphs: Sequence[Paragraph], page_scores: np.ndarray, *, text: bool = False
) -> tuple[list[int], list[KindGuess]]:
    """The rows of the paragraphs a page drops (its ``page_scores`` under the threshold) and their kinds, as
    ``classify`` reads them at the model's threshold (with ``text``, on the page's lines as a text dump gives
    them, without markup)."""
    read = text_only(paragraphs) if text else Batch(paragraphs)
    rows = [i for i, score in enumerate(page_scores.tolist()) if score < THRESHOLD]
    with fast_predict():
        return rows, guess_kinds(kinds, read.take(rows))


def flagged(page_scores: np.ndarray, rows: Sequence[int], guesses: Sequence[KindGuess]) -> bool:
    """The page's paywall verdict from the paragraphs it drops (:func:`dropped_kinds`)."""
    return bool(wall_score([float(page_scores[row]) for row in rows], guesses) >= PAYWALL_THRESHOLD)


def _verdicts(
    kinds: Pipeline, pages: Sequence[Sequence[Paragraph]], scores: Sequence[np.ndarray], *, mode: str = "html"
) -> list[bool]:
    """Each page's paywall verdict, as ``classify`` makes it at the model's threshold (``mode`` text: on the
    page's lines as a text dump gives them, without markup, with text mode's ``scores``)."""
    return [
        flagged(page_scores, *dropped_kinds(kinds, paragraphs, page_scores, text=mode == "text"))
        for paragraphs, page_scores in zip(pages, scores, strict=True)
    ]


def paywall_report(
    kinds: Pipeline,
    injected: Sequence[InjectedPage],
    scores: Sequence[np.ndarray],
    flagged: Collection[str] = (),
    *,
    mode: str = "html",
) -> dict[str, Any]:
    """Page-level paywall detection: pages with an injected held-out paywall block are positives.

    A page already flagged as it is (``flagged``: its own chrome shows a paywall, as some test pages
    do) is left out: its verdict says nothing of the injected blocks. ``mode`` and ``scores`` say which
    mode's verdict (:func:`_verdicts`).
    """
    tp = fp = fn = tn = 0
    kept = [(ip, s) for ip, s in zip(injected, scores, strict=True) if ip.key not in flagged]
    verdicts = _verdicts(kinds, [ip.paragraphs for ip, _ in kept], [s for _, s in kept], mode=mode)
    for (ip, _), detected in zip(kept, verdicts, strict=True):
        tp += detected and ip.has_wall
        fp += detected and not ip.has_wall
        fn += (not detected) and ip.has_wall
        tn += (not detected) and not ip.has_wall
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pages_with_wall": tp + fn,
        "pages_without": fp + tn,
        "pages_already_flagged": len(injected) - len(kept),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
    }


#: The kind given to a line the kind model places nowhere (below ``MIN_KIND_SCORE``) and whose shape
#: places nowhere either (a sentence, ``kinds.shape_kind``): never right, not even for a line of the
#: library's kind ``other``.
UNPLACED = "(unplaced)"


def _placed(guess: KindGuess) -> KindGuess:
    """``guess``, or :data:`UNPLACED` for a fallback ``other`` (no kind was likely enough)."""
    return replace(guess, kind=UNPLACED) if guess.kind == OTHER and guess.score < MIN_KIND_SCORE else guess


def kinds_by_kind(
    truth: Sequence[str], guessed: Sequence[str], leave_out: Sequence[str] = ()
) -> dict[str, dict[str, float | int]]:
    """Precision, recall and lines of each kind, for lines of kinds ``truth`` guessed ``guessed`` (a kind only
    guessed is listed too, unless it is one of ``leave_out``)."""
    report: dict[str, dict[str, float | int]] = {}
    for kind in sorted(set(truth) | (set(guessed) - set(leave_out))):
        tp = sum(1 for k, g in zip(truth, guessed, strict=True) if k == kind and g == kind)
        predicted = sum(1 for g in guessed if g == kind)
        actual = sum(1 for k in truth if k == kind)
        report[kind] = {
            "precision": round(tp / predicted, 4) if predicted else 0.0,
            "recall": round(tp / actual, 4) if actual else 0.0,
            "lines": actual,
        }
    return report


def kind_report(kinds: Pipeline, heldout: Sequence[ChromeBlock]) -> dict[str, Any]:
    """Per-kind precision and recall on the held-out library lines, each block's lines side by side.

    Blocks are numbered with a gap between them, as if content separated them on a page; the
    accuracy of every line read alone (no chrome beside it) is reported too.
    """
    all_lines = [(line, block.kind) for block in heldout for line in block.lines]
    # a line's position is its number plus its block's: one free position after every block
    block_of_line = [b for b, block in enumerate(heldout) for _ in block.lines]
    in_blocks = [i + b for i, b in enumerate(block_of_line)]
    all_guesses = guess_kinds(
        kinds, [Paragraph(index=i, text=t) for i, (t, _) in zip(in_blocks, all_lines, strict=True)]
    )
    all_alone = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, (t, _) in enumerate(all_lines)])
    # lines of a training block word for word are read in their blocks but not counted
    counted = [i for i, (t, _) in enumerate(all_lines) if normalize(t) not in seen_in_training()]
    lines = [all_lines[i] for i in counted]
    guesses = [_placed(all_guesses[i]) for i in counted]
    alone = [_placed(all_alone[i]) for i in counted]
    report = kinds_by_kind([k for _, k in lines], [g.kind for g in guesses], leave_out=(OTHER, UNPLACED))
    accuracy = sum(k == g.kind for (_, k), g in zip(lines, guesses, strict=True)) / len(lines)
    accuracy_alone = sum(k == g.kind for (_, k), g in zip(lines, alone, strict=True)) / len(lines)
    return {
        "accuracy": round(accuracy, 4),
        "accuracy_alone": round(accuracy_alone, 4),
        "lines": len(lines),
        "lines_seen_in_training": len(all_lines) - len(lines),
        "by_kind": report,
    }
