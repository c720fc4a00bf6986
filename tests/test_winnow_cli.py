"""The ``winnow classify`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service import classify, load_model
from service.cli import main
from service.core.kinds import KINDS
from tests.builders import fixture_pages


def run_classify(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["classify", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_classify_prints_the_labelled_paragraphs(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path))
    expected = classify(load_model(tiny_model_path), html=page.read_bytes())
    assert result["mode"] == "html"
    assert [p["score"] for p in result["paragraphs"]] == [p.score for p in expected.paragraphs]  # type: ignore[union-attr]
    assert main(["classify", str(page), "--model", str(tiny_model_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(expected.paragraphs) and lines[0].split()[0] in {"content", "chrome"}
    width = max(map(len, KINDS))  # the kind column fits the longest kind
    for line, paragraph in zip(lines, expected.paragraphs, strict=True):
        kind = paragraph.kind or ""
        assert line == f"{paragraph.label.value:7} {paragraph.score:.3f}  {kind:{width}}  {paragraph.text}"


def test_text_format_shows_each_chrome_paragraphs_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    article = "The council approved the budget on Tuesday after a long debate about school funding and road repairs."
    page.write_text(f"{article}\nSubscribe now for $1 a week\nAlready a subscriber? Sign in\n", encoding="utf-8")
    assert main(["classify", str(page)]) == 0  # the committed model, which has the chrome-kind stage
    rows = [line.split(maxsplit=3) for line in capsys.readouterr().out.splitlines()]
    assert [row[0] for row in rows] == ["content", "chrome", "chrome"]
    assert rows[0][2] == "The" and {rows[1][2], rows[2][2]} <= set(KINDS)


def test_classify_prints_the_content_text_alone(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    expected = classify(load_model(tiny_model_path), html=page.read_bytes())
    assert expected.content_text, "the fixture page has an article"
    assert main(["classify", str(page), "--model", str(tiny_model_path), "--format", "content"]) == 0
    assert capsys.readouterr().out == expected.content_text + "\n"
    chrome_only = tmp_path / "chrome.txt"
    chrome_only.write_text("Subscribe\nSign in\n", encoding="utf-8")
    assert (
        main(["classify", str(chrome_only), "--model", str(tiny_model_path), "--format", "content", "--threshold", "1"])
        == 0
    )
    assert capsys.readouterr().out == "", "no article: nothing printed, not an empty line"


def test_no_text_pass_reads_html_with_the_html_model_alone(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path), "--no-text-pass")
    expected = classify(load_model(tiny_model_path, text_pass=False), html=page.read_bytes())
    assert [p["score"] for p in result["paragraphs"]] == [p.score for p in expected.paragraphs]  # type: ignore[union-attr]
    both = run_classify(capsys, str(page), "--model", str(tiny_model_path))
    assert both["paragraphs"] != result["paragraphs"]
