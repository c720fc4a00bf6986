"""Hostile inputs, each with the outcome Winnow owes it.

Every visible piece of text carries a unique marker word; an answer accounts for a marker
when some paragraph holds it, or when the answer says it was truncated. Pages are built on
demand (some are megabytes).
"""

from __future__ import annotations

import json
import random
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from service.api.settings import DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS

HTML = "text/html"
TEXT = "text/plain"
JSON = "application/json"
OK = 200
SEED = 20240611
#: A secret file an XXE payload points at (created by the tests that use the page).
SECRET_TEXT = "xxe-secret-3f9a1c"


@dataclass(frozen=True)
class Hostile:
    """One hostile request: its body, the status it must get, and the text it must (not) give back."""

    name: str
    build: Callable[[], bytes]
    content_type: str | None
    status: int
    markers: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    slug: str | None = None
    """For a 4xx: the problem type it must be."""
    detail: str | None = None
    """For a 4xx: a phrase its detail must contain."""
    settings: dict[str, Any] = field(default_factory=dict)
    paragraphs: int | None = None
    """When set, exactly this many paragraphs."""
    core_status: int | None = None
    """What ``classify`` owes the same input, when the API layer answers differently."""

    @property
    def core_input(self) -> dict[str, Any] | None:
        """The same input as ``classify`` keywords, when it is a raw HTML or text body."""
        if self.content_type is None or self.status in (413, 415):
            return None
        essence, _, params = self.content_type.partition(";")
        charset = params.partition("=")[2].strip() or None
        if essence == HTML:
            return {"html": self.build(), "charset": charset}
        if essence == TEXT:
            return {"text": self.build(), "charset": charset}
        return None


def as_json(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


def seeded_bytes(size: int) -> bytes:
    return random.Random(SEED).randbytes(size)


def nested(open_tag: str, close_tag: str, depth: int, inner: str) -> str:
    return open_tag * depth + inner + close_tag * depth


def exactly(size: int, head: str, filler: str = "x") -> bytes:
    """``head`` then a script of ``filler`` that brings the page to exactly ``size`` bytes."""
    start, end = f"{head}<script>", "</script>"
    return (start + filler * (size - len(start) - len(end)) + end).encode()


def one_line(markers: tuple[str, ...], chars: int) -> bytes:
    """One enormous line of text (no newline anywhere) with the markers at start, middle and end."""
    words = "lorem ipsum dolor sit amet " * (chars // 27)
    middle = len(words) // 2
    return f"<div>{markers[0]} {words[:middle]} <b>{markers[1]}</b> {words[middle:]} {markers[2]}</div>".encode()


#: Links with text "lkN " that stay within the character limit.
MOST_LINKS = min(DEFAULT_MAX_ELEMENTS - 10, DEFAULT_MAX_CHARS // 8)


def links(count: int) -> bytes:
    anchors = "".join(f'<a href="/{i}">lk{i}</a> ' for i in range(count))
    return f"<body>{anchors}</body>".encode()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]><html><body><p>laughmark &lol9;</p><p>laughafter</p></body></html>"
)


def xxe(secret_path: str) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
        "<html><body><p>xxemark &xxe;</p></body></html>"
    ).encode()


RTL_CJK = (
    "<article><p>مرحبا بالعالم علامةعربية</p><p>שלום עולם סמןעברי</p>"
    "<p>中文标记测试 这是一段中文</p><p>日本語マーカー テスト</p><p>한국어표시 시험</p></article>"
)
ZERO_WIDTH = (
    "<p>zero\u200bwidthmark</p><p>joiner\u200dmark \U0001f469\u200d\U0001f4bb</p>"
    "<p>e\u0301\u0301\u0301combiningmark</p><p>bidi\u202eoverridemark\u202c</p><p>\ufeffbommark</p>"
)


MARKDOWN_MIX = "\n".join(
    [
        "# mdheadmark heading ##",
        "- [mdlinkmark [nested] (paren)](https://example.org/a b (c))",
        "![mdaltmark [credit]](https://example.org/i.png) **mdboldmark *inner* done**",
        "| mdcellmark | `code | pipe` |",
        "|---|:-:|",
        "[unclosed **mdopenmark ~~ `tick ![alt](",
    ]
)
WRAPPED_WORDS = "the council voted on Tuesday to close the old river bridge to cars from March " * 3


