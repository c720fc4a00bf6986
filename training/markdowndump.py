"""Pages dumped as Markdown, one block per line, the way many scrapers dump them.

Firecrawl, Jina Reader, crawl4ai and html2text (without wrapping) hand over a page as Markdown:
headings as ``## …``, list items as ``- …``, links as ``[words](address)``, images as
``![alt](address)``, table rows as ``| cell | cell |``. This module writes such a dump of a
page, so the evaluation can measure text mode on it (:mod:`service.core.markdown` reads it).
It follows the common converters' choices, not any one of them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from service.core.parse import parse_html
from service.core.segment import BLOCK_TAGS, SKIP_TAGS, local_name, normalize, segment_lines
from service.core.types import Paragraph

HEADINGS = {f"h{level}": "#" * level + " " for level in range(1, 7)}
STRONG_TAGS = frozenset({"strong", "b"})
EMPHASIS_TAGS = frozenset({"em", "i"})
CODE_TAGS = frozenset({"code", "kbd", "samp"})
CELL_TAGS = frozenset({"td", "th"})
#: Blocks whose text the dump keeps on the row's line (table cells) instead of a line each.
INLINE_BLOCKS = CELL_TAGS


@dataclass
class _Writer:
    """Lines of the dump, the one being written, and what the next line starts with."""

    lines: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    marker: str = ""
    quotes: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        text = normalize("".join(self.parts))
        self.parts.clear()
        if text and text not in {"**", "*", "``", "[]"}:
            self.lines.append("> " * self.quotes + self.marker + text)
            self.marker = ""


def _visible_text(element: etree._Element) -> str:
    return normalize("".join(element.itertext()))


def _has_block(element: etree._Element) -> bool:
    return any(
        child.tag.__class__ is str and local_name(child.tag) in BLOCK_TAGS for child in element.iterdescendants()
    )


def _write(element: etree._Element, out: _Writer, ordinal: list[int]) -> None:
    name = local_name(element.tag) if element.tag.__class__ is str else ""
    if not name or name in SKIP_TAGS:  # hidden blocks stay: streamed pages show them once scripts run
        return
    block = name in BLOCK_TAGS and name not in INLINE_BLOCKS
    before, after = "", ""
    if name == "br":
        out.flush()
    elif name == "hr":
        out.flush()
        out.lines.append("---")
    elif name == "img":
        src = element.get("src")
        if src:
            out.add(f" ![{normalize(element.get('alt') or '')}]({src}) ")
    elif name == "a" and element.get("href") and not _has_block(element):
        before, after = "[", f"]({element.get('href')})"
    elif name in STRONG_TAGS | EMPHASIS_TAGS | CODE_TAGS and _visible_text(element):
        mark = "**" if name in STRONG_TAGS else "*" if name in EMPHASIS_TAGS else "`"
        before, after = mark, mark
    elif name in CELL_TAGS:
        out.add(" | ")
    if block:
        out.flush()
        if name in HEADINGS:
            out.marker = HEADINGS[name]
        elif name == "li":
            ordinal[-1] += 1
            out.marker = f"{ordinal[-1]}. " if local_name(str(element.getparent().tag)) == "ol" else "- "
        elif name == "blockquote":
            out.quotes += 1
    out.add(before)
    if element.text:
        out.add(element.text)
    counters = [*ordinal, 0] if name in {"ol", "ul"} else ordinal
    for child in element:
        _write(child, out, counters)
        if child.tail:
            out.add(child.tail)
    out.add(after)
    if name == "tr":
        out.add(" |")
        out.flush()
        header = element.find("th") is not None or local_name(str(element.getparent().tag)) == "thead"
        if header:
            cells = sum(1 for child in element if child.tag.__class__ is str and local_name(child.tag) in CELL_TAGS)
            out.lines.append("|" + " --- |" * max(cells, 1))
    elif block:
        out.flush()
        if name == "blockquote":
            out.quotes -= 1
        out.marker = ""


def markdown_lines(html: str) -> list[str]:
    """A page as a Markdown scraper dumps it, one block per line."""
    root = parse_html(html).root
    if root is None:
        return []
    out = _Writer()
    _write(root, out, [0])
    out.flush()
    return out.lines


def markdown_dump(html: str) -> list[Paragraph]:
    """A page dumped as Markdown, as text mode reads it (one paragraph per line)."""
    return segment_lines("\n".join(markdown_lines(html)))
