"""Control labels: a line that is the label of a page control and nothing else, wherever it sits.

Publishers set ad slots ("Advertisement", "Story continues below advertisement"), tools ("Print",
"Font size", "Listen to this article"), share and follow buttons ("Share", "Facebook Twitter
WhatsApp", "Follow Priya on X"), consent and account buttons ("Accept all", "Sign in"), app and
loading prompts, headings of link lists ("Read also", "Zum Thema"), a carousel's or a page list's
buttons ("Previous", "Next"), tag lines ("Tags: RBI, repo
rate", "Từ khóa: bão số 5", a line of hashtags alone), picture credits ("Photo: Getty Images"), ad
slots' continuation lines ("Article continues after this ad") and sponsors' lines ("Paid Post: <title>",
"Promoted by Hearthline") between an article's paragraphs as well as
around it. They are short, and a line among the article's paragraphs is lifted by its neighbours'
scores (docs/model-history.md, "single chrome lines inside the article"); teaching the model such
lines cost F1 on the corpora. The labels are exact enough for a rule: a line is a control label
when its words, lower-cased, are one of :data:`~.lexicon.CONTROL_LABELS`, are all share-bar words
with a network or a share verb among them, or are "follow" and a name with a network or a handle, or
an invitation to follow the publisher ("Suivez-nous sur Instagram", "Join our WhatsApp channel");
or when it is a tag label or a credit label and a colon, and a short list or name; or a sponsor
label, a separator and a title, or "sponsored by" (in a dozen languages) and a short name; or a
comment thread's control ("Reply", "Report abuse", "Click to expand..."); or a
dialog's button ("Maybe later", "Continue", "See all plans") or a prompt to those who already
subscribe ("Already a subscriber? Log in"): a phrase of :data:`~.lexicon.ALREADY_SUBSCRIBED` and an
account label, a paywall's and a registration wall's last lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .lexicon import (
    ALREADY_SUBSCRIBED,
    CONTROL_LABELS,
    COURTESY_LABELS,
    CREDIT_LABELS,
    CREDIT_MEDIA,
    CREDIT_NOUNS,
    FOLLOW_US,
    FOLLOW_US_NETWORKS,
    FOOTER_LEGAL_LINKS,
    FOOTER_LINKS,
    NUKTA_LETTERS,
    SHARE_BAR_WORDS,
    SHARE_NETWORKS,
    SHARE_VERBS,
    SPONSOR_LABELS,
    SPONSORED_BY,
    TAG_LABELS,
    alternatives,
    word_pattern,
)

#: Longest line (characters) that is tried as a control label, a share bar or a follow line.
MAX_CONTROL_CHARS = 60
#: Longest tag line (characters).
MAX_TAG_LINE_CHARS = 120
#: Longest credit (characters after the label).
MAX_CREDIT_CHARS = 50
#: Most words in lower case besides connectors and credit nouns in a credit after a picture's kind or in
#: brackets ("Photo courtesy of a reader"); a credit alone after "Courtesy" has none.
MAX_MARKED_COMMON_WORDS = 1
MAX_UNMARKED_COMMON_WORDS = 0
#: Longest sponsor's name after "sponsored by" (characters).
MAX_SPONSOR_CHARS = 40
#: Most words of a follow line ("Follow Priya on X").
MAX_FOLLOW_WORDS = 6
#: Networks a follow line may not end with: they end other sentences too.
_FOLLOW_EXCLUDED = frozenset({"mail", "sms"})
#: Most words of an invitation to follow the publisher ("Join our WhatsApp channel for the latest news").
MAX_FOLLOW_US_WORDS = 10
#: Where an ad slot tells the reader the article goes on ("Article continues after this ad", "Story
#: continued below advertisement"), in the wordings publishers vary.
_CONTINUES = re.compile(
    r"^\W*(?:the\s+)?(?:(?:article|story|text|content|report|post|reading)\s+)?"
    r"(?:continues|continued|continue reading|continue)\s+(?:below|after|under|beneath)(?:\s+(?:this|the|an?))?"
    r"(?:\s+(?:ad|ads|advert|advertisement|advertising|sponsored message|message|video|break|promotion))?\W*$",
    re.IGNORECASE,
)
_CONTINUES_OPENERS = frozenset(
    "the article story text content report post reading continues continued continue".split()
)
#: The rules that make a line a control line (:func:`control_rule`).
LABEL, SHARE_BAR, FOLLOW, ALREADY, CONTINUES, TAG, CREDIT, SPONSOR, LEGAL_LINK = (
    "label", "share-bar", "follow", "already-subscribed", "continues", "tag", "credit", "sponsor", "legal-link",
)  # fmt: skip
RULES = (LABEL, SHARE_BAR, FOLLOW, ALREADY, CONTINUES, TAG, CREDIT, SPONSOR, LEGAL_LINK)
#: The kind of chrome (:data:`~.kinds.KINDS`) a rule names, as the chrome library's kinds describe them; a label's
#: comes from its group. A tag line is a topic strip, of kind ``other`` (on the written pages' chrome the kind model
#: read most of them ``navigation`` or ``related``: kinds right on dev 0.621 → 0.626, unseen 0.660 → 0.666); so is
#: an invitation to follow the publisher, and "Already a subscriber? Log in" is ``login`` (the kind model read the
#: wall it sits under, ``paywall``).
RULE_KINDS = {
    SHARE_BAR: "share", FOLLOW: "other", ALREADY: "login", CONTINUES: "ad", SPONSOR: "ad", TAG: "other",
    LEGAL_LINK: "legal",
}  # fmt: skip
#: A bar of networks without a share verb that names a network no article is shared to ("Facebook Instagram
#: YouTube", "TikTok"): the publisher's own accounts, a follow line.
FOLLOW_ONLY_NETWORKS = frozenset({"instagram", "youtube", "tiktok", "snapchat"})
#: The kind of chrome each group of :data:`~.lexicon.CONTROL_LABELS` names, where it names one. The
#: other groups hold buttons of any box (tools, share, account, dialog, more): the kind model reads those.
GROUP_KINDS = {
    "ad": "ad",
    "consent": "consent",
    "lists": "related",
    "comments": "comments",
    "page": "navigation",
    "app": "promo",
    "media": "other",
    "live": "other",
    "feedback": "other",
}
#: Most words of one tag in a line of hashtags ("#जल निगम" is two).
MAX_HASHTAG_WORDS = 3
#: A word of a tag: anything but white space, a hash, a sentence's end, a colon or a list's separator.
_TAG_WORD = r"[^\s#.!?。:：,;|·]+"
_ONE_TAG = rf"#{_TAG_WORD}(?:\s+{_TAG_WORD}){{0,{MAX_HASHTAG_WORDS - 1}}}"
#: A line of hashtags and nothing else, a tag list ("#देवगढ़ #जल निगम #सदर बाज़ार"): two or more, each of
#: a few words, with or without separators. A sentence ("#MeToo and #TimesUp campaigners marched") or a
#: post ("#BREAKING: ...") is none.
_HASHTAGS = re.compile(rf"{_ONE_TAG}(?:\s*[,;|·]?\s*{_ONE_TAG})+\s*")
#: A count in brackets that ends a label ("Like (23)", "Share (1.2k)"), not a year ("Next (2007)" is a film).
_COUNTED = re.compile(r"\(\s*(?!(?:1[89]|20)\d\d\s*\))\d[\d.,]*\s*[km]?\s*\)\s*$", re.IGNORECASE)
#: Letters with a nukta written as one character, and the letter and nukta they stand for.
_NUKTA_PAIRS = {ord(c): unicodedata.normalize("NFD", c) for c in NUKTA_LETTERS}
#: A Greek letter, and the combining accents folded away in a line that holds one.
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_ACCENTS = re.compile("[\u0300-\u036f]")
#: A word of a credit, and the words a name may hold besides capitalised ones ("Courtesy of the Museum of London").
_NAME_WORD = re.compile(r"[^\W_][\w'’&.-]*")
_NAME_CONNECTORS = frozenset(
    "of the and a de del la las los el y e do da dos das di della dei von der des du le les et und for at".split()
)
_CREDIT_NOUNS = frozenset(CREDIT_NOUNS)
#: :func:`footer_link`'s answers: a legal page's link or a bar of footer links; another page's link alone.
FOOTER_LEGAL, FOOTER_OTHER = 2, 1
#: What joins a footer's links flattened onto one line ("Privacy Policy | Terms of Use | Contact").
_FOOTER_SEPARATORS = re.compile(r"[|·•｜]|\s/\s")
#: Characters of code, never of a control's label (``close()``, ``{ category: "Fruits" }``).
_CODE = re.compile(r"[{}\[\]=;`]|\(\)")


def folded(text: str) -> str:
    """``text`` lower-cased for matching, underscores as spaces. Turkish "İ" and "ı" become "i": ``casefold``
    gives "i" and a combining dot for "İ", and "i" for "I", where a label writes "ı" ("YAZDIR", "yazdır").
    A letter with a nukta written as one character is written as the letter and the nukta ("ज़", "য়": Unicode's
    normal forms leave both spellings as they are), and Greek loses its accents, which capitals drop
    ("ΣΧΟΛΙΑ" is "σχόλια")."""
    low = text.replace("İ", "i").casefold().replace("ı", "i").replace("_", " ")
    if low.isascii():
        return low
    low = low.translate(_NUKTA_PAIRS)
    return low if _GREEK.search(low) is None else unaccented(low)


def unaccented(text: str) -> str:
    """``text`` without the combining accents of Latin and Greek letters, in NFC."""
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))


def words_of(text: str) -> tuple[str, ...]:
    """The lower-cased words of ``text`` (``"l'article"`` → ``l``, ``article``).

    A word is a run of letters, digits and combining marks (:func:`~.lexicon.word_pattern`; underscores
    are spaces to :func:`folded`): a Devanagari vowel sign stays in its word, so "सुनें" (listen) is one
    word, not the "स" and "न" that "सोना" (gold) also holds.
    """
    return tuple(word_pattern().findall(folded(text)))


@dataclass(frozen=True)
class _Vocabulary:
    labels: frozenset[tuple[str, ...]]
    #: Words a control label, a share bar or a follow line may open with: any other line is none.
    openers: frozenset[str]
    #: Words a tag line, a credit or a sponsor's line may open with.
    label_openers: frozenset[str]
    networks: frozenset[str]
    verbs: frozenset[str]
    share_bar: frozenset[str]
    #: "Already a subscriber" and its kin, and the account labels that may follow one.
    already: frozenset[tuple[str, ...]]
    already_openers: frozenset[str]
    account: frozenset[tuple[str, ...]]
    #: The phrases that open an invitation to follow the publisher, and what must be named after one.
    follow_us: frozenset[tuple[str, ...]]
    follow_us_networks: frozenset[str]
    #: The kind each label names: only labels whose every group names the same kind.
    label_kinds: dict[tuple[str, ...], str]


def _labels(*groups: str) -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(label) for group in groups for line in CONTROL_LABELS[group] for label in line.split("|"))


@cache
def _vocabulary() -> _Vocabulary:
    labels = _labels(*CONTROL_LABELS)
    already = frozenset(words_of(phrase) for phrase in ALREADY_SUBSCRIBED)
    follow_us = frozenset(words_of(phrase) for phrase in FOLLOW_US)
    networks = frozenset(SHARE_NETWORKS)
    verbs = frozenset(SHARE_VERBS)
    share_bar = networks | verbs | frozenset(SHARE_BAR_WORDS)
    openers = (
        frozenset(words[0] for words in labels | already | follow_us | _legal_pages()) | share_bar | _CONTINUES_OPENERS
    )
    label_openers = frozenset(
        words_of(label)[0]
        for label in (*TAG_LABELS, *CREDIT_LABELS, *CREDIT_MEDIA, *COURTESY_LABELS, *SPONSOR_LABELS, *SPONSORED_BY)
    )
    already_openers = frozenset(words[0] for words in already)
    kinds_of: dict[tuple[str, ...], set[str | None]] = {}
    for group in CONTROL_LABELS:
        for words in _labels(group):
            kinds_of.setdefault(words, set()).add(GROUP_KINDS.get(group))
    label_kinds = {words: kinds.pop() for words, kinds in kinds_of.items() if len(kinds) == 1 and None not in kinds}
    return _Vocabulary(
        labels,
        openers,
        label_openers,
        networks,
        verbs,
        share_bar,
        already,
        already_openers,
        _labels("account"),
        follow_us,
        (networks - _FOLLOW_EXCLUDED) | frozenset(FOLLOW_US_NETWORKS),
        label_kinds,
    )


@cache
def _credit() -> re.Pattern[str]:
    credit = rf"[^.!?:;]{{1,{MAX_CREDIT_CHARS}}}?"
    return re.compile(rf"^[\s(\[]*(?:{alternatives(CREDIT_LABELS)})\s*[:：]\s*{credit}[)\]]?\s*$", re.IGNORECASE)


@cache
def _courtesy() -> re.Pattern[str]:
    """A credit opened by "courtesy" without a colon (:func:`_is_courtesy`): an opening bracket, a picture's kind,
    the label, the credit (no sentence's end or colon in it)."""
    credit = rf"(?P<credit>[^.!?:;…]{{1,{MAX_CREDIT_CHARS}}}?)"
    media = rf"(?P<media>(?:{alternatives(CREDIT_MEDIA)})\s+)?"
    labels = alternatives(COURTESY_LABELS)
    return re.compile(rf"^\s*(?P<open>\()?\s*{media}(?P<label>{labels})\s+{credit}(?P<close>\))?\s*$", re.IGNORECASE)


def _is_courtesy(text: str) -> bool:
    """A picture's credit without a colon: after a picture's kind ("Photo courtesy of the Smith family"), in
    brackets ("(Courtesy of the artist)"), or a name alone after a label that ends in "of" ("Courtesy of Marc
    Jacobs", "COURTESY OF THE RESEARCHERS", "Cortesía de Ana López"). A story's line in the same words names no
    one: "Courtesy of a late penalty City stay top", "Courtesy counts", "Cortesía de la casa"; after a picture's
    kind it says more than a name ("Photo courtesy of the Smithsonian is on display until March"); and a headline
    in title case writes its connectors with capitals too ("Courtesy Of A Late Penalty", "Cortesía De La Casa").
    Two reviews' story lines in these words: 147 of 170 taken by a first version that read any words after the
    label; now 4 (names alone: "Courtesy of Uncle Sam"), and none in title case. A name in a script without
    capitals ("Courtesy of 東京新聞") is no credit here."""
    found = _courtesy().match(text)
    if found is None:
        return False
    marked = found.group("media") is not None or bool(found.group("open") and found.group("close"))
    label = found.group("label")
    if not marked and len(label.split()) == 1:  # "Courtesy counts": a bare "courtesy" credits only a picture
        return False
    words = _NAME_WORD.findall(found.group("credit"))
    connectors = [label.split()[-1], *(word for word in words if word.casefold() in _NAME_CONNECTORS)]
    if not text.isupper() and any(word[0].isupper() for word in connectors):
        return False  # a headline in title case
    named = [word[0].isupper() or word[0].isdigit() or word.casefold() in _CREDIT_NOUNS for word in words]
    common = sum(not (name or word.casefold() in _NAME_CONNECTORS) for name, word in zip(named, words, strict=True))
    return any(named) and common <= (MAX_MARKED_COMMON_WORDS if marked else MAX_UNMARKED_COMMON_WORDS)


@cache
def _tag_line() -> re.Pattern[str]:
    return re.compile(rf"^[\s•·|–—-]*(?:{alternatives(TAG_LABELS)})\s*[:：]\s*[^.!?。\"]+$", re.IGNORECASE)


@cache
def _sponsor_line() -> re.Pattern[str]:
    labelled = rf"(?:{alternatives(SPONSOR_LABELS)})[)\]]?\s*[:：|]\s*\S.*"
    named = rf"(?:{alternatives(SPONSORED_BY)})\s+[^.!?。]{{1,{MAX_SPONSOR_CHARS}}}"
    return re.compile(rf"^[\s(\[]*(?:{labelled}|{named})$", re.IGNORECASE)


def is_control(text: str) -> bool:
    """Whether ``text`` is a control label, a share bar, a follow line, a tag line, a picture credit or a
    sponsor's line."""
    return control_rule(text) is not None


def footer_link(text: str) -> int:
    """How surely ``text`` is a footer's link, or a bar of them: :data:`FOOTER_LEGAL` for a link to a legal page
    ("Privacy Policy", "Impressum", :data:`~.lexicon.FOOTER_LEGAL_LINKS`), a bar of footer links ("About us ·
    Careers") or a link of two words or more to another of the publisher's pages ("Contact us", "Advertise with
    us", :data:`~.lexicon.FOOTER_LINKS`); :data:`FOOTER_OTHER` for such a link of one word ("Jobs", "Karriere",
    "Help": a site's menu may hold it too); 0 for neither."""
    if len(text) > MAX_TAG_LINE_CHARS:
        return 0
    legal, other, openers = _footer_links()
    word, low = word_pattern(), folded(text)
    first = word.search(low)  # most lines open with no footer link's word: they are never split
    if first is None or first.group() not in openers:
        return 0
    parts = [words for words in (tuple(word.findall(part)) for part in _FOOTER_SEPARATORS.split(low)) if words]
    if not all(part in legal or part in other for part in parts):
        return 0
    return FOOTER_LEGAL if len(parts) > 1 or parts[0] in legal or len(parts[0]) > 1 else FOOTER_OTHER


@cache
def _footer_links() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], frozenset[str]]:
    """The words of the legal pages' links, of the other pages' links, and the first word of each."""
    legal, other = frozenset(map(words_of, FOOTER_LEGAL_LINKS)), frozenset(map(words_of, FOOTER_LINKS))
    return legal, other, frozenset(words[0] for words in legal | other if words)


