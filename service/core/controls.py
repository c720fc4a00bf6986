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
from functools import cache

from .lexicon import CONTROL_LABELS, SHARE_BAR_WORDS, SHARE_NETWORKS, SHARE_VERBS, TAG_LABELS, word_pattern

#: Longest line (characters) that is tried as a control label or a share bar.
MAX_CONTROL_CHARS = 60
#: Longest tag line (characters).
MAX_TAG_LINE_CHARS = 120
#: Apostrophes as publishers type them; they join the words around them ("l'article").
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
#: Characters of code, never of a control's label (``close()``, ``{ category: "Fruits" }``).
_CODE = re.compile(r"[{}\[\]=;`]|\(\)")


def words_of(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text``: runs of word characters (``"l'article"`` → ``l``, ``article``)."""
    return tuple(word_pattern().findall(text.translate(_APOSTROPHES).casefold()))


@cache
def _labels() -> frozenset[tuple[str, ...]]:
    labels = (label for group in CONTROL_LABELS.values() for line in group for label in line.split("|"))
    return frozenset(words_of(label) for label in labels)


@cache
def _tag_line() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(TAG_LABELS, key=len, reverse=True))
    return re.compile(rf"^[\s•·|–—-]*(?:{labels})\s*[:：]\s*[^.!?。\"]+$", re.IGNORECASE)


def is_control(text: str) -> bool:
    """Whether ``text`` is a control label, a share bar or a tag line."""
    if len(text) > MAX_TAG_LINE_CHARS or _CODE.search(text):
        return False
    if len(text) > MAX_CONTROL_CHARS:
        return _tag_line().match(text) is not None
    words = words_of(text)
    if not words:
        return False
    if words in _labels() or _tag_line().match(text) is not None:
        return True
    return _is_share_bar(words)


def _is_share_bar(words: tuple[str, ...]) -> bool:
    """Share-bar words only, with a network or a share verb among them ("x" alone is no network)."""
    if not all(w in SHARE_NETWORKS or w in SHARE_VERBS or w in SHARE_BAR_WORDS for w in words):
        return False
    return any(w in SHARE_VERBS or (w in SHARE_NETWORKS and w != "x") for w in words)
