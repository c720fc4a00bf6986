"""Training end to end on the project's own fixture pages: prepare, fit, evaluate, save, load."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from threadpoolctl import threadpool_limits

from service import classify, load_model
from service.core.artifact import Model, save_model
from service.core.foreign import text_stage
from service.core.kinds import KIND_STAGE
from service.core.schema import FOREIGN_STAGE
from service.core.scoring import content_scores
from service.core.segment import normalize
from service.core.stacking import fold_of
from service.core.types import Paragraph
from tests.builders import TINY_PARAMS, fixture_pages
from training.align import CHROME, CONTENT
from training.chrome import load_hard_content, load_leadins, load_library, load_lone
from training.commands import fit_score_maps
from training.corpus import CorpusPage
from training.dataset import Augmentation, code_checksum, prepare
from training.evaluate import evaluate
from training.teasers import TeaserPool
from training.train import fit_kinds, fit_models, text_training_set


def corpus_pages() -> list[CorpusPage]:
    return [
        CorpusPage(
            corpus="news_articles_2023",
            id=page.name,
            url=page.truth["url"],
            lang=page.truth["lang"],
            html=page.data.decode(page.truth.get("encoding", "utf-8")),
            article_text="\n".join(page.content),
        )
        for page in fixture_pages()
    ]


def test_training_pages_get_only_chrome_of_their_own_fold() -> None:
    augmentation = Augmentation(load_library(split="train"), load_hard_content())
    folds = {b.id: fold_of(b.id) for b in augmentation.blocks}
    injected = 0
    for seed in range(3):
        for page in corpus_pages():
            prepared = prepare(page, "train", augmentation, seed=seed)
            assert {folds[i] for i in prepared.injected} <= {fold_of(prepared.site)}
            injected += len(prepared.injected)
    assert injected


def test_related_link_lines_are_injected_as_chrome_from_the_pages_fold() -> None:
    """Some augmented pages get "Also read: <headline>" lines: labelled chrome, lead-in of the page's own fold."""
    augmentation = Augmentation(load_library(split="train"), load_hard_content(), load_leadins())
    assert augmentation.leadins is not None
    fold_of_line = {
        normalize(f"{leadin}{separator}{headline}"): fold
        for fold, (leadins, headlines) in augmentation.leadins_by_fold.items()
        for leadin in leadins
        for separator in augmentation.leadins.separators
        for headline in headlines
    }
    found = 0
    for seed in range(6):
        for page in corpus_pages():
            prepared = prepare(page, "train", augmentation, seed=seed)
            for paragraph, label in zip(*(prepared.augmented or ([], [])), strict=True):
                if paragraph.text in fold_of_line:
                    assert label == CHROME and fold_of_line[paragraph.text] == fold_of(prepared.site)
                    found += 1
    assert found


def test_lone_lines_are_set_alone_between_the_articles_paragraphs() -> None:
    """Some augmented pages get lone chrome sentences of their fold (chrome) and lone content lines (content)."""
    augmentation = Augmentation(load_library(split="train"), load_hard_content(), lone=load_lone(split="train"))
    assert augmentation.lone is not None
    chrome = {line.text: fold_of(line.text) for line in augmentation.lone.chrome}
    content = {line.text for line in augmentation.lone.content}
    heldout = {line.text for line in load_lone(split="heldout").chrome}
    found = {CHROME: 0, CONTENT: 0}
    for seed in range(6):
        for page in corpus_pages():
            prepared = prepare(page, "train", augmentation, seed=seed)
            paragraphs, labels = prepared.augmented or ([], [])
            own = {p.text for p in prepared.paragraphs}  # a fixture page may show such a line itself
            for i, (paragraph, label) in enumerate(zip(paragraphs, labels, strict=True)):
                assert paragraph.text not in heldout or paragraph.text in own
                if paragraph.text in own:
                    continue
                if paragraph.text in chrome:
                    assert label == CHROME and chrome[paragraph.text] == fold_of(prepared.site)
                elif paragraph.text in content:
                    assert label == CONTENT
                else:
                    continue
                found[label] += 1
                assert paragraph.tag == "p" and 0 < i < len(paragraphs) - 1
    assert found[CHROME] and found[CONTENT]


def test_the_lone_share_sets_how_many_pages_get_lone_lines() -> None:
    """``Augmentation.lone_share`` (``train --lone-share``) is the share of injected pages given lone lines."""
    base = Augmentation(load_library(split="train"), load_hard_content(), lone=load_lone(split="train"))
    assert base.lone is not None
    lone = {line.text for line in base.lone.chrome + base.lone.content}

    def pages_with_lone_lines(share: float) -> int:
        augmentation = replace(base, lone_share=share)
        count = 0
        for seed in range(3):
            for page in corpus_pages():
                prepared = prepare(page, "train", augmentation, seed=seed)
                own = {p.text for p in prepared.paragraphs}
                count += any(p.text in lone and p.text not in own for p in (prepared.augmented or ([], []))[0])
        return count

    counts = [pages_with_lone_lines(share) for share in (0.0, 0.3, 1.0)]
    assert counts[0] == 0 < counts[1] < counts[2]