@cache
def _legal_pages() -> frozenset[tuple[str, ...]]:
    """The links to a legal page of two words or more ("Privacy Policy", "Modern Slavery Statement"): alone on
    a line, such a link is chrome wherever it sits (on the train and dev pages, 1,644 such lines are labelled
    chrome and 7 content). One word ("Privacy", "Legal", "Accessibility") may be a story's subhead."""
    return frozenset(words for words in _footer_links()[0] if len(words) > 1)


def is_account_bar(text: str) -> bool:
    """Whether ``text`` is account labels and nothing else: one or more ("Anmelden", "Sign In Subscribe",
    "Prenumerera Logga in", "登录 注册"), a header's links to an account."""
    if len(text) > MAX_CONTROL_CHARS:
        return False
    words, account = words_of(text), _vocabulary().account
    start, longest = 0, _longest_account_label()
    while start < len(words):
        for cut in range(min(longest, len(words) - start), 0, -1):
            if words[start : start + cut] in account:
                start += cut
                break
        else:
            return False
    return bool(words)


@cache
def _longest_account_label() -> int:
    return max(map(len, _vocabulary().account))


def control_kind(text: str) -> str | None:
    """The kind of chrome ``text`` is when its rule names one (an ad slot, a consent button, a list's
    heading, a comment control, a share bar, a sponsor's line), else None: the kind model decides."""
    rule = control_rule(text)
    return rule_kind(text, rule) if rule is not None else None


