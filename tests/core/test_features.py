"""Feature transformers over paragraphs."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.base import clone
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MaxAbsScaler

from service.core.features import (
    MARKUP_HASH_FEATURES,
    SHAPE_NAMES,
    Concat,
    ContextFeatures,
    CueFeatures,
    PrefixFeatures,
    ShapeFeatures,
    WordFeatures,
    _counts,
    _hasher,
    dense_csr,
    links_matrix,
    links_token,
    page_bounds,
    position_matrix,
    repeat_matrix,
    shift_within_pages,
    structure_tokens,
    topic_words,
    word_matrix,
    word_ngrams,
)
from service.core.lexicon import CUES
from service.core.types import Batch
from tests.builders import p


def page(*texts: str) -> list:  # type: ignore[type-arg]
    return [p(t, i) for i, t in enumerate(texts)]


def test_page_bounds_split_at_index_zero() -> None:
    X = page("a", "b", "c") + page("d", "e")
    assert page_bounds(X) == [(0, 3), (3, 5)]


def test_a_batch_finds_its_pages_once_and_again_when_it_grows() -> None:
    batch = Batch(page("a", "b", "c") + page("d", "e"))
    bounds = page_bounds(batch)
    assert bounds == page_bounds(list(batch)) == [(0, 3), (3, 5)]
    bounds.append((9, 9))  # a caller's copy: the batch's own stays as it was
    assert page_bounds(batch) == [(0, 3), (3, 5)]
    batch.extend(page("f"))
    assert page_bounds(batch) == [(0, 3), (3, 5), (5, 6)]
    assert page_bounds(batch.take([3, 4])) == [(0, 2)]


def test_shift_stays_within_pages() -> None:
    X = page("a", "b") + page("c")
    values = np.array([[1.0], [2.0], [3.0]])
    shifted = shift_within_pages(values, X, 1)
    assert shifted[0, 0] == 2.0 and np.isnan(shifted[1, 0]) and np.isnan(shifted[2, 0])
    back = shift_within_pages(values, X, -1)
    assert np.isnan(back[0, 0]) and back[1, 0] == 1.0 and np.isnan(back[2, 0])


def test_position_features() -> None:
    pos = position_matrix(page("a", "b", "c"))
    assert pos[:, 0].tolist() == [0.0, 0.5, 1.0]


def test_shape_features_tell_prose_from_ui() -> None:
    X = page("The council voted on Tuesday to approve the plan, officials said.", "SUBSCRIBE NOW", "₹900 per month")
    M = ShapeFeatures(markup=False).fit_transform(X)
    col = {name: i for i, name in enumerate(SHAPE_NAMES)}
    assert M.shape == (3, len(SHAPE_NAMES) + 2 * len(CUES))
    assert M[0, col["stopword_density"]] > M[1, col["stopword_density"]]
    assert M[0, col["ends_sentence"]] == 1.0 and M[1, col["ends_sentence"]] == 0.0
    assert M[1, col["upper_ratio"]] == 1.0
    assert M[2, col["has_price"]] == 1.0
    kinds = list(CUES)
    assert M[2, len(SHAPE_NAMES) + kinds.index("pricing")] == 1.0


def test_shape_features_count_words_and_sentences_of_unspaced_scripts() -> None:
    prose = "市议会周二投票通过了这项计划。官员们说，新的预算将在明年生效。"
    label = "注册账户"
    M = ShapeFeatures(markup=False).fit_transform(page(prose, label, "서울 시의회는 화요일 계획을 승인했다"))
    col = {name: i for i, name in enumerate(SHAPE_NAMES)}
    # a run of Han is several words of about two characters, not one long word
    assert M[0, col["log_words"]] == pytest.approx(np.log1p(30 / 1.7), abs=0.1)
    assert M[0, col["mean_word_len"]] < 2 and M[1, col["mean_word_len"]] < 2
    assert M[0, col["stopword_density"]] > M[1, col["stopword_density"]] == 0
    assert M[0, col["log_sentences"]] == pytest.approx(np.log1p(1))  # one break between two sentences
    assert M[2, col["log_words"]] == pytest.approx(np.log1p(5))  # Hangul is spaced: words as written


def test_shape_features_do_not_tell_the_script() -> None:
    """No column says "this is Chinese": injected chrome made the script itself a chrome cue."""
    zh = "市议会周二投票通过了这项计划。官员们说，新的预算将在明年生效。"
    M = ShapeFeatures(markup=False).fit_transform(page(zh, "école élue à Paris", "Read More Stories Here"))
    col = {name: i for i, name in enumerate(SHAPE_NAMES)}
    assert not any("cjk" in name for name in SHAPE_NAMES)
    # only capital letters start capitalised words: not Han, not a lower-case accented letter
    assert M[0, col["capitalised_ratio"]] == 0.0
    assert M[1, col["capitalised_ratio"]] == 0.25  # "Paris", not "école" or "élue"
    assert M[2, col["capitalised_ratio"]] == 1.0


def test_cues_match_phrases_cjk_and_symbols() -> None:
    kinds = list(CUES)
    flags = CueFeatures().fit_transform(page("Already a subscriber? Log in", "続きを読む", "© 2024", "Log", "in"))
    assert flags[0, kinds.index("login")] == 1.0
    assert flags[1, kinds.index("paywall")] == 1.0
    assert flags[2, kinds.index("legal")] == 1.0
    assert not flags[3:].any()  # a phrase never spans two paragraphs


def test_cues_that_open_a_paragraph_are_flagged_again() -> None:
    """ "Also read: ..." is a related link; "we also read" in a sentence is not: the second block of columns tells them apart."""
    kinds, width = list(CUES), len(CUES)
    texts = ("Also Read: Port strike enters third day", "We also read the report", "→ 続きを読む", "今日は続きを読む")
    flags = CueFeatures().fit_transform(page(*texts))
    assert flags.shape[1] == 2 * width
    related, paywall = kinds.index("related"), kinds.index("paywall")
    assert flags[0, related] == flags[1, related] == 1.0
    assert flags[0, width + related] == 1.0 and flags[1, width + related] == 0.0
    assert flags[2, width + paywall] == 1.0 and flags[3, paywall] == 1.0 and flags[3, width + paywall] == 0.0
    assert not (flags[:, width:] > flags[:, :width]).any()  # opening a paragraph implies holding a cue
    np.testing.assert_array_equal(CueFeatures(opening=False).fit_transform(page(*texts)), flags[:, :width])


def test_markup_features_only_in_html_mode() -> None:
    html_para = p("x", tag="li", ancestors=("html", "body", "nav", "ul", "li"), tokens=("menu",), depth=5)
    assert "tok=menu" in structure_tokens(html_para) and "anc=nav" in structure_tokens(html_para)
    assert structure_tokens(p("x")) == ["nomarkup"]
    width_html = ShapeFeatures(markup=True).fit_transform([html_para]).shape[1]
    width_text = ShapeFeatures(markup=False).fit_transform([html_para]).shape[1]
    assert width_html > width_text


def test_word_ngrams_use_character_bigrams_for_cjk() -> None:
    grams = word_ngrams(p("Price 2024 東京都"))
    assert "price" in grams and "0" in grams and "東京" in grams and "京都" in grams and "price 0" in grams


@pytest.mark.parametrize("text", ["", "Word", "The mayor of Lyon said 2024 was dry", "東京都 Price 東京", "a b c"])
def test_topic_words_are_the_distinct_long_unigrams_that_are_not_stopwords_or_numbers(text: str) -> None:
    grams = word_ngrams(p(text))
    stop = frozenset({"the", "of", "was"})
    expected = list(dict.fromkeys(g for g in grams if " " not in g and len(g) >= 2 and g not in stop and g != "0"))
    assert topic_words(grams, stop) == expected


def test_context_features_include_neighbours_and_are_stateless() -> None:
    X = page("one", "two words here.", "three")
    transformer = ContextFeatures(markup=False)
    M = transformer.fit_transform(X)
    assert M.shape[0] == 3
    assert np.isnan(M[0]).any() and not np.isnan(M[1, : len(SHAPE_NAMES)]).any()
    assert np.array_equal(np.nan_to_num(clone(transformer).fit_transform(X)), np.nan_to_num(M))


def test_word_forms_share_their_prefix_and_short_words_have_none() -> None:
    X = Batch(
        [p("Abonnieren Sie jetzt", 0), p("Nur für Abonnenten", 1), p("Log in 東京都 मुफ़्त", 2), p("The rain fell.", 3)]
    )
    M = PrefixFeatures().fit_transform(X).toarray()
    assert M[0] @ M[1] > 0, "abonnieren and abonnenten share 'abo'"
    assert not M[2].any(), "short words, CJK bigrams and words with vowel signs have no prefix"
    assert M[0] @ M[3] == 0
    np.testing.assert_allclose(np.linalg.norm(M[[0, 1, 3]], axis=1), 1.0)


@pytest.mark.parametrize("transformer", [ShapeFeatures(), ContextFeatures(), PrefixFeatures()])
def test_transformers_follow_estimator_conventions(transformer) -> None:  # type: ignore[no-untyped-def]
    assert clone(transformer).get_params() == transformer.get_params()
    assert transformer.__sklearn_tags__().requires_fit is False


def test_repeats_are_counted_within_each_page() -> None:
    X = page("menu", "story", "menu") + page("menu")
    counts = np.expm1(repeat_matrix(X))
    assert counts.tolist() == [[0.0, 1.0], [0.0, 0.0], [1.0, 1.0], [0.0, 0.0]]


def test_repeat_counts_are_those_of_a_walk_through_each_page() -> None:
    rng = np.random.default_rng(0)
    X = [q for size in (1, 5, 40, 3) for q in page(*rng.choice(["a", "b", "c", "d", "e"], size=size).tolist())]
    expected = []
    for start, end in page_bounds(X):
        texts = [q.text for q in X[start:end]]
        expected.extend([texts[:i].count(t), texts.count(t) - 1] for i, t in enumerate(texts))
    np.testing.assert_array_equal(repeat_matrix(Batch(X)), np.log1p(np.array(expected, dtype=np.float64)))


def test_agency_names_are_not_disclaimer_cues() -> None:
    """A dateline names its agency as a syndication note does: only the note's own words are disclaimer cues."""
    kinds = list(CUES)
    flags = CueFeatures().fit_transform(
        page("LONDON (Reuters) - Shares rose on Monday.", "This story was auto-generated from a syndicated feed.")
    )
    assert flags[0, kinds.index("agency")] == 1.0 and flags[0, kinds.index("disclaimer")] == 0.0
    assert flags[1, kinds.index("disclaimer")] == 1.0


