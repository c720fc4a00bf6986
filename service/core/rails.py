"""Rails of other stories: a long run of headlines, set apart from the story and not about it, is chrome.

A tabloid sets hundreds of other stories' headlines around the article ("Don't miss", "Most read",
"Today's headlines"): long lines, each a headline (often cut short: "... as he...") that ends no
sentence, each about something else, among the site's chrome. The model reads each one alone as a line
of news: on four dev pages of a tabloid it kept most of them (text precision 0.03–0.11, F1 0.08–0.23).

A *candidate run* is :data:`MIN_RUN_LINES` or more lines in a row, each of :data:`MIN_WORDS` words or
more and at most :data:`MAX_LINE_CHARS` characters, none opening with a lower-case letter (such a line
carries on the one before it: prose wrapped at a width). A shorter headline of :data:`MIN_SHORT_WORDS`
words or more ("The Geminids are still a mystery") may stand alone between two such lines; it is part of
the run but not counted among its :data:`MIN_RUN_LINES`. A run starts and ends with a line that ends no
sentence, is cut where two lines in a row end one (prose), and at most :data:`MAX_SENTENCE_SHARE` of its
lines end one. The *story* is the page's lines scored content (at :data:`STORY_SCORE`) outside every
candidate run. A candidate run is a *rail* when all of these hold:

- the story holds :data:`MIN_STORY_WORDS` topic words or more (:func:`topic_words`): a page that is a
  short intro and a list, or all list, has nothing to tell its story from the rest;
- it is set apart from the story (:data:`MIN_CHROME_BETWEEN`): between it and the nearest story
  paragraph on either side stand lines scored chrome. An article's list follows its intro, or a
  heading after it, and its outro follows it;
- :data:`MIN_OFF_TOPIC_SHARE` of its lines or more are off the story's topic: at most
  :data:`MAX_STORY_WORD_SHARE` of their topic words are the story's;
- its lines are about different things from each other (:data:`MAX_NEIGHBOUR_SHARE`): a product's
  features, an article's footnotes or a results table share their words.

Each line of a rail keeps at most :data:`~.scoring.FIXED_CHROME_MAX_SCORE`. What the rule would take
by mistake is an article's list of 15 lines or more that ends no sentence, about many different
things and with lines scored chrome between it and the story on both sides. Words are runs of ``\\w``:
a Devanagari word is cut at its vowel signs, so such pages have few topic words and seldom a rail.
A script that marks no sentence's end (Thai) gives runs of prose, which have no story outside them.
The figures are in docs/model-history.md ("rails of other stories").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .analysis import SPACED_SENTENCE_ENDS, UNSPACED_SENTENCE_ENDS
from .lexicon import stopword_set
from .scoring import FIXED_CHROME_MAX_SCORE
from .types import Paragraph

#: A line of a candidate run has at least this many words (white-space separated) ...
MIN_WORDS = 7
#: ... and at most this many characters (a headline with its standfirst run on is well under it).
MAX_LINE_CHARS = 400
#: A shorter headline, alone between two lines of :data:`MIN_WORDS` words or more, has at least this many.
MIN_SHORT_WORDS = 2
#: A candidate run has at least this many lines in a row.
MIN_RUN_LINES = 15
#: At most this share of a candidate run's lines end a sentence (headlines mostly end none).
MAX_SENTENCE_SHARE = 0.3
#: Lines scored at least this (the model's threshold) are the story, outside the candidate runs.
STORY_SCORE = 0.5
#: A story of fewer topic words than this tells nothing: no run of its page is a rail.
MIN_STORY_WORDS = 30
#: A rail has at least this many lines scored chrome between it and the story's nearest paragraph
#: (a story line of :data:`MIN_WORDS` words or more) on each side that has one.
MIN_CHROME_BETWEEN = 2
#: A line is off the story's topic when at most this share of its topic words are the story's ...
MAX_STORY_WORD_SHARE = 0.5
#: ... and a rail has at least this share of its lines off it.
MIN_OFF_TOPIC_SHARE = 0.7
#: A rail's lines are about different things: on average, at most this share of a line's topic words
#: are found in the :data:`NEIGHBOURS` lines on either side of it within the run.
MAX_NEIGHBOUR_SHARE = 0.2
NEIGHBOURS = 2
#: A topic word has at least this many characters (shorter ones are mostly function words).
MIN_TOPIC_CHARS = 3
#: Topic words are read in a story line's first this many characters (bounds the work on long lines).
MAX_READ_CHARS = 1000

_WORD = re.compile(r"\w+")
#: Full stops beyond the model's: Armenian, Ethiopic, Burmese, Khmer, Tibetan, Devanagari's double danda.
_OTHER_FULL_STOPS = "։።။។།॥"
_SENTENCE_ENDS = SPACED_SENTENCE_ENDS + UNSPACED_SENTENCE_ENDS + _OTHER_FULL_STOPS
#: What may follow a sentence's end on a line: closing quotes and brackets, Markdown emphasis, a
#: footnote's mark ("... in 1644.[4]").
_AFTER_END = re.compile(r"(?:[\s\"'”’»)\]*_]|\[\d+\])+$")
#: A line cut short: an ellipsis, or two dots or more.
_CUT_SHORT = ("…", "..")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (closing quotes, brackets, emphasis and footnote marks aside); a
    line cut short ("… as he…") does not."""
    last = text[-1:]
    if last.isalnum():  # most lines: no mark to strip, no sentence's end
        return False
    end = text if last in _SENTENCE_ENDS else _AFTER_END.sub("", text[-MAX_LINE_CHARS:])
    return bool(end) and end[-1] in _SENTENCE_ENDS and not end.endswith(_CUT_SHORT)


