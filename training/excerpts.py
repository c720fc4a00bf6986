"""Text mode on excerpts: a few lines of a page sent alone, against the same lines in their page.

Winnow reads a paragraph with its neighbours and its page. A caller who sends a handful of
paragraphs instead of a page gives it less to read. This measures what that costs: from each
page, windows of ``k`` consecutive content lines (content by alignment), and windows of ``k``
consecutive chrome lines, are classified alone in text mode. The share of their lines kept is
set beside the share of the same lines kept when the whole page is classified as a text dump:
content should be kept alone as in the page, and chrome dropped alone as in the page.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sklearn.pipeline import Pipeline

from service.core.foreign import text_scores
from service.core.scoring import text_only

from .align import CHROME, CONTENT
from .dataset import PreparedPage

#: Excerpt sizes, in consecutive lines of one label.
SIZES = (1, 3, 8, 20)
#: Windows drawn per page, label and size.
WINDOWS_PER_PAGE = 2
#: A content line of at least this many characters counts as long (prose), a shorter one as short.
LONG_LINE = 80


def _line_kind(text: str, label: int) -> str:
    if label == CHROME:
        return "chrome"
    return "content long" if len(text) >= LONG_LINE else "content short"


def excerpt_report(
    pipelines: Mapping[str, Pipeline],
    pages: Sequence[PreparedPage],
    threshold: float,
    sizes: Sequence[int] = SIZES,
    seed: int = 0,
) -> dict[str, dict[str, dict[str, float]]]:
    """Per excerpt size and line kind: lines measured, share kept in the page, share kept alone.

    Line kinds: ``content long`` and ``content short`` (at least :data:`LONG_LINE` characters,
    or fewer), and ``chrome``. Each page and excerpt is read by the stage text mode gives it
    (:func:`service.core.foreign.text_scores`).
    """
    rng = random.Random(seed)
    kept: dict[tuple[int, str], list[tuple[bool, bool]]] = defaultdict(list)
    for page in pages:
        if not any(label is not None for label in page.labels):
            continue
        in_page = text_scores(pipelines, text_only(page.paragraphs)) >= threshold
        for wanted in (CONTENT, CHROME):
            lines = [i for i, label in enumerate(page.labels) if label == wanted]
            for size in sizes:
                if len(lines) < size:
                    continue
                for _ in range(WINDOWS_PER_PAGE):
                    start = rng.randrange(len(lines) - size + 1)
                    window = lines[start : start + size]
                    excerpt = text_only([page.paragraphs[i] for i in window])
                    alone = text_scores(pipelines, excerpt) >= threshold
                    for i, kept_alone in zip(window, alone, strict=True):
                        kind = _line_kind(page.paragraphs[i].text, wanted)
                        kept[(size, kind)].append((bool(in_page[i]), bool(kept_alone)))
    report: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (size, kind), pairs in sorted(kept.items()):
        report[str(size)][kind] = {
            "lines": len(pairs),
            "in_page": round(sum(a for a, _ in pairs) / len(pairs), 4),
            "alone": round(sum(b for _, b in pairs) / len(pairs), 4),
        }
    return dict(report)


def format_report(report: dict[str, Any]) -> str:
    """The report as a Markdown table."""
    names = {"content long": f"content, ≥ {LONG_LINE} chars", "content short": f"content, < {LONG_LINE} chars"}
    lines = [
        "| lines sent | lines | lines measured | kept in the page | kept alone |",
        "|---:|---|---:|---:|---:|",
    ]
    for size, kinds in report.items():
        for kind, row in kinds.items():
            name = names.get(kind, kind)
            lines.append(f"| {size} | {name} | {row['lines']:,} | {row['in_page']:.3f} | {row['alone']:.3f} |")
    return "\n".join(lines)
