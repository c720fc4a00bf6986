#!/usr/bin/env python3
"""Load test for Winnow's HTTP API on loopback: concurrent clients for a fixed time, figures printed.

    .venv/bin/python scripts/loadtest.py --start-server --workers 2 --model service/models/winnow.joblib
    .venv/bin/python scripts/loadtest.py --url http://127.0.0.1:8000 --concurrency 16 --duration 60
    .venv/bin/python scripts/loadtest.py --start-server --overload     # 4x the clients, a small server cap: 503s

Pages are a realistic mix: the first ``--pages-per-corpus`` pages of each corpus in
``../shared/corpora/*/*.jsonl.gz`` (read in place, never copied), else the fixture pages.
Prints throughput (pages/s), p50/p95/p99 latency, answers by status, transport errors and
timeouts; ``--json`` adds the figures as one JSON line. Exits non-zero on any error (in
``--overload`` mode, 503 with Retry-After is the expected answer and not an error).

Only loopback addresses are accepted, and every loop is bounded in time and count. The
helpers here (server start, worker PIDs, resident memory) are shared by soak.py and sigterm.py.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import ipaddress
import json
import math
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
FIXTURES = ROOT / "datasets" / "fixtures" / "pages"
COMMITTED_MODEL = ROOT / "service" / "models" / "winnow.joblib"
LOOPBACK = "127.0.0.1"
CLASSIFY = "/v1/classify"
#: No charset: the pages are sent as a scraper forwards the bytes it fetched, and the service reads
#: their encoding (a fixture page is windows-1252, which a claimed utf-8 would turn into a 400).
HTML = "text/html"
OK = 200
OVERLOADED = 503
#: Hard caps, whatever the options say: a load test here never runs away.
MAX_DURATION_S = 3600.0
MAX_REQUESTS = 1_000_000
MAX_CLIENTS = 1024
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 60.0
POLL_S = 0.2
DEFAULT_PAGES_PER_CORPUS = 20
#: Pages larger than this are left out of the mix (they would be 413s, not load).
MAX_PAGE_BYTES = 2 * 1024 * 1024
MS = 1000.0


# -- safety ---------------------------------------------------------------------------------


def require_loopback(url: str) -> str:
    """``url`` unchanged when its host is a loopback address; otherwise exit."""
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(f"refusing {url!r}: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed")
    return url.rstrip("/")


# -- pages ----------------------------------------------------------------------------------


def corpus_pages(per_corpus: int, corpora: Path = CORPORA) -> list[bytes]:
    """The first ``per_corpus`` HTML pages of each corpus (a test-split-like sample across sources)."""
    pages: list[bytes] = []
    for path in sorted(corpora.glob("*/*.jsonl.gz")):
        taken = 0
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if taken >= per_corpus:
                    break
                html = (json.loads(line).get("html") or "").encode("utf-8")
                if 0 < len(html) <= MAX_PAGE_BYTES:
                    pages.append(html)
                    taken += 1
    return pages


def fixture_pages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(FIXTURES.glob("*.html"))]


def load_pages(per_corpus: int, corpora: Path = CORPORA) -> tuple[list[bytes], str]:
    pages = corpus_pages(per_corpus, corpora) if per_corpus > 0 else []
    if pages:
        return pages, f"{len(pages)} corpus pages ({per_corpus} per corpus)"
    return fixture_pages(), "fixture pages"


# -- a server of our own --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    log_path: Path | None = None

    @property
    def pid(self) -> int:
        return self.process.pid


def server_env(model: Path, port: int, workers: int, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINNOW_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(
        WINNOW_HOST=LOOPBACK,
        WINNOW_PORT=str(port),
        WINNOW_MODEL_PATH=str(model),
        WINNOW_WORKERS=str(workers),
        WINNOW_LOG_LEVEL="info",  # "model loaded" tells when each worker is ready
    )
    env.update(extra)
    return env


def start_server(
    model: Path, workers: int, extra_env: dict[str, str] | None = None, log: Path | None = None
) -> ServerProcess:
    """``winnow serve`` on a free loopback port; returns once /readyz answers 200 (every worker loaded)."""
    port = free_port()
    env = server_env(model, port, workers, extra_env or {})
    if log is None:  # the log tells when every worker has loaded its model
        handle, name = tempfile.mkstemp(prefix="winnow-serve-", suffix=".log")
        os.close(handle)
        log = Path(name)
    stderr = log.open("wb")
    command = [sys.executable, "-m", "service.cli", "serve"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)  # noqa: S603 (fixed argv)
    server = ServerProcess(process, f"http://{LOOPBACK}:{port}", log)
    wait_ready(server, workers)
    return server


def wait_ready(server: ServerProcess, workers: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    with httpx.Client(base_url=server.url, timeout=5, trust_env=False) as http:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise SystemExit(f"the server exited during start-up (status {server.process.returncode})")
            try:
                ready = http.get("/readyz").status_code == OK
            except httpx.TransportError:
                ready = False
            if ready and models_loaded(server) >= workers:
                return
            time.sleep(POLL_S)
    stop_server(server)
    raise SystemExit("the server did not become ready")


def models_loaded(server: ServerProcess) -> int:
    """How many processes logged that their model is loaded.

    /readyz answers from whichever worker is ready first; load must wait for all of them,
    or every keep-alive connection of the clients lands on the first worker for good.
    """
    if server.log_path is None or not server.log_path.is_file():
        return 0
    return server.log_path.read_text(encoding="utf-8", errors="replace").count('"msg": "model loaded"')


def stop_server(server: ServerProcess, timeout: float = STOP_TIMEOUT_S) -> tuple[int, float]:
    """SIGTERM and wait; return (exit status, seconds it took). SIGKILL only if it overstays ``timeout``."""
    started = time.monotonic()
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
    try:
        status = server.process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        server.process.kill()
        status = server.process.wait(timeout=timeout)
    return status, time.monotonic() - started


@contextmanager
def own_server(model: Path, workers: int, extra_env: dict[str, str] | None = None) -> Iterator[ServerProcess]:
    """A server for the ``with`` block; stopped after it (stopping it inside is fine) and its log removed."""
    server = start_server(model, workers, extra_env)
    try:
        yield server
    finally:
        stop_server(server)
        if server.log_path is not None:
            server.log_path.unlink(missing_ok=True)


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (from /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def worker_pids(master: int) -> list[int]:
    """uvicorn's worker processes: the master's children that run Python (not its resource tracker)."""
    workers = []
    for pid in children(master):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"multiprocessing.resource_tracker" not in command:
            workers.append(pid)
    return workers or [master]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise LookupError(pid)


def default_model() -> Path:
    return COMMITTED_MODEL


# -- the load itself ------------------------------------------------------------------------


@dataclass
class Tally:
    """What the clients saw."""

    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    transport_errors: Counter[str] = field(default_factory=Counter)
    timeouts: int = 0
    retry_after_missing: int = 0
    seconds: float = 0.0

    @property
    def requests(self) -> int:
        return sum(self.statuses.values()) + sum(self.transport_errors.values()) + self.timeouts

    def errors(self, overload: bool) -> int:
        bad = sum(n for status, n in self.statuses.items() if status != OK and not (overload and status == OVERLOADED))
        return bad + sum(self.transport_errors.values()) + self.timeouts + self.retry_after_missing

    def figures(self, overload: bool) -> dict[str, Any]:
        ok = sorted(self.latencies_ms)
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 2),
            "pages_per_s": round(self.statuses[OK] / self.seconds, 2) if self.seconds else 0.0,
            "requests_per_s": round(self.requests / self.seconds, 2) if self.seconds else 0.0,
            "p50_ms": round(percentile(ok, 50), 1),
            "p95_ms": round(percentile(ok, 95), 1),
            "p99_ms": round(percentile(ok, 99), 1),
            "mean_ms": round(statistics.fmean(ok), 1) if ok else 0.0,
            "by_status": {str(k): v for k, v in sorted(self.statuses.items())},
            "transport_errors": dict(self.transport_errors),
            "timeouts": self.timeouts,
            "errors": self.errors(overload),
        }


def percentile(sorted_values: list[float], q: float) -> float:
    """The nearest-rank ``q``-th percentile (the smallest value with at least q% of values at or below it)."""
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, math.ceil(q / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


async def one_request(client: httpx.AsyncClient, page: bytes, tally: Tally) -> None:
    started = time.perf_counter()
    try:
        response = await client.post(CLASSIFY, content=page, headers={"Content-Type": HTML})
    except httpx.TimeoutException:
        tally.timeouts += 1
        return
    except httpx.TransportError as exc:
        tally.transport_errors[type(exc).__name__] += 1
        return
    tally.statuses[response.status_code] += 1
    if response.status_code == OK:
        tally.latencies_ms.append((time.perf_counter() - started) * MS)
    elif response.status_code == OVERLOADED and "retry-after" not in response.headers:
        tally.retry_after_missing += 1


async def run_load(
    url: str, pages: list[bytes], clients: int, duration: float, max_requests: int, timeout: float
) -> Tally:
    """``clients`` concurrent loops, each sending the next page as soon as its last answer came back.

    Every loop walks the whole page mix (from its own starting point), so whichever worker a
    connection lands on sees every kind of page.
    """
    tally = Tally()
    deadline = time.monotonic() + min(duration, MAX_DURATION_S)
    budget = min(max_requests, MAX_REQUESTS)
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits, trust_env=False) as client:

        async def loop(offset: int) -> None:
            nonlocal sent
            index = offset
            while time.monotonic() < deadline and sent < budget:
                sent += 1
                await one_request(client, pages[index % len(pages)], tally)
                index += 1

        started = time.perf_counter()
        await asyncio.gather(*(loop(i * len(pages) // clients) for i in range(clients)))
        tally.seconds = time.perf_counter() - started
    return tally


def server_latencies(log: Path, route: str = CLASSIFY) -> dict[str, dict[str, float]]:
    """Per status, p50/p95/p99/max of the server's own duration of ``route`` requests (from its access log).

    The server times a request from its headers to its last byte: without the client's own
    queueing, which on a shared machine is most of what the client measures under overload.
    """
    durations: dict[str, list[float]] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        if entry.get("msg") == "request" and entry.get("route") == route:
            durations.setdefault(str(entry["status"]), []).append(float(entry["duration_ms"]))
    summary = {}
    for status, values in sorted(durations.items()):
        values.sort()
        summary[status] = {f"p{q}_ms": round(percentile(values, q), 1) for q in (50, 95, 99)}
        summary[status]["max_ms"] = round(values[-1], 1)
    return summary


def print_figures(title: str, figures: dict[str, Any]) -> None:
    print(f"== {title}")
    print(
        f"requests {figures['requests']} in {figures['seconds']} s: {figures['pages_per_s']} pages/s "
        f"({figures['requests_per_s']} requests/s)"
    )
    print(f"latency of 200s: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms")
    print(f"by status {figures['by_status']}; transport errors {figures['transport_errors']}", end="; ")
    print(f"timeouts {figures['timeouts']}")
    for status, server in figures.get("server_ms", {}).items():
        quantiles = ", ".join(f"{name.removesuffix('_ms')} {value} ms" for name, value in server.items())
        print(f"server-side time of {status}s: {quantiles}")
    print(f"errors {figures['errors']}")


# -- command line ---------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help="a running server (loopback only)")
    target.add_argument("--start-server", action="store_true", help="start `winnow serve` on a free loopback port")
    p.add_argument("--model", type=Path, default=None, help="model for --start-server (default: the committed one)")
    p.add_argument("--workers", type=int, default=2, help="server workers for --start-server")
    p.add_argument("--max-concurrency", type=int, default=None, help="server WINNOW_MAX_CONCURRENCY (--start-server)")
    p.add_argument(
        "--no-text-pass", action="store_true", help="server WINNOW_TEXT_PASS=false: HTML model alone (--start-server)"
    )
    p.add_argument(
        "--no-gzip", action="store_true", help="server WINNOW_GZIP=false: answers uncompressed (--start-server)"
    )
    p.add_argument("--concurrency", type=int, default=16, help="concurrent clients")
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    p.add_argument("--requests", type=int, default=MAX_REQUESTS, help="stop after this many requests")
    p.add_argument("--timeout", type=float, default=30.0, help="per-request timeout, seconds")
    p.add_argument("--overload", action="store_true", help="4x the clients against a small server cap: expect 503s")
    p.add_argument("--pages-per-corpus", type=int, default=DEFAULT_PAGES_PER_CORPUS)
    p.add_argument("--corpora", type=Path, default=CORPORA)
    p.add_argument("--json", action="store_true", help="print the figures as one JSON line too")
    return p


def overload_cap(concurrency: int, workers: int) -> int:
    """A per-worker cap well under the offered load (4x ``concurrency`` clients), so 503s must happen."""
    return max(1, concurrency // (2 * workers))


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    clients = min(MAX_CLIENTS, args.concurrency * (4 if args.overload else 1))
    pages, source = load_pages(args.pages_per_corpus, args.corpora)
    extra: dict[str, str] = {}
    cap = args.max_concurrency or (overload_cap(args.concurrency, args.workers) if args.overload else None)
    if cap:
        extra["WINNOW_MAX_CONCURRENCY"] = str(cap)
    if args.no_text_pass:
        extra["WINNOW_TEXT_PASS"] = "false"  # noqa: S105 (the text model's pass, not a password)
    if args.no_gzip:
        extra["WINNOW_GZIP"] = "false"
    print(
        f"pages: {source}; clients: {clients}; duration: {args.duration} s; server cap per worker: {cap or 'default'}"
        + ("; HTML model alone" if args.no_text_pass else "")
        + ("; answers uncompressed" if args.no_gzip else "")
    )
    if args.start_server:
        model = args.model or default_model()
        with own_server(model, args.workers, extra) as server:
            tally = asyncio.run(run_load(server.url, pages, clients, args.duration, args.requests, args.timeout))
            stop_server(server)  # every request logged
            server_ms = server_latencies(server.log_path) if server.log_path is not None else {}
    else:
        url = require_loopback(args.url)
        tally = asyncio.run(run_load(url, pages, clients, args.duration, args.requests, args.timeout))
        server_ms = {}
    figures = tally.figures(args.overload)
    figures.update(clients=clients, pages=len(pages), overload=args.overload, server_cap=cap, server_ms=server_ms)
    print_figures("overload" if args.overload else "load", figures)
    if args.json:
        print(json.dumps(figures))
    expected_overload = args.overload and tally.statuses[OVERLOADED] == 0
    if expected_overload:
        print("overload produced no 503: the cap was never reached")
    return 1 if figures["errors"] or expected_overload or not tally.statuses[OK] else 0


if __name__ == "__main__":
    raise SystemExit(main())
