"""Competing extractors run side by side with Winnow (the optional ``bench`` extra)."""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable, Sequence

#: jusText stoplist names by ISO 639-1 code.
JUSTEXT_LANGUAGES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "fi": "Finnish",
    "tr": "Turkish",
    "ru": "Russian",
    "el": "Greek",
    "hu": "Hungarian",
    "no": "Norwegian_Bokmal",
    "da": "Danish",
    "sv": "Swedish",
}


def available() -> dict[str, bool]:
    """Which competing extractors are importable."""
    found = {}
    for name in ("trafilatura", "justext"):
        try:
            __import__(name)
            found[name] = True
        except ImportError:
            found[name] = False
    return found


def trafilatura_text(page_html: str) -> str:
    import trafilatura

    return trafilatura.extract(page_html, include_comments=False) or ""


def _stoplist(lang: str | None) -> frozenset[str]:
    import justext

    name = JUSTEXT_LANGUAGES.get((lang or "en")[:2])
    return justext.get_stoplist(name) if name else frozenset()


def justext_text(page_html: str, lang: str | None = None) -> str:
    import justext

    stoplist = _stoplist(lang)
    kwargs = {} if stoplist else {"stopwords_low": 0, "stopwords_high": 0}
    try:
        paragraphs = justext.justext(page_html.encode("utf-8", "replace"), stoplist, encoding="utf-8", **kwargs)
    except Exception:  # noqa: BLE001 - a competitor's failure on a page counts as empty output
        return ""
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def justext_lines(lines: Sequence[str], lang: str | None = None) -> str:
    """jusText on a text dump: each line becomes a ``<p>``."""
    body = "".join(f"<p>{html_lib.escape(line)}</p>" for line in lines)
    return justext_text(f"<html><body>{body}</body></html>", lang)


def html_extractors() -> dict[str, Callable[[str, str | None], str]]:
    """Name → function(html, lang) for every importable HTML extractor."""
    have = available()
    out: dict[str, Callable[[str, str | None], str]] = {}
    if have["trafilatura"]:
        out["trafilatura"] = lambda page, lang: trafilatura_text(page)
    if have["justext"]:
        out["justext"] = justext_text
    return out
