"""The evaluation gate: pinned floors (and ceilings) for every headline figure.

``datasets/eval_floors.json`` holds each gated figure's floor, the noise margin, and a
checksum of the evaluation data. The gate fails when a figure falls below its floor by
more than the margin (or rises above a ceiling by more than it), or when the evaluation
data changed. ``--update`` raises each floor the measured figure betters, keeps the others
and re-pins the checksum; lowering a floor needs ``--allow-lower`` (naming the floors, or all) and
a ``--reason``, which is recorded in the file.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FLOORS_FILE = Path(__file__).resolve().parent.parent / "datasets" / "eval_floors.json"
NOISE_MARGIN = 0.01
#: Gated figures: dotted path into the measured report → "min" (a floor) or "max" (a ceiling).
GATED = {
    "corpora.news_articles_2023.systems.winnow_html.f1": "min",
    "corpora.news_articles_2023.systems.winnow_text.f1": "min",
    "corpora.wcxb_dev.systems.winnow_html.f1": "min",
    "corpora.wcxb_dev.systems.winnow_text.f1": "min",
    "corpora.news_articles_2023.systems.winnow_text_nodes.f1": "min",
    "corpora.wcxb_dev.systems.winnow_text_nodes.f1": "min",
    "corpora.news_articles_2023.systems.winnow_text_markdown.f1": "min",
    "corpora.wcxb_dev.systems.winnow_text_markdown.f1": "min",
    "corpora.news_articles_2023.systems.winnow_text_wrapped.f1": "min",
    "corpora.wcxb_dev.systems.winnow_text_wrapped.f1": "min",
    "corpora.readability.systems.winnow_html.f1": "min",
    "corpora.newspaper_fixtures.systems.winnow_html.f1": "min",
    "corpora.trafilatura_eval.systems.winnow_html.f1": "min",
    "corpora.goose3_fixtures.systems.winnow_html.f1": "min",
    "corpora.news_articles_2023.systems.winnow_html_container.f1": "min",
    "corpora.wcxb_dev.systems.winnow_html_container.f1": "min",
    "corpora.news_articles_2023.systems.winnow_text_container.f1": "min",
    "corpora.wcxb_dev.systems.winnow_text_container.f1": "min",
    "leakage.html.leak_rate": "max",
    "leakage.text.leak_rate": "max",
    "leakage.html.content_f1": "min",
    "leakage.text.content_f1": "min",
    "leakage.inside.html.leak_rate": "max",
    "leakage.inside.text.leak_rate": "max",
    "leakage.inside.html.content_f1": "min",
    "leakage.inside.text.content_f1": "min",
    "leakage.html.undisturbed": "min",
    "leakage.text.undisturbed": "min",
    "leakage.inside.html.undisturbed": "min",
    "leakage.inside.text.undisturbed": "min",
    "leakage.container.html.leak_rate": "max",
    "leakage.container.text.leak_rate": "max",
    "leakage.container.html.content_f1": "min",
    "leakage.container.text.content_f1": "min",
    "leakage.wall.html.leak_rate": "max",
    "leakage.wall.text.leak_rate": "max",
    "leakage.wall.html.after_wall": "min",
    "leakage.wall.text.after_wall": "min",
    "leakage.wall.paywall_detected": "min",
    "leakage.wall.paywall_detected_text": "min",
    "leakage.lone.html.leak_rate": "max",
    "leakage.lone.text.leak_rate": "max",
    "leakage.lone.html.content_drop_rate": "max",
    "leakage.lone.text.content_drop_rate": "max",
    "leakage.other_hands.html.leak_rate": "max",
    "leakage.other_hands.text.leak_rate": "max",
    "leakage.other_hands.html.content_drop_rate": "max",
    "leakage.other_hands.text.content_drop_rate": "max",
    "calibration.html.ece": "max",
    "calibration.text.ece": "max",
    "example_page.correct": "min",
    "kinds.accuracy": "min",
    "leakage.paywall.precision": "min",
    "leakage.paywall.recall": "min",
    "leakage.paywall_text.precision": "min",
    "leakage.paywall_text.recall": "min",
    "unseen.html.f1": "min",
    "unseen.text.f1": "min",
    "unseen.html.chrome_kept": "max",
    "unseen.text.chrome_kept": "max",
    "unseen.html.body_dropped": "max",
    "unseen.text.body_dropped": "max",
    "unseen.html.ece": "max",
    "unseen.text.ece": "max",
    "unseen.html.kinds.accuracy": "min",
    "unseen.text.kinds.accuracy": "min",
    "unseen.html.paywall.detected": "min",
    "unseen.text.paywall.detected": "min",
    "unseen.html.paywall.flagged_without": "max",
    "unseen.text.paywall.flagged_without": "max",
}
#: Count-valued figures are compared exactly (no noise margin).
EXACT = frozenset({"example_page.correct"})


def lookup(report: dict[str, Any], dotted: str) -> float | None:
    node: Any = report
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def data_checksum(
    corpora: dict[str, str],
    chrome: str,
    split: Sequence[tuple[str, str, str, str]],
    unseen: str = "",
    example: bytes | None = None,
    other_hands: str = "",
) -> str:
    """One sha256 over the corpus files, the chrome library, the unseen publishers' pages, the split
    the gate measures on (``(corpus, id, site, split)`` rows), the example page's labels and the lines
    written by other hands."""
    digest = hashlib.sha256()
    for name, sha in sorted(corpora.items()):
        digest.update(f"{name}:{sha}\n".encode())
    digest.update(chrome.encode())
    digest.update(unseen.encode())
    digest.update(other_hands.encode())
    for row in sorted(split):
        digest.update(("\t".join(row) + "\n").encode())
    digest.update(b"example:" + (hashlib.sha256(example).hexdigest().encode() if example is not None else b"none"))
    return digest.hexdigest()


def check(report: dict[str, Any], pinned: dict[str, Any], checksum: str) -> list[str]:
    """Failures of ``report`` against the pinned floors (empty when the gate passes)."""
    failures = []
    if pinned.get("data_checksum") != checksum:
        failures.append(
            f"evaluation data changed (checksum {checksum[:12]}…, pinned {str(pinned.get('data_checksum'))[:12]}…)"
        )
    margin = float(pinned.get("noise_margin", NOISE_MARGIN))
    floors = pinned.get("floors", {})
    failures += [f"{name}: no floor pinned" for name in GATED if name not in floors]
    for name, rule in floors.items():
        value = lookup(report, name)
        slack = 0.0 if name in EXACT else margin
        if value is None:
            failures.append(f"{name}: not measured")
        elif not math.isfinite(value):
            failures.append(f"{name}: {value} is not a number")
        elif rule["kind"] == "min" and value < rule["value"] - slack:
            failures.append(f"{name}: {value:.4f} below its floor {rule['value']:.4f} (margin {slack})")
        elif rule["kind"] == "max" and value > rule["value"] + slack:
            failures.append(f"{name}: {value:.4f} above its ceiling {rule['value']:.4f} (margin {slack})")
    return failures


def updated(
    report: dict[str, Any],
    pinned: dict[str, Any],
    checksum: str,
    *,
    allow_lower: bool | Collection[str],
    reason: str | None,
) -> dict[str, Any]:
    """Floors raised to the measured values where those are better, and the checksum re-pinned.

    A floor the measured value would lower stays where it was, unless ``allow_lower`` (True for
    every floor, or the names of the floors that may go down) with a ``reason``: then it goes down
    to the measured value and the file records why.
    """
    reason = reason.strip() if reason else None
    if allow_lower and not reason:
        raise SystemExit("--allow-lower needs a --reason (recorded in the floors file)")
    unknown = sorted(set(allow_lower) - set(GATED)) if not isinstance(allow_lower, bool) else []
    if unknown:
        raise SystemExit(f"--allow-lower names figures the gate does not hold: {', '.join(unknown)}")
    floors = dict(pinned.get("floors", {}))
    raised, lowered, kept, added = [], [], [], []
    for name, kind in GATED.items():
        value = lookup(report, name)
        if value is None:
            continue
        if not math.isfinite(value):
            raise SystemExit(f"{name} measured {value}: a floor must be a number")
        value = round(value, 4)
        old = floors.get(name)
        if old is None:
            added.append(f"{name}: {value}")
        if old is None or old["value"] == value:
            floors[name] = {"kind": kind, "value": value}
            continue
        better = value > old["value"] if kind == "min" else value < old["value"]
        if better or allow_lower is True or name in (allow_lower or ()):
            (raised if better else lowered).append(f"{name}: {old['value']} → {value}")
            floors[name] = {"kind": kind, "value": value}
        else:
            kept.append(f"{name}: {old['value']} (measured {value})")
    history = list(pinned.get("history", []))
    history.append(
        {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "raised": raised,
            "lowered": lowered,
            "kept": kept,
            **({"added": added} if added else {}),
            "reason": reason or "raise floors to measured values",
        }
    )
    return {
        "noise_margin": pinned.get("noise_margin", NOISE_MARGIN),
        "data_checksum": checksum,
        "floors": floors,
        "history": history,
    }


def read_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_floors(pinned: dict[str, Any], path: Path = FLOORS_FILE) -> None:
    path.write_text(json.dumps(pinned, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
