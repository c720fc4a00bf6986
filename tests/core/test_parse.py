"""Parsing and encodings."""

from __future__ import annotations

import codecs

import pytest

from service.core.encodings import WHATWG_LABELS
from service.core.errors import DecodeError, LimitExceededError
from service.core.parse import (
    PARSER_MAX_DEPTH,
    declared_charset,
    decode_html,
    decode_text,
    normalize_encoding,
    parse_html,
)
from service.core.segment import segment_tree
from tests.builders import fixture_pages


def texts(html: str | bytes, **kw: object) -> list[str]:
    return [p.text for p in segment_tree(parse_html(html, **kw)).paragraphs]  # type: ignore[arg-type]


def test_utf8_bytes_without_declaration_decode_as_utf8() -> None:
    text, enc = decode_html("<p>Grüße £5 — 東京</p>".encode())
    assert enc == "utf-8" and "Grüße £5 — 東京" in text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_bom_wins(bom: bytes, codec: str) -> None:
    data = bom + "<p>Ünïcödé text</p>".encode(codec)
    assert texts(data) == ["Ünïcödé text"]


def test_meta_charset_and_http_equiv() -> None:
    assert declared_charset(b'<meta charset="iso-8859-2">') == "iso8859-2"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') == "cp1251"
    data = '<meta charset="windows-1252"><p>café</p>'.encode("cp1252")
    assert texts(data) == ["café"]


COUNCIL = "Городской совет утвердил новый бюджет."


@pytest.mark.parametrize(
    "head",
    [
        # after scripts longer than the first 4 KiB: browsers honour a declaration their parser meets in the head
        f"<script>{'var a = 1;' * 700}</script>"
        + '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        f"<!-- {'x' * 5000} -->" + '<meta charset="windows-1251">',
        # a declaration in a comment, or "charset=" in another meta's content, is none
        '<!-- old: <meta charset="iso-8859-1"> --><meta charset="windows-1251">',
        '<meta name="description" content="about charset=utf-8 issues"><meta charset="windows-1251">',
        "<meta content='text/html; charset=iso-8859-1'><meta http-equiv=content-type content='text/html;charset=cp1251'>",
    ],
)
def test_the_heads_declaration_is_read_as_browsers_read_it(head: str) -> None:
    data = f"<!doctype html><html><head>{head}</head><body><p>{COUNCIL}</p></body></html>".encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert texts(data) == [COUNCIL]


def test_a_declaration_past_the_prescan_in_the_body_is_none() -> None:
    data = b"<html><head></head><body>" + b"<p>x</p>" * 600 + b'<meta charset="koi8-r">'
    assert declared_charset(data) is None
    assert declared_charset(b'<meta charset="koi8-r">' + b"<p>x</p>" * 600) == "koi8-r"


def test_latin1_label_is_windows_1252_as_browsers_do() -> None:
    data = '<meta charset="iso-8859-1"><p>“quoted”</p>'.encode("cp1252")
    assert texts(data) == ["“quoted”"]


def test_valid_utf8_beats_a_wrong_single_byte_declaration() -> None:
    data = '<meta charset="iso-8859-1"><p>Grüße</p>'.encode()
    assert texts(data) == ["Grüße"]


def test_caller_charset_is_strict() -> None:
    with pytest.raises(DecodeError):
        decode_html(b"<p>\xff\xfe\xfa</p>", charset="utf-8")
    with pytest.raises(DecodeError):
        decode_html(b"<p>x</p>", charset="no-such-charset")
    assert decode_html("<p>é</p>".encode("latin-1"), charset="iso-8859-1")[0] == "<p>é</p>"


def test_text_decoding_is_strict_utf8_by_default() -> None:
    assert decode_text(b"a\nb")[0] == "a\nb"
    with pytest.raises(DecodeError):
        decode_text(b"\xff\xfe\xfa bad")


def test_iso_8859_1_fixture_page() -> None:
    page = next(p for p in fixture_pages() if p.truth.get("encoding") == "iso-8859-1")
    with pytest.raises(UnicodeDecodeError):
        page.data.decode("utf-8")
    got = texts(page.data)
    assert page.content[0] in got


@pytest.mark.parametrize(
    ("page", "fragment"),
    [
        ("<div class='story'><p>One.</p><p>Two.</p></div>", True),
        ("<article><p>One.</p></article>", True),
        ("plain words, no tags", True),
        ("<html><head><title>t</title></head><p>One.</p></html>", False),
        ("<BODY class='x'><p>One.</p></BODY>", False),
        ("<!doctype html><html lang=en><body><p>One.</p>", False),
        ("<div>no <bodyguard> here</div>", True),
        ("<!DOCTYPE html><title>t</title><p>One.</p>", False),
        ("<head><title>t</title></head><p>One.</p>", False),
    ],
)
def test_a_page_without_its_shell_is_a_fragment(page: str, fragment: bool) -> None:
    assert parse_html(page).fragment is fragment
    assert parse_html(page.encode()).fragment is fragment


