"""Text lines cut inside a sentence are scored together."""

from __future__ import annotations

import numpy as np
import pytest

from service import load_model
from service.core.artifact import Model
from service.core.classify import classify
from service.core.rejoin import MIN_CARRY_SHARE, carries_on, joined, leaves_open, sentence_groups
from service.core.scoring import FIXED_CHROME_MAX_SCORE, content_scores
from service.core.types import Paragraph

#: An article dumped one line per text node: links and bold phrases inside sentences are lines.
FRAGMENTED = [
    "Home",
    "News",
    "Sport",
    "The city council",
    "voted on Tuesday",
    "to close the old river bridge to cars from the first of March.",
    "Engineers found cracks in two of its piers last autumn,",
    "according to",
    "a report",
    "published by the council.",
    "The bridge will stay open to people on foot and on bicycles while the repairs go on.",
    "Share",
    "Related stories",
]


def page(texts: list[str]) -> list[Paragraph]:
    return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("before", "line", "expected"),
    [
        ("The city council", "voted on Tuesday", True),
        ("Engineers found cracks", ", the report says.", True),
        ("It rained.", "then it stopped", False),  # the line before ends its sentence
        ("Home", "News", False),  # a capital starts a new line of a menu
        ("the resilience of the", "Israeli", True),  # ... unless the line before leaves its phrase open
        ("ニュース", "スポーツ", False),  # no case: never joined on case
        ("", "anything", False),
    ],
)
def test_a_line_carries_on_an_open_sentence(before: str, line: str, expected: bool) -> None:
    assert carries_on(before, line) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("the resilience of the", True),
        ("In Washington,", True),
        ("Die Entscheidung fiel nach einem Treffen mit der", True),
        ("Sign in", False),  # menu items end in particles, which are not open words
        ("Vitamin A", False),  # an open word must be written in lower case
        ("Visit example.de", False),  # and stand alone
        ("It ended.", False),
        ("", False),
    ],
)
def test_a_line_ending_in_an_open_word_or_a_comma_leaves_its_phrase_open(before: str, expected: bool) -> None:
    assert leaves_open(before) is expected
    assert carries_on(before, "European Commission") is expected


#: A sentence cut at links to names, which start with a capital.
CUT_AT_NAMES = [
    "The bridge was closed by the",
    "City Council",
    "after a report from",
    "Acme Engineering",
    "found cracks in two of its piers.",
    "Home",
]


def test_a_sentence_cut_at_capitalised_links_forms_one_group() -> None:
    assert sentence_groups(page(CUT_AT_NAMES)) == [[0, 1, 2, 3, 4], [5]]


def test_a_page_cut_only_at_capitalised_links_is_joined() -> None:
    lines = [f"Paragraph {i} of an article, which ends its sentence." for i in range(20)] + CUT_AT_NAMES
    groups = sentence_groups(page(lines))
    assert [20, 21, 22, 23, 24] in groups  # no line of the page starts in lower case
    assert [0] in groups and [25] in groups


def test_runs_of_carried_on_lines_form_one_group() -> None:
    groups = sentence_groups(page(FRAGMENTED))
    assert [3, 4, 5] in groups and [6, 7, 8, 9] in groups
    assert [0] in groups and [11] in groups
    assert sorted(i for group in groups for i in group) == list(range(len(FRAGMENTED)))


def test_a_page_with_few_carried_on_lines_is_scored_line_by_line() -> None:
    lines = [f"Paragraph {i} of an article, which ends its sentence." for i in range(40)]
    lines[10:12] = ["A sentence broken by a line break", "goes on here."]  # 1 of 40 carries on
    assert 1 / len(lines) < MIN_CARRY_SHARE
    assert sentence_groups(page(lines)) == [[i] for i in range(len(lines))]


def test_groups_never_span_two_pages() -> None:
    two = page(["Open sentence", "carries on", "x"]) + page(["lower case start", "of a second page"])
    groups = sentence_groups(two)
    assert [3, 4] in groups  # the second page's own run
    assert all(two[i].index != 0 for group in groups for i in group[1:])


def test_joined_groups_are_numbered_within_their_pages() -> None:
    paragraphs = page(["a", "b", "c"]) + page(["d"])
    out = joined(paragraphs, [[0, 1], [2], [3]])
    assert [(p.index, p.text) for p in out] == [(0, "a b"), (1, "c"), (0, "d")]


def test_every_line_of_a_group_gets_the_group_score(tiny_model: Model) -> None:
    paragraphs = page(FRAGMENTED)
    scores = content_scores(tiny_model.pipelines["text"], paragraphs, join_sentences=True)
    assert len(scores) == len(paragraphs)
    for group in sentence_groups(paragraphs):
        assert np.ptp(scores[group]) == 0.0


def test_without_carried_on_lines_joining_changes_nothing(tiny_model: Model) -> None:
    paragraphs = page(["Home", "News", "A full sentence of the article.", "Another one, also complete."])
    pipeline = tiny_model.pipelines["text"]
    plain = content_scores(pipeline, paragraphs)
    np.testing.assert_array_equal(content_scores(pipeline, paragraphs, join_sentences=True), plain)


def test_classify_scores_text_lines_together_but_returns_every_line(tiny_model: Model) -> None:
    result = classify(tiny_model, text="\n".join(FRAGMENTED))
    assert [p.text for p in result.paragraphs] == FRAGMENTED
    by_text = {p.text: p.score for p in result.paragraphs}
    assert by_text["according to"] == by_text["a report"]
    html = "<p>" + "</p><p>".join(FRAGMENTED) + "</p>"
    assert len(classify(tiny_model, html=html).paragraphs) == len(FRAGMENTED)  # HTML is not joined


