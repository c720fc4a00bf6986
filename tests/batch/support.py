"""Builders and readers shared by the batch tests: inline WARC files, output lines."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.builders import FIXTURES

#: Fixture pages used as batch inputs (a mix of languages and encodings).
PAGE_NAMES = ("en_trade_port", "de_kultur_museum", "fr_agriculture_abricots", "ja_kome_kakaku")
LATIN1_PAGE = (
    "<html><head><title>Caf\xe9</title></head><body><article><h1>Le caf\xe9 ferme</h1>"
    + ("<p>Apr\xe8s quarante ans, le caf\xe9 de la place ferme ses portes \xe0 la fin du mois.</p>" * 3)
    + "</article><footer><a href='/mentions'>Mentions l\xe9gales</a></footer></body></html>"
)

MakeJsonl = Callable[..., Path]


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON lines of a batch output (plain or gzip)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def comparable(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Output lines without their timings."""
    return [{k: v for k, v in line.items() if k != "elapsed_ms"} for line in lines]


def page_html(name: str) -> str:
    return (FIXTURES / f"{name}.html").read_bytes().decode("utf-8", "replace")


def warc_bytes(*, compress: bool) -> bytes:
    """A WARC (written with warcio) with 3 HTML responses among records that must be skipped.

    Records: 1 warcinfo, 2 request, 3 HTML response (latin-1, charset in header), 4 PNG
    response, 5 HTML response (UTF-8, gzip Content-Encoding), 6 metadata, 7 HTML response
    whose header charset is wrong (utf-8 declared, latin-1 bytes).
    """
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = warcio.WARCWriter(buffer, gzip=compress)

    def record(uri: str, kind: str, body: bytes, headers: StatusAndHeaders | None = None) -> object:
        # An explicit length keeps warcio from buffering the payload in a temporary file.
        return writer.create_warc_record(uri, kind, payload=io.BytesIO(body), length=len(body), http_headers=headers)

    def response(uri: str, body: bytes, content_type: str, extra: tuple[tuple[str, str], ...] = ()) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
        writer.write_record(record(uri, "response", body, headers))

    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    request = StatusAndHeaders("GET /cafe HTTP/1.1", [("Host", "cafe.example")], is_http_request=True)
    writer.write_record(record("https://cafe.example/cafe", "request", b"", request))
    response("https://cafe.example/cafe", LATIN1_PAGE.encode("latin-1"), "text/html; charset=ISO-8859-1")
    response("https://cafe.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
    gzipped = gzip.compress(page_html("en_trade_port").encode("utf-8"))
    response("https://news.example/port", gzipped, "text/html; charset=utf-8", (("Content-Encoding", "gzip"),))
    writer.write_record(record("https://cafe.example/cafe", "metadata", b"via: test\n"))
    response("https://cafe.example/wrong", LATIN1_PAGE.encode("latin-1"), "text/html; charset=utf-8")
    return buffer.getvalue()
