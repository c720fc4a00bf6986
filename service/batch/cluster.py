"""Run a batch on a Dask cluster (``--scheduler ADDRESS``, or ``local`` for one on this machine).

1. The workers count the documents of each input file.
2. Files are cut into partitions of ``partition_size`` documents (file, ordinal range).
3. Each partition is one task: the worker reads its range, classifies it with the model it
   loaded once (``worker.cached_model``) and writes ``OUT.parts/part-NNNNN.jsonl[.gz]``,
   renamed into place only when complete.
4. The parts are concatenated into ``OUT`` in order: the same lines as a one-machine run.

``--resume`` re-runs only partitions without a part file. Workers open input and part paths
themselves, so on a real cluster both must be on storage every worker sees. Dask is the
optional ``batch`` extra, imported only here.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from threadpoolctl import threadpool_limits

from .documents import InputFile
from .errors import INSTALL_BATCH_EXTRA, BatchError
from .job import LOCAL_SCHEDULER, BatchJob
from .output import LineWriter, is_gzip
from .progress import Progress
from .readers import count_documents, file_documents
from .summary import Summary
from .worker import WORKER_THREADS, ClassifyOptions, ModelRef, cached_model, classify_document

MISSING_EXTRA = f"--scheduler needs Dask: install the batch extra ({INSTALL_BATCH_EXTRA})"
PARTS_SUFFIX = ".parts"
PLAN_FILE = "plan.json"
PART_PATTERN = "part-*.jsonl*"
TMP_SUFFIX = ".tmp"
#: How many failed partitions the error message names.
FAILURES_SHOWN = 3
#: The scheduler serves health and metrics over HTTP even without a dashboard: on a free
#: loopback port, never the fixed default (which warns when taken, e.g. by another cluster).
SCHEDULER_HTTP_ADDRESS = "127.0.0.1:0"


@dataclass(frozen=True, slots=True)
class Partition:
    """Documents ``start`` to ``stop`` (ordinals, stop excluded) of one input file."""

    index: int
    file: InputFile
    start: int
    stop: int

    @property
    def size(self) -> int:
        return self.stop - self.start


@dataclass(frozen=True, slots=True)
class PartitionJob:
    """What every partition task shares."""

    ref: ModelRef
    options: ClassifyOptions
    parts_dir: str
    compress: bool

    def part_path(self, index: int) -> Path:
        return Path(self.parts_dir) / (f"part-{index:05d}.jsonl" + (".gz" if self.compress else ""))


def import_distributed() -> ModuleType:
    try:
        import distributed
    except ImportError:
        raise BatchError(MISSING_EXTRA) from None
    return distributed


def parts_directory(output: Path) -> Path:
    return output.with_name(output.name + PARTS_SUFFIX)


def run_on_dask(job: BatchJob, ref: ModelRef, progress: Progress) -> Summary:
    """Classify the inputs on the cluster; write the parts, then ``job.output``."""
    distributed = import_distributed()
    assert job.scheduler is not None
    parts_dir = parts_directory(job.output).resolve()
    claim_outputs(job, parts_dir)
    pjob = PartitionJob(ref, job.options, str(parts_dir), is_gzip(job.output))
    with connect(distributed, job.scheduler, job.workers) as client:
        counts = client.gather(client.map(count_documents, list(job.inputs), pure=False))
        plan = plan_partitions(job.inputs, counts, job.partition_size)
        todo = record_plan(job, plan, pjob)
        summary = Summary(skipped=sum(p.size for p in plan) - sum(p.size for p in todo), output=str(job.output))
        progress.total = sum(p.size for p in todo)
        failures = run_partitions(client, distributed, todo, pjob, summary, progress)
    if failures:
        shown = "; ".join(failures[:FAILURES_SHOWN])
        raise BatchError(f"{len(failures)} of {len(todo)} partitions failed ({shown}): re-run with --resume")
    parts = [pjob.part_path(p.index) for p in plan]
    concatenate(parts, job.output)
    summary.parts = [str(path) for path in parts]
    return summary


@contextmanager
def connect(distributed: ModuleType, scheduler: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster of ``workers`` processes."""
    if scheduler != LOCAL_SCHEDULER:
        with distributed.Client(scheduler) as client:
            yield client
        return
    with distributed.LocalCluster(**local_cluster_options(workers)) as cluster, distributed.Client(cluster) as client:
        yield client


def local_cluster_options(workers: int) -> dict[str, Any]:
    """``LocalCluster`` arguments: one single-threaded process per worker, no dashboard."""
    return {
        "n_workers": workers,
        "processes": True,
        "threads_per_worker": 1,
        "dashboard_address": None,
        "scheduler_kwargs": {"dashboard_address": SCHEDULER_HTTP_ADDRESS},
    }


