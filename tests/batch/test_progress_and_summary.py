"""The progress line (terminal only) and the end-of-run summary."""

from __future__ import annotations

import io

from service.batch.progress import Progress
from service.batch.summary import Summary
from service.batch.worker import Outcome


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream)
    progress.advance(5, errors=1)
    progress.close()
    assert stream.getvalue() == ""


def test_progress_draws_counts_and_a_bar_when_the_total_is_known() -> None:
    stream = Terminal()
    progress = Progress(stream, total=10)
    progress.advance(5, errors=2)
    progress.close()
    last = stream.getvalue().rsplit("\r", 1)[-1]
    assert last.startswith("\x1b[2K[############............]  50% of 10")
    assert "5 docs · 2 errors" in last and last.endswith("docs/s\n")
    assert "of" not in Progress(Terminal()).render()


def test_summary_counts_documents_errors_and_paragraphs() -> None:
    summary = Summary(output="out.jsonl", skipped=3)
    summary.add(Outcome("a:1", b"", paragraphs=7))
    summary.add(Outcome("a:2", b"", error="invalid-record"))
    part = Summary()
    part.add(Outcome("b:1", b"", error="invalid-record"))
    summary.merge(part)
    summary.seconds = 2.0
    body = summary.to_dict()
    assert body == {
        "documents": 3,
        "errors": 2,
        "error_types": {"invalid-record": 2},
        "paragraphs": 7,
        "skipped": 3,
        "seconds": 2.0,
        "docs_per_second": 1.5,
        "output": "out.jsonl",
    }
    assert summary.line() == (
        "winnow batch: 3 documents (2 errors: 2 invalid-record, 3 already done), 7 paragraphs in 2.0 s"
        " = 1.5 docs/s -> out.jsonl"
    )
