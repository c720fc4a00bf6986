"""Text lines cut inside a sentence → the sentence's pieces, scored together.

Some scrapers dump a page one line per text node (``BeautifulSoup.get_text("\\n")``): a link
or a bold phrase inside a sentence lands on a line of its own ("The council", "voted on",
"Tuesday", "to close the road."). Read alone, such pieces look like menu items. In text mode a
line carries on the line before it when that line does not end a sentence and this one starts
in lower case (not Georgian, whose letters are all lower case) or with closing punctuation (a
closing quotation mark only when the line before left a quote open: Swedish opens quotes with ”),
or whatever this one starts with when that line leaves
its phrase open: it ends in a comma or in a word such as "the", "of" or "according to" ("... the
resilience of the" / "Israeli": the names that links carry start with a capital). On a page where
enough lines carry on, each run of such lines is scored once, joined, and every line of the run
gets its score. Block-per-line dumps seldom reach that share, so they are scored line by line.
A line that is chrome by a fixed rule (a control label, a page stamp: :mod:`.scoring`) is whole:
its last word does not leave a phrase open ("Kabul et", Turkish for "Accept", ends in the French
"and" and took the score of the story's next line), and it joins the line before it only when the
sentence goes on after it, as a link's text inside a sentence does ("posted photos to" /
"Instagram" / "on Friday").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .features import page_bounds
from .lexicon import OPEN_ENDINGS
from .types import Paragraph

#: A line ending in one of these ends its sentence (or a heading's colon, or a quotation).
SENTENCE_END = frozenset('.!?…。！？:;"”’»')
#: A line starting with one of these carries on the line before it.
CARRY_ON = frozenset(",.;:!?)]}’%")
#: Quotation marks that close a quote in English but open one in Swedish and Finnish (”Vi …”):
#: a line starting with one carries on when a space or punctuation follows it (a closing mark), or
#: when the line before left a quote open.
CLOSING_QUOTES = {"”": "“"}
#: Lower-case letters of a script that writes no capitals in running text (Georgian Mkhedruli):
#: a line starting with one does not carry on for that.
CASELESS = range(0x10D0, 0x1100)
#: A page's lines are joined only when at least this share of them carry on the line before
#: (dev split: 19% of block dumps reach 5%, 73% of one-line-per-text-node dumps; 17% and 66% before
#: lines that leave their phrase open carried on).
MIN_CARRY_SHARE = 0.05
#: A line ending in this leaves its sentence open.
OPEN_PUNCTUATION = ","
_OPEN_WORDS = frozenset(word for words in OPEN_ENDINGS.values() for word in words.split())


def carries_on(before: str, line: str, *, whole: bool = False) -> bool:
    """Does ``line`` continue the sentence that ``before`` does not end?

    ``whole``: ``before`` is a label complete in itself, whose last word leaves nothing open.
    """
    if not before or not line or before[-1] in SENTENCE_END:
        return False
    first = line[0]
    open_end = not whole and leaves_open(before)
    if first in CLOSING_QUOTES:  # closing when a space or punctuation follows (”, he said), or a quote is open
        return not line[1:2].isalnum() or quote_open(before, first) or open_end
    lower = first.isalpha() and first.islower() and ord(first) not in CASELESS
    return first in CARRY_ON or lower or open_end


def quote_open(before: str, closing: str) -> bool:
    """Does ``before`` leave a quotation open that ``closing`` would close?

    With a distinct opening mark (“ ”), more openings than closings; where the same mark opens
    and closes (Swedish ” ”), an odd number of them. (’ is not asked: a line opening with it
    carries on, as the possessive after a link does: "Trump" / "’s decision".)
    """
    opening = CLOSING_QUOTES[closing]
    opened, closed = before.count(opening), before.count(closing)
    return opened > closed if opened else closed % 2 == 1


def leaves_open(before: str) -> bool:
    """Does ``before`` end inside a phrase (a comma, or an open word such as "the" written in lower case)?"""
    if before.endswith(OPEN_PUNCTUATION):
        return True
    return before[before.rfind(" ") + 1 :] in _OPEN_WORDS  # the last word, standing alone


def sentence_groups(paragraphs: Sequence[Paragraph], whole: Sequence[bool] = ()) -> list[list[int]]:
    """Positions of the lines scored together, in order (pages never share a group).

    A line whose ``whole`` flag is set is a label complete in itself: its last word leaves nothing
    open (:func:`carries_on`), and it carries on the line before it only as a link's text inside a
    sentence does, with the sentence going on after it ("posted photos to" / "Instagram" / "on
    Friday"); after a phrase left open and before a line of its own ("said the" / "Advertisement" /
    "The next paragraph."), it stands alone.
    """
    if whole and len(whole) != len(paragraphs):
        raise ValueError(f"{len(whole)} whole flags for {len(paragraphs)} lines")
    whole = whole or [False] * len(paragraphs)
    groups: list[list[int]] = []
    for start, end in page_bounds(paragraphs):
        lines = range(start + 1, end)
        carry = [carries_on(paragraphs[i - 1].text, paragraphs[i].text, whole=whole[i - 1]) for i in lines]
        goes_on = [*carry[1:], False][: len(carry)]  # whether the line after each one carries it on
        carry = [c and (not whole[i] or on) for c, i, on in zip(carry, lines, goes_on, strict=True)]
        join = sum(carry) >= MIN_CARRY_SHARE * (end - start)
        groups.append([start])
        for i, carries in enumerate(carry, start + 1):
            if join and carries:
                groups[-1].append(i)
            else:
                groups.append([i])
    return groups


def joined(paragraphs: Sequence[Paragraph], groups: Sequence[Sequence[int]]) -> list[Paragraph]:
    """One paragraph per group: its lines' texts joined by a space, numbered within its page."""
    out: list[Paragraph] = []
    index = 0
    for group in groups:
        first = paragraphs[group[0]]
        index = 0 if first.index == 0 else index + 1
        out.append(replace(first, index=index, text=" ".join(paragraphs[i].text for i in group)))
    return out
