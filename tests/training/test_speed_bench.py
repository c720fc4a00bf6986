"""The speed benchmark's report (its figures are printed, never asserted: no timed tests)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from service.core import scoring
from service.core.parse import parse_html
from service.core.segment import segment_tree
from service.core.types import Paragraph
from tests.builders import fixture_pages
from training import bench


def bench_pages() -> list[bench.BenchPage]:
    """Two fixture pages as the benchmark holds corpus pages: UTF-8 bytes and their text dump."""
    pages = []
    for fixture in fixture_pages():
        parsed = parse_html(fixture.data)
        lines = [p.text for p in segment_tree(parsed).paragraphs]
        html = fixture.data.decode(parsed.encoding or "utf-8").encode("utf-8")
        pages.append(bench.BenchPage(html, "\n".join(lines), len(lines), "en"))
    return pages[:2]


def test_the_report_times_html_with_and_without_the_text_pass(tiny_model_path: Path) -> None:
    report = bench.run(bench_pages(), 1, str(tiny_model_path))
    rows = report["per_page_ms"]
    assert {"floor", "winnow_html", "winnow_html_alone", "winnow_text", "winnow_text_per_100"} <= set(rows)
    assert all(row["median"] > 0 for row in rows.values())
    assert {"winnow_html/floor", "winnow_html_alone/floor"} <= set(report["ratios"])
    assert report["memory"][f"rss_mb_after_{bench.MEMORY_PAGES}_pages"] > 0
    assert report["cold_start_s"]["import_and_load_s"] > 0 and report["cold_start_s"]["warm_up_s"] > 0
    assert "| winnow_html_alone |" in bench.format_report(report)
    assert "fresh worker: import and load" in bench.format_report(report)


def test_the_sample_spreads_over_the_whole_split() -> None:
    """Every k-th page with k = len // n stopped at the first n * k pages (537 pages, 200 asked: the
    first 400), leaving the corpora sorted last half out."""
    paragraph = Paragraph(index=0, text="x")
    pages = [SimpleNamespace(key=f"c{i // 100}/{i:03d}", html=f"<p>{i}</p>", paragraphs=[paragraph], lang="en")
             for i in range(537)]  # fmt: skip
    chosen = bench.sample(pages, 200)  # type: ignore[arg-type]
    assert len(chosen) == 200
    corpora = Counter(pages[int(page.html[3:-4])].key.split("/")[0] for page in chosen)
    assert set(corpora) == {f"c{i}" for i in range(6)} and corpora["c5"] >= 12


def test_every_system_gets_the_best_of_the_same_runs(tiny_model_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """trafilatura and jusText were timed once per page while Winnow had the best of three."""
    calls: list[str] = []
    monkeypatch.setattr(bench.extractors, "html_extractors", lambda: {"other": lambda html, lang: calls.append(html)})
    monkeypatch.setattr(bench, "memory", lambda pages, path: {})
    monkeypatch.setattr(bench, "cold_start", lambda path: {})
    pages = bench_pages()
    bench.run(pages, 3, str(tiny_model_path))
    assert len(calls) == 3 * len(pages)


def test_every_run_of_winnow_starts_with_nothing_remembered(tiny_model_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A page's second run would find its lines' verdicts and its class names remembered from its first."""
    forgotten: list[int] = []
    monkeypatch.setattr(bench.extractors, "html_extractors", dict)
    monkeypatch.setattr(bench, "memory", lambda pages, path: {})
    monkeypatch.setattr(bench, "cold_start", lambda path: {})
    monkeypatch.setattr(
        bench, "forget_pages", lambda: forgotten.append(scoring._remembered_verdict.cache_info().currsize)
    )
    pages = bench_pages()
    bench.run(pages, 3, str(tiny_model_path))
    assert len(forgotten) == 3 * 3 * len(pages)  # HTML, HTML alone and text, three runs each
    assert max(forgotten) > 0  # each run did remember lines, for the next to be told to forget
    assert bench.best_time(lambda: None, 2, lambda: forgotten.append(-1)) >= 0 and forgotten[-2:] == [-1, -1]
