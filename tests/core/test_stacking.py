"""The stacked second stage: neighbour scores, the page's score profile, the main run."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

from service.core.features import Concat, WordFeatures, topic_matrix
from service.core.segment import segment_strings
from service.core.stacking import (
    COHERENCE_COLUMNS,
    CONTRAST_COLUMNS,
    LOW_RUN_COLUMNS,
    REGION_COLUMNS,
    RUN_COLUMNS,
    SCORE_OFFSETS,
    SCRIPT_COLUMNS,
    TOPIC_COLUMNS,
    WINDOW,
    LabelledOnly,
    NeighbourScores,
    TopicRows,
    _coherence_features,
    _contrast_features,
    _distance_to,
    _low_run_features,
    _neighbour_mean,
    _region_features,
    _run_features,
    _script_features,
    _topic_features,
    _window_mean,
    fold_of,
)
from service.core.types import Batch, Paragraph
from tests.builders import p

PROSE = "The council approved the budget after a long debate on Tuesday evening."


def test_run_features_find_the_main_run() -> None:
    scores = np.array([0.1, 0.9, 0.9, 0.2, 0.8, 0.1, 0.1, 0.7, 0.9, 0.1])
    chars = np.array([10, 500, 400, 20, 300, 10, 10, 50, 60, 5], dtype=np.float64)
    runs = _run_features(scores, chars)
    assert runs.shape == (10, RUN_COLUMNS)
    # paragraphs 1-4 are one run (the low paragraph 3 is a bridged gap), the largest
    assert runs[1:5, 1].tolist() == [1, 1, 1, 1]
    assert runs[1, 0] == pytest.approx(1.0)
    # paragraphs 7-8 are a second, short run after it
    assert runs[7, 0] == pytest.approx(110 / 1200) and runs[7, 1] == 0
    assert runs[0, 4] == -1 and runs[9, 4] == 1 and runs[2, 4] == 0
    assert runs[9, 3] > runs[5, 3] > 0


def test_run_features_compare_a_score_with_its_run_and_neighbours() -> None:
    article = np.array([0.1, 0.95, 0.95, 0.6, 0.95, 0.95, 0.1])
    uncertain = np.array([0.1, 0.6, 0.6, 0.6, 0.6, 0.6, 0.1])
    chars = np.full(7, 100.0)
    inside_article, inside_uncertain = _run_features(article, chars)[3], _run_features(uncertain, chars)[3]
    assert inside_article[5] == pytest.approx(-0.35) and inside_uncertain[5] == pytest.approx(0.0)
    assert inside_article[6] < 0 < inside_uncertain[6]
    assert _neighbour_mean(np.array([1.0, 0.0, 0.5])).tolist() == [0.25, 0.75, 0.5]
    assert _neighbour_mean(np.array([0.4])).tolist() == [0.4]


def test_topic_features_share_the_article_subject() -> None:
    texts = [
        "The harbour authority approved the new ferry terminal on Tuesday.",
        "Ferry operators said the terminal would open next spring.",
        "Terminal construction will cost the harbour authority 40 million.",
        "Celebrity chef reveals her favourite summer salad",
        "!!!",
    ]
    words = topic_matrix(Batch(segment_strings(texts)))
    topic = _topic_features(words, np.array([0.9, 0.9, 0.5, 0.5, 0.5]))
    assert topic.shape == (5, TOPIC_COLUMNS)
    # "terminal" and "harbour authority" recur across the article; the teaser shares nothing
    assert topic[2, 0] > 0.3 and topic[0, 0] > 0.3 and topic[3, 0] == pytest.approx(0.0, abs=1e-9)
    # a paragraph's own words do not count: the teaser is alone with its subject
    assert topic[3, 1] == pytest.approx(0.0, abs=1e-9)
    assert np.isnan(topic[4]).all()  # too few topic words: no evidence either way
    # a paragraph that is all about the article's subject is as close to it as the article allows
    same = _topic_features(topic_matrix(Batch(segment_strings([texts[0], texts[0]]))), np.ones(2))
    assert same[:, 0] == pytest.approx([1.0, 1.0])


def test_distance_to_the_nearest_mark() -> None:
    assert _distance_to(np.array([2, 6]), 9).tolist() == [2, 1, 0, 1, 2, 1, 0, 1, 2]
    assert _distance_to(np.array([0]), 3).tolist() == [0, 1, 2]


def test_run_features_of_a_page_without_content() -> None:
    runs = _run_features(np.zeros(3), np.ones(3))
    assert not runs[:, [0, 1, 2, 4]].any()
    assert (runs[:, 3] > 0).all()


def test_region_features_mark_the_content_region() -> None:
    region = _region_features(np.array([0.1, 0.9, 0.2, 0.8, 0.1]))
    assert region[:, 2].tolist() == [0, 1, 1, 1, 0]
    assert region[:, 4] == pytest.approx(np.full(5, 0.42))


def test_the_score_profile_does_not_shrink_as_chrome_grows() -> None:
    article = [0.1, 0.9, 0.95, 0.9, 0.85, 0.1]
    short = _region_features(np.array(article + [0.05] * 10))
    long = _region_features(np.array(article + [0.05] * 2000))
    assert short[0, 4] == pytest.approx(long[0, 4]) == pytest.approx((0.9 + 0.95 + 0.9 + 0.85 + 0.2 + 0.2) / 10)
    assert short[0, 6] == long[0, 6] == pytest.approx(np.log1p(4))
    np.testing.assert_allclose(short[:, 5], long[: len(short), 5])


def _four_sites() -> tuple[list[Paragraph], list[int]]:
    """Four one-page sites of six paragraphs, prose and share buttons in turn."""
    X: list[Paragraph] = []
    y: list[int] = []
    for site in range(4):
        for i in range(6):
            content = i % 2 == 0
            X.append(p(PROSE if content else "Share on Facebook", index=i, source=f"site{site}"))
            y.append(int(content))
    return X, y


def test_neighbour_scores_are_out_of_fold_and_page_bound() -> None:
    X, y = _four_sites()
    stage = NeighbourScores(WordFeatures(), LogisticRegression())
    fitted = stage.fit_transform(X, y)
    assert fitted.shape == (len(X), 1 + len(SCORE_OFFSETS) + REGION_COLUMNS + RUN_COLUMNS + TOPIC_COLUMNS)
    assert (fitted[::2, 0] > fitted[1::2, 0]).all()
    # the neighbour before the first paragraph of every page is missing
    assert np.isnan(fitted[::6, 1 + SCORE_OFFSETS.index(-1)]).all()
    again = stage.transform(X)
    assert again.shape == fitted.shape


def test_contrast_features_set_a_window_against_the_page() -> None:
    # an article the first stage under-trusts: every score low, the article's far less low
    scores = np.array([0.01] * 10 + [0.2, 0.3, 0.25, 0.3] + [0.01] * 10)
    chars = np.array([20.0] * 10 + [400.0, 300.0, 500.0, 300.0] + [20.0] * 10)
    out = _contrast_features(scores, chars)
    assert out.shape == (len(scores), CONTRAST_COLUMNS)
    assert out[0, 0] == pytest.approx(0.0)  # the page's typical score
    assert out[11, 0] > 3.0 and out[11, 1] > 2.0
    assert out[:, 2].max() == 1.0 and out[:, 2].min() == 0.0  # rank within the page
    assert out[0, 2] < out[10, 2] < out[12, 2] < out[11, 2]
    assert out[12, 3] == pytest.approx(0.0) and out[0, 3] < -2.5  # against the longest paragraph
    assert out[:, 4].sum() == pytest.approx(1.0)
    # the same scores on a page twice as long keep their contrast with the page
    longer = _contrast_features(np.concatenate([scores, [0.01] * 24]), np.concatenate([chars, [20.0] * 24]))
    np.testing.assert_allclose(longer[:24, 0], out[:, 0])
    assert _contrast_features(np.zeros(0), np.zeros(0)).shape == (0, CONTRAST_COLUMNS)


def test_neighbour_scores_add_contrast_columns_on_request() -> None:
    X, y = _four_sites()
    plain = NeighbourScores(WordFeatures(), LogisticRegression()).fit_transform(X, y)
    stage = NeighbourScores(WordFeatures(), LogisticRegression(), contrast=True)
    fitted = stage.fit_transform(X, y)
    assert fitted.shape == (len(X), plain.shape[1] + CONTRAST_COLUMNS)
    np.testing.assert_array_equal(np.isnan(fitted[:, : plain.shape[1]]), np.isnan(plain))
    np.testing.assert_allclose(np.nan_to_num(fitted[:, : plain.shape[1]]), np.nan_to_num(plain))
    assert stage.transform(X).shape == fitted.shape


def test_low_run_features_set_a_line_against_its_run_of_chrome() -> None:
    # story, a three-line chrome block, a short story line the first stage half trusts, story, a last chrome line
    scores = np.array([0.9, 0.8, 0.1, 0.2, 0.1, 0.45, 0.9, 0.95, 0.3])
    out = _low_run_features(scores)
    assert out.shape == (len(scores), LOW_RUN_COLUMNS)
    assert not out[[0, 1, 6, 7]].any()  # paragraphs in no low run
    np.testing.assert_allclose(out[2:6, 0], np.log(4))  # one run of four
    assert out[5, 1] > 0.2 and out[2:5, 1].max() < 0  # the story line stands above its run's mean
    assert out[2:6, 2].tolist() == [0, 0, 0, 1]  # and is its highest score
    np.testing.assert_allclose(out[2:6, 3], 0.9)  # the best of what comes before the run
    np.testing.assert_allclose(out[2:6, 4], 0.95)  # and after it
    np.testing.assert_allclose(out[2:6, 5], np.log1p([0, 1, 2, 3]))  # from the run's start
    np.testing.assert_allclose(out[2:6, 6], np.log1p([3, 2, 1, 0]))  # to its end
    assert out[8].tolist() == [0.0, 0.0, 1.0, 0.95, 0.0, 0.0, 0.0]  # a run of one at the page's end
    assert not _low_run_features(np.full(4, 0.9)).any()


def test_coherence_features_tell_a_story_from_a_run_of_other_stories() -> None:
    story = [
        "The council voted to close the Elm Street library branch on Tuesday after a long debate.",
        "Library users said the Elm Street branch is the only one within walking distance for families.",
        "The council said the library budget could not cover repairs to the branch roof this year.",
        "Elm Street readers plan a protest outside the library before the council meets again.",
    ]
    teasers = [
        "Pop star buys a castle in Scotland for ten million pounds and plans a summer wedding there.",
        "Football club sacks its manager after seven defeats in a row ahead of the derby weekend.",
        "Heatwave warning issued for southern coast as temperatures are set to break records.",
        "Chef reveals the one ingredient every home cook should keep in the cupboard this winter.",
    ]
    X = Batch(segment_strings([*story, *teasers, "Share"]))
    out = _coherence_features(TopicRows.of(topic_matrix(X)))
    assert out.shape == (len(X), COHERENCE_COLUMNS)
    assert out[:4, 0].min() > 0.15 and out[5:8, 0].max() == 0.0  # the story's lines share words, the teasers none
    assert out[:3, 1].min() > out[5:8, 1].max()  # so does the run around each
    assert np.isnan(out[8, 0]) and not np.isnan(out[8, 1])  # a button has too few words of its own
    assert np.isnan(_coherence_features(TopicRows.of(topic_matrix(Batch(segment_strings(["Share"])))))).all()


def test_neighbour_scores_add_coherence_columns_on_request_and_old_models_have_none() -> None:
    X, y = _four_sites()
    plain = NeighbourScores(WordFeatures(), LogisticRegression())
    plain_out = plain.fit_transform(X, y)
    both = NeighbourScores(WordFeatures(), LogisticRegression(), low_runs=True, coherence=True).fit_transform(X, y)
    assert both.shape == (len(X), plain_out.shape[1] + LOW_RUN_COLUMNS + COHERENCE_COLUMNS)
    width = plain_out.shape[1] + LOW_RUN_COLUMNS
    low_runs = NeighbourScores(WordFeatures(), LogisticRegression(), low_runs=True).fit_transform(X, y)
    np.testing.assert_allclose(np.nan_to_num(both[:, :width]), np.nan_to_num(low_runs))
    served = plain.transform(X)
    del plain.__dict__["coherence"]
    old = pickle.loads(pickle.dumps(plain))
    assert old.coherence is False
    np.testing.assert_array_equal(np.nan_to_num(old.transform(X)), np.nan_to_num(served))


def test_neighbour_scores_add_low_run_columns_on_request_and_old_models_have_none() -> None:
    X, y = _four_sites()
    plain = NeighbourScores(WordFeatures(), LogisticRegression())
    plain_out = plain.fit_transform(X, y)
    stage = NeighbourScores(WordFeatures(), LogisticRegression(), low_runs=True)
    fitted = stage.fit_transform(X, y)
    assert fitted.shape == (len(X), plain_out.shape[1] + LOW_RUN_COLUMNS)
    np.testing.assert_allclose(np.nan_to_num(fitted[:, : plain_out.shape[1]]), np.nan_to_num(plain_out))
    # a stage pickled before the parameter existed reads as without it
    served = plain.transform(X)
    del plain.__dict__["low_runs"]
    old = pickle.loads(pickle.dumps(plain))
    assert old.low_runs is False
    np.testing.assert_array_equal(np.nan_to_num(old.transform(X)), np.nan_to_num(served))


def test_a_stacked_stage_fits_its_inner_stage_with_labels_and_weights() -> None:
    X, y = _four_sites()
    inner = Concat([("stage1", NeighbourScores(WordFeatures(), LabelledOnly(LogisticRegression())))])
    weights = np.ones(len(X))
    weights[1::6] = 0.0  # the second paragraph of every page is unlabelled
    outer = NeighbourScores(
        inner, LabelledOnly(HistGradientBoostingClassifier(max_iter=5, min_samples_leaf=2)), stacked=True
    )
    fitted = outer.fit_transform(X, y, sample_weight=weights)
    stage1 = outer.features_.transformer_list[0][1]
    # the inner stage learned from the labels and from the weighted rows only
    rows = weights > 0
    expected = LogisticRegression().fit(
        WordFeatures().transform(X)[rows], np.asarray(y)[rows], sample_weight=weights[rows]
    )
    np.testing.assert_allclose(stage1.classifier_.estimator_.coef_, expected.coef_)
    assert outer.classifier_.estimator_.n_iter_ == 5
    assert fitted.shape == (len(X), 1 + len(SCORE_OFFSETS) + REGION_COLUMNS + RUN_COLUMNS + TOPIC_COLUMNS)
    served = outer.transform(X)
    assert served.shape == fitted.shape
    # served scores come from the booster fitted on everything, through its own trees
    matrix = outer.features_.transform(X)
    np.testing.assert_array_equal(served[:, 0], outer.classifier_.predict_proba(matrix)[:, 1])


def test_cross_fitting_folds_are_fold_of_the_source() -> None:
    sources = [f"site{i}" for i in range(12) for _ in range(3)]
    splits = NeighbourScores(WordFeatures(), LogisticRegression())._folds(sources)
    assert splits is not None and len(splits) == len({fold_of(s) for s in sources})
    for _, test in splits:
        assert len({fold_of(sources[i]) for i in test}) == 1
        # a source is scored by a copy that never saw it, nor anything else of its fold
        assert {sources[i] for i in test} == {s for s in sources if fold_of(s) == fold_of(sources[test[0]])}


def test_cross_fitting_with_few_sources_in_one_fold() -> None:
    one_fold = [s for s in (f"s{i}" for i in range(50)) if fold_of(s) == 0][:2]
    splits = NeighbourScores(WordFeatures(), LogisticRegression())._folds([one_fold[0], one_fold[1], one_fold[1]])
    assert splits is not None and len(splits) == 2
    assert NeighbourScores(WordFeatures(), LogisticRegression())._folds(["only", "only"]) is None


def test_labelled_only_drops_zero_weight_rows_and_subsamples() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100, 3))
    y = (X[:, 0] > 0).astype(int)
    weights = np.where(np.arange(100) < 50, 1.0, 0.0)
    model = LabelledOnly(LogisticRegression(), max_samples=20, random_state=1).fit(X, y, sample_weight=weights)
    assert model.estimator_.n_features_in_ == 3
    assert model.predict_proba(X).shape == (100, 2)


@pytest.mark.parametrize("n", [1, 2, WINDOW, 2 * WINDOW + 1, 50])
def test_the_window_mean_repeats_the_page_ends(n: int) -> None:
    scores = np.random.default_rng(n).random(n)
    padded = np.pad(scores, WINDOW, mode="edge")
    expected = np.convolve(padded, np.ones(2 * WINDOW + 1) / (2 * WINDOW + 1), mode="valid")
    np.testing.assert_array_equal(_window_mean(scores), expected)


def test_a_batch_keeps_its_pages_topic_rows_and_every_stage_reads_them_alike() -> None:
    texts = ["The council voted on the new budget for the city parks.", "Subscribe now", "Parks budget vote"]
    X = [q for _ in range(2) for q in segment_strings(texts + texts[:2])]
    batch = Batch(X)
    stage = NeighbourScores(features=None, classifier=None, contrast=True, low_runs=True, coherence=True)
    for scores in (np.linspace(0.1, 0.9, len(X)), np.full(len(X), 0.5)):  # a second stage reads the cached rows
        np.testing.assert_array_equal(stage._features(batch, scores), stage._features(list(X), scores))
    assert "topic_pages" in batch.cache and len(batch.cache["topic_pages"]) == 2
    assert len(batch.cache["coherence_pages"]) == 2


def test_script_columns_say_how_much_of_a_line_and_its_page_the_training_articles_scripts_write() -> None:
    texts = ["The council voted on the budget.", "שלום עולם, מה שלומכם?", "12:30", "Привет мир"]
    batch = Batch(segment_strings(texts))
    out = _script_features(batch)
    assert out.shape == (len(texts), SCRIPT_COLUMNS)
    assert out[0, 0] == 1.0 and out[1, 0] == 0.0 and np.isnan(out[2, 0]) and out[3, 0] == 1.0
    letters = [sum(map(str.isalpha, t)) for t in texts]
    np.testing.assert_allclose(out[:, 1], (letters[0] + letters[3]) / sum(letters))  # the page's letters
    assert "scripts" in batch.cache


def test_neighbour_scores_add_script_columns_on_request_and_old_models_have_none() -> None:
    X, y = _four_sites()
    plain = NeighbourScores(WordFeatures(), LogisticRegression())
    plain_out = plain.fit_transform(X, y)
    scripts = NeighbourScores(WordFeatures(), LogisticRegression(), scripts=True).fit_transform(X, y)
    assert scripts.shape == (len(X), plain_out.shape[1] + SCRIPT_COLUMNS)
    np.testing.assert_allclose(np.nan_to_num(scripts[:, : plain_out.shape[1]]), np.nan_to_num(plain_out))
    served = plain.transform(X)
    del plain.__dict__["scripts"]
    old = pickle.loads(pickle.dumps(plain))
    assert old.scripts is False
    np.testing.assert_array_equal(np.nan_to_num(old.transform(X)), np.nan_to_num(served))
