"""The model card, written from a real measurement of the tiny model on the fixture pages."""

from __future__ import annotations

from pathlib import Path

from service.core.artifact import load_model, read_manifest
from tests.training.test_train_smoke import corpus_pages
from training.chrome import load_hard_content, load_library
from training.commands import measure
from training.dataset import Augmentation, prepare
from training.modelcard import _unseen_table, write_model_card


def test_the_card_shows_the_results_and_every_leakage_placement(tiny_model_path: Path, tmp_path: Path) -> None:
    model = load_model(tiny_model_path)
    augmentation = Augmentation(load_library(split="train"), load_hard_content())
    pages = [prepare(page, "test", augmentation, seed=0) for page in corpus_pages()]
    metrics = measure(model, pages, competitors=False)
    assert {"html", "text", "inside", "container", "wall", "lone"} <= metrics["leakage"].keys()
    lone = metrics["leakage"]["lone"]
    assert lone["pages"] and lone["html"]["injected"] == lone["text"]["injected"] == 2 * lone["pages"]
    assert lone["html"]["content_lines"] == lone["pages"]
    card = tmp_path / "MODEL_CARD.md"
    fitted = {
        "split": "dev",
        "pages": 3,
        "paragraphs": 1234,
        "knots": 17,
        "ece_before": 0.0412,
        "ece_after_in_sample": 0.001,
    }
    manifest = {
        **read_manifest(tiny_model_path),
        "metrics": {"split": "test", **metrics},
        "score_maps": {"html": fitted},
    }
    write_model_card(manifest, card)
    text = card.read_text(encoding="utf-8")
    assert "## Results on the test split" in text and "## Chrome leakage" in text
    assert "| html, inside the article |" in text and "| text, article container alone |" in text
    assert "| text, a wall mid-story |" in text and "the story going on for at least two paragraphs" in text
    assert "HTML is read by both models" in text
    assert (
        "after the score map fitted on the dev split of its training run (3 pages, 1,234 labelled paragraphs, 17 knots"
        in text
    )
    assert "| lone lines by kind | html leak rate | text leak rate |" in text
    assert "| by kind | html leak rate | text leak rate | html inside leak rate | text inside leak rate |" in text


def test_the_card_names_the_stages_a_model_took_from_another(tiny_model_path: Path, tmp_path: Path) -> None:
    """A model made with ``train --stages-from`` says which stages it kept and which it fitted anew."""
    base = {**read_manifest(tiny_model_path), "metrics": {}}
    origin = {"version": "1.21.0", "sha256": "260c53bb257a" + "0" * 52, "seed": 1}
    cases = [
        ({}, "- HTML and text stages: those of model 1.21.0 (sha256 `260c53bb257a…`, seed 1); the chrome-kind stage"),
        (
            {"refit": ["text"]},
            "- HTML stage: that of model 1.21.0 (sha256 `260c53bb257a…`, seed 1); the text and "
            "chrome-kind stages fitted anew (`train --stages-from --refit-text`;",
        ),
        (
            {"refit": ["text"], "kinds": "kept"},
            "- HTML and chrome-kind stages: those of model 1.21.0 (sha256 "
            "`260c53bb257a…`, seed 1); the text stage fitted anew (`train --stages-from --refit-text --keep-kinds`;",
        ),
    ]
    for extra, expected in cases:
        card = tmp_path / "MODEL_CARD.md"
        write_model_card({**base, "stages_from": {**origin, **extra}}, card)
        assert expected in card.read_text(encoding="utf-8")


def test_the_card_names_the_more_languages_data_a_stage_was_fitted_with(tiny_model_path: Path, tmp_path: Path) -> None:
    base = {**read_manifest(tiny_model_path), "metrics": {}}
    card = tmp_path / "MODEL_CARD.md"
    write_model_card(base, card)
    assert "**More languages**" not in card.read_text(encoding="utf-8")
    more = {"chrome": "c", "stories": "s", "drawn": "beside"}
    write_model_card({**base, "training_data": {**base.get("training_data", {}), "more_languages": more}}, card)
    text = card.read_text(encoding="utf-8")
    assert "- **More languages** (`train --more-languages beside`)" in text and "drawn beside the library's" in text
    assert text.index("**More languages**") < text.index("## Limits")


def test_the_unseen_pages_table_shows_their_chrome_kinds() -> None:
    row = {"f1": 0.9, "chrome": 10, "chrome_kept": 0.1, "body": 5, "body_dropped": 0.2, "ece": 0.05}
    kinds = {
        "accuracy": 0.625,
        "lines": 1234,
        "by_kind": {"navigation": {"precision": 0.5, "recall": 0.75, "lines": 8}},
    }
    walls = {"pages_with_wall": 3, "detected": 2, "pages_without": 9, "flagged_without": 1}
    html = {**row, "kinds": kinds, "paywall": walls}
    table = "\n".join(
        _unseen_table({"pages": 2, "languages": 2, "html": html, "text": row, "trafilatura": {"f1": 0.8}})
    )
    assert "| winnow_html | 0.900 | 0.100 | 0.200 | 0.050 |" in table and "| trafilatura | 0.800 | – | – | – |" in table
    assert "html mode 0.625 of 1,234 blocks" in table and "| navigation | 0.500 | 0.750 | 8 |" in table
    assert "html mode 2 of 3 such pages flagged, 1 of the 9 others." in table and "text mode" not in table
    bare = "\n".join(_unseen_table({"pages": 2, "languages": 2, "html": row, "text": row}))
    assert "kind" not in bare and "verdict" not in bare
