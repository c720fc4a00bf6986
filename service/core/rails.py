"""Rails of other stories: a long run of headlines, none about the page's story, is chrome.

A tabloid sets hundreds of other stories' headlines around the article ("Don't miss", "Most read",
"Today's headlines"): long lines, each a headline (often cut short: "... as he...") that ends no
sentence, each about something else. The model reads each one alone as a line of news: HTML and text
dumps of such dev pages kept most of them (text F1 0.03–0.11 on four pages).

A *candidate run* is :data:`MIN_RUN_LINES` or more lines in a row of :data:`MIN_WORDS` words or more
that do not open with a lower-case letter (such a line carries on the one before it: prose wrapped at
a width), starting and ending with a line that ends no sentence, cut where two lines in a row end one
(prose), and with at most :data:`MAX_SENTENCE_SHARE` of its lines ending one. A candidate run is a
*rail* when

- :data:`MIN_OFF_TOPIC_SHARE` of its lines or more are off the story's topic: at most
  :data:`MAX_STORY_WORD_SHARE` of their topic words (:func:`topic_words`) are the story's, the story
  being the lines scored content (at :data:`STORY_SCORE`) outside every candidate run; and
- its lines are about different things from each other (:data:`MAX_NEIGHBOUR_SHARE`): a product's
  features, an article's footnotes or a results table share their words.

Each line of a rail keeps at most :data:`~.scoring.FIXED_CHROME_MAX_SCORE`. A page whose story holds
fewer than :data:`MIN_STORY_WORDS` topic words has no rail: nothing tells its story from the rest.
An article's own list (key points, a timeline, a recipe) speaks of the story's people and things, or
is shorter than a rail; a list of many different things as long as a rail (a year in review of 15
events or more, each a line that ends no sentence) is what the rule would take by mistake. Scripts
written without spaces have no words to count: the rule never reads them. The figures are in
docs/model-history.md ("rails of other stories").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .analysis import SPACED_SENTENCE_ENDS, UNSPACED_SENTENCE_ENDS
from .lexicon import stopword_set
from .scoring import FIXED_CHROME_MAX_SCORE
from .types import Paragraph

#: A line of a candidate run has at least this many words (white-space separated), and does not open
#: with a lower-case letter (a line that does carries on the one before it: prose wrapped at a width).
MIN_WORDS = 7
#: A candidate run has at least this many lines in a row.
MIN_RUN_LINES = 15
#: At most this share of a candidate run's lines end a sentence (headlines mostly end none).
MAX_SENTENCE_SHARE = 0.3
#: A line is off the story's topic when at most this share of its topic words are the story's.
MAX_STORY_WORD_SHARE = 0.5
#: A candidate run is a rail when at least this share of its lines are off the story's topic ...
MIN_OFF_TOPIC_SHARE = 0.7
#: ... and its lines are about different things: on average, at most this share of a line's topic words
#: are found in the :data:`NEIGHBOURS` lines on either side of it within the run (a product's features,
#: an article's footnotes share theirs).
MAX_NEIGHBOUR_SHARE = 0.2
NEIGHBOURS = 2
#: Lines scored at least this (the model's threshold) are the story, outside the candidate runs.
STORY_SCORE = 0.5
#: A story of fewer topic words than this tells nothing: no run of its page is a rail.
MIN_STORY_WORDS = 30
#: A topic word has at least this many characters (shorter ones are mostly function words).
MIN_TOPIC_CHARS = 3

_WORD = re.compile(r"\w+")
_SENTENCE_ENDS = SPACED_SENTENCE_ENDS + UNSPACED_SENTENCE_ENDS
_CLOSERS = "\"'”’»)] "
#: A line cut short: an ellipsis, or two dots or more.
_CUT_SHORT = ("…", "..")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (closing quotes and brackets aside); a cut-short line does not."""
    end = text.rstrip(_CLOSERS)
    return bool(end) and end[-1] in _SENTENCE_ENDS and not end.endswith(_CUT_SHORT)


def topic_words(text: str) -> set[str]:
    """The lower-cased words of ``text`` that say what it is about: no function words, no numbers."""
    stopwords = stopword_set()
    return {
        w for w in _WORD.findall(text.lower()) if len(w) >= MIN_TOPIC_CHARS and not w.isdigit() and w not in stopwords
    }


def candidate_runs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of headline-shaped lines (see the module's docstring).

    A run is cut where two lines in a row end a sentence (prose), and starts and ends with a line
    that ends none."""
    long = [len(t.split()) >= MIN_WORDS and not t[:1].islower() for t in texts]
    ends = [ok and ends_sentence(t) for ok, t in zip(long, texts, strict=True)]
    runs = []
    start = 0
    while start < len(texts):
        if not long[start] or ends[start]:
            start += 1
            continue
        end = start + 1
        while end < len(texts) and long[end] and not (ends[end] and (end + 1 == len(texts) or ends[end + 1])):
            end += 1
        while ends[end - 1]:
            end -= 1
        if end - start >= MIN_RUN_LINES and sum(ends[start:end]) <= MAX_SENTENCE_SHARE * (end - start):
            runs.append((start, end))
        start = end
    return runs


def rails(texts: Sequence[str], scores: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each rail of one page's lines, given their content ``scores``."""
    runs = candidate_runs(texts)
    if not runs:
        return []
    inside = np.zeros(len(texts), dtype=bool)
    for start, end in runs:
        inside[start:end] = True
    story: set[str] = set()
    for i in np.flatnonzero(~inside & (np.asarray(scores) >= STORY_SCORE)):
        story |= topic_words(texts[i])
    if len(story) < MIN_STORY_WORDS:
        return []
    found = []
    for start, end in runs:
        words = [topic_words(texts[i]) for i in range(start, end)]
        off_topic = sum(bool(w) and len(w & story) <= MAX_STORY_WORD_SHARE * len(w) for w in words)
        if off_topic >= MIN_OFF_TOPIC_SHARE * (end - start) and _neighbour_share(words) <= MAX_NEIGHBOUR_SHARE:
            found.append((start, end))
    return found


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
    """``scores`` of one page's paragraphs with every rail's (:func:`rails`) at most the fixed chrome's cap.

    Both modes' last rule, on a page's final scores (HTML: after the text model's pull)."""
    found = rails([p.text for p in paragraphs], scores)
    if not found:
        return scores
    out = np.array(scores, dtype=np.float64, copy=True)
    for start, end in found:
        out[start:end] = np.minimum(out[start:end], FIXED_CHROME_MAX_SCORE)
    return out
