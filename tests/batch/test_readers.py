"""Reading documents from JSON-lines and WARC files."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path

import pytest

from service.batch.documents import InputFile, InputKind
from service.batch.errors import BatchError
from service.batch.readers import count_documents, file_documents, read_documents
from tests.batch.support import LATIN1_PAGE, MakeJsonl, warc_bytes


def docs(path: Path, wanted: range | None = None) -> list:
    return list(file_documents(InputFile.from_path(path), wanted))


def test_input_kind_comes_from_the_suffix(tmp_path: Path) -> None:
    assert InputFile.from_path("a/./dump.JSONL.gz").kind is InputKind.JSONL
    assert InputFile.from_path("crawl.warc.gz").label == "crawl.warc.gz"
    assert InputFile.from_path(tmp_path / "x.warc").path == str(tmp_path / "x.warc")
    with pytest.raises(BatchError, match="unknown input type"):
        InputFile.from_path("pages.csv")


def test_jsonl_lines_are_numbered_and_blank_lines_are_not_documents(make_jsonl: MakeJsonl) -> None:
    path = make_jsonl([{"id": "a", "html": "<p>a</p>"}, "", "   ", {"url": "https://x.example/", "text": "b"}])
    first, second = docs(path)
    assert (first.key, first.id, first.html, first.error) == (f"{path}:1", "a", "<p>a</p>", None)
    assert (second.source.number, second.url, second.text) == (4, "https://x.example/", "b")
    assert second.source.as_dict() == {"file": str(path), "line": 4}


@pytest.mark.parametrize(
    ("line", "code", "detail"),
    [
        ("{oops", "malformed-record", "not valid JSON"),
        ("[1, 2]", "malformed-record", "JSON object, not list"),
        ('{"id": 1}', "invalid-record", "needs one of html, text, paragraphs"),
        ('{"id": 1, "html": 5}', "invalid-record", "html must be a string"),
        ('{"id": 1, "paragraphs": ["a", 2]}', "invalid-record", "list of strings"),
        ('{"id": 1, "text": "a", "url": 5}', "invalid-record", "url must be a string"),
        ('{"id": 1, "text": "a", "threshold": "0.5"}', "invalid-record", "threshold must be a number"),
        ('{"id": 1, "text": "a", "threshold": 1.5}', "invalid-record", "threshold must be a number"),
        ('{"id": 1, "text": "a", "threshold": true}', "invalid-record", "threshold must be a number"),
        ('{"id": 1, "text": "a", "threshold": 1' + "0" * 400 + "}", "invalid-record", "threshold must be a number"),
    ],
)
def test_bad_lines_become_documents_carrying_their_error(
    make_jsonl: MakeJsonl, line: str, code: str, detail: str
) -> None:
    (doc,) = docs(make_jsonl([line]))
    assert doc.error is not None
    assert doc.error[0] == code
    assert detail in doc.error[1]


@pytest.mark.parametrize(
    ("record", "given"),
    [
        ({"id": 1, "html": "plain y", "text": "plain x"}, "html, text"),  # the html would be read as text
        ({"id": 1, "text": "<!DOCTYPE html><html><p>t</p></html>", "html": "<p>h</p>"}, "html, text"),  # text as html
        ({"id": 1, "html": "<p>h</p>", "text": "t"}, "html, text"),
        ({"id": 1, "html": "plain", "paragraphs": ["p"]}, "html, paragraphs"),
        ({"id": 1, "text": "t", "paragraphs": ["p"]}, "text, paragraphs"),
        ({"id": 1, "html": "<p>h</p>", "text": "t", "paragraphs": ["p"]}, "html, text, paragraphs"),
    ],
)
def test_a_record_with_more_than_one_page_field_is_invalid_input(
    make_jsonl: MakeJsonl, record: dict, given: str
) -> None:
    """As the API's 422: whatever the fields hold, none is read as the other and dropped (QA, 2026-12-06)."""
    (doc,) = docs(make_jsonl([record]))
    assert doc.id == 1 and (doc.html, doc.text, doc.paragraphs) == (None, None, None)
    assert doc.error == ("invalid-input", f"give exactly one of html, text or paragraphs (got {given})")


def test_an_invalid_record_keeps_its_id_and_url(make_jsonl: MakeJsonl) -> None:
    (doc,) = docs(make_jsonl([{"id": "k", "url": "https://x.example/", "html": ["no"]}]))
    assert (doc.id, doc.url, doc.error and doc.error[0]) == ("k", "https://x.example/", "invalid-record")


def test_undecodable_bytes_on_a_line_are_a_malformed_record(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"html": "\xff\xfe\xfa"}\n{"text": "fine"}\n')
    bad, good = docs(path)
    assert bad.error is not None and bad.error[0] == "malformed-record"
    assert good.text == "fine"