@pytest.mark.parametrize(
    "page",
    [
        "<!-- <html> --><p>The council voted on Tuesday to approve the new budget for the coming year.</p>",
        "<div><script>var s='<body>';</script><p>The council voted.</p></div>",
        "<div title='<html>'><p>The council voted.</p></div>",
        '<div data-tpl="<head></head>"><p>The council voted.</p></div>',
        "<div><style>p::after { content: '<body>' }</style><p>The council voted.</p></div>",
        "<div><textarea><!doctype html></textarea><p>The council voted.</p></div>",
    ],
)
def test_a_shell_tag_in_a_comment_script_or_attribute_leaves_a_fragment(page: str) -> None:
    """Only markup makes a page: the same words in a comment, a script or an attribute value are text."""
    assert parse_html(page).fragment is True
    assert parse_html(page + "<body>").fragment is False


XHTML_CDATA = (
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
    "<p>Before. <![CDATA[The council voted.]]> After.</p></body></html>"
)


def test_cdata_in_xhtml_is_text() -> None:
    """libxml2 reads every page as HTML, where a CDATA section is a bogus comment: its text was lost."""
    assert texts(XHTML_CDATA, xhtml=True) == ["Before. The council voted. After."]
    assert texts(XHTML_CDATA.encode(), xhtml=True) == ["Before. The council voted. After."]
    assert texts("<p>a <![CDATA[x < y & z]]> b</p>", xhtml=True) == ["a x < y & z b"]
    assert texts(XHTML_CDATA) == ["Before. After."]  # served as HTML, as a browser reads it


def test_cdata_in_html_is_a_bogus_comment_and_in_a_script_script_text() -> None:
    assert texts("<p>Before. <![CDATA[The vote was 7 to 2.]]> After.</p>") == ["Before. After."]
    page = "<p>One.</p><script>//<![CDATA[\nif (a > b) {}\n//]]></script><p>Two.</p>"
    assert texts(page) == ["One.", "Two."]


def test_fragments_parse() -> None:
    assert texts("<p>one</p><p>two</p>") == ["one", "two"]
    assert texts("just text") == ["just text"]


def test_empty_and_whitespace_give_no_paragraphs() -> None:
    assert texts("") == []
    assert texts("   \n\t ") == []
    assert texts(b"") == []


def test_nul_and_control_characters_are_removed() -> None:
    assert texts("<p>a\x00b\x07c</p>") == ["abc"]


def test_xml_declaration_in_a_str_is_accepted() -> None:
    assert texts('<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>') == ["x"]


def test_no_entity_expansion_or_external_entities(tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    page = f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><p>&x;&b;</p>'
    joined = " ".join(texts(page))
    assert "TOPSECRET" not in joined
    assert "aaaaaaaaaa" not in joined


def test_byte_limit() -> None:
    with pytest.raises(LimitExceededError):
        parse_html("<p>x</p>" * 10, max_bytes=20)


SCRIPTED = "<html><body>" + "<p>x</p>" * 10 + "<script>" + "for(var i=0;i<n;i++){}" * 60 + "</script>"


@pytest.mark.parametrize("tail", ["</body></html>", "<!--" + " <a> <b>" * 40 + " --></body></html>"])
def test_the_element_limit_leaves_out_scripts_and_comments(tail: str) -> None:
    """``i<n`` in a page's own script is no element: a page of 13 was refused at a limit of 50."""
    page = SCRIPTED + tail
    assert len(texts(page, max_elements=50)) == 10
    assert len(texts(page, max_elements=13)) == 10
    with pytest.raises(LimitExceededError):
        parse_html(page, max_elements=12)


def test_a_script_left_open_runs_to_the_end_of_the_page_as_the_parser_reads_it() -> None:
    page = "<p>x</p><script>" + "if (a<b) {}" * 60
    assert len(texts(page, max_elements=50)) == 1
    with pytest.raises(LimitExceededError):
        parse_html(page, max_elements=3)  # html, body, p, script


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("<!-->", "<!-- -->"),  # an empty comment, then paragraphs a scanner would take for its text
        ('<div title="<!--">', '<div title="-->">'),  # comment marks inside attributes
        ("<script-x>", "</script>"),  # a custom element, not a script
        ("<title><script></title>", "</script>"),  # a title's text is text
        ("<!-- a --!>", "<!-- -->"),
    ],
)
def test_the_element_limit_holds_whatever_looks_like_a_script_or_comment(head: str, tail: str) -> None:
    """A count that skipped what looked like scripts and comments let 5,000 paragraphs past a limit of 100."""
    with pytest.raises(LimitExceededError):
        parse_html(head + "<p>x</p>" * 5_000 + tail, max_elements=100)


