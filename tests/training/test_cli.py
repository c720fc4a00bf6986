"""The training command line: ``train`` reproduces the committed model by default."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from service.core.artifact import DEFAULT_MODEL_PATH, MANIFEST_SUFFIX, load_model
from service.core.kinds import KIND_STAGE
from service.core.pipeline import build_pipeline
from service.core.stacking import NeighbourScores
from service.core.types import Batch, Paragraph
from training import commands
from training.__main__ import build_parser
from training.augment import LONE_PROB, WALL_PROB
from training.chrome import MORE_HANDS, MORE_LANGUAGES_CHROME, library_checksum
from training.commands import (
    COMMITTED_SEED,
    COMMITTED_TEXT_SEED,
    MODEL_VERSION,
    STAGE_COLUMN_FLAGS,
    fitted_modes,
    named_modes,
    recipe_of,
    reused_stages,
    train,
)
from training.corpus import file_sha256
from training.dataset import BESIDE, MIXED, Recipe, cache_key, training_augmentation, training_blocks
from training.modelcard import write_model_card
from training.stories import MORE_LANGUAGES_STORIES, stories_checksum
from training.train import INJECTED_CHROME_WEIGHT, MARKUP_DROPOUT, column_params


def test_train_defaults_to_the_committed_models_seed() -> None:
    parser = build_parser()
    assert parser.parse_args(["train"]).seed == COMMITTED_SEED
    assert parser.parse_args(["train", "--seed", "0"]).seed == 0
    # the other commands keep seed 0 (their injected test pages do not move with the model)
    assert parser.parse_args(["evaluate"]).seed == 0


def test_the_committed_manifest_records_each_stages_recipe_the_defaults_and_the_flags_it_names() -> None:
    """The HTML stage (``stages_from``) is 1.21.0's, made by ``train``'s defaults; the text stage (``training_data``)
    by the same defaults but ``--seed 4 --more-languages beside``, and the kind stage is the HTML stage's."""
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    defaults = build_parser().parse_args(["train"])
    origin = manifest["stages_from"]
    assert origin["refit"] == ["text"] and origin["kinds"] == "kept"
    html, text = origin["training_data"], manifest["training_data"]
    assert html["seed"] == COMMITTED_SEED and text["seed"] == COMMITTED_TEXT_SEED
    assert "more_languages" not in html
    assert text["more_languages"] == {
        "chrome": library_checksum(MORE_LANGUAGES_CHROME),
        "stories": stories_checksum(MORE_LANGUAGES_STORIES),
        "drawn": BESIDE,
    }
    for recipe in (html, text):
        assert recipe["lone_lines"] is defaults.lone_lines
        assert recipe.get("story_shapes") == defaults.story_shapes
        assert recipe.get("mid_story_walls", 0.0) == defaults.mid_story_walls
        assert recipe.get("markup_dropout", 0.0) == defaults.markup_dropout
        for column in ("low_runs", "coherence", "scripts"):
            assert column not in recipe and getattr(defaults, column) is None
        assert recipe.get("foreign_pages", 0.0) == defaults.foreign_pages
        assert "foreign_stage" not in recipe and not defaults.foreign_stage
        assert recipe["stories"] == stories_checksum()
        assert recipe["chrome_library"] == library_checksum()
        assert recipe["more_hands"] == file_sha256(MORE_HANDS)
        assert recipe["lone_share"] == LONE_PROB
        assert recipe["injected_chrome_weight"] == INJECTED_CHROME_WEIGHT
    assert build_parser().parse_args(["train", "--foreign-stage"]).foreign_stage
    assert manifest["version"] == MODEL_VERSION


def test_stages_from_a_model_keep_its_html_and_text_stages_and_refit_the_kinds() -> None:
    pipelines, origin = reused_stages(DEFAULT_MODEL_PATH)
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    committed = load_model(DEFAULT_MODEL_PATH).pipelines
    assert set(pipelines) == {"html", "text", KIND_STAGE}
    assert origin == {
        "version": manifest["version"],
        "sha256": manifest["sha256"],
        "seed": COMMITTED_TEXT_SEED,
        "stages_from": manifest["stages_from"],  # its HTML stage's own origin, 1.21.0
    }
    batch = Batch([Paragraph(index=0, text="Subscribe to keep reading."), Paragraph(index=1, text="Rates rose.")])
    for mode in ("html", "text"):
        np.testing.assert_array_equal(pipelines[mode].predict_proba(batch), committed[mode].predict_proba(batch))
    assert "prefixes" in dict(pipelines[KIND_STAGE].named_steps["features"].transformer_list)
    assert build_parser().parse_args(["train", "--stages-from", "m.joblib"]).stages_from == "m.joblib"