def topic_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` (its first :data:`MAX_READ_CHARS` characters) that say what it is
    about: no function words, no numbers, none under :data:`MIN_TOPIC_CHARS` characters."""
    stopwords = stopword_set()
    words = _WORD.findall(text[:MAX_READ_CHARS].lower())
    return {w for w in words if len(w) >= MIN_TOPIC_CHARS and not w.isdigit() and w not in stopwords}


def _long(text: str) -> bool:
    """Whether ``text`` has :data:`MIN_WORDS` words or more (counting no further)."""
    return len(text.split(maxsplit=MIN_WORDS - 1)) >= MIN_WORDS


def candidate_runs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each candidate run of headline-shaped lines (see the module's docstring)."""
    headline = [len(t) <= MAX_LINE_CHARS and not t[:1].islower() for t in texts]
    long = [ok and _long(t) for ok, t in zip(headline, texts, strict=True)]
    n = len(texts)
    shaped = long.copy()
    for i in range(1, n - 1):  # a shorter headline alone between two long ones
        if headline[i] and not long[i] and long[i - 1] and long[i + 1] and len(texts[i].split()) >= MIN_SHORT_WORDS:
            shaped[i] = True
    ends = [ok and ends_sentence(t) for ok, t in zip(shaped, texts, strict=True)]
    runs = []
    start = 0
    while start < n:
        if not long[start] or ends[start]:
            start += 1
            continue
        end = start + 1  # the run holds start..end-1, and texts[start] ends no sentence
        while end < n and shaped[end] and not (ends[end] and (end + 1 == n or ends[end + 1])):
            end += 1
        while end - 1 > start and (ends[end - 1] or not long[end - 1]):
            end -= 1
        if sum(long[start:end]) >= MIN_RUN_LINES and sum(ends[start:end]) <= MAX_SENTENCE_SHARE * (end - start):
            runs.append((start, end))
        start = end
    return runs


def rails(texts: Sequence[str], scores: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each rail of one page's lines, given their content ``scores``."""
    runs = candidate_runs(texts)
    if not runs:
        return []
    kept = np.asarray(scores) >= STORY_SCORE
    in_story = kept.copy()
    for start, end in runs:
        in_story[start:end] = False
    story: set[str] = set()
    for i in np.flatnonzero(in_story):
        story |= topic_words(texts[i])
    if len(story) < MIN_STORY_WORDS:
        return []
    paragraphs = [bool(s) and _long(t) for s, t in zip(in_story, texts, strict=True)]
    found = []
    for start, end in runs:
        if not _set_apart(start, end, paragraphs, kept):
            continue
        words = [topic_words(texts[i]) for i in range(start, end)]
        off_topic = sum(bool(w) and len(w & story) <= MAX_STORY_WORD_SHARE * len(w) for w in words)
        if off_topic >= MIN_OFF_TOPIC_SHARE * (end - start) and _neighbour_share(words) <= MAX_NEIGHBOUR_SHARE:
            found.append((start, end))
    return found


def _set_apart(start: int, end: int, paragraphs: list[bool], kept: np.ndarray) -> bool:
    """Whether :data:`MIN_CHROME_BETWEEN` lines scored chrome stand between the run ``start:end`` and the
    nearest story paragraph on each side that has one."""
    before = next((i for i in range(start - 1, -1, -1) if paragraphs[i]), None)
    after = next((i for i in range(end, len(paragraphs)) if paragraphs[i]), None)
    chrome_before = before is None or np.count_nonzero(~kept[before + 1 : start]) >= MIN_CHROME_BETWEEN
    chrome_after = after is None or np.count_nonzero(~kept[end:after]) >= MIN_CHROME_BETWEEN
    return chrome_before and chrome_after


def _neighbour_share(words: list[set[str]]) -> float:
    """The mean share of a line's topic words found in the :data:`NEIGHBOURS` lines on either side of it
    (over the lines with topic words; 1.0 when none has any)."""
    shares = []
    for i, mine in enumerate(words):
        if mine:
            near = set().union(*words[max(0, i - NEIGHBOURS) : i], *words[i + 1 : i + 1 + NEIGHBOURS])
            shares.append(len(mine & near) / len(mine))
    return sum(shares) / len(shares) if shares else 1.0


def cap_rails(paragraphs: Sequence[Paragraph], scores: np.ndarray) -> np.ndarray:
    """``scores`` of one page's paragraphs with every rail's (:func:`rails`) at most the fixed chrome's cap
    (``scores`` itself when the page has none).

    Both modes' last rule, on a page's final scores (HTML: after the text model's pull)."""
    found = rails([p.text for p in paragraphs], scores)
    if not found:
        return scores
    out = np.array(scores, dtype=np.float64, copy=True)
    for start, end in found:
        out[start:end] = np.fmin(out[start:end], FIXED_CHROME_MAX_SCORE)
    return out