def plan_partitions(files: Sequence[InputFile], counts: Sequence[int], size: int) -> list[Partition]:
    """Cut each file's documents into ranges of at most ``size``, numbered in input order."""
    ranges = [
        (file, start, min(start + size, count))
        for file, count in zip(files, counts, strict=True)
        for start in range(0, count, size)
    ]
    return [Partition(index, file, start, stop) for index, (file, start, stop) in enumerate(ranges)]


def plan_record(job: BatchJob, plan: Sequence[Partition], compress: bool) -> dict[str, Any]:
    """The plan as JSON data: a resumed run must find the same one."""
    return {
        "inputs": [f.label for f in job.inputs],
        "compress": compress,
        "partitions": [[p.file.label, p.start, p.stop] for p in plan],
    }


def claim_outputs(job: BatchJob, parts_dir: Path) -> None:
    """Before anything runs: refuse to clobber an earlier output, or clear it for ``--overwrite``."""
    if job.overwrite:
        remove_outputs(job.output, parts_dir)
    elif job.resume:
        if job.output.exists() and not (parts_dir / PLAN_FILE).exists():
            raise BatchError(f"{job.output} was not written with --scheduler: resume it without --scheduler")
    elif job.output.exists() or parts_dir.exists():
        raise BatchError(f"{job.output} or {parts_dir} exists: add --resume to continue or --overwrite to replace")


def record_plan(job: BatchJob, plan: Sequence[Partition], pjob: PartitionJob) -> list[Partition]:
    """Store the plan (a resumed run must have the same one); return the partitions still to run."""
    parts_dir, record = Path(pjob.parts_dir), plan_record(job, plan, pjob.compress)
    plan_file = parts_dir / PLAN_FILE
    if job.resume and plan_file.exists() and json.loads(plan_file.read_text(encoding="utf-8")) != record:
        raise BatchError(f"{parts_dir} was planned for other inputs or --partition-size: resume with the same")
    parts_dir.mkdir(parents=True, exist_ok=True)
    plan_file.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return [p for p in plan if not pjob.part_path(p.index).exists()]


def remove_outputs(output: Path, parts_dir: Path) -> None:
    """Delete an earlier output and the files this module wrote in its parts directory."""
    output.unlink(missing_ok=True)
    if not parts_dir.is_dir():
        return
    for path in [*parts_dir.glob(PART_PATTERN), parts_dir / PLAN_FILE]:
        path.unlink(missing_ok=True)
    if not any(parts_dir.iterdir()):
        parts_dir.rmdir()


def run_partitions(
    client: Any,
    distributed: ModuleType,
    todo: Sequence[Partition],
    pjob: PartitionJob,
    summary: Summary,
    progress: Progress,
) -> list[str]:
    """Run the partitions, adding their counts to ``summary``; return what failed."""
    token = uuid.uuid4().hex[:8]
    keys = [f"winnow-part-{p.index:05d}-{token}" for p in todo]
    futures = client.map(run_partition, list(todo), job=pjob, key=keys)
    failures = []
    for future in distributed.as_completed(futures):
        try:
            part = future.result()
        except Exception as exc:  # noqa: BLE001 (report every failed partition; --resume re-runs them)
            failures.append(f"{future.key}: {type(exc).__name__}: {exc}")
            continue
        summary.merge(part)
        progress.advance(part.documents, errors=part.errors)
    return failures


def run_partition(partition: Partition, job: PartitionJob) -> Summary:
    """On a worker: classify one partition into its part file (written under a temporary name)."""
    model = cached_model(job.ref)
    path = job.part_path(partition.index)
    tmp = path.with_name(path.name + TMP_SUFFIX)
    summary = Summary(output=str(path))
    wanted = range(partition.start, partition.stop)
    with threadpool_limits(WORKER_THREADS), LineWriter(tmp, compress=job.compress) as writer:
        for doc in file_documents(partition.file, wanted):
            outcome = classify_document(doc, model, job.options)
            writer.write(outcome.line)
            summary.add(outcome)
    if summary.documents != partition.size:
        raise BatchError(f"{partition.file.label} changed: {summary.documents} documents in {wanted}")
    os.replace(tmp, path)
    return summary


def concatenate(parts: Sequence[Path], output: Path) -> None:
    """Join the part files into ``output`` (gzip members concatenate into one valid gzip file)."""
    tmp = output.with_name(output.name + TMP_SUFFIX)
    with tmp.open("wb") as sink:
        for part in parts:
            with part.open("rb") as source:
                shutil.copyfileobj(source, sink)
    os.replace(tmp, output)