def test_keep_kinds_keeps_the_models_kind_stage_and_needs_a_stage_to_fit() -> None:
    more = training_blocks(Recipe(more_languages=MIXED))  # blocks a kind stage fitted anew would differ with
    pipelines, origin = reused_stages(DEFAULT_MODEL_PATH, kind_blocks=more, keep_kinds=True)
    committed = load_model(DEFAULT_MODEL_PATH).pipelines
    lines = ["Subscribe for $1 a week", "Share on Facebook", "Rates rose on Tuesday."]
    batch = Batch([Paragraph(index=i, text=line) for i, line in enumerate(lines)])
    kept, own = pipelines[KIND_STAGE].predict_proba(batch), committed[KIND_STAGE].predict_proba(batch)
    np.testing.assert_array_equal(kept, own)
    assert origin["kinds"] == "kept" and "kinds" not in reused_stages(DEFAULT_MODEL_PATH)[1]
    parse = build_parser().parse_args
    assert parse(["train"]).keep_kinds is False
    with pytest.raises(SystemExit, match="--keep-kinds keeps the chrome-kind stage"):
        train(parse(["train", "--keep-kinds"]))
    with pytest.raises(SystemExit, match="--keep-kinds with --stages-from alone would fit nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--keep-kinds"]))


def test_story_shapes_are_left_out_unless_asked_for() -> None:
    assert build_parser().parse_args(["train"]).story_shapes is None
    assert build_parser().parse_args(["train", "--story-shapes"]).story_shapes == "content"
    assert build_parser().parse_args(["train", "--story-shapes", "unlabelled"]).story_shapes == "unlabelled"
    assert build_parser().parse_args(["train", "--story-shapes", "lists-unlabelled"]).story_shapes == "lists-unlabelled"


def test_mid_story_walls_are_left_out_unless_asked_for() -> None:
    assert build_parser().parse_args(["train"]).mid_story_walls == 0.0
    assert build_parser().parse_args(["train", "--mid-story-walls"]).mid_story_walls == WALL_PROB
    assert build_parser().parse_args(["train", "--mid-story-walls", "0.5"]).mid_story_walls == 0.5


def test_markup_dropout_is_left_out_unless_asked_for_and_needs_the_html_stage_fitted() -> None:
    parse = build_parser().parse_args
    assert parse(["train"]).markup_dropout == 0.0
    assert parse(["train", "--markup-dropout"]).markup_dropout == MARKUP_DROPOUT
    assert parse(["train", "--markup-dropout", "0.5"]).markup_dropout == 0.5
    for share in ("0", "1.5"):
        with pytest.raises(SystemExit):
            parse(["train", "--markup-dropout", share])
    with pytest.raises(SystemExit, match="--markup-dropout changes the HTML stage"):
        train(parse(["train", "--stages-from", "m.joblib", "--refit-text", "--markup-dropout"]))
    with pytest.raises(SystemExit, match="--markup-dropout would do nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--markup-dropout"]))


@pytest.mark.parametrize(("flag", "column"), list(STAGE_COLUMN_FLAGS.items()))
def test_stage_columns_are_left_out_unless_asked_for_and_switch_on_the_named_modes_stages(
    flag: str, column: str
) -> None:
    parse = build_parser().parse_args
    assert named_modes(getattr(parse(["train"]), column)) == ()
    assert named_modes(getattr(parse(["train", flag]), column)) == ("html", "text")
    assert named_modes(getattr(parse(["train", flag, "text"]), column)) == ("text",)
    for mode, params in column_params({column: ("html", "text")}).items():
        pipeline = build_pipeline(mode).set_params(**params)
        stages = [s for s in pipeline.named_steps["features"].transformer_list if isinstance(s[1], NeighbourScores)]
        while stages:  # every stacked stage of the mode, the inner ones of the text model too
            name, stage = stages.pop()
            assert getattr(stage, column), name
            assert not any(getattr(stage, other) for other in set(STAGE_COLUMN_FLAGS.values()) - {column}), name
            inner = getattr(stage.features, "transformer_list", [])
            stages += [s for s in inner if isinstance(s[1], NeighbourScores)]
    assert not getattr(build_pipeline("text").named_steps["features"].transformer_list[0][1], column)
    assert column_params({column: ("text",)}).keys() == {"text"}


