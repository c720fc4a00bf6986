"""Inject chrome blocks from the library into real pages at training time.

HTML: blocks are built as elements with varied tags and class names (semantic, generated,
or borrowed from the page) and inserted before, inside and after the article container, then the page is
segmented again, so the model sees injected chrome exactly as it sees real chrome.
Text: the same page's lines, or only its content lines with chrome appended, as
scrapers that already ran an extractor dump them.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

from lxml import etree

from service.core.segment import normalize

from .chrome import ChromeBlock

#: Class names for block wrappers by kind: words that say what the block is. A generic word
#: ("box", "module") never appears here: a fixed generic name seen only on injected chrome
#: is learnt as chrome, and an unseen publisher that wraps its article in it loses the article
#: (docs/model-history.md, "class names of injected chrome").
SEMANTIC_CLASSES = {
    "paywall": ["paywall", "meter-notice", "piano-offer", "premium-wall"],
    "pricing": ["plans", "offer-grid", "pricing-table", "subscription-plans"],
    "login": ["login-prompt", "account-links", "auth-prompt"],
    "consent": ["cookie-banner", "cmp-layer", "consent-notice", "gdpr"],
    "newsletter": ["newsletter-signup", "nl-signup", "email-capture"],
    "promo": ["app-promo", "donate-ask", "promo-unit"],
    "share": ["share-bar", "social-share", "article-tools", "sharing"],
    "related": ["related-articles", "most-read", "recommended", "more-stories"],
    "navigation": ["breadcrumb", "main-nav", "menu", "pagination"],
    "legal": ["footer-legal", "copyright", "site-info"],
    "ad": ["ad-label", "advert", "sponsored", "ad-slot"],
    "comments": ["comments-cta", "discussion", "comment-count"],
    "disclaimer": ["disclaimer", "syndication-note", "article-note"],
    "other": ["article-meta", "tools", "extra"],
}
#: Generated class names, shaped as build tools and CSS-in-JS write them: a template whose
#: ``#`` becomes a random letter or digit, ``a`` a random lower-case letter, ``A`` a random
#: capital. Each wrapper gets a fresh name, and no part of a template is fixed: class names
#: are split into tokens (on "-", "_" and camelCase humps), and a fixed prefix ("css-",
#: "sc-") seen only on injected chrome was learnt as chrome like a fixed name.
GENERATED_CLASSES = ("aaa-######", "aa-aaAAaa", "a#######", "aaa-####", "a#", "aa#", "_a####", "Aaaaa_aaaa__a#a#a")
ALPHABETS = {"#": string.ascii_lowercase + string.digits, "a": string.ascii_lowercase, "A": string.ascii_uppercase}
#: Of the wrappers that get neither a semantic class nor none: the share that take a class
#: the page itself uses (chrome a publisher sets in its own markup), the rest a generated one.
BORROWED_CLASS_PROB = 0.5
#: Size of the fixed list of neutral names wrappers once took theirs from. A wrapper that takes a
#: borrowed or generated name still draws once from the page's generator as a pick from that list
#: did, so the chrome each page gets, its places and tags, and so the text model's training pages,
#: are those of the committed recipe before the change (docs/model-history.md, 1.19.0).
LIST_DRAW = 17
#: Mixed into the seed of the class-name generator (an integer: strings hash differently per process).
NAMES_SALT = 0x6E616D6573
#: Probability that a wrapper gets a semantic class rather than a neutral one (or none).
SEMANTIC_CLASS_PROB = 0.35
NO_CLASS_PROB = 0.2
WRAPPER_TAGS = ["div", "div", "section", "aside", "div", "form"]
LINE_TAGS = ["p", "div", "li", "a", "button", "span", "h3", "strong"]
#: Tags a flat block's lines take: that of the article paragraph beside them, else the first.
FLAT_TAGS = ("p", "div", "li")
#: Where a training page's block goes, relative to the article's content paragraphs, with weights
#: (more inside the article: measured, not kept; docs/model-history.md, after 1.20.0). The leakage
#: measure has its own mixes (``leakage.PAGE_POSITIONS``), so a change here cannot move it.
POSITIONS = {"after_last": 0.4, "container_end": 0.2, "inside": 0.25, "before_first": 0.15}
#: With ``train --mid-story-walls`` and no share given: the share of injected training pages that also
#: get a subscription wall in the middle of their story (:func:`inject_wall`; measured, not kept).
WALL_PROB = 0.3
#: Kinds of block that follow a paywall notice in a wall set mid-story (:func:`wall_blocks`).
WALL_OFFER_KINDS = ("pricing", "login")
#: A wall set mid-story leaves at least this many of the article's paragraphs after it.
WALL_MIN_AFTER = 2
#: Share of a mid-story wall's blocks set as bare lines rather than a wrapped block.
WALL_FLAT = 0.5
#: Probability that a training page gets blocks, and how many.
INJECT_PROB = 0.8
MAX_BLOCKS = 6
#: Probability that an injected page also gets hard content paragraphs, and how many at most.
HARD_CONTENT_PROB = 0.4
MAX_HARD_CONTENT = 2
#: Share of augmented pages that also get related-link lines ("Also read: <headline>"), and
#: at most how many; the share of those lines whose headline is a link.
LEADIN_PROB = 0.3
MAX_LEADIN_LINES = 2
LEADIN_LINK_PROB = 0.5
#: Share of augmented pages that get lone chrome sentences ("Read the full story on our site."),
#: each set alone between two of the article's paragraphs, and at most how many; the share of
#: those pages that also get lone content lines of the same shape (subheads, one-line quotes,
#: short transitions), and at most how many: as many content lines as chrome, or more, so the
#: model learns the chrome's words, not that a short lone line is chrome. Half the pages since 1.21.0
#: (0.3 before), with the lines by more hands: fewer short content lines dropped, no more short chrome
#: kept (docs/model-history.md, 1.21.0).
LONE_PROB = 0.5
MAX_LONE_LINES = 2
LONE_CONTENT_PROB = 1.0
MAX_LONE_CONTENT = 3


def _element(tag: str, text: str) -> etree._Element:
    """One line as an element; inline tags are wrapped in a block so each line is one paragraph."""
    if tag in ("a", "span", "strong"):
        outer = etree.Element("li" if tag == "a" else "div")
        inner = etree.SubElement(outer, tag)
        if tag == "a":
            inner.set("href", "#")
        inner.text = text
        return outer
    element = etree.Element(tag)
    element.text = text
    return element


def generated_class(rng: random.Random) -> str:
    """A class name as a build tool writes it (see :data:`GENERATED_CLASSES`)."""
    template = rng.choice(GENERATED_CLASSES)
    return "".join(rng.choice(ALPHABETS[c]) if c in ALPHABETS else c for c in template)


def names_rng(rng: random.Random) -> random.Random:
    """A generator of class names seeded from ``rng``'s state without drawing from it.

    The seed hashes the state's integers only: Python hashes integers and tuples of them the same
    in every process, but not ``None`` (before Python 3.12 its hash is its address), and the whole
    state ends with one, so seeding from it drew other names in every process (models 1.19.0 and
    1.20.0 were trained and measured so; docs/model-history.md, 1.20.0).
    """
    _, words, _ = rng.getstate()
    return random.Random(hash((NAMES_SALT, words)))


def page_classes(root: etree._Element) -> list[str]:
    """The distinct class attribute values of a page's elements, in document order."""
    return list(dict.fromkeys(v.strip() for v in root.xpath("//@class") if v.strip()))


