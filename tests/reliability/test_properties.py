"""Properties of segmentation and classification, checked by hypothesis on generated pages.

Pages are generated as trees whose visible words are known, so "no text lost, nothing
invented, order kept" is one equality; arbitrary bytes and strings check that only the
core's own errors escape.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.core.artifact import Model
from service.core.classify import Limits, classify, segment
from service.core.errors import WinnowError
from service.core.types import Label
from service.core.wrapping import continued_lines

EXAMPLES = 60
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Classification runs the whole model per example: fewer of them.
MODEL_SETTINGS = settings(SETTINGS, max_examples=EXAMPLES // 2)
BLOCKS = ("div", "p", "section", "article", "li", "h2", "blockquote", "td")
INLINES = ("span", "b", "a", "em", "label")
INVISIBLE = ("script", "style", "template")
SMALL_LIMITS = Limits(max_bytes=200_000, max_paragraphs=300, max_elements=3_000, max_depth=64, max_chars=50_000)
CHARSETS = (None, "utf-8", "latin-1", "utf-16", "shift_jis", "rot13", "unicode_escape", "nonsense")

words = st.text(alphabet=st.sampled_from("abcxyz0189éßж中ע"), min_size=1, max_size=8)


@dataclass(frozen=True)
class Text:
    words: tuple[str, ...]


@dataclass(frozen=True)
class Element:
    tag: str
    children: tuple[Text | Element, ...]


Node = Text | Element


def render(node: Node) -> str:
    if isinstance(node, Text):
        return " " + " ".join(node.words) + " "
    inner = "".join(render(child) for child in node.children)
    return f"<{node.tag}>{inner}</{node.tag}>"


def visible(node: Node) -> list[str]:
    if isinstance(node, Text):
        return list(node.words)
    if node.tag in INVISIBLE:
        return []
    return [word for child in node.children for word in visible(child)]


texts = st.builds(Text, st.lists(words, min_size=1, max_size=5).map(tuple))
#: Script and style hold raw text only (their first end tag closes them), so they get no child elements.
invisible = st.builds(Element, st.sampled_from(INVISIBLE), st.lists(texts, max_size=2).map(tuple))
trees = st.recursive(
    texts | invisible,
    lambda children: st.builds(Element, st.sampled_from(BLOCKS + INLINES), st.lists(children, max_size=4).map(tuple)),
    max_leaves=25,
)
pages = st.lists(trees, min_size=1, max_size=4).map(lambda nodes: Element("body", tuple(nodes)))


def paragraph_words(texts: list[str]) -> list[str]:
    return [word for text in texts for word in text.split()]


def is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(word == candidate for candidate in remaining) for word in part)


@SETTINGS
@given(pages)
def test_html_paragraphs_are_the_visible_words_in_order(page: Element) -> None:
    _, segmentation = segment(html=render(page))
    assert paragraph_words([p.text for p in segmentation.paragraphs]) == visible(page)
    assert [p.index for p in segmentation.paragraphs] == list(range(len(segmentation.paragraphs)))
    assert not segmentation.truncated


@SETTINGS
@given(st.lists(st.lists(words, max_size=6), max_size=30))
# once read as wrapped: a leading blank line, then lines that fit 40 characters
@example(
    [
        [],
        ["0", "000", "0000000", "0000000", "00000000"],
        ["00000000", "000", "00000", "000000", "0000000"],
        ["00000", "0000000", "00000000", "00000000", "00000000"],
        ["0"],
    ]
)
def test_text_paragraphs_are_the_lines_in_order(lines: list[list[str]]) -> None:
    text = [" ".join(line) for line in lines]
    _, segmentation = segment(text="\n".join(text))
    paragraphs = [p.text for p in segmentation.paragraphs]
    assert paragraph_words(paragraphs) == paragraph_words(text)
    if continued_lines(text) is None:  # not read as hard-wrapped (always so without blank lines between)
        assert paragraphs == [line for line in text if line]


@SETTINGS
@given(st.binary(max_size=3_000), st.sampled_from(CHARSETS))
def test_arbitrary_bytes_raise_only_core_errors(data: bytes, charset: str | None) -> None:
    for kind in ("html", "text"):
        try:
            _, segmentation = segment(limits=SMALL_LIMITS, charset=charset, **{kind: data})
        except WinnowError:
            continue
        for paragraph in segmentation.paragraphs:
            paragraph.text.encode("utf-8")  # nothing a JSON encoder would refuse


@SETTINGS
@given(st.text(max_size=2_000), st.lists(st.text(max_size=50), max_size=20))
def test_arbitrary_strings_raise_only_core_errors(page: str, strings: list[str]) -> None:
    for given_input in ({"html": page}, {"text": page}, {"paragraphs": strings}):
        try:
            _, segmentation = segment(limits=SMALL_LIMITS, **given_input)  # type: ignore[arg-type]
        except WinnowError:
            continue
        for paragraph in segmentation.paragraphs:
            paragraph.text.encode("utf-8")


@MODEL_SETTINGS
@given(pages)
def test_classification_is_deterministic_and_content_comes_from_the_input(model: Model, page: Element) -> None:
    html = render(page)
    first, second = classify(model, html=html), classify(model, html=html)
    assert first == second
    content = [p.text for p in first.paragraphs if p.label is Label.CONTENT]
    assert first.content_text == "\n".join(content)
    assert is_subsequence(paragraph_words(content), visible(page))
    assert all(0.0 <= p.score <= 1.0 for p in first.paragraphs)


@MODEL_SETTINGS
@given(st.binary(max_size=2_000))
def test_classify_raises_only_core_errors(model: Model, data: bytes) -> None:
    try:
        result = classify(model, html=data, limits=SMALL_LIMITS)
    except WinnowError:
        return
    assert len(result.paragraphs) == result.stats["paragraphs"]
