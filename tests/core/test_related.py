"""Related-link lines (a lead-in, a separator and another story's headline) are fixed chrome; a story's lines
that open alike are not. Every line here was written for this project."""

from __future__ import annotations

import pytest

from service.core.lexicon import RELATED_LEADINS
from service.core.related import MAX_RELATED_CHARS, MIN_HEADLINE_CHARS, RELATED_KIND, related_of
from tests.builders import assert_capped_fixed_chrome, written_lines, written_texts
from training.chrome import load_hard_content

#: (line, the headline it points to)
RELATED_LINES = (
    ("Read also: Council backs the new bus depot", "Council backs the new bus depot"),
    ("Up next: Hale hails 'special' comeback", "Hale hails 'special' comeback"),
    ("READ MORE - Harbour tolls to rise in June", "Harbour tolls to rise in June"),
    (">> Related: The best budget e-bikes of the year", "The best budget e-bikes of the year"),
    ("» Lesen Sie auch: Stadtrat stoppt Neubau am Ufer", "Stadtrat stoppt Neubau am Ufer"),
    ("Lire aussi : Le maire défend son budget", "Le maire défend son budget"),
    ("[Read: Why the river keeps flooding the old town]", "Why the river keeps flooding the old town"),
    ("İLGİNİZİ ÇEKEBİLİR: Ankara'da yeni metro hattı", "Ankara'da yeni metro hattı"),
    ("Taip pat skaitykite: Mokyklose trūksta mokytojų", "Mokyklose trūksta mokytojų"),
    ("Կարդացեք նաև՝ Երևանում նոր այգի կբացվի", "Երևանում նոր այգի կբացվի"),
    ("អានបន្ថែម៖ ផ្សារថ្មីបើកនៅខេត្តកំពត", "ផ្សារថ្មីបើកនៅខេត្តកំពត"),
    ("SOMA PIA: Bandari mpya kufunguliwa mwezi ujao", "Bandari mpya kufunguliwa mwezi ujao"),
    ("【関連記事】県道の復旧に３週間の見通し", "県道の復旧に３週間の見通し"),
    ("관련기사: 새 시장, 첫 예산안 발표", "새 시장, 첫 예산안 발표"),
    ("ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ | Φωτιά σε δασική έκταση", "Φωτιά σε δασική έκταση"),  # Greek capitals drop their accents
    ("Don’t miss: Council backs the new bus depot", "Council backs the new bus depot"),
    ("Read more: Police hunt man who...", "Police hunt man who..."),  # a headline cut short
    ("यह भी पढ़ें: नगर निगम ने बजट पास किया", "नगर निगम ने बजट पास किया"),
)

#: A story's lines that open with a lead-in's words, or with a word a lead-in ends on.
STORY_LINES = (
    "Read more about the plan in the council's report, which was published on Monday.",
    "Read-along sessions at the library are free for children under eight.",
    "Related charges were dropped in March.",
    "Recommended: 150 minutes of moderate exercise a week.",
    "More information: call the council on 0161 496 0000.",
    "Also on the agenda: a new cycle lane on Mill Road.",
    "Up next for the team is a trip to Leeds on Saturday.",
    "See also the annex to the report for the full figures.",
    "Trending downwards: the city's crime rate fell again.",
    "Lire aussi le rapport de la Cour des comptes, publié jeudi, qui chiffre le déficit.",
    # a lead-in and a separator before advice, a reference, a list of steps or speech (a code review's lines)
    "Read: at least 20 minutes a day, ideally on paper rather than a screen.",
    "Read → Cover → Write → Check is how most primary schools teach spelling.",
    "Read – then reread, the novelist advises young writers.",
    "Read–write access was granted to 400 staff, the audit found",
    "Read · Write · Speak: the three pillars of the new curriculum",
    "Up next: the Senate, where the bill faces a far tougher fight.",
    "Trending: a video of the mayor dancing has been viewed two million times.",
    "See also: Figure 2, which shows the rise in admissions since 2010.",
    "\"Don't miss: that's the only rule,\" the coach said.",
    "No te pierdas: el mercado de San Miguel, abierto hasta medianoche.",
    "По теме: губернатор пообещал восстановить мост к зиме.",
    "Zum Thema: Podiumsdiskussion am Dienstag im Rathaus, Beginn 19 Uhr.",
)


@pytest.mark.parametrize(("text", "headline"), RELATED_LINES)
def test_related_link_lines_are_found_with_their_headline(text: str, headline: str) -> None:
    assert related_of(text) == headline


@pytest.mark.parametrize("text", STORY_LINES)
def test_story_lines_that_open_alike_are_not_related_links(text: str) -> None:
    assert related_of(text) is None


def test_a_lead_in_alone_or_with_a_short_headline_is_left_to_the_other_rules() -> None:
    assert related_of("Read also:") is None
    assert related_of("Related: " + "X" * (MIN_HEADLINE_CHARS - 1)) is None
    assert related_of("Related: " + "X" * MIN_HEADLINE_CHARS) == "X" * MIN_HEADLINE_CHARS
    assert related_of("【関連記事】") is None


def test_a_line_longer_than_a_related_link_line_is_left_to_the_model() -> None:
    line = "Read also: " + "Council backs the new bus depot " * 10
    assert len(line) > MAX_RELATED_CHARS
    assert related_of(line) is None


def test_a_lead_in_is_matched_whatever_its_case_spacing_or_nukta() -> None:
    assert related_of("read  ALSO : Council backs the depot") == "Council backs the depot"
    composed, decomposed = "यह भी प\u095dें", "यह भी पढ\u093cें"  # "ढ़" as one character, and as "ढ" and a nukta
    assert composed != decomposed
    for leadin in (composed, decomposed):
        assert related_of(leadin + ": नगर निगम ने बजट पास किया") == "नगर निगम ने बजट पास किया"


def test_the_lead_ins_are_distinct_and_trimmed() -> None:
    assert len(set(RELATED_LEADINS)) == len(RELATED_LEADINS) >= 300
    assert all(leadin == " ".join(leadin.split()) and leadin == leadin.lower() for leadin in RELATED_LEADINS)


def test_a_related_link_line_is_fixed_chrome_of_the_related_kind_and_its_score_is_capped() -> None:
    assert_capped_fixed_chrome("Read also: Council backs the new bus depot", RELATED_KIND)


def test_written_story_lines_are_left_alone() -> None:
    stories = [
        text
        for name in ("navigation", "walls", "offers", "prompts")
        for text in written_texts(written_lines(name), "stories")
    ]
    stories += load_hard_content()
    assert len(stories) > 500
    assert [text for text in stories if related_of(text) is not None] == []
