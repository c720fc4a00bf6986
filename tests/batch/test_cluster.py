"""``winnow batch --scheduler``: the same lines as one machine, from partitions run on Dask workers."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from service.batch.cluster import Partition, local_cluster_options, parts_directory, plan_partitions
from service.batch.documents import InputFile
from service.batch.worker import model_loads
from service.cli import main
from tests.batch.support import MakeJsonl, comparable, read_lines, warc_bytes

#: Small partitions, so that both workers get several.
PARTITION_SIZE = "2"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    options = local_cluster_options(2)  # what --scheduler local --workers 2 starts
    assert (options["processes"], options["threads_per_worker"], options["dashboard_address"]) == (True, 1, None)
    with distributed.LocalCluster(**options) as local_cluster:
        yield local_cluster


@pytest.fixture
def inputs(make_jsonl: MakeJsonl, page_records: list[dict[str, Any]], tmp_path: Path) -> list[Path]:
    """7 JSON lines (one broken) and a WARC with 3 HTML responses."""
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(warc_bytes(compress=True))
    return [make_jsonl([*page_records, "{broken"]), warc]


def batch(*args: str | Path, model: Path) -> int:
    return main(["batch", *map(str, args), "--model", str(model), "--no-progress"])


def test_a_dask_run_writes_the_same_lines_as_one_process(
    cluster: Any, inputs: list[Path], tiny_model_path: Path, tmp_path: Path
) -> None:
    from distributed import Client

    local, remote, summary = tmp_path / "local.jsonl", tmp_path / "dask.jsonl.gz", tmp_path / "summary.json"
    assert batch(*inputs, "-o", local, model=tiny_model_path) == 0
    scheduler = ["--scheduler", cluster.scheduler_address, "--partition-size", PARTITION_SIZE]
    assert batch(*inputs, "-o", remote, *scheduler, "--summary", summary, model=tiny_model_path) == 0
    assert comparable(read_lines(remote)) == comparable(read_lines(local))
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert (report["documents"], report["errors"]) == (10, 1)
    assert [Path(part).name for part in report["parts"]] == [f"part-{i:05d}.jsonl.gz" for i in range(6)]
    with Client(cluster) as client:
        loads = client.run(model_loads)
    assert len(loads) == 2 and set(loads.values()) == {1}  # each worker loaded the model once


def test_resume_reruns_only_the_missing_partitions(
    cluster: Any, inputs: list[Path], tiny_model_path: Path, tmp_path: Path
) -> None:
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    scheduler = ["--scheduler", cluster.scheduler_address, "--partition-size", PARTITION_SIZE]
    assert batch(*inputs, "-o", out, *scheduler, model=tiny_model_path) == 0
    reference = comparable(read_lines(out))
    (parts_directory(out) / "part-00001.jsonl").unlink()
    out.unlink()
    assert batch(*inputs, "-o", out, *scheduler, "--resume", "--summary", summary, model=tiny_model_path) == 0
    assert comparable(read_lines(out)) == reference
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert (report["documents"], report["skipped"]) == (2, 8)


def test_resume_with_another_partition_size_is_refused(
    cluster: Any, inputs: list[Path], tiny_model_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    scheduler = ["--scheduler", cluster.scheduler_address]
    assert batch(*inputs, "-o", out, *scheduler, "--partition-size", "5", model=tiny_model_path) == 0
    assert batch(*inputs, "-o", out, *scheduler, "--partition-size", "4", "--resume", model=tiny_model_path) == 2
    assert "other inputs or --partition-size" in capsys.readouterr().err
    assert batch(*inputs, "-o", out, *scheduler, model=tiny_model_path) == 2  # neither --resume nor --overwrite


def test_partitions_cut_files_in_input_order() -> None:
    a, b = InputFile.from_path("a.jsonl"), InputFile.from_path("b.warc")
    assert plan_partitions([a, b], [5, 0], 2) == [Partition(0, a, 0, 2), Partition(1, a, 2, 4), Partition(2, a, 4, 5)]


def test_without_dask_the_scheduler_option_says_what_to_install(
    inputs: list[Path],
    tiny_model_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    assert batch(*inputs, "-o", tmp_path / "out.jsonl", "--scheduler", "local", model=tiny_model_path) == 2
    assert "pip install -c requirements.lock -e '.[batch]'" in capsys.readouterr().err


def test_scheduler_local_starts_a_cluster_of_its_own(
    make_jsonl: MakeJsonl, tiny_model_path: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    source = make_jsonl([{"id": i, "paragraphs": [f"Paragraph {i}.", "Share"]} for i in range(3)])
    out = tmp_path / "out.jsonl"
    assert batch(source, "-o", out, "--scheduler", "local", "--workers", "1", model=tiny_model_path) == 0
    assert [line["id"] for line in read_lines(out)] == [0, 1, 2]
