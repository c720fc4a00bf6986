"""A box's heading names the kind of the chrome lines under it.

Publishers head a rail of other stories ("Most read", "Latest in Mining", "Популярное") and a strip of
tags ("Tags", "Themen:"). The kind model reads a line by its words, and the lines of such a box say
nothing of it: a headline or a place's name reads ``navigation`` (menus name places and sections too).
Under a heading of :data:`~.lexicon.BOX_HEADINGS` (or a list heading of the control labels), or one that
opens with :data:`~.lexicon.BOX_TEMPLATES` and names a section after it, the chrome lines that follow
are the box's: a headline there (a line of more than :data:`~.kinds.MAX_MENU_WORDS` words that ends no
sentence, or in HTML any line inside the heading's parent element) is ``related``. Under a tag heading
(:data:`~.lexicon.TAG_LABELS` alone on its line), the short lines that follow are tags, kind ``other``,
as is the heading.

The heading takes the box's kind, and under it only lines the kind model reads ``navigation`` change kind; no
label or score moves. The box ends at the first line that is not chrome, whose kind a rule names, or that the
kind model gives another kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .controls import control_kind, folded, words_of
from .lexicon import BOX_HEADINGS, BOX_TEMPLATES, SENTENCE_END, TAG_LABELS, word_pattern
from .types import Paragraph

__all__ = ["RELATED", "TAGS", "box_kinds", "heading_kind"]

RELATED = "related"
#: The kind of a tag strip's heading and tags (the chrome library's kinds have topic strips as ``other``).
TAGS = "other"
NAVIGATION = "navigation"
#: Longest heading (characters).
MAX_HEADING_CHARS = 60
#: Most words of the section a template heading names after its opening ("Latest in | Mining and Energy").
MAX_SECTION_WORDS = 3
#: Most words of a tag under a tag heading; a longer line ends the strip.
MAX_TAG_WORDS = 4
#: A list item's step in a path: a heading there is one of a menu's items.
LIST_ITEM = "li["


@cache
def _headings() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(heading) for line in BOX_HEADINGS for heading in line.split("|"))


@cache
def _templates() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(opening) for line in BOX_TEMPLATES for opening in line.split("|"))


@cache
def _first_words() -> frozenset[str]:
    """The first word of every heading, template and tag heading."""
    return frozenset(words[0] for words in _headings() | _templates() | _tag_headings() if words)


@cache
def _tag_headings() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(label) for label in TAG_LABELS)


def heading_kind(text: str, rule_kind: str | None = None) -> str | None:
    """The kind of the box ``text`` heads (:data:`RELATED` or :data:`TAGS`), or None when it heads none.

    ``rule_kind`` is the kind a control rule names for the line: a list heading of the control labels
    (``related``) heads a box of other stories.
    """
    if len(text) > MAX_HEADING_CHARS:
        return None
    if rule_kind == RELATED:  # a list heading of the control labels, not a related-link line ("Also read: …")
        return RELATED if control_kind(text) == RELATED and SENTENCE_END.search(text) is None else None
    low = folded(text)
    first = word_pattern().search(low)  # most lines open with no heading's word: their other words are never cut
    if first is None or first.group() not in _first_words() or SENTENCE_END.search(text) is not None:
        return None
    words = tuple(word_pattern().findall(low))  # words_of(text)
    if words in _tag_headings():
        return TAGS
    if words in _headings():
        return RELATED
    templates = _templates()
    for cut in range(max(1, len(words) - MAX_SECTION_WORDS), len(words)):  # a section of 1 to 3 words after it
        if words[:cut] in templates:
            return RELATED
    return None


def _parent(path: str) -> str:
    """The path of the element a heading at ``path`` heads, with a closing slash; "" in text, and for a list's
    item, one of a menu's: under it, as in text, only lines of more than ``max_menu_words`` words are headlines."""
    parent, _, own = path.rpartition("/")
    return "" if not parent or own.startswith(LIST_ITEM) else parent + "/"


def box_kinds(
    paragraphs: Sequence[Paragraph],
    kinds: list[str],
    words: Sequence[float],
    rule_kinds: Sequence[str | None],
    max_menu_words: int,
) -> dict[int, str]:
    """The kinds boxes give the chrome ``paragraphs`` (positions into them → kind).

    ``kinds`` are the paragraphs' kinds so far, ``words`` their word counts (as the text statistics count
    them), ``rule_kinds`` the kinds their control rules name; the paragraphs are a page's chrome, in page
    order (a gap in their indices is content between them, which ends a box).
    """
    given: dict[int, str] = {}
    box: str | None = None
    parent = ""
    for i, paragraph in enumerate(paragraphs):
        if box is not None and (i == 0 or paragraph.index != paragraphs[i - 1].index + 1):
            box = None
        # a heading heads the chrome right under it; one with content or nothing under it heads no box
        under = i + 1 < len(paragraphs) and paragraphs[i + 1].index == paragraph.index + 1
        heads = heading_kind(paragraph.text, rule_kinds[i]) if under else None
        if heads is not None:
            box, parent = heads, _parent(paragraph.path)
            if rule_kinds[i] is None:  # the heading is the box's, whatever its words read
                given[i] = heads
            continue
        if box is None:
            continue
        if rule_kinds[i] is not None or kinds[i] not in (NAVIGATION, box):
            box = None
            continue
        if kinds[i] != NAVIGATION or SENTENCE_END.search(paragraph.text) is not None:
            continue
        if box == TAGS:
            if words[i] > MAX_TAG_WORDS:
                box = None
                continue
            given[i] = TAGS
        elif words[i] > max_menu_words or (parent and paragraph.path.startswith(parent)):
            given[i] = RELATED
    return given
