"""Pages dumped one line per text node (the evaluation's second text-dump style)."""

from __future__ import annotations

from service.core.parse import parse_html
from service.core.segment import segment_tree
from training.textnodes import node_dump, text_nodes

PAGE = """<html><head><title>T</title><script>var x = 1;</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><p>The council <a href="/v">voted</a> on <b>Tuesday</b> to close the road.</p>
<p>Work starts in May.<br> It ends in June.</p><svg><text>chart</text></svg>after the chart</article>
<footer>Copyright <span>2026</span></footer></body></html>"""


def test_every_visible_text_node_is_a_line_in_document_order() -> None:
    assert list(text_nodes(parse_html(PAGE).root)) == [
        "Home", "News", "The council", "voted", "on", "Tuesday", "to close the road.",
        "Work starts in May.", "It ends in June.", "after the chart", "Copyright", "2026",
    ]  # fmt: skip


def test_the_lines_hold_the_same_text_as_the_block_segmentation() -> None:
    lines = [p.text for p in node_dump(PAGE)]
    blocks = [p.text for p in segment_tree(parse_html(PAGE)).paragraphs]
    assert "".join(lines).replace(" ", "") == "".join(blocks).replace(" ", "")
    assert len(lines) > len(blocks)


def test_the_dump_is_numbered_as_text_mode_paragraphs() -> None:
    dump = node_dump(PAGE)
    assert [p.index for p in dump] == list(range(len(dump)))
    assert all(p.tag == "" and p.path == "" for p in dump)  # no markup: text mode


def test_an_empty_page_dumps_to_nothing() -> None:
    assert node_dump("") == [] and node_dump("<html><body><script>x</script></body></html>") == []
