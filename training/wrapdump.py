"""Pages dumped as hard-wrapped text, the way html2text, ``lynx -dump`` or ``w3m -dump`` dump them.

Each visible block becomes a paragraph broken at a fixed width, with a blank line between
paragraphs; long words (addresses, unspaced scripts) are not broken, as html2text does.
:mod:`service.core.wrapping` reads such text back; the evaluation measures text mode on it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from service.core.segment import segment_lines
from service.core.types import Paragraph

#: html2text's default width.
WIDTH = 78


def wrapped_text(paragraphs: Sequence[Paragraph], width: int = WIDTH) -> str:
    """The paragraphs' text, each broken at ``width``, separated by blank lines."""
    return "\n\n".join(textwrap.fill(p.text, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs)


def wrapped_dump(paragraphs: Sequence[Paragraph], width: int = WIDTH) -> list[Paragraph]:
    """The paragraphs dumped as hard-wrapped text, as text mode reads it (one paragraph per line)."""
    return segment_lines(wrapped_text(paragraphs, width))