def test_folded_word_matrix_adds_colliding_columns_and_leaves_the_full_one_alone() -> None:
    batch = Batch([p("The council approved the budget after a long debate.", 0), p("Subscribe now", 1), p("Log in", 2)])
    full = word_matrix(batch)
    before = full.toarray().copy()
    folded = word_matrix(batch, 2**4)  # 16 columns: hashes collide
    np.testing.assert_array_equal(full.toarray(), before)
    expected = np.zeros((3, 2**4))
    for row, col in zip(*full.nonzero(), strict=True):
        expected[row, col % 2**4] += full[row, col]
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    np.testing.assert_allclose(folded.toarray(), expected)
    assert folded.has_canonical_format
    np.testing.assert_allclose(np.linalg.norm(full.toarray(), axis=1), 1.0)


def test_vowel_signs_belong_to_their_word() -> None:
    """``\\w`` lacks combining marks: without them Hindi words were cut at every vowel sign."""
    hindi = "सरकार ने मंगलवार को नई योजना की घोषणा की। अधिकारियों ने कहा कि यह अगले साल लागू होगी।"
    assert {"सरकार", "मंगलवार", "घोषणा", "अधिकारियों"} <= set(word_ngrams(p(hindi)))
    M = ShapeFeatures(markup=False).fit_transform(page(hindi, "सब्सक्राइब करें"))
    col = {name: i for i, name in enumerate(SHAPE_NAMES)}
    assert M[0, col["log_words"]] == pytest.approx(np.log1p(18))
    assert M[0, col["punct_ratio"]] < 0.05  # the two dandas, not the vowel signs
    assert M[0, col["ends_sentence"]] == 1.0 and M[0, col["log_sentences"]] == pytest.approx(np.log1p(1))
    assert M[0, col["stopword_density"]] > 0.2 > M[1, col["stopword_density"]]
    kinds = list(CUES)
    assert M[1, len(SHAPE_NAMES) + kinds.index("subscribe")] == 1.0


