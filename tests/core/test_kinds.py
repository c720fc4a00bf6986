"""Chrome kinds: read with the chrome beside them."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from service.core.accounts import STANDING_PROMPTS, account_of
from service.core.controls import (
    FOOTER_LEGAL,
    FOOTER_OTHER,
    GROUP_KINDS,
    RULE_KINDS,
    control_kind,
    control_rule,
    footer_link,
)
from service.core.kinds import (
    KINDS,
    MAX_MENU_WORDS,
    MIN_KIND_SCORE,
    PAYWALL_THRESHOLD,
    RULE_KIND_SCORE,
    KindGuess,
    guess_kinds,
    shape_kind,
    wall_score,
    with_neighbours,
)
from service.core.lexicon import CONTROL_LABELS
from service.core.scoring import fixed_chrome_of
from service.core.types import Paragraph
from training.chrome import load_library
from training.train import fit_kinds


@pytest.fixture(scope="module")
def kinds() -> Pipeline:
    return fit_kinds(load_library(split="train"))


def test_with_neighbours_mixes_only_adjacent_positions() -> None:
    proba = np.array([[0.9, 0.1], [0.2, 0.8], [0.4, 0.6], [0.5, 0.5]])
    mixed = with_neighbours(proba, np.array([3, 4, 5, 9]), weight=1.0)
    assert mixed[0] == pytest.approx((proba[0] + proba[1]) / 2)
    assert mixed[1] == pytest.approx((proba[0] + proba[1] + proba[2]) / 3)
    assert mixed[2] == pytest.approx((proba[1] + proba[2]) / 2)
    assert mixed[3] == pytest.approx(proba[3])  # position 9 has no chrome beside it
    assert with_neighbours(proba, np.array([0, 2, 4, 6])) == pytest.approx(proba)


def test_only_paywall_notices_make_the_page_wall_score() -> None:
    guesses = [KindGuess("pricing", 0.9, 0.8), KindGuess("paywall", 0.7, 0.6), KindGuess("promo", 0.6, 0.9)]
    # chrome probability times the notice's own paywall probability, of paywall-kind paragraphs only
    assert wall_score([0.1, 0.2, 0.0], guesses) == pytest.approx(0.8 * 0.6)
    assert wall_score([0.1, 0.0], [guesses[0], guesses[2]]) == 0.0
    assert wall_score([], []) == 0.0


def test_a_wall_line_the_rule_finds_counts_whatever_its_kind() -> None:
    # the kind model reads some wall lines in other words as another kind; the rule's line counts as a
    # notice of paywall probability 1, times its chrome probability
    walled = KindGuess("related", 0.4, 0.01, walled=True)
    assert wall_score([0.05], [walled]) == pytest.approx(0.95)
    assert wall_score([0.05], [KindGuess("related", 0.4, 0.01)]) == 0.0


def test_the_wall_rule_marks_a_wall_line_not_a_perk_a_comment_box_or_a_badge(kinds: Pipeline) -> None:
    lines = [
        "You have two complimentary stories remaining before the meter resets.",
        "Subscriber only",
        "The paper cut its free articles from ten to four last year.",
        "Los comentarios de esta sección son exclusivos para suscriptores.",
    ]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    assert [g.walled for g in guesses] == [True, False, False, False]
    assert guesses[3].kind == "comments"  # a comment box for subscribers does not wall the story
    # a plan's perks speak of subscribers, read as pricing in their card
    card = ["Digital Anual", "59,99 € al año", "Acceso ilimitado y boletines exclusivos para suscriptores"]
    in_card = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(card)])
    assert fixed_chrome_of(card[2]).wall
    assert in_card[2].kind == "pricing" and not in_card[2].walled


def test_a_link_or_a_label_is_no_notice_but_a_linked_sentence_is(kinds: Pipeline) -> None:
    bar = "Sign in | Subscribe for ad-free reading"
    sentence = "Subscribe today to keep reading this story and every story in our archive."
    lines = [
        Paragraph(index=0, text=bar, link_chars=len(bar)),  # a header's log-in bar
        Paragraph(index=2, text="Subscriber terms and conditions"),  # a footer's label: four words
        Paragraph(index=4, text=sentence, link_chars=len(sentence)),  # a notice made clickable
        Paragraph(index=6, text=sentence),
    ]
    guesses = guess_kinds(kinds, lines)
    assert [g.wall for g in guesses[:2]] == [0.0, 0.0]
    assert guesses[2].wall == pytest.approx(guesses[3].wall) and guesses[3].wall > 0.5


def test_a_standing_sign_in_prompt_is_no_notice(kinds: Pipeline) -> None:
    # an invitation to sign in heads every page of a subscription site; a perk behind a sign-in is the
    # account rule's too, but it may be a wall's ("登录后继续阅读全文": log in to read the full text)
    line = "Sign in or register to join the conversation"
    assert control_rule(line) is None and account_of(line) in STANDING_PROMPTS  # the account rule's alone
    assert fixed_chrome_of(line).standing
    assert fixed_chrome_of("Already a member? Sign in here").standing  # a control's label
    assert not fixed_chrome_of("Sign in to save this article").standing
    assert not fixed_chrome_of("登录后继续阅读全文").standing
    guesses = guess_kinds(
        kinds, [Paragraph(index=0, text=line), Paragraph(index=2, text="Already a member? Sign in here")]
    )
    assert [(g.wall, g.walled) for g in guesses] == [(0.0, False), (0.0, False)]


def test_a_wall_line_beside_a_plan_card_still_counts(kinds: Pipeline) -> None:
    # read with its neighbours a wall's notice takes the card's kind; its own reading decides
    lines = ["This article is exclusive to our subscribers.", "Digital Monthly", "€9.99 a month", "Cancel anytime"]
    guesses = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(lines)])
    assert guesses[0].walled


def test_a_meter_read_as_a_plan_cards_line_still_counts(kinds: Pipeline) -> None:
    """A count of the reader's free articles is never a plan's perk, whatever kind its neighbours lend it."""
    lines = [
        "Digital Monthly",
        "€9.99 a month",
        "You have read 4 of your 5 free articles this month.",
        "Cancel anytime",
    ]
    guesses = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(lines)])
    assert fixed_chrome_of(lines[2]).meter and guesses[2].kind in {"pricing", "paywall"} and guesses[2].walled
    assert not fixed_chrome_of("Acceso ilimitado y boletines exclusivos para suscriptores").meter


def test_a_menu_in_title_case_is_no_notice_in_a_text_dump(kinds: Pipeline) -> None:
    # a text dump flattens a site's menu onto one line, with no separator and no link to tell it by
    menu = "Our Story Premium Subscription Plans Digital Edition Member Login"
    notice = "Subscribe today to keep reading this story and every story in our archive."
    guesses = guess_kinds(kinds, [Paragraph(index=0, text=menu), Paragraph(index=2, text=notice)])
    assert guesses[0].wall == 0.0
    assert guesses[1].wall > 0.5


def test_a_wall_line_of_three_words_is_a_notice(kinds: Pipeline) -> None:
    (guess,) = guess_kinds(kinds, [Paragraph(index=0, text="Registrieren und weiterlesen")])
    assert guess.walled
    assert wall_score([0.05], [guess]) >= PAYWALL_THRESHOLD


def test_a_plan_card_is_read_as_one_block(kinds: Pipeline) -> None:
    card = ["Premium Yearly", "€59.99", "12 months", "Best value"]
    in_block = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(card)])
    assert {g.kind for g in in_block[1:]} == {"pricing"}
    # the plan's name holds a paywall word ("premium") and sits on the boundary of the two wall
    # kinds: read alone it is a paywall line, in its card pricing or (library of 1.15.0) paywall
    assert in_block[0].kind in {"pricing", "paywall"}
    # the paywall probability stays each line's own: the block does not make a line a wall
    alone = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(card)])
    assert [g.wall for g in in_block] == pytest.approx([g.wall for g in alone])


def test_a_line_too_short_to_be_a_notice_is_no_wall(kinds: Pipeline) -> None:
    lines = ["Log in", "登录", "Subscribe now", "Log in to keep reading", "登录后继续阅读全文"]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    # buttons and links (fewer than MIN_NOTICE_WORDS words; Han counted by its length) get no
    # paywall probability, whatever their kind; a notice of three words or more keeps its own
    assert [g.wall for g in guesses[:3]] == [0.0, 0.0, 0.0]
    assert all(g.wall > 0.0 for g in guesses[3:])
    assert wall_score([0.0, 0.0, 0.0], guesses[:3]) == 0.0


def test_a_control_line_gets_the_kind_its_rule_names(kinds: Pipeline) -> None:
    lines = ["Advertisement", "Accept all", "Most read", "Reply", "Share on WhatsApp", "Comments (12)", "5 min read"]
    lines += ["Topics: Budget, Parliament, Housing", "#Budget2025 #Parliament", "Print", "Maybe later"]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    named = [(g.kind, g.score) for g in guesses[:9]]
    kinds_named = ("ad", "consent", "related", "comments", "share", "comments", "other", "other", "other")
    assert named == [(k, RULE_KIND_SCORE) for k in kinds_named]
    # tools and dialog buttons sit in boxes of any kind: the kind model reads them
    assert all(g.score != RULE_KIND_SCORE for g in guesses[9:])


def test_a_tools_label_gets_the_librarys_kind_of_its_box() -> None:
    """The chrome library's kinds: skip links and search are ``navigation``, an app's link ``promo``, a player's
    and a live page's buttons and a tip line ``other``; print, save and close sit in boxes of any kind."""
    named = {
        "Search": "navigation",
        "Skip to main content": "navigation",
        "Zum Inhalt springen": "navigation",
        "Get the app": "promo",
        "In der App öffnen": "promo",
        "Listen to this article": "other",
        "Écouter l'article": "other",
        "Mute": "other",
        "Play video": "other",
        "Pinned post": "other",
        "Load older posts": "other",
        "Report an error": "other",
    }
    assert {line: control_kind(line) for line in named} == named
    assert [control_kind(line) for line in ("Print", "Save", "Close", "Copy link")] == [None] * 4


