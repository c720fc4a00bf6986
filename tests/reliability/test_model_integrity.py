"""`winnow serve` loads only its own verified model.

tests/core/test_artifact.py covers the loader's checks and tests/api/test_api_server.py
covers a missing and a tampered model through `winnow serve`; here are the other ways a
model can be wrong, each through `winnow serve`: refused within 5 s, with a clear message
and a non-zero exit, and a crafted pickle never runs.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from service.core.artifact import load_model, manifest_path, sha256_file
from service.core.errors import ModelIntegrityError
from tests.api.test_api_server import FAIL_FAST_S, SERVE, free_port, serve_env
from tests.builders import ROOT

pytestmark = pytest.mark.slow

REFUSAL_PREFIX = "winnow: cannot serve the model:"
PROCESS_TIMEOUT_S = 30


class Payload:
    """Unpickling this runs ``touch <marker>``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def copy_model(source: Path, directory: Path) -> Path:
    target = directory / source.name
    shutil.copy(source, target)
    shutil.copy(manifest_path(source), manifest_path(target))
    return target


def truncate(path: Path) -> str:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return "does not match its manifest"


def wrong_library_version(path: Path) -> str:
    manifest = json.loads(manifest_path(path).read_text())
    manifest["libraries"]["scikit-learn"] = "0.0.1"
    manifest_path(path).write_text(json.dumps(manifest))
    return "saved with other library versions: scikit-learn 0.0.1"


def wrong_feature_schema(path: Path) -> str:
    manifest = json.loads(manifest_path(path).read_text())
    manifest["feature_schema_version"] = -1
    manifest_path(path).write_text(json.dumps(manifest))
    return "feature schema -1"


def empty_file(path: Path) -> str:
    path.write_bytes(b"")
    return "does not match its manifest"


def no_manifest(path: Path) -> str:
    manifest_path(path).unlink()
    return "no manifest"


def malicious_pickle(path: Path) -> str:
    path.write_bytes(pickle.dumps(Payload(path.parent / "PWNED")))
    return "does not match its manifest"


DAMAGES = [truncate, wrong_library_version, wrong_feature_schema, empty_file, no_manifest, malicious_pickle]


@pytest.mark.parametrize("damage", DAMAGES, ids=[d.__name__ for d in DAMAGES])
def test_serve_refuses_a_bad_model_within_5_s(tiny_model_path: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = copy_model(tiny_model_path, tmp_path)
    expected = damage(path)
    env = serve_env(path, WINNOW_PORT=str(free_port()))
    started = time.monotonic()
    result = subprocess.run(SERVE, cwd=ROOT, env=env, capture_output=True, text=True, timeout=PROCESS_TIMEOUT_S)
    elapsed = time.monotonic() - started
    assert elapsed < FAIL_FAST_S, f"refusing took {elapsed:.1f} s"
    assert result.returncode != 0
    assert result.stderr.startswith(REFUSAL_PREFIX), result.stderr[-2000:]
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "PWNED").exists()


def test_a_pickle_with_a_forged_manifest_is_refused_without_running(tiny_model_path: Path, tmp_path: Path) -> None:
    """An attacker who can write the model file may also rewrite the manifest beside it."""
    path = copy_model(tiny_model_path, tmp_path)
    marker = tmp_path / "PWNED"
    path.write_bytes(pickle.dumps(Payload(marker)))
    manifest = json.loads(manifest_path(path).read_text())
    manifest.update(sha256=sha256_file(path), bytes=path.stat().st_size)
    manifest_path(path).write_text(json.dumps(manifest))
    with pytest.raises(ModelIntegrityError, match="refusing to unpickle"):
        load_model(path)
    assert not marker.exists()