def test_a_truncated_gzip_input_ends_with_one_unreadable_document(make_jsonl: MakeJsonl) -> None:
    path = make_jsonl([{"text": f"line {i} " * 200} for i in range(50)], name="cut.jsonl.gz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    found = docs(path)
    assert found[-1].error is not None and found[-1].error[0] == "unreadable-input"
    assert all(doc.error is None for doc in found[:-1])
    assert found[-1].source.number == len(found)
    assert count_documents(InputFile.from_path(path)) == len(found)


def test_gzip_jsonl_reads_like_plain(make_jsonl: MakeJsonl, page_records: list) -> None:
    plain = docs(make_jsonl(page_records))
    packed = docs(make_jsonl(page_records, name="input.jsonl.gz"))
    assert [(d.id, d.html, d.text, d.paragraphs) for d in plain] == [
        (d.id, d.html, d.text, d.paragraphs) for d in packed
    ]


def test_a_range_selects_documents_by_ordinal_and_skip_by_key(make_jsonl: MakeJsonl) -> None:
    path = make_jsonl([{"id": i, "text": "t"} if i % 3 else "" for i in range(12)])
    every = docs(path)
    assert [d.id for d in docs(path, range(2, 5))] == [d.id for d in every[2:5]]
    skipped = list(read_documents([InputFile.from_path(path)], skip={every[0].key}))
    assert [d.id for d in skipped] == [d.id for d in every[1:]]


def test_warc_yields_only_html_responses_with_uri_id_and_charset(warc_file: Path) -> None:
    cafe, port, wrong = docs(warc_file)
    assert [d.source.number for d in (cafe, port, wrong)] == [3, 5, 7]
    assert (cafe.url, cafe.charset, cafe.html) == (
        "https://cafe.example/cafe",
        "iso-8859-1",
        LATIN1_PAGE.encode("latin-1"),
    )
    assert cafe.id is not None and cafe.id.startswith("<urn:uuid:")
    assert port.url == "https://news.example/port"
    assert isinstance(port.html, bytes) and port.html.startswith(b"<!doctype html>")  # Content-Encoding undone
    assert wrong.charset == "utf-8"
    assert count_documents(InputFile.from_path(warc_file)) == 3


def test_without_fastwarc_a_warc_input_says_how_to_install_the_extra_from_the_clone(
    warc_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)  # makes the import fail
    with pytest.raises(BatchError, match=r"pip install -c requirements\.lock -e '\.\[batch\]'"):
        docs(warc_file)


def test_warc_offsets_point_at_the_records(warc_file: Path) -> None:
    data = warc_file.read_bytes()
    for doc in docs(warc_file):
        assert doc.source.offset is not None
        chunk = data[doc.source.offset :]
        head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(chunk) if data[:2] == b"\x1f\x8b" else chunk
        assert head.startswith(b"WARC/") and doc.url is not None and doc.url.encode() in head[:2000]
        assert doc.source.as_dict()["record"] == doc.source.number


def test_a_warc_record_cut_short_is_an_unreadable_document(tmp_path: Path) -> None:
    data = warc_bytes(compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-20])
    *complete, last = docs(path)
    assert all(doc.error is None for doc in complete)
    assert last.error is not None and last.error[0] == "unreadable-input" and "cut short" in last.error[1]
    assert last.url == "https://cafe.example/wrong"


@pytest.mark.parametrize("charset", ["nonsense", "cp037", "iso_8859_1"])
def test_unknown_http_charsets_are_ignored(tmp_path: Path, charset: str) -> None:
    pytest.importorskip("warcio")
    import io

    from warcio import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
    body = b"<p>x</p>"
    payload = io.BytesIO(body)
    writer.write_record(
        writer.create_warc_record(
            "https://x.example/", "response", payload=payload, length=len(body), http_headers=headers
        )
    )
    path = tmp_path / "odd.warc.gz"
    path.write_bytes(buffer.getvalue())
    (doc,) = docs(path)
    assert doc.charset is None and doc.error is None


@pytest.mark.parametrize(("media", "xhtml"), [("application/xhtml+xml", True), ("Text/HTML", False)])
def test_an_xhtml_response_is_read_as_xhtml(tmp_path: Path, media: str, xhtml: bool) -> None:
    """Its CDATA sections are text (classify's ``xhtml``)."""
    path = odd_warc(tmp_path / "x.warc", [("https://x.example/", PAGE, [])], compress=False, media=media)
    (doc,) = docs(path)
    assert doc.xhtml is xhtml and doc.error is None


def test_gzip_members_of_a_jsonl_input_are_concatenated(tmp_path: Path) -> None:
    path = tmp_path / "members.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "a"}\n') + gzip.compress(b'{"text": "b"}\n'))
    assert [d.text for d in docs(path)] == ["a", "b"]


def odd_warc(
    path: Path, records: list[tuple[str, bytes, list[tuple[str, str]]]], *, compress: bool, media: str = "text/html"
) -> Path:
    """A WARC file of HTML responses (URI, stored body, extra HTTP headers) of type ``media``, written with warcio."""
    pytest.importorskip("warcio")
    import io

    from warcio import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, body, extra in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", media), *extra], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return path


PAGE = b"<html><body><p>A paragraph of the story, long enough to be read as one.</p></body></html>"


