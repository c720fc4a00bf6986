"""Navigation lines: a site's breadcrumb trail, a menu flattened onto one line, its page numbers and its
links to a section.

A scraper that dumps a page one visible block per line gets a site's navigation as single lines: a
breadcrumb trail ("Home › News › Politics"), a menu, a footer's or an edition switcher's row of links with
their separators ("News | Sport | Business | Culture | Opinion", "EN | FR | DE"), a bar of topics
("Trending: Budget 2025 · Elections · Heatwave"), pagination ("« Previous 1 2 3 4 Next »", "Page 2 of 5")
and a link to a section ("More from Business »", "See all World news"). In text mode such a line between a
story's paragraphs reads like a short subhead, and the model keeps some of them (docs/model-history.md,
"navigation lines").

Their shape is set enough for a rule. A line of at most :data:`MAX_NAVIGATION_CHARS` characters is a
navigation line when it is
- a trail: a home link, or "You are here:", then items behind separators, or three or more items joined by
  one of "›", "»", ">";
- a row: at least :data:`MIN_MENU_ITEMS` short items (at most :data:`MAX_ITEM_WORDS` words, no digit, no
  sentence's punctuation) joined by one and the same separator (five or more when it is a spaced slash or
  dash), or a topic bar's or an edition switcher's label and its items, or languages alone;
- page numbers counting up, with previous and next beside them, or "Page 2 of 5";
- a link to a section in set words ("See all … news", "More stories from …"), or "More from …" and "Back
  to …" with an arrow or a section's name.
A story's lines of a like shape keep out: a results row has figures ("Labour 34% | Conservatives 28%"), a
headline with a pipe has two parts ("Budget 2025 | What it means for you"), a route or a timeline has
figures or few stops, and "Back to school" has no arrow.
"""

from __future__ import annotations

import itertools
import re

#: Longest line (characters) that is tried as a navigation line.
MAX_NAVIGATION_CHARS = 300
#: Fewest items of a menu row joined by a pipe, a dot or a bullet.
MIN_MENU_ITEMS = 4
#: Fewest items of a menu row joined by a spaced slash or dash (which also join a route's stops).
MIN_SPACED_ITEMS = 5
#: Fewest characters of one item of a menu row (a table's header row has "P | W | D | L").
MIN_ITEM_CHARS = 2
#: Most words of one item of a menu row or a trail.
MAX_ITEM_WORDS = 4

