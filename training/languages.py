"""Pages in the languages of the library's tenth batch, for measuring only (``datasets/language-check/``).

Each language's file holds two stories and fourteen chrome blocks, one of each kind, that their writer
wrote apart from the tenth batch's blocks and stories of the same language (``datasets/languages/``; other
publishers, other wording).
No training step reads them. Each story becomes one page, as a scraper's text dump would show it: some
blocks above the headline, one block between the story's third and fourth paragraphs and the rest after
it. The HTML form sets every line in a ``<p>`` of one ``<article>`` (the headline in ``<h1>``), so that the
markup tells the story from the chrome no more than the text dump does.
The figures are the story lines dropped and the chrome lines kept, per language and in all.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service import Label, classify
from service.core.artifact import Model

CHECK_DIR = Path(__file__).resolve().parent.parent / "datasets" / "language-check"
#: The kinds of chrome each of a language's two pages shows (each kind once in all).
PAGE_KINDS = (
    ("navigation", "paywall", "share", "related", "comments", "legal", "consent"),
    ("login", "pricing", "ad", "newsletter", "promo", "disclaimer", "other"),
)
#: Kinds set above the headline, and between the story's paragraphs (after :data:`INSIDE_AFTER` of them).
ABOVE = frozenset({"navigation", "login"})
INSIDE = frozenset({"share", "ad"})
INSIDE_AFTER = 3
CONTENT, CHROME = 1, 0


@dataclass(frozen=True)
class CheckPage:
    name: str
    lang: str
    lines: list[str]
    #: Per line: 1 a story paragraph, 0 chrome, None the headline (not scored).
    labels: list[int | None]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def html(self) -> str:
        tags = {CONTENT: "p", CHROME: "p", None: "h1"}
        rows = zip(self.lines, self.labels, strict=True)
        body = "\n".join(f"<{tags[label]}>{html.escape(line)}</{tags[label]}>" for line, label in rows)
        return f"<html><body><main><article>\n{body}\n</article></main></body></html>"


def _page(story: dict[str, Any], blocks: dict[str, list[str]], kinds: Sequence[str], lang: str) -> CheckPage:
    rows: list[tuple[str, int | None]] = [(line, CHROME) for kind in kinds if kind in ABOVE for line in blocks[kind]]
    rows.append((story["headline"], None))
    for i, paragraph in enumerate(story["paragraphs"], start=1):
        rows.append((paragraph, CONTENT))
        if i == INSIDE_AFTER:
            rows += [(line, CHROME) for kind in kinds if kind in INSIDE for line in blocks[kind]]
    rows += [(line, CHROME) for kind in kinds if kind not in ABOVE | INSIDE for line in blocks[kind]]
    return CheckPage(story["id"], lang, [line for line, _ in rows], [label for _, label in rows])


def load_check_pages(directory: Path = CHECK_DIR) -> list[CheckPage]:
    """Every language's two pages, in file order."""
    pages = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        blocks = {block["kind"]: block["lines"] for block in data["blocks"]}
        stories = zip(data["stories"], PAGE_KINDS, strict=True)
        pages += [_page(story, blocks, kinds, data["lang"]) for story, kinds in stories]
    return pages


def _tally(page: CheckPage, kept: Sequence[bool]) -> dict[str, int]:
    pairs = list(zip(page.labels, kept, strict=True))
    return {
        "story": sum(label == CONTENT for label, _ in pairs),
        "story_dropped": sum(label == CONTENT and not k for label, k in pairs),
        "chrome": sum(label == CHROME for label, _ in pairs),
        "chrome_kept": sum(label == CHROME and k for label, k in pairs),
    }


def check_report(model: Model, pages: Sequence[CheckPage]) -> dict[str, Any]:
    """Story lines dropped and chrome lines kept, per language and in all, in text and HTML mode."""
    report: dict[str, Any] = {}
    for mode in ("text", "html"):
        rows: dict[str, dict[str, int]] = {}
        for page in pages:
            result = classify(model, text=page.text) if mode == "text" else classify(model, html=page.html)
            if len(result.paragraphs) != len(page.lines):
                raise ValueError(f"{page.name}: {len(result.paragraphs)} paragraphs read from {len(page.lines)} lines")
            tally = _tally(page, [p.label == Label.CONTENT for p in result.paragraphs])
            for key in (page.lang, "all"):
                row = rows.setdefault(key, dict.fromkeys(tally, 0))
                for name, value in tally.items():
                    row[name] += value
        report[mode] = {
            key: {
                **row,
                "story_dropped_share": round(row["story_dropped"] / row["story"], 4),
                "chrome_kept_share": round(row["chrome_kept"] / row["chrome"], 4),
            }
            for key, row in rows.items()
        }
    return report
