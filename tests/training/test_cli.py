"""The training command line: ``train`` reproduces the committed model by default."""

from __future__ import annotations

import json

from service.core.artifact import DEFAULT_MODEL_PATH, MANIFEST_SUFFIX
from training.__main__ import build_parser
from training.commands import COMMITTED_SEED, MODEL_VERSION


def test_train_defaults_to_the_committed_models_seed() -> None:
    parser = build_parser()
    assert parser.parse_args(["train"]).seed == COMMITTED_SEED
    assert parser.parse_args(["train", "--seed", "0"]).seed == 0
    # the other commands keep seed 0 (their injected test pages do not move with the model)
    assert parser.parse_args(["evaluate"]).seed == 0


def test_the_committed_manifest_was_made_by_the_default_recipe() -> None:
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    assert manifest["training_data"]["seed"] == COMMITTED_SEED
    assert manifest["version"] == MODEL_VERSION
