"""Helpline notes (``service/core/helplines.py``) are fixed chrome; stories in their words are not. Every line here
was written for this project (``datasets/boilerplate/``)."""

from __future__ import annotations

import pytest

from service.core.helplines import HELPLINE_KIND, helpline_of
from service.core.scoring import fixed_chrome_of
from tests.builders import assert_capped_fixed_chrome, written_lines, written_texts

HELPLINE_NOTES = (
    "If you or someone you know is struggling, call or text 988 to reach the Suicide and Crisis Lifeline.",
    "If you are affected by any of the issues raised in this article, Samaritans are available on 116 123.",
    "*Need someone to talk to? Lifeline is available 24/7 on 13 11 14.*",
    "Are you in crisis? No matter how you feel, call or text 988.",
    "If you are having thoughts of ending your life, call or text 988.",
    "For confidential support on domestic abuse, call the 24-hour helpline on 0808 2000 247.",
    "In the UK and Ireland, Samaritans can be contacted on freephone 116 123.",
    "In Australia, the crisis support service Lifeline is 13 11 14.",
    "Haben Sie Suizidgedanken? Die Telefonseelsorge ist rund um die Uhr erreichbar: 0800 111 0 111.",
    "Wenn du dich in einer Krise befindest, findest du Hilfe beim Krisendienst unter 0800 655 3000.",
    "Si vous avez des pensées suicidaires, appelez le 3114, numéro national gratuit.",
    "Si tienes pensamientos suicidas, llama a la línea 024, gratuita y confidencial.",
    "Se hai pensieri suicidi, chiama il Telefono Amico al numero 02 2327 2327.",
    "Se você está passando por sofrimento emocional, ligue 188 (CVV), gratuito, 24 horas.",
    "Denk jij aan zelfmoord? Bel 113 of 0800-0113, gratis en anoniem.",
    "Jeśli jesteś w kryzysie, zadzwoń pod bezpłatny numer 116 123.",
    "Om du har självmordstankar, ring Självmordslinjen på 90101.",
    "Если вы оказались в трудной жизненной ситуации, позвоните на телефон доверия 8-800-2000-122.",
    "Kendinizi çaresiz hissediyorsanız, yardım almak için 183 numaralı hattı arayın.",
    "Jika Anda memiliki pikiran bunuh diri, segera hubungi layanan 119 ext 8.",
    "悩みを抱えている方は、「いのちの電話」などの相談窓口にご相談ください。",
    "우울감 등 어려움이 있으면 자살예방 상담전화 ☎109에서 24시간 상담을 받을 수 있습니다.",
)

#: Stories in the notes' words: reports on helplines, police appeals, advice on other troubles, speech.
HELPLINE_STORIES = (
    "The helpline received 3,000 calls in its first week, the charity said.",
    "If you have any information about the crash, call police on 101.",
    "Residents affected by the flooding can call the council's hotline on 0800 123 456.",
    "If you are struggling with rising costs in 2024, contact your bank early.",
    "If you are struggling, call us, the charity's director said.",
    "Die Telefonseelsorge verzeichnete 2023 mehr Anrufe als je zuvor.",
    "Sie sagte, die Telefonseelsorge sei rund um die Uhr erreichbar.",
    "La ligne 3114 a reçu 500 000 appels depuis son lancement.",
    "El teléfono 024 atendió más de 100.000 llamadas en su primer año.",
    "Suicide prevention charities called for more funding on Monday.",
    "In the UK, Samaritans received 5m calls last year.",
    "In the US, the 988 line is underfunded, the report found.",
)


@pytest.mark.parametrize("text", HELPLINE_NOTES)
def test_helpline_notes_are_fixed_chrome_of_kind_other(text: str) -> None:
    assert helpline_of(text) == "helpline"
    assert_capped_fixed_chrome(text, HELPLINE_KIND)


@pytest.mark.parametrize("text", HELPLINE_STORIES)
def test_stories_of_helplines_police_appeals_and_speech_are_not_notes(text: str) -> None:
    assert helpline_of(text) is None
    assert not fixed_chrome_of(text).chrome


def test_the_writers_helpline_notes_are_found_and_their_stories_left() -> None:
    written = written_lines("boilerplate")
    tips = [line["text"] for line in written["chrome"] if line["kind"] == "tip" and line["split"] == "dev"]
    found = sum(helpline_of(text) is not None for text in tips)
    assert found >= 9, f"{found} of the dev half's tips (calls for news tips among them) found"
    taken = [text for text in written_texts(written, "stories") if fixed_chrome_of(text).chrome]
    assert taken == []


def test_three_code_reviews_stories_in_the_notes_words_are_left() -> None:
    """Advice lines, police appeals, charity news, public crises, interviews and speech: the rule's first version
    took 333 of the first review's 366, a narrower one 304 of the second's 355, the one after that 13 of a third's 250
    written as journalists write (reported advice). Three are still taken, written past a note's wording ("If
    you're feeling hopeless about your team, talk to the Samaritans of football: …", a campaign's slogan)."""
    reviewed = [line["text"] for line in written_lines("boilerplate")["reviewed"]]
    taken = [text for text in reviewed if helpline_of(text) is not None]
    assert len(reviewed) >= 950
    assert len(taken) <= 3, taken
