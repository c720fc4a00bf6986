"""HTML or text? What a body holds, when the name or media type it came with may be wrong.

Scrapers post text they extracted as ``text/html`` and whole pages as ``text/plain``; read as
sent, the first becomes one paragraph of every line and the second a paragraph per line of markup.
These tests look at :data:`SNIFF_BYTES` only, from the first thing that is neither white space nor a
comment (a page may open with any amount of either), skip comments, and do not count tags written
inside Markdown code (spans and fenced blocks): text about ``<!DOCTYPE html>`` is text.
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape

from .parse import decode_html, given_encoding, marked_encoding

Input = str | bytes | None

#: Bytes (or characters) looked at.
SNIFF_BYTES = 64 * 1024
#: What a whole page opens with (after comments and white space): a doctype, ``<html>``, an XML declaration.
PAGE_START = re.compile(r"[\s\ufeff]*<(?:!doctype\s+html|html[\s>]|\?xml\s)", re.IGNORECASE)
COMMENTS = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
#: What a body may open with before the window starts (:func:`opening_end`): ASCII white space (and in a
#: str a byte-order mark) and whole comments; with ``raw``, the white space alone. One match in C,
#: possessive: an unclosed comment ends it, and a body of ten million comment marks takes a few milliseconds.
OPENING = {
    (str, False): re.compile(r"(?:[ \t\n\r\f\ufeff]+|<!--.*?-->)*+", re.DOTALL),
    (str, True): re.compile(r"[ \t\n\r\f\ufeff]*+"),
    (bytes, False): re.compile(rb"(?:[ \t\n\r\f]+|<!--.*?-->)*+", re.DOTALL),
    (bytes, True): re.compile(rb"[ \t\n\r\f]*+"),
}
#: ASCII that an ASCII-compatible codec writes as is.
ASCII_PROBE = " \t\n<!-->"
#: Markdown code (spans and fenced blocks): tags written there are text about HTML, not HTML.
CODE = re.compile(r"```.*?(?:```|$)|`[^`\n]*`", re.DOTALL)
#: The block elements a fragment is made of (an extractor's article, a CMS body); inline ones (``b``,
#: ``em``, ``a``) are left out: Markdown and plain text carry them too.
BLOCK_ELEMENTS = (
    r"(?:p|div|li|ul|ol|h[1-6]|section|article|main|header|footer|nav|aside|figure|figcaption|table|tr|td|th|"
    r"blockquote|pre|dd|dt|dl|form)"
)
CLOSING_TAG = re.compile(rf"</{BLOCK_ELEMENTS}\s*>", re.IGNORECASE)
#: Closing tags that make a fragment HTML rather than text mentioning a tag or two.
MIN_CLOSING_TAGS = 2
#: What a fragment opens with (after comments and white space): a block element's start tag.
FRAGMENT_START = re.compile(rf"[\s\ufeff]*<{BLOCK_ELEMENTS}[\s/>]", re.IGNORECASE)
#: A page's shell tag at the start of a line: a page after a few lines of something else (a response's
#: headers, a warning) is still a page; text that mentions ``<body>`` inside a line is text.
PAGE_LINE = re.compile(r"^[ \t\ufeff]*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE | re.MULTILINE)
#: Anything an HTML parser reads as markup: a start or end tag, a declaration, a processing instruction.
ANY_TAG = re.compile(r"<[A-Za-z!/?]")


def opening_end(data: str | bytes, start: int = 0, *, raw: bool = False) -> int:
    """Where ``data`` (from ``start``) goes on after the white space and whole comments it opens with (with
    ``raw``, the white space alone: a comment is markup to :func:`has_markup`). An unclosed comment stays:
    the window reads it, and drops it as a parser would."""
    pattern = OPENING[(str if isinstance(data, str) else bytes, raw)]
    return pattern.match(data, start).end()  # type: ignore[call-overload, union-attr]  # it matches nothing at worst


@cache
def _ascii_compatible(codec: str) -> bool:
    """Whether ``codec`` writes ASCII as ASCII (white space and comment marks are then found in its bytes)."""
    return ASCII_PROBE.encode(codec, "ignore") == ASCII_PROBE.encode("ascii")


def head_text(data: str | bytes, charset: str | None = None, *, raw: bool = False) -> str:
    """The first characters of ``data`` to look for tags in, after the white space and comments it opens
    with, without comments and Markdown code (with them when ``raw``, and after white space only).

    Bytes with a byte-order mark are read in its encoding (UTF-16 and UTF-32 hide ASCII tags from
    a byte search), else in ``charset`` when given (as the classifier will read them; an unknown one
    is a ``DecodeError``), else as Latin-1 (tags are ASCII).
    """
    if isinstance(data, str):
        start = opening_end(data, raw=raw)
        text = data[start : start + SNIFF_BYTES]
    else:
        data = bytes(data)
        if (marked := marked_encoding(data[:SNIFF_BYTES])) is not None:
            bom, codec = marked
            start = len(bom)
        else:
            codec, start = given_encoding(charset) if charset is not None else "latin-1", 0
        # white space and comments are found in the bytes only where ASCII is itself (not in UTF-16)
        if _ascii_compatible(codec):
            start = opening_end(data, start, raw=raw)
        text = data[start : start + SNIFF_BYTES].decode(codec, "ignore")
    return text if raw else CODE.sub("", COMMENTS.sub("", text))


def is_page(data: str | bytes, charset: str | None = None) -> bool:
    """Whether ``data`` is a whole page: it opens (comments and white space aside) with a doctype,
    ``<html>`` or an XML declaration. Text that only mentions one further on is still text."""
    return PAGE_START.match(head_text(data, charset)) is not None


def looks_like_html(data: str | bytes, charset: str | None = None) -> bool:
    """A whole page (:func:`is_page`, or a shell tag opening a line), or a fragment: it opens with a block
    element's tag, or holds a few closing tags of block elements. Text that mentions ``<body>`` inside a
    line or carries inline tags (``<b>``, ``<em>``) is text."""
    head = head_text(data, charset)
    return (
        PAGE_START.match(head) is not None
        or PAGE_LINE.search(head) is not None
        or FRAGMENT_START.match(head) is not None
        or len(CLOSING_TAG.findall(head)) >= MIN_CLOSING_TAGS
    )


def has_markup(data: str | bytes, charset: str | None = None) -> bool:
    """Whether ``data`` holds any markup at all, a comment or a tag in Markdown code included: HTML
    without any is text (its line breaks mean nothing to a parser)."""
    return ANY_TAG.search(head_text(data, charset, raw=True)) is not None


def as_held(html: Input, text: Input, charset: str | None = None) -> tuple[Input, Input, str | None]:
    """``(html, text, charset)`` read as what they hold rather than as what they were sent as.

    "HTML" without a single tag is text (a parser would make one paragraph of all its lines), with
    its character references read (``&amp;`` is ``&``) and decoded as the page would have been (a
    declared ``charset``, else UTF-8, else windows-1252), not as text is (strict UTF-8): what was
    sent as HTML does not start failing to decode. "Text" that is a whole page (:func:`is_page`: it
    opens with a doctype, ``<html>`` or an XML declaration) is HTML. A fragment sent as text stays
    text: Markdown may hold a tag or two. The API and ``winnow batch`` read their documents so; the
    Python API does what it is told.
    """
    if html is not None and not has_markup(html, charset):
        decoded = html if isinstance(html, str) else decode_html(bytes(html), charset)[0]
        return None, unescape(decoded), None  # its character references still mean what HTML says
    if text is not None and is_page(text, charset):
        return text, None, charset
    return html, text, charset
