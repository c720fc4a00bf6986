"""Interface lines of a page's tools and widgets (``datasets/tools/``: players, reading tools, live-blog controls,
error states, a reader's profile, weather and market boxes) are fixed chrome; stories in their words are not.
Every line here was written for this project."""

from __future__ import annotations

import pytest

from service.core.prompts import prompt_of
from service.core.scoring import fixed_chrome_of, is_fixed_chrome
from tests.builders import assert_found_share, written_lines, written_texts

#: (line, the prompt kind that holds it)
BROKEN_LINES = (
    ("Sorry, this podcast is not available in your region.", "broken"),
    ("This video could not be played.", "broken"),
    ("Oops! Something went wrong. Please try again later.", "broken"),
    ("An error occurred. Please refresh the page.", "broken"),
    ("Click to retry", "broken"),
    ("Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.", "broken"),
    ("Une erreur s'est produite. Réessayez plus tard.", "broken"),
    ("Se ha producido un error. Inténtalo de nuevo.", "broken"),
    ("Er is iets misgegaan. Probeer het opnieuw.", "broken"),
    ("加载失败，请稍后重试", "broken"),
    ("Listen · 6:05 min", "audio"),
    ("Video duration 03:41", "audio"),
    ("Up next in 8", "audio"),
    ("3 new posts", "loading"),
    ("Liveblog: 4 nieuwe berichten", "loading"),
    ("Live: 12 neue Beiträge", "loading"),
    ("Show 5 new updates", "loading"),
)

#: A story's lines in the same words.
BROKEN_STORIES = (
    "Something went wrong at the depot on Tuesday, drivers said.",
    "Er ging iets mis bij de sluis, zegt het waterschap.",
    "Произошла ошибка в расчётах, признал министр.",
    "An error occurred in the count, officials admitted, and the vote will be repeated.",
    "The video could not be played in court because of a faulty cable, the judge said.",
    "The new model is not available in the UK.",
    # a code review's lines (docs/model-history.md, "tools and widgets"): subheads, quotes, one-line paragraphs
    "Ein Fehler ist aufgetreten",
    "Une erreur s'est produite",
    "Произошла ошибка",
    "Er is iets misgegaan",
    "Vidéo disponible",
    "Video verfügbar",
    "The tweet is no longer available.",
    "Page not found",
    "Up next in 2026",
    "Duration: 1:30:00",
    "3 new cases were reported on Monday.",
    "New posts",
    # a second review's lines: a dictionary's, a decree's and a chart's counts, reports of unedited copy
    "690 new entries",
    "12 nuovi articoli",
    "3 nouveaux messages",
    "300 новых записей",
)

#: Subheads of reviews and how-tos, and words with a second meaning, in the labels' words.
CONTROL_STORIES = (
    "Dark Mode",
    "Reading mode",
    "High Contrast",
    "Refresh",
    "Play",
    "Unfollow",
    "Aktualisieren",
    "Ao Vivo",
    "Diretta",
    "Αναπαραγωγή",
    "再生",
    "재생",
    "تشغيل",
    "Watch the video",
    "The fund sold 500 shares on Monday.",
    "1,200 shares",
    "2.4m shares",
    "12.000 Mal geteilt",
    "Critics say this report was carried unedited by state television, errors and all.",
    "This story was run unedited in the Tribune in 1971, and the paper later apologised.",
)

CONTROL_LINES = (
    "Load earlier posts",
    "Show key events only",
    "Auto-update on",
    "Liveticker",
    "Play video",
    "Increase font size",
    "Decrease font size",
    "Zum Hauptinhalt springen",
    "Edit profile",
    "Follow this topic",
    "Mon profil",
    "1.2k shares",
)


@pytest.mark.parametrize(("text", "what"), BROKEN_LINES)
def test_error_states_and_players_lines_are_prompts(text: str, what: str) -> None:
    assert prompt_of(text) == what


@pytest.mark.parametrize("text", BROKEN_STORIES)
def test_stories_that_tell_of_an_error_are_not_prompts(text: str) -> None:
    assert prompt_of(text) is None


@pytest.mark.parametrize("text", CONTROL_LINES)
def test_tools_live_blog_and_profile_labels_are_fixed_chrome(text: str) -> None:
    assert fixed_chrome_of(text).chrome


@pytest.mark.parametrize("text", CONTROL_STORIES)
def test_subheads_and_words_of_two_meanings_are_not_control_labels(text: str) -> None:
    assert not fixed_chrome_of(text).chrome


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("tools")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.74), ("check", 0.39)])
def test_the_tools_lines_the_rules_were_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    texts = written_texts(written, "chrome", split)
    assert_found_share(texts, is_fixed_chrome, floor, f"{split} tools lines")


def test_stories_in_the_tools_words_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    assert [text for text in written_texts(written, "stories") if fixed_chrome_of(text).chrome] == []
