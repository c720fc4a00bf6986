"""Segmentation: blocks, invariants (no lost text, order, determinism), text and list input."""

from __future__ import annotations

import random
import re

import pytest
from lxml import etree

from service.core.parse import parse_html
from service.core.segment import (
    MAX_TOKEN_LEN,
    MAX_TOKENS_PER_ELEMENT,
    MIN_TOKEN_LEN,
    SKIP_TAGS,
    TOKEN_SPLIT,
    _split_tokens,
    segment_lines,
    segment_strings,
    segment_tree,
)
from tests.builders import fixture_pages

WS = re.compile(r"\s+")


def seg(html: str | bytes) -> list[str]:
    return [p.text for p in segment_tree(parse_html(html)).paragraphs]


def visible_text(html: str | bytes) -> str:
    """All text outside invisible elements, by an independent walk (lxml itertext)."""
    root = parse_html(html).root
    assert root is not None
    for element in list(root.iter()):
        shadow = element.get("shadowrootmode") is not None or element.get("shadowroot") is not None
        if isinstance(element.tag, str) and element.tag.lower() in SKIP_TAGS and not shadow:
            element.text = None
            for child in list(element):
                element.remove(child)
    return WS.sub("", "".join(root.itertext()))


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_fixture_blocks_match_truth(page) -> None:  # type: ignore[no-untyped-def]
    got = seg(page.data)
    assert sorted(got) == sorted(page.content + page.chrome)
    content_order = [t for t in got if t in set(page.content)]
    assert content_order == page.content


@pytest.mark.parametrize("page", fixture_pages(), ids=lambda p: p.name)
def test_no_visible_text_is_lost_and_order_is_kept(page) -> None:  # type: ignore[no-untyped-def]
    assert WS.sub("", "".join(seg(page.data))) == visible_text(page.data)


def test_inline_merges_blocks_split_and_loose_text_is_its_own_paragraph() -> None:
    html = "<div>intro <b>bold</b> <a href=#>link</a><p>para</p>between<ul><li>one</li><li>two</li></ul>tail</div>"
    assert seg(html) == ["intro bold link", "para", "between", "one", "two", "tail"]


def test_double_br_splits_single_br_joins() -> None:
    assert seg("<p>a<br>b<br><br>c</p>") == ["a b", "c"]
    assert seg("<p>a<br> <br>c</p>") == ["a", "c"]


def test_invisible_elements_carry_no_paragraphs() -> None:
    html = "<p>keep</p><script>x=1</script><style>p{}</style><noscript>ns</noscript><template>t</template><svg><text>s</text></svg><!-- c -->"
    assert seg(html) == ["keep"]


def test_a_declarative_shadow_root_is_visible_text() -> None:
    """Server-rendered web components put their text in ``<template shadowrootmode>``, which the
    browser shows in place of the host's children: it was dropped with every other template."""
    html = (
        "<article-body><template shadowrootmode='open'><h2>Shadow headline</h2><p>Shadow text.</p><slot></slot>"
        "</template><p>Light text.</p></article-body><x-old><template shadowroot='closed'><p>Older name.</p>"
        "</template></x-old><template><p>An inert template.</p></template>"
    )
    assert seg(html) == ["Shadow headline", "Shadow text.", "Light text.", "Older name."]
    assert WS.sub("", "".join(seg(html))) == visible_text(html)


def test_noscript_is_read_when_nothing_else_on_the_page_is() -> None:
    """A page drawn by scripts that serves its text in <noscript> (a forum's crawler view) shows that
    text to a scraper; a page with text of its own keeps <noscript> out."""
    shell = (
        "<html><head><title>t</title><script>app()</script></head><body><div id=app></div>"
        "<noscript><header><a href='/'>Forum</a></header><div class=post><p>First post.</p>"
        "<p>Second <b>post</b>.</p></div></noscript></body></html>"
    )
    assert seg(shell) == ["Forum", "First post.", "Second post."]
    paths = [p.path for p in segment_tree(parse_html(shell)).paragraphs]
    assert all("noscript" in path for path in paths)
    assert seg("<div><script>x()</script><noscript></noscript></div>") == []
    post = "The thread's first post, which the forum serves to readers without scripts. " * 2
    loading = shell.replace("<div id=app></div>", "<div id=app>Loading...</div><a href=#main>Skip to content</a>")
    loading = loading.replace("First post.", post)
    assert seg(loading) == ["Loading...", "Skip to content", "Forum", post.strip(), "Second post."]
    story = "<p>" + "Own text of the page, long enough to be read. " * 5 + "</p>"
    assert seg(story + "<noscript><p>Enable JavaScript.</p></noscript>") == [" ".join(story[3:-4].split())]
    assert seg("<p>A short fragment.</p><noscript><p>Please enable JavaScript.</p></noscript>") == ["A short fragment."]


