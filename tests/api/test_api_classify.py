"""POST /v1/classify: JSON and raw bodies, and every way a request can be wrong."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from service.api.schemas import JSON_THRESHOLD_ERROR, THRESHOLD_ERROR
from service.core.parse import PARSER_MAX_DEPTH
from tests.api.conftest import MakeClient
from tests.api.support import assert_problem

pytestmark = pytest.mark.anyio

URL = "/v1/classify"
LATIN1_TEXT = "Café crème à la française\nNächste Seite"
ARTICLE_LINES = [
    "Council approves new tram line after a long debate",
    "The regional council voted on Tuesday to fund the first stretch of the line.",
    "Subscribe to our newsletter",
]


def check_result(body: dict[str, Any], mode: str) -> None:
    assert body["mode"] == mode
    assert body["model"] == {"name": "winnow", "version": "test"}
    assert body["elapsed_ms"] >= 0
    assert body["truncated"] is False
    assert body["fragment"] is False
    paragraphs = body["paragraphs"]
    assert [p["index"] for p in paragraphs] == list(range(len(paragraphs)))
    assert all(p["label"] in {"content", "chrome"} and 0.0 <= p["score"] <= 1.0 for p in paragraphs)
    content = [p["text"] for p in paragraphs if p["label"] == "content"]
    assert body["content_text"] == "\n".join(content)
    assert body["stats"] == {
        "paragraphs": len(paragraphs),
        "content": len(content),
        "chrome": len(paragraphs) - len(content),
    }


async def test_json_html_finds_the_article(client: httpx.AsyncClient, page: bytes, page_truth: dict[str, Any]) -> None:
    response = await client.post(URL, json={"html": page.decode("utf-8"), "url": page_truth["url"]})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    check_result(body, "html")
    assert body["url"] == page_truth["url"]
    assert all(p["path"].startswith("/html[1]/") for p in body["paragraphs"])
    assert page_truth["headline"] in body["content_text"]
    assert body["stats"]["content"] >= 1 and body["stats"]["chrome"] >= 1
    assert page_truth["headline"] in body["title"]  # the head's title, the site's name after it maybe


async def test_json_text_is_one_paragraph_per_line(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json={"text": "\n".join(ARTICLE_LINES) + "\n\n"})
    assert response.status_code == 200
    body = response.json()
    check_result(body, "text")
    assert [p["text"] for p in body["paragraphs"]] == ARTICLE_LINES
    assert "url" not in body and all("path" not in p for p in body["paragraphs"])
    assert body["title"] is None


async def test_json_paragraphs(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json={"paragraphs": ARTICLE_LINES})
    assert response.status_code == 200
    check_result(response.json(), "paragraphs")
    assert response.json()["stats"]["paragraphs"] == len(ARTICLE_LINES)


@pytest.mark.parametrize(("threshold", "label"), [(0.0, "content"), (1.0, "chrome"), (0, "content"), (1, "chrome")])
async def test_json_threshold_moves_the_cut(client: httpx.AsyncClient, threshold: float, label: str) -> None:
    response = await client.post(URL, json={"paragraphs": ARTICLE_LINES, "threshold": threshold})
    assert response.status_code == 200
    labels = {p["label"] for p in response.json()["paragraphs"] if 0.0 < p["score"] < 1.0}
    assert labels <= {label}


async def test_list_query_chooses_the_paragraphs_listed(client: httpx.AsyncClient, page: bytes) -> None:
    full = (await client.post(URL, content=page, headers={"Content-Type": "text/html"})).json()
    content_only = (
        await client.post(f"{URL}?list=content", content=page, headers={"Content-Type": "text/html"})
    ).json()
    none = (await client.post(f"{URL}?list=none", json={"html": page.decode("utf-8")})).json()
    assert content_only["paragraphs"] == [p for p in full["paragraphs"] if p["label"] == "content"]
    assert content_only["paragraphs"], "the fixture page has an article"
    assert none["paragraphs"] == []
    for body in (content_only, none):  # everything but the list is the same
        assert {k: v for k, v in body.items() if k not in ("paragraphs", "elapsed_ms")} == {
            k: v for k, v in full.items() if k not in ("paragraphs", "elapsed_ms")
        }
    assert (await client.post(f"{URL}?list=all", json={"html": page.decode("utf-8")})).json()["paragraphs"] == full[
        "paragraphs"
    ]
    assert_problem(await client.post(f"{URL}?list=chrome", json={"html": "<p>a</p>"}), 422, "validation-error")


async def test_threshold_default_comes_from_settings(make_client: MakeClient) -> None:
    client = await make_client(threshold=0.0)
    response = await client.post(URL, json={"paragraphs": ARTICLE_LINES})
    assert response.json()["stats"]["content"] == len(ARTICLE_LINES)


async def test_an_html_fragment_says_so(client: httpx.AsyncClient) -> None:
    fragment = "<div class='story'>" + "".join(f"<p>{line}</p>" for line in ARTICLE_LINES) + "</div>"
    for html, expected in ((fragment, True), (f"<html><body>{fragment}</body></html>", False)):
        response = await client.post(URL, json={"html": html})
        assert response.status_code == 200
        assert response.json()["fragment"] is expected


async def test_raw_html_with_threshold_query(client: httpx.AsyncClient, page: bytes) -> None:
    response = await client.post(URL, content=page, headers={"Content-Type": "text/html; charset=utf-8"})
    assert response.status_code == 200
    check_result(response.json(), "html")
    everything = await client.post(f"{URL}?threshold=0", content=page, headers={"Content-Type": "text/html"})
    assert everything.json()["stats"]["chrome"] == 0


async def test_threshold_query_sets_a_json_bodys_cut_unless_the_body_has_its_own(client: httpx.AsyncClient) -> None:
    everything = await client.post(f"{URL}?threshold=0", json={"paragraphs": ARTICLE_LINES})
    assert everything.json()["stats"]["chrome"] == 0
    own = await client.post(f"{URL}?threshold=0", json={"paragraphs": ARTICLE_LINES, "threshold": 1})
    assert own.json()["stats"]["content"] == 0


async def test_raw_text_latin1_decodes_with_its_charset(client: httpx.AsyncClient) -> None:
    response = await client.post(
        URL, content=LATIN1_TEXT.encode("iso-8859-1"), headers={"Content-Type": "text/plain; charset=ISO-8859-1"}
    )
    assert response.status_code == 200
    check_result(response.json(), "text")
    assert [p["text"] for p in response.json()["paragraphs"]] == LATIN1_TEXT.splitlines()


async def test_raw_markdown_is_read_as_text_and_returned_as_given(client: httpx.AsyncClient) -> None:
    lines = ["# Council approves tram line", "- [Home](https://example.org/)", "- [News](https://example.org/news)"]
    response = await client.post(URL, content="\n".join(lines).encode(), headers={"Content-Type": "text/markdown"})
    assert response.status_code == 200
    check_result(response.json(), "text")
    assert [p["text"] for p in response.json()["paragraphs"]] == lines


@pytest.mark.parametrize(
    ("media", "text"),
    [("application/xhtml+xml", "Before. The council voted 7 to 2. After."), ("text/html", "Before. After.")],
)
async def test_cdata_is_text_in_xhtml_alone(client: httpx.AsyncClient, media: str, text: str) -> None:
    """Parsed as HTML, XHTML's CDATA text was lost (HTML reads it as a bogus comment)."""
    page = (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>Before. <![CDATA[The council voted 7 to 2.]]> After.</p></body></html>"
    )
    response = await client.post(URL, content=page.encode(), headers={"Content-Type": media})
    assert response.status_code == 200
    assert [p["text"] for p in response.json()["paragraphs"]] == [text]


