"""Text mode on excerpts: a few article lines sent alone, against the same lines in their page.

Winnow reads a paragraph with its neighbours and its page. A caller who sends a handful of
paragraphs instead of a page gives it less to read. This measures what that costs: from each
page, windows of ``k`` consecutive content lines (content by alignment) are classified alone
in text mode, and the share of them kept is set beside the share of the same lines kept when
the whole page is classified as a text dump.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sklearn.pipeline import Pipeline

from service.core.scoring import content_scores
from service.core.types import Paragraph

from .align import CONTENT
from .dataset import PreparedPage, strip_markup

#: Excerpt sizes, in consecutive content lines.
SIZES = (1, 3, 8, 20)
#: Windows drawn per page and size.
WINDOWS_PER_PAGE = 2
#: A line of at least this many characters counts as long (prose), a shorter one as short.
LONG_LINE = 80


def excerpt_report(
    pipeline: Pipeline,
    pages: Sequence[PreparedPage],
    threshold: float,
    sizes: Sequence[int] = SIZES,
    seed: int = 0,
) -> dict[str, dict[str, dict[str, float]]]:
    """Per excerpt size and line length: lines measured, share kept in the page, share kept alone."""
    rng = random.Random(seed)
    kept: dict[tuple[int, str], list[tuple[bool, bool]]] = defaultdict(list)
    for page in pages:
        lines = [i for i, label in enumerate(page.labels) if label == CONTENT]
        if not lines:
            continue
        in_page = content_scores(pipeline, strip_markup(page.paragraphs)) >= threshold
        for size in sizes:
            if len(lines) < size:
                continue
            for _ in range(WINDOWS_PER_PAGE):
                start = rng.randrange(len(lines) - size + 1)
                window = lines[start : start + size]
                excerpt = [Paragraph(index=k, text=page.paragraphs[i].text) for k, i in enumerate(window)]
                alone = content_scores(pipeline, excerpt) >= threshold
                for i, kept_alone in zip(window, alone, strict=True):
                    length = "long" if len(page.paragraphs[i].text) >= LONG_LINE else "short"
                    kept[(size, length)].append((bool(in_page[i]), bool(kept_alone)))
    report: dict[str, dict[str, dict[str, float]]] = defaultdict(dict)
    for (size, length), pairs in sorted(kept.items()):
        report[str(size)][length] = {
            "lines": len(pairs),
            "in_page": round(sum(a for a, _ in pairs) / len(pairs), 4),
            "alone": round(sum(b for _, b in pairs) / len(pairs), 4),
        }
    return dict(report)


def format_report(report: dict[str, Any]) -> str:
    """The report as a Markdown table."""
    lines = [
        "| lines sent | line length | lines measured | kept in the page | kept alone |",
        "|---:|---|---:|---:|---:|",
    ]
    for size, by_length in report.items():
        for length, row in by_length.items():
            label = f"{length} (≥ {LONG_LINE} chars)" if length == "long" else f"{length} (< {LONG_LINE})"
            lines.append(f"| {size} | {label} | {row['lines']:,} | {row['in_page']:.3f} | {row['alone']:.3f} |")
    return "\n".join(lines)