@pytest.mark.parametrize("compress", [False, True])
def test_one_odd_record_costs_that_record_alone(tmp_path: Path, compress: bool) -> None:
    """FastWARC's own decoding ended the file at an unknown coding or at chunking around gzip."""
    chunked_gzip = gzip.compress(PAGE)
    chunked_gzip = b"%x\r\n%s\r\n0\r\n\r\n" % (len(chunked_gzip), chunked_gzip)
    records = [
        ("https://a.example/1", PAGE, []),
        ("https://a.example/2", chunked_gzip, [("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]),
        ("https://a.example/3", PAGE, [("Content-Encoding", "utf-8")]),
        ("https://a.example/4", gzip.compress(PAGE * 20)[:-30], [("Content-Encoding", "gzip")]),
        ("https://a.example/5", PAGE, [("Content-Encoding", "none")]),
    ]
    path = odd_warc(tmp_path / ("odd.warc.gz" if compress else "odd.warc"), records, compress=compress)
    found = docs(path)
    assert [d.url for d in found] == [uri for uri, _, _ in records]
    assert [d.html for d in found if d.error is None] == [PAGE] * 4
    (bad,) = [d for d in found if d.error is not None]
    assert bad.url == "https://a.example/4" and bad.error[0] == "unreadable-input" and "cut short" in bad.error[1]


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("cut", ["payload", "header"])
def test_a_file_cut_inside_a_later_record_says_so(tmp_path: Path, compress: bool, cut: str) -> None:
    """FastWARC stops without a word at a gzip member or a record header it cannot read whole."""
    records = [(f"https://a.example/{i}", PAGE * 30, []) for i in range(1, 5)]
    suffix = ".warc.gz" if compress else ".warc"
    whole_path = odd_warc(tmp_path / f"whole{suffix}", records, compress=compress)
    whole = whole_path.read_bytes()
    last = docs(whole_path)[-1].source.offset
    end = last + (40 if cut == "header" else (len(whole) - last) // 2)
    path = tmp_path / f"cut{suffix}"
    path.write_bytes(whole[:end])
    *complete, final = docs(path)
    assert [d.url for d in complete if d.error is None] == [uri for uri, _, _ in records[:3]]
    assert final.error is not None and final.error[0] == "unreadable-input"
    assert "truncated" in final.error[1] or "cut short" in final.error[1]
    assert docs(whole_path)[-1].error is None  # the whole file: no such document


def raw_response(uri: str, body: bytes) -> bytes:
    """One WARC response record of an HTML page, as bytes (with its closing blank lines)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    header = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n" % uri.encode()
    header += b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
    return header + http + b"\r\n\r\n"


#: Bytes kept of the record that is cut, past the start of the part named.
CUT_INTO_PART = 20


@pytest.mark.parametrize("compress", [False, True])
@pytest.mark.parametrize("part", ["warc-header", "http-header", "payload"])
def test_a_file_cut_anywhere_in_a_record_has_a_line_for_that_record(tmp_path: Path, compress: bool, part: str) -> None:
    """A cut inside the HTTP header lost the record without a word (QA, 2026-12-06): FastWARC returns
    it without its content type, so it was no document, and the check after it found nothing to read."""
    first, second = raw_response("https://a.example/1", PAGE), raw_response("https://a.example/2", PAGE)
    http_start = second.index(b"\r\n\r\n") + 4
    start = {"warc-header": 0, "http-header": http_start, "payload": second.index(b"\r\n\r\n", http_start) + 4}
    kept = second[: start[part] + CUT_INTO_PART]
    if compress:  # the cut member inflates to exactly the bytes kept
        packer = zlib.compressobj(wbits=zlib.MAX_WBITS | 16)
        head, tail = gzip.compress(first), packer.compress(kept) + packer.flush(zlib.Z_SYNC_FLUSH)
    else:
        head, tail = first, kept
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(head + tail)
    found = docs(path)
    numbers = [d.source.number for d in found]
    assert numbers == sorted(set(numbers)) and count_documents(InputFile.from_path(path)) == len(found)
    assert found[0].html == PAGE and found[0].error is None
    assert found[1].source.number == 2 and found[1].error is not None and found[1].error[0] == "unreadable-input"
    assert found[1].source.offset == len(head)
    assert all(d.error is not None and d.error[0] == "unreadable-input" for d in found[1:])


def test_http_content_types_and_charsets_are_read_in_any_case_and_quoting(tmp_path: Path) -> None:
    """FastWARC keeps a type's case and a charset's quotes (QA review, 2026-12-06): neither may lose a page."""
    pytest.importorskip("warcio")
    import io

    from warcio import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    types = ['Text/HTML; charset="windows-1251"', "APPLICATION/XHTML+XML", "Image/PNG"]
    for number, content_type in enumerate(types):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        body = "<p>Привет</p>".encode("cp1251")
        uri = f"https://x.example/{number}"
        payload = io.BytesIO(body)
        record = writer.create_warc_record(uri, "response", payload=payload, length=len(body), http_headers=headers)
        writer.write_record(record)
    path = tmp_path / "cases.warc"
    path.write_bytes(buffer.getvalue())
    first, second = docs(path)
    assert (first.url, first.charset) == ("https://x.example/0", "windows-1251")
    assert (second.url, second.charset) == ("https://x.example/1", None)
