"""Evaluate a model on the test split in HTML and text mode, side by side with other extractors."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from service.core.foreign import text_scores, text_stage
from service.core.parse import parse_html
from service.core.rails import cap_rails
from service.core.recalibrate import ScoreMap, mapped
from service.core.scoring import content_scores, html_scores, text_only
from service.core.segment import segment_lines, segment_tree
from service.core.types import Batch, Paragraph, Segmentation

from . import extractors
from .align import CONTENT
from .augment import anchor_elements, container_html, content_container
from .calibration import reliability
from .corpus import FULL_TEXT
from .dataset import PreparedPage
from .markdowndump import markdown_dump
from .metrics import (
    CONFIDENCE,
    page_counts,
    paired_difference,
    paragraph_prf,
    shingle_f1,
    snippet_counts,
    snippet_score,
)
from .textnodes import node_dump
from .wrapdump import wrapped_dump

EXAMPLES_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
EXAMPLE_LABELS = "syndicated-page.labels.jsonl"
#: Pages scored in one ``predict_proba`` call.
PREDICT_BATCH = 64
THRESHOLD = 0.5
#: Thresholds at which paragraph precision and recall are reported.
SWEEP = (0.1, 0.3, 0.5, 0.7, 0.9)
#: Systems whose scores are also broken down by language.
LANGUAGE_SYSTEMS = frozenset({"winnow_html", "winnow_text", "trafilatura"})
#: Text dump styles of the evaluation (heading → system): one visible block per line (what the
#: text model trains on), one line per text node, Markdown, hard-wrapped text, and the whole-page
#: output of the HTML-to-text converters of the bench extra.
DUMP_STYLES = {
    "blocks": "winnow_text",
    "text nodes": "winnow_text_nodes",
    "Markdown": "winnow_text_markdown",
    "wrapped at 78": "winnow_text_wrapped",
    "html2text": "winnow_on_html2text",
    "html2text, not wrapped": "winnow_on_html2text_unwrapped",
    "markdownify": "winnow_on_markdownify",
}
#: Each page's article container alone: HTML mode on it, text mode on its lines, every line kept.
CONTAINER_SYSTEMS = {
    "winnow_html_container": "HTML mode",
    "winnow_text_container": "text mode",
    "container_lines": "every line",
}
#: Extractors whose output text mode also cleans (already-extracted text, one paragraph per line).
EXTRACTED_INPUTS = ("trafilatura",)


def after(extractor: str) -> str:
    """The system name of text mode run on ``extractor``'s output."""
    return f"winnow_after_{extractor}"


#: System pairs whose F1 difference is reported with a paired bootstrap interval (same pages).
PAIRED = (
    ("winnow_html", "trafilatura"),
    ("winnow_html", "justext"),
    ("winnow_text", "justext_lines"),
    *((after(name), name) for name in EXTRACTED_INPUTS),
)


def _nested() -> defaultdict[str, Any]:
    return defaultdict(lambda: defaultdict(lambda: defaultdict(list)))


def container_paragraphs(page: PreparedPage) -> Segmentation:
    """The page's article container alone, segmented as a fragment, as HTML extractors return it.

    The container is the innermost element holding every content paragraph of the page's truth
    (the whole page when there is none), so the chrome left is the chrome inside the article.
    """
    parsed = parse_html(page.html or "")
    if parsed.root is None:
        return Segmentation([])
    paths = [p.path for p, label in zip(page.paragraphs, page.labels, strict=True) if label == CONTENT]
    container = content_container(anchor_elements(parsed.root, paths))
    if container is None:
        return Segmentation(page.paragraphs)
    return segment_tree(parse_html(container_html(container)))


