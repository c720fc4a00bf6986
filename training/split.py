"""Split pages by site into train, dev and test, deterministically, and record the split.

A page's split follows its site (its URL's domain, or the page alone when it has no URL). Some pages
without a URL still tell their publisher (an id naming the site, a canonical link), and some corpora
hold the same article twice: a dev or test page whose publisher or article also has a page in a
split before it (train; train or dev for test) is kept out of evaluation as :data:`EXCLUDED`, so
every evaluated page comes from a publisher the model was not fitted on. The training pages are
those of the site split alone.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .corpus import CorpusPage, available_corpora, read_corpus

SPLITS = ("train", "dev", "test")
#: The split of a held-out page that shares its publisher or its article with an earlier split.
EXCLUDED = "excluded"
#: The splits a held-out split's pages may share no publisher and no article with.
KEPT_APART = {"dev": ("train",), "test": ("train", "dev")}
_WORDS = re.compile(r"\w+")
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


@dataclass(frozen=True)
class PageIdentity:
    """What decides a page's split: its key, site, publisher and article (a digest of its words)."""

    key: str
    site: str
    publisher: str
    article: str | None

    @classmethod
    def of(cls, page: CorpusPage) -> PageIdentity:
        words = _WORDS.findall((page.article_text or "").lower())
        article = hashlib.sha256(" ".join(words).encode()).hexdigest() if words else None
        return cls(page.key, page.site, page.publisher, article)


def assign_splits(pages: Iterable[PageIdentity]) -> dict[str, str]:
    """Each page's split (by key): its site's, or :data:`EXCLUDED` for a held-out page whose publisher
    or article has a page in a split it is kept apart from (:data:`KEPT_APART`)."""
    pages = list(pages)
    by_site = {page.key: split_of(page.site) for page in pages}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for page in pages:
        for mark in _marks(page):
            seen[mark].add(by_site[page.key])
    assigned = {}
    for page in pages:
        split = by_site[page.key]
        apart = KEPT_APART.get(split, ())
        shared = any(seen[mark].intersection(apart) for mark in _marks(page))
        assigned[page.key] = EXCLUDED if shared else split
    return assigned


def _marks(page: PageIdentity) -> Iterator[tuple[str, str]]:
    yield "publisher", page.publisher
    if page.article is not None:
        yield "article", page.article


def corpus_splits(root: Path, names: Iterable[str] | None = None) -> dict[str, str]:
    """Each page's split by key (:func:`split_rows`)."""
    return {f"{corpus}/{page_id}": split for corpus, page_id, _, split in split_rows(root, names)}


def split_rows(root: Path, names: Iterable[str] | None = None) -> list[tuple[str, str, str, str]]:
    """``(corpus, id, site, split)`` of every page of the corpora under ``root`` (all available ones),
    as recorded: :func:`assign_splits` over the pages' identities, read once (no page is held)."""
    names = available_corpora(root) if names is None else list(names)
    pages = [PageIdentity.of(page) for name in names for page in read_corpus(root, name)]
    assigned = assign_splits(pages)
    return sorted((*page.key.split("/", 1), page.site, assigned[page.key]) for page in pages)  # type: ignore[misc]


def read_split(directory: Path = SPLITS_DIR) -> list[tuple[str, str, str, str]]:
    """The recorded ``(corpus, id, site, split)`` rows (:func:`write_split`)."""
    rows = []
    for path in sorted(directory.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            page_id, site, split = line.split("\t")
            rows.append((path.stem, page_id, site, split))
    return sorted(rows)


def write_split(rows: list[tuple[str, str, str, str]], directory: Path = SPLITS_DIR) -> None:
    """Record ``(corpus, id, site, split)`` rows, one TSV per corpus."""
    directory.mkdir(parents=True, exist_ok=True)
    by_corpus: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in rows:
        by_corpus.setdefault(row[0], []).append(row)
    for corpus, corpus_rows in by_corpus.items():
        lines = ["id\tsite\tsplit"] + [f"{i}\t{site}\t{split}" for _, i, site, split in sorted(corpus_rows)]
        (directory / f"{corpus}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