async def test_raw_html_latin1_decodes_with_its_charset(client: httpx.AsyncClient) -> None:
    html = f"<html><body><p>{LATIN1_TEXT}</p></body></html>".encode("iso-8859-1")
    response = await client.post(URL, content=html, headers={"Content-Type": 'text/html; charset="iso-8859-1"'})
    assert response.status_code == 200
    assert response.json()["paragraphs"][0]["text"] == LATIN1_TEXT.replace("\n", " ")


@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", "text/html; charset=utf-8"])
async def test_undecodable_bytes_are_400_not_mojibake(client: httpx.AsyncClient, content_type: str) -> None:
    body = "Café".encode("iso-8859-1") + b" \xff\xfe broken"
    response = await client.post(URL, content=body, headers={"Content-Type": content_type})
    problem = assert_problem(response, 400, "undecodable-input")
    assert "utf-8" in problem["detail"]


@pytest.mark.parametrize(
    ("charset", "codec"), [("windows-31j", "cp932"), ("x-gbk", "gb18030"), ("unicode", "utf-16-le")]
)
async def test_a_charset_label_browsers_know_is_honoured(client: httpx.AsyncClient, charset: str, codec: str) -> None:
    """Labels of the WHATWG Encoding Standard that Python's codecs do not know (QA review, 2026-12-06)."""
    lines = ["東京の新しい路線が開業した。", "上海今天下雨。"]
    response = await client.post(
        URL, content="\n".join(lines).encode(codec), headers={"Content-Type": f"text/plain; charset={charset}"}
    )
    assert response.status_code == 200
    assert [p["text"] for p in response.json()["paragraphs"]] == lines