def both_modes(
    pipelines: dict[str, Pipeline], pages: Sequence[list[Paragraph]], fragments: Sequence[bool]
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """HTML-mode scores (as ``classify`` gives them: both models) and text-mode scores of the same pages."""
    text = predict_text_pages(pipelines, [text_only(page) for page in pages], rails=False)
    html = predict_pages(pipelines["html"], pages)
    combined = [
        cap_rails(p, html_scores(p, h, t, fragment=f)) for p, h, t, f in zip(pages, html, text, fragments, strict=True)
    ]
    return combined, [cap_rails(p, t) for p, t in zip(pages, text, strict=True)]


def predict_text_pages(
    pipelines: Mapping[str, Pipeline], pages: Sequence[list[Paragraph]], *, rails: bool = True
) -> list[np.ndarray]:
    """Text-mode scores of each page, as ``classify`` gives them (:func:`service.core.foreign.text_scores`:
    its rails capped unless ``rails`` is false, what HTML mode's text pass reads), computed in batches of
    pages that one stage reads."""
    stages = [text_stage(pipelines, page) for page in pages]
    out: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for stage in {id(s): s for s in stages}.values():
        rows = [i for i, s in enumerate(stages) if s is stage]
        for i, scores in zip(rows, predict_pages(stage, [pages[i] for i in rows], text=True), strict=True):
            out[i] = cap_rails(pages[i], scores) if rails else scores
    return out


def predict_pages(pipeline: Pipeline, pages: Sequence[list[Paragraph]], *, text: bool = False) -> list[np.ndarray]:
    """Content probabilities for each page, computed in batches of pages (``text``: as text mode scores them)."""
    out: list[np.ndarray] = []
    for start in range(0, len(pages), PREDICT_BATCH):
        batch = [p for p in pages[start : start + PREDICT_BATCH] if p]
        flat = [paragraph for page in batch for paragraph in page]
        scores = content_scores(pipeline, Batch(flat), join_sentences=text) if flat else np.zeros(0)
        offset = 0
        for page in pages[start : start + PREDICT_BATCH]:
            out.append(scores[offset : offset + len(page)])
            offset += len(page)
    return out


def content_text(paragraphs: Sequence[Paragraph], scores: np.ndarray, threshold: float = THRESHOLD) -> str:
    """The visible text of the paragraphs kept (Markdown read as plain text; images and rules show none)."""
    return "\n".join(p.text for p, s in zip(paragraphs, scores, strict=True) if s >= threshold and not p.wordless)


@dataclass(frozen=True)
class Others:
    """What the other tools make of one page: extractors' article text, converters' page text."""

    extracted: dict[str, str]
    converted: dict[str, str]


def _competitors(page: PreparedPage) -> Others:
    out = {name: fn(page.html or "", page.lang) for name, fn in extractors.html_extractors().items()}
    if extractors.available()["justext"]:
        out["justext_lines"] = extractors.justext_lines([p.text for p in page.paragraphs], page.lang)
    out["all_lines"] = "\n".join(p.text for p in page.paragraphs)
    return Others(out, {name: fn(page.html or "") for name, fn in extractors.converters().items()})


def run_competitors(pages: Sequence[PreparedPage], workers: int = 2) -> list[Others]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_competitors, pages, chunksize=4))


def _page_score_row(page: PreparedPage, text: str) -> tuple[str, Any]:
    """A full-text page's shingle counts, else its snippet counts. A full-text corpus's page with
    neither article text nor ``with`` snippets has no main content: its truth is empty, and
    whatever a system keeps of it is false positives."""
    if page.corpus in FULL_TEXT and (page.article_text is not None or not any(s.strip() for s in page.with_)):
        return "shingle", page_counts(text, page.article_text or "")
    return "snippet", snippet_counts(text, page.with_, page.without)


def _summarise(rows: dict[str, list[Any]], kind: str) -> dict[str, Any]:
    if kind == "shingle":
        return shingle_f1(rows["shingle"]).as_dict()
    score, accuracy = snippet_score(rows["snippet"])
    return {**score.as_dict(), "snippet_accuracy": round(accuracy, 4)}


