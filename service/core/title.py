"""The page's title, as its ``<head>`` gives it: what a scraper stores beside the cleaned article text.

Most truths the model was trained on leave the headline out of the article, so the model labels a
page's ``<h1>`` chrome about as often as content, and ``content_text`` often lacks it. The page says
its title in its head: the Open Graph title (``og:title``, what a link preview shows: the headline
without the site's name, most often), else the Twitter card's, else ``<title>`` (which often ends in
" | Site name"). The head holds a few dozen elements, so reading it costs next to nothing.
"""

from __future__ import annotations

from lxml import etree

from .segment import local_name, normalize

#: ``<meta>`` names of a title, best first (``property`` for Open Graph, ``name`` for the rest).
TITLE_METAS = ("og:title", "twitter:title")
#: Longest title returned (characters); a longer one is cut at a word.
MAX_TITLE_CHARS = 500
HEAD = "head"
TITLE = "title"
META = "meta"


def page_title(root: etree._Element | None) -> str | None:
    """The title ``root``'s head gives (:data:`TITLE_METAS`, else ``<title>``), whitespace-normalised; None
    when it gives none (a fragment has no head)."""
    head = next((child for child in _children(root) if local_name(child.tag) == HEAD), None)
    if head is None:
        return None
    metas: dict[str, str] = {}
    title = None
    for element in head.iter():
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            continue
        name = local_name(element.tag)
        if name == META:
            key = (element.get("property") or element.get("name") or "").strip().lower()
            if key in TITLE_METAS and key not in metas:
                metas[key] = element.get("content") or ""
        elif name == TITLE and title is None:
            title = "".join(element.itertext())
    for candidate in (*(metas.get(key) for key in TITLE_METAS), title):
        if candidate and (text := normalize(candidate)):
            return _cut(text)
    return None


def _children(root: etree._Element | None) -> list[etree._Element]:
    return [] if root is None else list(root)


def _cut(text: str) -> str:
    """``text`` of at most :data:`MAX_TITLE_CHARS` characters, cut at a space when it is longer."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[:MAX_TITLE_CHARS]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut
