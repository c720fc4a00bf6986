"""Reading-wall lines (meters, subscriber walls, "to keep reading" prompts, free trials, consent-or-pay and
ad-blocker walls) are fixed chrome; stories about paywalls are not. Every line here was written for this
project."""

from __future__ import annotations

import pytest

from service.core.scoring import fixed_chrome_of, is_fixed_chrome
from service.core.walls import MAX_WALL_CHARS, wall_of
from tests.builders import assert_capped_fixed_chrome, assert_found_share, written_lines, written_texts

#: (line, what wall line it is)
WALL_LINES = (
    ("You've hit the paywall. Subscribe to keep reading.", "meter"),
    ("Only available to Plus members", "wall"),
    ("🔒 Members-only briefing", "wall"),
    ("Your free trial has ended.", "meter"),
    ("Your complimentary access has expired.", "meter"),
    ("Exclusive to Gold members", "wall"),
    ("Sign in or register and we'll pick up where you left off.", "read_on"),
    ("Not a subscriber yet? Unlock everything from $1 a week.", "read_on"),
    ("You have 3 free articles left this month.", "meter"),
    ("You've reached your monthly limit of free stories.", "meter"),
    ("This is your last free article", "meter"),
    ("Sie haben Ihr Limit an kostenlosen Artikeln erreicht.", "meter"),
    ("Il vous reste 2 articles gratuits ce mois-ci.", "meter"),
    ("The rest of this story is available only to subscribers.", "wall"),
    ("This article is exclusive to our paying members.", "wall"),
    ("Dieser Beitrag ist exklusiv für Abonnenten.", "wall"),
    ("Cet article est réservé aux abonnés.", "wall"),
    ("Contenido exclusivo para suscriptores", "wall"),
    ("Subscribe now to continue reading.", "read_on"),
    ("Log in or create a free account to keep reading this story.", "read_on"),
    ("Jetzt registrieren und kostenlos weiterlesen", "read_on"),
    ("Per continuare a leggere abbonati al giornale.", "read_on"),
    ("Subscribe to read more articles.", "read_on"),
    ("Start your 14-day free trial", "trial"),
    ("4 Wochen gratis testen", "trial"),
    ("Accept cookies or subscribe for an ad-free site.", "consent_or_pay"),
    ("It looks like you're using an ad blocker.", "blocker"),
    ("Please disable your adblocker to support our newsroom.", "blocker"),
    ("広告ブロッカーを無効にしてください。", "blocker"),
    # the third writer's languages (2026-12-07): written for this test, in the shapes the rule holds
    ("Sinulla on 3 maksutonta artikkelia jäljellä.", "meter"),
    ("Du har 1 gratis artikel tilbage i denne måned", "meter"),
    ("Вам залишилося 2 безкоштовні статті. У вас є ще 2 безкоштовні статті.", "meter"),
    ("Resten av artikkelen er forbeholdt abonnenter", "wall"),
    ("Acest articol este disponibil doar pentru abonați.", "wall"),
    ("Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές.", "wall"),
    ("הכתבה זמינה למנויים בלבד", "wall"),
    ("Prijavite se kako biste nastavili čitati članak.", "read_on"),
    ("اشترك الآن لمواصلة القراءة", "read_on"),
    ("Đăng nhập để đọc tiếp bài viết", "read_on"),
    ("Kokeile 14 päivää maksutta", "trial"),
    ("Näyttää siltä, että käytät mainosestoa.", "blocker"),
    ("ចុះឈ្មោះគណនីដើម្បីអានអត្ថបទពេញ", "read_on"),
    ("Этот материал доступен только для подписчиков", "wall"),
    ("Berlangganan untuk melanjutkan membaca", "read_on"),
)

#: Stories and quotes about paywalls, meters, trials and ad blockers.
STORY_LINES = (
    "Your free trial has ended: how to cancel before you are charged",
    "Available to Disney+ subscribers",
    "Exclusive to Costco members",
    "Sign in on any console and pick up where you left off.",
    "Unlock everything in the base game for $9.99 with the Ultimate Pack.",
    "Your free access to the museum has ended, the council said.",
    "The pool is open to members only.",
    "The Ledger cut its allowance of free articles from ten to four a month last spring.",
    "Subscribers now account for most of the paper's revenue, its annual report shows.",
    "About a third of readers use an ad blocker, the publisher estimates.",
    "The streaming service will end its free trial in Europe next month.",
    '"Subscribe to keep reading," the banner read, and most readers simply left.',
    "Members-only clubs in the city have seen a surge in applications.",
    "Das Verlagshaus meldet inzwischen mehr Digital-Abonnenten als Print-Abonnenten.",
    "Le quotidien a vu ses abonnements numériques progresser de 15 % en un an.",
    # a code review's lines in the third writer's languages (datasets/walls/more_walls.json, "reviewed")
    "Nettavisen åpner igjen for gratis artikler om valget",
    "Lehti julkaisee tässä kuussa maksuttomia artikkeleita vaalien alla.",
    "Đảng dành nhiều sự quan tâm cho thành viên mới",
    "Новий тариф доступний лише для передплатників Київстару",
    "Hun flyttede til København for at læse videre på universitetet",
    "Dommeren brugte tre timer for at læse hele dommen",
    "Netflix renunță la perioada de probă gratuită în România",
    "Proovi tasuta: linnaraamatukogu pakub e-raamatuid",
    "Hyväksy evästeet tai tilaa: tietosuojavaltuutettu tutkii uutissivustoja",
    "Hvis du bruker en annonseblokker, kan nettbanken slutte å virke",
    "Denne saken er viktig for abonnenter hos Telenor, sier Forbrukerrådet",
    "The story is available exclusively to Spotify Premium members in the US, the company said.",
    "Продолжение сериала доступно только для подписчиков Кинопоиска",
    "Kempen ini menggalakkan kanak-kanak untuk terus membaca semasa cuti sekolah",
)


@pytest.mark.parametrize(("text", "what"), WALL_LINES)
def test_reading_wall_lines_are_found_with_what_they_say(text: str, what: str) -> None:
    assert wall_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_stories_about_paywalls_are_not_wall_lines(text: str) -> None:
    assert wall_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to read more stories like this one in our monthly print edition.",
        "Continue lendo sobre eleições",
    ],
)
def test_an_offer_of_other_stories_is_no_wall(text: str) -> None:
    # it says nothing of this page's text being held back
    assert wall_of(text) is None


@pytest.mark.parametrize(("text", "what"), WALL_LINES)
def test_only_a_line_that_holds_the_text_back_tells_the_paywall_verdict(text: str, what: str) -> None:
    # a free trial, a consent-or-pay choice and an ad-blocker wall are chrome, but not a paywall's notice
    fixed = fixed_chrome_of(text)
    assert fixed.chrome
    assert fixed.wall is (what in {"meter", "wall", "read_on"})


def test_a_line_longer_than_a_wall_line_is_left_to_the_model() -> None:
    line = "Subscribe now to continue reading. " + "The council met on Tuesday to discuss the budget. " * 8
    assert len(line) > MAX_WALL_CHARS
    assert wall_of(line) is None


def test_a_wall_line_is_fixed_chrome_left_to_the_kind_model_and_its_score_is_capped() -> None:
    assert_capped_fixed_chrome("Subscribe now to continue reading.")


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("walls")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.8), ("check", 0.38)])
def test_the_wall_lines_the_rule_was_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    assert_found_share(written_texts(written, "walls", split), wall_of, floor, f"{split} wall lines")


def test_stories_about_paywalls_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    dev = written_texts(written, "stories", "dev")
    check = written_texts(written, "stories", "check")
    assert [text for text in dev if wall_of(text) is not None] == []
    # the check stories were never read: two of their 80 lines are matched (docs/model-history.md)
    assert sum(wall_of(text) is not None for text in check) <= 2


@pytest.fixture(scope="module")
def more() -> dict[str, list[dict[str, str]]]:
    return written_lines("walls", "more_walls")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.95), ("check", 0.28)])
def test_a_third_writers_wall_lines_are_found(more: dict[str, list[dict[str, str]]], split: str, floor: float) -> None:
    """23 more languages; the ``check`` half was only counted (docs/model-history.md, "walls in more languages")."""
    assert_found_share(written_texts(more, "chrome", split), is_fixed_chrome, floor, f"{split} wall lines")


def test_a_third_writers_stories_and_a_reviewers_are_left_alone(more: dict[str, list[dict[str, str]]]) -> None:
    taken = [line["text"] for line in more["stories"] if wall_of(line["text"]) is not None]
    # a headline that asks in a wall's words before its story: left to the model (a wall may ask too)
    assert taken == ["Subscribe to keep reading? Publishers say the model is hitting a ceiling."]
    reviewed = [line["text"] for line in more["reviewed"] if wall_of(line["text"]) is not None]
    # the last two, a streaming series "только для подписчиков" and Malay "untuk terus membaca", were taken by
    # older patterns until those asked for the article or a verb to subscribe
    assert reviewed == [] and len(more["reviewed"]) >= 200