def test_follow_lines_and_already_subscribed_prompts_get_their_kinds() -> None:
    """Follow-us lines are ``other``, "Already a subscriber? Log in" ``login`` (the library's descriptions)."""
    assert (
        control_kind("Follow us on Instagram") == control_kind("Folgen Sie uns auf Instagram und WhatsApp!") == "other"
    )
    # a bar of the publisher's accounts: a network no article is shared to, and no verb but "follow"
    assert control_kind("Facebook X Instagram YouTube") == control_kind("YouTube") == "other"
    assert control_kind("Follow Facebook X") == "other"
    assert control_kind("Share Facebook X WhatsApp") == control_kind("WhatsApp LinkedIn Copy link") == "share"
    assert control_kind("Share on Instagram") == "share"
    assert control_kind("Already a subscriber? Log in") == control_kind("Déjà abonné ? Se connecter") == "login"


def test_a_footers_links_are_legal(kinds: Pipeline) -> None:
    assert (
        footer_link("Privacy Policy") == footer_link("Terms & Conditions") == footer_link("Impressum") == FOOTER_LEGAL
    )
    assert footer_link("About us · Careers · Advertise with us") == footer_link("隐私政策｜用户协议") == FOOTER_LEGAL
    assert footer_link("Contact us") == footer_link("Advertise with us") == FOOTER_LEGAL
    assert footer_link("Contact") == footer_link("Karriere") == footer_link("会社概要") == FOOTER_OTHER
    assert not footer_link("News | Sport | Business") and not footer_link("Contact the editor")
    assert not footer_link("") and not footer_link(" | | ") and not footer_link("Privacy | " * 40)
    lines = ["Contact us", "Datenschutz | Impressum | AGB", "Mutual Funds", "Advertise with us"]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    assert [g.kind for g in guesses][1:3] == ["legal", "navigation"], "a bar of legal pages' links, anywhere"
    footer = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(["Über uns", "Kontakt", "Jobs"])])
    assert [g.kind for g in footer] == ["legal"] * 3, "a footer's list"
    menu = ["Politik", "Wirtschaft", "Karriere", "Sport", "Kultur"]
    assert guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(menu)])[2].kind != "legal"


