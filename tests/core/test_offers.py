"""Subscription offers (a plan's price and period, introductory prices, billing and renewal terms, savings,
badges and the small print) are fixed chrome; prices a story reports are not. Every line here was
written for this project."""

from __future__ import annotations

import pytest

from service.core.offers import MAX_OFFER_CHARS, offer_of
from tests.builders import assert_capped_fixed_chrome, assert_found_share, written_lines, written_texts

#: (line, what offer line it is)
OFFER_LINES = (
    ("After 3 months, your subscription renews at the standard rate of £9.99 every month unless cancelled.", "terms"),
    ("Digital Access — JMD 900/month", "price"),
    ("UGX 20,000 monthly", "price"),
    ("Introductory rate for new customers only.", "terms"),
    ("Your plan renews automatically at the standard price after 12 months.", "terms"),
    ("$4.99/month", "price"),
    ("Premium Digital £12.99 a month", "price"),
    ("9,99 € monatlich", "price"),
    ("₹1,499 per year", "price"),
    ("Quarterly ₹750 3 Months", "price"),
    ("Just 50p a day", "price"),
    ("年額プラン 月額980円", "price"),
    ("$1 for the first 6 months", "intro"),
    ("Then $17, cancel when you like", "intro"),
    ("Danach 12,99 €", "intro"),
    ("1 € le premier mois", "intro"),
    ("Billed annually at $99", "billing"),
    ("Auto-renews annually until cancelled", "billing"),
    ("Save 45%", "saving"),
    ("Annual — save 30%", "saving"),
    ("Most popular", "badge"),
    ("Cancel anytime", "badge"),
    ("Meest gekozen", "badge"),
    ("Prices include VAT", "terms"),
    ("Offer available to new subscribers only.", "terms"),
    ("16,90 €/kk", "price"),  # Finnish, Hungarian, Romanian, Ukrainian periods and currencies
    ("2490 HUF/hó", "price"),
    ("49 lei/lună", "price"),
    ("99 грн/місяць", "price"),
    ("49 lei pe lună", "price"),  # "per" and a period as one word in more languages, Thai and Vietnamese money
    ("49 ₪ לחודש", "price"),
    ("9,99 € τον μήνα", "price"),
    ("4,99 € kuus", "price"),
    ("99 บาท/เดือน", "price"),
    ("99.000 ₫/tháng", "price"),
)

#: Prices that stories report, and a review's lines.
STORY_LINES = (
    "The fare rose to PHP 15 per ride this month.",
    "Introductory offers for new customers only, the regulator said",
    "Special rates for new customers banned by regulator",
    "Plans renew automatically at the standard rate every month, the watchdog found.",
    "Subscriptions renew at the standard rate, which rose 10% last year, the regulator found.",
    "The streaming service will raise its standard plan to $15.49 a month from January.",
    "Rents in the city rose to an average of £1,420 per month last year.",
    "The airline will begin charging $35 for the first checked bag.",
    "Cons: pricey at $12.99/month",
    "Price: $9.99 a month",
    "Salaries range from $55,000 to $80,000 per year.",
    "Onions: ₹40/kg (last week ₹32/kg)",
    "Das Deutschlandticket kostet ab Januar 58 Euro pro Monat.",
    "Shoppers can save 40% on televisions this weekend, the retailer said.",
    "Hinta nousee 16,90 euroon kuukaudessa, kertoi yhtiö.",
    "The fine is 2490 Ft per month.",
    "Glacier retreating 30 ft a year",
    "Keskmine palk on 1800 € kuus, ütles ministeerium.",
    "Costs rose to $200 per MD visit",
)


@pytest.mark.parametrize(("text", "what"), OFFER_LINES)
def test_subscription_offer_lines_are_found_with_what_they_say(text: str, what: str) -> None:
    assert offer_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_prices_a_story_reports_are_not_offer_lines(text: str) -> None:
    assert offer_of(text) is None


def test_a_line_longer_than_an_offer_line_is_left_to_the_model() -> None:
    line = "Billed annually at $99. " + "The council met on Tuesday to discuss the budget. " * 4
    assert len(line) > MAX_OFFER_CHARS
    assert offer_of(line) is None


def test_an_offer_line_is_fixed_chrome_left_to_the_kind_model_and_its_score_is_capped() -> None:
    assert_capped_fixed_chrome("then $4.99/month")


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("offers")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.7), ("check", 0.25)])
def test_the_offer_lines_the_rule_was_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    assert_found_share(written_texts(written, "offers", split), offer_of, floor, f"{split} offer lines")


def test_prices_in_stories_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    assert [line["text"] for line in written["stories"] if offer_of(line["text"]) is not None] == []