async def test_json_labelled_utf8_by_another_of_its_labels_is_read(client: httpx.AsyncClient) -> None:
    headers = {"Content-Type": "application/json; charset=unicode-1-1-utf-8"}
    response = await client.post(URL, content='{"text": "Café"}'.encode(), headers=headers)
    assert response.status_code == 200 and response.json()["paragraphs"][0]["text"] == "Café"


@pytest.mark.parametrize("charset", ["no-such-charset", "cp500", "ebcdic-cp-us", "iso_8859_1", "8859"])
@pytest.mark.parametrize("media", ["text/plain", "text/html"])
async def test_unknown_charset_is_400(client: httpx.AsyncClient, charset: str, media: str) -> None:
    """A label outside the WHATWG Encoding Standard (EBCDIC, Python's spellings of Latin-1) is unknown."""
    headers = {"Content-Type": f"{media}; charset={charset}"}
    response = await client.post(URL, content=b"<p>hello</p>", headers=headers)
    assert_problem(response, 400, "undecodable-input")


@pytest.mark.parametrize("body", [b"{not json", b'{"html": "<p>x</p>"', b"\xff\xfe{}", b'\xef\xbb\xbf{"text": "x"}'])
async def test_malformed_json_is_400(client: httpx.AsyncClient, body: bytes) -> None:
    response = await client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert_problem(response, 400, "malformed-json")


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "image/png", "multipart/form-data; boundary=x", None]
)
async def test_unsupported_content_type_is_415(client: httpx.AsyncClient, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = await client.post(URL, content=b"html=<p>x</p>", headers=headers)
    assert_problem(response, 415, "unsupported-media-type")


@pytest.mark.parametrize(
    ("content_type", "given"),
    [
        (None, "a request without a Content-Type"),
        (";;;", "a Content-Type ';;;' without a media type"),
        ("; charset=utf-8", "a Content-Type '; charset=utf-8' without a media type"),
        ("text", "a Content-Type 'text' without a media type"),
        ("image/png", "image/png"),
    ],
)
@pytest.mark.parametrize("url", [URL, f"{URL}/batch"])
async def test_a_415_says_what_content_type_it_got(
    client: httpx.AsyncClient, url: str, content_type: str | None, given: str
) -> None:
    headers = {"Content-Type": content_type} if content_type is not None else {}
    problem = assert_problem(await client.post(url, content=b"x", headers=headers), 415, "unsupported-media-type")
    assert problem["detail"].startswith(f"{given} is not accepted here; send application/json")


@pytest.mark.parametrize("url", [URL, f"{URL}/batch"])
async def test_a_415_says_any_json_type_will_do(client: httpx.AsyncClient, url: str) -> None:
    response = await client.post(url, content=b"x", headers={"Content-Type": "image/png"})
    problem = assert_problem(response, 415, "unsupported-media-type")
    assert "send application/json (or any application/*+json)" in problem["detail"]


async def test_json_in_another_charset_is_415(client: httpx.AsyncClient) -> None:
    response = await client.post(
        URL, content='{"text": "x"}'.encode("utf-16"), headers={"Content-Type": "application/json; charset=utf-16"}
    )
    assert_problem(response, 415, "unsupported-media-type")


@pytest.mark.parametrize(
    ("payload", "needle"),
    [
        ({}, "exactly one"),
        ({"url": "https://example.org/"}, "exactly one"),
        ({"html": "<p>a</p>", "text": "a"}, "got html, text"),
        ({"text": "a", "threshold": 1.5}, "threshold"),
        ({"text": "a", "threshold": -0.1}, "threshold"),
        ({"text": "a", "threshold": "high"}, "threshold"),
        ({"text": "a", "threshold": "0.5"}, "threshold"),
        ({"text": "a", "threshold": True}, "threshold"),
        ({"text": "a", "threshold": False}, "threshold"),
        ({"text": "a", "colour": "red"}, "colour"),
        ({"paragraphs": "not a list"}, "paragraphs"),
        ([{"text": "a"}], "object"),
    ],
)
async def test_invalid_requests_are_422(client: httpx.AsyncClient, payload: Any, needle: str) -> None:
    problem = assert_problem(await client.post(URL, json=payload), 422, "validation-error")
    assert needle in problem["detail"]
    assert problem["errors"] and all("input" not in e for e in problem["errors"])


@pytest.mark.parametrize("query", ["threshold=2", "threshold=-1", "threshold=abc"])
async def test_threshold_query_out_of_range_is_422(client: httpx.AsyncClient, query: str) -> None:
    response = await client.post(f"{URL}?{query}", content=b"a line", headers={"Content-Type": "text/plain"})
    assert_problem(response, 422, "validation-error")


@pytest.mark.parametrize("route", [URL, URL + "/batch"])
async def test_an_unknown_query_parameter_is_a_422_naming_it(client: httpx.AsyncClient, route: str) -> None:
    """``?lists=none`` (for ``?list=none``) was ignored: the whole answer came back, not the one asked for."""
    body = {"text": "a line"} if route == URL else {"documents": [{"id": 1, "text": "a line"}]}
    problem = assert_problem(await client.post(f"{route}?lists=none&threshold=0.3", json=body), 422, "validation-error")
    assert problem["detail"] == "query.lists: Unknown query parameter (known: list, threshold)"
    assert (await client.post(f"{route}?list=none&threshold=0.3", json=body)).status_code == 200


@pytest.mark.parametrize("route", [URL, URL + "/batch"])
@pytest.mark.parametrize("query", ["threshold=0.1&threshold=0.9", "list=content&list=none&threshold=0.2"])
async def test_a_query_parameter_given_twice_is_a_422(client: httpx.AsyncClient, route: str, query: str) -> None:
    """Which of two values was meant cannot be told (the last one was used; QA review, 2026-12-06)."""
    body = {"text": "a line"} if route == URL else {"documents": [{"id": 1, "text": "a line"}]}
    problem = assert_problem(await client.post(f"{route}?{query}", json=body), 422, "validation-error")
    name = query.split("=")[0]
    assert problem["detail"] == f"query.{name}: Given more than once"


@pytest.mark.parametrize("query", ["threshold=nan", "threshold=NaN", "threshold=inf", "threshold=2"])
async def test_a_threshold_query_that_is_nan_says_what_a_threshold_is(client: httpx.AsyncClient, query: str) -> None:
    response = await client.post(f"{URL}?{query}", content=b"a line", headers={"Content-Type": "text/plain"})
    problem = assert_problem(response, 422, "validation-error")
    assert problem["detail"] == f"query.threshold: {THRESHOLD_ERROR}"


@pytest.mark.parametrize("value", [b"-0.5", b"1.5", b"1e999"])  # NaN and Infinity are no JSON (below)
async def test_a_json_threshold_out_of_range_says_what_a_threshold_is(client: httpx.AsyncClient, value: bytes) -> None:
    body = b'{"text": "a line", "threshold": ' + value + b"}"
    response = await client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert assert_problem(response, 422, "validation-error")["detail"] == f"body.threshold: {JSON_THRESHOLD_ERROR}"
    batch = b'{"documents": [{"id": 1, "text": "a line", "threshold": ' + value + b"}]}"
    response = await client.post(f"{URL}/batch", content=batch, headers={"Content-Type": "application/json"})
    [item] = response.json()["results"]
    assert item["problem"]["detail"] == f"body.documents.0.threshold: {JSON_THRESHOLD_ERROR}"


@pytest.mark.parametrize("content_type", ["application/json", "text/html", "text/plain"])
async def test_empty_body_is_422(client: httpx.AsyncClient, content_type: str) -> None:
    assert_problem(await client.post(URL, content=b"", headers={"Content-Type": content_type}), 422, "invalid-input")


async def test_too_many_paragraphs_is_422(make_client: MakeClient) -> None:
    client = await make_client(max_paragraphs=2)
    problem = assert_problem(await client.post(URL, json={"paragraphs": ARTICLE_LINES}), 422, "limit-exceeded")
    assert "paragraphs" in problem["detail"]


async def test_nesting_past_the_parser_limit_names_that_limit(make_client: MakeClient) -> None:
    client = await make_client(max_depth=PARSER_MAX_DEPTH)
    divs = PARSER_MAX_DEPTH  # with <html> and <body>, two levels past what the parser builds
    page = ("<html><body>" + "<div>" * divs + "deep" + "</div>" * divs).encode()
    response = await client.post(URL, content=page, headers={"Content-Type": "text/html"})
    problem = assert_problem(response, 422, "limit-exceeded")
    assert f"nesting depth over the limit of {PARSER_MAX_DEPTH:,}" in problem["detail"]


async def test_model_loaded_by_the_lifespan_serves(make_client: MakeClient, page: bytes) -> None:
    client = await make_client(preload=False)
    response = await client.post(URL, content=page, headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    check_result(response.json(), "html")


async def test_wrong_method_and_unknown_path_are_problems(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get(URL), 405, "method-not-allowed")
    assert_problem(await client.get("/v1/nothing-here"), 404, "not-found")


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        (b'{"text": "abc \\ud800 def"}', ["abc \ufffd def"]),
        (b'{"paragraphs": ["\\ud83d\\ude00 ok", "cut here \\ud83d"]}', ["\U0001f600 ok", "cut here \ufffd"]),
        (b'{"html": "<p>abc \\udc00 def</p>"}', ["abc \ufffd def"]),
    ],
)
async def test_a_lone_surrogate_escape_in_json_is_read(
    client: httpx.AsyncClient, body: bytes, texts: list[str]
) -> None:
    """Text cut in the middle of an emoji by a JavaScript scraper leaves half a surrogate pair, which
    pydantic's parser refuses; it is read, and the half becomes U+FFFD."""
    response = await client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert [p["text"] for p in response.json()["paragraphs"]] == texts