def _wrapper_class(kind: str, rng: random.Random, names: random.Random, borrowed: Sequence[str] = ()) -> str | None:
    """No class, a semantic one for the block's kind, one of the page's own (``borrowed``), or a generated one.

    Which of the four, and the semantic name, are drawn from ``rng``, as they always were; the
    borrowed or generated name from ``names``, so that the blocks, places and tags drawn after
    it stay what they were when names came from a fixed list (:data:`LIST_DRAW`).
    """
    roll = rng.random()
    if roll < NO_CLASS_PROB:
        return None
    if roll < NO_CLASS_PROB + SEMANTIC_CLASS_PROB:
        return rng.choice(SEMANTIC_CLASSES[kind])
    rng.randrange(LIST_DRAW)
    if borrowed and names.random() < BORROWED_CLASS_PROB:
        return names.choice(borrowed)
    return generated_class(names)


def build_block(
    block: ChromeBlock, rng: random.Random, borrowed: Sequence[str] = (), names: random.Random | None = None
) -> etree._Element:
    """A block as an element tree: a wrapper (maybe a list) holding one element per line.

    ``borrowed``: class values of the page the block goes into, one of which the wrapper may take;
    ``names``: the generator of borrowed and generated class names (see :func:`names_rng`).
    """
    line_tag = rng.choice(LINE_TAGS)
    wrapper = etree.Element(rng.choice(["ul", "ol"] if line_tag == "li" else WRAPPER_TAGS))
    css = _wrapper_class(block.kind, rng, names or names_rng(rng), borrowed)
    if css:
        wrapper.set("class", css)
    for line in block.lines:
        wrapper.append(_element(line_tag, line))
    if line_tag == "li":
        outer = etree.Element("div")
        outer.append(wrapper)
        if css:
            outer.set("class", css)
        return outer
    return wrapper


