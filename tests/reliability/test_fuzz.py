"""The atheris harness: every kept crash replays as a regression, and a short fuzz run finds none."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.builders import ROOT

HARNESS = ROOT / "fuzz" / "fuzz_segment.py"
FUZZ_SECONDS = 20
FUZZ_TIMEOUT_S = 180


def load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_segment", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


harness = load_harness()
REGRESSIONS = sorted(harness.REGRESSIONS.iterdir())
SEEDS = sorted(harness.SEEDS.iterdir())


def test_there_are_regressions_and_seeds() -> None:
    assert len(REGRESSIONS) >= 5 and len(SEEDS) >= 5


@pytest.mark.parametrize("path", REGRESSIONS + SEEDS, ids=[p.name for p in REGRESSIONS + SEEDS])
def test_kept_input_replays_cleanly(path: Path) -> None:
    """Each kept input goes through the core; only Winnow's own errors may escape (``exercise`` checks)."""
    harness.exercise(path.read_bytes())


def test_every_mode_and_charset_is_reachable() -> None:
    seen = {(next(iter(harness.decode_input(bytes([s, 0x41])))), s) for s in range(256)}
    assert {mode for mode, _ in seen} == {"html", "text", "paragraphs"}


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_a_bounded_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    """Fuzz for a bounded time; a crash is copied into fuzz/corpus/regressions/ and fails the test."""
    artifacts, corpus = tmp_path / "artifacts", tmp_path / "corpus"
    artifacts.mkdir()
    corpus.mkdir()
    command = [
        sys.executable,
        str(HARNESS),
        f"-max_total_time={FUZZ_SECONDS}",
        f"-artifact_prefix={artifacts}/",
        "-rss_limit_mb=2048",
        "-timeout=10",
        str(corpus),
        str(harness.SEEDS),
        str(harness.REGRESSIONS),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=FUZZ_TIMEOUT_S)
    crashes = sorted(artifacts.iterdir())
    for crash in crashes:
        shutil.copy(crash, harness.REGRESSIONS / crash.name)
    assert not crashes, f"fuzzing found {[c.name for c in crashes]} (kept in fuzz/corpus/regressions/)"
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Done" in result.stderr
