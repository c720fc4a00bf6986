"""The evaluation gate: pinned floors, noise margin, data checksum, and the real run on the corpora."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.builders import CORPORA, ROOT
from training import gate


def _nested(figures: dict[str, float]) -> dict:
    report: dict = {}
    for dotted, value in figures.items():
        *parents, leaf = dotted.split(".")
        node = report
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return report


#: Every gated figure measured and pinned at 0.5, and two figures of the tests' own.
OTHERS = {name: 0.5 for name in gate.GATED}
REPORT = _nested({**OTHERS, "corpora.c.systems.winnow_html.f1": 0.95, "leakage.html.leak_rate": 0.05})
GATED_FLOORS = {name: {"kind": kind, "value": 0.5} for name, kind in gate.GATED.items()}
PINNED = {
    "noise_margin": 0.01,
    "data_checksum": "abc",
    "floors": {
        **GATED_FLOORS,
        "corpora.c.systems.winnow_html.f1": {"kind": "min", "value": 0.955},
        "leakage.html.leak_rate": {"kind": "max", "value": 0.045},
    },
}


def test_within_the_noise_margin_passes() -> None:
    assert gate.check(REPORT, PINNED, "abc") == []


def test_a_drop_beyond_the_margin_fails() -> None:
    pinned = {**PINNED, "floors": {**GATED_FLOORS, "corpora.c.systems.winnow_html.f1": {"kind": "min", "value": 0.97}}}
    (failure,) = gate.check(REPORT, pinned, "abc")
    assert "below its floor" in failure


def test_a_ceiling_is_held_too() -> None:
    pinned = {**PINNED, "floors": {**GATED_FLOORS, "leakage.html.leak_rate": {"kind": "max", "value": 0.02}}}
    assert "above its ceiling" in gate.check(REPORT, pinned, "abc")[0]


def test_changed_data_fails_and_missing_figures_fail() -> None:
    assert any("data changed" in f for f in gate.check(REPORT, PINNED, "other"))
    pinned = {**PINNED, "floors": {**GATED_FLOORS, "corpora.x.systems.winnow_html.f1": {"kind": "min", "value": 0.5}}}
    assert gate.check(REPORT, pinned, "abc") == ["corpora.x.systems.winnow_html.f1: not measured"]


def test_a_gated_figure_without_a_floor_fails_and_so_does_an_empty_floors_file() -> None:
    name = "corpora.wcxb_dev.systems.winnow_html.f1"
    floors = {k: v for k, v in GATED_FLOORS.items() if k != name}
    assert gate.check(REPORT, {**PINNED, "floors": floors}, "abc") == [f"{name}: no floor pinned"]
    assert len(gate.check({}, {"data_checksum": "abc"}, "abc")) == len(gate.GATED)


def test_a_figure_that_is_not_a_number_fails() -> None:
    for name in ("corpora.wcxb_dev.systems.winnow_html.f1", "calibration.html.ece"):
        report = _nested({**OTHERS, name: float("nan")})
        assert gate.check(report, {**PINNED, "floors": GATED_FLOORS}, "abc") == [f"{name}: nan is not a number"]


def test_the_checksum_covers_the_split_and_the_example_labels() -> None:
    rows = [("c", "1", "a.com", "test"), ("c", "2", "b.com", "train")]
    base = gate.data_checksum({"c": "x"}, "lib", rows, "u", b"labels")
    assert base != gate.data_checksum({"c": "x"}, "lib", [rows[0], ("c", "2", "b.com", "test")], "u", b"labels")
    assert base != gate.data_checksum({"c": "x"}, "lib", rows, "u", b"other labels")
    assert base != gate.data_checksum({"c": "x"}, "lib", rows, "u", None)
    assert base == gate.data_checksum({"c": "x"}, "lib", rows[::-1], "u", b"labels")
    assert base != gate.data_checksum({"c": "x"}, "lib", rows, "u", b"labels", "other hands' lines")


def test_floors_are_never_lowered_silently() -> None:
    f1, leak = "corpora.news_articles_2023.systems.winnow_html.f1", "leakage.html.leak_rate"
    report = {
        "corpora": {"news_articles_2023": {"systems": {"winnow_html": {"f1": 0.90}}}},
        "leakage": REPORT["leakage"],
    }
    pinned = {"floors": {f1: {"kind": "min", "value": 0.95}, leak: {"kind": "max", "value": 0.06}}}
    new = gate.updated(report, pinned, "new", allow_lower=False, reason=None)
    assert new["floors"][f1]["value"] == 0.95  # kept: the measured 0.90 would lower it
    assert new["floors"][leak]["value"] == 0.05  # raised: a lower ceiling is a better one
    assert new["data_checksum"] == "new" and new["history"][-1]["kept"] and new["history"][-1]["raised"]
    with pytest.raises(SystemExit, match="needs a --reason"):
        gate.updated(report, pinned, "abc", allow_lower=True, reason=None)
    with pytest.raises(SystemExit, match=r"does not hold: some\.other\.figure"):
        gate.updated(report, pinned, "abc", allow_lower={"some.other.figure"}, reason="not this one")
    with pytest.raises(SystemExit, match="needs a --reason"):
        gate.updated(report, pinned, "abc", allow_lower=True, reason="   ")
    new = gate.updated(report, pinned, "abc", allow_lower={leak}, reason="not this one")
    assert new["floors"][f1]["value"] == 0.95
    new = gate.updated(report, pinned, "abc", allow_lower={f1}, reason="relabelled corpus")
    assert new["floors"][f1]["value"] == 0.90
    new = gate.updated(report, pinned, "abc", allow_lower=True, reason="relabelled corpus")
    assert new["floors"][f1]["value"] == 0.90
    assert new["history"][-1]["reason"] == "relabelled corpus" and new["history"][-1]["lowered"]


def test_the_committed_floors_file_is_well_formed() -> None:
    pinned = gate.read_floors()
    assert pinned["data_checksum"] and pinned["noise_margin"] == gate.NOISE_MARGIN
    assert set(pinned["floors"]) == set(gate.GATED)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the repository")
def test_the_committed_model_passes_the_gate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "training", "gate", "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "gate passed" in result.stdout


def test_the_gate_refuses_a_limited_run() -> None:
    """A floor checked, or re-pinned, on a few pages per corpus would pass under the same checksum."""
    from training.__main__ import main

    with pytest.raises(SystemExit) as refused:
        main(["gate", "--limit", "3"])
    assert refused.value.code == 2  # argparse: the gate has no --limit


def test_the_gate_names_missing_corpora(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from training.__main__ import main

    with pytest.raises(SystemExit, match="no corpora under"):
        main(["gate", "--corpora", str(tmp_path)])
