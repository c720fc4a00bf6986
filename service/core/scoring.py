"""Content scores of paragraphs: the fitted pipeline's probabilities, one copy of each text.

The model scores each paragraph given its page. Two rules then run on the scores, in serving and in
evaluation alike (:func:`page_rules`). Fixed chrome is chrome wherever it sits: a page stamp
("Updated: 3 March 2026, 16:05 IST", "5 min read", "Image 1 of 5", "Comments (12)", :mod:`.stamps`),
a control label ("Advertisement", "Print", "Share on WhatsApp", "Tags: RBI, repo rate",
:mod:`.controls`), an editorial note ("Views expressed are personal", "We may earn a commission when
you buy through links on this page.", :mod:`.notes`), or a line of stamps and labels joined by
separators ("Updated 14:05 GMT · 5 min read", "Sign in | Register"). And the article is not read
twice. Some pages carry their article twice (an AMP or print copy, a hidden "lite" version, a teaser
that repeats the opening paragraphs). Each copy looks like content on its own, and the model scores
them alike. A reader wants the text once, so a repeat of an earlier paragraph may be content only
where the earlier copies are not: its score is capped at ``1 - s`` for the highest score ``s`` among
the earlier copies. The rule does not depend on the threshold, and it leaves short repeated lines
(menu items, "Share") to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np
import sklearn
from sklearn.pipeline import Pipeline

from . import accounts, helplines, notes, offers, prompts, rights, walls
from .accounts import STANDING_PROMPTS, account_of
from .controls import LEGAL_LINK, control_rule, is_control, rule_kind
from .features import cached, carry_rows, page_bounds, text_only_cache
from .forest import calibrated_proba
from .helplines import HELPLINE_KIND, helpline_of
from .navigation import navigation_of
from .notes import NOTE_KIND, note_of
from .offers import offer_of
from .phrases import PhraseGate
from .phrases import forget_lines as forget_splits
from .prompts import prompt_kind, prompt_of
from .rejoin import joined, sentence_groups
from .related import RELATED_KIND, related_of
from .rights import RIGHTS_KIND, rights_of
from .stamps import is_stamp, stamp_kind
from .types import Batch, Paragraph
from .walls import METER, READING_WALLS, wall_of
from .widgets import WIDGET_KIND, widget_of

#: Only paragraphs with at least this many characters count as copies of each other.
MIN_COPY_CHARS = 40
#: On a whole HTML page, a paragraph the text model scores below this gets both models' mean.
TEXT_SAYS_CHROME = 0.5
#: The highest score a line that is chrome wherever it sits (a page stamp, a control label) keeps.
FIXED_CHROME_MAX_SCORE = 0.05
#: What joins the parts of one line of page metadata or controls ("Updated 14:05 · 5 min read",
#: "Sign in | Register"): a bar, a middle dot or a bullet, or a dash between spaces.
PART_SEPARATOR = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+")
#: A character that may separate parts (a line without one is never tried as parts).
PART_SEPARATOR_CHAR = re.compile("[|·•–—]")
#: Longest line (characters) tried as parts of fixed chrome.
MAX_JOINED_CHARS = 120
#: The verdicts of this many recent distinct lines are remembered, process-wide: a site's navigation,
#: buttons and footer come back on every page it serves, and "Share" or "Advertisement" on most sites'.
RECENT_VERDICTS = 4096
#: Longer lines are never remembered: they seldom come back, and would hold memory.
MAX_REMEMBERED_CHARS = 400


@dataclass(frozen=True, slots=True)
class FixedChrome:
    """What the fixed-chrome rules say of one line: whether one matches, the kind of chrome its
    rule names (None: the kind model reads it), whether it holds the page back from the reader
    (:data:`~.walls.READING_WALLS`: the page's paywall verdict counts it), and whether it is a
    control's label or an account prompt that stands on every page of a site ("Already a subscriber? Sign
    in", :data:`~.accounts.STANDING_PROMPTS`): it ends most walls, but alone it never makes the verdict. A
    ``meter`` counts the reader's free articles (:data:`~.walls.METER`): no plan card's perk says that. A ``link``
    is a link's text a sentence may hold ("you agree to our" / "Privacy Policy", :data:`~.controls.LEGAL_LINK`):
    in a dump of text nodes it carries on the open line before it (:func:`content_scores`)."""

    chrome: bool
    kind: str | None = None
    wall: bool = False
    standing: bool = False
    meter: bool = False
    link: bool = False


NOT_FIXED = FixedChrome(chrome=False)
#: Batch-cache key of :func:`fixed_chrome`: a verdict reads the line's text alone, so a batch of the same
#: lines shares it (:func:`text_only`) and one of some of them joined carries it (:func:`joined_batch`).
FIXED_KEY = "fixed"


def fixed_chrome(paragraphs: Sequence[Paragraph]) -> list[FixedChrome]:
    """:func:`fixed_chrome_of` each paragraph, once per batch: the cap (:func:`cap_fixed_chrome`) and
    the kinds (:func:`~.kinds.guess_kinds`, on rows of the same batch) read the same list."""
    return cached(paragraphs, FIXED_KEY, lambda: [fixed_chrome_of(p.text) for p in paragraphs])


def fixed_chrome_of(text: str) -> FixedChrome:
    """Whether ``text`` is a page stamp, a control label, two or more of them joined by separators, a
    related-link line (:func:`~.related.related_of`), a widget's reading (:func:`~.widgets.widget_of`), an
    editorial note (:func:`~.notes.note_of`), a reading wall's line (:func:`~.walls.wall_of`), a subscription
    offer's (:func:`~.offers.offer_of`), an account prompt (:func:`~.accounts.account_of`), a navigation line
    (:func:`~.navigation.navigation_of`), a reader prompt (:func:`~.prompts.prompt_of`) or a helpline note
    (:func:`~.helplines.helpline_of`), and the kind of chrome its rule names: the control rule's
    (:func:`~.controls.rule_kind`), else the stamp's (:func:`~.stamps.stamp_kind`); a related-link line is a
    related link, a widget's reading "other", a note a disclaimer, a prompt an ad or "other"
    (:func:`~.prompts.prompt_kind`), a helpline note "other"; a wall's, an offer's, an account prompt's or a
    navigation line is left to the kind model (which reads a log-in prompt under a paywall notice as the wall's,
    as the page's paywall verdict needs). Remembered for recent lines (:data:`RECENT_VERDICTS`): the verdict
    reads the line alone."""
    if len(text) > MAX_REMEMBERED_CHARS:
        return _fixed_chrome_verdict(text)
    return _remembered_verdict(text)


def _fixed_chrome_verdict(text: str) -> FixedChrome:
    """The rules' verdict on ``text`` (:func:`fixed_chrome_of`, never remembered)."""
    rule = control_rule(text)
    kind = rule_kind(text, rule) if rule is not None else None
    if kind is None:
        kind = stamp_kind(text)
    if rule is not None or kind is not None:
        return FixedChrome(chrome=True, kind=kind, standing=rule is not None, link=rule == LEGAL_LINK)
    if _joined_parts(text):
        return FixedChrome(chrome=True)
    if related_of(text) is not None:
        return FixedChrome(chrome=True, kind=RELATED_KIND)
    if widget_of(text) is not None:
        return FixedChrome(chrome=True, kind=WIDGET_KIND)
    if not _PHRASES.may_match(text):  # no phrase rule can take it: the navigation rule alone is left
        return FixedChrome(chrome=True) if navigation_of(text) is not None else NOT_FIXED
    if note_of(text) is not None:
        return FixedChrome(chrome=True, kind=NOTE_KIND)
    if rights_of(text) is not None:
        return FixedChrome(chrome=True, kind=RIGHTS_KIND)
    if (wall := wall_of(text)) is not None:
        return FixedChrome(chrome=True, wall=wall in READING_WALLS, meter=wall == METER)
    if (account := account_of(text)) is not None:
        return FixedChrome(chrome=True, standing=account in STANDING_PROMPTS)
    if offer_of(text) is not None or navigation_of(text) is not None:
        return FixedChrome(chrome=True)
    if (prompt := prompt_of(text)) is not None:
        return FixedChrome(chrome=True, kind=prompt_kind(prompt))
    if helpline_of(text) is not None:
        return FixedChrome(chrome=True, kind=HELPLINE_KIND)
    return NOT_FIXED


_remembered_verdict = lru_cache(maxsize=RECENT_VERDICTS)(_fixed_chrome_verdict)
#: Every phrase rule the verdict tries (notes, rights, walls, accounts, offers, prompts), gated at once.
_PHRASES = PhraseGate(
    (
        *notes.PHRASE_RULES,
        *rights.PHRASE_RULES,
        *walls.PHRASE_RULES,
        *accounts.PHRASE_RULES,
        *offers.PHRASE_RULES,
        *prompts.PHRASE_RULES,
        *helplines.PHRASE_RULES,
    )
)


def forget_lines() -> None:
    """Forget every line the rules remember, as a fresh worker starts (for a benchmark that runs a page
    more than once: its second run would find every verdict remembered, which a scraper's page seldom does)."""
    _remembered_verdict.cache_clear()
    forget_splits()


def is_fixed_chrome(text: str) -> bool:
    """Whether ``text`` is fixed chrome (:func:`fixed_chrome_of`)."""
    return fixed_chrome_of(text).chrome


def _joined_parts(text: str) -> bool:
    """Two or more page stamps or control labels joined by separators."""
    if len(text) > MAX_JOINED_CHARS or PART_SEPARATOR_CHAR.search(text) is None:
        return False
    parts = [part for part in PART_SEPARATOR.split(text) if part.strip()]
    return len(parts) > 1 and all(is_stamp(part) or is_control(part) for part in parts)


def cap_fixed_chrome(paragraphs: Sequence[Paragraph], scores: np.ndarray) -> np.ndarray:
    """``scores`` with the score of every line of fixed chrome (:func:`fixed_chrome`) at most
    :data:`FIXED_CHROME_MAX_SCORE`."""
    rows = [i for i, fixed in enumerate(fixed_chrome(paragraphs)) if fixed.chrome]
    if not rows:
        return scores
    out = np.array(scores, dtype=np.float64, copy=True)
    out[rows] = np.minimum(out[rows], FIXED_CHROME_MAX_SCORE)
    return out


def one_copy(paragraphs: Sequence[Paragraph], scores: np.ndarray) -> np.ndarray:
    """``scores`` with every repeat of an earlier paragraph capped by the earlier copies' scores."""
    out = np.array(scores, dtype=np.float64, copy=True)
    for start, end in page_bounds(paragraphs):
        best: dict[str, float] = {}
        for i in range(start, end):
            text = paragraphs[i].text
            if len(text) < MIN_COPY_CHARS:
                continue
            earlier = best.get(text)
            if earlier is not None:
                out[i] = min(out[i], 1.0 - earlier)
                best[text] = max(earlier, out[i])
            else:
                best[text] = out[i]
    return out


def fast_predict() -> AbstractContextManager[None]:
    """scikit-learn settings for predicting on our own matrices.

    The feature transformers build every matrix themselves, finite by construction
    (neighbour gaps are NaN, which gradient boosting handles), and the fitted parameters
    were validated when the model was fitted, so per-call re-validation is skipped.
    """
    return sklearn.config_context(assume_finite=True, skip_parameter_validation=True)


def content_scores(pipeline: Pipeline, paragraphs: Sequence[Paragraph], *, join_sentences: bool = False) -> np.ndarray:
    """Calibrated content probability of each paragraph (one page or several, each starting at index 0).

    With ``join_sentences`` (text mode), lines cut inside a sentence are scored together
    (see :mod:`.rejoin`) and each line gets its group's score; a line of fixed chrome
    (:func:`fixed_chrome`) is whole: its last word leaves no phrase open (a legal page's link is a link's text
    and may carry on the line before it).
    """
    if not paragraphs:
        return np.zeros(0)
    if any(p.wordless for p in paragraphs):  # only Markdown text has such lines
        worded = [i for i, p in enumerate(paragraphs) if not p.wordless]
        scores = content_scores(pipeline, renumbered(paragraphs, worded), join_sentences=join_sentences)
        return between(paragraphs, worded, scores)
    batch = paragraphs if isinstance(paragraphs, Batch) else Batch(paragraphs)
    if join_sentences:
        groups = sentence_groups(batch, [fixed.chrome and not fixed.link for fixed in fixed_chrome(batch)])
        if len(groups) < len(batch):
            scores = _scores(pipeline, joined_batch(batch, groups))
            return scores[np.repeat(np.arange(len(groups)), [len(g) for g in groups])]
    return _scores(pipeline, batch)


def joined_batch(paragraphs: Sequence[Paragraph], groups: Sequence[Sequence[int]]) -> Batch:
    """One paragraph per group (:func:`~.rejoin.joined`), with the rows of the features ``paragraphs``
    has computed that read the text alone, and of its fixed-chrome verdicts (:func:`fixed_chrome`):
    an HTML page's text pass computes only its joined lines."""
    batch = Batch(joined(paragraphs, groups))
    if isinstance(paragraphs, Batch):
        rows = [group[0] if len(group) == 1 else None for group in groups]
        batch.cache.update(carry_rows(paragraphs.cache, batch, rows))
        if FIXED_KEY in paragraphs.cache:
            found = paragraphs.cache[FIXED_KEY]
            batch.cache[FIXED_KEY] = [
                found[row] if row is not None else fixed_chrome_of(p.text) for p, row in zip(batch, rows, strict=True)
            ]
    return batch


def text_only(paragraphs: Sequence[Paragraph]) -> Batch:
    """The paragraphs of one page as the text model reads them (a scraper's text dump): text only, numbered from 0.

    When ``paragraphs`` is a :class:`Batch`, the features it has computed that read the text
    alone come along (:func:`~.features.text_only_cache`), and so do its fixed-chrome verdicts
    (:func:`fixed_chrome`), so the text model does not compute them again.
    """
    batch = Batch(Paragraph(index=i, text=p.text, source=p.source) for i, p in enumerate(paragraphs))
    if isinstance(paragraphs, Batch):
        batch.cache.update(text_only_cache(paragraphs.cache))
        if FIXED_KEY in paragraphs.cache:  # the rules read the text alone (the list is never written to)
            batch.cache[FIXED_KEY] = paragraphs.cache[FIXED_KEY]
    return batch


def html_scores(paragraphs: Sequence[Paragraph], html: np.ndarray, text: np.ndarray, *, fragment: bool) -> np.ndarray:
    """Scores of an HTML page's paragraphs from the HTML model's (``html``) and the text model's (``text``).

    A whole page keeps the HTML model's score, except where the text model reads a paragraph
    as chrome (below :data:`TEXT_SAYS_CHROME`): there it gets the mean of both. Chrome that a
    publisher sets in the article's own markup (a bare ``<p>`` asking to subscribe, between
    the story's paragraphs) reads as story to the HTML model and as chrome to the text model.
    At the model's threshold (0.5) the text model can only turn content into chrome: a
    paragraph both models read as chrome keeps a mean below 0.5 (its score moves towards the
    text model's, which calibrates better than keeping the lower one), and a paragraph only
    markup tells to be content (a headline, a caption) keeps its score unless the text model
    reads it as chrome. A ``fragment`` (an article container cut out of its page) gets the mean
    of both everywhere: without the page around it, the HTML model alone trusts the markup too
    much, and the text model alone misses what markup tells. A repeated paragraph is capped again
    (:func:`one_copy`), since the pull may move one copy and not the other. The figures are in
    docs/model-history.md ("the text model's second opinion on whole pages", "HTML fragments").
    """
    mean = (html + text) / 2
    return one_copy(paragraphs, mean if fragment else np.where(text < TEXT_SAYS_CHROME, mean, html))


def renumbered(paragraphs: Sequence[Paragraph], rows: Sequence[int]) -> Batch:
    """The paragraphs at ``rows`` (in order), numbered again from 0 within each page."""
    page_of = np.zeros(len(paragraphs), dtype=np.intp)
    for start, end in page_bounds(paragraphs):
        page_of[start:end] = start
    out = Batch()
    previous_page = -1
    for row in rows:
        index = out[-1].index + 1 if page_of[row] == previous_page else 0
        out.append(replace(paragraphs[row], index=index))
        previous_page = page_of[row]
    return out


def between(paragraphs: Sequence[Paragraph], rows: Sequence[int], scores: np.ndarray) -> np.ndarray:
    """Scores of all paragraphs from the scores of those at ``rows``.

    A paragraph left unscored takes the lower score of the nearest scored ones before and
    after it on its page (so an image inside the article is content, one beside it is not),
    and 0 on a page with none scored.
    """
    out = np.zeros(len(paragraphs))
    scored = np.zeros(len(paragraphs), dtype=bool)
    out[list(rows)] = scores
    scored[list(rows)] = True
    for start, end in page_bounds(paragraphs):
        have = np.flatnonzero(scored[start:end]) + start
        gaps = np.flatnonzero(~scored[start:end]) + start
        if not len(gaps) or not len(have):
            continue
        after = np.searchsorted(have, gaps)
        before_score = np.where(after > 0, out[have[np.maximum(after - 1, 0)]], np.inf)
        after_score = np.where(after < len(have), out[have[np.minimum(after, len(have) - 1)]], np.inf)
        out[gaps] = np.minimum(before_score, after_score)
    return out


def final_input(pipeline: Pipeline, X: object) -> Any:
    """``X`` through every step of ``pipeline`` but the last: what its final estimator predicts on."""
    for _, step in pipeline.steps[:-1]:
        X = step.transform(X)
    return X


def _scores(pipeline: Pipeline, batch: Batch) -> np.ndarray:
    with fast_predict():
        features = final_input(pipeline, batch)
        classifier = pipeline.steps[-1][1]
        scores = calibrated_proba(classifier, features)  # type: ignore[arg-type]
        if scores is None:
            scores = classifier.predict_proba(features)[:, 1]
    return page_rules(batch, scores)


def page_rules(paragraphs: Sequence[Paragraph], scores: np.ndarray) -> np.ndarray:
    """The model's ``scores`` after the rules every scoring runs: fixed chrome capped, then one copy of each text."""
    return one_copy(paragraphs, cap_fixed_chrome(paragraphs, scores))