def test_the_committed_model_keeps_an_article_cut_at_every_link() -> None:
    result = classify(load_model(), text="\n".join(FRAGMENTED))
    labels = {p.text: p.label.value for p in result.paragraphs}
    assert all(labels[text] == "content" for text in FRAGMENTED[3:11])
    assert all(labels[text] == "chrome" for text in (*FRAGMENTED[:3], *FRAGMENTED[11:]))


#: A story dumped one line per text node whose links carry names: most pieces start with a capital.
CUT_AT_LINKS_TO_NAMES = [
    "Home",
    "News",
    "Sport",
    "The old river bridge will close to cars from the first of March, the",
    "City Council",
    "said on Tuesday after a report by",
    "Acme Engineering",
    "found cracks in two of its piers.",
    "Repairs are expected to take most of the year, according to",
    "Transport for Riverton",
    ", which will run extra buses on the",
    "Number 12",
    "route while the work goes on.",
    "People on foot and on bicycles can still cross the bridge, a spokesperson for the",
    "Riverton Cycling Club",
    "said.",
    "Share",
    "Related stories",
    "Privacy policy",
]


def test_the_committed_model_keeps_a_story_cut_at_links_to_names() -> None:
    # read with the lower-case rule alone, the story's first line scored 0.37 and was dropped
    result = classify(load_model(), text="\n".join(CUT_AT_LINKS_TO_NAMES))
    labels = [p.label.value for p in result.paragraphs]
    assert labels[3:16] == ["content"] * 13
    assert set(labels[:3] + labels[16:]) == {"chrome"}


@pytest.mark.parametrize(
    ("before", "line", "expected"),
    [
        ("He called the plan “a disaster", "” and left the meeting.", True),  # an English quote closing
        ("Publicerad 4 mars 2025 kl 14.05", "”Vi öppnar inte förrän bron är säker”, säger hon.", False),
        ("Hon sa ”vi öppnar", "” och gick.", True),  # a Swedish quote left open closes
        ("Council", "” was the word she used.", True),  # a closing mark: a space follows it
        ("Hon sa ”vi öppnar", "”Nej”, sa han.", True),  # the quote left open is closed by this mark
        ("It was", "’s decision to close the road.", True),  # a possessive after a link ("Trump" / "’s")
    ],
)
def test_a_closing_quote_carries_on_only_a_quote_left_open(before: str, line: str, expected: bool) -> None:
    """Swedish and Finnish open quotes with ”: such a paragraph was joined to the date line above it."""
    assert carries_on(before, line) is expected


def test_georgian_lines_do_not_carry_on_for_their_case() -> None:
    """Georgian letters are all lower case: every Georgian line "started in lower case", and a menu,
    headline and byline were joined into the story's first paragraph."""
    assert not carries_on("მთავარი", "ახალი ამბები")
    assert carries_on("ხიდი დაიხურა,", "რადგან")  # a comma still leaves the phrase open
    assert carries_on("The bridge was closed", "on Tuesday.")


def test_a_whole_label_leaves_no_phrase_open() -> None:
    lines = ["Kabul et", "“We will not back down,” the mayor said.", "The council", "voted on Tuesday"]
    assert [0, 1] in sentence_groups(page(lines))  # "et" (French "and") leaves the phrase open
    assert sentence_groups(page(lines), whole=[True, False, False, False]) == [[0], [1], [2, 3]]
    assert carries_on("Kabul et", "the mayor said.", whole=True)  # a line in lower case still carries on


def test_a_link_to_a_network_inside_a_sentence_is_still_joined() -> None:
    lines = ["The pair posted photos to", "Instagram", "on Friday, with a caption.", "Another line."]
    assert sentence_groups(page(lines), whole=[False, True, False, False]) == [[0, 1, 2], [3]]


def test_a_whole_label_after_an_open_phrase_stands_alone_when_the_sentence_does_not_go_on() -> None:
    lines = ["The council voted on the", "Reklam", "The next paragraph starts here.", "Another line."]
    assert [0, 1] in sentence_groups(page(lines))
    assert sentence_groups(page(lines), whole=[False, True, False, False]) == [[0], [1], [2], [3]]
    last = ["A sentence cut at the", "Advertisement"]  # the page's last line: nothing goes on after it
    assert sentence_groups(page(last), whole=[False, True]) == [[0], [1]]


def test_whole_flags_must_match_the_lines() -> None:
    with pytest.raises(ValueError, match="2 whole flags for 3 lines"):
        sentence_groups(page(["a", "b", "c"]), whole=[True, False])


def test_a_control_label_between_story_lines_keeps_its_own_score(tiny_model: Model) -> None:
    """A consent button ending in an open word ("Kabul et": Turkish "Accept") was scored with the
    story's next line, and kept with it."""
    lines = ["The city council", "voted on Tuesday to close the bridge.", "Kabul et", "“We had no choice,” she said."]
    scores = content_scores(tiny_model.pipelines["text"], page(lines), join_sentences=True)
    assert scores[2] <= FIXED_CHROME_MAX_SCORE
    assert scores[0] == scores[1]  # the story's own cut sentence is still joined


def test_a_page_of_one_line_is_one_group_with_or_without_flags() -> None:
    one = page(["Kabul et"]) + page(["A sentence."])  # two pages of one line each
    assert sentence_groups(one) == [[0], [1]] == sentence_groups(one, whole=[True, False])
