"""A parsed tree, plain text or a list of strings → paragraphs.

HTML paragraphs are the visible text blocks a reader sees: each block element owns the
text that sits directly in it, with its inline content merged; text between two child
blocks is a paragraph of its own; ``<br><br>`` splits. Invisible containers (script,
style, template, svg, ...) carry no paragraphs. Every text node outside those lands in
exactly one paragraph, in document order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from lxml import etree

from . import markdown, wrapping
from .errors import LimitExceededError
from .parse import SURROGATES, ParsedPage
from .types import Paragraph, Segmentation

BLOCK_TAGS = frozenset(
    """address article aside blockquote body button caption center dd details dialog div dl dt
    fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    label legend li main marquee menu nav ol optgroup option p pre section select summary table tbody
    td textarea tfoot th thead tr ul""".split()
)
"""Elements that start a new paragraph. Buttons, labels and options count as blocks so that
short UI text (typical chrome) is kept as paragraphs of its own."""

SKIP_TAGS = frozenset(
    """script style noscript template svg math head title iframe object embed canvas audio video picture
    source track map noframes noembed rp rt datalist meter progress""".split()
)
"""Elements whose text is never visible page text (``title`` outside ``<head>`` too; ``rp``: a ruby
annotation's fallback parentheses, which browsers hide; ``rt``: the annotation, furigana read over
the base text and not part of its sentence; ``datalist``: suggestions an input offers; ``meter`` and
``progress``: drawn as gauges, their text a fallback).
``noscript`` is read when nothing else on the page is (:func:`segment_tree`) or when it copies the
script template before it (:func:`_template_copy`), and a ``template`` that is a declarative shadow
root always (:func:`_shadow_root`)."""
NOSCRIPT = "noscript"
TEMPLATE = "template"
SELECT = "select"
SCRIPT = "script"
#: The ``type`` of a script that is a client-side template: a ``<noscript>`` right after one is the page's copy.
TEMPLATE_TYPE = "text/template"
OPTION = "option"
INPUT = "input"
#: The ``type`` values of an ``<input>`` drawn as a button with its ``value`` written on it: a reader
#: sees "Subscribe" on ``<input type=submit value=Subscribe>`` as on ``<button>Subscribe</button>``.
BUTTON_INPUT_TYPES = frozenset({"submit", "button", "reset"})
#: Elements the walk looks at more closely when they open: a template may be a shadow root, a
#: closed select shows one option (:func:`_shown_option`).
LOOKED_AT = frozenset({TEMPLATE, SELECT, OPTION})
#: Inline elements whose text belongs to the word before them even after another element
#: (a footnote mark after a link): no space is put between them (:func:`_apart`).
ATTACHED_TAGS = frozenset({"sup", "sub", "wbr"})
#: Letters and digits of scripts that write spaces between words lie below this code point
#: (Latin to Sinhala); Thai, Lao, Myanmar, Khmer, CJK and kana do not, and get no space added.
SPACED_SCRIPTS_END = "\u0e00"
#: The attributes that make a ``<template>`` a declarative shadow root (the standard one, and
#: Chrome's first name for it): rendered in place of its host's children, so visible text.
SHADOW_ROOT_ATTRIBUTES = ("shadowrootmode", "shadowroot")
#: A page showing fewer characters than this outside ``<noscript>`` is a script's shell ("Loading…",
#: "Skip to content"): its ``<noscript>`` text, when there is more of it, is what a scraper gets.
SHELL_CHARS = 200
#: How many times more text the ``<noscript>`` reading of a shell must show to be kept (a shell's
#: "Please enable JavaScript" does not replace a short fragment's own text).
SHELL_GAIN = 4

LINK_TAG = "a"
BREAK_TAG = "br"
#: Class/id values are split into tokens on white space, these characters and camelCase humps.
CLASS_SEPARATORS = "-_:./"
TOKEN_SPLIT = re.compile(rf"[\s{re.escape(CLASS_SEPARATORS)}]+|(?<=[a-z])(?=[A-Z])")
MIN_TOKEN_LEN = 2
MAX_TOKEN_LEN = 32
#: How many class/id tokens one element contributes at most.
MAX_TOKENS_PER_ELEMENT = 12
#: How many class/id tokens a paragraph collects from its ancestors at most, innermost first
#: (real pages stay far below it; without it deep nesting costs depth × paragraphs).
MAX_TOKENS_PER_PARAGRAPH = 1024
WHITESPACE = re.compile(r"\s+")
#: A character that shows: anything but white space and the format characters that draw nothing
#: (zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks, Hangul fillers).
VISIBLE = re.compile(
    r"[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
#: Characters dropped from paragraph text: control characters (C0 and C1, white space aside), which a
#: text body may hold (an HTML one has lost them to the parser already), and the format characters
#: that only mark where a word may break or must not (soft hyphen, zero-width space, word joiner,
#: a byte-order mark inside text): "Nachrichten&shy;agentur" is one word. Zero-width joiners and
#: non-joiners stay: they change how Indic, Persian and emoji text is drawn.
DROPPED_CHARS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]")
#: A byte-order mark read as text (U+FEFF).
BOM = "\ufeff"
PARAGRAPH_SEPARATOR = "\u2029"
#: Distinct class/id attribute values whose tokens are remembered (pages repeat them).
ATTRIBUTE_CACHE_SIZE = 16_384


def _without_dropped(text: str) -> str:
    """``text`` without :data:`DROPPED_CHARS`, its white space collapsed again."""
    return " ".join(DROPPED_CHARS.sub("", text).split())


def normalize(text: str) -> str:
    """Collapse whitespace runs to one space and trim, and drop :data:`DROPPED_CHARS`; a lone surrogate
    (no encoder takes it) becomes U+FFFD, and the rest is in Unicode normal form C (``e`` + combining
    acute is ``é``, as trafilatura writes it).

    Text of invisible characters alone (a ``<p>&#8203;</p>`` spacer, a soft hyphen) is empty.
    """
    text = " ".join(text.split())  # str.split and the regex \s agree on what is white space
    if text.isascii():
        # after the join, an ASCII text has no unprintable character but a control one
        return text if text.isprintable() else _without_dropped(text)
    if DROPPED_CHARS.search(text):
        text = _without_dropped(text)
    if not VISIBLE.search(text):
        return ""
    text = SURROGATES.sub("\ufffd", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@lru_cache(maxsize=ATTRIBUTE_CACHE_SIZE)
def _split_tokens(raw: str) -> tuple[str, ...]:
    """Lower-case class and id tokens of one element (``raw``: its class and id values, space-joined)."""
    # Without an upper-case letter there is no hump, and str.split cuts the same pieces as the pattern
    # at a third of its cost (pages repeat few values, so most of them are split here once).
    parts = _spaced(raw).split() if raw.lower() == raw else TOKEN_SPLIT.split(raw)
    tokens = [t.lower() for t in parts if MIN_TOKEN_LEN <= len(t) <= MAX_TOKEN_LEN]
    return tuple(dict.fromkeys(tokens))[:MAX_TOKENS_PER_ELEMENT]


def _spaced(raw: str) -> str:
    """``raw`` with each :data:`CLASS_SEPARATORS` character a space (``str.replace``: faster than ``translate``)."""
    for separator in CLASS_SEPARATORS:
        raw = raw.replace(separator, " ")
    return raw


class _Frame:
    """One open element during the walk, with what its paragraphs inherit from the open elements above.

    ``owner`` (the innermost block), ``ancestors`` (block tags from the root) and
    ``chain_tokens`` (class/id tokens of this element and its ancestors, innermost first) are
    derived from the parent's once, when the element opens, so a paragraph costs O(1)
    however deep it sits. The XPath is built only for elements that own a paragraph.
    """

    __slots__ = ("tag", "parent", "position", "_path", "children", "depth", "owner", "ancestors", "chain_tokens")

    def __init__(
        self, tag: str, position: int, tokens: tuple[str, ...], depth: int, is_block: bool, parent: _Frame | None
    ) -> None:
        self.tag = tag
        self.parent = parent
        self.position = position
        self._path: str | None = None
        self.children: dict[str, int] = {}
        self.depth = depth
        if parent is None:
            self.owner: _Frame | None = self if is_block else None
            self.ancestors: tuple[str, ...] = (tag,) if is_block else ()
            self.chain_tokens: tuple[str, ...] = tokens[:MAX_TOKENS_PER_PARAGRAPH]
        else:
            self.owner = self if is_block else parent.owner
            self.ancestors = (*parent.ancestors, tag) if is_block else parent.ancestors
            chain = parent.chain_tokens
            self.chain_tokens = (tokens + chain)[:MAX_TOKENS_PER_PARAGRAPH] if tokens else chain

    @property
    def path(self) -> str:
        """XPath of the element, e.g. ``/html[1]/body[1]/div[2]`` (built once, without recursion)."""
        if self._path is None:
            pending = []
            frame: _Frame | None = self
            while frame is not None and frame._path is None:
                pending.append(frame)
                frame = frame.parent
            prefix = frame._path if frame is not None else ""
            for item in reversed(pending):
                prefix = item._path = f"{prefix}/{item.tag}[{item.position}]"
        return self._path  # type: ignore[return-value]


class _Builder:
    """Accumulates inline text into the paragraph of the innermost open block."""

    def __init__(self, source: str, max_paragraphs: int | None) -> None:
        self.source = source
        self.max_paragraphs = max_paragraphs
        self.paragraphs: list[Paragraph] = []
        self.stack: list[_Frame] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.links_open = 0
        self.breaks = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        if not text.isspace():
            self.breaks = 0
            if self.links_open:
                self.link_chars += len(text.strip())
        self.pieces.append(text)

    def line_break(self) -> None:
        self.breaks += 1
        if self.breaks >= 2:
            self.flush()
        else:
            self.pieces.append(" ")

    def flush(self) -> None:
        self.breaks = 0
        if not self.pieces:
            return
        text = normalize("".join(self.pieces))
        self.pieces.clear()  # the walk holds this list
        link_chars, self.link_chars = self.link_chars, 0
        if not text:
            return
        if self.max_paragraphs is not None and len(self.paragraphs) >= self.max_paragraphs:
            raise LimitExceededError("paragraphs", self.max_paragraphs)
        innermost = self.stack[-1]
        owner = innermost.owner or innermost
        self.paragraphs.append(
            Paragraph(
                index=len(self.paragraphs),
                text=text,
                tag=owner.tag,
                path=owner.path,
                ancestors=innermost.ancestors,
                tokens=innermost.chain_tokens,
                link_chars=min(link_chars, len(text)),
                depth=owner.depth,
                source=self.source,
            )
        )


def forget_attributes() -> None:
    """Forget the remembered class and id values (:data:`ATTRIBUTE_CACHE_SIZE`) and tag names."""
    _split_tokens.cache_clear()
    local_name.cache_clear()


@lru_cache(maxsize=ATTRIBUTE_CACHE_SIZE)
def local_name(tag: str) -> str:
    """An element's tag without its namespace, lower-cased."""
    return tag.rsplit("}", 1)[-1].lower()


def segment_tree(
    page: ParsedPage, *, source: str = "", max_paragraphs: int | None = None, max_depth: int | None = None
) -> Segmentation:
    """Walk a parsed page once and cut it into paragraphs (``max_depth``: most nested elements, html is 1).

    A script's shell, a page showing under :data:`SHELL_CHARS` characters outside ``<noscript>``, is
    walked again with it read, and keeps that reading when it shows :data:`SHELL_GAIN` times as much
    text (any, when the shell shows none): a reader without scripts,
    a scraper's fetch, sees that text (a forum's posts, a site that draws everything with scripts
    and serves the text for crawlers in ``<noscript>``).
    """
    if page.root is None:
        return Segmentation([], page.truncated, page.warnings, page.encoding)
    paragraphs = _walk(page, source, max_paragraphs, max_depth, SKIP_TAGS)
    shown = sum(len(p.text) for p in paragraphs)
    if shown < SHELL_CHARS and next(page.root.iter(NOSCRIPT), None) is not None:
        read = _walk(page, source, max_paragraphs, max_depth, SKIP_TAGS - {NOSCRIPT})
        if sum(len(p.text) for p in read) > SHELL_GAIN * shown:
            paragraphs = read
    return Segmentation(paragraphs, page.truncated, page.warnings, page.encoding, page.fragment)


def _shadow_root(element: etree._Element) -> bool:
    """Whether a ``<template>`` is a declarative shadow root (server-rendered web components)."""
    return any(element.get(name) is not None for name in SHADOW_ROOT_ATTRIBUTES)


def _template_copy(element: etree._Element) -> bool:
    """Whether a ``<noscript>`` holds the copy of a script template just before it, what a reader's
    browser draws from that template (Blogger sets each post so, with the post only there)."""
    before = element.getprevious()
    return before is not None and before.tag == SCRIPT and before.get("type", "").strip().lower() == TEMPLATE_TYPE


def _shown_option(select: etree._Element) -> etree._Element | None:
    """The option a closed ``<select>`` shows (its selected one, else its first); None for a list box
    (``multiple``, or ``size`` above 1), which shows them all."""
    size = select.get("size", "").strip()
    if select.get("multiple") is not None or (size.isdigit() and int(size) > 1):
        return None
    first = None
    for option in select.iter(OPTION):
        if option.get("selected") is not None:
            return option
        if first is None:
            first = option
    return first


def _button_label(element: etree._Element) -> str | None:
    """The text a button ``<input>`` shows (its ``value``), or None for any other input."""
    value = element.get("value")
    if not value or element.get("type", "").strip().lower() not in BUTTON_INPUT_TYPES:
        return None
    return value


def _apart(before: str, after: str) -> bool:
    """Whether text ``after`` an ended element is another item than the text ``before`` it: a letter or
    digit on both sides, in scripts that write spaces between words."""
    last, first = before[-1:], after[:1]
    return last.isalnum() and first.isalnum() and last < SPACED_SCRIPTS_END and first < SPACED_SCRIPTS_END


def _walk(
    page: ParsedPage, source: str, max_paragraphs: int | None, max_depth: int | None, skipped: frozenset[str]
) -> list[Paragraph]:
    """The paragraphs of one walk over the page, the elements in ``skipped`` left out."""
    builder = _Builder(source, max_paragraphs)
    add, flush, stack, pieces = builder.add, builder.flush, builder.stack, builder.pieces
    blocks, name_of, split_tokens = BLOCK_TAGS, local_name, _split_tokens
    looked_at = skipped | LOOKED_AT
    # An element just ended without text after it: the next inline element's text is another item
    # ("<a>Home</a><a>World</a>" reads "Home World"; see _apart).
    ended = False
    shown_option: etree._Element | None = None  # the one option the closed select being walked shows
    # One loop with the element's opening and closing inline: it runs for every element of the page.
    walker = etree.iterwalk(page.root, events=("start", "end"))
    for event, element in walker:
        name = element.tag
        if name.__class__ is not str:  # comments, processing instructions, entities: only their tail
            if event == "end" and element.tail:
                add(element.tail)
            continue
        if event == "end":
            tag = stack[-1].tag
            if pieces and tag in blocks:
                flush()
            if tag == LINK_TAG:
                builder.links_open -= 1
            elif tag == SELECT:
                shown_option = None
            stack.pop()
            if element.tail:
                add(element.tail)
                ended = False
            else:
                ended = True
            continue
        tag = name_of(name)
        parent = stack[-1] if stack else None
        if parent is None:
            position = 1
        else:
            position = parent.children[tag] = parent.children.get(tag, 0) + 1
        if max_depth is not None and len(stack) >= max_depth:
            raise LimitExceededError("nesting depth", max_depth)
        is_block = tag in blocks
        label = _button_label(element) if tag == INPUT else None
        if label is not None:
            is_block = True  # a paragraph of its own, as a <button> is
        if is_block and pieces:
            flush()
        classes, ident = element.get("class"), element.get("id")
        tokens = split_tokens(f"{classes or ''} {ident or ''}") if classes or ident else ()
        stack.append(_Frame(tag, position, tokens, len(stack) + 1, is_block, parent))  # skipped ones too
        if tag == LINK_TAG:
            builder.links_open += 1
        if tag in looked_at:
            if tag == SELECT:
                shown_option = _shown_option(element)
            elif (
                tag in skipped
                and not (tag == TEMPLATE and _shadow_root(element))
                and not (tag == NOSCRIPT and _template_copy(element))
            ):
                walker.skip_subtree()  # its "end" event still comes and pops the frame
                continue
            elif tag == OPTION and shown_option is not None and element is not shown_option:
                walker.skip_subtree()
                continue
        if tag == BREAK_TAG:
            builder.line_break()
        elif label is not None:
            add(label)
            flush()
        elif element.text:
            text = element.text
            if ended and pieces and not is_block and tag not in ATTACHED_TAGS and _apart(pieces[-1], text):
                pieces.append(" ")
            add(text)
            ended = False
    builder.flush()
    return builder.paragraphs


def segment_lines(text: str, *, source: str = "", max_paragraphs: int | None = None) -> list[Paragraph]:
    """Plain text with one paragraph per line → paragraphs (blank lines are ignored).

    Hard-wrapped text (see :mod:`.wrapping`) is read with each paragraph's lines joined. A
    byte-order mark opening the text (a file read without ``utf-8-sig``) is not part of it.
    Lines end at a newline (LF, CRLF or CR) or a paragraph separator (U+2029) only: the other
    breaks ``str.splitlines`` knows (the line separator U+2028 in text taken from JSON, a
    vertical tab or form feed from a document export) break a line inside a paragraph, as one
    ``<br>`` does in HTML, and read as white space, as they do in a list of paragraphs.
    """
    text = text.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n").replace(PARAGRAPH_SEPARATOR, "\n")
    lines = text.split("\n")
    lines = wrapping.unwrapped(lines)
    return segment_strings(lines, source=source, max_paragraphs=max_paragraphs)


def segment_strings(strings: Iterable[str], *, source: str = "", max_paragraphs: int | None = None) -> list[Paragraph]:
    """Caller-split paragraphs → paragraphs (empty ones are dropped, the rest keep their order)."""
    return given_paragraphs(strings, source=source, max_paragraphs=max_paragraphs)[0]


def given_paragraphs(
    strings: Iterable[str], *, source: str = "", max_paragraphs: int | None = None
) -> tuple[list[Paragraph], tuple[int, ...]]:
    """:func:`segment_strings`, and each paragraph's position among ``strings`` (where the caller had it)."""
    positions: list[int] = []
    lines: list[str] = []
    for position, raw in enumerate(strings):
        text = normalize(raw)
        if text:
            if max_paragraphs is not None and len(lines) >= max_paragraphs:
                raise LimitExceededError("paragraphs", max_paragraphs)
            lines.append(text)
            positions.append(position)
    return list(_numbered(lines, source)), tuple(positions)


def _numbered(lines: list[str], source: str) -> Iterator[Paragraph]:
    if not markdown.reads_as_markdown(lines):
        for index, text in enumerate(lines):
            yield Paragraph(index=index, text=text, source=source)
        return
    for index, given in enumerate(lines):
        text = normalize(markdown.plain(given))
        if not text:  # an image, a rule: it keeps its syntax as text, for the kind model
            yield Paragraph(index=index, text=given, source=source, given=given, wordless=True)
        else:
            yield Paragraph(index=index, text=text, source=source, given="" if text == given else given)
