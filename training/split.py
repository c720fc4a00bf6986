"""Split pages by site into train, dev and test, deterministically, and record the split."""

from __future__ import annotations

import hashlib
from pathlib import Path

SPLITS = ("train", "dev", "test")
#: Percent of sites in train and dev; the rest are test.
TRAIN_PERCENT = 70
DEV_PERCENT = 10
SPLIT_SALT = "winnow-split-v1"
SPLITS_DIR = Path(__file__).resolve().parent.parent / "datasets" / "splits"


def split_of(site: str) -> str:
    """The split a site belongs to: a stable hash of the site, so every corpus agrees."""
    bucket = int(hashlib.sha256(f"{SPLIT_SALT}:{site}".encode()).hexdigest(), 16) % 100
    if bucket < TRAIN_PERCENT:
        return "train"
    return "dev" if bucket < TRAIN_PERCENT + DEV_PERCENT else "test"


def write_split(rows: list[tuple[str, str, str, str]], directory: Path = SPLITS_DIR) -> None:
    """Record ``(corpus, id, site, split)`` rows, one TSV per corpus."""
    directory.mkdir(parents=True, exist_ok=True)
    by_corpus: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in rows:
        by_corpus.setdefault(row[0], []).append(row)
    for corpus, corpus_rows in by_corpus.items():
        lines = ["id\tsite\tsplit"] + [f"{i}\t{site}\t{split}" for _, i, site, split in sorted(corpus_rows)]
        (directory / f"{corpus}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
