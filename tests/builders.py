"""Tiny builders shared by the tests: fixture pages, paragraphs, a small real model."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline
from threadpoolctl import threadpool_limits

from service.core.artifact import Model
from service.core.parse import parse_html
from service.core.pipeline import MODES, build_pipeline
from service.core.scoring import FIXED_CHROME_MAX_SCORE, cap_fixed_chrome, fixed_chrome_of
from service.core.segment import segment_tree
from service.core.types import Paragraph

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "datasets" / "fixtures" / "pages"
SHARED = ROOT.parent / "shared"
EXAMPLES = SHARED / "examples"
CORPORA = SHARED / "corpora"


@dataclass(frozen=True)
class FixturePage:
    name: str
    data: bytes
    truth: dict

    @property
    def content(self) -> list[str]:
        return self.truth["content"]

    @property
    def chrome(self) -> list[str]:
        return self.truth["chrome"]


def fixture_pages() -> list[FixturePage]:
    pages = []
    for path in sorted(FIXTURES.glob("*.html")):
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        pages.append(FixturePage(path.stem, path.read_bytes(), truth))
    return pages


def p(text: str, index: int = 0, **fields: object) -> Paragraph:
    return Paragraph(index=index, text=text, **fields)  # type: ignore[arg-type]


def written_lines(name: str, file: str | None = None) -> dict[str, list[dict[str, str]]]:
    """A rule's project-written lines, ``datasets/<name>/<file or name>.json`` (``notes``, ``walls``, ``offers``,
    ``accounts``; ``walls/more_walls``)."""
    return json.loads((ROOT / "datasets" / name / f"{file or name}.json").read_text(encoding="utf-8"))


def written_texts(written: dict[str, list[dict[str, str]]], part: str, split: str | None = None) -> list[str]:
    """The texts of ``part`` (``"stories"``, or the rule's own lines) of a rule's written lines, of ``split``
    (``"dev"`` or ``"check"``; None: both)."""
    return [line["text"] for line in written[part] if split is None or line["split"] == split]


def assert_found_share(texts: list[str], found: Callable[[str], object], floor: float, what: str) -> None:
    """At least ``floor`` of ``texts`` are found (``found`` returns a kind, or True); only the count is read, so a
    rule's ``check`` half stays unread."""
    matched = sum(bool(found(text)) for text in texts)
    assert matched >= floor * len(texts), f"{matched} of {len(texts)} {what} found"


def capped(texts: list[str], score: float = 0.9) -> list[float]:
    """The scores of ``texts``, one page of paragraphs all scored ``score``, after the fixed-chrome cap."""
    paragraphs = [Paragraph(index=i, text=text) for i, text in enumerate(texts)]
    return cap_fixed_chrome(paragraphs, np.full(len(texts), score)).tolist()


def assert_capped_fixed_chrome(line: str, kind: str | None = None) -> None:
    """``line`` is fixed chrome of the rule's ``kind`` (None: left to the kind model); on a page of two
    paragraphs scored 0.9 its score is capped, and the story's beside it is not."""
    fixed = fixed_chrome_of(line)
    assert fixed.chrome
    assert fixed.kind == kind
    story, chrome = capped(["A council story of some length.", line])
    assert story == pytest.approx(0.9)
    assert chrome <= FIXED_CHROME_MAX_SCORE


def labelled_fixture_paragraphs(mode: str) -> tuple[list[Paragraph], list[int]]:
    """Every fixture page segmented, with labels from its truth file."""
    X: list[Paragraph] = []
    y: list[int] = []
    for page in fixture_pages():
        paragraphs = segment_tree(parse_html(page.data), source=page.name).paragraphs
        content = set(page.content)
        if mode == "text":
            paragraphs = [Paragraph(index=q.index, text=q.text, source=q.source) for q in paragraphs]
        X.extend(paragraphs)
        y.extend(int(q.text in content) for q in paragraphs)
    return X, y


#: Parameters (by mode) that make the real pipelines fit a few hundred paragraphs in about a second.
TINY_PARAMS = {
    "html": {
        "features__stage1__classifier__estimator__max_iter": 50,
        "classifier__estimator__estimator__max_iter": 25,
    },
    "text": {
        "features__stage2__features__stage1__classifier__estimator__max_iter": 50,
        "features__stage2__classifier__estimator__max_iter": 25,
        "classifier__estimator__estimator__max_iter": 25,
    },
}


def tiny_pipeline(mode: str) -> Pipeline:
    """The production pipeline, with fewer iterations."""
    return build_pipeline(mode).set_params(**TINY_PARAMS[mode])


def train_tiny_model() -> Model:
    """A real (small) model fitted on the fixture pages, in seconds."""
    pipelines = {}
    with threadpool_limits(limits=1):
        for mode in MODES:
            X, y = labelled_fixture_paragraphs(mode)
            pipelines[mode] = tiny_pipeline(mode).fit(X, y)
    return Model(pipelines=pipelines, manifest={"name": "winnow", "version": "test"})