def test_nesting_beyond_the_parser_limit_is_reported() -> None:
    deep = "<div>" * 5000 + "deep text" + "</div>" * 5000 + "<p>after</p>"
    result = segment_tree(parse_html(deep))
    got = " ".join(p.text for p in result.paragraphs)
    assert result.truncated or ("deep text" in got and "after" in got)
    assert result.truncated and result.warnings


def nested_page(depth: int) -> str:
    """A page whose deepest element is ``depth`` levels down, <html> being 1."""
    divs = depth - 2  # below <html> and <body>
    return "<html><body>" + "<div>" * divs + "deep text" + "</div>" * divs + "</body></html>"


def test_the_parser_depth_limit_is_where_libxml2_cuts() -> None:
    assert not parse_html(nested_page(PARSER_MAX_DEPTH), max_depth=PARSER_MAX_DEPTH).truncated
    assert parse_html(nested_page(PARSER_MAX_DEPTH + 1)).truncated


@pytest.mark.parametrize("max_depth", [PARSER_MAX_DEPTH, PARSER_MAX_DEPTH + 1, 10 * PARSER_MAX_DEPTH])
def test_nesting_past_the_parser_limit_names_the_limit_that_applied(max_depth: int) -> None:
    with pytest.raises(LimitExceededError) as caught:
        parse_html(nested_page(PARSER_MAX_DEPTH + 1), max_depth=max_depth)
    assert caught.value.limit == PARSER_MAX_DEPTH and f"limit of {PARSER_MAX_DEPTH:,}" in str(caught.value)


def test_a_lower_depth_limit_is_the_one_named() -> None:
    with pytest.raises(LimitExceededError) as caught:
        parse_html(nested_page(PARSER_MAX_DEPTH + 1), max_depth=100)
    assert caught.value.limit == 100


def test_large_text_node_is_kept() -> None:
    big = "word " * 2_500_000  # 12.5 MB, over libxml2's default 10 MB text-node limit
    result = segment_tree(parse_html(f"<p>{big}</p><p>after</p>"))
    assert not result.truncated
    assert [len(p.text) for p in result.paragraphs][1:] == [len("after")]
    assert len(result.paragraphs[0].text) == len(big.strip())


# ---------------------------------------------------------------- declarations and legacy labels


@pytest.mark.parametrize(
    "page",
    [
        "\x00<?xml version='1.0' encoding='utf-8'?><html><body><p>Story text.</p></body></html>",
        "\x01<?xml version='1.0' encoding='utf-8'?><p>Story text.</p>",
        "<?xml version='1.0' encoding='utf-8'><html><body><p>Story text.</p></body></html>",
        "<?xml version='1.0'?><?xml version='1.0' encoding='utf-8'?><p>Story text.</p>",
        b"\x00<?xml version='1.0' encoding='utf-8'?><p>Story text.</p>",
    ],
)
def test_xml_declarations_behind_a_control_character_or_doubled_are_dropped(page: str | bytes) -> None:
    """lxml refuses a str opening with an encoding declaration (ValueError, a 500 once)."""
    assert texts(page) == ["Story text."]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_from_its_xml_declaration(codec: str) -> None:
    page = '<?xml version="1.0" encoding="UTF-16"?><html><body><p>Zürich, 東京.</p></body></html>'
    assert texts(page.encode(codec)) == ["Zürich, 東京."]


def test_the_xml_declarations_encoding_counts() -> None:
    page = '<?xml version="1.0" encoding="windows-1251"?><html><body><p>Совет проголосовал.</p></body></html>'
    data = page.encode("cp1251")
    assert declared_charset(data) == "cp1251"
    assert texts(data) == ["Совет проголосовал."]


def test_a_stray_byte_in_a_utf8_page_is_replaced_not_the_page_misread() -> None:
    good = "<p>It’s a café — naïve résumé, the council said.</p>"
    for head in ('<meta charset="utf-8">', ""):  # declared, and not
        text, codec = decode_html((head + good).encode() + b"<p>Bad byte: \xa0.</p>")
        assert codec == "utf-8"
        assert good in text and "Bad byte: \ufffd." in text


