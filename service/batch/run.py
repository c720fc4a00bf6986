"""The one entry point: verify the model, then run the job on one machine or on Dask."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..core.artifact import DEFAULT_MODEL_PATH
from .cluster import run_on_dask
from .job import BatchJob
from .local import run_local
from .progress import Progress
from .summary import Summary
from .worker import ModelRef


def run_batch(job: BatchJob, *, stream: TextIO | None = None, progress: bool | None = None) -> Summary:
    """Run ``job``; progress goes to ``stream`` (stderr), drawn when it is a terminal unless forced."""
    ref = ModelRef.verified(job.model_path or DEFAULT_MODEL_PATH, text_pass=job.text_pass)
    bar = Progress(stream or sys.stderr, enabled=progress)
    started = time.perf_counter()
    try:
        summary = (run_on_dask if job.scheduler else run_local)(job, ref, bar)
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary
