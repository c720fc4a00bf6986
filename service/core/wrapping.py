"""Hard-wrapped text → its paragraphs.

Some dumpers break every paragraph at a fixed width and put a blank line between paragraphs
(html2text by default at 78 characters, ``lynx -dump`` and ``w3m -dump`` at 80, mail at 72).
Read one paragraph per line, such text cuts each paragraph into pieces that read like short
headings, and Markdown links and images into halves. Greedy wrapping leaves a mark: a line
ends where the next word would no longer fit. A text is read as wrapped when it has blank
lines, nearly all of its lines fit one width, and most lines followed by another carry that
mark; then each line that carries it is joined with the next into one paragraph. Lists, menus
and short lines between paragraphs do not carry the mark, so they stay paragraphs of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

#: Widths a text may be wrapped at (dumpers and mail use 72-80; some tools use up to 132).
MIN_WIDTH = 40
MAX_WIDTH = 132
#: The width is read as this quantile of the lengths of lines followed by another line
#: (a few unbreakable lines, long addresses, may go past it).
WIDTH_QUANTILE = 0.9
#: A text is wrapped when at least this share of its lines fit the width ...
MIN_FITTING_SHARE = 0.9
#: ... and at least this share of the lines followed by another carry the mark.
MIN_MARKED_SHARE = 0.5
#: At least this many lines must carry the mark.
MIN_MARKED = 3
#: Characters of slack when testing the mark (indentation, a trailing space or hyphen).
SLACK = 2


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _quantile(values: Sequence[int], q: float) -> int:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def continued_lines(lines: Sequence[str]) -> list[bool] | None:
    """For each non-blank line of ``lines``: does it continue the line before it?

    ``None`` when the text does not read as hard-wrapped (then every line is a paragraph).
    """
    shown = [line.rstrip() for line in lines]
    filled = [line for line in shown if line.strip()]
    if len(filled) == len(shown):  # no blank line: one paragraph per line, as documented
        return None
    # Width and mark are read on lines with a space: a lone word longer than the width (an
    # address, a run of unspaced script) stands on a line of its own in wrapped text.
    pairs = [(a, b) for a, b in pairwise(shown) if a.strip() and b.strip() and not _one_word(a)]
    if len(pairs) < MIN_MARKED:
        return None
    width = _quantile([len(a) for a, _ in pairs], WIDTH_QUANTILE)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    if sum(len(line) <= width + SLACK or _one_word(line) for line in filled) < MIN_FITTING_SHARE * len(filled):
        return None
    marked = [_carries_mark(a, b, width) for a, b in pairs]
    if sum(marked) < max(MIN_MARKED, MIN_MARKED_SHARE * len(pairs)):
        return None
    out: list[bool] = []
    before = ""
    for line in shown:
        if line.strip():
            out.append(bool(before) and _carries_mark(before, line, width))
        before = line if line.strip() else ""
    return out


def _one_word(line: str) -> bool:
    return " " not in line.strip()


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
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out
