"""The page's title, as its head gives it: what a scraper stores beside the cleaned article text.

Most truths the model was trained on leave the headline out of the article, so the model labels a
page's ``<h1>`` chrome about as often as content, and ``content_text`` often lacks it. The page says
its title in its head: the Open Graph title (``og:title``, what a link preview shows: the headline
without the site's name, most often), else the Twitter card's, else ``<title>`` (which often ends in
" | Site name"). The head holds a few dozen elements, so reading it costs next to nothing. libxml2
ends the head at the first element or text that belongs in the body (a ``<div id="fb-root">``, a
stray ``&nbsp;``) and puts what follows there; a head that gives no title sends the search through the
whole tree (in C, for ``<meta>`` and ``<title>`` only), as browsers take the first ``<title>`` anywhere.
A ``<title>`` inside ``<svg>`` or ``<math>`` is an icon's or a formula's, and one in ``<template>`` or
``<noscript>`` is not shown: neither counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .segment import local_name, normalize

#: ``<meta>`` names of a title, best first (in ``property`` for Open Graph, ``name`` for the rest; either counts).
TITLE_METAS = ("og:title", "twitter:title")
#: Longest title returned (characters); a longer one is cut at a word.
MAX_TITLE_CHARS = 500
#: What is normalised of a title at most (characters): a longer one is cut anyway.
MAX_READ_CHARS = 4 * MAX_TITLE_CHARS
HEAD = "head"
TITLE = "title"
META = "meta"
XHTML = "{http://www.w3.org/1999/xhtml}"
#: The elements the whole tree is searched for when the head gives no title (HTML and XHTML names).
TITLE_ELEMENTS = (TITLE, META, XHTML + TITLE, XHTML + META)
#: Elements whose ``<title>`` is not the page's: an icon's or a formula's own, or text never shown.
NOT_THE_PAGES = frozenset({"svg", "math", "template", "noscript"})


def page_title(root: etree._Element | None) -> str | None:
    """The title the page gives (:data:`TITLE_METAS`, else ``<title>``), whitespace-normalised and at most
    :data:`MAX_TITLE_CHARS` characters; None when it gives none."""
    if root is None:
        return None
    head = next((child for child in root if isinstance(child.tag, str) and local_name(child.tag) == HEAD), None)
    found = _titles(head.iter() if head is not None else ())
    if not found:
        found = _titles(root.iter(*TITLE_ELEMENTS))
    for key in (*TITLE_METAS, TITLE):
        if key in found and (text := normalize(found[key][:MAX_READ_CHARS])):
            return _cut(text)
    return None


def _titles(elements: Iterable[etree._Element]) -> dict[str, str]:
    """The first non-empty title of each source (a key of :data:`TITLE_METAS`, or ``title``) among ``elements``."""
    found: dict[str, str] = {}
    for element in elements:
        if not isinstance(element.tag, str):  # a comment or a processing instruction
            continue
        name = local_name(element.tag)
        if name == META:
            content = element.get("content") or ""
            for attribute in ("property", "name"):
                key = (element.get(attribute) or "").strip().lower()
                if key in TITLE_METAS and key not in found and content.strip():
                    found[key] = content
        elif (
            name == TITLE
            and TITLE not in found
            and not _hidden(element)
            and (text := "".join(element.itertext())).strip()
        ):
            found[TITLE] = text
    return found


def _hidden(element: etree._Element) -> bool:
    """Whether ``element`` sits in one of :data:`NOT_THE_PAGES`."""
    return any(local_name(a.tag) in NOT_THE_PAGES for a in element.iterancestors() if isinstance(a.tag, str))


def _cut(text: str) -> str:
    """``text`` of at most :data:`MAX_TITLE_CHARS` characters, cut at a space when it is longer."""
    if len(text) <= MAX_TITLE_CHARS:
        return text
    cut = text[:MAX_TITLE_CHARS]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut
