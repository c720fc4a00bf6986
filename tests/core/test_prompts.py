"""Reader prompts (calls for tips, invitations to report an error, requests for feedback, players' text,
loading placeholders, ad slots' lines and notes on other editions) are fixed chrome; stories that use
their words are not. Every line here was written for this project."""

from __future__ import annotations

import pytest

from service.core.prompts import MAX_PROMPT_CHARS, MAX_SMALL_PRINT_CHARS, prompt_of
from tests.builders import assert_capped_fixed_chrome, assert_found_share, written_lines, written_texts

#: (line, what prompt line it is)
PROMPT_LINES = (
    ("Tap here to turn on breaking news alerts.", "notify"),
    ("Gambling problem? Call 1-800-GAMBLER.", "gambling"),
    ("Please don't post abusive, obscene or off-topic comments.", "guidelines"),
    ("Kommentarer modereras.", "guidelines"),
    ("Know a friend who'd like this? Send it their way.", "forward"),
    ("Found this helpful? Share it with a colleague.", "forward"),
    ("No spam. Unsubscribe at any time.", "signup"),
    ("One more step! Check your inbox to confirm your subscription.", "signup"),
    ("Please refrain from posting abusive or defamatory comments.", "guidelines"),
    ("Comments are pre-moderated and may take a few hours to appear.", "guidelines"),
    ("Please keep the discussion civil.", "guidelines"),
    ("We reserve the right to delete comments that break these rules.", "guidelines"),
    ("By submitting a comment, you agree to our house rules.", "guidelines"),
    ("Alle Kommentare werden vor der Veröffentlichung geprüft.", "guidelines"),
    ("Les commentaires sont modérés.", "guidelines"),
    (
        "Kindly refrain from posting comments that are obscene, defamatory or inflammatory, and do not indulge in"
        " personal attacks or name calling. Help us keep this space civil by reporting comments that break these rules.",
        "guidelines",
    ),
    ("Got a tip? Send it to newsdesk@riverton.example", "tip"),
    ("Do you know more about this story? Get in touch", "tip"),
    ("Send us your photos and videos", "tip"),
    ("Haben Sie Hinweise? Schreiben Sie der Redaktion.", "tip"),
    ("Spotted an error? Let us know", "correction"),
    ("Select the text and press Ctrl+Enter to report a typo", "correction"),
    ("Fehler gefunden? Jetzt melden", "correction"),
    ("Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "correction"),
    ("Was this article helpful? Yes / No", "feedback"),
    ("Take our two-minute reader survey", "feedback"),
    ("War dieser Artikel hilfreich?", "feedback"),
    ("Listen to this article · 7 min", "audio"),
    ("This story was narrated by an AI voice.", "audio"),
    ("00:00 / 04:12", "audio"),
    ("Loading the rest of the article…", "loading"),
    ("Your browser does not support the audio element.", "loading"),
    ("Show 3 new posts", "loading"),
    ("La suite de l'article après cette publicité", "ad"),
    ("Go ad-free for £1 a month", "ad"),
    ("Продолжение статьи после рекламы", "ad"),
    ("This article is also available in Portuguese", "edition"),
    ("A version of this article appears in print on May 2, page A9.", "edition"),
    ("この記事の英語版を読む", "edition"),
    ("Écouter l’article (4 min)", "audio"),
    ("Your browser doesn’t support the video tag.", "loading"),
    ("Did we get something wrong? Let us know", "correction"),
    ("Click here to join our WhatsApp channel and get the day's top stories from Pune on your phone.", "channel"),
    ("Join the Ashford Courier's WhatsApp community for breaking news alerts.", "channel"),
    ("Únete al canal de WhatsApp del Diario del Valle y recibe las noticias más importantes en tu móvil.", "channel"),
    ("Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actualité.", "channel"),
    ("WhatsApp kanalımıza katılın, son dakika haberlerini kaçırmayın.", "channel"),
    ("Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости", "channel"),
    ("انضم إلى قناتنا على واتساب لتصلك أهم الأخبار", "channel"),
    ("हर बड़ी खबर सबसे पहले पाने के लिए हमारे व्हाट्सऐप चैनल से जुड़ें।", "channel"),
    ("எங்கள் வாட்ஸ்அப் சேனலில் இணையுங்கள் — முக்கியச் செய்திகள் உடனுக்குடன்.", "channel"),
    ("Have your say: should the council build the new depot?", "poll"),
    ("Tell us: would you pay more for a bus every ten minutes?", "poll"),
    ("POLL: Do you support a four-day school week?", "poll"),
    ("Sondage : êtes-vous pour la fermeture du centre-ville aux voitures ?", "poll"),
    ("Vote now: Should the council build the new depot?", "poll"),
    ("आपकी राय: क्या गांवों में पानी की जांच की सुविधा पर्याप्त है?", "poll"),
    ("18+ only. New customers. Min odds 1/2. Free bets expire in 7 days.", "gambling"),
    ("18+. T&Cs apply. BeGambleAware.org", "gambling"),
    ("Please gamble responsibly. Call the helpline on 0808 000 0000.", "gambling"),
    ("When the fun stops, stop.", "gambling"),
    ("+18. Juega con responsabilidad. Aplican términos y condiciones.", "gambling"),
    ("انضم إلى قناتنا على واتس آب لتصلك أهم الأخبار", "channel"),
    ("আমাদের হো\u09dfাটসঅ্যাপ চ্যানেলে যোগ দিন এবং সর্বশেষ খবর পান।", "channel"),  # "য়" as one character
    ("गूगल न्यू\u095b पर हमें फॉलो करें और पाएं हर खबर सबसे पहले", "channel"),  # "ज़" as one character
    ("Stay updated on the go: join the Valley Courier Telegram channel for alerts.", "channel"),
    ("Síguenos en Google News para no perderte ninguna de nuestras informaciones.", "channel"),
)

#: Stories that use the prompts' words.
STORY_LINES = (
    "Do you know someone who was affected? Send us your story.",
    "Click the link in the email we sent to reset your password, the bank told customers.",
    "No spam calls were reported after the law changed.",
    "Enjoyed the match? So did we.",
    "Users must refrain from posting abusive content, the platform said.",
    "Comments were moderated heavily during the debate.",
    "Comments are reviewed by police before charges are filed.",
    "Avoid making offensive comments in job interviews, experts advise.",
    "Comments will be reviewed by the planning committee on Tuesday.",
    "Keep the discussion civil, Speaker tells MPs",
    "We reserve the right to delete comments, the newspaper's editor wrote in 2009.",
    "Kommentare werden moderiert: Wie Zeitungen mit Hass im Netz umgehen",
    "Los comentarios son moderados por inteligencia artificial en la nueva red social.",
    "A tip from a neighbour led police to the warehouse.",
    "Tip: Gather a year of electricity bills before you ask installers for quotes.",
    "To contact the reporter on this story: Ana Ruiz in Madrid at aruiz@wire.example",
    "The survey of 1,200 nurses found two in five plan to leave within a year.",
    "The minister admitted there had been an error in the figures.",
    "Loading of the grain ship resumed on Tuesday after the strike ended.",
    "Loading an image from the camera takes under a second, the company says.",
    "Text-to-speech tools now read most of the site's pages aloud.",
    "The ad campaign was pulled after complaints from parents.",
    "Fans can listen to the match live on local radio.",
    "The paper will end its print edition in June after 140 years.",
    '"Please get in touch if you saw anything," the detective said.',
    # reported speech, interview questions, advice and third-person reports in the prompts' words
    "Help us improve the park, the council said in a leaflet to residents.",
    "“Report errors to the tax office within 30 days,” the ombudsman said.",
    "Haben Sie Hinweise darauf, dass Russland beteiligt war?",
    "Die Prüfer haben Fehler entdeckt, die den Haushalt betreffen.",
    "Send photos of the damage to your insurer within 14 days.",
    "Residents are asked to complete the survey by Friday.",
    "An anonymous news tip prompted the raid, police said.",
    "Your browser does not support the new format yet, Google warned.",
    "Remove ads from Windows 11 with these five steps.",
    "The report is available in English.",
    "ارتفعت الأسهم بعد الإعلان عن الصفقة.",
    "La polémica continúa tras el anuncio del ministro.",
    "该研究成果刊载于《自然》杂志。",
    "واستمع إلى الخبراء خلال الاجتماع المغلق.",
    "Did you witness the collision? Contact Sussex Police quoting Operation Highway.",
    "Residents joined WhatsApp groups to warn each other about the thefts.",
    "Meta said users could now join channels on WhatsApp in India.",
    "The police said the suspects used a Telegram channel to sell the tickets.",
    "La polémica entre los grupos de WhatsApp del barrio creció durante la semana.",
    "Полиция нашла Telegram-канал, где продавали билеты.",
    "Poll: 60 percent of voters back the new depot",
    # a story's headline on a poll, and lines about gambling and messaging groups (a code review's lines)
    "Poll: Do Americans still trust the Supreme Court?",
    "Umfrage: Droht der SPD das Aus?",
    "GamCare said calls to its helpline rose by a fifth last year.",
    "When the Fun Stops, Stop: does the gambling slogan actually work?",
    "The adverts said only that T&Cs apply, which the watchdog ruled misleading.",
    "18+ only. That was the rule the club ignored when it let the boy in.",
    "+18. Así se clasificó la película, según el ministerio.",
    "Residents were urged to join WhatsApp groups set up by the neighbourhood watch.",
    "Google News now lets readers choose to follow specific sources.",
    "Our village WhatsApp group lit up with warnings about the flood.",
    "Le maire participe à un groupe WhatsApp avec une centaine d'habitants.",
    "Viele Eltern an unseren Schulen nutzen WhatsApp-Gruppen, um sich abzustimmen.",
    "Ribuan warga bergabung dengan grup WhatsApp untuk memantau banjir.",
    "Cảnh sát phát hiện hơn 1.000 người tham gia kênh Telegram lừa đảo.",
    "انضم آلاف المستخدمين إلى قناة على تيليجرام تابعة للجماعة.",
    "पुलिस ने लोगों से अपील की कि वे अनजान व्हाट्सऐप ग्रुप से न जुड़ें।",
    "லட்சக்கணக்கானோர் இந்த டெலிகிராம் சேனலை பின்தொடர்கின்றனர்.",
    "Your view matters, the mayor told residents at the meeting.",
    "18 people were injured in the crash.",
    "The charity GamCare said calls to its helpline rose by a fifth.",
    "The operator gave £1m to BeGambleAware last year.",
)


@pytest.mark.parametrize(("text", "what"), PROMPT_LINES)
def test_reader_prompts_are_found_with_what_they_say(text: str, what: str) -> None:
    assert prompt_of(text) == what


@pytest.mark.parametrize("text", STORY_LINES)
def test_stories_in_the_prompts_words_are_not_prompt_lines(text: str) -> None:
    assert prompt_of(text) is None


def test_a_line_longer_than_a_prompt_line_is_left_to_the_model() -> None:
    line = "Spotted an error? Let us know. " + "The council met on Tuesday to discuss the budget. " * 4
    assert len(line) > MAX_PROMPT_CHARS
    assert prompt_of(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Spotted an error? Let us know", "other"),
        ("Remove ads", "ad"),
        ("Join the Ashford Courier's WhatsApp community for breaking news alerts.", "promo"),
        ("18+. T&Cs apply. BeGambleAware.org", "ad"),
    ],
)
def test_a_prompt_line_is_fixed_chrome_of_its_kind_and_its_score_is_capped(line: str, kind: str) -> None:
    assert_capped_fixed_chrome(line, kind)


@pytest.fixture(scope="module")
def written() -> dict[str, list[dict[str, str]]]:
    return written_lines("prompts")


@pytest.mark.parametrize(("split", "floor"), [("dev", 0.95), ("check", 0.38)])
def test_the_prompt_lines_the_rule_was_written_against_are_found(
    written: dict[str, list[dict[str, str]]], split: str, floor: float
) -> None:
    assert_found_share(written_texts(written, "prompts", split), prompt_of, floor, f"{split} prompt lines")


def test_stories_in_the_prompts_words_are_left_alone(written: dict[str, list[dict[str, str]]]) -> None:
    dev = written_texts(written, "stories", "dev")
    check = written_texts(written, "stories", "check")
    assert [text for text in dev if prompt_of(text) is not None] == []
    # the check stories were never read: none of their 105 lines is matched (docs/model-history.md)
    assert sum(prompt_of(text) is not None for text in check) == 0


def test_a_hindi_invitation_to_a_channel_is_found_whichever_way_its_nukta_is_written() -> None:
    for join in ("जु\u095cें", "जुड\u093cें"):  # "ड़" as one character, and as "ड" and a nukta
        assert prompt_of(f"हर बड़ी खबर सबसे पहले पाने के लिए हमारे व्हाट्सऐप चैनल से {join}।") == "channel"
    assert prompt_of("तमाम लोग व्हाट्सऐप ग्रुप से जुड़े थे।") is None  # "many people were in the WhatsApp group"


def test_a_betting_ads_small_print_is_read_on_lines_longer_than_a_prompt_line() -> None:
    small_print = (
        "18+ only. New customers. Min odds 1/2. Free bets expire in 7 days. Set a deposit limit and take a break"
        " when you need one. Free, confidential support: 0808 000 0000. Full terms apply."
    )
    assert MAX_PROMPT_CHARS < len(small_print) <= MAX_SMALL_PRINT_CHARS
    assert prompt_of(small_print) == "gambling"
    assert prompt_of(small_print + " x" * (MAX_SMALL_PRINT_CHARS - len(small_print))) is None  # over the cap
    story = "18+ only. That was the rule at the door, but the club let in dozens of teenagers " * 3
    assert MAX_PROMPT_CHARS < len(story) <= MAX_SMALL_PRINT_CHARS and prompt_of(story) is None
