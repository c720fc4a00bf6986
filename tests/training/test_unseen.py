"""The unseen publishers' pages: their truth, the labels drawn from it, and the report on them."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from service import load_model
from service.core.kinds import KINDS
from service.core.recalibrate import Piece, ScoreMap
from training.__main__ import main
from training.unseen import (
    FOREIGN_DIR,
    PROBES_DIR,
    UNSEEN_DIR,
    body_start,
    chrome_kinds,
    load_unseen,
    truth_mismatch,
    unseen_checksum,
    unseen_report,
)


@pytest.fixture(scope="module")
def pages():
    return load_unseen()


def test_every_page_segments_into_exactly_the_blocks_of_its_truth(pages) -> None:
    assert len(pages) >= 52 and len({p.lang for p in pages}) >= 25
    for page in pages:
        truth = json.loads((UNSEEN_DIR / f"{page.name}.truth.json").read_text(encoding="utf-8"))
        blocks = Counter(truth["content"] + truth["chrome"] + truth.get("ambiguous", []))
        assert Counter(p.text for p in page.paragraphs) == blocks, page.name


def test_the_head_of_a_story_and_ambiguous_blocks_are_not_scored(pages) -> None:
    for page in pages:
        truth = json.loads((UNSEEN_DIR / f"{page.name}.truth.json").read_text(encoding="utf-8"))
        head = truth["content"][: body_start(truth["content"])]
        for paragraph, label in zip(page.paragraphs, page.labels, strict=True):
            if paragraph.text in head or paragraph.text in truth.get("ambiguous", []):
                assert label is None
            elif paragraph.text in truth["chrome"] and paragraph.text not in truth["content"]:
                assert label == 0
        assert page.labels.count(1) >= 3 and page.labels.count(0) >= 3
        assert page.body.split("\n")[0] not in head


def test_body_start_is_the_first_long_block() -> None:
    assert body_start(["Headline", "By A. Writer", "x " * 20, "Short"]) == 2
    assert body_start(["Only", "short", "blocks"]) == 0


def test_the_report_scores_both_modes_and_changes_with_the_data(pages) -> None:
    model = load_model()
    report = unseen_report(model.pipelines, pages, competitors=False)
    assert report["pages"] == len(pages)
    for mode in ("html", "text"):
        figures = report[mode]
        assert 0.5 < figures["f1"] <= 1 and 0 <= figures["chrome_kept"] < 0.2 and 0 <= figures["body_dropped"] < 0.5
        assert figures["chrome"] == sum(p.labels.count(0) for p in pages)
        assert 0 <= figures["ece"] < 0.3
    lifted = {"html": ScoreMap(0.5, Piece((0.0, 0.4999), (0.0, 0.0)), Piece((0.5, 1.0), (1.0, 1.0)))}
    mapped = unseen_report(model.pipelines, pages, competitors=False, score_maps=lifted)
    assert mapped["text"] == report["text"] and mapped["html"]["f1"] == report["html"]["f1"]
    assert mapped["html"]["ece"] != report["html"]["ece"]  # every score 0 or 1: the error is the share mislabelled
    one = unseen_report(model.pipelines, pages[:1], competitors=False)
    assert one["pages"] == 1 and one["html"]["chrome"] < report["html"]["chrome"]
    for mode in ("html", "text"):
        kinds = report[mode]["kinds"]
        dropped = report[mode]["chrome"] * (1 - report[mode]["chrome_kept"])
        assert kinds["lines"] == pytest.approx(dropped, abs=1) and 0.4 < kinds["accuracy"] < 1
        assert set(kinds["by_kind"]) <= set(KINDS) and kinds["by_kind"]["navigation"]["lines"] > 100
        assert one[mode]["kinds"]["lines"] < kinds["lines"]
        paywall = report[mode]["paywall"]
        walled = sum("paywall" in p.kinds for p in pages)
        assert paywall["pages_with_wall"] == walled >= 10 and paywall["pages_without"] == len(pages) - walled
        assert walled / 2 < paywall["detected"] <= walled and paywall["flagged_without"] <= paywall["pages_without"] / 4


@pytest.mark.parametrize("directory", [UNSEEN_DIR, FOREIGN_DIR, PROBES_DIR], ids=["unseen", "foreign", "probes"])
def test_every_chrome_block_of_every_written_page_has_a_kind(directory) -> None:  # type: ignore[no-untyped-def]
    for page in load_unseen(directory):
        for label, kind in zip(page.labels, page.kinds, strict=True):
            assert (kind in KINDS) if label == 0 else kind is None, page.name


def test_chrome_kinds_must_give_one_kind_per_chrome_block(tmp_path) -> None:  # type: ignore[no-untyped-def]
    labels = [1, 0, None, 0]
    assert chrome_kinds(labels, ["share", "related"], tmp_path) == [None, "share", None, "related"]
    assert chrome_kinds(labels, None, tmp_path) == [None] * 4
    with pytest.raises(ValueError, match="1 kinds for 2 chrome blocks"):
        chrome_kinds(labels, ["share"], tmp_path)


def test_the_checksum_covers_every_page_and_truth_file(tmp_path) -> None:
    for path in sorted(UNSEEN_DIR.glob("*"))[:2]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    before = unseen_checksum(tmp_path)
    truth = next(tmp_path.glob("*.truth.json"))
    truth.write_text(truth.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert unseen_checksum(tmp_path) != before


def test_check_page_says_which_blocks_a_truth_misses_or_adds(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """``python -m training check-page``: the checker the pages' writers used, reading the segmenter alone."""
    page = tmp_path / "p.html"
    page.write_text("<html><body><nav>Home</nav><p>A story.</p><p>Another line.</p></body></html>")
    truth = {"content": ["A story."], "chrome": ["Home"], "ambiguous": []}
    page.with_suffix(".truth.json").write_text(json.dumps(truth))
    assert truth_mismatch(page) == ([], ["Another line."])
    assert main(["check-page", str(page)]) == 1
    assert "on the page, not in the truth: 'Another line.'" in capsys.readouterr().out
    truth["content"] += ["Another line.", "A line the page lacks."]
    page.with_suffix(".truth.json").write_text(json.dumps(truth))
    assert truth_mismatch(page) == (["A line the page lacks."], [])
    truth["content"].pop()
    page.with_suffix(".truth.json").write_text(json.dumps(truth))
    assert main(["check-page", str(page)]) == 0
    assert main(["check-page", "--blocks", str(page)]) == 0
    assert capsys.readouterr().out.splitlines()[-3:] == ["Home", "A story.", "Another line."]
    committed = sorted(UNSEEN_DIR.glob("*.html"))
    assert main(["check-page", *map(str, committed)]) == 0
    capsys.readouterr()
    lone = tmp_path / "lone.html"
    lone.write_text("<p>No truth beside it.</p>")
    assert main(["check-page", str(lone)]) == 1
    assert "lone.html: MISMATCH (no lone.truth.json beside it)" in capsys.readouterr().out
    assert main(["check-page", "--blocks", str(page), str(lone)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "== p.html",
        "Home",
        "A story.",
        "Another line.",
        "== lone.html",
        "No truth beside it.",
    ]


def test_every_foreign_page_segments_into_exactly_the_blocks_of_its_truth() -> None:
    pages = load_unseen(FOREIGN_DIR)
    assert len(pages) >= 8 and len({p.lang for p in pages}) >= 8
    for page in pages:
        truth = json.loads((FOREIGN_DIR / f"{page.name}.truth.json").read_text(encoding="utf-8"))
        blocks = Counter(truth["content"] + truth["chrome"] + truth.get("ambiguous", []))
        assert Counter(p.text for p in page.paragraphs) == blocks, page.name


def test_every_probe_page_segments_into_exactly_the_blocks_of_its_truth() -> None:
    pages = load_unseen(PROBES_DIR)
    assert len(pages) >= 32 and len({p.lang for p in pages}) >= 17
    for page in pages:
        truth = json.loads((PROBES_DIR / f"{page.name}.truth.json").read_text(encoding="utf-8"))
        blocks = Counter(truth["content"] + truth["chrome"] + truth.get("ambiguous", []))
        assert Counter(p.text for p in page.paragraphs) == blocks, page.name
        assert page.labels.count(1) >= 3 and page.labels.count(0) >= 3