def test_noframes_and_noembed_carry_no_paragraphs() -> None:
    """libxml2 keeps their content as raw text: it would come out as markup in a paragraph."""
    html = '<p>keep</p><noframes><div class="nav"><a href="/">Home</a></div></noframes><noembed><b>x</b></noembed>'
    assert seg(html) == ["keep"]


def test_ruby_annotations_are_not_text() -> None:
    """The fallback parentheses are hidden, and the reading drawn over the base text is no part of
    its sentence (an NHK News Web Easy page's truth writes 子ども, not 子こども)."""
    assert seg("<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字の本</p>") == ["漢字の本"]


def test_ui_text_is_kept() -> None:
    html = "<form><label>Email</label><input><button>Subscribe</button></form><ul><li><a href=#>Home</a></li></ul>"
    assert seg(html) == ["Email", "Subscribe", "Home"]


def test_signals() -> None:
    html = '<html><body><div class="article-body" id="main"><p>Text <a href="#">link</a></p></div></body></html>'
    (para,) = segment_tree(parse_html(html), source="s").paragraphs
    assert para.tag == "p"
    assert para.path == "/html[1]/body[1]/div[1]/p[1]"
    assert para.ancestors == ("html", "body", "div", "p")
    assert set(para.tokens) == {"article", "body", "main"}
    assert para.link_chars == 4
    assert para.depth == 4
    assert para.source == "s"
    root = parse_html(html).root
    assert root is not None and root.xpath(para.path)[0].tag == "p"


def test_determinism() -> None:
    page = fixture_pages()[0]
    first = segment_tree(parse_html(page.data)).paragraphs
    assert first == segment_tree(parse_html(page.data)).paragraphs


def test_deep_nesting_within_limits_keeps_text() -> None:
    html = "<div>" * 1000 + "deep" + "</div>" * 1000 + "<p>after</p>"
    result = segment_tree(parse_html(html))
    assert [p.text for p in result.paragraphs] == ["deep", "after"]
    assert not result.truncated


def test_text_lines() -> None:
    got = segment_lines("first line\n\n  \nsecond   line\r\nthird\u2028line\u2029fourth")
    # U+2028 breaks a line inside a paragraph (as one <br> does in HTML); U+2029 ends the paragraph
    assert [p.text for p in got] == ["first line", "second line", "third line", "fourth"]
    assert [p.index for p in got] == [0, 1, 2, 3]
    assert all(p.tag == "" and p.path == "" for p in got)


def test_strings_drop_empty_and_keep_order() -> None:
    got = segment_strings(["b", "", "  ", "a"])
    assert [(p.index, p.text) for p in got] == [(0, "b"), (1, "a")]


def test_paths_are_valid_xpath() -> None:
    page = fixture_pages()[1]
    parsed = parse_html(page.data)
    for para in segment_tree(parsed).paragraphs:
        assert parsed.root is not None
        assert parsed.root.xpath(para.path), para.path
    assert isinstance(parsed.root, etree._Element)