def test_a_figure_alone_read_as_a_price_or_a_menu_is_a_widgets(kinds: Pipeline) -> None:
    """A score, a time or a quote with no letter and no currency sign is ``other``; a plan's price shows its
    currency, and a whole number read as a menu's is a page's number."""
    lines = ["3.748", "2 - 1", "44:46", "₦1,500", "€9.99"]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    assert [g.kind for g in guesses[:3]] == ["other"] * 3
    assert [g.kind for g in guesses[3:]] == ["pricing", "pricing"]
    pages = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(["« Previous", "1", "2", "3"])])
    assert [g.kind for g in pages[1:]] == ["navigation"] * 3


def test_a_line_whose_words_tell_no_kind_gets_its_shapes(kinds: Pipeline) -> None:
    """A menu's section, another story's headline (Han counted by its length): the library's words know neither."""
    lines = [
        "Mutual Funds",
        "Beloved Main Street diner reopens under new owners",
        "県道で土砂崩れ、奥沢町の２集落が孤立",
    ]
    guesses = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    assert all(g.score < MIN_KIND_SCORE for g in guesses)
    assert [g.kind for g in guesses] == ["navigation", "related", "related"]


def test_a_box_heading_names_the_kind_of_the_lines_under_it(kinds: Pipeline) -> None:
    """Under "Latest in Mining", other stories' headlines; under "Themen:", a strip of tags (docs/model-history.md,
    "box headings")."""
    lines = ["Latest in Mining", "Pilbara rail upgrade delayed by cyclone damage Feb 19"]
    lines += ["Gold miners agree all-scrip merger after a year of talks", "Themen:", "Kreistag", "Landratsamt"]
    alone = guess_kinds(kinds, [Paragraph(index=2 * i, text=t) for i, t in enumerate(lines)])
    boxed = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(lines)])
    assert [g.kind for g in boxed] == ["related"] * 3 + ["other"] * 3
    assert [g.kind for g in alone] != [g.kind for g in boxed], "the box, not the lines' words, names the kind"
    assert all(0.0 < g.score < RULE_KIND_SCORE for g in boxed)


