"""Hard-wrapped text: lines that continue a paragraph are found and joined into it."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service import load_model
from service.core.classify import classify
from service.core.segment import segment_lines
from service.core.types import Label
from service.core.wrapping import MAX_WIDTH, MIN_WIDTH, continued_lines, unwrapped

BLOCKS = [
    "Home",
    "News",
    "Sport",
    "River bridge to close for repairs in March",
    "The city council voted on Tuesday to close the old river bridge to cars from the first of March, "
    "after engineers found cracks in two of its piers last autumn.",
    "- Read the engineers' report",
    "- Comment on the plans",
    "Engineers said the repairs would take at least six months and cost more than four million euros, "
    "according to a report the council published on Monday.",
    "The bridge will stay open to people on foot and on bicycles while the repairs go on, the council "
    "said in a statement on its website.",
    "Share this article",
    "Related stories",
]


def wrap(blocks: list[str], width: int) -> str:
    """Blocks as html2text dumps them: broken at ``width``, a blank line between them."""
    return "\n\n".join(textwrap.fill(b, width, break_long_words=False, break_on_hyphens=False) for b in blocks)


@pytest.mark.parametrize("width", [60, 72, 78, 100])
def test_wrapped_lines_continue_their_paragraph(width: int) -> None:
    text = wrap(BLOCKS, width)
    flags = continued_lines(text.splitlines())
    assert flags is not None
    expected = [i > 0 for block in BLOCKS for i, _ in enumerate(textwrap.wrap(block, width, break_long_words=False))]
    assert flags == expected


def test_text_without_blank_lines_is_one_paragraph_per_line() -> None:
    assert continued_lines(wrap(BLOCKS, 72).replace("\n\n", "\n").splitlines()) is None


def test_blank_lines_only_at_the_ends_break_no_paragraph() -> None:
    lines = wrap(BLOCKS, 72).replace("\n\n", "\n").splitlines()
    assert continued_lines(["", *lines, "", ""]) is None
    assert continued_lines(["", *lines[:3], "", *lines[3:]]) is not None


def test_one_paragraph_per_line_with_blank_lines_is_not_wrapped() -> None:
    assert continued_lines("\n\n".join(BLOCKS).splitlines()) is None
    assert continued_lines("\n".join([*BLOCKS[:3], "", *BLOCKS[3:]]).splitlines()) is None


@pytest.mark.parametrize("width", [MIN_WIDTH // 2, MAX_WIDTH * 2])
def test_widths_outside_the_range_are_not_read_as_wrapped(width: int) -> None:
    long_blocks = [" ".join([block] * 4) for block in BLOCKS]
    assert continued_lines(wrap(long_blocks, width).splitlines()) is None


def test_wrapped_text_is_read_as_its_paragraphs() -> None:
    assert unwrapped(wrap(BLOCKS, 72).splitlines()) == BLOCKS
    assert [p.text for p in segment_lines(wrap(BLOCKS, 78))] == BLOCKS
    assert [p.text for p in segment_lines("\n".join(BLOCKS))] == BLOCKS  # not wrapped: lines as they are


def test_a_markdown_link_wrapped_across_lines_is_read_whole() -> None:
    blocks = [f"- [{block}](https://example.org/{i})" if len(block) < 40 else block for i, block in enumerate(BLOCKS)]
    blocks[4] = "The [city council](https://example.org/council/meetings/2026/march) " + blocks[4]
    paragraphs = segment_lines(wrap(blocks, 60))
    assert [p.given or p.text for p in paragraphs] == blocks
    assert paragraphs[4].text == "The city council " + BLOCKS[4]
    assert paragraphs[0].text == "Home"


def test_the_committed_model_keeps_a_wrapped_article() -> None:
    result = classify(load_model(), text=wrap(BLOCKS, 72))
    labels = {p.text: p.label for p in result.paragraphs}
    assert all(labels[block] is Label.CONTENT for block in (BLOCKS[4], BLOCKS[7], BLOCKS[8])), labels
    assert all(labels[block] is Label.CHROME for block in ("Home", "News", "Sport", "Share this article")), labels


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab \n", max_size=120), max_size=12), st.integers(min_value=MIN_WIDTH, max_value=90))
def test_unwrapping_keeps_every_word_in_order(blocks: list[str], width: int) -> None:
    text = wrap(blocks, width)
    assert " ".join(unwrapped(text.splitlines())).split() == text.split()


def test_lists_left_unwrapped_do_not_hide_the_wrapping() -> None:
    """html2text wraps paragraphs but leaves list items, headings and table rows whole."""
    items = [f"  * [{block}](https://example.org/{i})" for i, block in enumerate(BLOCKS[4:9])]  # longer than 72
    text = wrap(BLOCKS[3:], 72) + "\n\n" + "\n".join(items) + "\n\n" + wrap(BLOCKS[4:9], 72)
    paragraphs = unwrapped(text.splitlines())
    assert paragraphs == BLOCKS[3:] + items + BLOCKS[4:9]


def test_a_word_broken_after_its_hyphen_is_joined_without_a_space() -> None:
    sentence = "A well-known example of the river-bridge closures that the city-council approved on Tuesday. "
    blocks = [sentence * 3] * 4
    text = "\n\n".join(textwrap.fill(b, 50, break_on_hyphens=True) for b in blocks)
    assert any(line.endswith("-") for line in text.splitlines())
    assert unwrapped(text.splitlines()) == [b.strip() for b in blocks]


def test_list_items_and_headings_never_continue_a_wrapped_line() -> None:
    """An item or heading within a few characters of the width carried the mark, and was joined."""
    width = 78
    prose = textwrap.wrap(
        "The council listed the changes for commuters who relied on the bridge until it reopens. " * 3, width
    )
    lines = [
        *prose,
        "",
        "  * Route 12 buses will run every ten minutes instead of every twenty at peak",
        "  * The park-and-ride lot on Mill Road will be free until the bridge reopens",
        "  * Cyclists may use the rail footbridge, which stays open around the clock",
        "",
        "## Bridge repairs will take at least three months, engineers tell council",
        "The council heard on Monday that the work could not begin before April.",
        "",
        *textwrap.wrap(
            "Engineers said the piers would be repaired one at a time so that the river stays open to boats. " * 3,
            width,
        ),
    ]
    assert all(len(line) <= width for line in lines)
    out = unwrapped(lines)
    assert out[1:4] == [line for line in lines if line.startswith("  * ")]
    assert out[4].startswith("## Bridge") and out[5].startswith("The council heard")