def flat_lines(block: ChromeBlock, beside: etree._Element) -> list[etree._Element]:
    """A block as bare paragraphs in the tag of the article paragraph they go beside, no wrapper."""
    tag = beside.tag if beside.tag in FLAT_TAGS else FLAT_TAGS[0]
    return [_element(tag, line) for line in block.lines]


def inject(
    root: etree._Element,
    anchors: Sequence[etree._Element],
    blocks: Sequence[ChromeBlock],
    rng: random.Random,
    where_to: dict[str, float] = POSITIONS,
    flat: float = 0.0,
    flat_rng: random.Random | None = None,
) -> None:
    """Insert ``blocks`` around the ``anchors`` (elements of content paragraphs, in order).

    ``flat``: the probability that a block goes in as bare paragraphs (see :func:`flat_lines`),
    indistinguishable by markup from the article's own; drawn from ``flat_rng`` when given, so
    that every draw from ``rng`` stays what it was without flat blocks.
    """
    positions, weights = zip(*where_to.items(), strict=True)
    borrowed = page_classes(root)
    names = names_rng(rng)
    for block in blocks:
        wrapped = build_block(block, rng, borrowed, names)
        where = rng.choices(positions, weights)[0]
        beside = rng.choice(anchors) if where == "inside" else anchors[0] if where == "before_first" else anchors[-1]
        elements = flat_lines(block, beside) if flat and (flat_rng or rng).random() < flat else [wrapped]
        for element in elements:
            element.tail = "\n"
            if where == "before_first":
                beside.addprevious(element)
            elif where == "container_end":
                parent = beside.getparent()
                (parent if parent is not None else root).append(element)
            else:
                beside.addnext(element)
                beside = element  # the block's next line goes after this one


def wall_blocks(blocks: Sequence[ChromeBlock], rng: random.Random) -> list[ChromeBlock]:
    """A subscription wall as publishers set it mid-story: a paywall notice, then plans or a log-in prompt.

    Both blocks speak one language. Empty when ``blocks`` has no such pair.
    """
    notices = [b for b in blocks if b.kind == "paywall"]
    if not notices:
        return []
    notice = rng.choice(notices)
    offers = [b for b in blocks if b.kind in WALL_OFFER_KINDS and b.lang == notice.lang]
    return [notice, rng.choice(offers)] if offers else []