@pytest.mark.parametrize("route", [URL, URL + "/batch"])
async def test_a_lone_surrogate_in_the_url_is_read_as_in_the_text(client: httpx.AsyncClient, route: str) -> None:
    """The url was a 422 (pydantic's length check cannot measure a lone surrogate) where the page's text
    took U+FFFD; the url is echoed with U+FFFD too."""
    document = b'{"text": "The mayor spoke.", "url": "https://example.org/a\\ud83d"'
    body = document + b"}" if route == URL else b'{"documents": [' + document + b', "id": 1}]}'
    response = await client.post(route, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    answer = response.json() if route == URL else response.json()["results"][0]["result"]
    assert answer["url"] == "https://example.org/a\ufffd"
    assert [p["text"] for p in answer["paragraphs"]] == ["The mayor spoke."]


@pytest.mark.parametrize("route", [URL, URL + "/batch"])
@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
async def test_nan_and_infinity_are_not_json(client: httpx.AsyncClient, route: str, constant: bytes) -> None:
    """Both parsers read them, and a NaN threshold was a 422 about the threshold; RFC 8259 has no such numbers."""
    document = b'{"text": "A line", "threshold": ' + constant + b"}"
    body = document if route == URL else b'{"documents": [' + document[:-1] + b', "id": 1}]}'
    problem = assert_problem(
        await client.post(route, content=body, headers={"Content-Type": "application/json"}), 400, "malformed-json"
    )
    assert "NaN and Infinity" in problem["detail"]


async def test_the_words_nan_and_infinity_in_a_string_are_text(client: httpx.AsyncClient) -> None:
    body = b'{"text": "NaN in Infinity War"}'
    response = await client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["paragraphs"][0]["text"] == "NaN in Infinity War"


async def test_json_that_is_invalid_otherwise_stays_400(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, content=b'{"text": "\\ud800" ', headers={"Content-Type": "application/json"})
    assert_problem(response, 400, "malformed-json")


@pytest.mark.parametrize("route", [URL, URL + "/batch"])
async def test_a_lone_surrogate_beside_json_nested_too_deep_is_a_400(client: httpx.AsyncClient, route: str) -> None:
    """The standard library's parser, tried for the surrogate, ran out of stack: a 500 with a traceback."""
    deep = b"[" * 100_000 + b"]" * 100_000
    body = b'{"text": "\\ud800 hello", "x": ' + deep + b"}"
    if route.endswith("batch"):
        body = b'{"documents": [' + body + b"]}"
    response = await client.post(route, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text


async def test_text_sent_as_html_is_read_as_text(client: httpx.AsyncClient) -> None:
    """Lines without a tag, sent as text/html, were one paragraph of every line (labelled chrome: the
    article lost, with a 200); they are read as text, one paragraph per line, and ``mode`` says so."""
    body = "\n".join(ARTICLE_LINES).encode("utf-8")
    response = await client.post(URL, content=body, headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    assert response.json()["mode"] == "text"
    assert [p["text"] for p in response.json()["paragraphs"]] == ARTICLE_LINES
    as_json = await client.post(URL, json={"html": "\n".join(ARTICLE_LINES)})
    assert as_json.json()["mode"] == "text" and as_json.json()["stats"]["paragraphs"] == len(ARTICLE_LINES)
    # its character references still read as HTML's
    escaped = await client.post(URL, json={"html": "Tom &amp; Jerry&nbsp;return\nCaf&eacute; &#8220;open&#8221;"})
    assert [p["text"] for p in escaped.json()["paragraphs"]] == ["Tom & Jerry return", "Café “open”"]
    # decoded as the HTML would have been: windows-1252 without a charset is no 400
    latin = await client.post(URL, content=LATIN1_TEXT.encode("cp1252"), headers={"Content-Type": "text/html"})
    assert latin.status_code == 200
    assert [p["text"] for p in latin.json()["paragraphs"]] == LATIN1_TEXT.splitlines()


async def test_a_page_sent_as_text_is_read_as_html(client: httpx.AsyncClient, page: bytes) -> None:
    """A whole page sent as text/plain gave a paragraph per line of markup, tags labelled content."""
    as_html = (await client.post(URL, content=page, headers={"Content-Type": "text/html"})).json()
    for response in (
        await client.post(URL, content=page, headers={"Content-Type": "text/plain"}),
        await client.post(URL, json={"text": page.decode("utf-8")}),
    ):
        assert response.status_code == 200
        body = response.json()
        assert body["mode"] == "html"
        assert body["paragraphs"] == as_html["paragraphs"]
        assert "<" not in body["content_text"]


@pytest.mark.parametrize(
    "text",
    [
        "<p>A fragment sent as text</p>\n<p>stays text: Markdown may hold a tag</p>",
        "Start a page with `<!DOCTYPE html>` and `<html>`.\nThen the body.",
        "A page starts with <!DOCTYPE html>, then <html> and <body>.\nNot a page: it does not open with them.",
    ],
)
async def test_text_with_a_tag_or_two_stays_text(client: httpx.AsyncClient, text: str) -> None:
    response = await client.post(URL, content=text.encode(), headers={"Content-Type": "text/plain"})
    assert response.json()["mode"] == "text"
    assert [p["text"] for p in response.json()["paragraphs"]] == text.splitlines()


async def test_a_page_after_more_white_space_than_the_sniffed_window_is_still_html(
    client: httpx.AsyncClient, page: bytes
) -> None:
    """70,000 spaces before a page sent as text/html made it text (the sniff read 64 KiB of spaces alone):
    every line of markup a paragraph, tags in ``content_text``; the Python API read it as HTML."""
    as_html = (await client.post(URL, content=page, headers={"Content-Type": "text/html"})).json()
    padded = b" " * 70_000 + page
    for response in (
        await client.post(URL, content=padded, headers={"Content-Type": "text/html"}),
        await client.post(URL, content=padded, headers={"Content-Type": "text/plain"}),
        await client.post(URL, json={"html": padded.decode("utf-8")}),
    ):
        assert response.status_code == 200
        assert response.json()["mode"] == "html"
        assert response.json()["paragraphs"] == as_html["paragraphs"]
