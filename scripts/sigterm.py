#!/usr/bin/env python3
"""Faults under load on loopback: a killed worker is replaced; SIGTERM drains in-flight requests and stops.

    .venv/bin/python scripts/sigterm.py --model service/models/winnow.joblib --workers 2

Starts its own `winnow serve` (it sends signals, so it never targets a server it did not start):

1. SIGKILL one worker: a new worker must take its place and the service keep answering 200.
2. Load from ``--concurrency`` clients with the largest pages of the mix; after ``--load-before``
   seconds, SIGTERM to the server. Every request in flight at that moment (sent at least
   ``--in-flight-margin`` before it and not yet answered) must finish with 200; new connections
   opened after it must not be served; the process must exit with status 0 within ``--grace``.

Prints the figures; ``--json`` adds them as one JSON line; exits non-zero when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loadtest import (  # the sibling script is the library
    CLASSIFY,
    CORPORA,
    DEFAULT_PAGES_PER_CORPUS,
    HTML,
    OK,
    ServerProcess,
    default_model,
    load_pages,
    rss_kib,
    start_server,
    stop_server,
    worker_pids,
)

REPLACE_TIMEOUT_S = 60.0
#: A new worker counts as loaded once its memory is this share of a running worker's.
LOADED = 0.8
PROBE_EVERY_S = 0.1
PROBE_TIMEOUT_S = 2.0
DEFAULT_CHECK_REQUESTS = 20
POLL_S = 0.1
MAX_LOAD_S = 600.0


@dataclass
class Attempt:
    started: float
    ended: float
    outcome: str
    """An HTTP status as text, or the transport error's class name."""


# -- 1. a killed worker is replaced ---------------------------------------------------------


def kill_a_worker(server: ServerProcess, page: bytes, checks: int) -> dict[str, Any]:
    before = worker_pids(server.pid)
    if before == [server.pid]:
        return {"skipped": "one worker: nothing supervises it"}
    victim, survivor = before[0], before[1]
    loaded_kib = rss_kib(survivor)
    os.kill(victim, signal.SIGKILL)
    started = time.monotonic()
    after: list[int] = []
    while time.monotonic() - started < REPLACE_TIMEOUT_S:
        after = worker_pids(server.pid)
        if victim not in after and len(after) == len(before):
            break
        time.sleep(POLL_S)
    replaced_s = time.monotonic() - started
    newcomer = next((pid for pid in after if pid not in before), None)
    while newcomer and time.monotonic() - started < REPLACE_TIMEOUT_S and rss_kib(newcomer) < LOADED * loaded_kib:
        time.sleep(POLL_S)  # until the newcomer holds its model, like the survivor
    loaded_s = time.monotonic() - started
    with httpx.Client(base_url=server.url, timeout=30, trust_env=False) as http:
        statuses = Counter(
            http.post(CLASSIFY, content=page, headers={"Content-Type": HTML}).status_code for _ in range(checks)
        )
    return {
        "killed": victim,
        "workers_before": before,
        "workers_after": after,
        "replaced": victim not in after and len(after) == len(before),
        "replaced_after_s": round(replaced_s, 2),
        "loaded_after_s": round(loaded_s, 2),
        "statuses_after": {str(k): v for k, v in statuses.items()},
    }


# -- 2. SIGTERM during load -----------------------------------------------------------------


async def load_until_exit(server: ServerProcess, pages: list[bytes], clients: int, timeout: float) -> list[Attempt]:
    attempts: list[Attempt] = []
    deadline = time.monotonic() + MAX_LOAD_S
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=server.url, timeout=timeout, limits=limits, trust_env=False) as client:

        async def loop(offset: int) -> None:
            index = offset
            while server.process.poll() is None and time.monotonic() < deadline:
                started = time.monotonic()
                try:
                    response = await client.post(
                        CLASSIFY, content=pages[index % len(pages)], headers={"Content-Type": HTML}
                    )
                    outcome = str(response.status_code)
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                    await asyncio.sleep(POLL_S)  # a refused client does not spin
                attempts.append(Attempt(started, time.monotonic(), outcome))
                index += clients

        await asyncio.gather(*(loop(i) for i in range(clients)))
    return attempts


async def probe_new_connections(server: ServerProcess, since: float) -> list[Attempt]:
    """A fresh connection every PROBE_EVERY_S after SIGTERM, until the process is gone."""
    probes: list[Attempt] = []
    await asyncio.sleep(max(0.0, since - time.monotonic()))
    while server.process.poll() is None and time.monotonic() < since + MAX_LOAD_S:
        started = time.monotonic()
        try:
            async with httpx.AsyncClient(base_url=server.url, timeout=PROBE_TIMEOUT_S, trust_env=False) as fresh:
                outcome = str((await fresh.get("/healthz")).status_code)
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
        probes.append(Attempt(started, time.monotonic(), outcome))
        await asyncio.sleep(PROBE_EVERY_S)
    return probes


