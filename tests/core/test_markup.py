"""Telling markup from text that looks like it, without a parse."""

from __future__ import annotations

import re

import pytest

from service.core.markup import has_page_shell, markup_at, read_cdata

TAG = re.compile(r"<b>")


@pytest.mark.parametrize(
    ("page", "shell"),
    [
        ("<!doctype html><p>x</p>", True),
        ("<HTML lang=en><p>x</p>", True),
        ("<!-- <html> -->", False),
        ("<!-- <html> --><html>", True),
        ("<!--> <html>", True),  # an empty comment, closed at once
        ("<!---> <body>", True),
        ("<!-- x --!> <body>", True),
        ("<!-- never closed <html>", False),
        ("<SCRIPT type=module>let s = '<body>'</script ><p>x</p>", False),
        ("<script>let s = '</scripts><body>'</script>", False),
        ("<script>x</script><body>", True),
        ("<div title='a > <html>'>x</div>", False),
        ("<div title='<html>'>x</div><body>", True),
        ("<div a=b'c><body>", True),  # a quote inside an unquoted value opens nothing
        ("<div title='never closed <html>", False),
        ("<![CDATA[ <body> ]]>", False),  # a bogus comment, to the first >
        ("<noscript><body></noscript>", True),  # read as markup by the parser
        ("<plaintext></plaintext><body>", False),
        ("<div>no <bodyguard> here</div>", False),
        ("<p>a < b <body>", True),
    ],
)
def test_only_markup_makes_a_page_shell(page: str, shell: bool) -> None:
    assert has_page_shell(page) is shell


def test_matches_inside_markup_are_passed_over_and_the_rest_kept_in_order() -> None:
    text = "<b>1<!-- <b> --><script>'<b>'</script><i title='<b>'><b>2<b>"
    assert [m.start() for m in markup_at(text, TAG)] == [0, text.index("<b>2"), text.rindex("<b>")]


def test_an_unclosed_tag_costs_one_pass() -> None:
    """Attribute values are read possessively: no backtracking on a tag that never ends."""
    page = "<div " + "a='x' b=y " * 50_000 + "<html"
    assert has_page_shell(page) is False


@pytest.mark.parametrize(
    ("page", "xhtml", "html"),
    [
        ("<p>a <![CDATA[b]]> c</p>", "<p>a b c</p>", "<p>a <![CDATA[b]]> c</p>"),  # the parser drops it whole
        ("<p>a <![CDATA[x > y <i>]]> c</p>", "<p>a x &gt; y &lt;i&gt; c</p>", "<p>a  c</p>"),
        ("<!-- <![CDATA[x>]]> --><p>a</p>", "<!-- <![CDATA[x>]]> --><p>a</p>", "<!-- <![CDATA[x>]]> --><p>a</p>"),
        (
            "<script>//<![CDATA[\nif (a > b) s = '</p>';\n//]]></script>",
            "<script>//\nif (a &gt; b) s = '&lt;/p&gt;';\n//</script>",  # still no markup in the script
            "<script>//<![CDATA[\nif (a > b) s = '</p>';\n//]]></script>",
        ),
        ("<p title='<![CDATA[>]]>'>a</p>", "<p title='&gt;'>a</p>", "<p title='<![CDATA[>]]>'>a</p>"),
        ("<p>a <![CDATA[never closed > </p>", "<p>a <![CDATA[never closed > </p>", "<p>a <![CDATA[never closed > </p>"),
    ],
)
def test_cdata_is_text_in_xhtml_and_left_to_the_parser_in_html(page: str, xhtml: str, html: str) -> None:
    assert read_cdata(page, xhtml=True) == xhtml
    assert read_cdata(page, xhtml=False) == page
