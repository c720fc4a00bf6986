"""Fixtures of the batch tests: input records, JSON-lines files, WARC files."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tests.batch.support import PAGE_NAMES, MakeJsonl, page_html, warc_bytes


@pytest.fixture(scope="session")
def page_records() -> list[dict[str, Any]]:
    """Good records of every input kind (html, text, paragraphs)."""
    records: list[dict[str, Any]] = [
        {"id": f"page-{i}", "url": f"https://news.example/{name}", "html": page_html(name)}
        for i, name in enumerate(PAGE_NAMES)
    ]
    records.append({"id": 99, "text": "A headline about the port\nSubscribe to our newsletter"})
    records.append({"url": "https://blog.example/p", "paragraphs": ["First paragraph of a post.", "Share this"]})
    return records


@pytest.fixture
def make_jsonl(tmp_path: Path) -> MakeJsonl:
    """Write lines (dicts are JSON-encoded, str written as they are) to a .jsonl or .jsonl.gz file."""

    def make(lines: Iterable[dict[str, Any] | str], name: str = "input.jsonl") -> Path:
        text = "".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines)
        path = tmp_path / name
        data = text.encode("utf-8")
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        return path

    return make


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def warc_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    compress = bool(request.param)
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc_bytes(compress=compress))
    return path
