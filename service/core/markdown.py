"""Markdown text dumps → the plain text a reader sees.

Many scrapers hand over a page as Markdown, one block per line (Firecrawl, Jina Reader,
crawl4ai, html2text without wrapping): ``## Heading``, ``- [Sign in](https://…)``,
``![photo](…)``, ``| cell | cell |``, ``**bold**``. The text model reads visible text, so a
page that reads as Markdown is scored on each line without its syntax: a link keeps its words
and loses its address, an image or a rule carries no words. Results still return each line
as it was given.

A page reads as Markdown when enough of its lines carry syntax that plain text hardly ever
has (links, images, ATX headings, table rows); list markers, emphasis and quotes alone do
not make a page Markdown, since plain text uses them too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A page reads as Markdown when at least this many of its lines (or all of them, if it has
#: fewer) carry unmistakable Markdown syntax.
MIN_MARKED_LINES = 2

# ``[words](address "title")`` and ``![alt](address)``; the address may hold one level of
# parentheses (Wikipedia-style URLs) and spaces (converters seldom encode them).
_ADDRESS = r"\((?:[^()\n]|\([^()\n]*\))*\)"
# Their words may hold one level of brackets ("A photo [Reuters]").
_WORDS = r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
IMAGE = re.compile("!" + _WORDS + _ADDRESS)
LINK = re.compile(_WORDS + _ADDRESS)
#: ``[words][ref]`` reference links, ``[words][]`` collapsed ones.
REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
#: ``[ref]: https://… "title"`` reference definitions carry no visible text (a target with no
#: space, then at most a quoted title: "[Editor's note]: This story was updated …" is prose).
REFERENCE_DEFINITION = re.compile(r"""^ {0,3}\[[^\]\n]+\]:\s+<?\S+>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*$""")
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
HEADING = re.compile(r"^ {0,3}#{1,6}(?:\s+|$)")
CLOSING_HASHES = re.compile(r"\s+#+\s*$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$")
#: ``---``, ``***``, ``___`` rules and setext heading underlines (``===``).
RULE = re.compile(r"^\s*(?:(?:[-*_]\s*){3,}|=+)\s*$")
FENCE = re.compile(r"^\s*(?:```|~~~)")
QUOTE = re.compile(r"^\s*(?:>\s?)+")
LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
# Spans never hold their own delimiter, so each match attempt stops at the next one: linear time
# on any line (a lazy ``.+?`` took seconds on a 30 KB line of unclosed ``**``).
STRONG = re.compile(r"\*\*(?=[^*\s])([^*\n]+?)(?<=\S)\*\*|__(?=[^_\s])([^_\n]+?)(?<=\S)__")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
STRIKE = re.compile(r"~~(?=[^~\s])([^~\n]+?)(?<=\S)~~")
CODE = re.compile(r"`+([^`\n]+?)`+")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
#: Escaped characters are set aside in this private-use plane while the syntax is read.
_ASIDE = 0xF0000
ASIDE = re.compile("[\U000f0000-\U000f007f]")


def _marked(line: str) -> bool:
    """Does the line carry syntax that plain text hardly ever has?"""
    if "[" not in line and "#" not in line and "|" not in line:  # the cheap test first
        return False
    return bool(LINK.search(line) or HEADING.match(line) or TABLE_ROW.match(line))  # LINK finds images too


def reads_as_markdown(lines: Sequence[str]) -> bool:
    """Is this page (its non-empty lines) written in Markdown?"""
    needed = min(MIN_MARKED_LINES, len(lines))
    marked = 0
    for line in lines:
        if _marked(line):
            marked += 1
            if marked >= needed:
                return True
    return False


def _cells(row: str) -> str:
    return " ".join(cell.strip() for cell in row.strip().strip("|").split("|"))


def plain(line: str) -> str:
    """One Markdown line as the text a reader sees ("" for images, rules, fences and the like)."""
    line = ESCAPE.sub(lambda m: chr(_ASIDE + ord(m.group(1))), line)
    if TABLE_RULE.match(line) or RULE.match(line) or FENCE.match(line) or REFERENCE_DEFINITION.match(line):
        return ""
    if HEADING.match(line):
        line = CLOSING_HASHES.sub("", HEADING.sub("", line, count=1))
    elif TABLE_ROW.match(line):
        line = _cells(line)
    else:
        line = LIST_MARKER.sub("", QUOTE.sub("", line, count=1), count=1)
    line = IMAGE.sub(" ", line)
    line = LINK.sub(r"\1", line)
    line = REFERENCE_LINK.sub(r"\1", line)
    line = AUTOLINK.sub(r"\1", line)
    line = CODE.sub(r"\1", line)
    line = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)  # first: strong may hold emphasis
    line = STRONG.sub(lambda m: m.group(1) or m.group(2), line)
    line = STRIKE.sub(r"\1", line)
    return ASIDE.sub(lambda m: chr(ord(m.group()) - _ASIDE), line)
