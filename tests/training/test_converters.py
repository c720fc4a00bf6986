"""The HTML-to-text converters of the bench extra, whose output the evaluation feeds to text mode."""

from __future__ import annotations

import pytest

from service.core.segment import segment_lines
from training import extractors

SENTENCE = (
    "The council voted on Tuesday to close the old river road to cars from the first of March, after engineers "
    "found cracks in two of its bridges last autumn and warned that the repairs would take at least six months."
)
PAGE = (
    "<html><head><title>T</title><script>var hidden = 1;</script><style>.a{}</style></head><body>"
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
    "<article><h1>Road to close</h1>" + f"<p>{SENTENCE}</p>" * 4 + "</article></body></html>"
)


@pytest.fixture(scope="module")
def converted() -> dict[str, str]:
    found = extractors.converters()
    if not found:
        pytest.skip("html2text and markdownify are in the bench extra, which is not installed")
    return {name: convert(PAGE) for name, convert in found.items()}


def test_every_converter_of_the_bench_extra_runs(converted: dict[str, str]) -> None:
    assert set(converted) == {"html2text", "html2text_unwrapped", "markdownify"}
    for text in converted.values():
        assert "voted" in text and "var hidden" not in text


def test_text_mode_reads_their_output_back_as_paragraphs(converted: dict[str, str]) -> None:
    for name, text in converted.items():
        paragraphs = [p.text for p in segment_lines(text)]
        assert "Road to close" in paragraphs, name
        assert paragraphs.count(SENTENCE) == 4, (name, paragraphs)


def test_a_converter_failing_on_a_page_gives_empty_text() -> None:
    def broken(page: str) -> str:
        raise RecursionError(page[:10])

    assert extractors._never_failing(broken)("<p>x</p>") == ""
