"""Training pages re-spelled in a script no page is written in (``train --foreign-pages``).

The model is judged on publishers it never saw, some of them in languages and scripts its training pages
do not hold (Hebrew, Thai, Georgian, ...). Its words are then noise: they hash to columns that other words
trained. A share of the text model's training pages is re-spelled so it can learn what to do then: every
letter of the page (case folded) becomes a letter of one rarely written script, the same letter for the
same letter throughout the page, so a page keeps its words' lengths, its repeated words and lines, its
digits, prices and punctuation, and loses what its words mean. Each page draws its own script and its own
spelling, as each unknown language is a language of its own. The stacked stages' ``scripts`` columns
(:mod:`service.core.scripts`) tell such pages from the others, at training and at serving time alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import cache

#: Scripts to re-spell in, as code-point ranges: Canadian Aboriginal Syllabics, Yi syllables, Vai,
#: Cherokee and Runic letters. None is among the training pages' or the measures' scripts.
TARGET_SCRIPTS = ((0x1401, 0x166C), (0xA000, 0xA48C), (0xA500, 0xA60B), (0x13A0, 0x13F4), (0x16A0, 0x16EA))


@cache
def _letters(start: int, end: int) -> tuple[str, ...]:
    return tuple(ch for ch in map(chr, range(start, end + 1)) if ch.isalpha())


class Respelling:
    """One page's spelling: a letter of a :data:`TARGET_SCRIPTS` script for each letter the page holds."""

    def __init__(self, rng: random.Random) -> None:
        alphabet = list(_letters(*rng.choice(TARGET_SCRIPTS)))
        rng.shuffle(alphabet)
        self._alphabet = alphabet
        self._table: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """``text`` re-spelled: letters replaced (the same one for a letter in either case), all else kept."""
        return "".join(self._letter(ch) if ch.isalpha() else ch for ch in text)

    def _letter(self, ch: str) -> str:
        key = ch.casefold()[:1] or ch
        if (out := self._table.get(key)) is None:
            out = self._table[key] = self._alphabet[len(self._table) % len(self._alphabet)]
        return out

    def all(self, texts: Iterable[str]) -> frozenset[str]:
        """A set of texts re-spelled."""
        return frozenset(map(self, texts))
