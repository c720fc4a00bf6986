"""``python -m training train|evaluate|bench`` (see ``--help``)."""

from __future__ import annotations

import argparse
import sys

from . import commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training", description="Train and evaluate Winnow's model.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("train", "train on the corpora and write the model"),
        ("evaluate", "evaluate the committed model"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("--corpora", help="corpora folder (default: $WINNOW_CORPORA or ../shared/corpora)")
        cmd.add_argument("--limit", type=int, default=None, help="at most this many pages per corpus (quick runs)")
        cmd.add_argument("--seed", type=int, default=0)
        cmd.add_argument("--no-competitors", action="store_true", help="skip trafilatura and jusText")
        cmd.add_argument("--no-cache", action="store_true", help="re-segment the corpora instead of using .cache/")
        cmd.add_argument("--model", default=None, help="model path (default: the committed model)")
        cmd.add_argument("--split", default="test", choices=("dev", "test"), help="split to evaluate on")
        cmd.add_argument("--output", default=None, help="write the figures as JSON here (evaluate)")
    args = parser.parse_args(argv)
    return commands.train(args) if args.command == "train" else commands.evaluate_command(args)


if __name__ == "__main__":
    sys.exit(main())
