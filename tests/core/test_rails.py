"""Rails of other stories' headlines (``service/core/rails.py``). Every line here was written for this test."""

from __future__ import annotations

import numpy as np
import pytest

from service.core import rails
from service.core.rails import MIN_RUN_LINES, candidate_runs, cap_rails, ends_sentence, topic_words
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


CHROME_BEFORE = ["Share this article", "Comments (12)", "Most read"]


def page(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]


def rail_page(headlines: int = len(HEADLINES)) -> tuple[list[str], np.ndarray]:
    """The story, the site's chrome, then a run of other stories' headlines; scored as the model might."""
    texts = ["Home", "News", *STORY, *CHROME_BEFORE, *HEADLINES[:headlines], "Privacy policy"]
    scores = np.full(len(texts), 0.8)
    for chrome in ("Home", "News", *CHROME_BEFORE, "Privacy policy"):
        scores[texts.index(chrome)] = 0.1
    return texts, scores


def rows(texts: list[str], lines: list[str]) -> list[int]:
    return [texts.index(line) for line in lines]


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The council approved the budget.", True),
        ('"We will build it," she said.', True),
        ("Is this the end of the high street?", True),
        ("The fort was rebuilt in 1644.[4]", True),
        ("**The council approved the budget.**", True),
        ("Հանձնաժողովը հաստատեց բյուջեն։", True),
        ("Grandmother celebrates her hundredth birthday with a skydive", False),
        ("Chef shares the secret that has divided the internet...", False),
        ("Humza Yousaf's family in Gaza face an indescribable Christmas…", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def test_topic_words_leave_out_function_words_numbers_and_short_words() -> None:
    assert topic_words("The 2025 harbour bridge is on the way to go to 48 of the estuary") == {
        "harbour",
        "bridge",
        "way",
        "estuary",
    }


def test_a_run_is_the_headlines_without_the_prose_around_them() -> None:
    texts, _ = rail_page()
    start = texts.index(HEADLINES[0])
    assert candidate_runs(texts) == [(start, start + len(HEADLINES))]
    # prose right before and after: the run starts and ends with a line that ends no sentence
    joined = [*STORY, *HEADLINES, *STORY[:2]]
    assert candidate_runs(joined) == [(len(STORY), len(STORY) + len(HEADLINES))]
    # a sentence after the last headline, then a short line: the run is trimmed back to the headline
    assert candidate_runs([*HEADLINES, STORY[0], "Home"]) == [(0, len(HEADLINES))]


def test_a_run_needs_enough_long_short_enough_lines() -> None:
    texts, _ = rail_page(MIN_RUN_LINES - 1)
    assert candidate_runs(texts) == []
    assert candidate_runs([" ".join(h.split()[: rails.MIN_WORDS - 1]) for h in HEADLINES]) == []
    assert candidate_runs([h + " and" * rails.MAX_LINE_CHARS for h in HEADLINES]) == []


SHORT_HEADLINES = ["Seaside town in mourning", "The comet returns", "Why we queue"]


def test_a_shorter_headline_alone_between_long_ones_stays_in_the_run() -> None:
    # one short headline after every fourth long one: a single run over all of them
    texts: list[str] = []
    for i, headline in enumerate(HEADLINES):
        texts.append(headline)
        if i % 4 == 3:
            texts.append(SHORT_HEADLINES[(i // 4) % len(SHORT_HEADLINES)])
    assert candidate_runs(texts) == [(0, len(texts))]
    # short lines are not counted: the run still needs MIN_RUN_LINES long ones
    few = [
        line
        for pair in zip(HEADLINES[: MIN_RUN_LINES - 1], SHORT_HEADLINES * MIN_RUN_LINES, strict=False)
        for line in pair
    ]
    assert candidate_runs(few[:-1]) == []
    assert candidate_runs([*few, HEADLINES[MIN_RUN_LINES - 1]]) == [(0, 2 * MIN_RUN_LINES - 1)]
    # two short lines in a row cut the run, a one-word line does, and a short line never ends it
    half = MIN_RUN_LINES
    assert candidate_runs([*HEADLINES[:half], *SHORT_HEADLINES[:2], *HEADLINES[half:]]) == [(0, half)]
    assert candidate_runs([*HEADLINES[:half], "Sport", *HEADLINES[half:]]) == [(0, half)]
    assert candidate_runs([*HEADLINES, SHORT_HEADLINES[0], "Home"]) == [(0, len(HEADLINES))]


def test_lines_that_open_in_lower_case_carry_on_prose() -> None:
    wrapped = [h[0].lower() + h[1:] if i % 2 else h for i, h in enumerate(HEADLINES)]
    assert candidate_runs(wrapped) == []


def test_prose_cuts_a_run_and_few_sentences_do_not() -> None:
    half = MIN_RUN_LINES // 2 + 1
    texts = [*HEADLINES[:half], STORY[0], STORY[1], *HEADLINES[half : 2 * half]]
    assert candidate_runs(texts) == []
    # one sentence among the headlines does not (a tabloid headline may end with "!" or "?")
    texts = [*HEADLINES[:half], STORY[0], *HEADLINES[half:]]
    assert candidate_runs(texts) == [(0, len(texts))]


def test_a_run_of_many_sentences_is_no_candidate() -> None:
    # every other line ends a sentence: never two in a row, but 40% of the run
    texts = [h + ("." if i % 5 in (1, 3) else "") for i, h in enumerate(HEADLINES)]
    assert candidate_runs(texts) == []
    texts = [h + ("." if i % 5 == 1 else "") for i, h in enumerate(HEADLINES)]
    assert candidate_runs(texts) == [(0, len(texts))]


def test_a_rail_is_capped_and_the_story_is_not() -> None:
    texts, scores = rail_page()
    given = scores.copy()
    out = cap_rails(page(texts), scores)
    assert (out[rows(texts, HEADLINES)] <= FIXED_CHROME_MAX_SCORE).all()
    assert out[rows(texts, STORY)].tolist() == [0.8] * len(STORY)
    assert (scores == given).all()  # the input is not written to
    scores[texts.index(HEADLINES[3])] = np.nan  # a score that is no number is capped too
    assert cap_rails(page(texts), scores)[texts.index(HEADLINES[3])] == FIXED_CHROME_MAX_SCORE


def test_a_rail_needs_a_story_scored_content() -> None:
    texts, scores = rail_page()
    scores[rows(texts, STORY[2:])] = 0.3  # two paragraphs left: under MIN_STORY_WORDS topic words
    assert cap_rails(page(texts), scores) is scores


@pytest.mark.parametrize("chrome_between", [0, 1])
def test_a_list_next_to_the_story_is_not_a_rail(chrome_between: int) -> None:
    # an article's list after its intro (or a heading after it), and before its outro
    texts = [*STORY[:4], *CHROME_BEFORE[:chrome_between], *HEADLINES, *STORY[4:]]
    scores = np.full(len(texts), 0.8)
    scores[rows(texts, CHROME_BEFORE[:chrome_between])] = 0.1
    assert candidate_runs(texts) != []
    assert cap_rails(page(texts), scores) is scores
    # set apart by two lines of chrome on each side, it is one
    apart = [*STORY[:4], *CHROME_BEFORE[:2], *HEADLINES, *CHROME_BEFORE[:2], *STORY[4:]]
    scores = np.full(len(apart), 0.8)
    scores[[i for i, t in enumerate(apart) if t in CHROME_BEFORE]] = 0.1
    assert rails.rails(apart, scores) == [(6, 6 + len(HEADLINES))]


def test_a_list_about_the_story_is_not_a_rail(monkeypatch: pytest.MonkeyPatch) -> None:
    points = [
        f"Harbour bridge council budget point {n}: councillors approved the revised harbour bridge budget"
        for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")
    ]
    points += [f"Engineers said the harbour bridge foundations in the estuary mud raised the cost {n}" for n in "abcde"]
    texts = [*STORY, *CHROME_BEFORE, *points]
    scores = np.full(len(texts), 0.8)
    scores[rows(texts, CHROME_BEFORE)] = 0.1
    assert candidate_runs(texts) == [(len(STORY) + len(CHROME_BEFORE), len(texts))]
    # the story's words alone keep it (its lines share theirs too: that test is off here)
    monkeypatch.setattr(rails, "MAX_NEIGHBOUR_SHARE", 1.0)
    assert cap_rails(page(texts), scores) is scores
    monkeypatch.setattr(rails, "MAX_STORY_WORD_SHARE", 1.0)
    assert rails.rails(texts, scores) == candidate_runs(texts)


def test_lines_that_share_their_words_are_not_a_rail(monkeypatch: pytest.MonkeyPatch) -> None:
    features = [
        f"The Harbourline kettle {part} keeps water hot for hours with its double stainless steel wall"
        for part in ("base", "lid", "spout", "handle", "filter", "gauge", "switch", "light")
    ]
    features += [
        f"Its stainless steel Harbourline {part} wall keeps the kettle cool to the touch" for part in "abcdefgh"
    ]
    texts = [*STORY, *CHROME_BEFORE, *features]
    scores = np.full(len(texts), 0.8)
    scores[rows(texts, CHROME_BEFORE)] = 0.1
    assert rails.rails(texts, scores) == []
    monkeypatch.setattr(rails, "MAX_NEIGHBOUR_SHARE", 1.0)
    assert rails.rails(texts, scores) == candidate_runs(texts)


def test_lines_without_topic_words_are_not_off_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, scores = rail_page()
    numbers = iter(f"{n} 12 34 56 78 90 11 22" for n in range(len(HEADLINES)))
    texts = [next(numbers) if t in HEADLINES else t for t in texts]
    assert candidate_runs(texts) != []
    monkeypatch.setattr(rails, "MAX_NEIGHBOUR_SHARE", 1.0)
    assert rails.rails(texts, scores) == []


def test_neighbours_are_read_on_both_sides() -> None:
    words = [{"e"}, {"a"}, {"c"}, {"a", "d"}, {"e"}]
    # line 1's "a" is found two lines on, line 3's two lines back; the two "e" are four lines apart
    assert rails._neighbour_share(words) == pytest.approx((0 + 1 + 0 + 0.5 + 0) / 5)
    assert rails._neighbour_share([set(), set()]) == 1.0
