"""The committed model's page-level paywall verdict: a log-in link is not a paywall.

The kind model reads a lone "Log in" as a paywall line (one ends most paywall notices of the
chrome library), so before ``kinds.MIN_NOTICE_WORDS`` a log-in link standing apart from other
chrome (here under the headline) flagged an ordinary story as paywalled. Every line here was
written for this test.
"""

from __future__ import annotations

import pytest

from service import Label, classify, load_model

HEAD = """<!doctype html><html><head><title>Harbour dredging to start in spring</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Harbour dredging to start in spring after years of delay</h1>"""
STORY = (
    "By Ruth Callender, transport reporter",
    "Dredging of the inner harbour channel will begin in March, the port authority said on Tuesday, ending a"
    " four-year dispute over who should pay for removing the silt that has kept larger ferries away since 2020.",
    "The authority will cover two thirds of the cost, estimated at 14 million, with the regional government"
    " paying the rest. Work is expected to last eleven weeks and will be carried out mostly at night.",
    '"We have lost two ferry routes because the water is too shallow at low tide," said harbour master Ian'
    ' Dacre. "Once the channel is back to nine metres, both operators have told us they will return."',
    "Residents of the quayside have raised concerns about noise and the smell of the dredged material, which"
    " will be carried by barge to a licensed site twelve miles offshore.",
)
TAIL = """</article></main><footer><p>Contact us</p><p>Privacy policy</p><p>© 2026 Harbour Gazette</p>
</footer></body></html>"""
LOG_IN = '<div class="account"><a href="/account/login">Log in</a></div>'
METER = (
    '<div class="meter"><p>You have read 4 of your 5 free articles this month.</p>'
    '<p>Subscribe today for unlimited access to local news.</p><a href="/account/login">Log in</a></div>'
)


def page(after_byline: str = "", after_headline: str = "") -> str:
    """The story with ``after_headline`` under its headline and ``after_byline`` under its byline."""
    byline, *rest = (f"<p>{line}</p>" for line in STORY)
    return HEAD + after_headline + byline + after_byline + "".join(rest) + TAIL


@pytest.mark.parametrize("where", ["after_headline", "after_byline"])
def test_a_log_in_link_does_not_make_a_paywall(where: str) -> None:
    result = classify(load_model(), html=page(**{where: LOG_IN}))
    link = next(p for p in result.paragraphs if p.text == "Log in")
    assert link.label is Label.CHROME
    assert not result.paywall.detected, result.paywall


def test_a_meter_notice_still_makes_one() -> None:
    result = classify(load_model(), html=page(after_byline=METER))
    assert result.paywall.detected, result.paywall
    assert "paywall" in result.paywall.kinds
    assert not classify(load_model(), html=page()).paywall.detected


@pytest.mark.parametrize(
    "links",
    [
        '<a href="/login">Log In</a> | <a href="/subscribe">Subscribe Ad-Free</a>',  # a header's log-in bar
        '<a href="/comments/feed">Subscribe to this blog\'s comments feed</a>',  # a blog's feed link
    ],
)
def test_a_link_that_ends_no_sentence_does_not_make_a_paywall(links: str) -> None:
    # the kind model reads both as paywall lines (each flagged the page before 2026-12-07)
    result = classify(load_model(), html=page(after_headline=f'<div class="account">{links}</div>'))
    assert not result.paywall.detected, result.paywall


def test_a_bar_of_links_in_a_text_dump_does_not_make_a_paywall() -> None:
    # in text a link has no markup: a bar of them is told by its separators
    assert not classify(load_model(), text="\n".join(["Log In | Subscribe Ad-Free", *STORY])).paywall.detected


def test_a_meter_in_other_words_makes_one() -> None:
    # the kind model reads this meter as a list of stories; the reading-wall rule knows its words
    line = "You have two complimentary stories remaining before the meter resets."
    result = classify(load_model(), html=page(after_byline=f"<p>{line}</p>"))
    assert next(p for p in result.paragraphs if p.text == line).label is Label.CHROME
    assert result.paywall.detected, result.paywall
    assert "paywall" in result.paywall.kinds


@pytest.mark.parametrize("threshold", [0.0, 0.02, 0.3, 0.9, 1.0])
def test_the_verdict_is_the_pages_whatever_the_callers_threshold(threshold: float) -> None:
    """The caller's cut decides which lines are kept and which get a kind, not whether the page is walled."""
    model = load_model()
    walled = classify(model, html=page(after_byline=METER))
    moved = classify(model, html=page(after_byline=METER), threshold=threshold)
    assert moved.paywall == walled.paywall
    chrome = [p for p in moved.paragraphs if p.label is Label.CHROME]
    assert all(p.kind is not None for p in chrome)
    assert all(p.kind is None for p in moved.paragraphs if p.label is Label.CONTENT)
    if threshold == 0.0:
        assert not chrome
