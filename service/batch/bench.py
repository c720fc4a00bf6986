"""Documents per second of ``winnow batch`` on this machine, with 1 and 2 worker processes.

    python -m service.batch.bench [--model PATH] [--documents 400] [--corpus-pages 20]

Samples are built in a temporary directory, never in the repository: the fixture pages
(``datasets/fixtures/pages``) repeated to ``--documents``, and, when ``../shared/corpora``
is present, the first ``--corpus-pages`` pages of each corpus. Each run is the real
command in a fresh process; "batch" is the rate the command reports, "wall" includes
interpreter start-up, model verification and starting the workers.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from ..core.artifact import DEFAULT_MODEL_PATH
from ..core.parse import decode_html

PROJECT_ROOT = DEFAULT_MODEL_PATH.parent.parent.parent
FIXTURE_PAGES = PROJECT_ROOT / "datasets" / "fixtures" / "pages"
CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
DEFAULT_DOCUMENTS = 400
DEFAULT_CORPUS_PAGES = 20
DEFAULT_WORKERS = (1, 2)
#: The only corpus fields copied into a sample (never the ground truth).
SAMPLED_FIELDS = ("id", "url", "html")


@dataclass(frozen=True)
class Measurement:
    sample: str
    documents: int
    workers: int
    docs_per_second: float
    wall_seconds: float

    def row(self) -> str:
        wall_rate = self.documents / self.wall_seconds
        return (
            f"{self.sample:<10} {self.documents:>6} {self.workers:>8} {self.docs_per_second:>12.1f}"
            f" {wall_rate:>11.1f} {self.wall_seconds:>7.1f}"
        )


HEADER = f"{'sample':<10} {'docs':>6} {'workers':>8} {'batch doc/s':>12} {'wall doc/s':>11} {'wall s':>7}"


def fixture_records(documents: int) -> Iterator[dict[str, str]]:
    """The fixture pages (decoded as the classifier would), cycled to ``documents`` records."""
    pages = [(path.stem, decode_html(path.read_bytes())[0]) for path in sorted(FIXTURE_PAGES.glob("*.html"))]
    for number, (name, html) in enumerate(islice(cycle(pages), documents)):
        yield {"id": f"{name}-{number}", "html": html}


def corpus_records(corpora: Path, pages: int) -> Iterator[dict[str, str]]:
    """The first ``pages`` pages (id, url, html) of every corpus under ``corpora``."""
    for path in sorted(corpora.glob("*/*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in islice(handle, pages):
                record = json.loads(line)
                yield {key: record[key] for key in SAMPLED_FIELDS if record.get(key) is not None}


def write_sample(path: Path, records: Iterator[dict[str, str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def measure(sample: Path, model: Path, workers: int, workdir: Path) -> Measurement:
    """Run ``winnow batch`` once on ``sample`` and read its summary."""
    output, summary = workdir / f"{sample.stem}-{workers}.jsonl", workdir / f"{sample.stem}-{workers}.json"
    command = [sys.executable, "-m", "service.cli", "batch", str(sample), "--output", str(output)]
    command += ["--model", str(model), "--workers", str(workers), "--summary", str(summary), "--no-progress"]
    started = time.perf_counter()
    subprocess.run([*command, "--overwrite"], check=True, stderr=subprocess.DEVNULL)  # noqa: S603 (our own command)
    wall = time.perf_counter() - started
    report = json.loads(summary.read_text(encoding="utf-8"))
    return Measurement(sample.stem, report["documents"], workers, report["docs_per_second"], wall)


def build_samples(workdir: Path, documents: int, corpus_pages: int, corpora: Path) -> list[Path]:
    samples = [workdir / "fixtures.jsonl"]
    write_sample(samples[0], fixture_records(documents))
    if corpus_pages > 0 and any(corpora.glob("*/*.jsonl.gz")):
        samples.append(workdir / "corpora.jsonl")
        write_sample(samples[1], corpus_records(corpora, corpus_pages))
    return samples


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m service.batch.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_PATH)
    parser.add_argument("--documents", type=int, default=DEFAULT_DOCUMENTS, help="fixture documents in the sample")
    parser.add_argument("--corpus-pages", type=int, default=DEFAULT_CORPUS_PAGES, help="pages per corpus (0: none)")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--workers", type=int, nargs="+", default=list(DEFAULT_WORKERS))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.model.is_file():
        print(f"bench: no model at {args.model} (give --model PATH)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="winnow-bench-") as tmp:
        workdir = Path(tmp)
        print(HEADER)
        for sample in build_samples(workdir, args.documents, args.corpus_pages, args.corpora):
            for workers in args.workers:
                print(measure(sample, args.model, workers, workdir).row(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
