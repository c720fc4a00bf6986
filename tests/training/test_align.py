"""Page truth → paragraph labels."""

from __future__ import annotations

from tests.builders import p
from training.align import CHROME, CONTENT, Truth, align, coverage

ARTICLE = "Officials met on Tuesday to discuss the harbour expansion plan.\nHARBOUR PLAN\nThe council voted seven to two in favour of the proposal after a long debate."


def labels(texts: list[str], truth: Truth, tags: list[str] | None = None) -> list[int | None]:
    tags = tags or ["p"] * len(texts)
    return align([p(t, i, tag=tag) for i, (t, tag) in enumerate(zip(texts, tags, strict=True))], truth)


def test_full_text_alignment() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    got = labels(
        [
            "Home",
            "Officials met on Tuesday to discuss the harbour expansion plan.",
            "HARBOUR PLAN",
            "The council voted seven to two in favour of the proposal after a long debate.",
            "Subscribe to our newsletter for weekly updates from the region",
            "Share on Twitter",
        ],
        truth,
    )
    assert got == [CHROME, CONTENT, CONTENT, CONTENT, CHROME, CHROME]


def test_partial_matches_are_left_unlabelled() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    mixed = "Officials met on Tuesday to discuss the harbour expansion plan. Click here to read more stories like this one today"
    assert labels([mixed], truth) == [None]


def test_short_text_found_inside_article_region_is_unknown() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    got = labels(
        [
            "the harbour",
            "Officials met on Tuesday to discuss the harbour expansion plan.",
            "the proposal",
            "The council voted seven to two in favour of the proposal after a long debate.",
            "the council",
        ],
        truth,
    )
    assert got == [CHROME, CONTENT, None, CONTENT, CHROME]


def test_unmatched_headline_is_not_called_chrome() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    assert labels(["Harbour expansion approved after marathon meeting"], truth, ["h1"]) == [None]


def test_snippet_alignment() -> None:
    truth = Truth.build(None, ["council voted seven to two"], ["All rights reserved"], full_text=False)
    got = labels(
        ["The council voted seven to two in favour.", "© 2024 Example. All rights reserved.", "Other text"], truth
    )
    assert got == [CONTENT, CHROME, None]


def test_a_paragraph_holding_both_kinds_of_snippet_is_unknown() -> None:
    truth = Truth.build(None, ["main story"], ["share this"], full_text=False)
    assert labels(["The main story. Share this article now"], truth) == [None]


def test_a_full_text_page_without_its_text_is_matched_by_its_snippets() -> None:
    """Without article text but with ``with`` snippets the page has a story: the snippets decide.
    With neither, it has no main content (a bot wall): every paragraph is chrome."""
    texts = ["The main story sentence here, in full.", "Sign in"]
    assert labels(texts, Truth.build(None, ["the main story sentence here"], [], full_text=True)) == [CONTENT, None]
    assert labels(texts, Truth.build(None, [], [], full_text=True)) == [CHROME, CHROME]


def test_coverage() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    paragraphs = [p("Officials met on Tuesday to discuss the harbour expansion plan.")]
    cov = coverage(paragraphs, [CONTENT], truth)
    assert cov is not None and 0.3 < cov < 0.6
    assert coverage(paragraphs, [CONTENT], Truth.build(None, ["x"], [], full_text=False)) is None


def test_copies_beyond_the_article_are_chrome() -> None:
    truth = Truth.build(ARTICLE, [], [], full_text=True)
    first = "Officials met on Tuesday to discuss the harbour expansion plan."
    got = labels([first, "The council voted seven to two in favour of the proposal after a long debate.", first], truth)
    assert got == [CONTENT, CONTENT, CHROME]
    twice = Truth.build(f"{ARTICLE}\n{first}", [], [], full_text=True)
    assert labels([first, first], twice) == [CONTENT, CONTENT]


def test_alignment_reads_canonically_equivalent_text_as_equal() -> None:
    """The paragraph has ড় as one code point, the snippet ড + nukta: the same text (NFC)."""
    truth = Truth.build(
        None, ["\u0986\u099c \u09b6\u09a8\u09bf\u09ac\u09be\u09b0 \u09b8\u09be\u09a1\u09bc\u09c7"], [], full_text=False
    )
    assert labels(
        [
            "\u0986\u099c \u09b6\u09a8\u09bf\u09ac\u09be\u09b0 \u09b8\u09be\u09dc\u09c7 \u09ed\u099f\u09be\u09b0 \u09a6\u09bf\u0995\u09c7 \u098f \u0998\u099f\u09a8\u09be"
        ],
        truth,
    ) == [CONTENT]
