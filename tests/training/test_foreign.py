"""Training pages re-spelled in a script no page is written in (``train --foreign-pages``)."""

from __future__ import annotations

import random
import re

from service.core.scripts import letter_counts
from training.foreign import TARGET_SCRIPTS, Respelling


def test_a_respelled_line_keeps_its_shape_and_loses_its_words() -> None:
    respell = Respelling(random.Random(0))
    line = "Subscribe now for $4.99/month!"
    out = respell(line)
    assert len(out) == len(line)
    assert [m.span() for m in re.finditer(r"\w+", out)] == [m.span() for m in re.finditer(r"\w+", line)]
    assert out[out.index("$") :].startswith("$4.99/")  # digits, symbols and punctuation stay
    assert not set("Subscribenowformth") & set(out)
    letters, known = letter_counts([out])
    assert letters[0] == sum(map(str.isalpha, line)) and known[0] == 0  # none in a script articles are in


def test_a_page_spells_a_letter_one_way_in_either_case_and_each_page_its_own_way() -> None:
    respell = Respelling(random.Random(1))
    assert respell("Advertisement") == respell("ADVERTISEMENT") == respell("advertisement")
    assert respell.all(["Share", "Share", "Print"]) == {respell("Share"), respell("Print")}
    others = {Respelling(random.Random(seed))("Advertisement") for seed in range(2, 8)}
    assert len(others) > 1


def test_every_target_script_writes_letters_a_word_pattern_reads() -> None:
    for start, end in TARGET_SCRIPTS:
        assert all(re.fullmatch(r"[^\W\d_]", chr(c)) for c in range(start, end + 1) if chr(c).isalpha())