def rule_kind(text: str, rule: str) -> str | None:
    """:func:`control_kind` of ``text``, a control line by ``rule`` (:func:`control_rule`)."""
    if rule == LABEL:
        return _vocabulary().label_kinds.get(_label_words(text, words_of(text)))
    if rule == SHARE_BAR and _is_follow_bar(words_of(text), _vocabulary()):
        return RULE_KINDS[FOLLOW]
    return RULE_KINDS.get(rule)


def control_rule(text: str) -> str | None:
    """Which rule makes ``text`` a control line (one of :data:`RULES`), or None when none does."""
    if len(text) > MAX_TAG_LINE_CHARS:
        return None
    if text.startswith("#") and _HASHTAGS.fullmatch(text):
        return TAG
    vocabulary, word, low = _vocabulary(), word_pattern(), folded(text)
    first = word.search(low)  # most lines open with no opener: their other words are never cut
    if first is None:
        return None
    labelled = first.group() in vocabulary.label_openers
    if not labelled and (len(text) > MAX_CONTROL_CHARS or first.group() not in vocabulary.openers):
        return None
    words = tuple(word.findall(low))  # words_of(text)
    if _CODE.search(text):
        return None
    if labelled:
        for rule, pattern in ((TAG, _tag_line()), (CREDIT, _credit()), (SPONSOR, _sponsor_line())):
            if pattern.match(text):
                return rule
        if _is_courtesy(text):
            return CREDIT
    if len(text) > MAX_CONTROL_CHARS:
        return None
    if _label_words(text, words) in vocabulary.labels:
        return LABEL
    if _is_share_bar(words, vocabulary):
        return SHARE_BAR
    if _is_follow(text, words, vocabulary):
        return FOLLOW
    if _is_already_subscribed(words, vocabulary):
        return ALREADY
    if words in _legal_pages():
        return LEGAL_LINK
    return CONTINUES if _CONTINUES.match(text) else None