def test_a_page_mislabelled_utf8_that_is_windows_1252_is_still_read() -> None:
    data = '<meta charset="utf-8"><p>Caf\xe9 cr\xe8me, na\xefve \x93quotes\x94.</p>'.encode("latin-1")
    text, codec = decode_html(data)
    assert codec == "cp1252"
    assert "Café crème, naïve “quotes”." in text


@pytest.mark.parametrize("label", sorted(WHATWG_LABELS))
def test_every_whatwg_label_names_a_text_codec(label: str) -> None:
    """Each of the Encoding Standard's labels is known, in any case and with white space around it."""
    codec = normalize_encoding(f" {label.upper()}\t")
    assert codec is not None and codecs.lookup(codec)._is_text_encoding  # type: ignore[attr-defined]


#: One byte each single-byte encoding of the Encoding Standard reads as a letter of its own script, with the
#: encoding's name as its label (the byte and letter from the standard's index of that encoding).
STANDARD_BYTES = [
    ("ibm866", 0x80, "А"),
    ("iso-8859-2", 0xB1, "ą"),
    ("iso-8859-3", 0xA1, "Ħ"),
    ("iso-8859-4", 0xA1, "Ą"),
    ("iso-8859-5", 0xB0, "А"),
    ("iso-8859-6", 0xC7, "ا"),
    ("iso-8859-7", 0xC1, "Α"),
    ("iso-8859-8", 0xE0, "א"),
    ("iso-8859-8-i", 0xE0, "א"),
    ("iso-8859-10", 0xA1, "Ą"),
    ("iso-8859-13", 0xE0, "ą"),
    ("iso-8859-14", 0xA1, "Ḃ"),
    ("iso-8859-15", 0xA4, "€"),
    ("iso-8859-16", 0xA1, "Ą"),
    ("koi8-r", 0xC1, "а"),
    ("koi8-u", 0xA4, "є"),
    ("koi8-u", 0xAE, "ў"),
    ("koi8-ru", 0xBE, "Ў"),
    ("macintosh", 0x8E, "é"),
    ("windows-874", 0xA1, "ก"),
    ("windows-1250", 0xB9, "ą"),
    ("windows-1251", 0xC0, "А"),
    ("windows-1252", 0x80, "€"),
    ("windows-1253", 0xC1, "Α"),
    ("windows-1254", 0xD0, "Ğ"),
    ("windows-1255", 0xE0, "א"),
    ("windows-1256", 0xC7, "ا"),
    ("windows-1257", 0xE0, "ą"),
    ("windows-1258", 0xC3, "Ă"),
    ("x-mac-cyrillic", 0x80, "А"),
]


@pytest.mark.parametrize(("label", "byte", "letter"), STANDARD_BYTES)
def test_each_single_byte_encoding_reads_its_own_letters(label: str, byte: int, letter: str) -> None:
    """A label mapped to the wrong codec of the same kind (KOI8-U to KOI8-R, say) reads another letter."""
    assert decode_text(bytes([byte]), label)[0] == letter
    same = [other for other, codec in WHATWG_LABELS.items() if codec == WHATWG_LABELS[label]]
    assert all(decode_text(bytes([byte]), other)[0] == letter for other in same)


@pytest.mark.parametrize(
    ("label", "line", "codec"),
    [
        # legacy labels, read as the supersets browsers use
        ("Shift_JIS", "東京都は①新しい計画を発表しました。", "cp932"),
        ("gb2312", "朱镕基总理今天访问了上海。", "gb18030"),
        ("GBK", "朱镕基总理今天访问了上海。", "gb18030"),
        ("euc-kr", "서울시는 똠방각하 계획을 발표했다.", "cp949"),
        # labels of the standard that Python's codecs do not know
        ("windows-31j", "日本語のテキストです。", "cp932"),
        ("x-sjis", "日本語のテキストです。", "cp932"),
        ("x-gbk", "上海今天下雨。", "gb18030"),
        ("windows-949", "서울시는 계획을 발표했다.", "cp949"),
        ("iso-8859-8-i", "שלום עולם", "iso8859-8"),
        ("x-mac-roman", "Café crème", "mac-roman"),
        ("x-mac-cyrillic", "Привет мир", "mac-cyrillic"),
        ("koi", "Привет мир", "koi8-r"),
        ("dos-874", "สวัสดีครับ", "cp874"),
        ("unicode-1-1-utf-8", "Café crème", "utf-8"),
    ],
)
def test_labels_read_as_browsers_read_them(label: str, line: str, codec: str) -> None:
    """Declared by the page or given by the caller, the label means what it means in a browser."""
    data = f'<meta charset="{label}"><p>{line}</p>'.encode(codec)
    text, used = decode_html(data)
    assert used == codec and line in text
    assert decode_text(line.encode(codec), label) == (line, codec)


