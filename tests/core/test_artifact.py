"""Saving, verifying and loading the model artifact."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from service.core.artifact import Model, load_model, manifest_path, save_model, verify_model
from service.core.classify import classify
from service.core.errors import ModelIntegrityError, ModelNotFoundError, ModelVersionError
from service.core.recalibrate import BELOW_GAP, Piece, ScoreMap
from tests.builders import fixture_pages


@pytest.fixture()
def saved(tiny_model: Model, tmp_path: Path) -> Path:
    path = tmp_path / "winnow.joblib"
    save_model(tiny_model, path, version="test")
    return path


def test_manifest_records_provenance(saved: Path) -> None:
    manifest = json.loads(manifest_path(saved).read_text())
    assert len(manifest["sha256"]) == 64
    assert {"python", "scikit-learn", "joblib", "lxml", "numpy", "scipy"} <= set(manifest["libraries"])
    assert manifest["feature_schema_version"] and manifest["created_at"]


def test_save_load_parity(tiny_model: Model, saved: Path) -> None:
    loaded = load_model(saved)
    page = fixture_pages()[0].data
    before = classify(tiny_model, html=page)
    after = classify(loaded, html=page)
    assert [(q.text, q.score) for q in before.paragraphs] == [(q.text, q.score) for q in after.paragraphs]


def test_missing_model(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        load_model(tmp_path / "nope.joblib")


def test_missing_manifest(saved: Path) -> None:
    manifest_path(saved).unlink()
    with pytest.raises(ModelNotFoundError):
        load_model(saved)


def test_one_changed_byte_is_refused(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0x01
    saved.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="does not match"):
        load_model(saved)


def test_truncated_model_is_refused(saved: Path) -> None:
    saved.write_bytes(saved.read_bytes()[:100])
    with pytest.raises(ModelIntegrityError):
        verify_model(saved)


def test_library_version_mismatch_is_refused(saved: Path) -> None:
    mpath = manifest_path(saved)
    manifest = json.loads(mpath.read_text())
    manifest["libraries"]["scikit-learn"] = "0.0.1"
    mpath.write_text(json.dumps(manifest))
    with pytest.raises(ModelVersionError, match="scikit-learn"):
        load_model(saved)


def test_garbage_manifest_is_refused(saved: Path) -> None:
    manifest_path(saved).write_text("{not json")
    with pytest.raises(ModelIntegrityError):
        load_model(saved)


def test_an_empty_path_is_no_model() -> None:
    with pytest.raises(ModelNotFoundError):
        load_model("")


@pytest.mark.parametrize(
    ("field", "value"),
    [("threshold", 5), ("threshold", -3), ("threshold", 0), ("threshold", "x"), ("threshold", None),
     ("threshold", True), ("libraries", None), ("libraries", ["scikit-learn"])],
)  # fmt: skip
def test_a_manifest_field_out_of_shape_is_refused(saved: Path, field: str, value: object) -> None:
    """The hash covers the model file, not the manifest: a threshold of 5 would label every page chrome."""
    mpath = manifest_path(saved)
    manifest = json.loads(mpath.read_text())
    manifest[field] = value
    mpath.write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match=field):
        verify_model(saved)
    mpath.write_text(json.dumps({**manifest, field: float("nan")}))  # json writes NaN; Python reads it
    with pytest.raises(ModelIntegrityError, match=field):
        verify_model(saved)


class _Boom:
    def __reduce__(self):  # type: ignore[no-untyped-def]
        import os

        return (os.system, ("touch " + str(Path.cwd() / "PWNED"),))


def test_a_crafted_pickle_at_the_model_path_never_runs(tmp_path: Path, saved: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    saved.write_bytes(pickle.dumps(_Boom()))  # the attacker cannot also fix the manifest's hash
    with pytest.raises(ModelIntegrityError):
        load_model(saved)
    assert not (tmp_path / "PWNED").exists()


def lifting_map() -> ScoreMap:
    return ScoreMap(0.5, Piece((0.0, 0.5 - BELOW_GAP), (0.0, 0.25)), Piece((0.5, 1.0), (0.9, 1.0)))


def test_score_map_is_saved_and_applied_to_html_only(tiny_model: Model, tmp_path: Path) -> None:
    path = tmp_path / "mapped.joblib"
    save_model(replace(tiny_model, score_maps={"html": lifting_map()}), path, version="test")
    loaded = load_model(path)
    assert loaded.score_maps == {"html": lifting_map()}
    page = fixture_pages()[0].data
    plain, mapped = classify(tiny_model, html=page), classify(loaded, html=page)
    assert [q.label for q in mapped.paragraphs] == [q.label for q in plain.paragraphs]
    assert [q.kind for q in mapped.paragraphs] == [q.kind for q in plain.paragraphs]
    assert mapped.paywall == plain.paywall
    expected = lifting_map()(np.array([q.score for q in plain.paragraphs]))
    assert np.allclose([q.score for q in mapped.paragraphs], expected, atol=1e-4)
    assert any(abs(q.score - p.score) > 0.01 for q, p in zip(mapped.paragraphs, plain.paragraphs, strict=True))
    text = "\n".join(q.text for q in plain.paragraphs)
    assert classify(loaded, text=text).paragraphs == classify(tiny_model, text=text).paragraphs
    alone = load_model(path, text_pass=False)  # the map was fitted on HTML read by both models
    assert classify(alone, html=page).paragraphs == classify(replace(tiny_model, text_pass=False), html=page).paragraphs


@pytest.mark.parametrize(
    "maps",
    [
        {"html": ScoreMap(0.5, Piece((0.0, 0.49), (0.0, 0.6)), Piece((0.5, 1.0), (0.9, 1.0)))},  # crosses
        {"pdf": lifting_map()},
    ],
)
def test_a_saved_score_map_that_does_not_check_out_is_refused(
    tiny_model: Model, tmp_path: Path, maps: dict[str, ScoreMap]
) -> None:
    path = tmp_path / "bad.joblib"
    save_model(replace(tiny_model, score_maps=maps), path, version="test")
    with pytest.raises(ModelIntegrityError, match="score map"):
        load_model(path)