async def sigterm_under_load(server: ServerProcess, pages: list[bytes], args: argparse.Namespace) -> dict[str, Any]:
    load = asyncio.create_task(load_until_exit(server, pages, args.concurrency, args.timeout))
    await asyncio.sleep(args.load_before)
    signalled = time.monotonic()
    server.process.send_signal(signal.SIGTERM)
    probes = asyncio.create_task(probe_new_connections(server, signalled + args.probe_after))
    exit_status = await asyncio.to_thread(wait_exit, server, args.grace)
    exited_after = time.monotonic() - signalled
    attempts, probed = await load, await probes
    in_flight = [a for a in attempts if a.started <= signalled - args.in_flight_margin and a.ended > signalled]
    before = [a for a in attempts if a.ended <= signalled]
    return {
        "exit_status": exit_status,
        "exited_after_s": round(exited_after, 2),
        "grace_s": args.grace,
        "answered_before_sigterm": dict(Counter(a.outcome for a in before)),
        "in_flight_at_sigterm": len(in_flight),
        "in_flight_outcomes": dict(Counter(a.outcome for a in in_flight)),
        "longest_in_flight_s": round(max((a.ended - signalled for a in in_flight), default=0.0), 2),
        "new_connections_after_sigterm": dict(Counter(p.outcome for p in probed)),
    }


def wait_exit(server: ServerProcess, grace: float) -> int | None:
    try:
        return server.process.wait(timeout=grace)
    except Exception:  # noqa: BLE001 (TimeoutExpired: reported as None, the process is killed later)
        return None


def check(replacement: dict[str, Any], drain: dict[str, Any], checks: int) -> list[str]:
    problems = []
    if "skipped" not in replacement:
        if not replacement["replaced"]:
            problems.append("the killed worker was not replaced")
        if replacement["statuses_after"] != {str(OK): checks}:
            problems.append(f"after the kill: {replacement['statuses_after']}")
    if drain["exit_status"] != 0:
        problems.append(f"exit status {drain['exit_status']} (None: still running after the grace period)")
    if drain["in_flight_at_sigterm"] == 0:
        problems.append("no request was in flight at SIGTERM (raise --load-before or --concurrency)")
    if set(drain["in_flight_outcomes"]) - {str(OK)}:
        problems.append(f"in-flight requests did not all finish with 200: {drain['in_flight_outcomes']}")
    if str(OK) in drain["new_connections_after_sigterm"]:
        problems.append(f"new connections were served after SIGTERM: {drain['new_connections_after_sigterm']}")
    return problems


def largest(pages: list[bytes], count: int) -> list[bytes]:
    return sorted(pages, key=len, reverse=True)[:count]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", type=Path, default=None, help="default: the committed model")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--load-before", type=float, default=3.0, help="seconds of load before SIGTERM")
    p.add_argument("--in-flight-margin", type=float, default=0.1, help="sent at least this long before SIGTERM")
    p.add_argument("--probe-after", type=float, default=0.2, help="first new connection this long after SIGTERM")
    p.add_argument("--grace", type=float, default=30.0, help="seconds the process may take to exit")
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--heavy-pages", type=int, default=8, help="load with this many of the largest pages")
    p.add_argument("--check-requests", type=int, default=DEFAULT_CHECK_REQUESTS, help="requests after the kill")
    p.add_argument("--pages-per-corpus", type=int, default=DEFAULT_PAGES_PER_CORPUS)
    p.add_argument("--corpora", type=Path, default=CORPORA)
    p.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    pages, source = load_pages(args.pages_per_corpus, args.corpora)
    heavy = largest(pages, args.heavy_pages)
    print(f"pages: {source}; load: the {len(heavy)} largest ({min(map(len, heavy)):,}-{max(map(len, heavy)):,} bytes)")
    server = start_server(args.model or default_model(), args.workers)
    try:
        replacement = kill_a_worker(server, heavy[-1], args.check_requests)
        drain = asyncio.run(sigterm_under_load(server, heavy, args))
    finally:
        if server.process.poll() is None:
            stop_server(server)
    print(f"== killed worker: {replacement}")
    print(f"== SIGTERM under load: {drain}")
    problems = check(replacement, drain, args.check_requests)
    if args.json:
        print(json.dumps({"replacement": replacement, "drain": drain, "problems": problems}))
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
