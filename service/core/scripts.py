"""Which of a line's letters are in a script the training pages' articles are written in.

The text model reads words, and a word of a script it never saw as article text tells it nothing: Hebrew,
Thai, Georgian or Greek words hash to columns that other words trained. Pages in such scripts need the model
to lean on what does not depend on the words (a line's shape, its neighbours, its place in the page), and
the stacked stages can only do that when they are told how much of the page the words can be trusted on.
These are the counts behind those columns (:mod:`.stacking`, the ``scripts`` switch).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

#: The scripts of the training pages' article text, as Unicode blocks: Latin (the corpora), Cyrillic,
#: Devanagari, Han and kana (the project's stories, ``datasets/stories/``). Arabic and Hangul appear only in
#: the chrome library, so their words say "chrome" and nothing else: they are not among them.
CONTENT_SCRIPT_RANGES = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"  # Latin
    "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"  # Cyrillic
    "\u0900-\u097f\ua8e0-\ua8ff"  # Devanagari
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"  # kana and Han
)
_CONTENT_LETTER = re.compile(rf"(?=[^\W\d_])[{CONTENT_SCRIPT_RANGES}]")


def letter_counts(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per text: its letters, and those of them in a script of the training pages' articles."""
    letters = np.zeros(len(texts))
    known = np.zeros(len(texts))
    for i, text in enumerate(texts):
        letters[i] = sum(map(str.isalpha, text))  # not a pattern's [^\W\d_], which takes "²" and "½" for letters
        known[i] = letters[i] if text.isascii() else len(_CONTENT_LETTER.findall(text))
    return letters, known
