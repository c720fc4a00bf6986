"""Reading the shared corpora (never copied into this repository)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

#: Where the corpora live unless ``--corpora`` or ``WINNOW_CORPORA`` says otherwise.
DEFAULT_CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
CORPORA_ENV = "WINNOW_CORPORA"
#: The project's own story pages (training/stories.py): training only, their truth is the full text.
STORY_CORPUS = "stories"
#: Corpora with a full ground-truth text; the others have snippets only.
FULL_TEXT = frozenset({"wcxb_dev", "news_articles_2023", "newspaper_fixtures", "readability", STORY_CORPUS})
SNIPPET_ONLY = frozenset({"trafilatura_eval", "goose3_fixtures"})
ALL_CORPORA = (
    "news_articles_2023",
    "wcxb_dev",
    "newspaper_fixtures",
    "readability",
    "trafilatura_eval",
    "goose3_fixtures",
)
#: Second-level labels under country-code TLDs (``bbc.co.uk`` is one site, not ``co.uk``).
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"})
ARCHIVE_HOSTS = ("web.archive.org", "archive.org")
#: Top-level labels a page id may name its host with ("dw.com.colonial.html"); any two letters is a
#: country's.
GENERIC_TLDS = frozenset({"com", "net", "org", "info", "edu", "gov", "io", "biz", "news", "tv"})
#: The start of a page id that names its host: the fewest dotted labels up to a top-level one,
#: followed by a dash, a dot or the end ("nationnews.com-tridents.html", "dw.com.colonial.html").
_ID_HOST = re.compile(
    rf"^((?:[a-z0-9]+\.)+?(?:{'|'.join(sorted(GENERIC_TLDS))}|[a-z]{{2}}))(?:\.([a-z]{{2}}))?(?=[-.]|$)",
    re.IGNORECASE,
)
#: ``<link rel=canonical href=...>`` and ``<meta property=og:url content=...>``, in either attribute order.
_TAG = re.compile(r"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
#: How much of a page is searched for its canonical link (the head).
CANONICAL_SEARCH_CHARS = 200_000


@dataclass(frozen=True)
class CorpusPage:
    """One page of a corpus with its page-level truth."""

    corpus: str
    id: str
    url: str | None
    lang: str | None
    html: str
    article_text: str | None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.corpus}/{self.id}"

    @property
    def site(self) -> str:
        """The page's site, which decides its split: the URL's, else the page alone."""
        return site_of(self.url) or f"{self.corpus}:{self.id}"

    @property
    def publisher(self) -> str:
        """Who published the page, as far as it can be told: the URL's site, else the site its id
        names (``nationnews.com-tridents.html``), else its canonical link's, else the page alone.
        Held-out pages whose publisher has training pages are kept out of evaluation (:mod:`.split`)."""
        return site_of(self.url) or site_in_id(self.id) or site_of(canonical_url(self.html)) or self.site


def corpora_dir(explicit: str | Path | None = None) -> Path:
    """The corpora folder: the argument, else ``WINNOW_CORPORA``, else ``../shared/corpora``."""
    return Path(explicit or os.environ.get(CORPORA_ENV) or DEFAULT_CORPORA)


def site_of(url: str | None) -> str | None:
    """The registrable domain of a URL (archived URLs count as the archived site)."""
    if not url:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host in ARCHIVE_HOSTS:
        inner = parts.path.split("/", 3)[-1]
        if "://" in inner or inner.startswith("http"):
            return site_of(inner if "://" in inner else "http://" + inner.split(":", 1)[-1].lstrip("/"))
    labels = [label for label in host.split(".") if label]
    if labels[:1] == ["www"]:
        labels = labels[1:]
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) or None


def site_in_id(page_id: str) -> str | None:
    """The site a page id names at its start ("dw.com.colonial.html" → ``dw.com``), if it names one."""
    match = _ID_HOST.match(page_id)
    if match is None:
        return None
    host, country = match.group(1).lower(), match.group(2)
    if country and host.rsplit(".", 1)[-1] in SECOND_LEVEL:
        host = f"{host}.{country.lower()}"  # laestrella.com.pa
    return site_of("http://" + host)


def canonical_url(html: str) -> str | None:
    """The page's canonical link, or its ``og:url``, as its head gives it."""
    found: dict[str, str] = {}
    for tag in _TAG.finditer(html, 0, CANONICAL_SEARCH_CHARS):
        attributes = {m[1].lower(): m[2] or m[3] or m[4] for m in _ATTRIBUTE.finditer(tag.group())}
        if attributes.get("rel", "").lower() == "canonical" and attributes.get("href"):
            found.setdefault("canonical", attributes["href"])
        elif attributes.get("property", "").lower() == "og:url" and attributes.get("content"):
            found.setdefault("og", attributes["content"])
    url = found.get("canonical") or found.get("og")
    return url if url and url.lower().startswith(("http://", "https://", "//")) else None


def corpus_file(root: Path, name: str) -> Path:
    return root / name / f"{name}.jsonl.gz"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_corpus(root: Path, name: str) -> Iterator[CorpusPage]:
    """Every page of one corpus, in file order."""
    with gzip.open(corpus_file(root, name), "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield CorpusPage(
                corpus=name,
                id=str(record["id"]),
                url=record.get("url"),
                lang=record.get("lang"),
                html=record["html"],
                article_text=record.get("article_text"),
                with_=list(record.get("with") or []),
                without=list(record.get("without") or []),
            )


def page_types(root: Path, names: tuple[str, ...] = ALL_CORPORA) -> dict[str, str]:
    """Page type (``article``, ``listing``, ...) by page key, for the corpora that record one."""
    out: dict[str, str] = {}
    for name in names:
        path = root / name / f"{name}.page_types.json"
        if path.is_file():
            types = json.loads(path.read_text(encoding="utf-8"))
            out.update({f"{name}/{page_id}": kind for page_id, kind in types.items()})
    return out


def available_corpora(root: Path, names: tuple[str, ...] = ALL_CORPORA) -> list[str]:
    return [name for name in names if corpus_file(root, name).is_file()]