def hostile_cases(secret_path: str = "/nonexistent/secret") -> list[Hostile]:
    """The battery. ``secret_path`` is the local file the XXE payload tries to read."""
    elements_over = DEFAULT_MAX_ELEMENTS * 2
    return [
        Hostile("empty body", lambda: b"", HTML, 422, slug="invalid-input", core_status=OK, paragraphs=0),
        Hostile("whitespace-only html", lambda: b" \n\t\r\n  ", HTML, OK, paragraphs=0),
        Hostile("whitespace-only text", lambda: b" \n\t\r\n  ", TEXT, OK, paragraphs=0),
        Hostile("whitespace-only json", lambda: as_json(html="  \n "), JSON, OK, paragraphs=0),
        Hostile(
            "random binary as html",
            lambda: seeded_bytes(4096).replace(b"<", b"(") + b"<p>binarymark</p>",
            HTML,
            OK,
            markers=("binarymark",),
        ),
        Hostile("random binary as text", lambda: seeded_bytes(4096), TEXT, 400, slug="undecodable-input"),
        Hostile(
            "NUL bytes in html",
            lambda: b"<p>alpha\x00 nulmarkone</p><p>be\x00ta nulmark\x00two</p>",
            HTML,
            OK,
            markers=("nulmarkone", "nulmarktwo"),
        ),
        Hostile(
            "NUL bytes in text",
            lambda: b"nulmarkthree\x00 word\nsecond nulmarkfour\x00",
            TEXT,
            OK,
            markers=("nulmarkthree", "nulmarkfour"),
        ),
        Hostile(
            "UTF-16 with BOM, html",
            lambda: "<p>utfsixteenmark ünïcödé</p>".encode("utf-16"),
            HTML,
            OK,
            markers=("utfsixteenmark", "ünïcödé"),
        ),
        Hostile(
            "UTF-16 with BOM, text",
            lambda: "utfsixteentext ünïcödé\nline two".encode("utf-16"),
            TEXT,
            OK,
            markers=("utfsixteentext", "ünïcödé", "line two"),
        ),
        Hostile(
            "wrong charset declared in the page",
            lambda: '<meta charset="shift_jis"><p>wrongmetamark café</p>'.encode(),
            HTML,
            OK,
            markers=("wrongmetamark",),
        ),
        Hostile(
            "wrong charset in Content-Type",
            lambda: "<p>caf\xe9</p>".encode("latin-1"),
            HTML + "; charset=utf-8",
            400,
            slug="undecodable-input",
        ),
        Hostile(
            "a codec that is no text encoding in Content-Type",
            lambda: b"<p>x</p>",
            HTML + "; charset=rot13",
            400,
            slug="undecodable-input",
        ),
        Hostile(
            "an escape codec in Content-Type",
            lambda: b"surrogate \\ud800 escape",
            TEXT + "; charset=unicode_escape",
            400,
            slug="undecodable-input",
        ),
        Hostile(
            "a codec that is no text encoding declared in the page",
            lambda: b'<meta charset="hex"><p>hexmetamark</p>',
            HTML,
            OK,
            markers=("hexmetamark",),
        ),
        Hostile(
            "mixed encodings",
            lambda: b"<p>mixmarkone caf\xc3\xa9</p><p>mixmarktwo caf\xe9 \x93quoted\x94</p>",
            HTML,
            OK,
            markers=("mixmarkone", "mixmarktwo"),
        ),
        Hostile(
            "lone surrogate in JSON",  # valid JSON syntax (RFC 8259 8.2); the half pair becomes U+FFFD
            lambda: b'{"html": "<p>surrogatemark \\ud800</p>"}',
            JSON,
            200,
            markers=("surrogatemark",),
        ),
        Hostile("invalid JSON", lambda: b'{"html": "<p>unclosed', JSON, 400, slug="malformed-json"),
        Hostile("JSON array", lambda: b"[]", JSON, 422, slug="validation-error"),
        Hostile("JSON with a number for html", lambda: as_json(html=5), JSON, 422, slug="validation-error"),
        Hostile(
            "JSON with a string for paragraphs", lambda: as_json(paragraphs="p"), JSON, 422, slug="validation-error"
        ),
        Hostile("JSON with two inputs", lambda: as_json(html="<p>x</p>", text="x"), JSON, 422, slug="validation-error"),
        Hostile("wrong Content-Type", lambda: b"<p>x</p>", "application/xml", 415, slug="unsupported-media-type"),
        Hostile("missing Content-Type", lambda: b"<p>x</p>", None, 415, slug="unsupported-media-type"),
        Hostile(
            "body exactly at the limit",
            lambda: exactly(DEFAULT_MAX_BODY_BYTES, "<p>atlimitmark</p>"),
            HTML,
            OK,
            markers=("atlimitmark",),
        ),
        Hostile(
            "body one byte over the limit",
            lambda: exactly(DEFAULT_MAX_BODY_BYTES + 1, "<p>overlimit</p>"),
            HTML,
            413,
            slug="payload-too-large",
        ),
        Hostile(
            "100,000 nested divs",  # the parser builds no more than its depth allows: refused for that
            lambda: nested("<div>", "</div>", 100_000, "deepmark").encode() + b"<p>afterdeep</p>",
            HTML,
            422,
            slug="limit-exceeded",
            detail="nesting depth",
        ),
        Hostile(
            "5,000 nested divs (past the parser's own depth limit)",
            lambda: nested("<div>", "</div>", 5_000, "deepmark").encode() + b"<p>afterdeep</p>",
            HTML,
            422,
            slug="limit-exceeded",
            detail="nesting depth",
        ),
        Hostile(
            "nested divs just past the depth limit",
            lambda: nested("<div>", "</div>", DEFAULT_MAX_DEPTH, "deepmark").encode(),
            HTML,
            422,
            slug="limit-exceeded",
            detail="nesting depth",
        ),
        Hostile(
            "nested divs within the depth limit",
            lambda: nested("<div>", "</div>", DEFAULT_MAX_DEPTH - 3, "deepmark").encode() + b"<p>afterdeep</p>",
            HTML,
            OK,
            markers=("deepmark", "afterdeep"),
        ),
        Hostile(
            "a single 10 MB text node (under a raised body limit)",
            lambda: b"<p>" + b"word " * 2_000_000 + b"nodeend</p><p>afternode</p>",
            HTML,
            422,
            slug="limit-exceeded",
            detail="text characters",
            settings={"max_body_bytes": 11 << 20},
        ),
        Hostile(
            "one million tiny paragraphs, html",
            lambda: b"<p>x</p>" * 1_000_000,
            HTML,
            422,
            slug="limit-exceeded",
            detail="elements",
        ),
        Hostile(
            "one million tiny paragraphs, text",
            lambda: b"x\n" * 1_000_000,
            TEXT,
            422,
            slug="limit-exceeded",
            detail="paragraphs",
        ),
        Hostile(
            "one million tiny paragraphs, json",
            lambda: as_json(paragraphs=["x"] * 1_000_000),
            JSON,
            422,
            slug="limit-exceeded",
            detail="paragraphs",
        ),
        Hostile(
            "one enormous line of text",
            lambda: one_line(("linestart", "linemiddle", "lineend"), DEFAULT_MAX_CHARS - 1000),
            HTML,
            OK,
            markers=("linestart", "linemiddle", "lineend"),
        ),
        Hostile(
            "a billion laughs",
            lambda: BILLION_LAUGHS.encode(),
            HTML,
            OK,
            markers=("laughmark", "laughafter"),
            absent=("lollollol",),
        ),
        Hostile(
            "XXE reading a local file",
            lambda: xxe(secret_path),
            HTML,
            OK,
            markers=("xxemark",),
            absent=(SECRET_TEXT,),
        ),
        Hostile(
            "script-only page",
            lambda: b"<script>var scriptmark = '<p>not text</p>';</script>",
            HTML,
            OK,
            absent=("scriptmark", "not text"),
            paragraphs=0,
        ),
        Hostile(
            "comment-only page",
            lambda: b"<!-- commentmark <p>not text</p> -->",
            HTML,
            OK,
            absent=("commentmark", "not text"),
            paragraphs=0,
        ),
        Hostile(
            "50,000 links",
            lambda: links(50_000),
            HTML,
            422,
            slug="limit-exceeded",
            detail="elements",
        ),
        Hostile(
            "as many links as the limits allow",
            lambda: links(MOST_LINKS),
            HTML,
            OK,
            markers=("lk0", f"lk{MOST_LINKS // 2}", f"lk{MOST_LINKS - 1}"),
        ),
        Hostile(
            "twice the element limit in links",
            lambda: links(elements_over),
            HTML,
            422,
            slug="limit-exceeded",
            detail="elements",
        ),
        Hostile(
            "deeply nested tables (within the depth limit)",
            lambda: nested("<table><tr><td>", "</td></tr></table>", DEFAULT_MAX_DEPTH // 3 - 2, "tablemark").encode(),
            HTML,
            OK,
            markers=("tablemark",),
        ),
        Hostile(
            "deeply nested tables (past the depth limit)",
            lambda: nested("<table><tr><td>", "</td></tr></table>", DEFAULT_MAX_DEPTH, "tablemark").encode(),
            HTML,
            422,
            slug="limit-exceeded",
            detail="nesting depth",
        ),
        Hostile(
            "Markdown with unclosed and nested syntax",
            lambda: MARKDOWN_MIX.encode(),
            TEXT,
            OK,
            markers=("mdlinkmark", "mdaltmark", "mdboldmark", "mdcellmark", "mdheadmark", "mdopenmark"),
        ),
        Hostile(
            "hard-wrapped text",
            lambda: "\n\n".join(
                textwrap.fill(f"wrapfirst{i} " + WRAPPED_WORDS + f" wraplast{i}", 72) for i in range(6)
            ).encode(),
            TEXT,
            OK,
            markers=tuple(f"wrap{end}{i}" for i in range(6) for end in ("first", "last")),
            paragraphs=6,
        ),
        Hostile(
            "right-to-left and CJK text",
            lambda: RTL_CJK.encode(),
            HTML,
            OK,
            markers=("علامةعربية", "סמןעברי", "中文标记测试", "日本語マーカー", "한국어표시"),
        ),
        Hostile(
            "zero-width and combining characters",
            lambda: ZERO_WIDTH.encode(),
            HTML,
            OK,
            markers=(
                "zerowidthmark",  # a zero-width space only says where a word may break: dropped
                "joiner\u200dmark",
                "\u00e9\u0301\u0301combiningmark",  # in normal form C: e and the first acute are é
                "overridemark",
                "bommark",
            ),
        ),
    ]
