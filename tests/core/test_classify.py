"""The public entry point: classify."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service import EmptyInputError, InputError, Label, LimitExceededError, Limits, Mode, Model, classify
from service.core import features, scoring
from service.core import segment as segmentation
from service.core.classify import SCORE_DIGITS, forget_pages, mapped_scores, score_paragraphs, segment, shown_score
from service.core.parse import parse_html
from service.core.scoring import TEXT_SAYS_CHROME, content_scores
from service.core.segment import segment_tree
from service.core.types import Batch
from tests.builders import fixture_pages


def test_html_text_and_paragraph_modes(tiny_model: Model) -> None:
    page = fixture_pages()[0]
    html = classify(tiny_model, html=page.data)
    assert html.mode is Mode.HTML
    assert [q.index for q in html.paragraphs] == list(range(len(html.paragraphs)))
    assert all(q.path for q in html.paragraphs)
    assert all(0.0 <= q.score <= 1.0 for q in html.paragraphs)
    text = classify(tiny_model, text="\n".join(q.text for q in html.paragraphs))
    assert text.mode is Mode.TEXT and len(text.paragraphs) == len(html.paragraphs)
    assert all(q.path is None for q in text.paragraphs)
    listed = classify(tiny_model, paragraphs=[q.text for q in html.paragraphs])
    assert listed.mode is Mode.PARAGRAPHS
    assert [q.score for q in listed.paragraphs] == [q.score for q in text.paragraphs]


def test_results_hold_the_scores_rounded_and_labelled_at_the_threshold(tiny_model: Model) -> None:
    for page in fixture_pages():
        for given in ({"html": page.data}, {"text": classify(tiny_model, html=page.data).content_text}):
            mode, segmentation = segment(**given)
            raw = score_paragraphs(tiny_model, mode, Batch(segmentation.paragraphs), fragment=segmentation.fragment)
            scores = mapped_scores(tiny_model, mode, raw)
            result = classify(tiny_model, **given)
            assert [(q.score, type(q.score)) for q in result.paragraphs] == [
                (round(float(s), SCORE_DIGITS), float) for s in scores
            ]
            cut = tiny_model.threshold
            assert [q.label for q in result.paragraphs] == [Label.CONTENT if s >= cut else Label.CHROME for s in scores]


def test_content_text_is_the_content_paragraphs(tiny_model: Model) -> None:
    result = classify(tiny_model, html=fixture_pages()[2].data)
    assert result.content_text == "\n".join(q.text for q in result.paragraphs if q.label is Label.CONTENT)
    assert result.stats["paragraphs"] == result.stats["content"] + result.stats["chrome"]


def test_threshold_moves_labels(tiny_model: Model) -> None:
    page = fixture_pages()[0].data
    everything = classify(tiny_model, html=page, threshold=0.0)
    strictest = classify(tiny_model, html=page, threshold=1.0)
    assert all(q.label is Label.CONTENT for q in everything.paragraphs)
    assert all((q.label is Label.CONTENT) == (q.score == 1.0) for q in strictest.paragraphs)
    assert any(q.label is Label.CHROME for q in strictest.paragraphs)


def test_deterministic(tiny_model: Model) -> None:
    page = fixture_pages()[3].data
    assert classify(tiny_model, html=page) == classify(tiny_model, html=page)


def test_exactly_one_input(tiny_model: Model) -> None:
    with pytest.raises(EmptyInputError):
        classify(tiny_model)
    with pytest.raises(EmptyInputError):
        classify(tiny_model, html="<p>x</p>", text="x")


def test_empty_inputs_give_empty_results(tiny_model: Model) -> None:
    assert classify(tiny_model, html="").paragraphs == []
    assert classify(tiny_model, text="\n \n").paragraphs == []
    assert classify(tiny_model, paragraphs=[]).content_text == ""


def test_paragraph_limit(tiny_model: Model) -> None:
    with pytest.raises(LimitExceededError):
        classify(tiny_model, text="a\n" * 11, limits=Limits(max_paragraphs=10))
    with pytest.raises(LimitExceededError):
        classify(tiny_model, html="<p>a</p>" * 11, limits=Limits(max_paragraphs=10))


def story_lines() -> list[str]:
    """The first four content lines of a fixture page."""
    return fixture_pages()[0].content[:4]


def article_page(lines: list[str], *, shell: bool = True) -> str:
    """The lines as paragraphs of an ``<article>``, in a page shell or alone (a fragment)."""
    article = "<article>" + "".join(f"<p>{line}</p>" for line in lines) + "</article>"
    return f"<html><body>{article}</body></html>" if shell else article


def test_html_is_scored_by_both_models(tiny_model: Model) -> None:
    lines = [*story_lines(), "Subscribe now"]
    whole = article_page(lines)
    fragment = classify(tiny_model, html=article_page(lines, shell=False))
    page = classify(tiny_model, html=whole)
    text = classify(tiny_model, paragraphs=[p.text for p in page.paragraphs])
    alone = content_scores(tiny_model.pipelines["html"], Batch(segment_tree(parse_html(whole)).paragraphs))
    assert fragment.fragment and not page.fragment
    assert [p.text for p in fragment.paragraphs] == [p.text for p in page.paragraphs]
    for f, p, t, h in zip(fragment.paragraphs, page.paragraphs, text.paragraphs, alone, strict=True):
        mean = (h + t.score) / 2
        assert f.score == pytest.approx(mean, abs=2e-4)  # scores are rounded
        assert p.score == pytest.approx(mean if t.score < TEXT_SAYS_CHROME else h, abs=2e-4)


def test_a_model_loaded_without_its_text_pass_reads_html_with_the_html_model_alone(tiny_model: Model) -> None:
    whole = article_page(story_lines())
    alone = replace(tiny_model, text_pass=False)
    expected = content_scores(tiny_model.pipelines["html"], Batch(segment_tree(parse_html(whole)).paragraphs))
    for html in (whole, article_page(story_lines(), shell=False)):  # a page and a fragment
        scores = [p.score for p in classify(alone, html=html).paragraphs]
        assert scores == pytest.approx(expected.tolist(), abs=1e-4)
    text = "\n".join(story_lines())
    assert classify(alone, text=text).paragraphs == classify(tiny_model, text=text).paragraphs


@pytest.mark.parametrize("threshold", [float("nan"), float("inf"), -0.1, 1.5, 10**400, "0.5", True, None.__class__])
def test_a_threshold_that_is_not_a_number_in_0_1_is_refused(tiny_model: Model, threshold: object) -> None:
    with pytest.raises(InputError, match="threshold"):
        classify(tiny_model, text="One line.", threshold=threshold)  # type: ignore[arg-type]


def test_one_string_is_not_a_list_of_paragraphs(tiny_model: Model) -> None:
    with pytest.raises(InputError, match="paragraphs"):
        classify(tiny_model, paragraphs="Hello world")
    assert len(classify(tiny_model, paragraphs=["Hello world"]).paragraphs) == 1


@pytest.mark.parametrize(
    ("score", "cut", "shown"),
    [
        (0.2939914, 0.294, 0.2939),  # rounds up onto the cut: shown below it, as labelled
        (0.29404, 0.29404, 0.2941),  # at the cut exactly: shown at or above it
        (0.29396, 0.29397, 0.2939),
        (0.6123449, 0.5, 0.6123),
        (0.49999, 0.5, 0.4999),
        (0.99996, 1.0, 0.9999),
    ],
)
def test_the_shown_score_stays_on_its_labels_side(score: float, cut: float, shown: float) -> None:
    assert shown_score(score, cut) == shown
    assert (shown_score(score, cut) >= cut) == (score >= cut)


def test_a_bom_opening_text_is_not_part_of_it(tiny_model: Model) -> None:
    lines = "The council met on Tuesday.\nSubscribe now."
    assert classify(tiny_model, text="\ufeff" + lines) == classify(tiny_model, text=lines)


def test_caller_split_paragraphs_keep_their_positions(tiny_model: Model) -> None:
    """Empty entries are dropped, but each result's index is where the caller had the paragraph,
    so ``mine[p.index]`` is always the paragraph ``p`` labels."""
    mine = ["Storm hits coast", "", "The storm reached the coast on Monday, officials said.", "   ", "Subscribe now"]
    result = classify(tiny_model, paragraphs=mine)
    assert [q.index for q in result.paragraphs] == [0, 2, 4]
    assert all(mine[q.index] == q.text for q in result.paragraphs)
    dense = classify(tiny_model, paragraphs=[m for m in mine if m.strip()])
    assert [q.score for q in result.paragraphs] == [q.score for q in dense.paragraphs]


@pytest.mark.parametrize(
    "given",
    [
        {"paragraphs": ["ok", None]},
        {"paragraphs": ["ok", float("nan")]},
        {"paragraphs": ["ok", b"bytes"]},
        {"paragraphs": {"a": 1}},
        {"paragraphs": iter(["a"])},
        {"text": 5},
        {"html": 5},
        {"html": ["<p>a</p>"]},
    ],
)
def test_inputs_of_the_wrong_type_are_input_errors(tiny_model: Model, given: dict) -> None:
    with pytest.raises(InputError):
        classify(tiny_model, **given)


def test_a_bytearray_or_memoryview_reads_as_bytes(tiny_model: Model) -> None:
    page = b"<p>The council met on Tuesday and voted to extend the harbour.</p>"
    expected = [(q.text, q.score) for q in classify(tiny_model, html=page).paragraphs]
    for view in (bytearray(page), memoryview(page)):
        assert [(q.text, q.score) for q in classify(tiny_model, html=view).paragraphs] == expected
    assert classify(tiny_model, text=bytearray(b"One line.\nTwo lines.")).paragraphs


def test_the_byte_limit_holds_for_text_and_paragraphs_too(tiny_model: Model) -> None:
    limits = Limits(max_bytes=100)
    for given in ({"text": "é" * 51}, {"text": b"x" * 101}, {"paragraphs": ["x" * 60, "y" * 41]}):
        with pytest.raises(LimitExceededError, match="input bytes"):
            classify(tiny_model, limits=limits, **given)
    assert classify(tiny_model, text="x" * 100, limits=limits).paragraphs


def test_invisible_characters_alone_make_no_paragraph(tiny_model: Model) -> None:
    """A ``<p>&#8203;</p>`` spacer, a word joiner or a soft hyphen alone shows nothing."""
    html = "<p>&#8203;</p><p>&nbsp;</p><p>\u2060</p><p>&#xad;</p><p>\ufeff \u200d</p><p>Seen\u200b.</p>"
    assert [q.text for q in classify(tiny_model, html=html).paragraphs] == ["Seen."]  # the break hint dropped
    assert [q.text for q in classify(tiny_model, text="\u200b\n\u00ad\nSeen").paragraphs] == ["Seen"]
    assert [q.index for q in classify(tiny_model, paragraphs=["\u200b", "Seen"]).paragraphs] == [1]


