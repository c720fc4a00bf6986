"""Vectorised text statistics: the same answers as the plain definitions they replace."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from service.core.analysis import (
    SEPARATOR,
    SPACED_SENTENCE_ENDS,
    STAT_NAMES,
    UNSPACED_SENTENCE_ENDS,
    URLISH,
    _classes,
    _sentence_ends,
    analyse,
    char_classes,
    tokens_of,
)
from service.core.lexicon import cue_index, stopword_set, word_pattern

#: What a sentence end is, written as the regular expression the vectorised count replaced.
SENTENCE_END = re.compile(rf"[{SPACED_SENTENCE_ENDS}]\s|[{UNSPACED_SENTENCE_ENDS}](?=[^{SEPARATOR}])")
#: Characters the random paragraphs are drawn from: sentence marks of several scripts, white space
#: of several kinds, combining marks, Han and kana, Hangul, astral characters (emoji, rare Han), a
#: lone surrogate, and letters whose case folds oddly.
ALPHABET = list(
    " .!?।؟۔。！？…\t\u00a0\u3000abcXYZ0123456789$€₹,;:'\"()-_/@#"
    "\u0301\u093f\u0e31漢字かなカナ한국\U0001f600\U00020000\U0001d400\ud800İßſ\u212a"
)


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _random_pages(count: int, seed: int = 0) -> list[list[str]]:
    rnd = random.Random(seed)
    return [
        ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 40))) for _ in range(rnd.randint(1, 6))]
        for _ in range(count)
    ]


@pytest.mark.parametrize("texts", [["Done. Next!", "No end", "市议会通过。官员说。", "?", "a.b", "End.\u00a0Go"]])
def test_sentence_ends_are_the_regular_expressions(texts: list[str]) -> None:
    joined = SEPARATOR.join(texts) + SEPARATOR
    codes = _codes(joined)
    assert _sentence_ends(char_classes(codes), codes).tolist() == [m.start() for m in SENTENCE_END.finditer(joined)]


def test_sentence_ends_on_random_text() -> None:
    for texts in _random_pages(500):
        joined = SEPARATOR.join(texts) + SEPARATOR
        codes = _codes(joined)
        expected = [m.start() for m in SENTENCE_END.finditer(joined)]
        assert _sentence_ends(char_classes(codes), codes).tolist() == expected, texts


def test_classes_above_the_table_are_each_characters_own() -> None:
    text = "a\U0001f600b\U00020000\U0001d400\U0001f600\u0301\U000e0041 "
    assert char_classes(_codes(text)).tolist() == [int(_classes(ch)[0]) for ch in text]


def test_words_are_runs_of_word_characters_and_marks() -> None:
    stopwords, cues = stopword_set(), cue_index()
    for texts in _random_pages(500, seed=1):
        stats = analyse(texts, [0] * len(texts), stopwords, cues)
        assert stats.stats.shape == (len(texts), len(STAT_NAMES))
        for text, grams in zip(texts, stats.ngrams, strict=True):
            if any(0x3040 <= ord(ch) <= 0xD7AF for ch in text):
                continue  # unspaced scripts are cut into character bigrams
            expected = [re.sub(r"\d+", "0", word.lower()) for word in word_pattern().findall(text)]
            assert tokens_of(grams) == expected, text


#: The price pattern as first written: a number from its first digit, which rescans long runs.
PRICE_FROM_FIRST_DIGIT = re.compile(r"(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[$€£¥₹]|zł|kr|eur|usd))", re.IGNORECASE)
PRICE_PIECES = [
    "1",
    "2",
    "0",
    ",",
    ".",
    " ",
    "$",
    "€",
    "₹",
    "kr",
    "KR",
    "Eur",
    "usd",
    "ZŁ",
    "zł",
    "a",
    "x",
    "-",
    "\u00a0",
]


def test_a_price_is_found_in_the_same_paragraphs_as_from_the_first_digit() -> None:
    rnd = random.Random(2)
    stopwords, cues = stopword_set(), cue_index()
    column = STAT_NAMES.index("has_price")
    for _ in range(300):
        texts = ["".join(rnd.choice(PRICE_PIECES) for _ in range(rnd.randint(1, 25))) for _ in range(rnd.randint(1, 8))]
        found = analyse(texts, [0] * len(texts), stopwords, cues).stats[:, column]
        assert found.tolist() == [float(bool(PRICE_FROM_FIRST_DIGIT.search(t))) for t in texts], texts


def test_the_link_pattern_finds_what_its_alternatives_find() -> None:
    plain = re.compile(r"https?://|www\.|@\w|\.com\b", re.IGNORECASE)
    text = "See HTTPS://x.org, www.a.b, WWW.C, mail@host, @ 1, example.COM! ſ.coma http://\x00hTtP://y Ⓗttp:// .com"
    assert [m.span() for m in URLISH.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
