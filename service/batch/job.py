"""A batch job: inputs, output and options, checked before anything runs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .documents import InputFile
from .errors import BatchError
from .worker import ClassifyOptions

#: Documents per Dask partition (one task, one part file).
DEFAULT_PARTITION_SIZE = 1000
#: ``--scheduler`` value that starts a Dask cluster on this machine.
LOCAL_SCHEDULER = "local"


def same_file(path: Path, other: str) -> bool:
    """Whether ``path`` and ``other`` name one file: the same resolved path, or (both existing) the
    same inode, as a hard link is."""
    if str(path.resolve()) == str(Path(other).resolve()):
        return True
    try:
        return os.path.samefile(path, other)
    except OSError:  # one of them does not exist (yet)
        return False


def all_cores() -> int:
    """CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True)
class BatchJob:
    """Everything a run needs; build it with ``BatchJob.create`` to have it checked."""

    inputs: tuple[InputFile, ...]
    output: Path
    model_path: Path | None = None
    text_pass: bool = True
    """HTML is read by the text model too (see ``Model.text_pass``)."""
    options: ClassifyOptions = field(default_factory=ClassifyOptions)
    workers: int = 1
    resume: bool = False
    overwrite: bool = False
    scheduler: str | None = None
    partition_size: int = DEFAULT_PARTITION_SIZE
    summary: Path | None = None
    """Where the summary is also written as JSON (checked with the rest, before the run)."""

    @classmethod
    def create(cls, inputs: Sequence[str | Path], output: str | Path, **options: object) -> BatchJob:
        """Check inputs (they exist, none twice, none is the output) and options; ``workers=0``: all cores."""
        files = tuple(InputFile.from_path(path) for path in inputs)
        job = cls(inputs=files, output=Path(output), **options)  # type: ignore[arg-type]
        job.check()
        return job if job.workers else replace(job, workers=all_cores())

    def check(self) -> None:
        if not self.inputs:
            raise BatchError("no input files")
        missing = [f.label for f in self.inputs if not Path(f.path).is_file()]
        if missing:
            raise BatchError(f"no such input file: {', '.join(missing)}")
        paths = [f.path for f in self.inputs]
        if len(set(paths)) != len(paths):
            raise BatchError("an input file is given twice")
        if any(same_file(self.output, path) for path in paths):
            raise BatchError(f"the output {self.output} is also an input")
        if self.summary is not None:
            if same_file(self.summary, str(self.output)) or any(same_file(self.summary, path) for path in paths):
                raise BatchError(f"the summary {self.summary} is the output or an input")
            if not self.summary.resolve().parent.is_dir():
                raise BatchError(f"no directory for the summary {self.summary}")
        if self.resume and self.overwrite:
            raise BatchError("--resume and --overwrite exclude each other")
        if self.workers < 0 or self.partition_size < 1:
            raise BatchError("workers must be 0 (all cores) or more, partition size 1 or more")

    @property
    def labels(self) -> set[str]:
        return {f.label for f in self.inputs}