def test_control_characters_are_dropped(tiny_model: Model) -> None:
    """A text body of NUL bytes came back as one paragraph labelled content; control characters
    (which an HTML parser drops already) draw nothing, in text and paragraphs too."""
    assert classify(tiny_model, text=b"\x00" * 1000).paragraphs == []  # as blank text is
    assert [q.text for q in classify(tiny_model, text="Port\x00 reopened\x7f\n\x01\x02\nCaf\u00e9\x9b").paragraphs] == [
        "Port reopened",
        "Caf\u00e9",
    ]
    assert [q.index for q in classify(tiny_model, paragraphs=["\x1b", "Seen\x08"]).paragraphs] == [1]


def test_text_is_in_normal_form_c(tiny_model: Model) -> None:
    """Canonically equivalent spellings are one text: a decomposed ``e`` + acute is ``é``, and a
    Bengali ড় written as one code point (a composition exclusion) is ড + nukta, as trafilatura writes it."""
    html = "<p>Cafe\u0301 cre\u0300me</p><p>\u09b8\u09be\u09dc\u09c7</p>"
    assert [q.text for q in classify(tiny_model, html=html).paragraphs] == [
        "Caf\u00e9 cr\u00e8me",
        "\u09b8\u09be\u09a1\u09bc\u09c7",
    ]
    assert classify(tiny_model, text="Cafe\u0301").paragraphs[0].text == "Caf\u00e9"


def test_forget_pages_empties_every_memo_a_page_fills(tiny_model: Model) -> None:
    memos = [
        scoring._remembered_verdict,
        segmentation._split_tokens,
        segmentation.local_name,
        features._token_cues,
    ]
    page = '<div class="story-body"><p class="lead">The council met on Tuesday.</p><p>Share</p></div>'
    classify(tiny_model, html=page)
    assert all(memo.cache_info().currsize > 0 for memo in memos)
    before = classify(tiny_model, html=page)
    forget_pages()
    assert all(memo.cache_info().currsize == 0 for memo in memos)
    assert classify(tiny_model, html=page) == before  # what is remembered never changes a result
