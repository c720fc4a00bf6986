"""Navigation lines (breadcrumb trails, menus and footers flattened onto one line, topic bars, edition
switchers, page numbers, links to a section) are fixed chrome; a story's lines of a like shape are not. Every
line here was written for this project."""

from __future__ import annotations

import pytest

from service.core.navigation import MAX_NAVIGATION_CHARS, navigation_of
from tests.builders import assert_capped_fixed_chrome, assert_found_share, written_lines, written_texts

#: (line, what navigation line it is)
NAVIGATION_LINES = (
    ("Home › News › Politics", "trail"),
    ("Startseite / Politik / Ausland", "trail"),
    ("You are here: Home » Lifestyle » Food & Drink", "trail"),
    ("The Valley Post > News > Courts", "trail"),
    ("News | Sport | Business | Culture | Opinion", "row"),
    ("About us · Contact · Careers · Advertise · Terms", "row"),
    ("Film / TV / Music / Books / Stage", "row"),
    ("Trending: Budget 2025 · Elections · Heatwave", "row"),
    ("EN | FR | DE", "row"),
    ("« Previous 1 2 3 4 Next »", "pages"),
    ("1 2 3 … 18 >", "pages"),
    ("Page 2 of 5", "pages"),
    ("Seite 3 von 7", "pages"),
    ("More from Business »", "section"),
    ("See all World news", "section"),
    ("← Back to Sport", "section"),
    ("Más noticias de Deportes", "section"),
)

#: A story's lines of a like shape.
STORY_LINES = (
    "Budget 2025 | What it means for you",
    "Labour 34% | Conservatives 28% | Lib Dems 12% | Greens 9%",
    "2019 › 2021 › 2024",
    "London – Paris – Brussels",
    "Back to school: what parents need to know",
    "Back to basics",
    "More from the minister's statement below.",
    "Pos | Team | P | W | D | L | Pts",
    "Arsenal 2 – 1 Chelsea",
    "Page 2 of the report shows the figures were revised.",
)


@pytest.mark.parametrize(("text", "what"), NAVIGATION_LINES)
def test_navigation_lines_are_found_with_what_they_are(text: str, what: str) -> None:
    assert navigation_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_story_lines_of_a_like_shape_are_not_navigation(text: str) -> None:
    assert navigation_of(text) is None


def test_a_line_longer_than_a_navigation_line_is_left_to_the_model() -> None:
    line = " | ".join(["News", "Sport", "Business", "Culture"] * 20)
    assert len(line) > MAX_NAVIGATION_CHARS
    assert navigation_of(line) is None


def test_page_numbers_must_count_up() -> None:
    assert navigation_of("1 2 3 4 5") == "pages"
    assert navigation_of("3 1 4 1 5") is None
    assert navigation_of("Population 1 2 3") is None


def test_a_navigation_line_is_fixed_chrome_left_to_the_kind_model_and_its_score_is_capped() -> None:
    assert_capped_fixed_chrome("Home › News › Politics")


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("navigation")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.8), ("check", 0.55)])
def test_the_navigation_lines_the_rule_was_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    assert_found_share(written_texts(written, "navigation", split), navigation_of, floor, f"{split} navigation lines")


def test_story_lines_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    stories = written_texts(written, "stories")
    assert [text for text in stories if navigation_of(text) is not None] == []