def test_lone_lines_are_the_committed_recipe_and_can_be_left_out() -> None:
    assert build_parser().parse_args(["train"]).lone_lines is True
    assert build_parser().parse_args(["train", "--no-lone-lines"]).lone_lines is False
    assert training_augmentation().lone is None
    lone = training_augmentation(Recipe(lone=True)).lone
    assert lone is not None and lone.chrome and {line.split for line in lone.chrome} == {"train"}


def test_news_in_chrome_words_need_the_lone_lines() -> None:
    """``--chrome-word-news`` adds lone content lines: without the lone lines it would do nothing silently."""
    args = build_parser().parse_args(["train", "--no-lone-lines", "--chrome-word-news"])
    with pytest.raises(SystemExit, match="cannot go with --no-lone-lines"):
        train(args)
    assert build_parser().parse_args(["train"]).chrome_word_news is False
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    assert "chrome_word_news" not in manifest["training_data"]  # not the committed recipe


def test_more_hands_need_the_lone_lines_and_add_training_lines_only() -> None:
    """``--more-hands`` adds lone lines: without the lone lines it would do nothing silently. They go in
    with the lone lines unless ``--no-more-hands`` says not."""
    for flags in (["--more-hands"], ["--lone-share", "0.4"]):
        args = build_parser().parse_args(["train", "--no-lone-lines", *flags])
        with pytest.raises(SystemExit, match=f"{flags[0]} changes the lone lines"):
            train(args)
    assert build_parser().parse_args(["train"]).lone_share == LONE_PROB
    assert training_augmentation(Recipe(lone=True, lone_share=0.4)).lone_share == 0.4
    for share in ("0", "1.5", "-0.2"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["train", "--lone-share", share])
    args = build_parser().parse_args(["train", "--no-more-hands", "--lone-share", "0.4", "--mid-story-walls"])
    assert recipe_of(args) == Recipe(lone=True, walls=WALL_PROB, more_hands=False, lone_share=0.4)
    assert recipe_of(build_parser().parse_args(["evaluate"])) == Recipe()
    for value in ("0", "-1"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["train", "--chrome-weight", value])
    assert build_parser().parse_args(["train", "--chrome-weight", "3"]).chrome_weight == 3.0
    for flags in (["--no-more-hands"], ["--lone-share", "0.4"], ["--chrome-weight", "2"]):
        with pytest.raises(SystemExit, match="would do nothing"):
            train(build_parser().parse_args(["train", "--stages-from", "m.joblib", *flags]))
    assert recipe_of(build_parser().parse_args(["train"])).more_hands is True
    assert recipe_of(build_parser().parse_args(["train", "--no-more-hands"])).more_hands is False
    assert recipe_of(build_parser().parse_args(["train", "--no-lone-lines"])).more_hands is False
    plain, more = (
        training_augmentation(Recipe(lone=True)).lone,
        training_augmentation(Recipe(lone=True, more_hands=True)).lone,
    )
    assert plain is not None and more is not None
    assert len(more.chrome) > len(plain.chrome) and len(more.content) > len(plain.content)
    assert {line.split for line in more.chrome + more.content} == {"train"}
    assert training_augmentation(Recipe(more_hands=True)).lone is None


def test_the_page_cache_is_keyed_by_the_recipe(tmp_path: Path) -> None:
    def key(recipe: Recipe) -> str:
        return cache_key(tmp_path, [], None, 1, None, recipe)

    recipes = [Recipe(), Recipe(lone=True), Recipe(lone=True, more_hands=True), Recipe(lone=True, lone_share=0.4)]
    assert len({key(r) for r in recipes}) == len(recipes)
    assert key(Recipe(lone=True, lone_share=LONE_PROB)) == key(Recipe(lone=True))


