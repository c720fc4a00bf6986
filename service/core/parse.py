"""Bytes or str → a safe lxml tree.

One parser configuration for the whole project: no network, no DTD loading, no entity
expansion, comments and processing instructions removed. Byte input is decoded here
(BOM, caller charset, the XML declaration or ``<meta>`` declarations, then UTF-8, then
windows-1252, with the WHATWG Encoding Standard's reading of legacy labels), so the rest of
the pipeline only ever sees ``str``.
"""

from __future__ import annotations

import codecs
import re
import string
from dataclasses import dataclass

from lxml import etree

from .encodings import CODEC_FIXES, WHATWG_LABELS
from .errors import DecodeError, LimitExceededError
from .markup import has_page_shell, read_cdata

#: How many leading bytes are always scanned for a ``<meta>`` charset declaration (as browsers prescan).
META_PRESCAN_BYTES = 4096
#: Past those, a declaration is looked for as far as the head goes (the body's start tag), at most this far:
#: browsers honour one their parser meets in the head, after scripts and comments longer than the prescan.
META_HEAD_BYTES = 64 * 1024
FALLBACK_ENCODING = "cp1252"
UTF8 = "utf-8"
#: What the Encoding Standard trims from a label: ASCII white space (tab, LF, FF, CR, space).
LABEL_WHITESPACE = "\t\n\f\r "
#: ASCII upper case to lower case: labels match ASCII case-insensitively (``str.lower`` would also fold the
#: Kelvin sign into ``k``, and ``İ`` into an ``i`` and a dot).
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
#: The five bytes that Python's cp1252 leaves undefined and WHATWG's windows-1252 reads as the
#: C1 control of the same number (so no byte sequence fails, as in latin-1).
CP1252_HOLES = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: A ``<meta>`` tag (its attributes up to the next ``<`` or ``>``: each tag is read once, however many an
#: unclosed run holds), its attributes (name, then a double-, single- or unquoted value), a charset in a
#: ``content`` value, comments (never read for a declaration) and the body's start tag.
META_TAG = re.compile(rb"<meta(?=[\s/>])([^<>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(rb"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
CONTENT_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
CHARSET_LABEL = re.compile(rb"[A-Za-z0-9_:.\-]+")
COMMENT_BYTES = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
BODY_START = re.compile(rb"<body[\s>]", re.IGNORECASE)
#: The encoding an XML declaration at the very start gives (XHTML pages declare it there).
XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?\sencoding\s*=\s*["']\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
#: How UTF-16 without a byte-order mark opens an XML declaration ("<?x"), little and big end first.
UTF16_XML_STARTS = ((b"<\x00?\x00x\x00", "utf-16-le"), (b"\x00<\x00?\x00x", "utf-16-be"))
#: Every XML declaration opening the text, a closing "?" or not: lxml refuses a str that starts
#: with one naming an encoding, and a page may carry two, or one behind a stray control character.
XML_DECLARATIONS = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)+", re.IGNORECASE)
#: Characters libxml2 refuses in input: NUL and C0 controls other than tab, LF, CR.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SURROGATES = re.compile(r"[\ud800-\udfff]")
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
#: What can open an element in the source: ``<`` and a letter (tags inside scripts and
#: comments count too, so the count is an upper bound on the elements the parser creates).
START_TAG = re.compile(r"<[A-Za-z]")
#: Characters fed to the parser at a time when it counts a page's elements (:func:`_parsed_elements`).
COUNT_CHUNK_CHARS = 1 << 16
#: The message libxml2 gives when nesting passes its depth limit (``PARSER_MAX_DEPTH``).
DEPTH_LIMIT_MESSAGE = "Excessive depth"
#: The deepest tree libxml2 builds with ``huge_tree``, counting <html> as 1 (as ``max_depth`` does):
#: a page nested deeper is cut there, so no ``max_depth`` above this has any effect.
PARSER_MAX_DEPTH = 2048

#: The one parser configuration. ``huge_tree`` lifts libxml2's 10 MB text-node and
#: 256-level depth limits (depth stays capped at ``PARSER_MAX_DEPTH``); what is still cut is reported.
_PARSER_OPTIONS = {
    "remove_comments": True,
    "remove_pis": True,
    "no_network": True,
    "collect_ids": False,
    "default_doctype": False,
    "huge_tree": True,
}


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """A parsed tree and what the parser said about it."""

    root: etree._Element | None
    truncated: bool
    warnings: tuple[str, ...]
    encoding: str | None
    fragment: bool = False
    """True when the source has no doctype, ``<html>``, ``<head>`` or ``<body>`` (the parser added the shell): an
    extractor's article container, say. Only markup counts, not one written in a comment, a script or an
    attribute value (:func:`.markup.has_page_shell`); a page that leaves out its optional tags still has its
    doctype or ``<head>``."""


def normalize_encoding(label: str) -> str | None:
    """The Python codec of a charset label, as the WHATWG Encoding Standard reads it, as browsers do; None if
    unknown.

    The label is trimmed of ASCII white space and matched ASCII case-insensitively against the standard's
    labels (:data:`.encodings.WHATWG_LABELS`), each of which names the superset browsers decode with
    (``Shift_JIS`` is cp932, ``iso-8859-1`` windows-1252). Nothing else is a label: not the names Python's
    codecs know besides them (``cp037`` is EBCDIC, ``iso_8859_1`` Latin-1 without windows-1252's letters,
    ``hex`` no text encoding at all).
    """
    return WHATWG_LABELS.get(label.strip(LABEL_WHITESPACE).translate(ASCII_LOWER))


def given_encoding(charset: str) -> str:
    """The codec of a caller's ``charset``; an unknown label is a ``DecodeError``."""
    name = normalize_encoding(charset)
    if name is None:
        raise DecodeError(f"unknown charset {charset!r}")
    return name


def marked_encoding(data: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark ``data`` opens with and its codec, if any."""
    return next(((bom, name) for bom, name in BOMS if data.startswith(bom)), None)


def declared_charset(data: bytes) -> str | None:
    """The charset of an XML declaration opening the bytes, or else of the first ``<meta charset>`` or
    ``http-equiv`` content-type declaration outside comments, in the first :data:`META_PRESCAN_BYTES` or in
    the head (to the body's start tag, at most :data:`META_HEAD_BYTES`)."""
    xml = XML_ENCODING.match(data[:META_PRESCAN_BYTES].lstrip())
    if xml:
        label = xml.group(1)
    else:  # most pages declare early: the prescan's bytes first, then the head's
        label = _meta_label(COMMENT_BYTES.sub(b"", data[:META_PRESCAN_BYTES]))
        if label is None and len(data) > META_PRESCAN_BYTES:
            label = _meta_label(COMMENT_BYTES.sub(b"", data[:META_HEAD_BYTES]))
    if label is None:
        return None
    # A page cannot really be UTF-16 if its ASCII meta tag was readable as bytes.
    name = normalize_encoding(label.decode("ascii", "replace"))
    return "utf-8" if name and name.startswith("utf-16") else name


def _meta_label(head: bytes) -> bytes | None:
    """The charset label of the first ``<meta>`` declaring one in ``head`` (comments removed), before the
    body's start tag or within the first :data:`META_PRESCAN_BYTES`: its ``charset``, or the charset of its
    ``content`` when its ``http-equiv`` is ``content-type`` (as WHATWG's prescan reads them)."""
    body = BODY_START.search(head)
    end = max(META_PRESCAN_BYTES, body.start()) if body else len(head)
    for tag in META_TAG.finditer(head, 0, end):
        attributes: dict[bytes, bytes] = {}
        for attribute in ATTRIBUTE.finditer(tag.group(1)):
            value = next((v for v in attribute.groups()[1:] if v is not None), b"")
            attributes.setdefault(attribute.group(1).lower(), value)
        if match := CHARSET_LABEL.match(attributes.get(b"charset", b"").strip()):
            return match.group()
        pragma = attributes.get(b"http-equiv", b"").strip().lower() == b"content-type"
        if pragma and (found := CONTENT_CHARSET.search(attributes.get(b"content", b""))):
            return found.group(1)
    return None


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return the text and the codec used.

    Order: byte-order mark (or UTF-16 opening an XML declaration without one); the caller's
    ``charset`` (strict: bytes that do not decode raise ``DecodeError``); the XML
    declaration's or a ``<meta>`` declaration; UTF-8; windows-1252. Any other declared charset
    loses to bytes that are valid, non-ASCII UTF-8: single-byte codecs and GB18030 decode
    every byte sequence, so a wrong declaration (the usual mislabelled CMS page, or a page
    saved again as UTF-8 with its old ``<meta>``) cannot be caught by decoding, and legacy text
    that happens to be valid UTF-8 is vanishingly rare. A declared or undeclared charset with
    a few bad sequences among many good ones (a stray byte pasted into a UTF-8 page) keeps its
    reading, the bad sequences replaced, as browsers do.
    """
    if (marked := marked_encoding(data)) is not None:
        bom, name = marked
        return data[len(bom) :].decode(name, "replace"), name
    for start, name in UTF16_XML_STARTS:
        if data.startswith(start):
            return data.decode(name, "replace"), name
    if charset is not None:
        given = given_encoding(charset)
        return _decode_strict(data, given), given
    declared = declared_charset(data)
    if declared and not (declared != UTF8 and _is_utf8_with_non_ascii(data)):
        text = _mostly_decodes(data, declared)
        if text is not None:
            return text, declared
    text = _mostly_decodes(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    return _decode(data, FALLBACK_ENCODING, "replace"), FALLBACK_ENCODING


def _decode(data: bytes, name: str, errors: str = "strict") -> str:
    """``data.decode(name, errors)``, read as WHATWG does: windows-1252's five holes are C1 controls, and a
    codec of :data:`.encodings.CODEC_FIXES` gets the letters the standard reads where Python does not."""
    if name == FALLBACK_ENCODING:
        return data.decode(name, "surrogateescape").translate(CP1252_HOLES)
    text = data.decode(name, errors)
    return text.translate(CODEC_FIXES[name]) if name in CODEC_FIXES else text


def _mostly_decodes(data: bytes, name: str) -> str | None:
    """``data`` read as ``name``: whole when it decodes; with its bad sequences replaced when they
    are fewer than the non-ASCII characters read right; else None (the label or guess is wrong)."""
    try:
        return _decode(data, name)
    except UnicodeDecodeError:
        pass
    text = _decode(data, name, "replace")
    bad = text.count("\ufffd")  # a page's own U+FFFD counts too: it can only make the test stricter
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text if non_ascii - bad > bad else None


def decode_text(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode plain-text bytes: BOM, then the caller's charset (strict), then strict UTF-8."""
    if (marked := marked_encoding(data)) is not None:
        bom, name = marked
        return _decode_strict(data[len(bom) :], name), name
    name = "utf-8" if charset is None else given_encoding(charset)
    return _decode_strict(data, name), name


def _decode_strict(data: bytes, name: str) -> str:
    try:
        return _decode(data, name)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"bytes do not decode as {name}: {exc.reason} at byte {exc.start}") from None


def clean_text(text: str) -> str:
    """Remove what libxml2 cannot take: control characters and lone surrogates.

    Most pages have neither; finding that out with C-level byte operations (encoding fails
    on a lone surrogate; in UTF-8 a control byte is only ever that control character) is
    ten times cheaper than running the substitutions.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        data = b""
    clean = data and len(data.translate(None, CONTROL_BYTES)) == len(data)
    if clean and "\ufffe" not in text and "\uffff" not in text:
        return text
    text = CONTROL_CHARS.sub("", text)
    return SURROGATES.sub("\ufffd", text)


def count_start_tags(text: str, limit: int) -> int:
    """At most ``limit`` when the parser builds at most ``limit`` elements from ``text`` (an upper bound
    on them), else a count past ``limit`` (where the counting stopped).

    ``str.count("<")`` settles most pages, and a count of ``<`` then a letter most others. A page
    with more of those than ``limit`` is counted by the parser itself, which stops once past
    ``limit``: a ``<`` and a letter in a script (``for (i=0;i<n;i++)``), a comment or an attribute
    makes no element, and only the parser knows where those end.
    """
    opened = text.count("<")
    if opened <= limit:
        return opened
    tags = START_TAG.subn("", text)[1]
    if tags <= limit:
        return tags
    return _parsed_elements(text, limit, tags)


def _parsed_elements(text: str, limit: int, bound: int) -> int:
    """The elements libxml2 starts for ``text`` (the pages' parser, fed :data:`COUNT_CHUNK_CHARS` at a
    time), counted until past ``limit``: the work stays bounded by the limit, not the page. ``bound``
    when the parser fails."""
    parser = etree.HTMLPullParser(events=("start",), **_PARSER_OPTIONS)
    count = 0
    try:
        for start in range(0, len(text), COUNT_CHUNK_CHARS):
            parser.feed(text[start : start + COUNT_CHUNK_CHARS])
            count += sum(1 for _ in parser.read_events())
            if count > limit:
                return count
        parser.close()
    except etree.LxmlError:
        return bound
    return count + sum(1 for _ in parser.read_events())


def check_elements(text: str, max_elements: int | None) -> None:
    """Refuse a page with more elements than ``max_elements`` before libxml2 builds a tree of them."""
    if max_elements is None:
        return
    tags = count_start_tags(text, max_elements)
    if tags > max_elements:
        raise LimitExceededError("elements", max_elements, tags)


def parse_html(
    page: str | bytes,
    *,
    charset: str | None = None,
    xhtml: bool = False,
    max_bytes: int | None = None,
    max_elements: int | None = None,
    max_depth: int | None = None,
) -> ParsedPage:
    """Parse HTML into an lxml tree with the project's one safe parser configuration.

    ``xhtml``: the page is XHTML (``application/xhtml+xml``), whose CDATA sections are text; libxml2 reads
    every page as HTML, where they are bogus comments (:func:`.markup.read_cdata`).

    ``max_elements`` bounds the start tags in the source (checked before parsing, so the
    parser's time and memory stay bounded too). With ``max_depth`` set, a page nested past
    libxml2's own limit (``PARSER_MAX_DEPTH``) raises ``LimitExceededError``, naming the lower of
    the two limits, instead of coming back truncated: the parser drops everything below that
    point, often the whole page.
    """
    if max_bytes is not None and len(page) > max_bytes:
        raise LimitExceededError("page bytes", max_bytes, len(page))
    encoding = None
    if isinstance(page, bytes):
        page, encoding = decode_html(page, charset)
    text = read_cdata(XML_DECLARATIONS.sub("", clean_text(page), count=1), xhtml=xhtml)
    if not text.strip():
        return ParsedPage(None, False, (), encoding)
    check_elements(text, max_elements)
    parser = etree.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(text, parser)
    except etree.ParserError:  # lxml's "Document is empty"
        root = None
    limit_errors = tuple(e.message.strip() for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT")
    if max_depth is not None and any(DEPTH_LIMIT_MESSAGE in message for message in limit_errors):
        raise LimitExceededError("nesting depth", min(max_depth, PARSER_MAX_DEPTH))
    if root is not None:
        _gather_strays(root)
    fragment = not has_page_shell(text)
    return ParsedPage(root, bool(limit_errors), limit_errors, encoding, fragment)


def _gather_strays(root: etree._Element) -> None:
    """Move what libxml2 put after the root back into the page's body, in order.

    After a stray ``</html>`` (a pasted embed, an injected banner after the real end) libxml2
    starts a second ``<html>`` element beside the root, and a walk of the root never sees it:
    the rest of a story was lost without a word. Browsers move such content into ``<body>``.
    The emptied elements stay beside the root (a document's top level cannot lose them).
    """
    body = root.find("body")
    home = body if body is not None else root
    for stray in root.itersiblings():
        if not isinstance(stray.tag, str):
            continue  # a comment or processing instruction at the top level
        inner = stray.find("body")
        source = inner if inner is not None else stray
        if source.text and source.text.strip():
            _append_text(home, source.text)
            source.text = None
        for child in list(source):
            home.append(child)


def _append_text(parent: etree._Element, text: str) -> None:
    """``text`` after everything ``parent`` holds."""
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
