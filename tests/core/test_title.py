"""The page's title from its head: ``og:title``, else the Twitter card's, else ``<title>``."""

from __future__ import annotations

from html import unescape

import pytest

from service import classify, load_model
from service.core.parse import parse_html
from service.core.title import MAX_TITLE_CHARS, page_title
from tests.builders import fixture_pages

BODY = "<body><h1>Harbour reopens</h1><p>The harbour reopened on Monday after the storm.</p></body>"


def title_of(html: str) -> str | None:
    return page_title(parse_html(html).root)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            '<meta property="og:title" content="Harbour reopens"><title>Harbour reopens | The Gazette</title>',
            "Harbour reopens",
        ),
        (
            '<title>Harbour reopens | The Gazette</title><meta property="og:title" content="Harbour reopens">',
            "Harbour reopens",
        ),
        ('<meta name="twitter:title" content="Card title"><title>Page title</title>', "Card title"),
        ('<meta property="og:title" content=""><title>\n  Page\n  title  </title>', "Page title"),
        ('<meta property="OG:TITLE" content="Cased &amp; escaped">', "Cased & escaped"),
        ('<meta name="og:title" content="Named, not a property">', "Named, not a property"),
        ('<meta property="og:site_name" name="og:title" content="Either attribute">', "Either attribute"),
        ('<meta property="og:title" content=" "><meta property="og:title" content="The second">', "The second"),
        ("<svg><title>Menu icon</title></svg><title>The page's</title>", "The page's"),
        ("<noscript><title>Not shown</title></noscript>", None),
        ("<title>Cafe\u0301</title>", "Caf\u00e9"),  # e + combining acute: normal form C
        ("<title>   </title>", None),
        ('<meta name="description" content="Not a title">', None),
        ("", None),
    ],
)
def test_the_head_says_the_title(head: str, title: str | None) -> None:
    assert title_of(f"<!doctype html><html><head>{head}</head>{BODY}</html>") == title


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ("<html><body><title>Set in the body</title><p>Story.</p></body></html>", "Set in the body"),
        # libxml2 ends the head at an element of the body's: what follows is in the body
        (
            '<html><head><meta charset="utf-8"><div id="fb-root"></div><meta property="og:title" content="OG">'
            "<title>T | Site</title></head><body><p>Story.</p></body></html>",
            "OG",
        ),
        (
            "<html><head>&nbsp;<title>After a stray space</title></head><body><p>Story.</p></body></html>",
            "After a stray space",
        ),
        (
            "<html><body><svg><title>Facebook</title></svg><title>The page's</title><p>Story.</p></body></html>",
            "The page's",
        ),
        ('<div><svg viewBox="0 0 9 9"><title>Share</title></svg><p>Story.</p></div>', None),  # an icon's tooltip
        ("<p>Story.</p><math><title>x</title></math>", None),
        (
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>XHTML</title></head>'
            "<body><p>Story.</p></body></html>",
            "XHTML",
        ),
    ],
)
def test_a_title_outside_the_head_counts_as_browsers_read_it_but_not_an_icons(html: str, title: str | None) -> None:
    assert title_of(html) == title


def test_a_fragment_has_none_and_text_has_none() -> None:
    model = load_model()
    assert classify(model, html="<h1>Port</h1><p>The port reopened.</p><p>Ferries run.</p>").title is None
    assert classify(model, text="The port reopened.\nFerries run.").title is None
    assert classify(model, paragraphs=["The port reopened."]).title is None


def test_a_long_title_is_cut_at_a_word() -> None:
    long = " ".join(["word"] * 200)
    title = title_of(f"<html><head><title>{long}</title></head>{BODY}</html>")
    assert title is not None and len(title) <= MAX_TITLE_CHARS and title.endswith("word")


def test_a_title_of_megabytes_costs_what_its_first_characters_do() -> None:
    title = title_of(f"<html><head><title>{'word ' * 2_000_000}</title></head>{BODY}</html>")
    assert title is not None and len(title) <= MAX_TITLE_CHARS


def test_every_fixture_page_gives_the_title_of_its_head_and_classify_returns_it() -> None:
    model = load_model()
    for page in fixture_pages():
        result = classify(model, html=page.data)
        if b"<title>" in page.data:  # the title is the page's own words: in its source, its references read
            source = " ".join(unescape(page.data.decode(page.truth.get("encoding", "utf-8"))).split())
            assert result.title is not None and result.title in source, page.name
