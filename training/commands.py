"""The training commands: glue between corpora, fitting, evaluation and the artifact."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline

from service.core.artifact import DEFAULT_MODEL_PATH, Model, load_model, save_model
from service.core.kinds import KIND_STAGE

from .chrome import library_checksum, load_library
from .corpus import available_corpora, corpora_dir, corpus_file, file_sha256
from .dataset import PreparedPage, load_pages
from .evaluate import evaluate, example_accuracy, format_table
from .leakage import kind_report, leakage_report
from .modelcard import write_model_card
from .split import write_split
from .train import fit_models

MODEL_VERSION = "1.0.0"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def _pages(args: argparse.Namespace, splits: tuple[str, ...] | None = None) -> tuple[Path, list[PreparedPage]]:
    root = corpora_dir(args.corpora)
    start = time.perf_counter()
    pages = load_pages(root, limit=args.limit, seed=args.seed, use_cache=not args.no_cache, splits=splits)
    log(f"{len(pages):,} pages ready in {time.perf_counter() - start:.0f}s")
    return root, pages


def alignment_report(pages: list[PreparedPage]) -> dict[str, Any]:
    """Per corpus: pages by split, paragraphs by label, and how much truth text the content covers."""
    report: dict[str, Any] = {}
    for corpus in sorted({p.corpus for p in pages}):
        mine = [p for p in pages if p.corpus == corpus]
        labels = Counter(label for p in mine for label in p.labels)
        covs = [p.coverage for p in mine if p.coverage is not None]
        report[corpus] = {
            "pages": dict(Counter(p.split for p in mine)),
            "sites": len({p.site for p in mine}),
            "paragraphs": {"content": labels[1], "chrome": labels[0], "unlabelled": labels[None]},
            "truth_coverage": round(sum(covs) / len(covs), 4) if covs else None,
        }
    return report


def measure(pipelines: dict[str, Pipeline], held_out: list[PreparedPage], competitors: bool) -> dict[str, Any]:
    """Every figure the model card, the manifest and the evaluation gate use."""
    start = time.perf_counter()
    report = evaluate(pipelines, held_out, competitors=competitors)
    log(f"evaluated {len(held_out)} pages in {time.perf_counter() - start:.0f}s\n" + format_table(report))
    heldout_chrome = load_library(split="heldout")
    report["leakage"] = leakage_report(pipelines, held_out, heldout_chrome)
    if KIND_STAGE in pipelines:
        report["kinds"] = kind_report(pipelines[KIND_STAGE], heldout_chrome)
    report["example_page"] = example_accuracy(pipelines)
    log(
        "leakage html {html[leak_rate]} text {text[leak_rate]}; example page {ex}".format(
            html=report["leakage"]["html"], text=report["leakage"]["text"],
            ex=report["example_page"] and (report["example_page"]["correct"], report["example_page"]["lines"]),
        )
    )  # fmt: skip
    return report


def train(args: argparse.Namespace) -> int:
    root, pages = _pages(args)
    write_split([(p.corpus, p.key.split("/", 1)[1], p.site, p.split) for p in pages])
    alignment = alignment_report(pages)
    log("alignment: " + json.dumps(alignment))
    pipelines = fit_models(pages, args.seed, log=log)
    metrics = measure(pipelines, [p for p in pages if p.split == args.split], not args.no_competitors)
    path = Path(args.model) if args.model else DEFAULT_MODEL_PATH
    data = {name: file_sha256(corpus_file(root, name)) for name in available_corpora(root)}
    manifest = save_model(
        Model(pipelines),
        path,
        version=MODEL_VERSION,
        extra={
            "training_data": {
                "corpora": data,
                "chrome_library": library_checksum(),
                "limit_per_corpus": args.limit,
                "seed": args.seed,
            },
            "alignment": alignment,
            "metrics": {"split": args.split, **metrics},
        },
    )
    write_model_card(manifest, path.with_name("MODEL_CARD.md"))
    log(f"wrote {path} ({manifest['bytes'] / 1e6:.1f} MB, sha256 {manifest['sha256'][:12]}…)")
    return 0


def evaluate_command(args: argparse.Namespace) -> int:
    model = load_model(args.model)
    _, pages = _pages(args, splits=(args.split,))
    metrics = measure(model.pipelines, pages, not args.no_competitors)
    if args.output:
        Path(args.output).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0
