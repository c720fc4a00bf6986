"""Rails of other stories' headlines (``service/core/rails.py``). Every line here was written for this test."""

from __future__ import annotations

import numpy as np
import pytest

from service.core import rails
from service.core.rails import MIN_RUN_LINES, candidate_runs, cap_rails, ends_sentence
from service.core.scoring import FIXED_CHROME_MAX_SCORE
from service.core.types import Paragraph

STORY = [
    "The county council approved a revised budget for the new harbour bridge on Tuesday evening.",
    "Councillors said the harbour bridge would now cost 48 million pounds, up from an estimate of 31 million.",
    "Engineers blamed the rise on steel prices and on deeper foundations needed in the soft estuary mud.",
    "Residents of the harbour district told the meeting that traffic on the old swing bridge had doubled.",
    "The council leader, Priya Natarajan, said construction would start in spring if the grant arrived.",
    "Opposition councillors asked for an independent review of the bridge contract before any work begins.",
    "A decision on the contract review is expected at the next full council meeting in late January.",
]
HEADLINES = [
    "Retired postman finds wartime love letters hidden under the floorboards of his seaside cottage",
    "Pop star reveals the one breakfast she refuses to give up despite her strict new fitness regime",
    "Tiny village bakery wins national award for a sourdough recipe handed down over four generations",
    "Football manager sacked after just nine games as club slumps to the bottom of the league table",
    "Why thousands of shoppers are queueing overnight for a discounted air fryer at one supermarket",
    "Astronomers spot a comet that will be visible to the naked eye for the first time in a century",
    "Reality TV couple announce surprise engagement during a hot air balloon ride over the desert",
    "Mystery of the missing lighthouse keeper finally solved by a local historian after sixty years",
    "Doctors warn parents about a viral playground game that has sent dozens of children to hospital",
    "Billionaire buys a crumbling Scottish castle and promises to open its gardens to the public",
    "Heatwave warning issued as forecasters predict the hottest weekend of the year for the south",
    "Actor breaks silence on leaving the long-running soap after fourteen years in the cast",
    "Rescue dog who found a lost hiker on the moors is given a medal by the mountain rescue team",
    "Train fares to rise by five per cent in March as commuters face another year of cuts to services",
    "Chef shares the secret to perfectly crispy roast potatoes that has divided the internet...",
    "Olympic swimmer opens up about the injury that nearly ended her career before the final",
    "Astonishing footage shows a humpback whale leaping clear of the water beside a ferry",
    "Grandmother celebrates her hundredth birthday with a skydive over the airfield where she worked",
]


def page(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]


def rail_page(headlines: int = len(HEADLINES)) -> tuple[list[str], np.ndarray]:
    """The story, then a run of other stories' headlines, all scored content."""
    texts = ["Home", "News", *STORY, "Most read", *HEADLINES[:headlines], "Privacy policy"]
    return texts, np.full(len(texts), 0.8)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The council approved the budget.", True),
        ('"We will build it," she said.', True),
        ("Is this the end of the high street?", True),
        ("Grandmother celebrates her hundredth birthday with a skydive", False),
        ("Chef shares the secret that has divided the internet...", False),
        ("Humza Yousaf's family in Gaza face an indescribable Christmas…", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def test_a_run_is_the_headlines_without_the_prose_around_them() -> None:
    texts, _ = rail_page()
    start = texts.index(HEADLINES[0])
    assert candidate_runs(texts) == [(start, start + len(HEADLINES))]
    # the story's last line ends a sentence and stays out of the run even with no chrome line between
    joined = [*STORY, *HEADLINES]
    assert candidate_runs(joined) == [(len(STORY), len(joined))]


def test_a_run_needs_enough_long_lines() -> None:
    texts, _ = rail_page(MIN_RUN_LINES - 1)
    assert candidate_runs(texts) == []
    short = [" ".join(h.split()[: rails.MIN_WORDS - 1]) for h in HEADLINES]
    assert candidate_runs(short) == []


def test_lines_that_open_in_lower_case_carry_on_prose() -> None:
    wrapped = [h[0].lower() + h[1:] if i % 2 else h for i, h in enumerate(HEADLINES)]
    assert candidate_runs(wrapped) == []


def test_prose_cuts_a_run() -> None:
    half = MIN_RUN_LINES // 2 + 1
    texts = [*HEADLINES[:half], STORY[0], STORY[1], *HEADLINES[half : 2 * half]]
    assert candidate_runs(texts) == []
    # one sentence among the headlines does not (a tabloid headline may end with "!" or "?")
    texts = [*HEADLINES[:half], STORY[0], *HEADLINES[half:]]
    assert candidate_runs(texts) == [(0, len(texts))]


def test_a_rail_is_capped_and_the_story_is_not() -> None:
    texts, scores = rail_page()
    out = cap_rails(page(texts), scores)
    rail = [texts.index(h) for h in HEADLINES]
    assert (out[rail] <= FIXED_CHROME_MAX_SCORE).all()
    assert out[[texts.index(s) for s in STORY]].tolist() == [0.8] * len(STORY)
    assert scores.tolist() == [0.8] * len(texts)  # the input is not written to


def test_a_rail_needs_a_story_scored_content() -> None:
    texts, scores = rail_page()
    scores[[texts.index(s) for s in STORY]] = 0.3
    assert cap_rails(page(texts), scores) is scores


def test_a_list_about_the_story_is_not_a_rail(monkeypatch: pytest.MonkeyPatch) -> None:
    points = [
        f"Harbour bridge council budget point {n}: councillors approved the revised harbour bridge budget"
        for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    ]
    points += [f"Engineers said the harbour bridge foundations in the estuary mud raised the cost {n}" for n in "abcde"]
    texts = [*STORY, *points]
    scores = np.full(len(texts), 0.8)
    assert candidate_runs(texts) == [(len(STORY), len(texts))]
    # the story's words alone keep it (its lines share theirs too: that test is off here)
    monkeypatch.setattr(rails, "MAX_NEIGHBOUR_SHARE", 1.0)
    assert cap_rails(page(texts), scores) is scores
    monkeypatch.setattr(rails, "MAX_STORY_WORD_SHARE", 1.0)
    assert rails.rails(texts, scores) == [(len(STORY), len(texts))]


def test_lines_that_share_their_words_are_not_a_rail(monkeypatch: pytest.MonkeyPatch) -> None:
    features = [
        f"The Harbourline kettle {part} keeps water hot for hours with its double stainless steel wall"
        for part in ("base", "lid", "spout", "handle", "filter", "gauge", "switch", "light")
    ]
    features += [
        f"Its stainless steel Harbourline {part} wall keeps the kettle cool to the touch" for part in "abcdefgh"
    ]
    texts = [*STORY, *features]
    scores = np.full(len(texts), 0.8)
    assert rails.rails(texts, scores) == []
    monkeypatch.setattr(rails, "MAX_NEIGHBOUR_SHARE", 1.0)
    assert rails.rails(texts, scores) == [(len(STORY), len(texts))]