@pytest.mark.parametrize("label", ["hz-gb-2312", "HZ", "iso-2022-kr", "csiso2022kr", "iso-2022-cn", "replacement"])
def test_encodings_that_hide_markup_are_unknown(label: str) -> None:
    """Browsers read these as one U+FFFD: in HZ, ``~{<p>…</p>~}`` decodes to Han characters, its tags gone."""
    assert normalize_encoding(label) is None
    with pytest.raises(DecodeError, match="unknown charset"):
        decode_text(b"a line", label)
    page = b'<meta charset="hz-gb-2312"><p>one</p>~{<p>two</p>~}'
    assert decode_html(page) == (page.decode(), "utf-8")


#: Names Python's codecs know that are no label of the Encoding Standard: EBCDIC, Latin-1 without windows-1252's
#: letters, Python's spellings of the standard's encodings, codecs no page is written in; and labels that only
#: Unicode case folding or white space other than ASCII's would make one.
NOT_LABELS = [
    "cp037",
    "cp500",
    "ebcdic-cp-us",
    "iso_8859_1",
    "8859",
    "latin-1",
    "utf_8",
    "utf-16-le",
    "shift-jis-2004",
    "utf-7",
    "hex",
    "\u212aoi8-r",  # KELVIN SIGN, which str.lower() makes a k
    "\u00a0utf-8",
    "'utf-8'",
]


@pytest.mark.parametrize("label", NOT_LABELS)
def test_only_the_standards_labels_are_known(label: str) -> None:
    """A caller's label outside the standard is refused; a page's is ignored (UTF-8, else windows-1252)."""
    assert normalize_encoding(label) is None
    with pytest.raises(DecodeError, match="unknown charset"):
        decode_html(b"<p>x</p>", charset=label)
    with pytest.raises(DecodeError, match="unknown charset"):
        decode_text(b"a line", label)
    ascii_page = f'<meta charset="{label}"><p>The council voted on Tuesday.</p>'.encode()
    assert "The council voted on Tuesday." in decode_html(ascii_page)[0]  # not read as EBCDIC
    legacy_page = b'<meta http-equiv="Content-Type" content="text/html; charset=' + label.encode() + b'">'
    assert decode_html(legacy_page + b"<p>\x93Quoted\x94 \x80 5</p>")[0].endswith("<p>\u201cQuoted\u201d \u20ac 5</p>")


@pytest.mark.parametrize("label", ["unicode", "ucs-2", "utf-16"])
def test_utf16_labels_are_little_endian_as_in_the_standard(label: str) -> None:
    assert decode_text("Grüße".encode("utf-16-le"), label) == ("Grüße", "utf-16-le")


def test_valid_utf8_wins_over_any_other_declaration() -> None:
    """A page saved again as UTF-8 with its old <meta>: GB18030 would decode its bytes, as mojibake."""
    data = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>上海今天下雨。</p>'.encode()
    assert decode_html(data) == (data.decode(), "utf-8")


@pytest.mark.parametrize("charset", ["iso-8859-1", "latin1", "us-ascii", "windows-1252"])
def test_windows_1252_reads_every_byte(charset: str) -> None:
    """Python's cp1252 leaves five bytes undefined; WHATWG's windows-1252 reads them as C1 controls."""
    data = b"<p>Caf\xe9 \x81\x8d\x8f\x90\x9d end</p>"
    text, codec = decode_html(data, charset=charset)
    assert codec == "cp1252" and text == "<p>Café \x81\x8d\x8f\x90\x9d end</p>"
    assert decode_text(data, charset)[0] == text


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            '<html><body><article><p>First.</p><div class="ad"></html></div><p>Second.</p><p>Third.</p></article>'
            "</body></html>",
            ["First.", "Second.", "Third."],
        ),
        (
            "<html><body><p>Story.</p></body></html><div id=cookie>We use cookies <button>Accept</button></div>",
            ["Story.", "We use cookies", "Accept"],
        ),
        ("<p>a</p></html>trailing words<p>b</p>", ["a", "trailing words", "b"]),
    ],
)
def test_what_follows_a_stray_closing_html_tag_is_read(page: str, expected: list[str]) -> None:
    """libxml2 starts a second <html> beside the root after a stray </html>: the rest of the story was
    lost without a word. Browsers move it into <body>, and so does parse_html."""
    parsed = parse_html(page)
    assert [p.text for p in segment_tree(parsed).paragraphs] == expected
    assert not parsed.truncated
