"""Widget lines (a weather box's reading, a market ticker's quotes) are fixed chrome; a story's lines in the same
figures are not. Every line here was written for this project."""

from __future__ import annotations

import pytest

from service.core.widgets import MAX_WIDGET_CHARS, WIDGET_KIND, quotes_a_change, reads_a_figure, widget_of
from tests.builders import assert_capped_fixed_chrome

WIDGET_LINES = (
    ("DAX 18.204,11 +0,42 %   MDAX 26.130,40 −0,15 %", "quotes"),
    ("☀️ 24°C Sunny", "weather"),
    ("Quetta 21°C ☁", "weather"),
    ("Accra 31°C Humidity 78%", "weather"),
    ("Perth 24°C Sunny · Wind 20 km/h", "weather"),
    ("USD/PKR 278.45", "quotes"),
    ("Lisbon 19°C Sunny", "weather"),
    ("Weather: 7°C, light rain", "weather"),
    ("Wetter Dresden 3°C bewölkt", "weather"),
    ("Mumbai 33°C / 27°C", "weather"),
    ("Καιρός: Πάτρα 18°C", "weather"),
    ("Tokyo 35°C 晴れ", "weather"),
    ("NIFTY 50 22,415.25 +0.61%", "quotes"),
    ("FTSE 100 8,102.3 ▲ 0.2%", "quotes"),
    ("EUR/GBP 0.8561", "quotes"),
    ("Dólar 5,12 · Euro 5,54", "quotes"),
    ("Kurs walut: USD 3,97 zł", "quotes"),
    ("IHSG 7.210,55 +0,4 %", "quotes"),
    ("Phoenix 108°F Sunny", "weather"),
    ("Погода сьогодні: 12°C", "weather"),
    ("東京 22℃ 晴れ", "weather"),
    ("Dow Jones 39,112.16 −0.3%", "quotes"),
)

STORY_LINES = (
    "Pen 2.50",
    "Mad 4.25",
    "Berlin 14°C and sunny",
    "Accra 31°C, humidity rising",
    "Lisbon will see 19°C and sunshine on Saturday.",
    "Temperatures reached 41°C",
    "Spain swelters at 44°C",
    "Steel melts at about 1,370 °C.",
    "226–240 °C",
    "The FTSE 100 closed 0.2% higher at 8,102 points.",
    "Labour 34.5%",
    "Turnout 67.3%",
    "Price: £32,450",
    "GBP £7,450",
    "Weight 1.2 kg",
    "Version 2.3",
    "Bayern 2-1 Dortmund",
    "Inflation rose to 3.4% in May",
    # a code review's lines (docs/model-history.md, "tools and widgets"): headlines, cells, angles, ordinals
    "Heatwave: 40°C",
    "Hitzewelle: 38,2°C",
    "Canicule : 42°C",
    "Lytton 49.6°C",
    "Sevilla 45°",
    "Max 38°C",
    "Angle 45°",
    "Fiebre: 39,5°",
    "Alcool : 13°",
    "Temperature: 16°C",
    "Art. 5º",
    "Flamengo 1º",
    "Sinner 1°",
    "CDU/CSU 28,6 (+4,4 %)",
    "Harris 48.2 (+1.5%)",
    "EBITDA 1.24 +5.1%",
    "Umsatz 12,4 +3,2 %",
    "Price: USD 999.00",
    "Preis: EUR 1.299,00",
    "USD 5.33%",
    "Gold 27.20%",
    "Try 12.50",
    "Real 2.50",
    "Leeds 12°C",
    "Brent $83.10 (-1.4%)",
    "Sunrise at 6:12 AM is the best time to visit the temple.",
    "Sunset Boulevard 1950",
    # a second review's lines: angles, accounts and votes with a change, a solstice story's times
    "Slope 30° / 45°",
    "Lyon 38° / 21°",
    "Umsatz 12.345,6 +5,1 %",
    "Revenue 12,345.6 +5.1%",
    "Stimmen 12.421.733 (+2,3 %)",
    "Sunrise 4:43am, sunset 9:21pm",
    "Alba 5:34 · Tramonto 21:15",
    "Sunrise 61.40",
)


@pytest.mark.parametrize(("text", "what"), WIDGET_LINES)
def test_widget_lines_are_found_with_what_they_show(text: str, what: str) -> None:
    assert widget_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_story_lines_in_the_same_figures_are_not_widget_lines(text: str) -> None:
    assert widget_of(text) is None


def test_a_line_longer_than_a_widget_line_is_left_to_the_model() -> None:
    line = "Lisbon 19°C Sunny"
    assert widget_of(line + " " * (MAX_WIDGET_CHARS - len(line))) == "weather"
    assert widget_of(line + " " * (MAX_WIDGET_CHARS - len(line) + 1)) is None


@pytest.mark.parametrize("line", ["Lisbon 19°C Sunny", "EUR/GBP 0.8561"])
def test_a_widget_line_is_fixed_chrome_of_kind_other_and_its_score_is_capped(line: str) -> None:
    assert_capped_fixed_chrome(line, WIDGET_KIND)


def test_a_chrome_line_that_quotes_a_markets_change_is_a_widgets_not_a_plans() -> None:
    """For the kind of a line that is chrome already: "Gold (10g) ₹71,940 +0.22%" is a ticker's, "-50%" a plan's."""
    for line in (
        "Gold (10g) ₹71,940 +0.22%",
        "Iron ore US$128.40 -1.9%",
        "الذهب 2,164 دولار ▲ 0.2%",
        "Hexa 40 −1,21 %",
    ):
        assert quotes_a_change(line), line
    for line in ("-50% for the first year", "₹900 3 Months", "Save 40%", "$4.99/month", "Inflation rose 2.1%"):
        assert not quotes_a_change(line), line
    assert not quotes_a_change("Iron ore " + "x" * MAX_WIDGET_CHARS + " -1.9%")


def test_a_figure_alone_is_a_widgets_reading_and_a_price_is_not() -> None:
    assert reads_a_figure("3.748", page_numbers=True) and reads_a_figure("0:00 / 2:47", page_numbers=True)
    assert reads_a_figure("51", page_numbers=False) and not reads_a_figure("51", page_numbers=True)
    assert not reads_a_figure("₦1,500", page_numbers=False) and not reads_a_figure("Page 2", page_numbers=False)
    assert not reads_a_figure("—", page_numbers=False), "a figure has a digit"
    # a gallery's counter and a season's years, read as a menu's, are a menu's
    assert not reads_a_figure("3 / 10", page_numbers=True) and not reads_a_figure("2023-2024", page_numbers=True)
    assert reads_a_figure("٣٫٧٤٨", page_numbers=True), "Arabic's decimal mark"


def test_many_readings_after_a_temperature_are_read_in_one_pass() -> None:
    # a weather box's readings were once matched by a pattern whose spaces could split several ways: each
    # reading multiplied the work by about six (nine readings took 4.7 s); this line would never finish
    line = "Oslo 1°C" + " uv 1" * 13 + " x"
    assert len(line) <= MAX_WIDGET_CHARS
    assert widget_of(line) is None
    assert widget_of("Oslo 1°C" + " Humidity 40%" * 5) == "weather"
