"""Which text model reads a page: the text stage, or the foreign stage for pages in unknown scripts.

The text model reads words, and the words of a script no training article is written in (Hebrew, Thai,
Georgian, Greek, Armenian, ...) tell it nothing: they hash to columns other words trained, and the model
falls back on where a line sits, keeping much of the chrome around the story. A model may carry a second
text stage, the *foreign* stage, fitted on training pages re-spelled in made-up scripts (``training/foreign``):
it has learnt to judge a line by its shape and its neighbours alone. A text page is read by it when most of
its letters are in scripts outside the training articles' (:data:`.scripts.CONTENT_SCRIPT_RANGES`).

Its training pages weigh their story as much as their chrome: without words, the training pages' share of
chrome would be most of what it went by, and it dropped most of a story. The stage was measured and not
kept (``train --foreign-stage`` fits one; the committed model has none, and this module then costs nothing):
two fits of the same recipe (weights 6e-14 apart) differed by more than it gained (docs/model-history.md,
"a foreign stage").

Only text mode is routed: HTML mode reads markup, and its text pass stays the text stage (the HTML score
map was fitted on it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .rails import cap_rails
from .schema import FOREIGN_STAGE
from .scoring import content_scores
from .scripts import letter_counts
from .types import Paragraph

#: A page is read by the foreign stage when more than this share of its letters are in unknown scripts.
FOREIGN_SHARE = 0.5

#: Whether each ASCII code point is a letter.
_ASCII_LETTER = np.array([chr(c).isalpha() for c in range(128)])
_MAX_ASCII = 0x7F
#: A longer page is read at evenly spaced characters, about this many (the share of a page, not its lines).
MAX_READ_CHARS = 1024


def unknown_share(texts: Sequence[str]) -> float:
    """The share of the letters of ``texts`` in a script no training article is written in (0 without letters).

    Costs little on the common page: an all-ASCII page is answered at once, only a page's non-ASCII
    characters are counted by :func:`.scripts.letter_counts`, and a long page at evenly spaced characters
    (:data:`MAX_READ_CHARS`).
    """
    joined = "".join(texts)
    if joined.isascii():
        return 0.0
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    points = points[:: -(-len(points) // MAX_READ_CHARS)]
    high = points > _MAX_ASCII
    letters, known = letter_counts([points[high].tobytes().decode("utf-32-le", "surrogatepass")])
    unknown = letters[0] - known[0]
    if not unknown:
        return 0.0
    return float(unknown / (np.count_nonzero(_ASCII_LETTER[points[~high]]) + letters[0]))


def reads_foreign(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a page's words are mostly in unknown scripts (:data:`FOREIGN_SHARE`)."""
    return unknown_share([p.text for p in paragraphs]) > FOREIGN_SHARE


def text_stage(pipelines: Mapping[str, Any], paragraphs: Sequence[Paragraph]) -> Any:
    """The pipeline that reads one page in text mode: the foreign stage when the model has one and the
    page's words are mostly in unknown scripts (:func:`reads_foreign`), else the text stage."""
    foreign = pipelines.get(FOREIGN_STAGE)
    if foreign is not None and reads_foreign(paragraphs):
        return foreign
    return pipelines["text"]


def text_scores(pipelines: Mapping[str, Any], paragraphs: Sequence[Paragraph]) -> np.ndarray:
    """Text mode's scores of one page, from the stage that reads it (:func:`text_stage`), rails of other
    stories' headlines capped last (:func:`~.rails.cap_rails`)."""
    return cap_rails(paragraphs, content_scores(text_stage(pipelines, paragraphs), paragraphs, join_sentences=True))
