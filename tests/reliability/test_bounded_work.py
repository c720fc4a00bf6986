"""Bounded work: at the default limits no request takes more than 2 s or 1 GiB; over them, 413 or 422.

Each worst input goes through the in-process API as one request, timed with
``perf_counter`` and measured as growth of the peak resident memory. The bound is asserted
on each single request (the CI machine has 2 busy cores; aggregates would be noise).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from service.api.settings import (
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ELEMENTS,
    DEFAULT_MAX_PARAGRAPHS,
    Settings,
)
from service.core.navigation import MAX_NAVIGATION_CHARS
from service.core.segment import MAX_TOKENS_PER_ELEMENT
from tests.api.conftest import MakeClient
from tests.reliability.hostile import HTML, JSON, OK, TEXT, hostile_cases
from tests.reliability.support import MAX_REQUEST_BYTES, MAX_REQUEST_S, measured

pytestmark = pytest.mark.anyio

URL = "/v1/classify"
HEAVY = {
    "100,000 nested divs",
    "5,000 nested divs (past the parser's own depth limit)",
    "one million tiny paragraphs, html",
    "one million tiny paragraphs, text",
    "one million tiny paragraphs, json",
    "one enormous line of text",
    "a billion laughs",
    "50,000 links",
    "as many links as the limits allow",
    "twice the element limit in links",
    "deeply nested tables (within the depth limit)",
    "body exactly at the limit",
}
WORDS = "lorem ipsum dolor sit amet "
#: CJK Unified Ideographs Extension B: the largest block of letters above the BMP.
EXTENSION_B = 0x20000
EXTENSION_B_SIZE = 42_720
#: Long enough that quadratic work shows (seconds), short enough that it fails rather than hangs.
LONG_NUMBER_CHARS = 20_000
#: Query parameters of two letters that fill a request head (64 KiB, ``protocol.MAX_HEAD_BYTES``): a check
#: that counted each name's copies from each name took 4.5 s for 21,800 of them (a name of one letter is
#: one object in CPython, which ``list.count`` compares by identity, fast).
QUERY_PARAMETERS = 21_000


@dataclass(frozen=True)
class Worst:
    name: str
    build: Callable[[], bytes]
    content_type: str
    status: int
    url: str = URL


def at_most_paragraphs_and_chars() -> bytes:
    """As many paragraphs as allowed, sharing all the characters allowed."""
    each = DEFAULT_MAX_CHARS // DEFAULT_MAX_PARAGRAPHS - 8
    text = (WORDS * (each // len(WORDS) + 1))[:each]
    return "".join(f"<p>{text} {i:06d}</p>" for i in range(DEFAULT_MAX_PARAGRAPHS)).encode()


def deep_classy_chain() -> bytes:
    """The deepest chain allowed, every element with the most class tokens, and every paragraph at its bottom."""
    classes = " ".join(f"c{i}x" for i in range(MAX_TOKENS_PER_ELEMENT))
    depth = DEFAULT_MAX_DEPTH - 3
    count = min(DEFAULT_MAX_PARAGRAPHS, DEFAULT_MAX_ELEMENTS - depth - 10)
    return (f"<div class='{classes}'>" * depth + "<p>x</p>" * count + "</div>" * depth).encode()


def elements_and_paragraphs() -> bytes:
    """The most elements allowed, as many of them paragraphs as allowed."""
    empty = DEFAULT_MAX_ELEMENTS - DEFAULT_MAX_PARAGRAPHS - 10
    return ("<span></span>" * empty + "".join(f"<p>p{i}</p>" for i in range(DEFAULT_MAX_PARAGRAPHS))).encode()


def text_at_the_char_limit() -> bytes:
    return (WORDS * (DEFAULT_MAX_CHARS // len(WORDS)))[: DEFAULT_MAX_CHARS - 1].encode()


def rule_shaped_lines_at_the_char_limit() -> bytes:
    """Lines as long as the navigation rule reads (a trail of tiny items, a back link of pipes) and phrase
    rules' openings before runs of separators, to the character limit: the rules' worst lines, many times."""
    lines = (
        ("Home" + " › a" * 80)[:MAX_NAVIGATION_CHARS],
        ("← back to" + " | ab" * 80)[:MAX_NAVIGATION_CHARS],
        ("Sign in to" + " ." * 100)[:MAX_NAVIGATION_CHARS],
        ("Don't have an account" + " ?" * 100)[:MAX_NAVIGATION_CHARS],
    )
    block = "\n".join(lines) + "\n"
    return (block * (DEFAULT_MAX_CHARS // len(block)))[: DEFAULT_MAX_CHARS - 1].encode()


def markdown_at_the_char_limit() -> bytes:
    """Read as Markdown (two link lines), then one line of unclosed spans: the worst case of its regexes."""
    head = "[Home](https://example.org/)\n[News](https://example.org/news)\n"
    unclosed = "**a ~~b *c _d [e]( ![f](g `h "
    return (head + (unclosed * (DEFAULT_MAX_CHARS // len(unclosed)))[: DEFAULT_MAX_CHARS - len(head) - 1]).encode()


def wrapped_at_the_char_limit() -> bytes:
    """Hard-wrapped text (lines of 78, a blank line every ten) at the character limit."""
    line = (WORDS * 3)[:78].strip()
    paragraph = "\n".join([line] * 10)
    return "\n\n".join([paragraph] * (DEFAULT_MAX_CHARS // (len(paragraph) + 2) - 1)).encode()


def rare_characters_at_the_char_limit() -> bytes:
    """Text at the character limit in as many distinct characters above the BMP as fit (Han of Extension B):
    each is classified outside the lookup table of character classes."""
    lines = DEFAULT_MAX_PARAGRAPHS // 2
    width = (DEFAULT_MAX_CHARS - 1) // lines
    chars = "".join(chr(EXTENSION_B + i % EXTENSION_B_SIZE) for i in range(lines * width))
    return "\n".join(chars[i : i + width] for i in range(0, len(chars), width)).encode()


def a_long_number() -> bytes:
    """One line of digits and commas, without a currency: a price pattern that rescans the run from each
    of its digits takes seconds at this size and hours at the character limit."""
    return b"1," * (LONG_NUMBER_CHARS // 2)


def unclosed_scripts() -> bytes:
    """Script start tags that none closes, more than the element limit, filling the body limit: a count
    that looked for each one's end from each start rescanned the page once per tag (a 360 KB page took
    40 s). To the parser the first opens a script that runs to the end: one element, no paragraph."""
    tags = b"<script>" * (DEFAULT_MAX_ELEMENTS + 10)
    return tags + b"a" * (DEFAULT_MAX_BODY_BYTES - len(tags) - 1)


def scripts_full_of_comparisons() -> bytes:
    """A page of a few elements whose scripts hold more ``i<n`` than the element limit: no element."""
    script = b"<script>" + b"for(var i=0;i<n;i++){}" * 1_000 + b"</script>"
    return b"<p>A story paragraph.</p>" + script * (DEFAULT_MAX_ELEMENTS // 1_000 + 10) + b"<p>The end.</p>"


def batch_of_rejects() -> bytes:
    """A full batch filling the body limit, every document over the element limit."""
    size = DEFAULT_MAX_BODY_BYTES // DEFAULT_MAX_BATCH - 200
    tags = "<b>" * (size // 3)
    return json.dumps({"documents": [{"id": str(i), "html": tags} for i in range(DEFAULT_MAX_BATCH)]}).encode()


def comment_marks() -> bytes:
    """Empty comments filling the body limit, sent as text: the sniff skips the comments a body opens with
    (a loop of one ``find`` per comment took a second, on the event loop)."""
    return b"<!---->" * (DEFAULT_MAX_BODY_BYTES // 7 - 1)


def unclosed_meta_tags() -> bytes:
    """``<meta `` without a ``>`` filling the body limit: a charset scan that read each tag to the next ``>``
    rescanned the head once per tag (2.7 s for 64 KiB of them)."""
    return b"<meta " * (DEFAULT_MAX_BODY_BYTES // 6 - 1)


def worst_inputs() -> list[Worst]:
    table = [Worst(c.name, c.build, c.content_type or "", c.status) for c in hostile_cases() if c.name in HEAVY]
    assert len(table) == len(HEAVY)
    return [
        *table,
        Worst("a 10 MB text node at the default body limit", lambda: b"<p>" + b"word " * 2_000_000, HTML, 422),
        Worst("10 MiB of start tags", lambda: b"<b>" * (DEFAULT_MAX_BODY_BYTES // 3), HTML, 422),
        Worst("most paragraphs, most characters", at_most_paragraphs_and_chars, HTML, OK),
        Worst("deepest chain, most class tokens, most paragraphs", deep_classy_chain, HTML, OK),
        Worst("most elements, most paragraphs", elements_and_paragraphs, HTML, OK),
        Worst("plain text at the character limit", text_at_the_char_limit, TEXT, OK),
        Worst("Markdown at the character limit, unclosed spans", markdown_at_the_char_limit, "text/markdown", OK),
        Worst("rules' worst lines at the character limit", rule_shaped_lines_at_the_char_limit, TEXT, OK),
        Worst("hard-wrapped text at the character limit", wrapped_at_the_char_limit, TEXT, OK),
        Worst("text at the character limit in rare characters", rare_characters_at_the_char_limit, TEXT, OK),
        Worst("a number 20,000 characters long", a_long_number, TEXT, OK),
        Worst("a full batch of over-limit documents", batch_of_rejects, JSON, OK, url=URL + "/batch"),
        Worst("unclosed script tags past the element limit", unclosed_scripts, HTML, OK),
        Worst("scripts with more comparisons than the element limit", scripts_full_of_comparisons, HTML, OK),
        Worst("empty comments filling the body limit, sent as text", comment_marks, TEXT, 422),
        Worst("unclosed meta tags filling the body limit", unclosed_meta_tags, HTML, OK),
        Worst(
            "a request head of query parameters", lambda: b"a line", TEXT, 422, url=f"{URL}?{'ab&' * QUERY_PARAMETERS}"
        ),
        Worst(
            "a request head of one parameter repeated", lambda: b"a line", TEXT, 422, url=f"{URL}?{'list&' * 12_000}"
        ),
    ]


WORST = worst_inputs()


def test_the_limits_under_test_are_the_defaults() -> None:
    settings = Settings()
    assert (settings.max_body_bytes, settings.max_elements, settings.max_depth) == (
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_ELEMENTS,
        DEFAULT_MAX_DEPTH,
    )
    assert (settings.max_paragraphs, settings.max_chars, settings.max_batch) == (
        DEFAULT_MAX_PARAGRAPHS,
        DEFAULT_MAX_CHARS,
        DEFAULT_MAX_BATCH,
    )


@pytest.mark.parametrize("worst", WORST, ids=[w.name for w in WORST])
async def test_worst_input_is_bounded(make_client: MakeClient, worst: Worst) -> None:
    client = await make_client()
    body = worst.build()
    assert len(body) <= DEFAULT_MAX_BODY_BYTES
    request = client.build_request("POST", worst.url, content=body, headers={"Content-Type": worst.content_type})
    await client.get("/healthz")  # warm: the first request of an app pays for imports
    with measured() as cost:
        response = await client.send(request)
    assert response.status_code == worst.status, response.text[:300]
    if worst.url.endswith("/batch"):
        assert {item["status"] for item in response.json()["results"]} == {422}
    assert cost.seconds < MAX_REQUEST_S, f"{worst.name}: {cost.seconds:.2f} s"
    assert cost.peak_bytes < MAX_REQUEST_BYTES, f"{worst.name}: {cost.peak_bytes / 2**20:.0f} MiB"


async def test_over_limit_answers_are_413_or_422(make_client: MakeClient) -> None:
    """Each limit, just passed, is a 413 (bytes) or a 422 naming the limit."""
    client = await make_client(max_body_bytes=100, max_elements=5, max_depth=4, max_paragraphs=2, max_chars=10)
    cases = [
        (b"<p>x</p>" * 20, HTML, 413, "bytes"),
        (b"<i></i>" * 6, HTML, 422, "elements"),
        (b"<div>" * 3 + b"x", HTML, 422, "nesting depth"),
        (b"<p>a</p><p>b</p><p>c</p>", HTML, 422, "paragraphs"),
        (b"<p>eleven char</p>", HTML, 422, "text characters"),
        (b"a\nb\nc", TEXT, 422, "paragraphs"),
        (b"eleven char", TEXT, 422, "text characters"),
        (json.dumps({"paragraphs": ["eleven char"]}).encode(), JSON, 422, "text characters"),
    ]
    for body, content_type, status, phrase in cases:
        response = await client.post(URL, content=body, headers={"Content-Type": content_type})
        assert response.status_code == status and phrase in response.json()["detail"], (body, response.text)
    within = await client.post(URL, content=b"<p>a</p><p>b</p>", headers={"Content-Type": HTML})
    assert within.status_code == OK


async def test_over_limit_documents_fail_alone_in_a_batch(make_client: MakeClient) -> None:
    client = await make_client(max_elements=5)
    documents = [{"id": "ok", "html": "<p>fine</p>"}, {"id": "big", "html": "<i></i>" * 6}]
    response = await client.post(URL + "/batch", json={"documents": documents})
    statuses = {item["id"]: item["status"] for item in response.json()["results"]}
    assert response.status_code == OK and statuses == {"ok": 200, "big": 422}


async def test_too_many_documents_is_422(make_client: MakeClient) -> None:
    client = await make_client(max_batch=2)
    documents = [{"id": str(i), "text": "x"} for i in range(3)]
    response = await client.post(URL + "/batch", json={"documents": documents})
    assert response.status_code == 422 and response.json()["type"].endswith("too-many-documents")
