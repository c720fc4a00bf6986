"""Pages dumped as Markdown (the evaluation's third text-dump style)."""

from __future__ import annotations

from service.core.parse import parse_html
from service.core.segment import segment_tree
from training.evaluate import content_text
from training.markdowndump import markdown_dump, markdown_lines

PAGE = """<html><head><title>T</title><script>var x = 1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Road to <em>close</em></h1><p>The council <a href="/v">voted</a> on <b>Tuesday</b> to close the road.</p>
<figure><img src="/road.jpg" alt="The road"><figcaption>The road in May.</figcaption></figure>
<blockquote><p>We had no choice.</p></blockquote><ol><li>First step</li><li>Second step</li></ol>
<table><tr><th>Year</th><th>Cars</th></tr><tr><td>2020</td><td>5,000</td></tr></table><hr>
<p hidden>A note shown by a script</p></article><footer>Copyright <span>2026</span></footer></body></html>"""


def test_a_page_dumps_as_markdown_one_block_per_line() -> None:
    assert markdown_lines(PAGE) == [
        "- [Home](/)",
        "- [News](/news)",
        "# Road to *close*",
        "The council [voted](/v) on **Tuesday** to close the road.",
        "![The road](/road.jpg)",
        "The road in May.",
        "> We had no choice.",
        "1. First step",
        "2. Second step",
        "| Year | Cars |",
        "| --- | --- |",
        "| 2020 | 5,000 |",
        "---",
        "A note shown by a script",
        "Copyright 2026",
    ]


def test_the_dump_reads_as_the_same_words_as_the_block_segmentation() -> None:
    dump = markdown_dump(PAGE)
    blocks = [p.text for p in segment_tree(parse_html(PAGE)).paragraphs]
    shown = content_text(dump, [1.0] * len(dump))  # what the evaluation scores: visible words only
    assert shown.replace("\n", "").replace(" ", "") == "".join(blocks).replace(" ", "")
    assert [p.index for p in dump] == list(range(len(dump)))
    assert sum(p.wordless for p in dump) == 3  # the image, the table rule and the horizontal rule


def test_an_empty_page_dumps_to_nothing() -> None:
    assert markdown_lines("") == [] and markdown_dump("<html></html>") == []