@dataclass
class _Tally:
    """Rows gathered while scoring pages, summarised at the end."""

    systems: dict[str, dict[str, dict[str, list[Any]]]] = field(default_factory=_nested)
    languages: dict[str, dict[str, dict[str, list[Any]]]] = field(default_factory=_nested)
    para: dict[str, dict[str, list[int | None]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    scored: dict[str, tuple[list[float], list[int]]] = field(
        default_factory=lambda: {"html": ([], []), "text": ([], [])}
    )

    def add(self, page: PreparedPage, outputs: dict[str, str], scores: dict[str, np.ndarray]) -> None:
        lang = (page.lang or "unknown")[:2]
        for system, text in outputs.items():
            kind, row = _page_score_row(page, text)
            self.systems[page.corpus][system][kind].append(row)
            if system in LANGUAGE_SYSTEMS:
                self.languages[lang][system][kind].append(row)
        for mode, mode_scores in scores.items():
            self.para[page.corpus][f"{mode}_pred"].extend(int(s >= THRESHOLD) for s in mode_scores)
            self.para[page.corpus][f"{mode}_gold"].extend(page.labels)
            for score, label in zip(mode_scores, page.labels, strict=True):
                if label is not None:
                    self.scored[mode][0].append(float(score))
                    self.scored[mode][1].append(label)


def evaluate(
    pipelines: dict[str, Pipeline],
    pages: Sequence[PreparedPage],
    *,
    competitors: bool = True,
    score_maps: Mapping[str, ScoreMap] | None = None,
) -> dict[str, Any]:
    """Scores of Winnow (HTML and text) and of the competing extractors, per corpus and per language,
    with calibration and a threshold sweep of the scores after the model's ``score_maps``
    (as ``classify`` gives them; the labels at the threshold do not depend on them)."""
    # Every page is scored, by every system: a page Winnow finds no paragraph on keeps its truth
    # (and the other tools their output), and a full-text page without article text counts what is
    # kept of it as false positives. Every corpus page has a page shell: none is a fragment.
    page_scores, text_scores = both_modes(pipelines, [p.paragraphs for p in pages], [False] * len(pages))
    # The same pages as other scrapers dump them: one line per text node (BeautifulSoup's
    # get_text("\n")), Markdown one block per line (Firecrawl, Jina Reader), and text
    # hard-wrapped at 78 characters with blank lines between blocks (html2text, lynx -dump).
    dumps = {
        "winnow_text_nodes": [node_dump(p.html or "") for p in pages],
        "winnow_text_markdown": [markdown_dump(p.html or "") for p in pages],
        "winnow_text_wrapped": [wrapped_dump(p.paragraphs) for p in pages],
    }
    others = run_competitors(pages) if competitors else [Others({}, {}) for _ in pages]
    # ... and as the HTML-to-text converters of the bench extra write them, whole pages.
    for name in sorted({name for other in others for name in other.converted}):
        dumps[f"winnow_on_{name}"] = [segment_lines(other.converted.get(name, "")) for other in others]
    # ... and the article text an extractor returned, which already-extracted text is: what is left
    # for text mode is the chrome the extractor kept.
    for name in EXTRACTED_INPUTS:
        if any(name in other.extracted for other in others):
            dumps[after(name)] = [segment_lines(other.extracted.get(name, "")) for other in others]
    dump_scores = {name: predict_text_pages(pipelines, dump) for name, dump in dumps.items()}
    cut = [container_paragraphs(p) for p in pages]
    containers = [c.paragraphs for c in cut]
    container_scores, container_text_scores = both_modes(pipelines, containers, [c.fragment for c in cut])
    tally = _Tally()
    maps = score_maps or {}
    for i, (page, hs, ts, other) in enumerate(zip(pages, page_scores, text_scores, others, strict=True)):
        outputs = {
            "winnow_html": content_text(page.paragraphs, hs),
            "winnow_text": content_text(page.paragraphs, ts),
            **{name: content_text(dumps[name][i], dump_scores[name][i]) for name in dumps},
            "winnow_html_container": content_text(containers[i], container_scores[i]),
            "winnow_text_container": content_text(containers[i], container_text_scores[i]),
            "container_lines": "\n".join(p.text for p in containers[i]),
            **other.extracted,
        }
        tally.add(page, outputs, {"html": mapped(maps, "html", hs), "text": mapped(maps, "text", ts)})
    return {
        "corpora": _corpus_table(tally),
        "languages": _language_table(tally),
        "calibration": {mode: reliability(*tally.scored[mode]) for mode in tally.scored},
        "thresholds": {mode: threshold_sweep(*tally.scored[mode]) for mode in tally.scored},
    }


def threshold_sweep(scores: Sequence[float], labels: Sequence[int]) -> list[dict[str, float]]:
    """Paragraph precision and recall of the content class at several thresholds."""
    rows = []
    for cut in SWEEP:
        prf = paragraph_prf([int(s >= cut) for s in scores], list(labels))
        rows.append({"threshold": cut, "precision": round(prf.precision, 4), "recall": round(prf.recall, 4)})
    return rows


def _language_table(tally: _Tally) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for lang, by_system in sorted(tally.languages.items()):
        for system, rows in sorted(by_system.items()):
            for kind in rows:
                out.setdefault(lang, {}).setdefault(kind, {})[system] = _summarise(rows, kind)
    return out


def _corpus_table(tally: _Tally) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for corpus, by_system in sorted(tally.systems.items()):
        kind = "shingle" if corpus in FULL_TEXT else "snippet"
        para = tally.para[corpus]
        report[corpus] = {
            "metric": "shingle_f1" if kind == "shingle" else "snippet_f1",
            "systems": {system: _summarise(rows, kind) for system, rows in sorted(by_system.items())},
            "paired": {
                f"{a} - {b}": paired_difference(by_system[a][kind], by_system[b][kind])
                for a, b in PAIRED
                if a in by_system and b in by_system
            },
            "paragraphs": {
                mode: paragraph_prf(para[f"{mode}_pred"], para[f"{mode}_gold"]).as_dict() for mode in ("html", "text")
            },
        }
    return report


def example_accuracy(pipelines: dict[str, Pipeline], examples_dir: Path = EXAMPLES_DIR) -> dict[str, Any] | None:
    """Line accuracy of the text model on the shared example page (None when absent)."""
    path = examples_dir / EXAMPLE_LABELS
    if not path.is_file():
        return None
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    paragraphs = [Paragraph(index=i, text=" ".join(r["text"].split())) for i, r in enumerate(rows)]
    scores = text_scores(pipelines, paragraphs)
    wrong = [
        {"line": i, "expected": r["label"], "score": round(float(s), 3)}  # no text: it must stay in ../shared
        for i, (r, s) in enumerate(zip(rows, scores, strict=True))
        if (s >= THRESHOLD) != (r["label"] == "content")
    ]
    return {"lines": len(rows), "correct": len(rows) - len(wrong), "wrong": wrong}


def format_table(report: dict[str, Any]) -> str:
    """The evaluation report as Markdown tables: systems side by side, text mode on each dump style,
    and both modes on the article container alone."""
    systems = ["winnow_html", "winnow_text", "trafilatura", "justext", "justext_lines", "all_lines"]
    report = report["corpora"]
    lines = [
        "| corpus | metric | " + " | ".join(systems) + " | para F1 html | para F1 text |",
        "|---|---|" + "---:|" * (len(systems) + 2),
    ]
    for corpus, row in report.items():
        paras = [f"{row['paragraphs'][m]['f1']:.3f}" for m in ("html", "text")]
        pages = row["systems"]["winnow_html"]["pages"]
        lines.append(f"| {corpus} ({pages}) | {row['metric']} | " + " | ".join(_f1_cells(row, systems) + paras) + " |")
    lines += ["", "Text mode on the same pages dumped in other styles:", ""]
    lines += ["| corpus | " + " | ".join(DUMP_STYLES) + " |", "|---|" + "---:|" * len(DUMP_STYLES)]
    for corpus, row in report.items():
        lines.append(f"| {corpus} | " + " | ".join(_f1_cells(row, list(DUMP_STYLES.values()))) + " |")
    lines += ["", "The article container alone (the innermost element holding the page's content):", ""]
    lines += ["| corpus | " + " | ".join(CONTAINER_SYSTEMS.values()) + " |", "|---|" + "---:|" * len(CONTAINER_SYSTEMS)]
    for corpus, row in report.items():
        lines.append(f"| {corpus} | " + " | ".join(_f1_cells(row, list(CONTAINER_SYSTEMS))) + " |")
    lines += _after_extractor_table(report)
    pairs = [f"{a} - {b}" for a, b in PAIRED if any(f"{a} - {b}" in row.get("paired", {}) for row in report.values())]
    if pairs:
        lines += ["", f"F1 differences on the same pages, {CONFIDENCE:.0%} paired bootstrap interval over pages:", ""]
        lines += ["| corpus | " + " | ".join(pairs) + " |", "|---|" + "---:|" * len(pairs)]
        for corpus, row in report.items():
            cells = [_difference(row.get("paired", {}).get(pair)) for pair in pairs]
            lines.append(f"| {corpus} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _f1_cells(row: dict[str, Any], systems: Sequence[str]) -> list[str]:
    return [f"{row['systems'][s]['f1']:.3f}" if s in row["systems"] else "–" for s in systems]


def _after_extractor_table(report: dict[str, Any]) -> list[str]:
    """Text mode on each extractor's output beside the extractor alone (no lines when none ran)."""
    names = [n for n in EXTRACTED_INPUTS if any(after(n) in row["systems"] for row in report.values())]
    if not names:
        return []
    lines = ["", "Text mode on an extractor's output (already-extracted text), precision / recall / F1:", ""]
    lines += ["| corpus | " + " | ".join(f"{n} | {n} + Winnow" for n in names) + " |"]
    lines += ["|---|" + "---:|" * (2 * len(names))]
    for corpus, row in report.items():
        cells = [_prf_cell(row, system) for n in names for system in (n, after(n))]
        lines.append(f"| {corpus} | " + " | ".join(cells) + " |")
    return lines


def _prf_cell(row: dict[str, Any], system: str) -> str:
    found = row["systems"].get(system)
    return "–" if found is None else f"{found['precision']:.3f} / {found['recall']:.3f} / {found['f1']:.3f}"


def _difference(paired: dict[str, float] | None) -> str:
    if paired is None:
        return "–"
    return f"{paired['difference']:+.3f} [{paired['low']:+.3f}, {paired['high']:+.3f}]"
