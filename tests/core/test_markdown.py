"""Markdown text dumps are read as the plain text a reader sees, and returned as given."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service import load_model
from service.core.artifact import Model
from service.core.classify import classify
from service.core.markdown import plain, reads_as_markdown
from service.core.scoring import between, content_scores, renumbered
from service.core.segment import segment_lines, segment_strings
from service.core.types import Label, Paragraph

#: A news page as a Markdown scraper (Firecrawl, Jina Reader) dumps it, one block per line.
MARKDOWN_PAGE = """\
[Skip to content](#main)
- [Home](https://example.org/)
- [World](https://example.org/world)
- [Sport](https://example.org/sport)
[Sign in](https://example.org/login) | [Subscribe](https://example.org/subscribe)
# River bridge to close for repairs in March
By **Anna Berg**, city reporter
The [city council](https://example.org/council) voted on Tuesday to close the old river bridge to cars from the first of March.
![The old river bridge](https://example.org/img/bridge.jpg)
Engineers found cracks in two of its piers last autumn, according to a report published by the council.
---
The bridge will stay open to people on foot and on bicycles while the repairs go on, the council said.
## Read more
- [Tram line extension approved](https://example.org/tram)
- [Five things to do this weekend](https://example.org/weekend)
Share this: [Facebook](https://facebook.com/sharer) [X](https://x.com/intent)
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## A heading ##", "A heading"),
        ("- [Sign in](https://example.org/login)", "Sign in"),
        ("3. [Third story](https://example.org/3)", "Third story"),
        ("![A bridge](https://example.org/a.jpg)", ""),
        ("[![logo](https://example.org/logo.png)](https://example.org/)", ""),
        ('Read the [report](https://example.org/r "The report") in full.', "Read the report in full."),
        ("A [wiki link](https://en.wikipedia.org/wiki/Bridge_(structure)) here", "A wiki link here"),
        ("| Year | Cars |", "Year Cars"),
        ("| --- | :---: |", ""),
        ("---", ""),
        ("* * *", ""),
        ("> A quoted line", "A quoted line"),
        ("**Bold**, *italic*, _under_ and `code`", "Bold, italic, under and code"),
        ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
        (r"\*not emphasis\* and \[not a link\](x)", "*not emphasis* and [not a link](x)"),
        ("[1]: https://example.org/note", ""),
        ('[note]: <https://example.org/n> "A title"', ""),
        ("[Editor's note]: This story was updated on 5 March.", "[Editor's note]: This story was updated on 5 March."),
        ("See <https://example.org/a> now", "See https://example.org/a now"),
        ("A plain sentence, untouched.", "A plain sentence, untouched."),
    ],
)
def test_a_markdown_line_reads_as_its_visible_text(line: str, expected: str) -> None:
    assert " ".join(plain(line).split()) == expected


def test_a_page_reads_as_markdown_only_with_unmistakable_syntax() -> None:
    assert reads_as_markdown(MARKDOWN_PAGE.splitlines())
    assert reads_as_markdown(["[Subscribe](https://example.org/s)"])  # a one-line page: its one line
    assert not reads_as_markdown(["A plain line.", "Another - with a dash.", "* A starred point"])
    assert not reads_as_markdown(["One [link](https://example.org/) in prose.", "And plain text after it."])
    assert not reads_as_markdown([])


def test_markdown_text_is_segmented_as_plain_text_and_keeps_the_line_as_given() -> None:
    paragraphs = segment_lines(MARKDOWN_PAGE)
    lines = [line for line in MARKDOWN_PAGE.splitlines() if line]
    assert [p.given or p.text for p in paragraphs] == lines
    by_line = {p.given or p.text: p for p in paragraphs}
    assert by_line["- [World](https://example.org/world)"].text == "World"
    assert by_line["# River bridge to close for repairs in March"].text == "River bridge to close for repairs in March"
    assert by_line["---"].wordless and by_line["![The old river bridge](https://example.org/img/bridge.jpg)"].wordless
    assert sum(p.wordless for p in paragraphs) == 2


def test_plain_text_is_untouched() -> None:
    lines = ["# not a heading without the space", "- a dash line", "A [bracket] (aside) here.", "**stars**"]
    paragraphs = segment_strings(lines)
    assert [p.text for p in paragraphs] == lines
    assert not any(p.given or p.wordless for p in paragraphs)


def test_renumbered_pages_start_again_at_zero() -> None:
    paragraphs = [Paragraph(index=i % 4, text=str(i)) for i in range(8)]  # two pages of four
    picked = renumbered(paragraphs, [1, 3, 4, 6, 7])
    assert [(p.text, p.index) for p in picked] == [("1", 0), ("3", 1), ("4", 0), ("6", 1), ("7", 2)]


def test_a_line_without_words_takes_the_lower_of_its_neighbours_scores() -> None:
    paragraphs = [Paragraph(index=i % 5, text=str(i)) for i in range(10)]  # two pages of five
    rows = [1, 2, 4, 6, 7]
    scores = np.array([0.9, 0.8, 0.2, 0.7, 0.6])
    out = between(paragraphs, rows, scores)
    np.testing.assert_allclose(out[rows], scores)
    assert out[0] == 0.9  # before the first scored line: its score
    assert out[3] == 0.2  # between 0.8 and 0.2
    assert out[5] == 0.7  # a new page: not the previous page's last line
    assert out[8] == out[9] == 0.6


def test_a_page_of_only_images_is_chrome(tiny_model: Model) -> None:
    result = classify(tiny_model, text="![a](https://example.org/a.png)\n![b](https://example.org/b.png)")
    assert [p.score for p in result.paragraphs] == [0.0, 0.0]


def test_markdown_is_scored_as_its_plain_text(tiny_model: Model) -> None:
    """The scores of a Markdown page are those of the same page written as plain lines."""
    paragraphs = segment_lines(MARKDOWN_PAGE)
    worded = [p.text for p in paragraphs if not p.wordless]
    pipeline = tiny_model.pipelines["text"]
    scores = content_scores(pipeline, paragraphs, join_sentences=True)
    expected = content_scores(pipeline, segment_strings(worded), join_sentences=True)
    np.testing.assert_allclose(scores[[i for i, p in enumerate(paragraphs) if not p.wordless]], expected)


def test_results_return_each_line_as_given(tiny_model: Model) -> None:
    result = classify(tiny_model, text=MARKDOWN_PAGE)
    assert [p.text for p in result.paragraphs] == [line for line in MARKDOWN_PAGE.splitlines() if line]
    listed = classify(tiny_model, paragraphs=MARKDOWN_PAGE.splitlines())
    assert [p.score for p in listed.paragraphs] == [p.score for p in result.paragraphs]


def test_the_committed_model_keeps_the_article_of_a_markdown_page() -> None:
    result = classify(load_model(), text=MARKDOWN_PAGE)
    content = [p.text for p in result.paragraphs if p.label is Label.CONTENT]
    article = [
        "# River bridge to close for repairs in March",
        "![The old river bridge](https://example.org/img/bridge.jpg)",
        next(line for line in MARKDOWN_PAGE.splitlines() if line.startswith("The [city council]")),
        next(line for line in MARKDOWN_PAGE.splitlines() if line.startswith("Engineers")),
        "---",
        next(line for line in MARKDOWN_PAGE.splitlines() if line.startswith("The bridge will")),
    ]
    assert all(line in content for line in article), content
    assert not any(line.startswith(("- [", "[Skip", "[Sign in", "Share", "## Read")) for line in content), content
    assert result.content_text == "\n".join(content)


MARKDOWN_ALPHABET = st.sampled_from([*"ab \\*_~`#>|-+!()[]:.1\"'", "https://x.org/a", "é", "中"])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN_ALPHABET, max_size=40).map("".join))
def test_reading_markdown_never_invents_characters(line: str) -> None:
    assert set(plain(line)) <= set(line) | {" "}