def _label_words(text: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a label, less a count in brackets after it ("Like (23)")."""
    count = _COUNTED.search(text)
    return words if count is None else words[: -len(word_pattern().findall(count.group()))]


def _is_already_subscribed(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """A phrase for readers who already subscribe, then an account label ("Already a subscriber? Sign in")."""
    if words[0] not in vocabulary.already_openers:
        return False
    return any(words[:cut] in vocabulary.already and words[cut:] in vocabulary.account for cut in range(1, len(words)))


def _is_follow(text: str, words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """ "Follow" and a name, then a network or a handle ("Follow Priya on X", "Follow @dailymail"); or an
    invitation to follow the publisher that names a network ("Suivez-nous sur Instagram")."""
    named = "@" in text or (words[-1] in vocabulary.networks and words[-1] not in _FOLLOW_EXCLUDED)
    if words[0] == "follow" and len(words) <= MAX_FOLLOW_WORDS and named:
        return True
    return _is_follow_us(words, vocabulary)


def _is_follow_us(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """A phrase of :data:`~.lexicon.FOLLOW_US`, then a network among at most a few words."""
    if len(words) > MAX_FOLLOW_US_WORDS:
        return False
    return any(
        words[:cut] in vocabulary.follow_us and any(w in vocabulary.follow_us_networks for w in words[cut:])
        for cut in range(1, len(words))
    )


def _is_follow_bar(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """A share bar (:func:`_is_share_bar`) of the publisher's own accounts: no verb but "follow", and a network
    no article is shared to (:data:`FOLLOW_ONLY_NETWORKS`) or "follow" itself."""
    verbs = {w for w in words if w in vocabulary.verbs}
    return verbs <= {"follow"} and (bool(verbs) or any(w in FOLLOW_ONLY_NETWORKS for w in words))


def _is_share_bar(words: tuple[str, ...], vocabulary: _Vocabulary) -> bool:
    """Share-bar words only, with a network or a share verb among them.

    "x" is a network only beside a verb ("Share on X"), and "follow" a verb only beside a network
    ("Follow the line" is no share bar).
    """
    if not all(w in vocabulary.share_bar for w in words):
        return False
    networks = [w for w in words if w in vocabulary.networks]
    verbs = [w for w in words if w in vocabulary.verbs]
    return any(w != "x" for w in networks) or any(w != "follow" for w in verbs) or bool(networks and verbs)
