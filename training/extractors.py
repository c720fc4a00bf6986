"""Competing extractors run side by side with Winnow (the optional ``bench`` extra)."""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable, Sequence

#: html2text's default line width.
HTML2TEXT_WIDTH = 78
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


# ---------------------------------------------------------------- HTML-to-text converters
# Scrapers often hand Winnow a page another tool already turned into text; the evaluation
# runs text mode on these tools' output of each page.


def html2text_text(page_html: str, width: int) -> str:
    """html2text's Markdown of the whole page, wrapped at ``width`` (0: not wrapped; 78 is its default).

    Characters are kept as they are (``unicode_snob``): by default html2text writes entities such as
    ``&auml;`` as plain ASCII ("a"), which would measure the converter's loss, not Winnow's choice.
    """
    import html2text

    converter = html2text.HTML2Text()
    converter.body_width = width
    converter.unicode_snob = True
    return converter.handle(page_html)


def markdownify_text(page_html: str) -> str:
    """markdownify's Markdown of the whole page, with ``#`` headings."""
    import markdownify

    return markdownify.markdownify(page_html, heading_style="ATX")


def converters() -> dict[str, Callable[[str], str]]:
    """Name → function(html) for every importable converter (empty output when one fails on a page)."""
    out: dict[str, Callable[[str], str]] = {}
    for module, name, convert in (
        ("html2text", "html2text", lambda page: html2text_text(page, HTML2TEXT_WIDTH)),
        ("html2text", "html2text_unwrapped", lambda page: html2text_text(page, 0)),
        ("markdownify", "markdownify", markdownify_text),
    ):
        try:
            __import__(module)
        except ImportError:
            continue
        out[name] = _never_failing(convert)
    return out


def _never_failing(convert: Callable[[str], str]) -> Callable[[str], str]:
    def run(page: str) -> str:
        try:
            return convert(page)
        except Exception:  # noqa: BLE001 - a converter's failure on a page counts as empty output
            return ""

    return run
