"""Rules of set wordings: a line is one of a rule's kinds when one of the kind's patterns is found in it.

Editorial notes (:mod:`.notes`), reading walls (:mod:`.walls`), subscription offers (:mod:`.offers`) and
reader prompts (:mod:`.prompts`) are held this way. Each kind names a few trigger words, and a line is
searched for the kind's patterns only when one of its words (runs of ``\\w``, lower-cased) is a trigger,
or when it holds one of the kind's marks (for scripts written without spaces, and Devanagari): most
lines are never searched. Patterns are searched with typographic apostrophes read as straight ones
("l’article", "doesn’t"), and with Turkish dotted and dotless i read as one letter (:func:`fold`), so a
line in capitals ("ÜCRETSİZ HABER HAKKINIZ DOLDU") reads as the same line in lower case. A pattern found
inside a quotation does not count ("'This is not financial advice,' he said" is speech): where a match
begins is where its first word does, so a pattern that takes the line's opening quotation mark in
(``^\\W*``) still reads as speech.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

#: Quotation marks that open and close a quotation, and straight ones that do both.
_OPENING, _CLOSING, _STRAIGHT = "“„«「『‘‚", "”»」』’", '"'
#: Double quotation marks of every style: a line that opens with one of them ("»Haben Sie …?«, fragte er",
#: "”Har du …?” frågade hon", where the closing mark opens) is speech up to the next one.
_DOUBLE = '“”„«»「」『』"'
#: A word, as trigger words are matched (Devanagari's vowel signs end a word here: its kinds use marks).
_WORD = re.compile(r"\w+")
#: Lines whose lower-cased words are remembered: the rules are tried one after the other on a line, and
#: the second one reuses the first one's split.
_RECENT_LINES = 64


@dataclass(frozen=True, slots=True)
class Phrases:
    """One kind of line: words one of which it always holds (space-separated), its wordings (lower-case
    patterns), and marks that stand for trigger words in scripts without spaces."""

    triggers: str
    patterns: tuple[str, ...]
    marks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Compiled:
    what: str
    triggers: frozenset[str]
    marks: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]


class PhraseRule:
    """The kinds of ``phrases``, tried on lines of ``min_chars`` to ``max_chars`` characters; a line that one
    of the ``unless`` patterns is found in (folded, :func:`fold`) is none, whatever kind it would be: a story
    that tells of such a line ("…, the council said"), or a headline that asks.

    Patterns are compiled on first use, so building a rule at import costs nothing.
    """

    def __init__(
        self,
        phrases: Mapping[str, Phrases],
        min_chars: int,
        max_chars: int,
        unless: Sequence[re.Pattern[str]] = (),
    ) -> None:
        self.phrases = phrases
        self.min_chars = min_chars
        self.max_chars = max_chars
        self.unless = tuple(unless)

    @cached_property
    def _compiled(self) -> tuple[tuple[_Compiled, ...], frozenset[str], tuple[str, ...], re.Pattern[str]]:
        """The kinds compiled, every kind's trigger words and marks, and a pattern of the marks' first
        characters (a line holds a mark only if it holds one of them: one search instead of a loop)."""
        kinds = tuple(
            _Compiled(
                what,
                frozenset(fold(p.triggers).split()),
                p.marks,
                # a pattern is not folded whole: lower-casing would turn ``\D`` into ``\d``
                tuple(re.compile(x.replace("ı", "i")) for x in p.patterns),
            )
            for what, p in self.phrases.items()
        )
        triggers = frozenset(word for kind in kinds for word in kind.triggers)
        marks = tuple(mark for kind in kinds for mark in kind.marks)
        return kinds, triggers, marks, _mark_starts(marks)

    def kind_of(self, text: str) -> str | None:
        """Which kind (a key of ``phrases``) ``text`` is, or None when it is none (or an ``unless`` pattern is
        found in it)."""
        if not self.min_chars <= len(text) <= self.max_chars:
            return None
        kinds, triggers, marks, mark_starts = self._compiled
        low, searched, words = _split(text)
        marked = _marked(low, marks, mark_starts)
        if triggers.isdisjoint(words) and not marked:
            return None
        for kind in kinds:
            if kind.triggers.isdisjoint(words) and not (marked and any(mark in low for mark in kind.marks)):
                continue
            for pattern in kind.patterns:
                found = pattern.search(searched)
                if found is not None and not _quoted(low, _first_word(low, found.start())):
                    return None if any(told.search(low) for told in self.unless) else kind.what
        return None


class PhraseGate:
    """Whether any of several phrase rules may take a line: one length check and one test of the line's words
    (and marks) against all the rules' trigger words, where each rule would make its own. Most lines hold no
    trigger word of any rule, and for them the rules need not be tried: a rule takes no line the gate refuses.

    Compiled on first use, as the rules are.
    """

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self.min_chars = min(rule.min_chars for rule in self.rules)
        self.max_chars = max(rule.max_chars for rule in self.rules)

    @cached_property
    def _compiled(self) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
        """Every rule's trigger words and marks, and a pattern of the marks' first characters."""
        triggers = frozenset().union(*(rule._compiled[1] for rule in self.rules))
        marks = tuple(dict.fromkeys(mark for rule in self.rules for mark in rule._compiled[2]))
        return triggers, marks, _mark_starts(marks)

    def may_match(self, text: str) -> bool:
        """False when no rule of the gate can take ``text`` (its length, words and marks); True otherwise."""
        if not self.min_chars <= len(text) <= self.max_chars:
            return False
        triggers, marks, mark_starts = self._compiled
        low, _, words = _split(text)
        return not triggers.isdisjoint(words) or _marked(low, marks, mark_starts)


def _mark_starts(marks: Sequence[str]) -> re.Pattern[str]:
    """A pattern of the first characters of ``marks``: a line holds a mark only if it holds one of them (one
    search instead of a loop)."""
    starts = "".join(sorted({mark[0] for mark in marks}))
    return re.compile(f"[{re.escape(starts)}]" if starts else "(?!)")


def _marked(low: str, marks: Sequence[str], mark_starts: re.Pattern[str]) -> bool:
    """Whether the folded line ``low`` holds one of ``marks`` (only a line beyond ASCII can: marks stand for
    trigger words of scripts without spaces)."""
    return not low.isascii() and mark_starts.search(low) is not None and any(mark in low for mark in marks)


def fold(text: str) -> str:
    """``text`` lower-cased, with Turkish "İ" and "ı" as "i". ``str.lower`` writes "İ" as "i" and a
    combining dot (which cuts the word) and "I" as "i" where Turkish means "ı": a line in Turkish capitals
    would match no pattern written in lower case. Patterns and trigger words, written in lower case, have
    their "ı" read as "i" too. The length stays the same, so positions in the folded text are positions
    in ``text``."""
    if text.isascii():
        return text.lower()
    return text.replace("İ", "i").lower().replace("ı", "i")


@lru_cache(maxsize=_RECENT_LINES)
def _split(text: str) -> tuple[str, str, frozenset[str]]:
    """``text`` folded (:func:`fold`), the same with typographic apostrophes straight and underscores as
    spaces (what patterns search: a Markdown dump's "_Views are the writer's own._" reads as the note), and
    its words."""
    low = fold(text)
    searched = low.replace("’", "'").replace("_", " ")
    return low, searched, frozenset(_WORD.findall(searched))


def marks_of(marks: str) -> tuple[str, ...]:
    """A kind's marks given as one string, separated by "|"."""
    return tuple(marks.split("|"))


def speech_after_comma(verbs: str) -> re.Pattern[str]:
    """Reported speech without quotation marks ("Help us improve the park, the council said"): one of
    ``verbs`` (an alternation, lower case) within a few words after a comma. A rule's line speaks to the
    reader; it never reports who spoke. Search it in the folded line (:func:`fold`)."""
    return re.compile(r",\s*(?:[^\W\d_]+\s+){0,4}(?:" + verbs + r")\b")


def forget_lines() -> None:
    """Forget the remembered splits (:data:`_RECENT_LINES`)."""
    _split.cache_clear()


def _first_word(text: str, at: int) -> int:
    """Where the first word at or after ``at`` begins (``at`` when there is none)."""
    word = _WORD.search(text, at)
    return word.start() if word is not None else at


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation (``"This is not investment advice," he said``): speech, not
    chrome. Straight double quotes pair up; a straight single quote counts only when the line opens with one
    (elsewhere it is an apostrophe); after a line's opening double quotation mark of any style, marks pair up."""
    before = text[:at]
    if before.count(_STRAIGHT) % 2 or (before.lstrip().startswith("'") and before.count("'") % 2):
        return True
    if (opening := before.lstrip()[:1]) and opening in _DOUBLE and sum(map(before.count, _DOUBLE)) % 2:
        return True
    return sum(map(before.count, _OPENING)) > sum(map(before.count, _CLOSING))
