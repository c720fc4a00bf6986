"""``winnow batch``: the options, and the command that runs them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..core.classify import Limits
from ..core.report import LISTINGS
from .job import DEFAULT_PARTITION_SIZE, LOCAL_SCHEDULER, BatchJob
from .run import run_batch
from .worker import ClassifyOptions

#: Exit status after Ctrl-C (128 + SIGINT), as shells report it.
INTERRUPTED_EXIT = 130


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive integer")
    return number


def probability(value: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not in [0, 1]")
    return number


def configure_parser(parser: argparse.ArgumentParser) -> None:
    """Add the batch options to ``parser`` (the ``batch`` subcommand)."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help=".jsonl, .jsonl.gz, .warc or .warc.gz files")
    parser.add_argument("--output", "-o", required=True, help="output file, .jsonl or .jsonl.gz")
    parser.add_argument("--model", default=None, help="model path (default: the committed model)")
    parser.add_argument(
        "--no-text-pass", action="store_true", help="HTML: the HTML model alone (faster, keeps more chrome)"
    )
    parser.add_argument("--threshold", type=probability, default=None, help="content score cut-off in [0, 1]")
    parser.add_argument(
        "--list",
        choices=LISTINGS,
        default="all",
        dest="listing",
        help="which paragraphs each output line lists (content_text, stats and paywall always)",
    )
    parser.add_argument("--max-bytes", type=positive_int, default=None, help="largest page accepted, in bytes")
    parser.add_argument("--max-paragraphs", type=positive_int, default=None, help="most paragraphs in one page")
    parser.add_argument(
        "--workers", type=int, default=1, help=f"processes (0: all cores); with --scheduler {LOCAL_SCHEDULER}: workers"
    )
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="skip documents already in the output and append")
    again.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.add_argument("--summary", metavar="FILE.json", default=None, help="also write the summary as JSON")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help=f"Dask scheduler address ('{LOCAL_SCHEDULER}': a new local cluster)",
    )
    parser.add_argument(
        "--partition-size", type=positive_int, default=DEFAULT_PARTITION_SIZE, help="documents per Dask partition"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress line, even on a terminal")
    parser.set_defaults(func=run_command)


def job_from_args(args: argparse.Namespace) -> BatchJob:
    limits = Limits(max_bytes=args.max_bytes, max_paragraphs=args.max_paragraphs)
    options = ClassifyOptions(args.threshold, limits, args.listing)
    return BatchJob.create(
        args.inputs,
        args.output,
        model_path=Path(args.model) if args.model else None,
        text_pass=not args.no_text_pass,
        options=options,
        workers=args.workers,
        resume=args.resume,
        overwrite=args.overwrite,
        scheduler=args.scheduler,
        partition_size=args.partition_size,
        summary=Path(args.summary) if args.summary else None,
    )


def run_command(args: argparse.Namespace) -> int:
    """Run the batch, print the summary on stderr (and to ``--summary``)."""
    job = job_from_args(args)
    try:
        summary = run_batch(job, progress=False if args.no_progress else None)
    except KeyboardInterrupt:
        print("winnow batch: interrupted; the output so far is kept: re-run with --resume", file=sys.stderr)
        return INTERRUPTED_EXIT
    print(summary.line(), file=sys.stderr)
    if job.summary is not None:
        job.summary.write_text(json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8")
    return 0
