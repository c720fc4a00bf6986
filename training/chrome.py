"""The project's own chrome library (``datasets/chrome/``): typed, multilingual blocks."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

CHROME_DIR = Path(__file__).resolve().parent.parent / "datasets" / "chrome"
HARD_CONTENT = Path(__file__).resolve().parent.parent / "datasets" / "hard_content" / "hard_content.json"
LEADINS = Path(__file__).resolve().parent.parent / "datasets" / "leadins" / "leadins.json"
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


def library_checksum(directory: Path = CHROME_DIR, hard_content: Path = HARD_CONTENT, leadins: Path = LEADINS) -> str:
    """sha256 over every library file, the hard-content file and the lead-ins."""
    digest = hashlib.sha256()
    for kind in KINDS:
        digest.update((directory / f"{kind}.json").read_bytes())
    digest.update(hard_content.read_bytes())
    digest.update(leadins.read_bytes())
    return digest.hexdigest()
