"""``winnow batch`` on one machine: one line per input document, in order, restartable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.batch import output, worker
from service.batch.documents import Document, SourceRef
from service.batch.worker import ClassifyOptions, ModelRef, classify_chunk, init_worker, model_loads
from service.cli import main
from service.core.artifact import Model, load_model
from service.core.classify import classify
from service.core.report import result_dict
from tests.batch.support import MakeJsonl, comparable, read_lines

BAD_LINES = ["{broken", '{"id": "nothing"}', '{"id": "both", "html": "<p>a</p>", "text": "a"}']


@pytest.fixture(scope="module")
def model(tiny_model_path: Path) -> Model:
    return load_model(tiny_model_path)


@pytest.fixture
def jsonl(make_jsonl: MakeJsonl, page_records: list[dict[str, Any]]) -> Path:
    return make_jsonl([*page_records, "", *BAD_LINES])


def batch(*args: str | Path, model: Path) -> int:
    return main(["batch", *map(str, args), "--model", str(model), "--no-progress"])


def test_every_document_gives_one_line_in_input_order(
    jsonl: Path, warc_file: Path, tiny_model_path: Path, model: Model, page_records: list, tmp_path: Path
) -> None:
    out, summary = tmp_path / "out.jsonl", tmp_path / "summary.json"
    assert batch(jsonl, warc_file, "-o", out, "--summary", summary, model=tiny_model_path) == 0
    lines = read_lines(out)
    expected_keys = [f"{jsonl}:{n}" for n in (1, 2, 3, 4, 5, 6, 8, 9, 10)] + [f"{warc_file}:{n}" for n in (3, 5, 7)]
    assert [line["key"] for line in lines] == expected_keys
    first = page_records[0]
    reference = result_dict(classify(model, html=first["html"]), model, url=first["url"])
    assert {k: v for k, v in lines[0].items() if k not in ("key", "source", "id", "elapsed_ms")} == reference
    assert lines[0]["source"] == {"file": str(jsonl), "line": 1} and lines[0]["id"] == first["id"]
    assert [line["error"]["type"] for line in lines[6:9]] == ["malformed-record", "invalid-record", "invalid-input"]
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert (report["documents"], report["errors"], report["skipped"]) == (12, 3, 0)
    assert report["paragraphs"] == sum(line["stats"]["paragraphs"] for line in lines if "stats" in line)
    assert report["docs_per_second"] > 0


def test_warc_lines_carry_uri_charset_and_decode_like_a_browser(
    warc_file: Path, tiny_model_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl.gz"
    assert batch(warc_file, "-o", out, model=tiny_model_path) == 0
    cafe, port, wrong = read_lines(out)
    assert (cafe["url"], cafe["charset"], cafe["encoding"]) == ("https://cafe.example/cafe", "iso-8859-1", "cp1252")
    assert "Le café ferme" in [p["text"] for p in cafe["paragraphs"]]
    assert cafe["source"]["record"] == 3 and isinstance(cafe["source"]["offset"], int)
    assert port["stats"]["paragraphs"] > 5
    # The server said utf-8 but sent latin-1: decoded by detection instead of failing.
    assert "error" not in wrong and wrong["charset"] == "utf-8" and wrong["encoding"] != "utf-8"
    assert [p["text"] for p in wrong["paragraphs"]] == [p["text"] for p in cafe["paragraphs"]]


def test_two_worker_processes_write_the_same_lines(jsonl: Path, tiny_model_path: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert batch(jsonl, "-o", one, model=tiny_model_path) == 0
    assert batch(jsonl, "-o", two, "--workers", "2", model=tiny_model_path) == 0
    assert comparable(read_lines(two)) == comparable(read_lines(one))


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_after_a_killed_run_completes_the_output(
    make_jsonl: MakeJsonl,
    page_records: list,
    tiny_model_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    monkeypatch.setattr(output, "FLUSH_LINES", 2)
    records = [{"id": i, "paragraphs": [f"Paragraph {i} of a page.", "Share"]} for i in range(9)]
    source = make_jsonl([*page_records[:2], *records])
    reference, out = tmp_path / f"reference-{name}", tmp_path / name
    assert batch(source, "-o", reference, model=tiny_model_path) == 0
    assert batch(source, "-o", out, model=tiny_model_path) == 0
    data = out.read_bytes()
    out.write_bytes(data[:-30])  # killed while writing the last line
    summary = tmp_path / "summary.json"
    assert batch(source, "-o", out, "--resume", "--summary", summary, model=tiny_model_path) == 0
    assert comparable(read_lines(out)) == comparable(read_lines(reference))
    report = json.loads(summary.read_text(encoding="utf-8"))
    assert report["skipped"] > 0 and report["skipped"] + report["documents"] == 11


def test_an_existing_output_needs_resume_or_overwrite(
    jsonl: Path, tiny_model_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    assert batch(jsonl, "-o", out, model=tiny_model_path) == 2
    assert "--resume" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert batch(jsonl, "-o", out, "--overwrite", model=tiny_model_path) == 0
    assert len(read_lines(out)) == 9


def test_resuming_with_other_input_paths_is_refused(
    make_jsonl: MakeJsonl, page_records: list, tiny_model_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = make_jsonl(page_records[-1:], "a.jsonl"), make_jsonl(page_records[-1:], "b.jsonl")
    out = tmp_path / "out.jsonl"
    assert batch(first, "-o", out, model=tiny_model_path) == 0
    assert batch(second, "-o", out, "--resume", model=tiny_model_path) == 2
    assert "same input paths" in capsys.readouterr().err


def test_limits_and_threshold_reach_the_classifier(jsonl: Path, tiny_model_path: Path, tmp_path: Path) -> None:
    limited, everything = tmp_path / "limited.jsonl", tmp_path / "everything.jsonl"
    assert batch(jsonl, "-o", limited, "--max-paragraphs", "3", model=tiny_model_path) == 0
    assert {line.get("error", {}).get("type") for line in read_lines(limited)[:4]} == {"limit-exceeded"}
    assert batch(jsonl, "-o", everything, "--threshold", "0", model=tiny_model_path) == 0
    labels = {p["label"] for line in read_lines(everything) for p in line.get("paragraphs", [])}
    assert labels == {"content"}


def test_a_records_own_threshold_wins_over_the_runs(
    make_jsonl: MakeJsonl, tiny_model_path: Path, tmp_path: Path
) -> None:
    text = "Council approves the new tram line\nShare on Facebook\nThe vote was close."
    records = [
        {"id": "own", "text": text, "threshold": 0},
        {"id": "run", "text": text},
        {"id": "x", "text": text, "n": 1},
    ]
    out = tmp_path / "out.jsonl"
    assert batch(make_jsonl(records), "-o", out, "--threshold", "1", model=tiny_model_path) == 0
    labels = {line["id"]: {p["label"] for p in line["paragraphs"]} for line in read_lines(out)}
    assert labels == {"own": {"content"}, "run": {"chrome"}, "x": {"chrome"}}


def test_list_option_chooses_the_paragraphs_each_line_lists(jsonl: Path, tiny_model_path: Path, tmp_path: Path) -> None:
    outputs = {name: tmp_path / f"{name}.jsonl" for name in ("all", "content", "none")}
    for name, path in outputs.items():
        assert batch(jsonl, "-o", path, "--list", name, model=tiny_model_path) == 0
    lines = {name: [line for line in read_lines(path) if "error" not in line] for name, path in outputs.items()}
    assert lines["all"] and any(line["stats"]["content"] for line in lines["all"])
    for full, content, none in zip(lines["all"], lines["content"], lines["none"], strict=True):
        assert content["paragraphs"] == [p for p in full["paragraphs"] if p["label"] == "content"]
        assert none["paragraphs"] == []
        for listed in (content, none):
            assert listed["content_text"] == full["content_text"] and listed["stats"] == full["stats"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl"], "no such input file"),
        (["pages.csv"], "unknown input type"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(
    args: list[str], message: str, tiny_model_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert batch(*args, "-o", tmp_path / "out.jsonl", model=tiny_model_path) == 2
    assert message in capsys.readouterr().err


def test_the_same_input_twice_or_as_output_is_refused(
    jsonl: Path, tiny_model_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert batch(jsonl, jsonl, "-o", jsonl.with_name("o.jsonl"), model=tiny_model_path) == 2
    assert batch(jsonl, "-o", jsonl, model=tiny_model_path) == 2
    err = capsys.readouterr().err
    assert "given twice" in err and "also an input" in err


def test_an_unexpected_exception_is_an_internal_error_line(
    jsonl: Path, tiny_model_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = worker.classify

    def flaky(model: Model, **kwargs: Any) -> Any:
        if kwargs.get("paragraphs") is not None:
            raise RuntimeError("boom")
        return real(model, **kwargs)

    monkeypatch.setattr(worker, "classify", flaky)
    out = tmp_path / "out.jsonl"
    assert batch(jsonl, "-o", out, model=tiny_model_path) == 0
    errors = [line["error"] for line in read_lines(out) if "error" in line]
    assert {"type": "internal-error", "detail": "RuntimeError: boom"} in errors


def test_a_worker_loads_the_model_once(tiny_model_path: Path) -> None:
    worker._load.cache_clear()
    ref = ModelRef.verified(tiny_model_path)
    init_worker(ref)
    documents = [Document(SourceRef("x.jsonl", n), text=f"line {n}") for n in (1, 2)]
    for _ in range(3):
        assert [o.error for o in classify_chunk(documents, ref, ClassifyOptions())] == [None, None]
    assert model_loads() == 1


def test_a_model_changed_after_the_start_is_refused(tiny_model_path: Path) -> None:
    worker._load.cache_clear()
    stale = ModelRef(path=str(tiny_model_path), sha256="0" * 64)
    with pytest.raises(Exception, match="changed since the batch started"):
        worker.cached_model(stale)


def test_no_text_pass_reads_html_with_the_html_model_alone(
    make_jsonl: MakeJsonl, page_records: list[dict[str, Any]], tiny_model_path: Path, tmp_path: Path
) -> None:
    source = make_jsonl(page_records[:1])
    both, alone = tmp_path / "both.jsonl", tmp_path / "alone.jsonl"
    assert batch(source, "-o", both, model=tiny_model_path) == 0
    assert batch(source, "-o", alone, "--no-text-pass", model=tiny_model_path) == 0
    html_model = load_model(tiny_model_path, text_pass=False)
    expected = classify(html_model, html=page_records[0]["html"])
    [line] = read_lines(alone)
    assert [p["score"] for p in line["paragraphs"]] == [p.score for p in expected.paragraphs]
    assert read_lines(both)[0]["paragraphs"] != line["paragraphs"]


def test_a_hard_link_to_an_input_is_refused_as_the_output(
    jsonl: Path, tiny_model_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = jsonl.with_name("link.jsonl")
    link.hardlink_to(jsonl)
    before = jsonl.read_bytes()
    assert batch(jsonl, "-o", link, "--overwrite", model=tiny_model_path) == 2
    assert "also an input" in capsys.readouterr().err
    assert jsonl.read_bytes() == before


def test_the_summary_path_is_checked_before_the_run(
    jsonl: Path, tiny_model_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    before = jsonl.read_bytes()
    assert batch(jsonl, "-o", out, "--summary", out, model=tiny_model_path) == 2
    assert batch(jsonl, "-o", out, "--summary", jsonl, model=tiny_model_path) == 2
    assert batch(jsonl, "-o", out, "--summary", tmp_path / "missing" / "s.json", model=tiny_model_path) == 2
    err = capsys.readouterr().err
    assert err.count("is the output or an input") == 2 and "no directory for the summary" in err
    assert not out.exists() and jsonl.read_bytes() == before  # nothing ran
    summary = tmp_path / "summary.json"
    assert batch(jsonl, "-o", out, "--summary", summary, model=tiny_model_path) == 0
    assert json.loads(summary.read_text())["documents"] > 0


def test_ids_json_cannot_hold_are_written_as_strict_json(
    make_jsonl: MakeJsonl, tiny_model_path: Path, tmp_path: Path
) -> None:
    """A lone surrogate stopped the whole run; NaN came out as bare NaN, which strict readers refuse."""
    source = make_jsonl(
        ['{"id": "\\ud800", "text": "A line."}', '{"id": NaN, "text": "B."}', '{"id": 1e999, "text": "C."}']
    )
    out = tmp_path / "out.jsonl"
    assert batch(source, "-o", out, model=tiny_model_path) == 0
    raw = out.read_bytes().decode("utf-8").splitlines()
    lines = [json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} in the output")) for line in raw]
    assert [line["id"] for line in lines] == ["\ud800", None, None]
    assert all("error" not in line for line in lines)


def test_documents_are_read_as_what_they_hold(make_jsonl: MakeJsonl, tiny_model_path: Path, tmp_path: Path) -> None:
    """As the API reads them: "html" without a tag is text, one paragraph per line (it was one
    paragraph of every line), and "text" that is a whole page is HTML (it was a line of markup each)."""
    lines = ["Council approves new tram line", "The regional council voted on Tuesday to fund it."]
    page = "<!DOCTYPE html><html><body><p>" + "</p><p>".join(lines) + "</p></body></html>"
    source = make_jsonl([{"id": "lines", "html": "\n".join(lines)}, {"id": "page", "text": page}])
    out = tmp_path / "out.jsonl"
    assert batch(source, "-o", out, model=tiny_model_path) == 0
    as_text, as_html = read_lines(out)
    assert (as_text["mode"], [p["text"] for p in as_text["paragraphs"]]) == ("text", lines)
    assert (as_html["mode"], [p["text"] for p in as_html["paragraphs"]]) == ("html", lines)
