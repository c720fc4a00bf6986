"""Text mode's choice of stage for pages in unknown scripts (:mod:`service.core.foreign`)."""

from __future__ import annotations

import copy

import pytest

from service import classify, load_model
from service.core.artifact import Model
from service.core.foreign import (
    FOREIGN_SHARE,
    MAX_READ_CHARS,
    reads_foreign,
    text_scores,
    text_stage,
    unknown_share,
)
from service.core.schema import FOREIGN_STAGE
from service.core.scoring import content_scores
from service.core.scripts import letter_counts
from service.core.types import Paragraph

GEORGIAN = [
    "ქალაქის საკრებულომ წუხელ მომავალი წლის სატრანსპორტო ბიუჯეტი შვიდი ხმით ორის წინააღმდეგ დაამტკიცა.",
    "მერმა თქვა, რომ ახალი ხაზები მომავალი თვიდან ამოქმედდება.",
    "გამოიწერეთ ჩვენი ბიულეტენი",
    "გაზიარება",
]
ENGLISH = [
    "The council approved next year's transport budget last night by seven votes to two.",
    "The mayor said the new lines would run from next month.",
    "Sign up for our newsletter",
    "Share",
]


@pytest.mark.parametrize(
    ("texts", "share"),
    [
        (ENGLISH, 0.0),
        (["Le conseil a voté — café, élève, « déjà »."], 0.0),
        (["Совет проголосовал", "市议会周二投票"], 0.0),
        (GEORGIAN, 1.0),
        (["Hello ქალაქი"], 6 / 11),
        (["12:30 — 4.99 €", ""], 0.0),
        ([], 0.0),
        (["ქალაქი\ud800"], 1.0),  # a lone surrogate (text from a JSON body may hold one) is no letter
    ],
)
def test_the_unknown_share_counts_letters_outside_the_training_scripts(texts: list[str], share: float) -> None:
    assert unknown_share(texts) == pytest.approx(share)


def test_a_long_page_is_read_at_spaced_characters_and_its_share_stays_close() -> None:
    lines = [ENGLISH[i % 2] if i % 3 else GEORGIAN[i % 2] for i in range(300)]
    assert sum(map(len, lines)) > 4 * MAX_READ_CHARS
    letters, known = letter_counts(lines)
    exact = 1 - known.sum() / letters.sum()
    assert unknown_share(lines) == pytest.approx(exact, abs=0.03)


def test_a_page_is_foreign_only_when_most_of_its_letters_are_unknown() -> None:
    def page(texts: list[str]) -> list[Paragraph]:
        return [Paragraph(index=i, text=t) for i, t in enumerate(texts)]

    assert reads_foreign(page(GEORGIAN))
    assert not reads_foreign(page(ENGLISH))
    assert not reads_foreign(page([*ENGLISH, *ENGLISH, GEORGIAN[0]]))  # an English page quoting a Georgian line
    assert unknown_share([*GEORGIAN, ENGLISH[2]]) > FOREIGN_SHARE  # a Georgian page with an English button
    assert reads_foreign(page([*GEORGIAN, ENGLISH[2]]))


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()


def test_a_page_in_an_unknown_script_goes_to_the_foreign_stage_when_the_model_has_one(model: Model) -> None:
    foreign = copy.deepcopy(model.pipelines["text"])  # a fitted text pipeline of its own, told apart by identity
    pipelines = {**model.pipelines, FOREIGN_STAGE: foreign}
    georgian = [Paragraph(index=i, text=t) for i, t in enumerate(GEORGIAN)]
    english = [Paragraph(index=i, text=t) for i, t in enumerate(ENGLISH)]
    assert text_stage(pipelines, georgian) is foreign
    assert text_stage(pipelines, english) is model.pipelines["text"]
    assert text_scores(pipelines, georgian) == pytest.approx(content_scores(foreign, georgian, join_sentences=True))


def test_a_model_without_a_foreign_stage_reads_every_page_with_its_text_stage(model: Model) -> None:
    assert FOREIGN_STAGE not in model.pipelines  # the committed model: the stage was measured, not kept
    paragraphs = [Paragraph(index=i, text=t) for i, t in enumerate(GEORGIAN)]
    assert text_stage(model.pipelines, paragraphs) is model.pipelines["text"]
    expected = content_scores(model.pipelines["text"], paragraphs, join_sentences=True)
    result = classify(model, text="\n".join(GEORGIAN))
    assert [p.score for p in result.paragraphs] == pytest.approx(expected.tolist(), abs=1e-4)
