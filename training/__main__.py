"""``python -m training train|evaluate|gate|split|bench|excerpts`` (see ``--help``)."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable

from service.core.schema import MODES

from . import commands
from .augment import LONE_PROB, WALL_PROB
from .dataset import BESIDE, MIXED
from .stories import SHORT_LINES
from .train import FOREIGN_PAGES, INJECTED_CHROME_WEIGHT, MARKUP_DROPOUT

COMMANDS = {
    "train": "train on the corpora and write the model, manifest and model card",
    "evaluate": "evaluate a model on a split, side by side with trafilatura and jusText",
    "gate": "hold the committed model's figures to the floors pinned in datasets/eval_floors.json",
    "split": "assign every corpus page its split and record it in datasets/splits/",
    "bench": "time Winnow against the parse floor, trafilatura and jusText on the test split",
    "excerpts": "text mode on a few content or chrome lines sent alone, against the same lines in their page",
    "check-page": "check a hand-written page against its truth file (datasets/unseen/, datasets/fixtures/)",
}


#: The shared options each command takes (the others take them all): the gate always measures
#: every test page without the competitors, and the split reads only the corpora.
OPTIONS = {"gate": ("corpora", "seed", "no-cache", "model"), "split": ("corpora",), "check-page": ()}
#: What a command without an option reads in its place.
OPTION_DEFAULTS = {"limit": None, "seed": 0, "no_competitors": True, "no_cache": False, "model": None,
                   "split": "test", "output": None}  # fmt: skip


def _shared_options(cmd: argparse.ArgumentParser, names: tuple[str, ...] | None) -> None:
    def wanted(name: str) -> bool:
        return names is None or name in names

    if wanted("corpora"):
        cmd.add_argument("--corpora", help="corpora folder (default: $WINNOW_CORPORA or ../shared/corpora)")
    if wanted("limit"):
        cmd.add_argument("--limit", type=int, default=None, help="at most this many pages per corpus (quick runs)")
    if wanted("seed"):
        seed_help = (
            f"seed (train: {commands.COMMITTED_SEED}, the committed model's HTML stage's; its text stage's is "
            f"{commands.COMMITTED_TEXT_SEED})"
        )
        cmd.add_argument("--seed", type=int, default=0, help=seed_help)
    if wanted("no-competitors"):
        cmd.add_argument("--no-competitors", action="store_true", help="skip trafilatura and jusText")
    if wanted("no-cache"):
        cmd.add_argument("--no-cache", action="store_true", help="re-segment the corpora instead of using .cache/")
    if wanted("model"):
        cmd.add_argument("--model", default=None, help="model path (default: the committed model)")
    if wanted("split"):
        cmd.add_argument("--split", default="test", choices=("dev", "test"), help="split to evaluate on")
    if wanted("output"):
        cmd.add_argument("--output", default=None, help="also write the figures as JSON here")
    if names is not None:
        cmd.set_defaults(**{k: v for k, v in OPTION_DEFAULTS.items() if k.replace("_", "-") not in names})


def above_zero(at_most: float = math.inf) -> Callable[[str], float]:
    """An argparse type: a number above 0 and at most ``at_most`` (a share: 1; a weight: no bound)."""

    def number(value: str) -> float:
        parsed = float(value)
        if not 0.0 < parsed <= at_most:
            bound = "" if at_most == math.inf else f" and at most {at_most:g}"
            raise argparse.ArgumentTypeError(f"{value} is not above 0{bound}")
        return parsed

    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m training", description="Train and evaluate Winnow's model.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in COMMANDS.items():
        _shared_options(sub.add_parser(name, help=help_text), OPTIONS.get(name))
    sub.choices["train"].set_defaults(seed=commands.COMMITTED_SEED)
    sub.choices["train"].add_argument(
        "--stages-from",
        default=None,
        metavar="MODEL",
        help="take the HTML and text stages from this model (verified) and fit only the chrome-kind stage "
        "(with --refit-text, the text stage too; with --foreign-stage, that one too)",
    )
    sub.choices["train"].add_argument(
        "--refit-text",
        action="store_true",
        help="with --stages-from: keep that model's HTML stage and fit the text stage anew (for a change to the "
        "text model's training alone: the HTML stage stays the very object that was measured)",
    )
    sub.choices["train"].add_argument(
        "--keep-kinds",
        action="store_true",
        help="with --stages-from: keep that model's chrome-kind stage too, where it would be fitted anew on the "
        "training blocks (a text-stage change then moves no chrome kind, and the paywall verdict only through "
        "the scores)",
    )
    sub.choices["train"].add_argument(
        "--foreign-stage",
        action="store_true",
        help="also fit the foreign stage, text mode's model for pages whose letters are mostly in scripts no "
        "training article is written in (service/core/foreign.py), also with --stages-from (measured, not kept)",
    )
    sub.choices["train"].add_argument(
        "--no-lone-lines",
        dest="lone_lines",
        action="store_false",
        help="leave out the lone lines of datasets/lone/ (the committed recipe sets them between articles' paragraphs)",
    )
    sub.choices["train"].add_argument(
        "--teasers",
        action="store_true",
        help="also train the text model on pages with a run of other stories' teasers around the story "
        "(training/teasers.py)",
    )
    sub.choices["train"].add_argument(
        "--story-shapes",
        nargs="?",
        const="content",
        default=None,
        choices=tuple(SHORT_LINES),
        help="also train on datasets/story-shapes/, every story page's markup drawn, their subheads, questions "
        "and list items content, all unlabelled, or only the list items unlabelled (measured, not kept); prose: "
        "their paragraphs alone, in the plain stories' markup (prose-missing: only in the languages "
        "datasets/stories/ lacks)",
    )
    sub.choices["train"].add_argument(
        "--chrome-word-news",
        action="store_true",
        help="also set the news sentences in chrome's words of datasets/lone/news_in_chrome_words.json as lone "
        "content lines (fewer short content lines dropped, more chrome kept in text mode: measured, not kept)",
    )
    sub.choices["train"].add_argument(
        "--more-languages",
        nargs="?",
        const=MIXED,
        default=None,
        choices=(MIXED, BESIDE),
        help="also train on the chrome library's tenth batch and the stories in its eight languages "
        "(datasets/languages/: uk, hu, el, ro, he, fa, vi, th): the batch mixed into the library's blocks "
        "(measured, not kept), or drawn beside them, one block on half the injected pages on top of their own "
        "draws (model 1.22.0's text stage)",
    )
    sub.choices["train"].add_argument(
        "--more-hands",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="set the lone chrome and content lines of datasets/lone/more_hands.json (written by other writers "
        "than the rest of datasets/lone/) in the training pages too (default: with the lone lines)",
    )
    sub.choices["train"].add_argument(
        "--chrome-weight",
        type=above_zero(),
        default=INJECTED_CHROME_WEIGHT,
        metavar="W",
        help=f"weight of an injected chrome paragraph relative to a page's own of its length, above 0 "
        f"(default {INJECTED_CHROME_WEIGHT})",
    )
    sub.choices["train"].add_argument(
        "--lone-share",
        type=above_zero(at_most=1.0),
        default=LONE_PROB,
        metavar="SHARE",
        help=f"the share of the injected training pages that get lone lines, above 0 and at most 1 "
        f"(default {LONE_PROB})",
    )
    sub.choices["train"].add_argument(
        "--mid-story-walls",
        nargs="?",
        type=float,
        const=WALL_PROB,
        default=0.0,
        metavar="SHARE",
        help=f"set a subscription wall mid-story in this share of the injected training pages (default {WALL_PROB}), "
        "the story going on after it (measured, not kept)",
    )
    sub.choices["train"].add_argument(
        "--markup-dropout",
        nargs="?",
        type=above_zero(at_most=1.0),
        const=MARKUP_DROPOUT,
        default=0.0,
        metavar="SHARE",
        help=f"let the HTML stage see this share of the training pages (default {MARKUP_DROPOUT}) without their "
        "class and id names: none at all, or a made-up name for each (measured, not kept)",
    )
    sub.choices["train"].add_argument(
        "--foreign-pages",
        nargs="?",
        type=above_zero(at_most=1.0),
        const=FOREIGN_PAGES,
        default=0.0,
        metavar="SHARE",
        help=f"re-spell this share of the text stage's training pages (default {FOREIGN_PAGES}) in a script no "
        "page is written in (training/foreign.py); give the text stage --scripts too (measured, not kept)",
    )
    column_help = {
        "low_runs": "low-run columns: where a chrome-like paragraph sits in its run of them",
        "coherence": "coherence columns: how much a paragraph shares its words with the paragraphs next to it",
        "scripts": "script columns: the share of a paragraph's and its page's letters in the training articles' "
        "scripts",
    }
    for flag, column in commands.STAGE_COLUMN_FLAGS.items():
        sub.choices["train"].add_argument(
            flag,
            dest=column,
            nargs="*",
            choices=MODES,
            default=None,
            metavar="MODE",
            help=f"give the stacked stages of these modes (both when none is named) the {column_help[column]} "
            "(measured, not kept)",
        )
    gate = sub.choices["gate"]
    gate.add_argument(
        "--update",
        action="store_true",
        help="raise floors the measured figures better; re-pin the data checksum",
    )
    gate.add_argument(
        "--allow-lower",
        nargs="*",
        metavar="FIGURE",
        default=None,
        help="with --update: let the named floors (all, when none is named) go down to the measured figures",
    )
    gate.add_argument("--reason", default=None, help="with --allow-lower: why (recorded in the floors file)")
    check = sub.choices["check-page"]
    check.add_argument("pages", nargs="+", metavar="PAGE", help="NAME.html, its NAME.truth.json beside it")
    check.add_argument("--blocks", action="store_true", help="only print each page's blocks, one per line")
    bench = sub.choices["bench"]
    bench.add_argument("--pages", type=int, default=200, help="pages sampled from the test split (at least 150)")
    bench.add_argument("--repeat", type=int, default=3, help="timings per page; the minimum counts")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {
        "train": commands.train,
        "evaluate": commands.evaluate_command,
        "gate": commands.gate_command,
        "split": commands.split_command,
        "bench": commands.bench_command,
        "excerpts": commands.excerpts_command,
        "check-page": commands.check_page_command,
    }[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