def inject_wall(
    root: etree._Element,
    anchors: Sequence[etree._Element],
    wall: Sequence[ChromeBlock],
    rng: random.Random,
    min_after: int = WALL_MIN_AFTER,
    flat: float = WALL_FLAT,
) -> bool:
    """Insert the ``wall``'s blocks, one after the other, after one of the article's paragraphs.

    The story goes on for at least ``min_after`` paragraphs after it, as a soft paywall leaves
    it in the page: the prose after a wall can be the story. Each block is a wrapped block or,
    with probability ``flat``, bare lines (:func:`flat_lines`). False (nothing inserted) when
    the article is too short to go on after a wall.
    """
    if not wall or len(anchors) <= min_after:
        return False
    beside = anchors[rng.randrange(len(anchors) - min_after)]
    borrowed = page_classes(root)
    names = names_rng(rng)
    for block in wall:
        bare = rng.random() < flat
        for element in flat_lines(block, beside) if bare else [build_block(block, rng, borrowed, names)]:
            element.tail = "\n"
            beside.addnext(element)
            beside = element
    return True


def _after_random_anchor(anchors: Sequence[etree._Element], element: etree._Element, rng: random.Random) -> None:
    """Insert ``element`` (on a line of its own) right after one of the ``anchors``."""
    element.tail = "\n"
    rng.choice(anchors).addnext(element)


def inject_content(anchors: Sequence[etree._Element], texts: Sequence[str], rng: random.Random) -> None:
    """Insert lines as bare paragraphs (``<p>``), each after a random content anchor."""
    for text in texts:
        element = etree.Element("p")
        element.text = text
        _after_random_anchor(anchors, element, rng)


def leadin_line(leadin: str, separator: str, headline: str, rng: random.Random) -> etree._Element:
    """A related-link line as a bare ``<p>``: the lead-in, the separator, the headline (maybe a link)."""
    element = etree.Element("p")
    if rng.random() < LEADIN_LINK_PROB:
        strong = etree.SubElement(element, "strong")
        strong.text = leadin
        strong.tail = separator
        link = etree.SubElement(element, "a", href="#")
        link.text = headline
    else:
        element.text = f"{leadin}{separator}{headline}"
    return element


def inject_leadin_lines(
    anchors: Sequence[etree._Element], lines: Sequence[tuple[str, str, str]], rng: random.Random
) -> None:
    """Insert related-link lines ``(lead-in, separator, headline)`` after random content anchors."""
    for leadin, separator, headline in lines:
        _after_random_anchor(anchors, leadin_line(leadin, separator, headline, rng), rng)


def anchor_elements(root: etree._Element, paths: Sequence[str]) -> list[etree._Element]:
    """Elements at ``paths`` that can take siblings (not the root, html or body)."""
    found = []
    for path in dict.fromkeys(paths):
        try:
            hits = root.xpath(path)
        except etree.XPathError:
            continue
        if hits and hits[0].getparent() is not None and hits[0].tag not in ("html", "body"):
            found.append(hits[0])
    return found


def injected_texts(blocks: Sequence[ChromeBlock]) -> frozenset[str]:
    return frozenset(normalize(line) for block in blocks for line in block.lines)


def content_container(anchors: Sequence[etree._Element]) -> etree._Element | None:
    """The innermost element holding every anchor, or None when that is the whole page (html or body)."""
    if not anchors:
        return None
    shared = [anchors[0], *anchors[0].iterancestors()]  # innermost first
    for anchor in anchors[1:]:
        lineage = {anchor, *anchor.iterancestors()}
        shared = [element for element in shared if element in lineage]
    if not shared or shared[0].tag in ("html", "body"):
        return None
    return shared[0]


def container_html(container: etree._Element) -> str:
    """The container as the HTML fragment an extractor would return (without its tail)."""
    return etree.tostring(container, encoding="unicode", method="html", with_tail=False)