def test_shape_kind_reads_words_and_a_sentence_end() -> None:
    assert shape_kind("Hohenrieth", 1) == shape_kind("Live Scores", MAX_MENU_WORDS) == "navigation"
    assert shape_kind("Mid-tier gold miners agree $1.4b all-scrip merger 47 mins ago", 10) == "related"
    assert shape_kind("The gallery opens at nine.", 5) == shape_kind("Is the gallery open?", 4) == "other"
    assert shape_kind("市役所の新庁舎、開庁は来年５月にずれ込み。", 19) == "other"


def test_every_kind_a_rule_names_is_a_kind() -> None:
    assert set(GROUP_KINDS.values()) | set(RULE_KINDS.values()) <= set(KINDS)
    assert set(GROUP_KINDS) <= set(CONTROL_LABELS)
    assert control_kind("Read more") is None, "a link to the rest of the story or to another: either"
    assert control_kind("The share of the vote fell.") is None


def test_a_market_quote_read_as_a_plans_price_is_a_widgets(kinds: Pipeline) -> None:
    lines = ["Iron ore US$128.40 -1.9%", "Brent US$82.77 +0.4%", "Gold US$2,021 +0.3%"]
    guesses = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(lines)])
    assert [g.kind for g in guesses] == ["other"] * 3
    plans = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(["Premium", "$9.99 / month"])])
    assert plans[1].kind == "pricing"


def test_a_headers_account_links_read_as_a_menus_are_login(kinds: Pipeline) -> None:
    lines = ["News", "Sport", "Sign In Subscribe"]
    guesses = guess_kinds(kinds, [Paragraph(index=i, text=t) for i, t in enumerate(lines)])
    assert guesses[2].kind == "login"
    assert guesses[0].kind != "login"
