"""Text statistics of many paragraphs at once, vectorised.

The paragraphs of a batch are joined into one string (with a separator that is neither a
word character nor white space, so no pattern matches across two paragraphs). Character
classes come from a lookup table over code points, word spans from the ``\\w`` class, and
per-paragraph counts from ``np.bincount`` over each character's paragraph number: a few
C-level passes over the page replace thousands of per-paragraph regex calls. The few
patterns that stay regular expressions run once over the joined text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, pairwise

import numpy as np

from .lexicon import CJK, CJK_FUNCTION_CHARS, UNSPACED, CueIndex, is_mark

#: Joins the paragraphs of a batch: not ``\w``, not white space, never in normalised text.
SEPARATOR = "\x00"
#: Code points with a lookup-table row; the few above it are classified one by one.
TABLE_SIZE = 0x10000

DIGITS = re.compile(r"\d+")
#: A sentence ends at one of these marks followed by white space (the Devanagari danda, the Arabic
#: question mark and full stop among them), or at a CJK full stop, exclamation or question mark
#: followed by anything but the paragraph's end (CJK writes no space after them).
SPACED_SENTENCE_ENDS = ".!?।؟۔"
UNSPACED_SENTENCE_ENDS = "。！？"
CURRENCY_SYMBOLS = "$€£¥₹₩₽₺¢"
CURRENCY_WORDS = frozenset({"zł", "kr", "chf", "usd", "eur", "gbp", "inr", "rs"})
#: A price: a currency symbol before a number, or a currency after one. Only whether a paragraph
#: holds one counts, so a number is matched from its last digit ("1,299.00 €" from its last "0"): the
#: same paragraphs as ``\d[\d.,]*`` before the currency, in linear time, where that pattern
#: rescans a long run of digits and commas from each of its digits (70 s for 64,000 characters of "1,").
PRICE = re.compile(r"(?:[$€£¥₹]\s?\d|\d[.,]*\s?(?:[$€£¥₹]|zł|kr|eur|usd))", re.IGNORECASE)
#: A link or handle. The lookahead names the characters a match can start with (as the alternatives
#: do, case-insensitively), so the engine skips to them: a quarter less time over a page.
URLISH = re.compile(r"(?=[hw@.])(?:https?://|www\.|@\w|\.com\b)", re.IGNORECASE)
TEMPLATE = re.compile(r"\{\{|\}\}|%s|\[\w+\]")
#: A paragraph that ends with one of these (closing quotes and brackets aside) ends a sentence.
SENTENCE_MARKS = SPACED_SENTENCE_ENDS + UNSPACED_SENTENCE_ENDS + "…"
CLOSERS = "\"'”’»)]"

# Character classes, one bit each in the lookup table.
IS_WORD = 1  # \w or a combining mark
IS_DIGIT = 2  # \d
IS_ALPHA = 4  # str.isalpha
IS_UPPER = 8  # str.isupper
IS_PUNCT = 16  # [^\w\s], combining marks excepted
IS_CJK = 32  # Han, kana, hangul
IS_SEPARATOR = 64  # list and breadcrumb separators
IS_CURRENCY = 128  # a currency symbol
IS_UNSPACED = 256  # Han or kana: no spaces between words
IS_FUNCTION_CHAR = 512  # a one-character Chinese or Japanese function word
IS_SPACE = 1024  # \s
IS_SPACED_END = 2048  # ends a sentence when white space follows
IS_UNSPACED_END = 4096  # ends a sentence unless the paragraph ends
#: Characters per word in unspaced (Han, kana) text, to count its words.
UNSPACED_CHARS_PER_WORD = 1.7
SEPARATOR_CHARS = "|•·›»→←>/"
CLASS_PATTERNS = (
    (IS_WORD, re.compile(r"\w")),
    (IS_DIGIT, re.compile(r"\d")),
    (IS_PUNCT, re.compile(r"[^\w\s]")),
    (IS_CJK, CJK),
    (IS_UNSPACED, UNSPACED),
    (IS_FUNCTION_CHAR, re.compile(f"[{CJK_FUNCTION_CHARS}]")),
    (IS_SPACE, re.compile(r"\s")),
    (IS_SPACED_END, re.compile(f"[{SPACED_SENTENCE_ENDS}]")),
    (IS_UNSPACED_END, re.compile(f"[{UNSPACED_SENTENCE_ENDS}]")),
)

#: Columns of :attr:`TextStats.stats`, in order.
STAT_NAMES = (
    "log_chars",
    "log_words",
    "mean_word_len",
    "digit_ratio",
    "upper_ratio",
    "punct_ratio",
    "ends_sentence",
    "starts_upper",
    "log_sentences",
    "link_density",
    "log_currency",
    "has_price",
    "log_separators",
    "stopword_density",
    "capitalised_ratio",
    "urlish",
    "template",
    "ends_colon",
)


def _classes(chars: str) -> np.ndarray:
    flags = np.zeros(len(chars), dtype=np.uint16)
    for bit, pattern in CLASS_PATTERNS:
        flags[[m.start() for m in pattern.finditer(chars)]] |= bit
    flags[np.fromiter(map(str.isalpha, chars), bool, len(chars))] |= IS_ALPHA
    flags[np.fromiter(map(str.isupper, chars), bool, len(chars))] |= IS_UPPER
    flags[np.fromiter((c in SEPARATOR_CHARS for c in chars), bool, len(chars))] |= IS_SEPARATOR
    flags[np.fromiter((c in CURRENCY_SYMBOLS for c in chars), bool, len(chars))] |= IS_CURRENCY
    marks = np.fromiter(map(is_mark, chars), bool, len(chars))
    flags[marks] = (flags[marks] | IS_WORD) & ~np.uint16(IS_PUNCT)
    return flags


@cache
def class_table() -> np.ndarray:
    """Character-class bits of every code point below :data:`TABLE_SIZE` (built once, ~50 ms)."""
    return _classes("".join(map(chr, range(TABLE_SIZE))))


def char_classes(codes: np.ndarray) -> np.ndarray:
    """Class bits of each code point (the table for most; the distinct ones above it classified together)."""
    table = class_table()
    flags = table[np.minimum(codes, TABLE_SIZE - 1)]
    high = codes >= TABLE_SIZE
    if high.any():
        distinct, which = np.unique(codes[high], return_inverse=True)
        flags[high] = _classes("".join(map(chr, distinct.tolist())))[which]
    return flags


@dataclass(frozen=True)
class TextStats:
    """What the feature families need from the text of a batch of paragraphs."""

    stats: np.ndarray
    """Dense statistics, one row per paragraph, columns :data:`STAT_NAMES`."""
    cues: np.ndarray
    """0/1 per paragraph and cue kind: does the paragraph hold a cue phrase of that kind; then, kind
    by kind again, does one open the paragraph (nothing but symbols and spaces before it)."""
    ngrams: list[list[str]]
    """Word unigrams and bigrams of each paragraph (digit runs folded to ``0``; CJK runs as character bigrams).

    A paragraph's list is its ``k`` tokens followed by the ``k - 1`` bigrams of consecutive tokens
    (see :func:`tokens_of`)."""


def tokens_of(ngrams: list[str]) -> list[str]:
    """The tokens (unigrams) of one paragraph's :attr:`TextStats.ngrams`: the first half, rounded up."""
    return ngrams[: (len(ngrams) + 1) // 2]


def _bincount(paragraph_of: np.ndarray, n: int, weights: np.ndarray | None = None) -> np.ndarray:
    return np.bincount(paragraph_of, weights=weights, minlength=n + 1)[:n].astype(np.float64)


def _positions(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _sentence_ends(flags: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Positions where a sentence ends (see :data:`SPACED_SENTENCE_ENDS`); ``codes`` ends with the separator."""
    here, after = flags[:-1], flags[1:]
    spaced = ((here & IS_SPACED_END) != 0) & ((after & IS_SPACE) != 0)
    unspaced = ((here & IS_UNSPACED_END) != 0) & (codes[1:] != ord(SEPARATOR))
    return np.flatnonzero(spaced | unspaced)


def analyse(texts: Sequence[str], link_chars: Sequence[int], stopwords: frozenset[str], cues: CueIndex) -> TextStats:
    """Statistics, cue flags and word n-grams of ``texts`` (non-empty, normalised paragraphs)."""
    n = len(texts)
    joined = SEPARATOR.join(texts) + SEPARATOR
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    # paragraph number of every character; separators get n (dropped by _bincount)
    marks = np.zeros(len(joined), dtype=np.int64)
    marks[starts[:n]] = 1
    paragraph_of = np.cumsum(marks) - 1
    paragraph_of[starts + lengths] = n
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    flags = char_classes(codes)

    def count(bit: int, where: np.ndarray | None = None) -> np.ndarray:
        hits = (flags & bit) != 0 if where is None else ((flags[where] & bit) != 0)
        owners = paragraph_of if where is None else paragraph_of[where]
        return _bincount(owners[hits], n)

    def any_match(pattern: re.Pattern[str]) -> np.ndarray:
        return _bincount(paragraph_of[_positions(pattern, joined)], n) > 0

    word = (flags & IS_WORD) != 0
    edges = np.diff(np.concatenate([[0], word.astype(np.int8), [0]]))
    word_starts, word_ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    word_of = paragraph_of[word_starts]
    # a run of unspaced script is several words: count them by its length
    unspaced = np.concatenate([[0], np.cumsum((flags & IS_UNSPACED) != 0)])
    unspaced_run = (unspaced[word_ends] - unspaced[word_starts]) / UNSPACED_CHARS_PER_WORD
    n_words = _bincount(word_of, n, np.maximum(unspaced_run, 1.0))
    chars = lengths.astype(np.float64)
    safe_chars = np.maximum(chars, 1.0)
    safe_words = np.maximum(n_words, 1.0)

    # the words, lower-cased, one separator between two: every other character becomes the
    # separator, and the runs between are the words
    only_words = np.where(word, codes, np.uint32(ord(SEPARATOR))).astype(np.uint32, copy=False)
    runs = only_words.tobytes().decode("utf-32-le", "surrogatepass").split(SEPARATOR)
    lowered = SEPARATOR.join(filter(None, runs)).lower()
    low_words = lowered.split(SEPARATOR) if lowered else []
    hash_words = DIGITS.sub("0", lowered).split(SEPARATOR) if lowered else []
    stop = np.fromiter(map(stopwords.__contains__, low_words), dtype=bool, count=len(low_words))
    currency_words = np.fromiter(map(CURRENCY_WORDS.__contains__, low_words), dtype=bool, count=len(low_words))
    cjk = np.concatenate([[0], np.cumsum((flags & IS_CJK) != 0)])
    cjk_words = (cjk[word_ends] - cjk[word_starts]) > 0

    stripped = [t.rstrip(CLOSERS)[-1:] for t in texts]
    stats = np.column_stack(
        [
            np.log1p(chars),
            np.log1p(n_words),
            _bincount(paragraph_of[word], n) / safe_words,
            count(IS_DIGIT) / safe_chars,
            count(IS_UPPER) / np.maximum(count(IS_ALPHA), 1.0),
            count(IS_PUNCT) / safe_chars,
            np.fromiter((c != "" and c in SENTENCE_MARKS for c in stripped), dtype=np.float64, count=n),
            (flags[starts[:n]] & IS_UPPER) != 0,
            np.log1p(_bincount(paragraph_of[_sentence_ends(flags, codes)], n)),
            np.minimum(np.asarray(link_chars, dtype=np.float64), chars) / safe_chars,
            np.log1p(count(IS_CURRENCY) + _bincount(word_of[currency_words], n)),
            any_match(PRICE),
            np.log1p(count(IS_SEPARATOR)),
            (_bincount(word_of[stop], n) + count(IS_FUNCTION_CHAR)) / safe_words,
            count(IS_UPPER, word_starts) / safe_words,
            any_match(URLISH),
            any_match(TEMPLATE),
            codes[np.maximum(starts + lengths - 1, 0)] == ord(":"),
        ]
    ).astype(np.float64)
    cue_flags = _cue_flags(cues, low_words, word_of, n, joined, paragraph_of, starts, bool(cjk[-1]))
    ngrams = _ngrams(hash_words, word_of, cjk_words, _bincount(word_of[cjk_words], n) > 0, n)
    return TextStats(stats.reshape(n, len(STAT_NAMES)), cue_flags, ngrams)


def _ngrams(words: list[str], word_of: np.ndarray, cjk: np.ndarray, has_cjk: np.ndarray, n: int) -> list[list[str]]:
    """Each paragraph's words and the bigrams of consecutive words (CJK words cut into character bigrams)."""
    bounds = np.searchsorted(word_of, np.arange(n + 1)).tolist()
    bigrams = [f"{a} {b}" for a, b in pairwise(words)]
    out: list[list[str]] = []
    for k, (a, b) in enumerate(pairwise(bounds)):
        if has_cjk[k]:
            tokens = [g for t, c in zip(words[a:b], cjk[a:b], strict=True) for g in (_bigrams(t) if c else (t,))]
            out.append(tokens + [f"{x} {y}" for x, y in pairwise(tokens)])
        else:
            out.append(words[a:b] + bigrams[a : max(a, b - 1)])
    return out


def _bigrams(token: str) -> list[str]:
    return [token[i : i + 2] for i in range(max(len(token) - 1, 1))]


def _cue_flags(
    cues: CueIndex,
    words: list[str],
    word_of: np.ndarray,
    n: int,
    joined: str,
    paragraph_of: np.ndarray,
    starts: np.ndarray,
    has_cjk: bool,
) -> np.ndarray:
    """Per cue kind, a 0/1 column "holds a phrase", then one "opens with a phrase".

    Word phrases are looked up as word n-grams, CJK and symbol phrases as substrings. A phrase
    opens its paragraph when it starts at the paragraph's first word ("Also read: ...", "Updated:
    ..."), or, for a substring, when no word character comes before it.
    """
    width = len(cues.kinds)
    out = np.zeros((n, 2 * width))
    lookup = cues.ngrams.get
    owners = word_of.tolist()
    opens = np.ones(len(owners), dtype=bool)  # the first word of its paragraph
    opens[1:] = word_of[1:] != word_of[:-1]

    def mark(i: int, kinds: frozenset[int]) -> None:
        columns = list(kinds)
        out[owners[i], columns] = 1.0
        if opens[i]:
            out[owners[i], [width + k for k in columns]] = 1.0

    found = list(map(lookup, words))
    for i in compress(range(len(words)), found):
        mark(i, found[i])
    for i in compress(range(len(words)), map(cues.first_words.__contains__, words)):
        for size in range(2, cues.max_words + 1):
            end = i + size
            if end > len(words) or owners[end - 1] != owners[i]:
                break
            kinds = lookup(" ".join(words[i:end]))
            if kinds:
                mark(i, kinds)
    for k, pattern in cues.substring_patterns(has_cjk):
        for m in pattern.finditer(joined):
            owner = paragraph_of[m.start()]
            if owner < n:
                out[owner, k] = 1.0
                if not any(map(str.isalnum, joined[starts[owner] : m.start()])):
                    out[owner, width + k] = 1.0
    return out
