"""The project's own chrome library (``datasets/chrome/``): typed, multilingual blocks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROME_DIR = Path(__file__).resolve().parent.parent / "datasets" / "chrome"
#: The library's tenth batch, in eight more languages (``datasets/languages/``): read only by ``train
#: --more-languages`` (drawn beside the library for model 1.22.0's text stage: docs/model-history.md, 1.22.0).
MORE_LANGUAGES_CHROME = CHROME_DIR.parent / "languages" / "chrome"
HARD_CONTENT = Path(__file__).resolve().parent.parent / "datasets" / "hard_content" / "hard_content.json"
LEADINS = Path(__file__).resolve().parent.parent / "datasets" / "leadins" / "leadins.json"
LONE = Path(__file__).resolve().parent.parent / "datasets" / "lone" / "lone.json"
#: News sentences in chrome's words, lone content lines for training with ``train --chrome-word-news``.
CHROME_WORD_NEWS = LONE.with_name("news_in_chrome_words.json")
#: Lone chrome and content lines by a second set of hands, trained on with the lone lines since 1.21.0.
MORE_HANDS = LONE.with_name("more_hands.json")
OTHER_HANDS = Path(__file__).resolve().parent.parent / "datasets" / "other_hands" / "other_hands.json"
KINDS = (
    "paywall",
    "pricing",
    "login",
    "consent",
    "newsletter",
    "promo",
    "share",
    "related",
    "navigation",
    "legal",
    "ad",
    "comments",
    "disclaimer",
    "other",
)


@dataclass(frozen=True)
class ChromeBlock:
    """Paragraphs a publisher shows together (a plan list, a share bar, a paywall notice)."""

    id: str
    kind: str
    lang: str
    split: str
    lines: tuple[str, ...]


def load_library(directory: Path = CHROME_DIR, split: str | None = None) -> list[ChromeBlock]:
    """Every block of the library (optionally only one split), in file order."""
    blocks = []
    for kind in KINDS:
        data = json.loads((directory / f"{kind}.json").read_text(encoding="utf-8"))
        for block in data["blocks"]:
            if split is None or block["split"] == split:
                blocks.append(ChromeBlock(block["id"], kind, block["lang"], block["split"], tuple(block["lines"])))
    return blocks


def load_hard_content(path: Path = HARD_CONTENT) -> list[str]:
    """Article paragraphs that use chrome's words (prices, cookies, subscriptions...)."""
    return [item["text"] for item in json.loads(path.read_text(encoding="utf-8"))["items"]]


@dataclass(frozen=True)
class Leadins:
    """Lead-ins of related-link lines ("Also read") and the separators that follow them."""

    texts: tuple[str, ...]
    separators: tuple[str, ...]


def load_leadins(path: Path = LEADINS) -> Leadins:
    """The lead-ins of ``datasets/leadins/``, in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Leadins(tuple(item["text"] for item in data["leadins"]), tuple(data["separators"]))


#: Lone lines of this language stand in for a page whose language has none.
FALLBACK_LANG = "en"


@dataclass(frozen=True)
class LoneLine:
    """A line a publisher sets alone between a story's paragraphs: chrome (with its kind) or content."""

    text: str
    lang: str
    kind: str | None
    split: str


@dataclass(frozen=True)
class LoneLines:
    """The sentence-like lines of ``datasets/lone/``: chrome set alone inside a story, and content alike."""

    chrome: tuple[LoneLine, ...]
    content: tuple[LoneLine, ...]

    def of_split(self, split: str) -> LoneLines:
        """Only the lines of ``split`` (``train`` or ``heldout``)."""
        return LoneLines(
            tuple(line for line in self.chrome if line.split == split),
            tuple(line for line in self.content if line.split == split),
        )


def in_language(lines: Sequence[LoneLine], lang: str | None) -> list[LoneLine]:
    """The ``lines`` in ``lang`` (in English when ``lang`` is None or has none), in order."""
    for wanted in (lang or FALLBACK_LANG, FALLBACK_LANG):
        chosen = [line for line in lines if line.lang == wanted]
        if chosen:
            return chosen
    return []


def load_lone(
    path: Path = LONE,
    split: str | None = None,
    *,
    chrome_word_news: Path | None = None,
    more_hands: Path | None = None,
) -> LoneLines:
    """The lone lines of ``datasets/lone/`` (optionally only one split), in file order; with
    ``chrome_word_news`` (:data:`CHROME_WORD_NEWS`), its lines as training content lines after them;
    with ``more_hands`` (:data:`MORE_HANDS`), its chrome and content lines as training lines after those."""
    lines = _lone_lines(json.loads(path.read_text(encoding="utf-8")))
    if chrome_word_news:
        news = json.loads(chrome_word_news.read_text(encoding="utf-8"))["lines"]
        lines = LoneLines(lines.chrome, lines.content + _lone_lines({"content": news}, "train").content)
    if more_hands:
        extra = _lone_lines(json.loads(more_hands.read_text(encoding="utf-8")), "train")
        lines = LoneLines(lines.chrome + extra.chrome, lines.content + extra.content)
    return lines if split is None else lines.of_split(split)


def _lone_lines(data: dict[str, Any], split: str | None = None) -> LoneLines:
    """The ``chrome`` and ``content`` items of a lone-lines file; ``split``: every line's, else each item's."""
    return LoneLines(
        tuple(LoneLine(i["text"], i["lang"], i["kind"], split or i["split"]) for i in data.get("chrome", ())),
        tuple(LoneLine(i["text"], i["lang"], None, split or i["split"]) for i in data.get("content", ())),
    )


def library_checksum(
    directory: Path = CHROME_DIR, hard_content: Path = HARD_CONTENT, leadins: Path = LEADINS, lone: Path = LONE
) -> str:
    """sha256 over every library file, the hard-content file, the lead-ins and the lone lines."""
    digest = hashlib.sha256()
    for kind in KINDS:
        digest.update((directory / f"{kind}.json").read_bytes())
    digest.update(hard_content.read_bytes())
    digest.update(leadins.read_bytes())
    digest.update(lone.read_bytes())
    return digest.hexdigest()


def load_other_hands(path: Path = OTHER_HANDS) -> LoneLines:
    """Chrome and content lines written by other hands (``datasets/other_hands/``), every one held out:
    no training step reads them, and nothing is tuned on them."""
    return _lone_lines(json.loads(path.read_text(encoding="utf-8")), "heldout")
