"""Page stamps (publication and update lines, reading times, gallery and comment counters) are chrome."""

from __future__ import annotations

import pytest

from service.core.stamps import MAX_STAMP_CHARS, is_stamp, stamp_kind

STAMPS = (
    "About a 5 min read",
    "Reading time: approx. 7 minutes",
    "About 6 min read",
    "Updated: 28 Nov 2025, 11:02 AM IST",
    "First Published: 28 Nov 2025, 10:41 AM IST",
    "Last updated: March 3, 2026 | 4:05 PM WAT",
    "UPDATED Sept. 3, 2026 at 4:05 p.m. ET",
    "Updated 03/03/2026, 16:05 GMT+1",
    "Published Tuesday, March 3, 2026",
    "Published: 2026-03-03T16:05:00Z",
    "Updated 3 hours ago",
    "• Posted on 3rd March 2026",
    "Published: 3.3.2026 | Updated: 4.3.2026",
    "Veröffentlicht am 3. März 2026, 16:05 Uhr",
    "Aktualisiert: 03.03.2026 – 16:05",
    "Mis à jour le 3 mars 2026",
    "Publicado el 3 de marzo de 2026 a las 16:05 h",
    "Pubblicato: 3 marzo 2026, 16:05",
    "Opublikowano: 3 marca 2026, 16:05",
    "Опубликовано: 3 марта 2026, 16:05",
    "更新日：2026年3月3日 16時05分",
    "发布时间 2026-03-03 16:05",
    "Reading time: 4 minutes",
    "5 min read",
    "· 4 minute read ·",
    "Lesezeit: 4 Min.",
    "7 min Lesezeit",
    "Temps de lecture : 3 min",
    "*Estimated reading time: 7 minutes*",
    "Geschätzte Lesezeit: 5 Min.",
    "Length: 1,240 words",
    "1,240 words",
    "Length: 1240 words",
    "Word count: 850",
    "1.240 Wörter",
    "Image 1 of 5",
    "Bild 2 von 9",
    "Foto 1 de 12",
    "Photo 3/12",
    "Comments (12)",
    "3 Kommentare",
    "💬 40 comments",
)
NOT_STAMPS = (
    "About 6 minutes later, the train stopped.",
    "Updated figures showed a 3% rise in March 2026.",
    "Published in 1998, the book sold 2 million copies.",
    "The report was published on March 3, 2026.",
    "Published by Penguin, 2019",
    "Posted on March 3 by admin",
    "Updated: see our corrections policy",
    "Updated",
    "By Maria Okafor | Updated: 3 March 2026",
    "Updated: 3 March 2026. " + "The council approved the new budget after a long debate. " * 2,
    "It took 5 min to read the report.",
    "Reading time is falling among teenagers",
    "The photo 1 of 5 judges chose",
    "4 min",
    "Image",
    "Comments are closed for 12 days",
    "12 comments were removed by the moderators.",
    "Estimated reading time rose to 7 minutes, the study found.",
    "The speech ran to 1,240 words.",
    "Length: 12 metres",
    "Six words",
)


@pytest.mark.parametrize("text", STAMPS)
def test_a_label_and_a_date_a_reading_time_or_a_counter_is_a_stamp(text: str) -> None:
    assert is_stamp(text)


@pytest.mark.parametrize("text", NOT_STAMPS)
def test_prose_bylines_and_bare_labels_are_not(text: str) -> None:
    assert len(text) > MAX_STAMP_CHARS or not is_stamp(text)


def test_a_stamp_is_comments_when_it_counts_them_else_other() -> None:
    assert stamp_kind("Comments (12)") == "comments"
    assert stamp_kind("3 Kommentare") == "comments"
    assert stamp_kind("Updated: 3 March 2026, 16:05 IST") == "other"
    assert stamp_kind("Image 1 of 5") == "other"
    assert stamp_kind("The vote was 7-2.") is None


def test_a_turkish_date_in_capitals_is_a_stamp_as_in_lower_case() -> None:
    # "EKİM" lower-cased by str.lower would hold a combining dot; "MAYIS" would read "mayis".
    assert is_stamp("Yayınlanma: 12 Ekim 2025 14:05")
    assert is_stamp("YAYINLANMA: 12 EKİM 2025 14:05")
    assert is_stamp("GÜNCELLEME: 3 MAYIS 2026")
