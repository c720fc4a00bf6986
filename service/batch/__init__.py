"""Classify whole crawls: JSON-lines dumps and WARC files in, one JSON line per document out.

    from service.batch import BatchJob, run_batch
    summary = run_batch(BatchJob.create(["crawl.warc.gz"], "out.jsonl.gz", workers=0))

On one machine (a process pool) or on a Dask cluster (``scheduler=``); see docs/batch.md.
"""

from .errors import BatchError, MalformedRecordError, RecordError, UnreadableInputError
from .job import BatchJob
from .run import run_batch
from .summary import Summary
from .worker import ClassifyOptions

__all__ = [
    "BatchError",
    "BatchJob",
    "ClassifyOptions",
    "MalformedRecordError",
    "RecordError",
    "Summary",
    "UnreadableInputError",
    "run_batch",
]
