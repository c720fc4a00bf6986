"""Prometheus collectors of one app, in a registry of its own.

With several uvicorn workers, ``PROMETHEUS_MULTIPROC_DIR`` makes prometheus_client keep
values in files shared by the workers, and ``render`` merges them at scrape time.
"""

from __future__ import annotations

import os
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess

from ..core.artifact import Model
from ..core.types import Label, Result

#: Request latency buckets (seconds): the service targets p99 ≤ 100 ms.
LATENCY_BUCKETS = (0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """Request counts and latencies, paragraphs by label, and which model is served."""

    def __init__(self, multiprocess_dir: Path | None = None) -> None:
        self.multiprocess_dir = multiprocess_dir
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "winnow_http_requests", "HTTP requests answered.", ("route", "method", "status"), registry=self.registry
        )
        self.latency = Histogram(
            "winnow_http_request_duration_seconds",
            "Time to answer an HTTP request.",
            ("route", "method"),
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        paragraphs = Counter("winnow_paragraphs_classified", "Paragraphs labelled.", ("label",), registry=self.registry)
        self.paragraphs = {label: paragraphs.labels(label.value) for label in Label}
        self.model_info = Gauge(
            "winnow_model_info",
            "The model served (value 1).",
            ("name", "version", "sha256"),
            registry=self.registry,
            multiprocess_mode="livemax",
        )

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)

    def observe_result(self, result: Result) -> None:
        stats = result.stats
        self.paragraphs[Label.CONTENT].inc(stats["content"])
        self.paragraphs[Label.CHROME].inc(stats["chrome"])

    def set_model(self, model: Model) -> None:
        self.model_info.labels(model.name, model.version, str(model.manifest.get("sha256", ""))).set(1)

    def render(self) -> bytes:
        """The text exposition of every metric (merged across workers in multiprocess mode)."""
        if self.multiprocess_dir is None:
            return generate_latest(self.registry)
        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged, path=str(self.multiprocess_dir))  # type: ignore[no-untyped-call]
        return generate_latest(merged)

    def close(self) -> None:
        """Forget this worker's live gauges (multiprocess mode)."""
        if self.multiprocess_dir is not None:
            multiprocess.mark_process_dead(os.getpid(), path=str(self.multiprocess_dir))  # type: ignore[no-untyped-call]
