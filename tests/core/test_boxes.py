"""A box's heading names the kind of the chrome lines under it."""

from __future__ import annotations

from service.core.boxes import RELATED, TAGS, box_kinds, heading_kind
from service.core.controls import control_kind
from service.core.kinds import MAX_MENU_WORDS
from service.core.types import Paragraph

NAV = "navigation"


def _box(lines: list[tuple[int, str, str, str | None]], paths: list[str] | None = None) -> dict[int, str]:
    """``box_kinds`` of chrome lines given as (index, text, kind so far, rule kind)."""
    paragraphs = [
        Paragraph(index=index, text=text, path=paths[i] if paths else "") for i, (index, text, _, _) in enumerate(lines)
    ]
    kinds = [kind for _, _, kind, _ in lines]
    words = [float(len(text.split())) for _, text, _, _ in lines]
    return box_kinds(paragraphs, kinds, words, [rule for *_, rule in lines], MAX_MENU_WORDS)


def test_list_headings_tag_headings_and_template_headings() -> None:
    assert heading_kind("Most read", control_kind("Most read")) == RELATED
    assert heading_kind("Most read »", "related") == RELATED
    for tags in ("Tags", "TAGS", "Themen:", "Schlagwörter", "Теги:", "标签"):
        assert heading_kind(tags) == TAGS, tags
    for heading in ("Latest in Mining", "Most viewed in Companies", "Latest reviews", "Mehr aus Bayern"):
        assert heading_kind(heading) == RELATED, "a template's opening, then a section's name"
    for heading in ("Популярное", "Meistgeteilt", "Tuoreimmat", "Другие новости"):
        assert heading_kind(heading) == RELATED, heading
    for text in ("Tags: budget, housing", "Topics we cover every week.", "Mining", "Latest"):
        assert heading_kind(text) is None, text
    assert heading_kind("More from the minister's office today") is None, "too long a section's name"
    assert heading_kind("Habari za hivi punde za Kenya") == RELATED, "a template of five words"
    assert heading_kind("Also read: Budget 2026 explained", "related") is None, "a related-link line heads no box"
    assert heading_kind("Most read stories of the year were about the floods.", "related") is None
    assert heading_kind("x" * 80, "related") is None


def test_headlines_under_a_list_heading_are_related() -> None:
    lines = [
        (10, "Most read", "related", "related"),
        (11, "Hallenbad: Stadtrat vertagt Entscheidung über Sanierung erneut", NAV, None),
        (12, "13 March", NAV, None),  # a date between the headlines: kept, and the box goes on
        (13, "Regional airport adds a second daily flight to the capital", NAV, None),
        (14, "Council budget: what the new tax rate means for you", RELATED, None),
        (15, "Newsletter sign-up for the morning briefing today", "newsletter", None),
        (16, "Bus drivers vote to strike over new rosters this spring", NAV, None),
    ]
    assert _box(lines) == {1: RELATED, 3: RELATED}, "the box ends at a line of another kind"


def test_a_box_ends_at_content_and_at_a_rule_kind() -> None:
    lines = [
        (3, "Most read", "related", "related"),
        (5, "Regional airport adds a second daily flight to the capital", NAV, None),  # content at 4
    ]
    assert _box(lines) == {}
    lines = [
        (3, "Most read", "related", "related"),
        (4, "Share on WhatsApp", "share", "share"),
        (5, "Regional airport adds a second daily flight to the capital", NAV, None),
    ]
    assert _box(lines) == {}


def test_a_sentence_is_no_headline_of_the_box() -> None:
    lines = [
        (0, "Most read", "related", "related"),
        (1, "The airport adds a second daily flight to the capital.", NAV, None),
        (2, "Regional airport adds a second daily flight to the capital", NAV, None),
    ]
    assert _box(lines) == {2: RELATED}


def test_in_html_a_short_line_inside_the_headings_parent_is_a_headline() -> None:
    lines = [
        (0, "Most read", "related", "related"),
        (1, "Flood barrier closed", NAV, None),
        (2, "Contact us", NAV, None),
    ]
    paths = [
        "/html[1]/body[1]/aside[1]/h3[1]",
        "/html[1]/body[1]/aside[1]/ul[1]/li[1]",
        "/html[1]/body[1]/footer[1]/a[1]",
    ]
    assert _box(lines, paths) == {1: RELATED}
    assert _box(lines) == {}, "in text, a short line under the heading may be a menu's"


def test_tags_under_a_tag_heading_are_other_and_a_long_line_ends_the_strip() -> None:
    lines = [
        (20, "Themen:", NAV, None),
        (21, "Kreistag Hohenrieth", NAV, None),
        (22, "Landratsamt", NAV, None),
        (23, "Council budget: what the new tax rate means for you", NAV, None),
        (24, "Kreisumlage", NAV, None),
    ]
    assert _box(lines) == {0: TAGS, 1: TAGS, 2: TAGS}
