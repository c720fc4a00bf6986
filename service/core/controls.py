"""Control labels: a line that is the label of a page control and nothing else, wherever it sits.

Publishers set ad slots ("Advertisement", "Story continues below advertisement"), tools
("Print", "Font size", "Listen to this article"), share and follow buttons ("Share", "Facebook
Twitter WhatsApp"), app and loading prompts, headings of link lists ("Read also", "Zum Thema")
and tag lines ("Tags: RBI, repo rate") between an article's paragraphs as well as around it.
They are short, and a line among the article's paragraphs is lifted by its neighbours' scores
(docs/model-history.md, "single chrome lines inside the article"); teaching the model such lines
cost F1 on the corpora. The labels are exact enough for a rule: a line is a control label when
its words, lower-cased, are one of :data:`~.lexicon.CONTROL_LABELS`, are all share-bar words
with a network or a share verb among them, or are a tag label and a short list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import CONTROL_LABELS, SHARE_BAR_WORDS, SHARE_NETWORKS, SHARE_VERBS, TAG_LABELS

#: Longest line (characters) that is tried as a control label or a share bar.
MAX_CONTROL_CHARS = 60
#: Longest tag line (characters).
MAX_TAG_LINE_CHARS = 120
#: Characters of code, never of a control's label (``close()``, ``{ category: "Fruits" }``).
_CODE = re.compile(r"[{}\[\]=;`]|\(\)")
#: A word: a run of letters and digits (labels and lines are cut alike, so a mark that cuts a
#: Devanagari word cuts it in both).
_WORD = re.compile(r"[^\W_]+")


def words_of(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` (``"l'article"`` → ``l``, ``article``)."""
    return tuple(_WORD.findall(text.casefold()))


@dataclass(frozen=True)
class _Vocabulary:
    labels: frozenset[tuple[str, ...]]
    #: Words a control label, a tag line or a share bar may open with: any other line is none.
    openers: frozenset[str]
    networks: frozenset[str]
    verbs: frozenset[str]
    share_bar: frozenset[str]


@cache
def _vocabulary() -> _Vocabulary:
    labels = frozenset(
        words_of(label) for group in CONTROL_LABELS.values() for line in group for label in line.split("|")
    )
    networks = frozenset(SHARE_NETWORKS)
    verbs = frozenset(SHARE_VERBS)
    share_bar = networks | verbs | frozenset(SHARE_BAR_WORDS)
    openers = frozenset(words[0] for words in labels) | {words_of(t)[0] for t in TAG_LABELS} | share_bar
    return _Vocabulary(labels, openers, networks, verbs, share_bar)


@cache
def _tag_line() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(TAG_LABELS, key=len, reverse=True))
    return re.compile(rf"^[\s•·|–—-]*(?:{labels})\s*[:：]\s*[^.!?。\"]+$", re.IGNORECASE)


def is_control(text: str) -> bool:
    """Whether ``text`` is a control label, a share bar or a tag line."""
    if len(text) > MAX_TAG_LINE_CHARS:
        return False
    vocabulary = _vocabulary()
    words = words_of(text)
    if not words or words[0] not in vocabulary.openers or _CODE.search(text):
        return False
    if len(text) > MAX_CONTROL_CHARS:
        return _tag_line().match(text) is not None
    if words in vocabulary.labels or _tag_line().match(text) is not None:
        return True
    return _is_share_bar(words, vocabulary)


def _is_share_bar(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """Share-bar words only, with a network or a share verb among them ("x" alone is no network)."""
    if not all(w in vocabulary.share_bar for w in words):
        return False
    return any(w in vocabulary.verbs or (w in vocabulary.networks and w != "x") for w in words)
