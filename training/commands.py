"""The training commands: glue between corpora, fitting, evaluation and the artifact."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.pipeline import Pipeline

from service.core.artifact import DEFAULT_MODEL_PATH, DEFAULT_THRESHOLD, Model, load_model, save_model
from service.core.kinds import KIND_STAGE
from service.core.recalibrate import ScoreMap
from service.core.schema import MODES

from . import bench, excerpts, gate
from .augment import LONE_PROB
from .calibration import fit_score_map, labelled_scores, reliability
from .chrome import (
    CHROME_WORD_NEWS,
    MORE_HANDS,
    MORE_LANGUAGES_CHROME,
    OTHER_HANDS,
    ChromeBlock,
    library_checksum,
    load_library,
    load_lone,
    load_other_hands,
)
from .corpus import available_corpora, corpora_dir, corpus_file, file_sha256, page_types
from .dataset import BESIDE, PreparedPage, Recipe, load_pages, training_augmentation, training_blocks
from .evaluate import EXAMPLE_LABELS, EXAMPLES_DIR, THRESHOLD, both_modes, evaluate, example_accuracy, format_table
from .leakage import kind_report, leakage_report
from .modelcard import fitted_stages, stages_phrase, write_model_card
from .split import SPLITS_DIR, read_split, split_rows, write_split
from .stories import MORE_LANGUAGES_STORIES, SHAPES_DIR, stories_checksum, story_pages
from .train import (
    FOREIGN_STAGE_RECIPE,
    INJECTED_CHROME_WEIGHT,
    NON_ARTICLE_WEIGHT,
    column_params,
    fit_kinds,
    fit_models,
)
from .unseen import page_blocks, truth_mismatch, unseen_checksum, unseen_report

MODEL_VERSION = "1.22.0"
#: The split whose pages the HTML score map is fitted on (never the one a model is measured on).
SCORE_MAP_SPLIT = "dev"
#: ``train``'s default seed: the committed model's HTML stage's (docs/model-history.md, 1.13.0).
COMMITTED_SEED = 1
#: The seed of the committed model's text stage, refitted beside that HTML stage (docs/model-history.md, 1.22.0).
COMMITTED_TEXT_SEED = 4


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def recipe_of(args: argparse.Namespace) -> Recipe:
    """The augmentation recipe the command's flags ask for (``evaluate`` and ``gate`` have none of the
    flags: their pages get the default recipe)."""
    return Recipe(
        lone=getattr(args, "lone_lines", False),
        walls=getattr(args, "mid_story_walls", 0.0),
        chrome_word_news=getattr(args, "chrome_word_news", False),
        more_hands=more_hands_of(args),
        lone_share=getattr(args, "lone_share", LONE_PROB),
        more_languages=getattr(args, "more_languages", None),
    )


def more_hands_of(args: argparse.Namespace) -> bool:
    """Whether the lone lines by more hands go in: as ``--more-hands`` or ``--no-more-hands`` says, and by
    default whenever the lone lines do (the committed recipe, docs/model-history.md, 1.21.0)."""
    given = getattr(args, "more_hands", None)
    return getattr(args, "lone_lines", False) if given is None else given


def _pages(args: argparse.Namespace, splits: tuple[str, ...] | None = None) -> tuple[Path, list[PreparedPage]]:
    root = corpora_dir(args.corpora)
    start = time.perf_counter()
    pages = load_pages(
        root, limit=args.limit, seed=args.seed, use_cache=not args.no_cache, splits=splits, recipe=recipe_of(args)
    )
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


def measure(model: Model, held_out: list[PreparedPage], competitors: bool) -> dict[str, Any]:
    """Every figure the model card, the manifest and the evaluation gate use."""
    if model.threshold != THRESHOLD:
        raise SystemExit(f"the evaluation labels at {THRESHOLD}; this model labels at {model.threshold}")
    start = time.perf_counter()
    pipelines = model.pipelines
    report = evaluate(pipelines, held_out, competitors=competitors, score_maps=model.score_maps)
    log(f"evaluated {len(held_out)} pages in {time.perf_counter() - start:.0f}s\n" + format_table(report))
    heldout_chrome = load_library(split="heldout")
    report["leakage"] = leakage_report(
        pipelines, held_out, heldout_chrome, load_lone(split="heldout"), other_hands=load_other_hands()
    )
    if KIND_STAGE in pipelines:
        report["kinds"] = kind_report(pipelines[KIND_STAGE], heldout_chrome)
    report["example_page"] = example_accuracy(pipelines)
    report["unseen"] = unseen_report(pipelines, competitors=competitors, score_maps=model.score_maps)
    if report["unseen"]:
        log("unseen publishers' pages: " + json.dumps(report["unseen"]))
    log(
        "leakage html {html[leak_rate]} text {text[leak_rate]}; example page {ex}".format(
            html=report["leakage"]["html"], text=report["leakage"]["text"],
            ex=report["example_page"] and (report["example_page"]["correct"], report["example_page"]["lines"]),
        )
    )  # fmt: skip
    return report


def named_modes(named: list[str] | None) -> tuple[str, ...]:
    """The modes a flag such as ``train --low-runs`` names: none without the flag, both when it names none."""
    if named is None:
        return ()
    return tuple(named) or MODES


#: The optional columns of the stacked stages (a :class:`~service.core.stacking.NeighbourScores` switch
#: each, and the ``train`` argument holding the modes they are asked for in), by ``train``'s flag.
STAGE_COLUMN_FLAGS = {"--low-runs": "low_runs", "--coherence": "coherence", "--scripts": "scripts"}


def stage_columns(args: argparse.Namespace) -> dict[str, tuple[str, ...]]:
    """The optional columns of the stacked stages ``train`` is asked for, each with the modes it is asked for in."""
    return {column: named_modes(getattr(args, column)) for column in STAGE_COLUMN_FLAGS.values()}


def fitted_modes(args: argparse.Namespace) -> tuple[str, ...]:
    """The modes whose stages ``train`` fits: both, none with ``--stages-from``, text with ``--refit-text``."""
    if not args.stages_from:
        return MODES
    return ("text",) if args.refit_text else ()


def recipe_flags(args: argparse.Namespace) -> list[str]:
    """The training-recipe flags given (those that change how a stage is fitted)."""
    flags = {
        "--teasers": args.teasers,
        **{flag: getattr(args, column) is not None for flag, column in STAGE_COLUMN_FLAGS.items()},
        "--story-shapes": args.story_shapes is not None,
        "--mid-story-walls": bool(args.mid_story_walls),
        "--markup-dropout": bool(args.markup_dropout),
        "--foreign-pages": bool(args.foreign_pages),
        "--chrome-word-news": args.chrome_word_news,
        "--more-languages": bool(args.more_languages),
        "--no-more-hands": args.more_hands is False,
        "--lone-share": args.lone_share != LONE_PROB,
        "--chrome-weight": args.chrome_weight != INJECTED_CHROME_WEIGHT,
        "--no-lone-lines": not args.lone_lines,
    }
    return [flag for flag, given in flags.items() if given]


def check_train_args(args: argparse.Namespace) -> None:
    """Refuse flag combinations that would do nothing, or record in the manifest what was not done."""
    on_lone_lines = (
        ("--chrome-word-news", args.chrome_word_news),
        ("--more-hands", args.more_hands),
        ("--lone-share", args.lone_share != LONE_PROB),
    )
    for flag, given in on_lone_lines:
        if given and not args.lone_lines:
            raise SystemExit(f"{flag} changes the lone lines: it cannot go with --no-lone-lines")
    if args.refit_text and not args.stages_from:
        raise SystemExit("--refit-text refits the text stage of the model --stages-from names")
    if args.keep_kinds and not args.stages_from:
        raise SystemExit("--keep-kinds keeps the chrome-kind stage of the model --stages-from names")
    if args.keep_kinds and not (args.refit_text or args.foreign_stage):
        raise SystemExit("--keep-kinds with --stages-from alone would fit nothing: add --refit-text")
    if args.stages_from and not args.refit_text and (flags := recipe_flags(args)):
        raise SystemExit(f"--stages-from fits no HTML or text stage: {', '.join(flags)} would do nothing")
    for flag, column in STAGE_COLUMN_FLAGS.items():
        if (modes := getattr(args, column)) and not set(modes) <= set(fitted_modes(args)):
            raise SystemExit(f"{flag} names a mode whose stage --stages-from keeps")
    if args.markup_dropout and "html" not in fitted_modes(args):
        raise SystemExit("--markup-dropout changes the HTML stage, which --stages-from keeps")


def fit_stages(
    args: argparse.Namespace, root: Path, pages: list[PreparedPage], modes: tuple[str, ...] = MODES, kinds: bool = True
) -> dict[str, Pipeline]:
    """The stages of ``modes`` (with ``kinds`` the chrome-kind stage, with ``args.foreign_stage`` the foreign
    stage), fitted on the training pages and the story pages."""
    augmentation = training_augmentation(recipe_of(args))
    stories = story_pages(augmentation, args.seed, shapes=args.story_shapes, more_languages=bool(args.more_languages))
    log(f"{len(stories)} story pages in {len({p.lang for p in stories})} languages")
    params = {mode: p for mode, p in column_params(stage_columns(args)).items() if mode in modes}
    return fit_models(
        pages + stories,
        args.seed,
        log=log,
        params=params,
        types=page_types(root),
        teasers=args.teasers,
        modes=modes,
        kinds=kinds,
        chrome_weight=args.chrome_weight,
        markup_dropout=args.markup_dropout,
        foreign=args.foreign_pages,
        foreign_stage=args.foreign_stage,
        kind_blocks=augmentation.blocks,
    )


def train(args: argparse.Namespace) -> int:
    check_train_args(args)
    root, pages = _pages(args)
    write_split(split_rows(root))
    alignment = alignment_report(pages)
    log("alignment: " + json.dumps(alignment))
    origin = None
    if args.stages_from:
        # with --refit-text, the kept HTML stage's own recipe: the manifest's training_data is the text stage's
        blocks = training_blocks(recipe_of(args))
        pipelines, origin = reused_stages(
            Path(args.stages_from), recipe=args.refit_text, kind_blocks=blocks, keep_kinds=args.keep_kinds
        )
        refit = ("text",) if args.refit_text else ()
        if refit or args.foreign_stage:
            pipelines.update(fit_stages(args, root, pages, modes=refit, kinds=False))
        if refit:
            origin["refit"] = list(refit)
        kept = ["HTML", *([] if refit else ["text"]), *(["chrome-kind"] if args.keep_kinds else [])]
        fitted = fitted_stages(text=bool(refit), kinds=not args.keep_kinds, foreign=args.foreign_stage)
        log(f"{stages_phrase(kept)} from {args.stages_from} ({origin['version']}); fitted: {stages_phrase(fitted)}")
    else:
        pipelines = fit_stages(args, root, pages)
    maps, fitted_on = fit_score_maps(pipelines, [p for p in pages if p.split == SCORE_MAP_SPLIT])
    log(f"HTML score map fitted on the {SCORE_MAP_SPLIT} split: {json.dumps(fitted_on)}")
    model = Model(pipelines, score_maps=maps)
    metrics = measure(model, [p for p in pages if p.split == args.split], not args.no_competitors)
    path = Path(args.model) if args.model else DEFAULT_MODEL_PATH
    recipe = recipe_of(args)
    data = {name: file_sha256(corpus_file(root, name)) for name in available_corpora(root)}
    manifest = save_model(
        model,
        path,
        version=MODEL_VERSION,
        extra={
            "training_data": {
                "corpora": data,
                "chrome_library": library_checksum(),
                "stories": stories_checksum(),
                **(
                    {"story_shapes": {"checksum": stories_checksum(SHAPES_DIR), "short_lines": args.story_shapes}}
                    if args.story_shapes
                    else {}
                ),
                "limit_per_corpus": args.limit,
                "seed": args.seed,
                "non_article_weight": NON_ARTICLE_WEIGHT,
                "lone_lines": args.lone_lines,
                **({"teasers": True} if args.teasers else {}),
                **({"mid_story_walls": args.mid_story_walls} if args.mid_story_walls else {}),
                **({"markup_dropout": args.markup_dropout} if args.markup_dropout else {}),
                **({"foreign_pages": args.foreign_pages} if args.foreign_pages else {}),
                **({"chrome_word_news": file_sha256(CHROME_WORD_NEWS)} if args.chrome_word_news else {}),
                **(
                    {
                        "more_hands": file_sha256(MORE_HANDS) if recipe.more_hands else False,
                        "lone_share": recipe.lone_share,
                    }
                    if recipe.lone
                    else {}
                ),
                "injected_chrome_weight": args.chrome_weight,
                **(
                    {
                        "more_languages": {
                            "chrome": library_checksum(MORE_LANGUAGES_CHROME),
                            "stories": stories_checksum(MORE_LANGUAGES_STORIES),
                            **({"drawn": BESIDE} if args.more_languages == BESIDE else {}),
                        }
                    }
                    if args.more_languages
                    else {}
                ),
                **({"foreign_stage": FOREIGN_STAGE_RECIPE} if args.foreign_stage else {}),
                **{
                    column: [m for m in modes if m in fitted_modes(args)]
                    for column, modes in stage_columns(args).items()
                    if getattr(args, column) is not None
                },
            },
            **({"stages_from": origin} if origin else {}),
            "score_maps": fitted_on,
            "alignment": alignment,
            "metrics": {"split": args.split, **metrics},
        },
    )
    write_model_card(manifest, path.with_name("MODEL_CARD.md"))
    log(f"wrote {path} ({manifest['bytes'] / 1e6:.1f} MB, sha256 {manifest['sha256'][:12]}…)")
    return 0


def fit_score_maps(
    pipelines: dict[str, Pipeline], pages: list[PreparedPage]
) -> tuple[dict[str, ScoreMap], dict[str, Any]]:
    """The HTML score map (:mod:`service.core.recalibrate`) fitted on ``pages`` read as ``classify``
    reads them, and what it was fitted on (for the manifest).

    Only HTML gets one: its score is a mix of two calibrated models (``scoring.html_scores``),
    where the text model's score comes straight from a calibrated stage (docs/model-history.md,
    "HTML scores calibrated on real pages").
    """
    pages = [p for p in pages if p.paragraphs]
    html, _ = both_modes(pipelines, [p.paragraphs for p in pages], [False] * len(pages))
    scores, labels = labelled_scores([p.labels for p in pages], html)
    if not scores:
        return {}, {}
    score_map = fit_score_map(scores, labels, DEFAULT_THRESHOLD)
    fitted_on = {
        "split": SCORE_MAP_SPLIT,
        "pages": len(pages),
        "paragraphs": len(scores),
        "knots": len(score_map.below.x) + len(score_map.above.x),
        "ece_before": reliability(scores, labels)["ece"],
        "ece_after_in_sample": reliability(score_map(np.asarray(scores)), labels)["ece"],
    }
    return {"html": score_map}, {"html": fitted_on}


def reused_stages(
    path: Path, recipe: bool = False, kind_blocks: Sequence[ChromeBlock] | None = None, keep_kinds: bool = False
) -> tuple[dict[str, Pipeline], dict[str, Any]]:
    """The HTML and text stages of the verified model at ``path`` with a chrome-kind stage fitted anew,
    and where they came from (its version, sha256 and seed; with ``recipe``, its whole training data). The kind
    stage is fitted on ``kind_blocks`` (by default, the library's training blocks); with ``keep_kinds`` it is
    that model's too.

    For a change that touches the kind stage alone: the main stages stay the very objects that were
    measured, where a refit of the same recipe moves every figure by a retrain's noise.
    """
    model = load_model(path)
    pipelines = {mode: model.pipelines[mode] for mode in MODES}
    pipelines[KIND_STAGE] = model.pipelines[KIND_STAGE] if keep_kinds else fit_kinds(kind_blocks)
    manifest = model.manifest
    origin = {"version": manifest["version"], "sha256": manifest["sha256"], "seed": manifest["training_data"]["seed"]}
    if keep_kinds:
        origin["kinds"] = "kept"
    if "stages_from" in manifest:  # that model kept stages of another in turn: the chain stays on record
        origin["stages_from"] = manifest["stages_from"]
    if recipe:
        origin["training_data"] = manifest["training_data"]
    return pipelines, origin


def evaluate_command(args: argparse.Namespace) -> int:
    model = load_model(args.model)
    _, pages = _pages(args, splits=(args.split,))
    metrics = measure(model, pages, not args.no_competitors)
    if args.output:
        Path(args.output).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


#: Characters of a block ``check-page`` shows.
SHOWN_CHARS = 150


def check_page_command(args: argparse.Namespace) -> int:
    """Whether each hand-written page's blocks are exactly its truth's (``--blocks``: print them): 0 when
    all are, 1 when one is not. Reads the segmenter alone, never a model, so a writer can use it."""
    failed = 0
    for name in args.pages:
        path = Path(name)
        if args.blocks:
            if len(args.pages) > 1:
                print(f"== {path.name}")
            print("\n".join(page_blocks(path.read_bytes())))
            continue
        if not path.with_suffix(".truth.json").is_file():
            failed += 1
            print(f"{path.name}: MISMATCH (no {path.with_suffix('.truth.json').name} beside it)")
            continue
        missing, extra = truth_mismatch(path)
        failed += bool(missing or extra)
        print(f"{path.name}: {'MISMATCH' if missing or extra else 'OK'}")
        for text in missing:
            print(f"  in the truth, not on the page: {text[:SHOWN_CHARS]!r}")
        for text in extra:
            print(f"  on the page, not in the truth: {text[:SHOWN_CHARS]!r}")
    return 1 if failed else 0


def split_command(args: argparse.Namespace) -> int:
    """Assign every corpus page its split and record it in datasets/splits/."""
    rows = split_rows(corpora_dir(args.corpora))
    write_split(rows)
    log(f"split of {len(rows):,} pages written to {SPLITS_DIR}: " + json.dumps(Counter(row[3] for row in rows)))
    return 0


def gate_command(args: argparse.Namespace) -> int:
    """Measure the model on the test split and hold every gated figure to its pinned floor."""
    root = corpora_dir(args.corpora)
    if not available_corpora(root):
        raise SystemExit(f"no corpora under {root}")
    rows = split_rows(root)
    if rows != read_split():
        raise SystemExit(f"the split recorded in {SPLITS_DIR} is not the corpora's: run python -m training split")
    model = load_model(args.model)
    _, pages = _pages(args, splits=("test",))
    report = measure(model, pages, competitors=False)
    corpora = {name: file_sha256(corpus_file(root, name)) for name in available_corpora(root)}
    example = EXAMPLES_DIR / EXAMPLE_LABELS
    checksum = gate.data_checksum(
        corpora,
        library_checksum(),
        rows,
        unseen_checksum(),
        example.read_bytes() if example.is_file() else None,
        file_sha256(OTHER_HANDS),
    )
    pinned = gate.read_floors()
    if args.update:
        allow = True if args.allow_lower == [] else frozenset(args.allow_lower or ())  # [] names none: all
        gate.write_floors(gate.updated(report, pinned, checksum, allow_lower=allow, reason=args.reason))
        log(f"floors written to {gate.FLOORS_FILE}")
        return 0
    failures = gate.check(report, pinned, checksum)
    for name, rule in pinned.get("floors", {}).items():
        log(f"  {name}: {gate.lookup(report, name)} (pinned {rule['kind']} {rule['value']})")
    for failure in failures:
        log(f"GATE FAILED: {failure}")
    log("gate passed" if not failures else f"gate failed: {len(failures)} figure(s)")
    return 1 if failures else 0


def bench_command(args: argparse.Namespace) -> int:
    """Time Winnow, the parse floor and the other extractors on a fixed sample of test pages."""
    if args.pages < bench.MIN_PAGES:
        raise SystemExit(f"--pages must be at least {bench.MIN_PAGES}")
    _, pages = _pages(args, splits=("test",))
    report = bench.run(bench.sample(pages, args.pages), args.repeat, args.model)
    print(bench.format_report(report))
    if args.output:
        Path(args.output).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def excerpts_command(args: argparse.Namespace) -> int:
    """Text mode on excerpts of the split's pages (see :mod:`training.excerpts`)."""
    model = load_model(args.model)
    _, pages = _pages(args, splits=(args.split,))
    report = excerpts.excerpt_report(model.pipelines, pages, model.threshold, seed=args.seed)
    print(excerpts.format_report(report))
    if args.output:
        Path(args.output).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0
