"""The load, overload, soak and SIGTERM scripts, shortened, against a real `winnow serve` with the tiny model.

The full runs (16 clients for 60 s, 10,000 requests, SIGTERM under load) are the same
scripts with their default options; their figures are in docs/reliability.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.builders import ROOT
from tests.reliability.support import run_script

pytestmark = pytest.mark.slow

SCRIPT_TIMEOUT_S = 240
FEW_PAGES = ("--pages-per-corpus", "1")


def load_script(name: str) -> ModuleType:
    path = ROOT / "scripts" / f"{name}.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(name, module)  # dataclasses look their module up there
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def figures_of(output: str) -> dict[str, Any]:
    """The JSON line a script prints last (with --json)."""
    return json.loads(output.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.9.9.9:1/", "http://localhost:80", "http://[::1]:8000"]
)
def test_loopback_targets_are_accepted(url: str) -> None:
    assert load_script("loadtest").require_loopback(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1:8000", "http://192.168.1.2", "http://example.com", "http://0.0.0.0:80"]
)
def test_other_targets_are_refused_before_any_traffic(url: str) -> None:
    with pytest.raises(SystemExit, match="only loopback"):
        load_script("loadtest").require_loopback(url)


def test_the_page_mix_reads_the_corpora_in_place_or_falls_back_to_fixtures(tmp_path: Path) -> None:
    loadtest = load_script("loadtest")
    pages, source = loadtest.load_pages(2, corpora=tmp_path)
    assert source == "fixture pages" and pages == loadtest.fixture_pages()
    if any(loadtest.CORPORA.glob("*/*.jsonl.gz")):
        pages, source = loadtest.load_pages(2)
        assert source.endswith("(2 per corpus)") and all(page.lstrip()[:1] == b"<" for page in pages)


def test_load(tiny_model_path: Path) -> None:
    result = run_script(
        "loadtest.py",
        *("--start-server", "--model", str(tiny_model_path), "--workers", "2"),
        *("--concurrency", "4", "--duration", "3", *FEW_PAGES, "--json"),
        timeout=SCRIPT_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = figures_of(result.stdout)
    assert figures["errors"] == 0 and figures["timeouts"] == 0 and figures["by_status"]["200"] > 0
    assert figures["pages_per_s"] > 0 and 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"]
    assert "pages/s" in result.stdout and "p99" in result.stdout


def test_overload_is_answered_with_503_and_retry_after(tiny_model_path: Path) -> None:
    result = run_script(
        "loadtest.py",
        *("--start-server", "--model", str(tiny_model_path), "--workers", "1"),
        *("--concurrency", "4", "--duration", "3", "--overload", *FEW_PAGES, "--json"),
        timeout=SCRIPT_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = figures_of(result.stdout)
    assert figures["clients"] == 16 and figures["server_cap"] == 2
    assert figures["by_status"]["503"] > 0 and figures["by_status"]["200"] > 0
    assert figures["errors"] == 0  # every 503 carried Retry-After; nothing else went wrong
    server = figures["server_ms"]  # the server's own timing of what the clients got
    assert set(server) == {"200", "503"}
    assert all(0 < t["p50_ms"] <= t["p95_ms"] <= t["p99_ms"] <= t["max_ms"] for t in server.values())


def test_soak(tiny_model_path: Path) -> None:
    result = run_script(
        "soak.py",
        *("--start-server", "--model", str(tiny_model_path), "--workers", "2"),
        *("--requests", "120", "--warmup", "30", "--sample-every", "30", "--concurrency", "4"),
        *("--max-growth", "1.0", *FEW_PAGES, "--json"),
        timeout=SCRIPT_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = figures_of(result.stdout)
    assert figures["requests"] == 120 and figures["errors"] == 0 and figures["workers"] == 2
    assert figures["samples"] == 4 and not figures["replaced"]
    assert set(figures["growth_pct"]) == set(figures["baseline_mib"])


def test_sigterm_drains_and_a_killed_worker_is_replaced(tiny_model_path: Path) -> None:
    result = run_script(
        "sigterm.py",
        *("--model", str(tiny_model_path), "--workers", "2", "--concurrency", "8", "--in-flight-margin", "0.03"),
        *("--load-before", "1.5", "--heavy-pages", "4", "--check-requests", "5", *FEW_PAGES, "--json"),
        timeout=SCRIPT_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = figures_of(result.stdout)
    assert figures["replacement"]["replaced"] and figures["problems"] == []
    drain = figures["drain"]
    assert drain["exit_status"] == 0 and drain["exited_after_s"] < drain["grace_s"]
    assert drain["in_flight_at_sigterm"] > 0 and set(drain["in_flight_outcomes"]) == {"200"}
    assert "200" not in drain["new_connections_after_sigterm"]