#: What a breadcrumb trail starts from, in the languages the rules read.
_HOME = re.compile(
    r"(?:home|homepage|home page|start|startseite|accueil|inicio|portada|início|página inicial|strona główna"
    r"|главная|anasayfa|ana sayfa|beranda|úvod|hem|startsida|voorpagina|トップ|ホーム|首页|首頁|होम|मुख्य पृष्ठ)",
    re.IGNORECASE,
)
#: "You are here:", before a trail.
_HERE = re.compile(
    r"^\W*(?:you are here|sie sind hier|vous êtes ici|está en|estás en|ti trovi in|você está em|u bent hier"
    r"|jesteś tutaj|вы здесь|buradasınız|anda di sini|nacházíte se|du är här)\s*+:?\s*+",
    re.IGNORECASE,
)
#: What a trail's first item may hold around its home link.
_PUNCTUATION = " \t«»‹›<>←→-–|[]()\"'“”"
#: What separates a trail's items.
_TRAIL_SEPARATORS = "›»>/|·•→"
#: Separators that join only a trail's items when three or more stand in a line.
_TRAIL_ONLY = "›»>"
#: What separates a menu's items (a slash or ">" joins other things too: paths, versions, comparisons).
_MENU_SEPARATORS = "|·•›"
#: Separators that join a menu's items only with spaces around them, and with more items.
_SPACED_SEPARATORS = ("/", "–", "—", "・")
#: Characters no menu item holds (code, prices, shares).
_NOT_IN_MENU = frozenset("#={}\\$€£%@.!?:;。、，？！（）()")
#: Labels a topic bar or an edition switcher opens with.
_ROW_LABEL = re.compile(
    r"^\W*(?:trending(?: now| topics)?|hot topics|in the news|popular topics|related topics|topics|follow|edition"
    r"|editions|change region|region|language|in evidenza|em alta|na czasie|главные темы|gündemdeki konular"
    r"|topik populer|just nu|sujets du moment|ausgabe|edición|edizioni locali|edizione|edição|注目のキーワード"
    r"|ट्रेंडिंग)\b\s*+[:：—–-]?\s*+",
    re.IGNORECASE,
)
#: Languages and editions as a switcher names them.
_LANGUAGES = frozenset(
    "english español espanol français francais deutsch italiano português portugues nederlands polski русский"
    " türkçe čeština svenska suomi dansk norsk magyar română ελληνικά українська العربية עברית हिन्दी 日本語 中文"
    " 简体 繁體 한국어 international".split()
)
#: Words that open a link to a section in any case ("See all World news", "Mais notícias de Economia").
_SECTION_LINK = re.compile(
    r"^\W*+(?:see all|view all|more (?:stories|news|articles|headlines) (?:from|in|on|about)|all (?:the )?"
    r"(?:latest )?[\w&' -]{1,30} (?:news|stories|articles)$|mehr aus (?:dem ressort|der rubrik)|alle (?:artikel"
    r"|nachrichten) (?:zu|aus)|voir tous les articles|plus d'articles|retour à la rubrique|toute l'actualité"
    r"|más noticias de|ver todas las noticias|volver a la portada|torna alla sezione|altre notizie (?:di|da)"
    r"|tutte le notizie|mais notícias de|ver todas as notícias|meer nieuws (?:uit|over)|alle artikelen over"
    r"|więcej z działu|wszystkie artykuły|все новости раздела|другие новости|tüm [\w ]{1,20} haberleri"
    r"|diğer haberler|berita lainnya di|lihat semua berita|další zprávy z rubriky|všechny články"
    r"|fler nyheter från|alla nyheter om)\b[^.!?]{0,50}$",
    re.IGNORECASE,
)
#: The same, in scripts that end a link with it ("経済の記事一覧へ", "更多财经新闻", "क्रिकेट की और खबरें").
_SECTION_LINK_END = re.compile(r"(?:の記事一覧へ|一覧を見る|^\W*更多[^。]{0,12}(?:新闻|新聞)|की और खबरें)\W*$")
#: "More from …", "Back to …": a link to a section only with an arrow or a section's name after it, or behind
#: a back arrow ("← Back to Sport").
_SECTION_HOP = re.compile(
    r"^(?:\s*+(?P<back>[←‹«<])\s*+(?:back to|return to)|\W*+(?:more from|more in|back to|return to"
    r"|read more from|full coverage\s*+:))\s",
    re.IGNORECASE,
)
#: What ends a hop to a section: an arrow, or a section's name.
_HOP_ARROWS = ("›", "»", ">", "→")
_HOP_WORDS = frozenset({"news", "stories", "section", "homepage", "coverage"})
#: Most characters of the section a hop names.
MAX_HOP_CHARS = 45
#: What ends a sentence, and no navigation line.
_SENTENCE_ENDS = (".", "!", "?")
#: A sentence's marks: no trail or row holds them.
_SENTENCE_MARK = re.compile(r"[.!?;]")
#: Characters of which a trail or a row holds at least one.
_STRUCTURE = re.compile("[" + re.escape(_TRAIL_SEPARATORS + _MENU_SEPARATORS) + "–—・]")
#: A figure: page numbers hold one.
_DIGIT = re.compile("[0-9]")
#: Longest line (characters) that is tried as page numbers.
MAX_PAGES_CHARS = 100
#: "Page 2 of 5", "Seite 2 von 5", "Showing 21–40 of 312 results".
_PAGE_OF = re.compile(
    r"^\W*(?:page|seite|página|pagina|strona|страница|sayfa|halaman|strana|sida)\s*\d+\s*(?:of|von|sur|de|di|van"
    r"|z|из|/|dari|av)\s*\d+\W*$|^\W*showing \d+\s*[–-]\s*\d+ of \d+(?: results| articles| stories)?\W*$"
    r"|^\W*(?:load more|show more|older|newer|next|previous) (?:stories|articles|posts|news|results|page)\W*$",
    re.IGNORECASE,
)
#: What may stand beside page numbers: previous and next, in words or arrows.
_PAGE_WORDS = frozenset(
    "previous prev next first last page zurück weiter vorherige nächste seite précédent précédente suivant"
    " suivante anterior siguiente precedente successivo próxima próximo vorige volgende poprzednia następna"
    " назад далее вперёд önceki sonraki sebelumnya selanjutnya berikutnya předchozí další föregående nästa"
    " 上一页 下一页 前へ 次へ पिछला अगला".split()
)
#: What stands for page numbers left out ("1 2 3 … 18").
_GAP = frozenset({"…", "...", ".."})