def test_a_scaled_part_of_a_union_is_what_its_pipeline_gives() -> None:
    # the union divides by the fitted scale itself (no per-call validation): the same numbers, bit for bit
    shape = make_pipeline(ShapeFeatures(markup=False), MaxAbsScaler())
    words = make_pipeline(WordFeatures(), MaxAbsScaler())  # sparse output: the scaler's own path
    union = Concat([("shape", shape), ("words", words)]).fit(
        page("Subscribe now", "The council met on Tuesday.", "Home")
    )
    X = Batch(page("Read more", "Prices rose by 4.5% in March, the statistics office said.", "€9.99"))
    np.testing.assert_array_equal(Concat([("shape", shape)]).transform(X), shape.transform(X))
    expected = np.hstack([shape.transform(X), words.transform(X).toarray()])
    np.testing.assert_array_equal(union.transform(X).toarray(), expected)


def test_the_links_matrix_is_the_hashed_links_tokens() -> None:
    # shares on a rounding tie (0.125 * 4 = 0.5, 0.375 * 4 = 1.5, 0.625 * 4 = 2.5) round half to even
    tagged = [p("x" * 8, i, tag="a", link_chars=i) for i in range(9)]
    X = [*tagged, p("no markup", 9, link_chars=3), p("", 10, tag="p"), p("over", 11, tag="p", link_chars=9)]
    hasher = _hasher(MARKUP_HASH_FEATURES)
    for rows in (X, X[9:10], []):
        expected = _counts(hasher, [[links_token(q)] if q.tag else [] for q in rows]) if rows else None
        built = links_matrix(hasher, rows)
        assert built.shape == (len(rows), MARKUP_HASH_FEATURES)
        if expected is not None:
            for part in ("data", "indices", "indptr"):
                assert getattr(built, part).dtype == getattr(expected, part).dtype
                np.testing.assert_array_equal(getattr(built, part), getattr(expected, part))
    assert len({links_token(q) for q in tagged}) == 5


def test_a_dense_block_becomes_the_csr_matrix_scipy_makes_of_it() -> None:
    rng = np.random.default_rng(0)
    values = rng.normal(size=(40, 13))
    values[rng.random(values.shape) < 0.6] = 0.0
    values[3] = 0.0  # an empty row
    values[5, :4] = [-0.0, np.nan, np.inf, -np.inf]
    for X in (values, np.asfortranarray(values), values[:0], values[:, :0], (values > 0).astype(np.int64)):
        built, expected = dense_csr(X), sparse.csr_matrix(X)
        assert built.shape == expected.shape
        for part in ("data", "indices", "indptr"):
            assert getattr(built, part).dtype == getattr(expected, part).dtype, part
            np.testing.assert_array_equal(getattr(built, part), getattr(expected, part))