def test_mid_story_walls_are_chrome_of_the_pages_fold_with_the_story_after_them() -> None:
    """With ``walls``, some augmented pages get a paywall notice and an offer in one piece mid-story."""
    plain = Augmentation(load_library(split="train"), load_hard_content())
    walled = Augmentation(plain.blocks, plain.hard_content, walls=1.0)
    by_id = {b.id: b for b in plain.blocks}
    found = 0
    for seed in range(3):
        for page in corpus_pages():
            before = prepare(page, "train", plain, seed=seed)
            after = prepare(page, "train", walled, seed=seed)
            assert after.injected[: len(before.injected)] == before.injected  # the other draws stay
            wall = [by_id[i] for i in after.injected[len(before.injected) :]]
            if not wall:
                continue
            found += 1
            assert wall[0].kind == "paywall" and wall[1].kind in ("pricing", "login")
            assert {fold_of(b.id) for b in wall} == {fold_of(after.site)}
            paragraphs, labels = after.augmented or ([], [])
            texts = [p.text for p in paragraphs]
            lines = [normalize(line) for block in wall for line in block.lines]
            start = texts.index(lines[0])
            assert texts[start : start + len(lines)] == lines
            assert all(labels[texts.index(line)] == CHROME for line in lines)
            assert labels[start + len(lines) :].count(CONTENT) >= 2  # the story goes on after it
    assert found


def test_the_page_cache_key_follows_the_preparing_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache written by other parsing, segmentation or augmentation code is never read."""
    module = tmp_path / "prep_probe.py"
    module.write_text("STEP = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = code_checksum(("prep_probe", "training.augment"))
    module.write_text("STEP = 2\n")
    assert code_checksum(("prep_probe", "training.augment")) != before
    assert code_checksum() == code_checksum()
    with pytest.raises(ModuleNotFoundError):
        code_checksum(("no_such_module_here",))


def test_train_evaluate_save_load(tmp_path: Path) -> None:
    augmentation = Augmentation(load_library(split="train"), load_hard_content())
    pages = [prepare(page, "train" if i % 4 else "test", augmentation, seed=0) for i, page in enumerate(corpus_pages())]
    assert any(p.augmented for p in pages), "some training pages get injected chrome"
    for page in pages:
        assert sum(label == 1 for label in page.labels) >= 3, page.key
    with threadpool_limits(limits=1):
        pipelines = fit_models(pages, seed=0, log=lambda _: None, params=TINY_PARAMS, n_jobs=None, foreign_stage=True)
    assert set(pipelines) == {"html", "text", FOREIGN_STAGE, KIND_STAGE}
    held_out = [p for p in pages if p.split == "test"]
    maps, fitted_on = fit_score_maps(pipelines, held_out)
    assert set(maps) == {"html"} and fitted_on["html"]["pages"] == 4
    assert fitted_on["html"]["ece_after_in_sample"] <= fitted_on["html"]["ece_before"]
    report = evaluate(pipelines, held_out, competitors=False)
    mapped_report = evaluate(pipelines, held_out, competitors=False, score_maps=maps)
    assert report["corpora"]["news_articles_2023"]["systems"]["winnow_html"]["pages"] == 4
    assert 0.0 <= report["calibration"]["html"]["ece"] <= 1.0
    assert mapped_report["calibration"]["html"]["ece"] == fitted_on["html"]["ece_after_in_sample"]
    assert mapped_report["calibration"]["text"] == report["calibration"]["text"]
    assert mapped_report["corpora"] == report["corpora"]  # the labels, and so the text kept, are the same
    # A page with no paragraph, and a full-text page with no main content, are scored too: the
    # first loses all of its truth, the second is perfect when nothing is kept of it.
    bare = replace(held_out[0], key="x/bare", html="<html><body></body></html>", paragraphs=[], labels=[])
    empty_truth = replace(bare, key="x/empty", article_text=None, with_=[])
    report = evaluate(pipelines, [*held_out, bare, empty_truth], competitors=False)
    scored = report["corpora"]["news_articles_2023"]["systems"]["winnow_html"]
    assert scored["pages"] == 6
    path = tmp_path / "winnow.joblib"
    save_model(Model(pipelines, score_maps=maps), path, version="smoke")
    model = load_model(path)
    assert model.score_maps == maps
    result = classify(model, html=fixture_pages()[0].data)
    assert result.paragraphs and result.stats["content"] > 0
    assert set(model.pipelines) == set(pipelines)
    georgian = [
        "სათაური",
        "ქალაქის საკრებულომ წუხელ მომავალი წლის ბიუჯეტი დაამტკიცა.",
        "მერმა თქვა, რომ ახალი ხაზები ამოქმედდება.",
        "გაზიარება",
    ] * 2
    lines = [Paragraph(index=i, text=t) for i, t in enumerate(georgian)]
    assert text_stage(model.pipelines, lines) is model.pipelines[FOREIGN_STAGE]
    expected = content_scores(model.pipelines[FOREIGN_STAGE], lines, join_sentences=True)
    result = classify(model, text="\n".join(georgian))
    assert [p.score for p in result.paragraphs] == pytest.approx(expected.tolist(), abs=1e-4)


def test_the_text_stage_alone_fits_with_teasers() -> None:
    """``fit_models`` as ``train --stages-from M --refit-text --teasers`` calls it: the text stage alone, on
    training pages some of which get teaser runs (seed 2 sets some on these pages)."""
    augmentation = Augmentation(load_library(split="train"), load_hard_content())
    pages = [prepare(page, "train", augmentation, seed=0) for page in corpus_pages()]
    assert len(text_training_set(pages, 2, teasers=TeaserPool.of(pages))) > len(text_training_set(pages, 2))
    with threadpool_limits(limits=1):
        pipelines = fit_models(
            pages,
            seed=2,
            log=lambda _: None,
            params=TINY_PARAMS,
            n_jobs=None,
            teasers=True,
            modes=("text",),
            kinds=False,
        )
    assert set(pipelines) == {"text"}
    result = classify(
        Model({**pipelines, KIND_STAGE: fit_kinds()}), text="\n".join(p.text for p in pages[0].paragraphs)
    )
    assert [p.text for p in result.paragraphs] == [p.text for p in pages[0].paragraphs]
