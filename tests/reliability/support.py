"""What the reliability tests share: default limits, marker accounting, resource measurement, servers."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx

from service.api.settings import Settings
from service.api.state import Runtime
from service.core.classify import Limits
from service.core.types import Result
from tests.api.test_api_server import LOOPBACK, SERVE, free_port, serve_env, wait_ready
from tests.builders import ROOT

T = TypeVar("T")

#: What "bounded work" promises for one document at the default limits.
MAX_REQUEST_S = 2.0
MAX_REQUEST_BYTES = 1 << 30
STOP_TIMEOUT_S = 30


def default_limits(**overrides: Any) -> Limits:
    """The limits the API applies with its default settings (plus ``overrides``)."""
    return Runtime.create(Settings(**overrides)).limits


def unaccounted(texts: Iterable[str], truncated: bool, markers: Iterable[str]) -> list[str]:
    """Markers found in no paragraph text of an answer that does not say it was truncated."""
    if truncated:
        return []
    texts = list(texts)
    return [marker for marker in markers if not any(marker in text for text in texts)]


def unaccounted_in_body(body: dict[str, Any], markers: Iterable[str]) -> list[str]:
    return unaccounted((p["text"] for p in body["paragraphs"]), body["truncated"], markers)


def unaccounted_in_result(result: Result, markers: Iterable[str]) -> list[str]:
    return unaccounted((p.text for p in result.paragraphs), result.truncated, markers)


# -- time and memory of one call ------------------------------------------------------------

_LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


@dataclass
class Cost:
    seconds: float = 0.0
    peak_bytes: int = 0
    """Growth of the process's peak resident memory during the call."""


@contextmanager
def measured() -> Iterator[Cost]:
    """Wall time and peak-RSS growth of the block.

    Freed memory goes back to the OS first (``malloc_trim``) and the kernel's peak-RSS mark
    is reset to the current RSS (``/proc/self/clear_refs``), so the growth is what the block
    itself needed at its peak.
    """
    gc.collect()
    _LIBC.malloc_trim(0)
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    cost = Cost()
    started = time.perf_counter()
    try:
        yield cost
    finally:
        cost.seconds = time.perf_counter() - started
        cost.peak_bytes = max(0, _status_kib("VmHWM") - before) * 1024


def call_measured(fn: Callable[[], T]) -> tuple[T | BaseException, Cost]:
    with measured() as cost:
        try:
            outcome: T | BaseException = fn()
        except Exception as exc:
            outcome = exc
    return outcome, cost


# -- a real `winnow serve` on a loopback port -----------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    stderr: str = ""

    def stop(self) -> int:
        """SIGTERM, wait, keep stderr; return the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        _, self.stderr = self.process.communicate(timeout=STOP_TIMEOUT_S)
        return self.process.returncode


def wait_until_ready(server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=5, trust_env=False) as http:
        wait_ready(http, server.process)


@contextmanager
def running_server(model_path: Path, **env: str) -> Iterator[Server]:
    """``winnow serve`` on a free loopback port, ready; stopped (SIGTERM) afterwards."""
    port = free_port()
    environment = serve_env(model_path, WINNOW_PORT=str(port), **env)
    process = subprocess.Popen(
        SERVE, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    server = Server(process, f"http://{LOOPBACK}:{port}")
    try:
        wait_until_ready(server)
        yield server
    finally:
        server.stop()


def run_script(name: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``scripts/NAME`` with this interpreter; its output is captured as text."""
    command = [sys.executable, str(ROOT / "scripts" / name), *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINNOW_")}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
