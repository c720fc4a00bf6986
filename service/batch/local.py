"""Run a batch on one machine: in this process, or on a pool of worker processes.

Documents go to the pool in small chunks with a bounded number in flight (a crawl never
sits in memory), and come back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from multiprocessing.context import BaseContext
from typing import TypeVar

from threadpoolctl import threadpool_limits

from .documents import Document
from .errors import BatchError
from .job import BatchJob
from .output import LineWriter, recover_output
from .progress import Progress
from .readers import read_documents
from .summary import Summary
from .worker import (
    WORKER_THREADS,
    ClassifyOptions,
    ModelRef,
    Outcome,
    cached_model,
    classify_chunk,
    classify_document,
    init_worker,
)

#: Documents sent to a worker process in one task.
CHUNK_DOCUMENTS = 8
#: Chunks in flight per worker: enough to keep it busy, few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 4
#: Workers fork from a clean server process that imported the worker module once: cheap to
#: start, and nothing inherited from this process's threads or OpenMP state.
START_METHOD = "forkserver"
FALLBACK_START_METHOD = "spawn"

T = TypeVar("T")
R = TypeVar("R")


def run_local(job: BatchJob, ref: ModelRef, progress: Progress) -> Summary:
    """Classify every document not yet in the output, appending to it in input order."""
    done = prepare_output(job)
    summary = Summary(skipped=len(done), output=str(job.output))
    documents = read_documents(job.inputs, skip=done)
    with LineWriter(job.output, append=job.resume) as writer:
        for outcome in classify_stream(documents, ref, job.options, job.workers):
            writer.write(outcome.line)
            summary.add(outcome)
            progress.advance(1, errors=int(outcome.error is not None))
    return summary


def prepare_output(job: BatchJob) -> set[str]:
    """Keys already in the output (``--resume``), or check that there is none to overwrite."""
    if not job.resume:
        if job.output.exists() and not job.overwrite:
            raise BatchError(f"{job.output} exists: add --resume to continue it or --overwrite to replace it")
        return set()
    done = recover_output(job.output)
    stray = {key.rsplit(":", 1)[0] for key in done} - job.labels
    if stray:
        raise BatchError(
            f"{job.output} holds documents of inputs not given now ({', '.join(sorted(stray)[:3])}):"
            " resume with the same input paths"
        )
    return done


def classify_stream(
    documents: Iterable[Document], ref: ModelRef, options: ClassifyOptions, workers: int
) -> Iterator[Outcome]:
    """Outcomes in input order, from this process (one worker) or a process pool."""
    if workers <= 1:
        model = cached_model(ref)
        with threadpool_limits(WORKER_THREADS):
            for doc in documents:
                yield classify_document(doc, model, options)
        return
    pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=init_worker, initargs=(ref,))
    try:
        task = partial(classify_chunk, ref=ref, options=options)
        window = workers * CHUNKS_IN_FLIGHT_PER_WORKER
        for outcomes in ordered_map(pool, task, chunked(documents, CHUNK_DOCUMENTS), window):
            yield from outcomes
    finally:
        pool.shutdown(cancel_futures=True)


def worker_context() -> BaseContext:
    """The multiprocessing context of the worker pool."""
    if START_METHOD not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context(FALLBACK_START_METHOD)
    context = multiprocessing.get_context(START_METHOD)
    context.set_forkserver_preload([init_worker.__module__])
    return context


def ordered_map(pool: ProcessPoolExecutor, fn: Callable[[T], R], items: Iterable[T], window: int) -> Iterator[R]:
    """``fn`` over ``items`` in the pool, in order, with at most ``window`` tasks in flight."""
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
