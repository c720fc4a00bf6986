#!/usr/bin/env python3
"""Soak test: many requests on loopback, and the resident memory of each worker over time.

    .venv/bin/python scripts/soak.py --start-server --workers 2 --requests 10000
    .venv/bin/python scripts/soak.py --url http://127.0.0.1:8000 --pid 12345 --requests 10000

After ``--warmup`` requests (caches, arenas and lazy imports settle), the resident memory
(VmRSS) of every worker is the baseline; it is sampled every ``--sample-every`` requests,
and the run fails when a worker's last sample is more than ``--max-growth`` above its
baseline, when a worker was replaced, or on any error. Prints the figures; ``--json``
adds them as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loadtest import (  # the sibling script is the library
    CORPORA,
    DEFAULT_PAGES_PER_CORPUS,
    MAX_REQUESTS,
    OK,
    Tally,
    default_model,
    load_pages,
    own_server,
    require_loopback,
    rss_kib,
    run_load,
    worker_pids,
)

#: A soak never lasts longer than this, whatever the request count.
MAX_SOAK_S = 3 * 3600.0
KIB_PER_MIB = 1024


def merge(total: Tally, part: Tally) -> None:
    total.latencies_ms += part.latencies_ms
    total.statuses.update(part.statuses)
    total.transport_errors.update(part.transport_errors)
    total.timeouts += part.timeouts
    total.retry_after_missing += part.retry_after_missing
    total.seconds += part.seconds


def sample(master: int) -> dict[int, int]:
    return {pid: rss_kib(pid) for pid in worker_pids(master)}


def soak(url: str, master: int, pages: list[bytes], args: argparse.Namespace) -> dict[str, Any]:
    def chunk(count: int) -> Tally:
        return asyncio.run(run_load(url, pages, args.concurrency, MAX_SOAK_S, count, args.timeout))

    total = Tally()
    merge(total, chunk(args.warmup))
    baseline = sample(master)
    samples = [baseline]
    remaining = max(0, args.requests - args.warmup)
    while remaining > 0:
        step = min(args.sample_every, remaining)
        merge(total, chunk(step))
        remaining -= step
        samples.append(sample(master))
    last = samples[-1]
    growth = {pid: (last[pid] - rss) / rss for pid, rss in baseline.items() if pid in last}
    figures = total.figures(overload=False)
    figures.update(
        workers=len(baseline),
        replaced=sorted(set(baseline) ^ set(last)),
        baseline_mib={str(pid): round(rss / KIB_PER_MIB, 1) for pid, rss in baseline.items()},
        last_mib={str(pid): round(rss / KIB_PER_MIB, 1) for pid, rss in last.items()},
        peak_mib={str(pid): round(max(s.get(pid, 0) for s in samples) / KIB_PER_MIB, 1) for pid in baseline},
        growth_pct={str(pid): round(100 * g, 2) for pid, g in growth.items()},
        series_mib={str(pid): [round(s.get(pid, 0) / KIB_PER_MIB) for s in samples] for pid in baseline},
        samples=len(samples),
    )
    return figures


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help="a running server (loopback only); give --pid too")
    target.add_argument("--start-server", action="store_true", help="start `winnow serve` on a free loopback port")
    p.add_argument("--pid", type=int, help="the server's master PID (with --url)")
    p.add_argument("--model", type=Path, default=None, help="model for --start-server (default: the committed one)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--requests", type=int, default=10_000)
    p.add_argument("--warmup", type=int, default=1_000)
    p.add_argument("--sample-every", type=int, default=1_000)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("--max-growth", type=float, default=0.10, help="allowed RSS growth per worker after warm-up")
    p.add_argument("--pages-per-corpus", type=int, default=DEFAULT_PAGES_PER_CORPUS)
    p.add_argument("--corpora", type=Path, default=CORPORA)
    p.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.requests = min(args.requests, MAX_REQUESTS)
    pages, source = load_pages(args.pages_per_corpus, args.corpora)
    print(f"pages: {source}; requests: {args.requests} (warm-up {args.warmup}); clients: {args.concurrency}")
    if args.start_server:
        with own_server(args.model or default_model(), args.workers) as server:
            figures = soak(server.url, server.pid, pages, args)
    else:
        if args.pid is None:
            raise SystemExit("--url needs --pid (the server's master process) to read worker memory")
        figures = soak(require_loopback(args.url), args.pid, pages, args)
    worst = max(figures["growth_pct"].values(), default=0.0)
    print(f"== soak: {figures['requests']} requests in {figures['seconds']} s, {figures['pages_per_s']} pages/s")
    print(f"latency of 200s: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms")
    print(f"by status {figures['by_status']}; errors {figures['errors']}; timeouts {figures['timeouts']}")
    print(f"RSS per worker (MiB): after warm-up {figures['baseline_mib']}, last {figures['last_mib']}")
    print(f"peak {figures['peak_mib']}; growth {figures['growth_pct']} % (allowed {100 * args.max_growth:.0f} %)")
    print(f"samples every {args.sample_every} requests (MiB): {figures['series_mib']}")
    if args.json:
        print(json.dumps(figures))
    failed = (
        figures["errors"]
        or figures["replaced"]
        or worst > 100 * args.max_growth
        or figures["by_status"].get(str(OK), 0) == 0
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
