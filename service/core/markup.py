"""Where a page's markup is, without parsing it: the pieces an HTML tokenizer reads at a ``<``.

A tag written inside a comment, a script or an attribute value is text, not a tag: ``<!-- <html> -->``,
``<script>var s = '<body>';</script>`` and ``<div title='<html>'>`` hold no page shell. :func:`markup_at`
tells the two apart as the parser does (libxml2 reads HTML5's raw-text elements so), reading the page's
markup only as far as the last place a plain search found: a page where that search finds nothing
costs nothing more.

CDATA sections are read here too, ahead of the HTML parse (:func:`read_cdata`): XHTML's are text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import escape

#: Elements whose contents are text up to their own end tag (script, style, ...): the parser sees no tag there.
RAW_TEXT_ELEMENTS = ("script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes")
#: A tag's attributes up to its ``>`` (or the end of the page): a value quoted after ``=`` is read whole,
#: ``>`` and ``<`` in it included. Possessive, so that a tag left open costs one pass, never backtracking.
_ATTRIBUTES = r"""(?:[^>"'=]++|=\s*+(?:"[^"]*+"?|'[^']*+'?|[^\s>]*+)|["'])*+(?:>|\Z)"""
#: The rest of a tag holding no ``<`` (in its name or attributes), which can hide no markup: most tags.
_PLAIN_TAG = r"""[^\s/><]*+(?:[^>"'=<]++|=\s*+(?:"[^"<]*+"|'[^'<]*+'|(?!["'])[^\s><]*+)|["'])*+(?:>|\Z)"""
_RAW_TEXT = "|".join(RAW_TEXT_ELEMENTS)
#: The markup that can hide what looks like markup, as an HTML tokenizer reads it at a ``<``: a comment
#: (``<!-->`` and ``<!--->`` are empty ones), a raw-text element through its end tag, ``<plaintext>`` (text
#: to the end), a doctype or another ``<!...>`` or ``<?...>`` declaration (to the first ``>``), and a tag
#: with a ``<`` in it (in an attribute value, mostly). Other tags are passed over within the search.
MARKUP = re.compile(
    r"<(?:!--(?:-?>|[^-]*+(?:-(?!-!?>)[^-]*+)*+(?:--!?>)?)"
    rf"|(?P<raw>{_RAW_TEXT})(?=[\s/>]){_ATTRIBUTES}[^<]*+(?:<(?!/(?P=raw)[\s/>])[^<]*+)*+"
    r"|plaintext(?=[\s/>]).*"
    r"|[!?][^>]*+(?:>|\Z)"
    rf"|/?[A-Za-z](?!{_PLAIN_TAG})[^\s/>]*+{_ATTRIBUTES})",
    re.IGNORECASE | re.DOTALL,
)
#: A doctype or a page shell's start tag, wherever it is written; :func:`has_page_shell` checks it is markup.
PAGE_SHELL = re.compile(r"<(?:!doctype|html|head|body)[\s>/]", re.IGNORECASE)
CDATA_OPEN = "<![CDATA["
#: A CDATA section, closed; its text is group 1.
CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
#: What can hide a CDATA section in XML: a comment (XML has no raw-text elements and no ``<`` in attribute values).
XML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def markup_at(text: str, pattern: re.Pattern[str], tokens: re.Pattern[str] = MARKUP) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that are markup, in order: not inside one of the ``tokens`` (a
    comment, a raw-text element, a tag with ``<`` in its attribute values). A match is taken whole (the
    tokens are read on from its end), and the tokens are read only as far as the last match."""
    match = pattern.search(text)
    token = tokens.search(text) if match is not None else None
    while match is not None:
        if token is not None and token.end() <= match.start():  # a token before the match: read on
            token = tokens.search(text, token.end())
            continue
        if token is not None and token.start() < match.start():  # the match is inside the token
            pos = token.end()
        else:
            yield match
            pos = match.end()
        if token is not None and token.start() < pos:
            token = tokens.search(text, pos)
        match = pattern.search(text, pos)


def has_page_shell(text: str) -> bool:
    """Whether ``text`` holds a doctype or an ``<html>``, ``<head>`` or ``<body>`` tag: markup, not text
    in a comment, a script or an attribute value that spells one."""
    return next(markup_at(text, PAGE_SHELL), None) is not None


def read_cdata(text: str, *, xhtml: bool) -> str:
    """``text`` with its CDATA sections read as the page's reader does, ready for the HTML parser.

    In XHTML a section is text: it becomes that text, escaped (``<![CDATA[a < b]]>`` is ``a &lt; b``),
    unless it is inside a comment. HTML is left to the parser, which reads a section as a bogus comment
    ending at its first ``>``: one with a ``>`` before its end leaves the rest of it, ``]]>`` included, as
    text. Dropping such sections whole would mean telling them from the ones in scripts, which cost a
    millisecond a page on average and 150 ms on one of 200 test pages; real pages hold them in scripts
    and SVG, where the parser already reads them right. A section never closed is left to the parser.
    """
    if not xhtml or CDATA_OPEN not in text:
        return text
    parts, pos = [], 0
    for section in markup_at(text, CDATA, XML_COMMENT):
        parts += [text[pos : section.start()], escape(section.group(1), quote=False)]
        pos = section.end()
    return "".join(parts) + text[pos:] if parts else text