def navigation_of(text: str) -> str | None:
    """What kind of navigation line ``text`` is (``trail``, ``row``, ``pages`` or ``section``), or None."""
    if len(text) > MAX_NAVIGATION_CHARS:
        return None
    if _PAGE_OF.match(text):
        return "pages"
    if text.rstrip()[-1:] in _SENTENCE_ENDS:
        # a sentence: no trail, row, page numbers or link to a section ends like one
        return None
    if len(text) <= MAX_PAGES_CHARS and _DIGIT.search(text) and _page_numbers(text):
        return "pages"
    if _SENTENCE_MARK.search(text) is None and _STRUCTURE.search(text):
        if _is_trail(text):
            return "trail"
        if _is_row(text):
            return "row"
    if _is_section_link(text):
        return "section"
    return None


def _is_section_link(text: str) -> bool:
    """A link to a section: in set words, or "More from …" or "Back to …" with an arrow or a section's name."""
    if _SECTION_LINK.match(text) or (not text.isascii() and _SECTION_LINK_END.search(text)):
        return True
    hop = _SECTION_HOP.match(text)
    if hop is None:
        return False
    rest = text[hop.end() :].strip()
    if not rest or len(rest) > MAX_HOP_CHARS or any(ch in ".!?:" for ch in rest):
        return False
    return hop["back"] is not None or rest.endswith(_HOP_ARROWS) or rest.split()[-1].lower() in _HOP_WORDS


def _split(text: str, separators: str) -> tuple[str | None, list[str]]:
    """The one separator of ``separators`` that ``text`` uses, and its items (None when it uses none or two)."""
    used = set(text).intersection(separators)
    if len(used) != 1:
        return None, []
    (separator,) = used
    return separator, [part.strip() for part in text.strip().split(separator)]


def _short(item: str) -> bool:
    """An item of a menu: a few words of letters, no digit, nothing of code, prices or sentences."""
    return (
        len(item) >= MIN_ITEM_CHARS
        and len(item.split()) <= MAX_ITEM_WORDS
        and any(ch.isalpha() for ch in item)
        and not any(ch.isdigit() or ch in _NOT_IN_MENU for ch in item)
    )


def _is_trail(text: str) -> bool:
    """A home link or "You are here:" and items behind separators, or three or more items joined by "›", "»"
    or ">"."""
    rest = _HERE.sub("", text, count=1)
    separator, items = _split(rest, _TRAIL_SEPARATORS)
    if separator is None or not all(_trail_item(item) for item in items):
        return False
    if rest != text or _HOME.fullmatch(items[0].strip(_PUNCTUATION)):
        return len(items) >= 2
    return separator in _TRAIL_ONLY and len(items) >= 3 and all(_short(item) for item in items)


def _trail_item(item: str) -> bool:
    """An item of a trail: a few words, which may name a year ("Elections 2024"), and no sentence."""
    return bool(item) and len(item.split()) <= MAX_ITEM_WORDS and not any(ch in ".!?;:" for ch in item)


def _is_row(text: str) -> bool:
    """A menu's, a footer's or a topic bar's row: short items joined by one and the same separator."""
    label = _ROW_LABEL.match(text)
    body = text[label.end() :] if label else text
    if body.lstrip()[:1] in _MENU_SEPARATORS + "/–—":
        return False
    separator, items = _split(body, _MENU_SEPARATORS)
    if separator is None:
        for spaced in _SPACED_SEPARATORS:
            if f" {spaced} " in body and not any(other in body for other in _MENU_SEPARATORS):
                items = [part.strip() for part in body.split(f" {spaced} ")]
                if len(items) >= MIN_SPACED_ITEMS and all(_short(item) for item in items):
                    return True
        return False
    if label:
        # a topic bar names its topics with their years ("Budget 2025"), an edition switcher its places
        return len(items) >= 2 and all(item and len(item.split()) <= MAX_ITEM_WORDS for item in items)
    if len(items) >= 2 and all(_language(item) for item in items):
        return True
    return len(items) >= MIN_MENU_ITEMS and all(_short(item) for item in items)


def _language(item: str) -> bool:
    """A language or an edition as a switcher names it: its own name, or a two-letter code in capitals."""
    return item.lower() in _LANGUAGES or (len(item) == 2 and item.isalpha() and item.isupper())


def _page_numbers(text: str) -> bool:
    """Three or more page numbers counting up by one (or after a gap), beside nothing but previous and next."""
    words = [word.strip("«»‹›<>←→-–|[]()") for word in text.lower().split()]
    numbers = [int(word) for word in words if word.isascii() and word.isdigit()]
    others = [word for word in words if word and not (word.isascii() and word.isdigit())]
    steps = [b - a for a, b in itertools.pairwise(numbers)]
    gaps = sum(word in _GAP for word in others)
    return (
        len(numbers) >= 3
        and all(step == 1 for step in steps[: len(steps) - gaps])
        and all(step > 0 for step in steps)
        and all(word in _PAGE_WORDS or word in _GAP for word in others)
    )
