"""Related-link lines: a lead-in that points to another story, a separator and that story's headline.

Publishers set single lines between a story's paragraphs that point to another one: "Read also: <headline>",
"Up next: <headline>", "Lesen Sie auch: <headline>", "【関連記事】<headline>", "Taip pat skaitykite: <headline>".
The model learnt the lead-ins of its training pages (``datasets/leadins/``, 18 languages) and drops every
such line of the dev split; a lead-in it never saw ("Up next", a Lithuanian, Armenian, Khmer or Swahili one)
leaves a headline among the story's paragraphs, and it keeps some (docs/model-history.md, "related-link
lines").

Their shape is set enough for a rule. A line of at most :data:`MAX_RELATED_CHARS` characters is a
related-link line when it opens with a lead-in of :data:`~.lexicon.RELATED_LEADINS` (after at most a few
marks: "» ", "[", an emoji), then a separator (a colon, a pipe, an arrow, a bullet, a spaced dash, the
Armenian and Khmer colons), then a headline of :data:`MIN_HEADLINE_CHARS` characters or more; or when the
lead-in stands in square or lenticular brackets before the headline ("【関連記事】…", "[Related] …"). A
headline ends with no full stop and opens with no lower-case letter, so a story's advice or reference in the
same words is none ("Read: at least 20 minutes a day.", "See also: Figure 2, which shows …", "Trending: a
video of the mayor …"), nor is a quoted line, a list of steps ("Read → Cover → Write") or a lead-in that
opens a story's own lines as well ("More information: call …", "Also on the agenda: …", "Recommended: 150
minutes a week").
"""

from __future__ import annotations

import re
from functools import cache

from .controls import folded, unaccented
from .lexicon import RELATED_LEADINS

#: Longest line (characters) that is tried as a related-link line.
MAX_RELATED_CHARS = 240
#: Shortest headline (characters) after the lead-in and its separator.
MIN_HEADLINE_CHARS = 6
#: Longest lead-in (characters) before its separator.
MAX_LEADIN_CHARS = 48
#: The kind of chrome a related-link line is (:data:`~.kinds.KINDS`).
RELATED_KIND = "related"

#: Marks a lead-in may stand behind ("» Read more:", ">> Related:", "💡 Read More:", "[Read: …]"), but no
#: quotation mark ("»" is a bullet more often than a quote before a lead-in): a quoted line is speech.
_OPENING = re.compile(r"^[^\w\"'“”‘’«„]{0,4}")
#: What separates a lead-in from its headline: a colon (the Armenian "՝" and the Khmer "៖" too), a pipe,
#: an arrow, a bullet, a dash with white space around it ("Read-along" and "Read–write" have none) or
#: Chinese's double dash.
_SEPARATOR = re.compile(r"[:：|›»>→·•՝៖]|——|\s[-–—]\s")
#: What a headline starts after: its separator's marks and white space.
_SEPARATOR_MARKS = " \t:：|›»>→·•՝៖–—-"
#: A headline ends no sentence with a full stop ("Read: at least 20 minutes a day." is advice, "See also:
#: Figure 2, which shows …." a reference); a headline cut short ("Police hunt man who...") ends with dots.
_FULL_STOP = re.compile(r"(?<!\.)[.。](?!\.)\W*$")
#: A lead-in in brackets before its headline ("【関連記事】", "[Related]").
_BRACKETED = re.compile(r"^\s*[【\[［〔(（]([^】\]］〕)）]{2,40})[】\]］〕)）]\s*")


def _key(text: str) -> str:
    """``text`` as a lead-in is looked up: folded (:func:`~.controls.folded`: either spelling of a nukta letter,
    Greek without its accents), its white space single and its apostrophes straight, and without Latin accents
    either, which capitals drop as Greek's do ("A LIRE AUSSI", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ")."""
    return unaccented(" ".join(folded(text).replace("’", "'").split()))


@cache
def _leadins() -> frozenset[str]:
    return frozenset(_key(leadin) for leadin in RELATED_LEADINS)


@cache
def _first_words() -> frozenset[str]:
    """The first word of every lead-in: a line that opens with another word is none (looked up first, as
    most lines are not)."""
    return frozenset(leadin.split()[0] for leadin in _leadins())


def _is_leadin(text: str) -> bool:
    return _key(text) in _leadins()


def related_of(text: str) -> str | None:
    """The headline a related-link line points to, or None when ``text`` is no such line."""
    if len(text) > MAX_RELATED_CHARS:
        return None
    bracketed = _BRACKETED.match(text)
    if bracketed is not None and _is_leadin(bracketed.group(1)):
        headline = text[bracketed.end() :].strip()
        return headline if _is_headline(headline, "]") else None
    start = _OPENING.match(text).end()  # type: ignore[union-attr]  # matches the empty string at least
    separator = _SEPARATOR.search(text, start, start + MAX_LEADIN_CHARS + 2)
    if separator is None:
        return None
    leadin = text[start : separator.start()].split()
    if not leadin:
        return None
    first = leadin[0].lower() if leadin[0].isascii() else _key(leadin[0])
    if first not in _first_words() or not _is_leadin(" ".join(leadin)):
        return None
    headline = text[separator.start() :].lstrip(_SEPARATOR_MARKS).strip().rstrip("]")
    return headline if _is_headline(headline, text[separator.start() : separator.end()].strip()) else None


def _is_headline(headline: str, separator: str) -> bool:
    """Whether what follows a lead-in reads as a headline: long enough, not a sentence ended by a full stop,
    not opening in lower case (a list of steps, "Read → Cover → Write", holds its separator again)."""
    if len(headline) < MIN_HEADLINE_CHARS or _FULL_STOP.search(headline) is not None:
        return False
    if headline[0].islower():
        return False
    return separator in {":", "：", "|"} or separator not in headline
