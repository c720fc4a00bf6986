"""In-process speed: Winnow (HTML with and without its text pass, text) vs the parse floor, trafilatura and jusText."""

from __future__ import annotations

import gc
import multiprocessing
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxml import etree

from service import classify, load_model
from service.core.classify import forget_pages

from . import extractors
from .dataset import PreparedPage

MIN_PAGES = 150
#: Pages classified before resident memory is read.
MEMORY_PAGES = 1000
PERCENTILE = 95


@dataclass(frozen=True)
class BenchPage:
    html: bytes
    text: str
    paragraphs: int
    lang: str | None


def sample(pages: Sequence[PreparedPage], n: int) -> list[BenchPage]:
    """A fixed sample of ``n`` pages spread evenly over the split (sorted by key, so every corpus in
    its share; a step of ``len // n`` would stop at the first ``n * step`` pages)."""
    usable = sorted((p for p in pages if p.html and p.paragraphs), key=lambda p: p.key)
    chosen = [usable[i * len(usable) // n] for i in range(min(n, len(usable)))]
    return [
        BenchPage(p.html.encode("utf-8"), "\n".join(q.text for q in p.paragraphs), len(p.paragraphs), p.lang)
        for p in chosen
    ]  # type: ignore[union-attr]


def floor(data: bytes) -> int:
    """The floor: parse the bytes with lxml and walk all text."""
    root = etree.fromstring(
        data, etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    )
    return sum(len(t) for t in root.itertext()) if root is not None else 0


def best_time(fn: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> float:
    """Fastest of ``repeat`` runs, in milliseconds (``before`` runs, untimed, before each)."""
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def summary(values: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(PERCENTILE / 100 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 3), "p95": round(p95, 3), "max": round(ordered[-1], 3)}


def rss_mb() -> float:
    """Current resident memory of this process (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(pages: Sequence[BenchPage], repeat: int, model_path: str | None = None) -> dict[str, Any]:
    """Every figure of the benchmark."""
    start = time.perf_counter()
    model = load_model(model_path)
    load_s = time.perf_counter() - start
    html_alone = replace(model, text_pass=False)
    timings: dict[str, list[float]] = {
        "floor": [],
        "winnow_html": [],
        "winnow_html_alone": [],
        "winnow_text": [],
        "winnow_text_per_100": [],
    }
    others = extractors.html_extractors()
    for name in others:
        timings[name] = []
    # Every run of Winnow starts with nothing of earlier pages remembered (forget_pages): the lines and class
    # names of a page run three times would all be remembered in its second run. What a site's pages
    # repeating each other's lines and class names save is left out.
    for page in pages:
        timings["floor"].append(best_time(lambda p=page: floor(p.html), repeat))
        timings["winnow_html"].append(best_time(lambda p=page: classify(model, html=p.html), repeat, forget_pages))
        timings["winnow_html_alone"].append(
            best_time(lambda p=page: classify(html_alone, html=p.html), repeat, forget_pages)
        )
        text_ms = best_time(lambda p=page: classify(model, text=p.text), repeat, forget_pages)
        timings["winnow_text"].append(text_ms)
        timings["winnow_text_per_100"].append(text_ms / page.paragraphs * 100)
        decoded = page.html.decode("utf-8")
        for name, fn in others.items():
            timings[name].append(best_time(lambda d=decoded, f=fn, lang=page.lang: f(d, lang), repeat))
    report: dict[str, Any] = {
        "pages": len(pages),
        "repeat": repeat,
        "model_load_s": round(load_s, 3),
        "cold_start_s": cold_start(model_path),
    }
    report["per_page_ms"] = {name: summary(values) for name, values in timings.items()}
    median = {name: statistics.median(values) for name, values in timings.items()}
    report["ratios"] = {
        "winnow_html/floor": round(median["winnow_html"] / median["floor"], 2),
        "winnow_html_alone/floor": round(median["winnow_html_alone"] / median["floor"], 2),
    }
    report["ratios"]["per_page_winnow_html/floor_median"] = round(
        statistics.median(w / f for w, f in zip(timings["winnow_html"], timings["floor"], strict=True)), 2
    )
    if "trafilatura" in median:
        for system in ("winnow_html", "winnow_html_alone"):
            report["ratios"][f"trafilatura/{system}"] = round(median["trafilatura"] / median[system], 2)
    report["memory"] = memory([p.html for p in pages], model_path)
    return report


#: A fresh interpreter importing the service and loading the model, then the first page classified (the warm-up).
COLD_START = """
import sys, time
start = time.perf_counter()
from service import load_model
from service.core.warmup import warm_up
model = load_model(sys.argv[1] if len(sys.argv) > 1 else None)
loaded = time.perf_counter()
warm_up(model)
print(round(loaded - start, 3), round(time.perf_counter() - loaded, 3))
"""


def cold_start(model_path: str | None) -> dict[str, float]:
    """What a fresh worker spends before its first request: importing the service and its libraries
    (scikit-learn and SciPy take most of it) and loading the model, then the warm-up."""
    args = [sys.executable, "-c", COLD_START, *([str(model_path)] if model_path else [])]
    result = subprocess.run(args, check=True, capture_output=True, text=True)  # noqa: S603 (fixed argv)
    load, warm = result.stdout.split()
    return {"import_and_load_s": float(load), "warm_up_s": float(warm)}


def _worker_memory(pages: list[bytes], model_path: str | None) -> dict[str, float]:
    """In a fresh process: resident memory after start, after loading the model, after ``MEMORY_PAGES`` pages."""
    gc.collect()
    start = rss_mb()
    model = load_model(model_path)
    gc.collect()
    loaded = rss_mb()
    for i in range(MEMORY_PAGES):
        classify(model, html=pages[i % len(pages)])
    gc.collect()
    after = rss_mb()
    page_mb = sum(map(len, pages)) / 1e6
    return {
        "rss_mb_at_start_with_pages": round(start, 1),
        "rss_mb_after_load": round(loaded, 1),
        f"rss_mb_after_{MEMORY_PAGES}_pages": round(after, 1),
        "page_bytes_mb": round(page_mb, 1),
        # a worker holds one request's page, not the sample this process was handed
        f"rss_mb_after_{MEMORY_PAGES}_pages_less_the_sample": round(after - page_mb, 1),
    }


def memory(pages: list[bytes], model_path: str | None) -> dict[str, float]:
    """A worker's resident memory, measured in a fresh process (this one holds the whole test split)."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_worker_memory, (pages, model_path))


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"pages: {report['pages']} (best of {report['repeat']} runs each); model load {report['model_load_s']} s",
        "fresh worker: import and load {import_and_load_s} s, then warm-up {warm_up_s} s".format(
            **report["cold_start_s"]
        ),
        "| system | median ms | p95 ms | max ms |",
        "|---|---:|---:|---:|",
    ]
    for name, row in report["per_page_ms"].items():
        lines.append(f"| {name} | {row['median']} | {row['p95']} | {row['max']} |")
    lines.append("ratios: " + ", ".join(f"{k} = {v}" for k, v in report["ratios"].items()))
    lines.append("memory: " + ", ".join(f"{k} = {v}" for k, v in report["memory"].items()))
    return "\n".join(lines)
