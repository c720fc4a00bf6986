"""Page stamps: lines that are page metadata and nothing else, whatever their place.

- Publication and update lines: a dateline label and a date ("Updated: 3 March 2026, 16:05 IST").
- Reading-time lines ("Reading time: 4 minutes", "5 min read", "Lesezeit: 4 Min.", with or without an "about":
  "Reading time: approx. 9 minutes") and word counts ("Length: 1,240 words").
- Gallery counters ("Image 1 of 5", "Bild 2 von 9"), comment counters ("Comments (12)", "3 Kommentare") and a
  share bar's counters ("1.2k shares").

Publishers set them above, inside and below an article. They are never article text, but they are
short, hold no chrome word but a label and sit in the article's run of paragraphs, so the model,
which reads its neighbours' scores, lifts them the way it lifts a subhead (docs/model-history.md,
"publication and update lines"). Teaching the model such lines at training time cost F1 on the
corpora; the patterns are exact enough for a rule instead. A publication line is a dateline label
(:data:`~.lexicon.CUES` ``dateline``) followed by separators and date words only, with at least one
digit; the other two are written out in :mod:`.lexicon` (``READING_TIME_LABELS``, ``PICTURE_WORDS``...).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import (
    ABOUT_WORDS,
    COMMENT_WORDS,
    CUES,
    MINUTE_WORDS,
    OF_WORDS,
    PICTURE_WORDS,
    READ_WORDS,
    READING_TIME_LABELS,
    SHARE_COUNT_WORDS,
    WORD_COUNT_LABELS,
    WORD_WORDS,
    alternatives,
    date_words,
)
from .phrases import fold

#: Longest paragraph (characters) that is tried as a stamp.
MAX_STAMP_CHARS = 80
#: The kinds of chrome a stamp is (:func:`stamp_kind`).
COMMENTS_KIND = "comments"
SHARE_KIND = "share"
OTHER_KIND = "other"

_LABEL = re.compile(rf"^\W*(?:{alternatives(CUES['dateline'])})(?![^\W\d_])", re.IGNORECASE)
#: Numbers as dates and times write them: 3, 03.03.2026, 16:05, 4pm, 3rd, 16h05, 2026年3月3日.
_NUMBER = re.compile(
    r"^\d+(?:[:./\-hT年月日時时分秒号]\d*)*(?:am|pm|a\.m\.|p\.m\.|st|nd|rd|th|h|hrs?|z|[年月日時时分秒号])?$",
    re.IGNORECASE,
)
#: A time zone or offset: IST, GMT+1, UTC+05:30, WAT.
_ZONE = re.compile(r"^(?:[A-Z]{2,5})(?:[+\-−]\d{1,2}(?::?\d{2})?)?$")
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[^\s,;|()\[\]·•–—/：，、]+")


@cache
def _counters() -> re.Pattern[str]:
    """Reading-time lines, word counts, gallery, comment and share counters, whole lines only."""
    minutes = rf"\d+\s*(?:{alternatives(MINUTE_WORDS)})\.?"
    about = rf"(?:(?:{alternatives(ABOUT_WORDS)})\W*)?"
    reading = (
        rf"(?:{alternatives(READING_TIME_LABELS)})\W*{about}{minutes}"
        rf"|{about}(?:an?\s+)?{minutes}\s*(?:{alternatives(READ_WORDS)})"
    )
    gallery = rf"(?:{alternatives(PICTURE_WORDS)})\s+\d+\s*(?:{alternatives(OF_WORDS)})\s*\d+"
    count = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)"
    labelled = rf"(?:(?:{alternatives(WORD_COUNT_LABELS)})\W*)?"
    words = rf"{labelled}{count}\s*(?:{alternatives(WORD_WORDS)})|word count\W*{count}"
    counters = rf"{reading}|{gallery}|{words}|{_comment_counter()}|{_share_counter()}"
    return re.compile(rf"^\W*(?:{counters})\W*$", re.IGNORECASE)


@cache
def _comment_counter() -> str:
    comment = alternatives(COMMENT_WORDS)
    return rf"(?:{comment})\s*\(?\s*\d+\s*\)?|\d+\s*(?:{comment})"


@cache
def _share_counter() -> str:
    """A share bar's counter: a count in thousands as share bars write it ("1.2k", "4,3K") and a word for
    shares. A count in full ("1,200 shares") is a shareholding's as well, and a story's."""
    return rf"\d{{1,3}}(?:[.,]\d)?\s?k\+?\s*(?:{alternatives(SHARE_COUNT_WORDS)})"


@cache
def _shares() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_share_counter()})\W*$", re.IGNORECASE)


@cache
def _comments() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{_comment_counter()})\W*$", re.IGNORECASE)


def stamp_kind(text: str) -> str | None:
    """The kind of chrome (:data:`~.kinds.KINDS`) a page stamp is: ``comments`` for a comment
    counter, ``share`` for a share counter, ``other`` for the rest (page metadata); None when ``text`` is no
    stamp."""
    if not is_stamp(text):
        return None
    if _comments().match(text):
        return COMMENTS_KIND
    return SHARE_KIND if _shares().match(text) else OTHER_KIND


def is_stamp(text: str) -> bool:
    """Whether ``text`` is a page stamp: a publication or update line, a reading time or a counter."""
    if len(text) > MAX_STAMP_CHARS or _DIGIT.search(text) is None:  # every stamp holds a number
        return False
    return _is_dateline(text) or _counters().match(text) is not None


@cache
def _date_words() -> frozenset[str]:
    """The words a date may hold, folded as :func:`~.phrases.fold` folds a line ("EKİM" reads as "ekim")."""
    return frozenset(map(fold, date_words()))


def _is_dateline(text: str) -> bool:
    """Whether ``text`` (which holds a digit) is a publication or update label followed by a date only."""
    label = _LABEL.match(text)
    if label is None:
        return False
    words = _date_words()
    for token in _TOKEN.findall(text[label.end() :]):
        token = token.strip(":.-")
        if token and not (_NUMBER.match(token) or _ZONE.match(token) or fold(token).rstrip(".") in words):
            return False
    return True
