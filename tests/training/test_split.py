"""The split: by site, and no evaluated page from a publisher or an article the model was fitted on."""

from __future__ import annotations

import pytest

from tests.builders import CORPORA
from training.corpus import canonical_url, site_in_id
from training.split import EXCLUDED, PageIdentity, assign_splits, read_split, split_of, split_rows


def _site_in(split: str, start: int = 0) -> str:
    """A site name that :func:`split_of` puts in ``split``."""
    return next(f"site{i}.example" for i in range(start, 10_000) if split_of(f"site{i}.example") == split)


@pytest.mark.parametrize(
    ("page_id", "site"),
    [
        ("nationnews.com-tridents.html", "nationnews.com"),
        ("dw.com.colonial.html", "dw.com"),
        ("laestrella.com.pa-laboral.html", "laestrella.com.pa"),
        ("jamaica.gleaner.com-victims.html", "gleaner.com"),
        ("mercurynews.com.2023.01.16.letters-1119.html", "mercurynews.com"),
        ("blog.python.org.html", "python.org"),
        ("gofeminin.de.abnehmen.html", "gofeminin.de"),
        ("lifehacker-working", None),
        ("0a12df42d1764095989ab078ee0f940b.html", None),
        ("001", None),
    ],
)
def test_a_page_id_that_names_its_site(page_id: str, site: str | None) -> None:
    assert site_in_id(page_id) == site


def test_the_canonical_link_or_og_url() -> None:
    head = '<head><meta content="https://og.example/a" property="og:url"><link href=https://c.example/a rel=canonical>'
    assert canonical_url(head) == "https://c.example/a"
    assert canonical_url('<meta property="og:url" content="https://og.example/a">') == "https://og.example/a"
    assert canonical_url('<link rel="canonical" href="/relative">') is None
    assert canonical_url("<p>no head</p>") is None


def test_held_out_pages_sharing_a_publisher_or_an_article_with_training_are_kept_out() -> None:
    train, dev, test = _site_in("train"), _site_in("dev"), _site_in("test")
    pages = [
        PageIdentity("c/1", train, "paper.example", "story-a"),
        PageIdentity("c/2", "c:2", "other.example", None),  # no URL: its own site, split by its key
        PageIdentity("c/3", test, "paper.example", None),  # the training page's publisher
        PageIdentity("c/4", _site_in("test", 1 + int(test[4:].split(".")[0])), "fresh.example", "story-a"),
        PageIdentity("c/5", _site_in("test", 2 + int(test[4:].split(".")[0])), "fresh2.example", "story-b"),
        PageIdentity("c/6", dev, "dev.example", "story-c"),
        PageIdentity("c/7", test, "dev.example", None),  # a dev page's publisher
    ]
    assigned = assign_splits(pages)
    assert assigned["c/1"] == "train" and assigned["c/6"] == "dev"
    assert assigned["c/3"] == EXCLUDED and assigned["c/4"] == EXCLUDED and assigned["c/7"] == EXCLUDED
    assert assigned["c/5"] == "test"
    assert assigned["c/2"] == split_of("c:2")


@pytest.mark.corpora
@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not beside the repository")
def test_the_recorded_split_is_the_corpora_s() -> None:
    """`python -m training split` writes it; the gate refuses to run when it is out of date."""
    rows = split_rows(CORPORA)
    assert rows == read_split()
    held_out = {row[2] for row in rows if row[3] in ("dev", "test")}
    trained = {row[2] for row in rows if row[3] == "train"}
    assert not held_out & trained
