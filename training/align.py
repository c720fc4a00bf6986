"""Page-level truth → paragraph labels.

Full-text corpora: a paragraph is content when most of its word trigrams occur in the
article text, chrome when almost none do; short paragraphs are content only when they
equal a whole line of the article text. Snippet corpora: a paragraph holding (or held by)
a ``with`` snippet is content, a ``without`` snippet chrome, the rest unlabelled.
Anything in between is left unlabelled (``None``) rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.core.types import Paragraph

from .metrics import norm, tokens

CONTENT = 1
CHROME = 0
#: Share of a paragraph's trigrams found in the article above which it is content...
CONTENT_MATCH = 0.6
#: ...and at or below which it is chrome.
CHROME_MATCH = 0.15
#: Paragraphs with fewer tokens than this are judged by whole-line equality.
SHORT_TOKENS = 4
#: A snippet "holds" a paragraph when the paragraph has at least this many characters.
MIN_CONTAINED_CHARS = 25
SHINGLE = 3


def trigrams(toks: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}


@dataclass(frozen=True)
class Truth:
    """Page truth prepared for matching."""

    article_trigrams: frozenset[tuple[str, ...]]
    article_lines: frozenset[str]
    article_joined: str
    with_: tuple[str, ...]
    without: tuple[str, ...]
    full_text: bool

    @classmethod
    def build(cls, article_text: str | None, with_: Sequence[str], without: Sequence[str], full_text: bool) -> Truth:
        """``full_text``: the page's corpus gives full article text. A page of such a corpus without
        it is matched by its snippets when it has ``with`` snippets; with none, it has no main
        content (a bot wall, an error page) and every paragraph is chrome."""
        full_text = full_text and (article_text is not None or not any(s.strip() for s in with_))
        text = article_text or ""
        lines = frozenset(" ".join(tokens(line)) for line in text.splitlines() if line.strip())
        toks = tokens(text)
        return cls(
            frozenset(trigrams(toks)),
            lines,
            f" {' '.join(toks)} ",
            tuple(norm(s) for s in with_ if s.strip()),
            tuple(norm(s) for s in without if s.strip()),
            full_text,
        )


def _snippet_label(text: str, truth: Truth) -> int | None:
    """Content when the paragraph holds a ``with`` snippet, chrome when a ``without`` one, unknown when
    both or neither."""
    low = norm(text)
    found_with = any(s in low or (len(low) >= MIN_CONTAINED_CHARS and low in s) for s in truth.with_)
    found_without = any(s in low or (len(low) >= MIN_CONTAINED_CHARS and low in s) for s in truth.without)
    if found_with == found_without:
        return None
    return CONTENT if found_with else CHROME


#: Marks a short paragraph whose words occur contiguously in the article but not as a line.
_SHORT_IN_TEXT = -1


def _full_text_label(p: Paragraph, truth: Truth) -> int | None:
    toks = tokens(p.text)
    if not toks:
        return CHROME if truth.article_trigrams else None
    if len(toks) < SHORT_TOKENS:
        joined = " ".join(toks)
        if joined in truth.article_lines:
            return CONTENT
        return _SHORT_IN_TEXT if f" {joined} " in truth.article_joined else CHROME
    grams = trigrams(toks)
    found = sum(g in truth.article_trigrams for g in grams) / len(grams)
    if found >= CONTENT_MATCH:
        return CONTENT
    if found <= CHROME_MATCH:
        return None if p.tag == "h1" else CHROME  # headlines: some corpora leave them out of the truth
    return None


def align(paragraphs: Sequence[Paragraph], truth: Truth) -> list[int | None]:
    """A label (1 content, 0 chrome) or None (unknown) for each paragraph.

    A short paragraph whose words occur in the article but not as a line of it is
    unknown inside the article's region (first to last content paragraph), chrome outside.
    """
    labels: list[int | None] = []
    for p in paragraphs:
        snippet = _snippet_label(p.text, truth) if (truth.with_ or truth.without) else None
        if not truth.full_text:
            labels.append(snippet)
            continue
        label = _full_text_label(p, truth)
        if snippet is not None and label in (None, _SHORT_IN_TEXT):
            label = snippet
        labels.append(label)
    content = [i for i, label in enumerate(labels) if label == CONTENT]
    first, last = (content[0], content[-1]) if content else (0, -1)
    labels = [
        (None if first <= i <= last else CHROME) if label == _SHORT_IN_TEXT else label for i, label in enumerate(labels)
    ]
    return _repeats_beyond_truth(paragraphs, labels, truth) if truth.full_text else labels


def _repeats_beyond_truth(paragraphs: Sequence[Paragraph], labels: list[int | None], truth: Truth) -> list[int | None]:
    """A content paragraph repeated more often than the article holds it: the extra copies are chrome.

    Pages often carry the article twice (a mobile and a desktop copy, a hidden print
    version, a repeated pull quote); the truth holds it once, so only the first copy is.
    """
    seen: dict[str, int] = {}
    out = list(labels)
    for i, (p, label) in enumerate(zip(paragraphs, labels, strict=True)):
        if label != CONTENT:
            continue
        toks = tokens(p.text)
        if len(toks) < SHORT_TOKENS:
            continue
        joined = " ".join(toks)
        copies = seen[joined] = seen.get(joined, 0) + 1
        if copies > max(1, truth.article_joined.count(f" {joined} ")):
            out[i] = CHROME
    return out


def coverage(paragraphs: Sequence[Paragraph], labels: Sequence[int | None], truth: Truth) -> float | None:
    """Share of the article's trigrams that content-labelled paragraphs cover (None without full text)."""
    if not truth.full_text or not truth.article_trigrams:
        return None
    covered: set[tuple[str, ...]] = set()
    for p, label in zip(paragraphs, labels, strict=True):
        if label == CONTENT:
            covered |= trigrams(tokens(p.text))
    return len(covered & truth.article_trigrams) / len(truth.article_trigrams)
