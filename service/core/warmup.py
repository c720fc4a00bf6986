"""One call of each kind at start-up, so that a worker's first request costs what the others do.

Some of what a call needs is built on first use and kept: the cue lexicon's patterns, the
stop-word sets, the tree walks of the boosted stages (:func:`.forest.tree_walk`), the chrome-kind
model's features. Without this, the first page a fresh worker classifies took 80-140 ms more than
the next one on the development machine (with it, the same). The page is this project's own text.
"""

from __future__ import annotations

from .artifact import Model
from .classify import classify

WARM_UP_HTML = """<!doctype html>
<html lang="en"><head><title>Harbour bridge reopens after repairs</title></head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav>
<article class="story">
<h1>Harbour bridge reopens after six months of repairs</h1>
<p class="byline">By a staff reporter</p>
<p>The harbour bridge reopened to traffic on Monday morning, six months after engineers closed it
to replace corroded cables and resurface the deck.</p>
<p>City officials said the work finished two weeks ahead of schedule and slightly under budget,
and that cyclists would keep the widened lane added during the repairs.</p>
<div class="paywall"><p>You have read all of your free articles this month.</p>
<p><a href="/subscribe">Subscribe now</a> for unlimited access. <a href="/login">Log in</a></p></div>
</article>
<footer><p>© Example News. All rights reserved.</p></footer>
</body></html>"""

WARM_UP_TEXT = "\n".join(
    [
        "Harbour bridge reopens after six months of repairs",
        "The harbour bridge reopened to traffic on Monday morning, six months after engineers closed it.",
        "City officials said the work finished two weeks ahead of schedule and slightly under budget.",
        "You have read all of your free articles this month.",
        "Subscribe now for unlimited access.",
    ]
)


def warm_up(model: Model) -> None:
    """Classify a small page as HTML and as text with ``model``, and discard the results."""
    classify(model, html=WARM_UP_HTML)
    classify(model, text=WARM_UP_TEXT)
