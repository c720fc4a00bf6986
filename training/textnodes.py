"""Pages dumped one line per text node, the way many scrapers dump them.

``BeautifulSoup.get_text("\\n")`` and similar tools put every text node on its own line: a link
or a bold phrase inside a sentence becomes a line of its own. Winnow's text model trains on
block-per-line dumps (one visible block per line, :func:`service.core.scoring.text_only`), so the
evaluation also measures it on this finer cut of the same pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from service.core.parse import parse_html
from service.core.segment import SKIP_TAGS, local_name, normalize, segment_strings
from service.core.types import Paragraph


def text_nodes(root: etree._Element) -> Iterator[str]:
    """The page's visible text nodes in document order, normalised, empty ones left out."""
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag.__class__ is str:
                if local_name(tag) in SKIP_TAGS:
                    walker.skip_subtree()  # its "end" event still comes, with its tail
                elif element.text and (text := normalize(element.text)):
                    yield text
        elif element.tail and (text := normalize(element.tail)):
            yield text


def node_dump(html: str) -> list[Paragraph]:
    """A page as a one-line-per-text-node scraper dumps it, as text-mode paragraphs."""
    root = parse_html(html).root
    return [] if root is None else segment_strings(text_nodes(root))
