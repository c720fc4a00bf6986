"""The training command line: ``train`` reproduces the committed model by default."""

from __future__ import annotations

import json

import numpy as np
import pytest

from service.core.artifact import DEFAULT_MODEL_PATH, MANIFEST_SUFFIX, load_model
from service.core.kinds import KIND_STAGE
from service.core.pipeline import build_pipeline
from service.core.stacking import NeighbourScores
from service.core.types import Batch, Paragraph
from training.__main__ import build_parser
from training.augment import WALL_PROB
from training.commands import COMMITTED_SEED, MODEL_VERSION, low_run_modes, reused_stages, train
from training.dataset import training_augmentation
from training.stories import stories_checksum
from training.train import low_run_params


def test_train_defaults_to_the_committed_models_seed() -> None:
    parser = build_parser()
    assert parser.parse_args(["train"]).seed == COMMITTED_SEED
    assert parser.parse_args(["train", "--seed", "0"]).seed == 0
    # the other commands keep seed 0 (their injected test pages do not move with the model)
    assert parser.parse_args(["evaluate"]).seed == 0


def test_the_committed_manifest_was_made_by_the_default_recipe() -> None:
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    assert manifest["training_data"]["seed"] == COMMITTED_SEED
    assert manifest["training_data"]["lone_lines"] is build_parser().parse_args(["train"]).lone_lines
    assert manifest["training_data"].get("story_shapes") == build_parser().parse_args(["train"]).story_shapes
    assert manifest["training_data"].get("mid_story_walls", 0.0) == build_parser().parse_args(["train"]).mid_story_walls
    assert "low_runs" not in manifest["training_data"] and build_parser().parse_args(["train"]).low_runs is None
    assert manifest["training_data"]["stories"] == stories_checksum()
    assert manifest["version"] == MODEL_VERSION


def test_stages_from_a_model_keep_its_html_and_text_stages_and_refit_the_kinds() -> None:
    pipelines, origin = reused_stages(DEFAULT_MODEL_PATH)
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    committed = load_model(DEFAULT_MODEL_PATH).pipelines
    assert set(pipelines) == {"html", "text", KIND_STAGE}
    assert origin == {"version": manifest["version"], "sha256": manifest["sha256"], "seed": COMMITTED_SEED}
    batch = Batch([Paragraph(index=0, text="Subscribe to keep reading."), Paragraph(index=1, text="Rates rose.")])
    for mode in ("html", "text"):
        np.testing.assert_array_equal(pipelines[mode].predict_proba(batch), committed[mode].predict_proba(batch))
    assert "prefixes" in dict(pipelines[KIND_STAGE].named_steps["features"].transformer_list)
    assert build_parser().parse_args(["train", "--stages-from", "m.joblib"]).stages_from == "m.joblib"


def test_story_shapes_are_left_out_unless_asked_for() -> None:
    assert build_parser().parse_args(["train"]).story_shapes is None
    assert build_parser().parse_args(["train", "--story-shapes"]).story_shapes == "content"
    assert build_parser().parse_args(["train", "--story-shapes", "unlabelled"]).story_shapes == "unlabelled"
    assert build_parser().parse_args(["train", "--story-shapes", "lists-unlabelled"]).story_shapes == "lists-unlabelled"


def test_mid_story_walls_are_left_out_unless_asked_for() -> None:
    assert build_parser().parse_args(["train"]).mid_story_walls == 0.0
    assert build_parser().parse_args(["train", "--mid-story-walls"]).mid_story_walls == WALL_PROB
    assert build_parser().parse_args(["train", "--mid-story-walls", "0.5"]).mid_story_walls == 0.5


def test_low_runs_are_left_out_unless_asked_for_and_switch_on_the_named_modes_stages() -> None:
    parse = build_parser().parse_args
    assert low_run_modes(parse(["train"]).low_runs) == ()
    assert low_run_modes(parse(["train", "--low-runs"]).low_runs) == ("html", "text")
    assert low_run_modes(parse(["train", "--low-runs", "text"]).low_runs) == ("text",)
    for mode, params in low_run_params(("html", "text")).items():
        pipeline = build_pipeline(mode).set_params(**params)
        stages = [s for s in pipeline.named_steps["features"].transformer_list if isinstance(s[1], NeighbourScores)]
        while stages:  # every stacked stage of the mode, the inner ones of the text model too
            name, stage = stages.pop()
            assert stage.low_runs, name
            inner = getattr(stage.features, "transformer_list", [])
            stages += [s for s in inner if isinstance(s[1], NeighbourScores)]
    assert not build_pipeline("text").named_steps["features"].transformer_list[0][1].low_runs


def test_lone_lines_are_the_committed_recipe_and_can_be_left_out() -> None:
    assert build_parser().parse_args(["train"]).lone_lines is True
    assert build_parser().parse_args(["train", "--no-lone-lines"]).lone_lines is False
    assert training_augmentation().lone is None
    lone = training_augmentation(lone=True).lone
    assert lone is not None and lone.chrome and {line.split for line in lone.chrome} == {"train"}


def test_news_in_chrome_words_need_the_lone_lines() -> None:
    """``--chrome-word-news`` adds lone content lines: without the lone lines it would do nothing silently."""
    args = build_parser().parse_args(["train", "--no-lone-lines", "--chrome-word-news"])
    with pytest.raises(SystemExit, match="cannot go with --no-lone-lines"):
        train(args)
    assert build_parser().parse_args(["train"]).chrome_word_news is False
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    assert "chrome_word_news" not in manifest["training_data"]  # not the committed recipe


def test_teasers_are_asked_for_and_refit_text_needs_a_model_to_keep_the_html_stage_of() -> None:
    parse = build_parser().parse_args
    assert parse(["train"]).teasers is False and parse(["train", "--teasers"]).teasers is True
    assert parse(["train"]).refit_text is False
    with pytest.raises(SystemExit, match="--refit-text refits the text stage"):
        train(parse(["train", "--refit-text"]))
    args = parse(["train", "--stages-from", "m.joblib", "--refit-text", "--teasers"])
    assert args.stages_from == "m.joblib" and args.refit_text and args.teasers