def test_class_values_split_as_the_pattern_splits_them() -> None:
    # lower-case values take str.split: the same tokens as the pattern's, humps, Unicode spaces and all
    rng = random.Random(0)
    pieces = [*"aZbY-_:./ \t\n\u00a0\u2003\x1cÉéİıſ", "ab", "Cd", "x1", "navBar", "a" * 40]
    for _ in range(20_000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        tokens = [t.lower() for t in TOKEN_SPLIT.split(raw) if MIN_TOKEN_LEN <= len(t) <= MAX_TOKEN_LEN]
        assert _split_tokens.__wrapped__(raw) == tuple(dict.fromkeys(tokens))[:MAX_TOKENS_PER_ELEMENT], raw


@pytest.mark.parametrize("separator", ["\u2028", "\x0b", "\x0c", "\x1e", "\x85"])
def test_text_lines_end_at_newlines_only(separator: str) -> None:
    """U+2028 (text from JSON), a vertical tab (a soft break from a word processor) or a form feed
    (a page break in a PDF export) split a caller's paragraph; a newline or U+2029 ends it."""
    lines = ["The bridge closed" + separator + "on Tuesday.", "Sign in"]
    text = "\r\n".join(lines)
    assert [p.text for p in segment_lines(text)] == ["The bridge closed on Tuesday.", "Sign in"]
    assert [p.text for p in segment_lines(text)] == [p.text for p in segment_strings(lines)]
    assert [p.text for p in segment_lines("a\rb\nc\r\nd")] == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # items set side by side without white space (minified markup) are apart, as a reader sees them
        ("<nav><a>Home</a><a>World</a></nav>", ["Home World"]),
        ("<div><span>By Jane Doe</span><span>Updated 3 hours ago</span></div>", ["By Jane Doe Updated 3 hours ago"]),
        # ... but text after an element (a drop cap), a footnote mark, and unspaced scripts stay joined
        (
            "<p><span class=cap>T</span>he port <a>Smith</a><sup>3</sup> <b>Hello</b>world</p>",
            ["The port Smith3 Helloworld"],
        ),
        ("<p><span>ภาษา</span><span>ไทย</span> <span>中文</span><span>文字</span></p>", ["ภาษาไทย 中文文字"]),
        # a closed select shows its selected option (else its first); a list box shows them all
        ("<select><option>One</option><option selected>Two</option></select>", ["Two"]),
        ("<select><optgroup><option>X</option><option>Y</option></optgroup></select>", ["X"]),
        (
            "<select multiple><option>A</option><option>B</option></select><select size=3><option>C</option></select>",
            ["A", "B", "C"],
        ),
        ("<input list=l><datalist id=l><option>Suggested</option></datalist><p>Text</p>", ["Text"]),
        # a button input shows its value, as a paragraph of its own (as a <button> is); a field's value is the user's
        (
            "<form>Get the briefing <input type=email value=me@x.org><input type=SUBMIT value='Sign up'> daily"
            "<input type=hidden value=token><input type=reset value=''></form>",
            ["Get the briefing", "Sign up", "daily"],
        ),
        # a title outside <head>, ruby readings: not shown in the text; a marquee is a block
        ("<head><img src=p.gif><title>Headline - Site</title></head><body><p>Body</p>", ["Body"]),
        ("<p><ruby>子<rt>こ</rt></ruby>どもの本</p>", ["子どもの本"]),
        ("<p>Top</p><marquee>Breaking: news</marquee>after", ["Top", "Breaking: news", "after"]),
        ("<p>Read <progress value=7 max=10>70 %</progress> <meter value=2>2 of 10</meter>done</p>", ["Read done"]),
        # break hints are not text: soft hyphens, zero-width spaces, word joiners
        ("<p>Nachrichten&shy;agentur mel&#8203;det Wort&#8288;verbund</p>", ["Nachrichtenagentur meldet Wortverbund"]),
    ],
)
def test_what_a_reader_sees(html: str, expected: list[str]) -> None:
    """Found by a review probing real-page patterns against what a browser shows (2026-12-05)."""
    assert seg(html) == expected


def test_a_noscript_copy_of_a_script_template_is_read() -> None:
    """Blogger sets a post as a script template and its copy in the <noscript> after it: the post was
    lost on every such page with text of its own (the shell rule did not apply)."""
    html = (
        "<header><a href='/'>The Security Blog</a><p>News and updates from the team, every week of the year.</p>"
        "</header><div class=post><script type='text/template'>&lt;p&gt;x&lt;/p&gt;</script><noscript>"
        "<p>Posted by the team.</p><p>Today we are announcing a change.</p></noscript></div>"
        "<script>run()</script><noscript><p>Please enable JavaScript.</p></noscript>"
    )
    assert seg(html) == [
        "The Security Blog",
        "News and updates from the team, every week of the year.",
        "Posted by the team.",
        "Today we are announcing a change.",
    ]
