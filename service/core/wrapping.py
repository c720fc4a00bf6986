"""Hard-wrapped text → its paragraphs.

Some dumpers break every paragraph at a fixed width and put a blank line between paragraphs
(html2text by default at 78 characters, ``lynx -dump`` and ``w3m -dump`` at 80, mail at 72).
Read one paragraph per line, such text cuts each paragraph into pieces that read like short
headings, and Markdown links and images into halves. Greedy wrapping leaves a mark: a line
ends where the next word would no longer fit. A text is read as wrapped when it has blank
lines, nearly all of its prose lines fit one width, and most of them carry that mark; then
each line that carries it is joined with the next into one paragraph. Lists, menus and short
lines between paragraphs do not carry the mark, so they stay paragraphs of their own. Prose
lines leave out list items, headings and table rows, which html2text does not wrap; a word
broken after its hyphen is joined back without a space.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from . import markdown

#: Widths a text may be wrapped at (dumpers and mail use 72-80; some tools use up to 132).
MIN_WIDTH = 40
MAX_WIDTH = 132
#: Greedy wrapping fills a line to within about a word of the width, so the width is read as
#: the top of the band of this many lengths holding the most lines followed by another (list
#: items that a dumper does not wrap, and short lines, fall outside it).
BAND = 12
#: A text is wrapped when at least this share of its prose lines fit the width ...
MIN_FITTING_SHARE = 0.9
#: ... and at least this share of the prose lines followed by another carry the mark.
MIN_MARKED_SHARE = 0.5
#: At least this many lines must carry the mark.
MIN_MARKED = 3
#: Characters of slack when testing the mark (indentation, a trailing space or hyphen).
SLACK = 2


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _width(lengths: Sequence[int]) -> int | None:
    """The width the lines were wrapped at, read from the lengths of lines followed by another."""
    counts = Counter(lengths)
    bands = [(sum(counts[n] for n in range(end - BAND + 1, end + 1)), end) for end in range(MIN_WIDTH, MAX_WIDTH + 1)]
    held, top = max(bands)
    width = max((n for n in range(top - BAND + 1, top + 1) if counts[n]), default=0)
    return width if held and width >= MIN_WIDTH else None


def continued_lines(lines: Sequence[str]) -> list[bool] | None:
    """For each non-blank line of ``lines``: does it continue the line before it?

    ``None`` when the text does not read as hard-wrapped (then every line is a paragraph).
    """
    shown = [line.rstrip() for line in lines]
    filled = [line for line in shown if line.strip()]
    if not _blank_between(shown):  # no paragraph break: one paragraph per line, as documented
        return None
    # Width and mark are read on prose lines with a space: a lone word longer than the width (an
    # address, a run of unspaced script) stands on a line of its own in wrapped text, and
    # html2text leaves list items, headings and table rows unwrapped.
    prose = [line for line in filled if _prose(line)]
    pairs = [(a, b) for a, b in pairwise(shown) if a.strip() and b.strip() and _prose(a)]
    if len(pairs) < MIN_MARKED:
        return None
    width = _width([len(a) for a, _ in pairs])
    if width is None:
        return None
    if sum(len(line) <= width + SLACK for line in prose) < MIN_FITTING_SHARE * len(prose):
        return None
    marked = [_carries_mark(a, b, width) for a, b in pairs]
    if sum(marked) < max(MIN_MARKED, MIN_MARKED_SHARE * len(pairs)):
        return None
    out: list[bool] = []
    before = ""
    for line in shown:
        if line.strip():
            out.append(bool(before) and _may_join(before, line) and _carries_mark(before, line, width))
        before = line if line.strip() else ""
    return out


def _may_join(before: str, line: str) -> bool:
    """Can ``line`` continue ``before`` at all? Not when it opens a list item, heading or table row,
    nor after a heading or table row (dumpers do not wrap those, so they end where they stand)."""
    starts_block = markdown.LIST_MARKER.match(line) or markdown.HEADING.match(line) or markdown.TABLE_ROW.match(line)
    return not (starts_block or markdown.HEADING.match(before) or markdown.TABLE_ROW.match(before))


def _blank_between(lines: Sequence[str]) -> bool:
    """Is there a blank line between two non-blank ones? (Blank lines at the ends break no paragraph.)"""
    kept = [i for i, line in enumerate(lines) if line.strip()]
    return bool(kept) and kept[-1] - kept[0] + 1 > len(kept)


def _one_word(line: str) -> bool:
    return " " not in line.strip()


def _prose(line: str) -> bool:
    """A line of more than one word that is no list item, heading or table row (which dumpers may leave unwrapped)."""
    if _one_word(line):
        return False
    return not (markdown.LIST_MARKER.match(line) or markdown.HEADING.match(line) or markdown.TABLE_ROW.match(line))


def _carries_mark(line: str, following: str, width: int) -> bool:
    """Was ``line`` ended only because the first word of ``following`` would not fit in ``width``?"""
    fits = len(line) <= width + SLACK or _one_word(line)
    return fits and len(line) + 1 + len(_first_word(following)) > width - SLACK


def unwrapped(lines: Sequence[str]) -> list[str]:
    """The text's paragraphs: its lines, or for hard-wrapped text each paragraph's lines joined."""
    continued = continued_lines(lines)
    if continued is None:
        return list(lines)
    out: list[str] = []
    for line, continues in zip((line for line in lines if line.strip()), continued, strict=True):
        if continues:
            before, rest = out[-1].rstrip(), line.strip()
            out[-1] = before + rest if _broken_at_hyphen(before, rest) else f"{before} {rest}"
        else:
            out.append(line)
    return out


def _broken_at_hyphen(before: str, line: str) -> bool:
    """Was a word broken after its hyphen ("well-" / "known", "example-" / "site.com")?

    Wrappers that break on hyphens (html2text, Python's textwrap) keep the hyphen on the first line.
    """
    return len(before) > 1 and before[-1] == "-" and before[-2].isalnum() and line[:1].isalnum()
