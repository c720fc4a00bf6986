"""The page's title, as its ``<head>`` gives it: what a scraper stores beside the cleaned article text.

Most truths the model was trained on leave the headline out of the article, so the model labels a
page's ``<h1>`` chrome about as often as content, and ``content_text`` often lacks it. The page says
its title in its head: the Open Graph title (``og:title``, what a link preview shows: the headline
without the site's name, most often), else the Twitter card's, else ``<title>`` (which often ends in
" | Site name"; browsers take the first one anywhere, not an icon's inside ``<svg>``). The head holds a
few dozen elements, so reading it costs next to nothing.
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
#: ``<title>`` as lxml names it in HTML and in XHTML (namespaced).
TITLE_TAGS = (TITLE, "{http://www.w3.org/1999/xhtml}title")
#: Elements whose ``<title>`` is their own (an icon's tooltip), not the page's.
FOREIGN_ROOTS = frozenset({"svg", "math"})


def page_title(root: etree._Element | None) -> str | None:
    """The title ``root``'s head gives (:data:`TITLE_METAS`, else ``<title>``), whitespace-normalised; None
    when it gives none. A ``<title>`` outside the head counts too, as browsers read the first one anywhere."""
    if root is None:
        return None
    head = next((child for child in root if isinstance(child.tag, str) and local_name(child.tag) == HEAD), None)
    metas: dict[str, str] = {}
    title = None
    for element in head.iter() if head is not None else ():
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            continue
        name = local_name(element.tag)
        if name == META:
            key = (element.get("property") or element.get("name") or "").strip().lower()
            if key in TITLE_METAS and key not in metas:
                metas[key] = element.get("content") or ""
        elif name == TITLE and title is None:
            title = "".join(element.itertext())
    if title is None and not metas:  # the tree is walked (in C) only for a page without a title in its head
        anywhere = next((t for t in root.iter(*TITLE_TAGS) if not _in_foreign(t)), None)
        title = "".join(anywhere.itertext()) if anywhere is not None else None
    for candidate in (*(metas.get(key) for key in TITLE_METAS), title):
        if candidate and (text := normalize(candidate)):
            return _cut(text)
    return None


def _in_foreign(element: etree._Element) -> bool:
    """Whether ``element`` sits in an ``<svg>`` or ``<math>`` (:data:`FOREIGN_ROOTS`)."""
    return any(local_name(a.tag) in FOREIGN_ROOTS for a in element.iterancestors() if isinstance(a.tag, str))


def _cut(text: str) -> str:
    """``text`` of at most :data:`MAX_TITLE_CHARS` characters, cut at a space when it is longer."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[:MAX_TITLE_CHARS]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut
