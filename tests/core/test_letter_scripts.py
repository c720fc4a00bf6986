"""Letters in the training articles' scripts (:mod:`service.core.scripts`)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from service.core.scripts import letter_counts

STORIES = Path(__file__).resolve().parents[2] / "datasets" / "stories"


@pytest.mark.parametrize(
    ("text", "letters", "known"),
    [
        ("The council voted 7-2.", 15, 15),
        ("Der Gemeinderat stimmte zu: ÄÖÜ ß é", 28, 28),
        ("Совет проголосовал", 17, 17),
        ("市议会周二投票", 7, 7),
        ("שלום עולם", 8, 0),  # Hebrew
        ("Καλημέρα", 8, 0),  # Greek
        ("ქალაქის საკრებულო", 16, 0),  # Georgian
        ("مجلس المدينة", 11, 0),  # Arabic: only in the chrome library
        ("시의회", 3, 0),  # Hangul: only in the chrome library
        ("25 m² ½", 1, 1),  # superscripts and fractions are no letters
        ("12:30 — 4.99 €", 0, 0),
    ],
)
def test_letters_and_those_in_the_training_articles_scripts(text: str, letters: int, known: int) -> None:
    got_letters, got_known = letter_counts([text])
    assert (got_letters[0], got_known[0]) == (letters, known)


def test_every_letter_of_the_stories_trained_on_is_in_a_known_script() -> None:
    texts = [
        line
        for path in sorted(STORIES.glob("*.json"))
        for story in json.loads(path.read_text(encoding="utf-8"))["stories"]
        for line in json.dumps(story, ensure_ascii=False).split('"')
        if any(ch.isalpha() for ch in line)
    ]
    letters, known = letter_counts(texts)
    missing = {
        unicodedata.name(ch, "?").split()[0]
        for text, n, k in zip(texts, letters, known, strict=True)
        if n != k
        for ch in text
        if ch.isalpha()
    }
    assert np.array_equal(letters, known), missing
