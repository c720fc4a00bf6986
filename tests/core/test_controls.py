"""Control labels (ad slots, tools, share bars, list headings, tag lines, sponsors, dialog buttons) are fixed chrome."""

from __future__ import annotations

import numpy as np
import pytest

from service.core.controls import MAX_TAG_LINE_CHARS, control_kind, control_rule, is_account_bar, is_control
from service.core.scoring import FIXED_CHROME_MAX_SCORE, cap_fixed_chrome, fixed_chrome_of, is_fixed_chrome, page_rules
from service.core.stamps import is_stamp
from service.core.types import Paragraph

CONTROLS = (
    "FCC Public Inspection File",
    "Push-Benachrichtigungen aktivieren",
    "Privacy Policy",
    "Terms of Service",
    "Modern Slavery Statement",
    "Have a promo code? Redeem now",
    "Reject non-essential cookies",
    "Accept & close",
    "Your California Privacy Rights",
    "Do Not Sell or Share My Personal Information",
    "Use precise geolocation data",
    "Jump to Recipe",
    "More coverage",
    "From Around the Web",
    "Manage my subscription",
    "Promoted Stories",
    "Pin it for later",
    "Auto-refresh",
    "Advertisement",
    "ADVERTISEMENT",
    "- Advertisement -",
    "Story continues below advertisement",
    "Weiterlesen nach der Anzeige",
    "Lire la suite après cette publicité",
    "PUBBLICITÀ",
    "Реклама",
    "広告",
    "Print",
    "Font size",
    "A A A",
    "A- A+",
    "Listen to this article",
    "Écouter cet article",
    "Loading comments...",
    "Open in app",
    "Embed from Getty Images",
    "Share",
    "Share this article",
    "Share on X",
    "Facebook Twitter WhatsApp Email",
    "Share on X (Opens in new window)",
    "Click to share on WhatsApp (Opens in new window)",
    "Partager sur Facebook",
    "Compartir en WhatsApp",
    "Teilen auf LinkedIn",
    "Zum Thema",
    "Lees ook",
    "Czytaj także",
    "Читайте также",
    "यह भी पढ़ें",
    "Tags: RBI, repo rate, inflation",
    "Schlagwörter: Wirtschaft, Zentralbank, Inflation",
    "Filed under: Economy",
    "• Topics: Inflation | Interest rates",
    "Keywords: inflation, repo rate",
    "Schlagworte: Bahn, Sanierung, Pendler",
    "Nyckelord: bastu, kommunen",
    "Štítky: fotbal, derby",
    "Từ khóa: bão số 5, mưa lũ",
    "키워드: 뇌물, 시의회",
    "الوسوم: مصر، الاقتصاد",
    "关键词：北京 天气",
    "#Wahl2025 #Bundestag #CDU",
    "#महंगाई #बजट 2026",
    "#Wahl2025, #Bundestag",
    "Photo: Getty Images",
    "(Image credit: Capcom)",
    "(Foto: Christian Charisius/dpa)",
    "Photograph: Dhiraj Singh/Bloomberg via Getty Images",
    "Follow",
    "Share Tweet",
    "Follow @dailymail",
    "Follow Priya Raman on X",
    "Follow us on Google News",
    "Suivez-nous sur Google Actualités",
    "Síguenos en Instagram",
    "Segui il nostro canale WhatsApp",
    "Únete a nuestro canal de WhatsApp",
    "Следите за нами в Telegram",
    "Join our WhatsApp channel for the latest updates",
    "Subscribe to our YouTube channel.",
    "Accept all",
    "Alle akzeptieren",
    "Tout refuser",
    "Manage preferences",
    "Sign in",
    "Jetzt abonnieren",
    "Story continued below this advertisement",
    "The article continues after the ad",
    "Sponsored: Five ways to cut your energy bill this winter",
    "Anzeige | Die neue Küche für Ihr Zuhause",
    "ADVERTORIAL",
    "Materiał sponsorowany",
    "Presented by Northwind Bank",
    "Gesponsert von Stadtwerke Nord",
    "广告：夏季新品上市",
    "Maybe later",
    "No, thanks",
    "Continue",
    "See all plans",
    "Vielleicht später",
    "Не сейчас",
    "Already have an account? Log in",
    "Already a subscriber? Sign in here.",
    "Schon registriert? Hier einloggen",
    "Déjà abonné ? Se connecter",
    "¿Ya tienes una cuenta? Inicia sesión",
    "Har du redan ett konto? Logga in",
    "Zaten üye misiniz? Giriş yapın",
    "Уже подписчик? Войти",
    "Reply",
    "Report abuse",
    "Previous",  # a carousel's or a page list's buttons, alone on a line
    "Next »",
    "« Page précédente",
    "Siguiente",
    "Click to expand...",
    "Load more comments",
    "Antworten",
    "Ответить",
    "View fullsize",
    "Download",
    "Watch now",
    "Got a tip?",
    "Swipe to scroll horizontally",
    "Up next",
    "Watch Next",
    "Gesponsorde inhoud",
    # labels in the languages the corpora lack, and live-blog and tool labels (2026-12-05)
    "Quảng cáo",
    "Chia sẻ",
    "Tin liên quan",
    "Baca juga",
    "Terpopuler",
    "İlginizi çekebilir",  # a dotted capital İ: one word, not "i" and "lginizi"
    "EN ÇOK OKUNANLAR",
    "الأكثر قراءة",
    "관련 기사",
    "सबसे ज़्यादा पढ़ी गई",
    "あわせて読みたい",
    "推荐阅读",
    "Läs också",
    "Čtěte také",
    "Najpopularniejsze",
    "Kabul et",
    "Text size: A− A+",
    "Key events",
    "Show latest updates",
    "Be the first to comment",
    "Your Privacy Choices",
    "Reprints & Permissions",
    "Zur Startseite",
    "YAZDIR",  # a capital I folds to the dotless ı the label is written with
    "BAĞLANTIYI KOPYALA",
    "सुनें",  # "listen": one word with its vowel signs
    # labels in languages beyond the training pages' (Lithuanian, Swahili, Tamil, Georgian, Greek, Croatian)
    "Tangazo",
    "விளம்பரம்",
    "Atsakyti",
    "Prisijungti",
    "Skaitomiausi",
    "Σχόλια",
    "გაზიარება Facebook Telegram X",
    "Mada: Bandari, Uchukuzi, Uvuvi",
    "Teme: Zagreb, promet",
    "Like (23)",  # a label and its count in brackets
    "Patinka (23)",
    "Share (1.2k)",
    "ΣΧΟΛΙΑ",  # Greek capitals drop their accents
    "শে\u09dfার করুন",  # "য়" written as one character
)
NOT_CONTROLS = (
    "Legitimate interest",
    "Pass it on",
    "Privacy",
    "Our privacy policy changed in May.",
    "Manage your subscription before the price rises in May.",
    "Chapter (3)",
    "Next (2007)",  # a film and its year
    "E dele?",  # Portuguese
    "(23)",
    "सोना",  # "gold": cut at its vowel signs, it read as "सुनें" (listen) cut the same way
    "सेना",  # "army"
    "खोजा",  # "found", not "खोजें" (search)
    "Chia sẻ kinh nghiệm của ông với các nhà đầu tư trẻ.",  # "share his experience with young investors"
    "Quảng cáo trực tuyến tăng 12% trong năm.",  # "online advertising rose 12% in the year"
    "Baca juga laporan lengkap komisi di situs resmi DPR.",  # "read the committee's full report too"
    "İlginizi çekebilir diye düşündüğümüz bir öneri: müzeyi ziyaret edin.",
    "Key events of the day included a vote on the budget.",
    "Next steps",
    "Next week the council votes on the budget.",
    "Previous owners had left the house empty.",
    "Most commented on the proposal was its cost.",
    "The share of the vote fell to 31%.",
    "Print newspapers lost readers again.",
    "Advertisement revenue rose 4% in the quarter.",
    "The search for survivors continues",
    "X",  # "x" alone is no network: a close button or a letter, left to the model
    "Facebook said it would appeal.",
    "See also",  # Wikipedia-like pages count their "See also" section as article text
    "Topics: the rate decision surprised analysts. Markets fell.",
    "Related bank shares rose after the decision",
    "Tags: " + "word, " * 30,
    "Photo: The minister said the plan would work. Then she left.",
    "Graphics: Apple M1",  # a specification, not a credit
    "Follow the money",
    "Follow the line",
    "Join us for the parade on Saturday",  # an invitation that names no network
    "Subscribe to our newsletter",  # left to the model: it names no network
    "Join our readers' panel and tell us what you think of our coverage of Telegram's founder",  # too long
    "Accept the terms before you sign the lease.",
    "Subscribers rose to 3 million",
    "Werbung – Sprache und Botschaft",  # the subhead of an article about advertising
    "Presented by the mayor, the plan was approved.",
    "Sponsored events drew 4,000 visitors",
    "The story continues after the break-in at the museum.",
    "Reading continues below average",
    "close()",  # code
    '{ category: "Fruits", price: "$1", stocked: true, name: "Apple" },',
    "Select",  # a step of a how-to as often as a button
    "Not now, the minister said.",
    "Continue to the second junction, then turn left.",
    "Already a subscriber to the theory, she signed in later.",
    "Already registered voters can log in to check their polling place.",
    "No thanks to the council, the bridge reopened.",
    "Report",  # the label of a section as often as a button
    "Flag",
    "Reply to the minister's letter came within hours.",
    "Download speeds fell by half.",
    "Watch the video",  # an article's own pointer to its video as often as a button
    "#BREAKING: fire in the city centre #news",  # a post's text, quoted: a colon after its first tag
    "#MeToo campaigners marched on Sunday.",  # one tag opening a sentence
    "#MeToo and #TimesUp campaigners marched on Sunday",  # tags in a sentence
    "#MeToo and #TimesUp, a year on",  # a subhead
    "#1 seed wins the title. #2 falls to third.",
    "Keywords: the minister named three. Each was discussed.",  # sentences after a tag label
    "Từ khóa của chiến dịch là tiết kiệm nước.",  # "the campaign's keyword is saving water": no colon
)


@pytest.mark.parametrize("text", CONTROLS)
def test_ad_labels_tools_share_bars_list_headings_and_tag_lines_are_controls(text: str) -> None:
    assert is_control(text)


@pytest.mark.parametrize("text", NOT_CONTROLS)
def test_prose_and_lines_with_more_than_a_label_are_not(text: str) -> None:
    assert len(text) > MAX_TAG_LINE_CHARS or not is_control(text)


def test_only_fixed_chrome_is_capped_and_no_score_is_raised() -> None:
    texts = [CONTROLS[0], NOT_CONTROLS[0], "Updated: 28 Nov 2025, 11:02 AM IST", CONTROLS[1]]
    assert is_stamp(texts[2])
    paragraphs = [Paragraph(index=i, text=t) for i, t in enumerate(texts)]
    scores = np.array([0.9, 0.9, 0.8, 0.01])
    capped = cap_fixed_chrome(paragraphs, scores)
    assert capped.tolist() == [FIXED_CHROME_MAX_SCORE, 0.9, FIXED_CHROME_MAX_SCORE, 0.01]
    assert scores.tolist() == [0.9, 0.9, 0.8, 0.01], "the input is left alone"
    assert page_rules(paragraphs, scores).tolist() == capped.tolist()


#: Stamps and control labels joined on one line by a bar, a dot, a bullet or a spaced dash.
JOINED = (
    "7 min read · Updated 14:05 GMT",
    "Sign in | Register",
    "Published 3 March 2026 • Reading time 6 minutes",
    "Comments (12) | Print",
    "Registrieren|Login",
)
#: Lines with a separator and a part that is neither: left to the model.
NOT_JOINED = (
    "Politics | Business",
    "Share – the minister said it was time",
    "The vote was 7-2 · the council agreed",
    "Updated 14:05 GMT | " + "a long line of the story itself that goes on " * 3,
)


@pytest.mark.parametrize("text", JOINED)
def test_stamps_and_control_labels_joined_on_one_line_are_fixed_chrome(text: str) -> None:
    assert not (is_stamp(text) or is_control(text)), "only the joined parts are stamps or labels"
    assert is_fixed_chrome(text)


@pytest.mark.parametrize("text", NOT_JOINED)
def test_a_joined_line_with_any_other_part_is_not(text: str) -> None:
    assert not is_fixed_chrome(text)


#: A caption's marker under a stock picture, alone or with its credit (2026-12-07).
CAPTION_MARKERS = (
    "Representational image",
    "(Representative Image)",
    "Image used for representational purpose only.",
    "File photo",
    "File photo: Reuters",
    "Photo courtesy: Handout",
    "Symbolbild",
    "Foto de archivo",
    "Ảnh minh họa",
    "प्रतीकात्मक तस्वीर",
)
#: Story lines that speak of such pictures.
NOT_CAPTION_MARKERS = (
    "The file photo shows the minister at the 2019 summit.",
    "Representative image of a protest in Delhi on Monday, when police detained 40 students",
    "A representative of the union said the image was misleading.",
)


@pytest.mark.parametrize("text", CAPTION_MARKERS)
def test_a_captions_marker_is_fixed_chrome(text: str) -> None:
    assert fixed_chrome_of(text).chrome


@pytest.mark.parametrize("text", NOT_CAPTION_MARKERS)
def test_story_lines_about_pictures_are_not(text: str) -> None:
    assert not fixed_chrome_of(text).chrome


def test_an_account_bar_is_account_labels_and_nothing_else() -> None:
    for bar in (
        "Anmelden",
        "Sign In Subscribe",
        "Prenumerera Logga in",
        "登录 注册",
        "Log in | Register",
        "My account",
    ):
        assert is_account_bar(bar), bar
    for line in ("Sign in to read more", "Subscribe to our newsletter", "Register your vote", "", "Sign in " * 10):
        assert not is_account_bar(line), line


def test_a_closed_comment_sections_line_is_a_comment_control() -> None:
    for line in (
        "Comments are closed.",
        "COMMENTS ARE CLOSED",
        "Die Kommentarfunktion ist geschlossen.",
        "Commenti chiusi",
    ):
        assert control_kind(line) == "comments", line
    assert not is_control("Comments are closed on this thread until the trial ends, the moderators said.")


def test_a_picture_credit_may_name_the_main_or_header_picture() -> None:
    for line in ("Main picture: Supplied", "Top image: Getty Images", "Header image: Reuters", "Titelbild: dpa"):
        assert control_rule(line) == "credit", line
    assert control_rule("Main picture: the square as the council wants it to look in 2030.") is None


def test_a_picture_credit_may_say_courtesy_without_a_colon() -> None:
    for line in ("Courtesy of Marc Jacobs", "COURTESY OF THE RESEARCHERS", "(Photo courtesy Getty Images)"):
        assert control_rule(line) == "credit", line
    assert control_rule("Cortesía de la familia") == control_rule("Image courtesy of NASA/JPL") == "credit"
    assert control_rule("Photo courtesy of the Smith family") == control_rule("(Courtesy of the artist)") == "credit"
    # a story's line in the same words names no one, or says more than a name after a picture's kind
    for line in (
        "Courtesy of a late goal, City won.",
        "Courtesy of a late penalty City stay top",
        "Courtesy counts",
        "Cortesía de la casa",
        "Courtesy OBC: While I think it very common for many",
        "Photo courtesy of the Smithsonian is on display until March",
        "Courtesy Of A Late Penalty City Stay Top",
        "Cortesía De La Casa",
        "COURTESY COUNTS",
        "Courtesy of",
        "(Courtesy )",
    ):
        assert control_rule(line) is None, line


def test_a_legal_page_s_link_of_two_words_or_more_is_legal() -> None:
    for line in ("Privacy Policy", "Cookie Notice", "Terms & Conditions", "Modern Slavery Statement"):
        assert control_rule(line) == "legal-link", line
        assert control_kind(line) == "legal", line
    # one word may be a story's subhead ("Privacy", "Legal"): the kind model reads it
    assert control_rule("Privacy") is None
    assert control_rule("Legal") is None


def test_a_code_s_prompt_then_an_account_label_is_login() -> None:
    for line in ("Have a voucher code? Redeem it here", "Got a code? Redeem now", "Have a gift code? Sign in"):
        assert control_rule(line) == "already-subscribed", line
        assert control_kind(line) == "login", line
    assert control_rule("Have a voucher code?") is None


def test_a_legal_page_s_link_inside_a_sentence_joins_it_in_a_dump_of_text_nodes() -> None:
    from service.core.rejoin import sentence_groups
    from service.core.scoring import fixed_chrome_of
    from service.core.types import Paragraph

    lines = ["By signing up you agree to the", "Privacy Policy", "Share", "The council met on Tuesday."] * 3
    paragraphs = [Paragraph(index=i, text=t) for i, t in enumerate(lines)]
    verdicts = [fixed_chrome_of(t) for t in lines]
    assert verdicts[1].chrome and verdicts[1].link and verdicts[2].chrome and not verdicts[2].link
    groups = sentence_groups(paragraphs, [v.chrome and not v.link for v in verdicts])
    # the link's text carries on the open line before it; a button ("Share") stands alone
    assert groups[:3] == [[0, 1], [2], [3]]
