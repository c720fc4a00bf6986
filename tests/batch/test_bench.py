"""The benchmark's samples: fixture pages repeated, corpus pages read but never kept."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from service.batch.bench import build_samples, main
from service.core.parse import decode_html
from tests.batch.support import read_lines
from tests.builders import FIXTURES


def test_the_fixture_sample_repeats_the_pages_to_the_requested_size(tmp_path: Path) -> None:
    (sample,) = build_samples(tmp_path, 30, 0, tmp_path / "no-corpora")
    records = read_lines(sample)
    assert len(records) == 30 and len({r["id"] for r in records}) == 30
    pages = {decode_html(path.read_bytes())[0] for path in FIXTURES.glob("*.html")}
    assert {r["html"] for r in records} == pages


def test_corpus_pages_are_sampled_when_present(tmp_path: Path) -> None:
    corpus = tmp_path / "corpora" / "tiny"
    corpus.mkdir(parents=True)
    records = [{"id": str(i), "url": None, "html": f"<p>{i}</p>", "article_text": "truth"} for i in range(5)]
    (corpus / "tiny.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
    _, corpora = build_samples(tmp_path, 3, 2, tmp_path / "corpora")
    assert read_lines(corpora) == [{"id": "0", "html": "<p>0</p>"}, {"id": "1", "html": "<p>1</p>"}]


def test_without_a_model_the_benchmark_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--model", str(tmp_path / "none.joblib")]) == 2
    assert "no model" in capsys.readouterr().err