def test_teasers_are_asked_for_and_refit_text_needs_a_model_to_keep_the_html_stage_of() -> None:
    parse = build_parser().parse_args
    assert parse(["train"]).teasers is False and parse(["train", "--teasers"]).teasers is True
    assert parse(["train"]).refit_text is False
    with pytest.raises(SystemExit, match="--refit-text refits the text stage"):
        train(parse(["train", "--refit-text"]))
    args = parse(["train", "--stages-from", "m.joblib", "--refit-text", "--teasers"])
    assert args.stages_from == "m.joblib" and args.refit_text and args.teasers


def test_stages_from_refuses_recipe_flags_that_would_fit_nothing() -> None:
    parse = build_parser().parse_args
    with pytest.raises(SystemExit, match="--teasers would do nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--teasers"]))
    with pytest.raises(SystemExit, match="--low-runs, --no-lone-lines would do nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--low-runs", "--no-lone-lines"]))
    with pytest.raises(SystemExit, match="--foreign-pages would do nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--foreign-pages"]))
    for flag in STAGE_COLUMN_FLAGS:
        with pytest.raises(SystemExit, match=f"{flag} names a mode whose stage --stages-from keeps"):
            train(parse(["train", "--stages-from", "m.joblib", "--refit-text", flag, "html"]))
    with pytest.raises(SystemExit, match="--coherence would do nothing"):
        train(parse(["train", "--stages-from", "m.joblib", "--coherence"]))
    assert fitted_modes(parse(["train"])) == ("html", "text")
    assert fitted_modes(parse(["train", "--stages-from", "m.joblib"])) == ()
    assert fitted_modes(parse(["train", "--stages-from", "m.joblib", "--refit-text"])) == ("text",)


def test_refit_text_keeps_the_html_stage_and_records_both_recipes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--refit-text``: the HTML stage is the kept model's very object, the text stage the one fitted, and the
    manifest and model card say which recipe made which (the corpora, fitting and measuring stood in for)."""
    committed = load_model(DEFAULT_MODEL_PATH)
    fitted = build_pipeline("text")
    calls: list[tuple[tuple[str, ...], bool]] = []

    def fake_fit(args: Any, root: Path, pages: list[Any], modes: tuple[str, ...] = (), kinds: bool = True) -> Any:
        calls.append((modes, kinds))
        return {"text": fitted}

    monkeypatch.setattr(commands, "_pages", lambda args, splits=None: (tmp_path, []))
    monkeypatch.setattr(commands, "write_split", lambda rows: None)
    monkeypatch.setattr(commands, "split_rows", lambda root: [])
    monkeypatch.setattr(commands, "fit_stages", fake_fit)
    monkeypatch.setattr(commands, "measure", lambda model, pages, competitors: {})
    saved: dict[str, Any] = {}

    def fake_save(model: Any, path: Path, **kw: Any) -> dict[str, Any]:
        saved.update(model=model, **kw)
        return {"bytes": 0, "sha256": "0" * 64, **kw}

    monkeypatch.setattr(commands, "save_model", fake_save)
    monkeypatch.setattr(commands, "write_model_card", lambda manifest, path: saved.update(card=manifest))
    args = build_parser().parse_args(
        ["train", "--stages-from", str(DEFAULT_MODEL_PATH), "--refit-text", "--teasers", "--model", str(tmp_path / "m")]
    )
    assert train(args) == 0
    assert calls == [(("text",), False)]  # the kind stage is fitted once, by reused_stages
    model = saved["model"]
    assert model.pipelines["text"] is fitted
    batch = Batch([Paragraph(index=0, text="Subscribe to keep reading.")])
    np.testing.assert_array_equal(
        model.pipelines["html"].predict_proba(batch), committed.pipelines["html"].predict_proba(batch)
    )
    origin = saved["extra"]["stages_from"]
    assert origin["refit"] == ["text"] and origin["sha256"] == committed.manifest["sha256"]
    assert origin["training_data"] == committed.manifest["training_data"]
    assert saved["extra"]["training_data"]["teasers"] is True
    card = write_model_card_text({**saved["extra"], "stages_from": origin})
    assert "HTML stage: that of model" in card and "--refit-text" in card


def write_model_card_text(extra: dict[str, Any]) -> str:
    """The model card's line about reused stages, for a manifest holding ``extra``."""
    manifest = json.loads(DEFAULT_MODEL_PATH.with_suffix(MANIFEST_SUFFIX).read_text())
    out = Path(tempfile.mkdtemp()) / "card.md"
    write_model_card({**manifest, "stages_from": extra["stages_from"]}, out)
    return out.read_text()
