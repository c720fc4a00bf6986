"""The human-readable model card, written from the manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .evaluate import format_table

METHOD = """\
## Method

- **Input**: HTML (segmented into visible blocks by one safe lxml parser), plain text (one paragraph
  per line) or a list of paragraphs. Each paragraph carries its text and, for HTML, its tag, XPath,
  ancestors' tags and class/id tokens, link characters and depth.
- **Stage 1** (per paragraph): logistic regression over hashed word uni/bigrams (character bigrams for
  CJK), hashed markup tokens (HTML only) and dense shape statistics (length, stop-word density,
  punctuation, capitals, digits, currency and price patterns, link density, cue-lexicon flags in 18
  languages). A word is a run of word characters and combining marks, so Hindi or Thai words are not
  cut at their vowel signs; stop words cover 25 languages. No column names the script (a CJK-share
  column taught the first stage that Chinese and Japanese text is chrome, since most of it in
  training was injected chrome), and only capital letters start capitalised words (Han characters
  and a lower-case "é" used to).
- **Stage 2** (context): gradient boosting (120 rounds) over the stage-1 scores of the paragraph and
  its ±3 neighbours (out-of-fold during training: three folds by a hash of the site, and injected
  chrome blocks go only into pages of their own fold, so stage 2 learns from stage-1 scores on chrome
  stage 1 never saw), the page's score profile (the mean of its ten best scores and the count of
  content-like paragraphs, which do not shrink as chrome grows; content region, running maxima,
  smoothed score),
  where the paragraph sits relative to the page's main run of content-like paragraphs (an article
  is one long run; comments and teaser lists are short runs cut by user names, dates and headings)
  and how far its score sits below that run's median and its neighbours' mean, the dense features
  of the paragraph, its ±2 neighbours, its position, and how often its exact text repeats in the
  page; and how close the paragraph's subject is to the rest of the page's: the cosine between its
  topic words (no stop words, numbers or bigrams; at least five of them, else missing) and those of
  all other paragraphs weighted by their stage-1 content score, and by their chrome score. An
  article's paragraphs share its names and subject; teaser lists, promotions and disclaimers speak
  of something else, however much they read like prose. The text model also sees how far the
  paragraph and its window stand out from the rest of the page (stage-1 log-odds against the page's
  median, rank of the score in the page, length against the page's longest paragraph and share of
  its characters): without markup, stage 1 can score a whole article low, but less low than the
  page's typical line.
- **Stage 3** (text model only): the same booster once more, over stage 2's scores of the
  paragraph and its ±3 neighbours (stage 2 cross-fitted by the same site folds), their page
  profile, main run, topic and contrast columns, and the dense context features. Without markup,
  stage 2 is the first stage that reads a paragraph's context, and its scores of the neighbours
  tell more than stage 1's. The last stage (2 in HTML, 3 in text) is calibrated (isotonic), which
  makes `score` a probability.
- **One copy**: a paragraph of 40 characters or more that repeats an earlier one has its score
  capped at one minus the earlier copy's score (`service/core/scoring.py`), so a page that carries
  its article twice yields it once. Serving and evaluation both apply it.
- **Page stamps** (`service/core/stamps.py`): a paragraph that is a dateline label ("Updated",
  "First published", "Aktualisiert am", "更新日") followed by nothing but a date or a time ("28 Nov
  2025, 11:02 AM IST", "3 hours ago"), a reading time ("5 min read", "Lesezeit: 4 Min.") or a
  gallery or comment counter ("Image 1 of 5", "Comments (12)") has its score capped at 0.05,
  wherever it sits: page metadata, not article text, which the model lifts when it sits between
  the story's paragraphs. Serving and evaluation both apply it.
- **Control labels** (`service/core/controls.py`): a line that is a control's label and nothing
  else ("Advertisement", "Story continues below advertisement", "Print", "Font size", "Listen to
  this article", "Share on WhatsApp", "Accept all", "Sign in", "Zum Thema", "Читайте также"; a
  share bar of network names; a follow line, "Follow Priya on X"; a tag line, "Tags: RBI, repo
  rate", "Từ khóa: bão số 5", or hashtags alone; a picture credit, "Photo: Getty Images"; a
  sponsor's line, "Paid Post: <title>", "Promoted by <name>"; an ad slot's "Article continues after
  this ad"; a comment thread's "Reply";
  a dialog's button, "Maybe later", "See all plans"; "Already a subscriber? Log in", "Have a voucher
  code? Redeem it here"; a legal page's link of two words or more, "Privacy Policy"; such lines
  joined by separators, "Updated 14:05 · 5 min read"; a label and its count, "Like (23)") gets the
  same cap, in any position: the model lifts such a lone line between the story's paragraphs as it
  lifts a subhead. The labels, in some forty languages, are in `service/core/lexicon.py`
  (`CONTROL_LABELS`). Serving and evaluation both apply it.
- **Related-link lines** (`service/core/related.py`): a line of at most 240 characters that opens
  with a lead-in pointing to another story, then a separator and a headline ("Read also: …", "Up
  next: …", "Lesen Sie auch: …", "【関連記事】…", "Taip pat skaitykite: …"; lead-ins in some forty
  languages, `lexicon.RELATED_LEADINS`) gets the same cap and the kind `related`. A lead-in that opens
  a story's own lines as well ("More information: …", "Recommended: …") is none.
- **Editorial notes** (`service/core/notes.py`): a line of at most 400 characters that speaks of
  the text rather than the news (a syndication note, "This story has not been edited by our staff
  and is auto-generated from a syndicated feed."; a disclaimer label, "Disclaimer: …"; whose views
  these are, "Views expressed are personal"; an affiliate note, "We may earn a commission when you
  buy through links on this page."; a note that a machine wrote or translated the text; "This is
  not investment advice"; a regulator's set risk warning on a line of its own, "Capital at risk."; a
  republication or sponsor's note, a sponsor's label, "Annonssamarbete med …") gets the same cap and
  the kind `disclaimer`. Each wording names the text itself, opens with a label or holds words a story
  seldom says of itself, in some twenty-five languages, and a note inside a quotation, told after a
  comma or asked is none, so that a story reporting on such a note is not one; corrections and
  editor's notes are left to the model.
- **Rights lines** (`service/core/rights.py`): a line of at most 300 characters that is a copyright
  notice ("© 2026 Harbour Media. All rights reserved.", "all rights reserved" in some forty languages)
  or bans copying the publisher's material ("No part of this publication may be reproduced …",
  "Reproduction interdite") or states the publisher's registration (a press regulator, "IPSO regulated"; a
  company's or a title's number ending the line, "Registered in England and Wales No. 04567812", "ISSN
  1357-246X", "Amtsgericht Bremen HRB 24680"; an imprint, "Printed and published by … Ltd") gets the same cap
  and the kind `legal`; a headline on copyright (it asks, or a colon follows the phrase), a number in a
  sentence that goes on and a line that reports who said or ruled it are none.
- **Widget lines** (`service/core/widgets.py`): a weather box's reading (a temperature in Celsius or
  Fahrenheit with a condition, a weather symbol or the box's other readings, a weather label or the day's
  low) and a market ticker's quotes (an index's or a
  share's price and a signed change, a currency's rate) get the same cap and the kind `other`; a
  headline's or a table cell's temperature, an angle's or an ordinal's degree sign and an election's or an
  account's row with a change are none.
- **Reading walls** (`service/core/walls.py`): a line of at most 300 characters that tells the
  reader what they may read (a meter, "You have 2 free articles left this month"; a subscriber
  wall, "The rest of this article is available to subscribers"; "Subscribe to keep reading"; a free
  trial, "Start your free trial"; a consent-or-pay or ad-blocker wall) gets the same cap; its kind
  is left to the kind model. Each wording speaks to the reader or of "this article" and its
  subscribers, in 15 languages, so that a story about paywalls is not one.
- **Subscription offers** (`service/core/offers.py`): a line of a plan box (a price and its
  period on a line of a few words, "$4.99/month", "9,99 € monatlich"; an introductory price and what
  follows it, "₹99 for the first 3 months", "then £29 per month"; billing and renewal terms; a
  saving, "Save 40%"; a badge, "Most popular", "Cancel anytime"; the small print on taxes and who may
  take the offer) gets the same cap; its kind is left to the kind model. A price a story reports is
  a sentence, or opens with a label ("Price: $9.99 a month"), and is left to the model.
- **Reader prompts** (`service/core/prompts.py`): a line of at most 160 characters that asks
  something of the reader or tells them about the page (a call for tips, "Got a tip? Email us"; an
  invitation to report an error, "Spotted a mistake? Let us know", "press Ctrl+Enter"; a request
  for feedback, "Was this article helpful? Yes / No", "Take our reader survey"; an audio player's
  text, "Listen to this article · 6 min", "00:00 / 03:12"; a loading placeholder or a browser
  notice, "Your browser does not support the video tag"; an ad slot's line beyond its label, "La
  suite après cette publicité", "Go ad-free"; a note on other editions, "This article is also
  available in Spanish"; an invitation to the publisher's channel on a messaging app or Google News,
  "Join our WhatsApp channel and get …"; a poll's question, "Have your say: …?"; a betting ad's small
  print, "18+ only. New customers. …", on lines of up to 300 characters; a comment section's rules, "Kindly
  refrain from posting obscene comments", "Comments are moderated"; an ask to pass the article on; a newsletter
  box's small print, "No spam. Unsubscribe at any time."; a prompt to turn on notifications) gets the same cap
  and the kind `ad` (ad lines and betting small print), `promo` (channels, notifications), `comments`,
  `share`, `newsletter` or `other`. Each wording
  opens the line with a control's words, asks the reader and says what to do, or names the reader
  or the page, in 19 languages, and a line that reports speech is none, so that a story about
  tips, errors, polls, audio or advertising is not one.
- **Account prompts** (`service/core/accounts.py`): a line of at most 200 characters that asks the
  reader to sign in, register or mind their account (a perk behind a sign-in, "Sign in to save this
  article"; an invitation to register, "Don't have an account? Register for free"; a social log-in,
  "Sign in with Google"; a log-in box's small lines, "Forgot your password?", "Keep me signed in",
  "Your session has expired"; a comment box's prompt, "You must be logged in to post a comment") gets
  the same cap; its kind is left to the kind model, which reads a log-in prompt under a paywall
  notice as the wall's. Each wording takes the whole line, in 16 languages: a perk names the page's
  own things (an article, a topic, an author, a newsletter, the comments), a question to the reader
  ends the line or is followed by a button's words alone, a log-in box's line is its label alone,
  and a line that reports speech is none, so that service journalism in the same words ("Log in to
  your tax account and download your P60", "Register to vote by Friday") is not one.
- **Navigation lines** (`service/core/navigation.py`): a line of at most 300 characters that is a
  site's navigation as a scraper's text dump flattens it (a breadcrumb trail from a home link or "You
  are here:", or three or more items joined by "›", "»" or ">"; a menu's, a footer's or a topic bar's
  row of short items joined by one and the same separator, "News | Sport | Business | Culture"; an
  edition switcher, "EN | FR | DE"; page numbers counting up, "« Previous 1 2 3 Next »", "Page 2 of 5";
  a link to a section, "See all World news", "More from Business »") gets the same cap; its kind is
  left to the kind model. A row's items hold no figures and no sentence's punctuation, so that a
  results row, a headline with a pipe or a route is not one.
- **Rails of other stories** (`service/core/rails.py`, both modes, the last rule on a page's final
  scores): a run of 15 or more lines in a row of seven words or more (a shorter headline may stand alone
  between two of them), mostly ending no sentence (a
  tabloid's "Don't miss" or "Most read" headlines, often cut short: "... as he..."), gets the same cap
  when two lines scored chrome or more stand between it and the story's nearest paragraph on each
  side, most of its lines are off the story (at most half of a line's topic words are found in the
  lines scored content outside such runs) and its lines are about different things from each other.
  An article's list follows its intro or a heading, speaks of its story or shares its words from line
  to line; a page whose story holds fewer than 30 topic words has no rail.
- **HTML is read by both models** (`service/core/scoring.html_scores`): the text model scores the
  paragraphs' text too. On a whole page, where it scores a paragraph below 0.5, the paragraph
  gets the mean of both scores, elsewhere the HTML model's: at the 0.5 threshold it can turn
  content into chrome, never the reverse (chrome set in the article's own markup reads as story
  to the HTML model). A fragment (no doctype, `<html>`, `<head>` or `<body>`: an extractor's
  article container) gets the mean everywhere. Serving and evaluation both apply it.
- **HTML scores calibrated on real pages** (`service/core/recalibrate.py`): a mean of two
  probabilities is not one, and the HTML model's stage 2 is calibrated on pages with injected
  chrome; on real held-out pages HTML scores between 0.3 and 0.8 were too low. The last map of an
  HTML page's scores is fitted on the dev split (isotonic, one monotone piece each side of the 0.5
  threshold), so `score` matches the content rate seen there while every label at the threshold,
  the text kept, the chrome kinds and the paywall verdict stay the model's. Text mode's scores come
  straight from its calibrated stage 3 and have no map.
- **Lines cut inside a sentence** (text mode, `service/core/rejoin.py`): a line that carries on the
  line before (that line does not end a sentence, and this one starts in lower case or with closing
  punctuation, or that line ends in a comma or in an open word such as "the", "of" or "according
  to") is scored together with it, and every line of the run gets the run's score, on pages
  where at least 5% of the lines carry on. Scrapers that dump one line per text node cut sentences
  at every link; block-per-line dumps seldom reach 5%. Serving and evaluation both apply it.
- **Markdown dumps** (text mode, `service/core/markdown.py`): a page with Markdown links, images,
  headings or table rows on at least two lines is scored on each line's visible text (a link keeps
  its words, not its address). A line that shows no words (an image, a rule) is not scored: it takes
  the lower score of the nearest scored lines around it. Results return every line as given.
- **Hard-wrapped text** (text mode, `service/core/wrapping.py`): text with blank lines whose prose
  lines nearly all fit one width (40–132 characters), and where most of them end only because the
  next word would not fit, is read as wrapped (list items, headings and table rows, which html2text
  leaves whole, are not prose lines). Each line that ends that way is joined with the next into one
  paragraph, without a space after a hyphen break (Markdown is then read on the whole paragraph);
  lists and short lines stay paragraphs of their own. Results return the joined paragraphs.
- **Chrome kinds**: a linear model over the hashed words (the main model's, folded to 2^16), the
  hashed three-letter prefixes of the longer words (the start that "abonnés", "abonnez" and
  "Abonnenten" share) and the cue lexicon, trained on the project's own chrome library. A chrome
  paragraph's kind is read with the chrome paragraphs right beside it (their probabilities added to
  its own), since publishers show chrome in blocks. A control line whose rule names its kind (an
  ad slot, a consent button, a list's heading, a comment control, a share bar; a page stamp; an
  editorial note, `disclaimer`) gets that kind, at 0.98. The page-level paywall verdict combines the
  chrome probability and each paragraph's own paywall-kind probability; a line the reading-wall rule
  finds (a meter, a subscriber wall, a prompt to read on behind an account) counts as a paywall notice
  whatever its kind, unless the kind model reads it as a plan's or a comment box's line; a notice by
  the kind model's reading needs five words and is neither a link, a bar of links or a line in title
  case that ends no sentence, nor a sign-in prompt that stands on every page of a site.
- **Training data**: the shared corpora, split by site (70/10/20 train/dev/test, recorded in
  `datasets/splits/`; a dev page whose publisher or article also has training pages, or a test page
  sharing either with train or dev, is `excluded` from evaluation); paragraph labels come from
  aligning segmented paragraphs to each page's truth (word trigrams for full-text corpora, snippets
  for snippet corpora; ambiguous paragraphs are left out; a copy of an article paragraph beyond the
  copies the article holds is chrome). 80% of training pages get one to six chrome blocks from the
  library's training part injected before, inside and after the article, with varied tags and a
  class name that says what the block is, one the page itself uses, a freshly generated one or none,
  and some get article-like "hard content" paragraphs that use chrome's words. 90 news stories the
  project wrote in twelve languages (`datasets/stories/`) are training pages too, each with a
  navigation and a footer block of its language and the same injected chrome: the corpora are mostly
  English and German, and without them the model read the words of other languages as chrome (model
  1.15.0 dropped four of eight paragraphs of a French story dumped as text). Half the augmented pages
  also get one or two lone chrome sentences ("This content is available to subscribers only.") and
  one to three lone content lines of the same shape (subheads, bylines, one-line quotes, closing
  sentences) from `datasets/lone/`, written by two sets of writers, each set alone between two of
  the article's paragraphs, where neighbours would otherwise lift a chrome sentence into the
  article. An injected chrome paragraph weighs three times a page's own paragraph of its length.
  The text model also sees pre-extracted dumps (article lines with chrome appended), as scrapers
  that ran an extractor produce them, and short excerpts (one to six consecutive lines of 30% of the
  training pages), as callers who send a few paragraphs instead of a page. wcxb_dev pages
  recorded as listings, products, forums, services or documentation weigh 0.4 of an article page:
  their main content (every teaser of a listing) is what an article page calls related-links chrome.

## Limits

- Labels derived by alignment are noisy where the truth text is not verbatim in the page (wcxb_dev:
  about 84% coverage) and follow each corpus's notion of "main content" (headlines are in some
  truths and not in others; forum and product pages are in wcxb_dev).
- Most pages are English; German is second (trafilatura_eval). Other languages rest on the chrome
  library (18 languages), the project's stories (12 languages, 90 stories), the cue lexicon and
  character features, and are measured on few pages (chrome leakage per language is measured on
  all 18). A short closing line of a story in another language is still the paragraph most often
  dropped (`tests/test_languages.py`).
- A few paragraphs sent alone are judged with little context. A single line is the hardest case:
  on test, model 1.11.0 in text mode keeps 95% of single article lines of 80 characters or more,
  about half of shorter ones, and also 17% of single chrome lines, against 7% of the same chrome
  lines in their page (`python -m training excerpts`). From about eight lines on, it does as well
  as on the whole page. Send the whole page when you have it.
- Text mode is trained on one visible block per line. Dumps with one line per text node (a link
  inside a sentence on a line of its own) are scored with the cut sentences joined, and still score
  0.01–0.03 F1 below block dumps of the same test pages. Markdown and hard-wrapped dumps of
  Winnow's own blocks score close to block dumps; whole pages converted by html2text or markdownify
  score up to 0.04 below them per corpus (goose3 aside: one page of six), as those tools cut and
  merge blocks differently (second results table). Wrapped text without blank lines between
  paragraphs is not recognised as wrapped.
- Chrome kinds are learnt from ~3,200 project-written lines: treat `kind` as a hint.
- Retraining moves the figures: the same recipe with another seed (other injected chrome) moved
  per-corpus test F1 by up to 0.017 and text ECE by 0.01. A single-run difference smaller than that
  is not evidence; the paired intervals below cover only the choice of test pages.
"""


def _calibration_table(calibration: dict[str, Any]) -> list[str]:
    lines = ["| mode | bin | paragraphs | mean score | content rate |", "|---|---|---:|---:|---:|"]
    for mode, row in calibration.items():
        for b in row["table"]:
            lines.append(f"| {mode} | {b['bin']} | {b['n']} | {b['mean_score']:.3f} | {b['content_rate']:.3f} |")
    lines.append("")
    lines.append("Expected calibration error: " + ", ".join(f"{m} {r['ece']:.4f}" for m, r in calibration.items()))
    return lines


def _leakage_table(leakage: dict[str, Any]) -> list[str]:
    lines = [
        f"Held-out chrome injected into {leakage['pages']} test articles. Leak rate = share of injected paragraphs "
        "that reach `content_text`.",
        "",
        "| mode | injected | leaked | leak rate | content F1 | undisturbed |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows = [(mode, leakage[mode]) for mode in ("html", "text")]
    for placement, name in (
        ("inside", "inside the article"),
        ("container", "article container alone"),
        ("wall", "a wall mid-story"),
    ):
        if placement in leakage:
            rows += [(f"{mode}, {name}", leakage[placement][mode]) for mode in ("html", "text")]
    for name, row in rows:
        kept = f"{row['undisturbed']:.4f}" if "undisturbed" in row else "n/a"
        lines.append(
            f"| {name} | {row['injected']} | {row['leaked']} | {row['leak_rate']:.4f} | {row['content_f1']:.4f} "
            f"| {kept} |"
        )
    lines += [
        "",
        "Undisturbed: of the article paragraphs the model keeps on the page as it is, the share it still keeps "
        "with the chrome injected (what the chrome costs the article, apart from the model's own errors on the page; "
        "the container alone has no page to compare with).",
    ]
    if "inside" in leakage:
        lines += [
            "",
            f'"Inside the article": the blocks go inside the article container of {leakage["inside"]["pages"]} '
            "test articles, half of them as bare paragraphs beside the article's own, and the whole page is scored.",
        ]
    if "container" in leakage:
        lines += [
            "",
            f'"Article container alone": the same blocks in the same places, and only that container '
            f"({leakage['container']['pages']} test articles) is scored, as an HTML extractor would return it.",
        ]
    if "wall" in leakage:
        wall = leakage["wall"]
        lines += [
            "",
            f'"A wall mid-story": a held-out paywall notice, then plans or a log-in prompt in its language, set '
            f"after one of the paragraphs of {wall['pages']} test articles (each block wrapped or bare, even odds), "
            "the story going on for at least two paragraphs after it, as a soft paywall leaves the page. Of the "
            "article paragraphs after the wall that the model keeps on the page as it is, it still keeps "
            f"{wall['html']['after_wall']:.4f} (HTML) and {wall['text']['after_wall']:.4f} (text)"
            + (
                f"; the page's `paywall` object detects the wall on {wall['paywall_detected']:.3f} of these pages"
                + (f" ({wall['paywall_detected_text']:.3f} in text mode)." if "paywall_detected_text" in wall else ".")
                if "paywall_detected" in wall
                else "."
            ),
        ]
    columns = {mode: leakage[mode] for mode in ("html", "text")}
    if "by_kind" in leakage.get("inside", {}).get("html", {}):
        columns |= {f"{mode} inside": leakage["inside"][mode] for mode in ("html", "text")}
    for group in ("by_kind", "by_language"):
        header = " | ".join(f"{name} leak rate" for name in columns)
        lines += ["", f"| {group.replace('_', ' ')} | {header} |", "|---|" + "---:|" * len(columns)]
        for key in leakage["html"][group]:
            rates = [column[group].get(key, {}).get("leak_rate", float("nan")) for column in columns.values()]
            lines.append(f"| {key} | " + " | ".join(f"{rate:.3f}" for rate in rates) + " |")
    if "lone" in leakage:
        lines += ["", *_lone_table(leakage["lone"])]
    if "other_hands" in leakage:
        lines += ["", *_lone_table(leakage["other_hands"], OTHER_HANDS_CAPTION, "other hands' lines by kind")]
    if "paywall" in leakage:
        pw = leakage["paywall"]
        lines += [
            "",
            f"Paywall detection on these pages: precision {pw['precision']:.3f}, recall {pw['recall']:.3f} "
            f"({pw['pages_with_wall']} pages with an injected paywall notice, {pw['pages_without']} without)."
            + (
                f" {pw['pages_already_flagged']} test pages are left out: their own chrome already makes the"
                " verdict (a wall of their own, or a line of the site's furniture read as a notice)."
                if "pages_already_flagged" in pw
                else ""
            ),
        ]
    if "paywall_text" in leakage:
        pw = leakage["paywall_text"]
        lines += [
            "",
            f"In text mode (the same pages' lines, no markup): precision {pw['precision']:.3f}, recall "
            f"{pw['recall']:.3f} ({pw['pages_with_wall']} pages with an injected notice, {pw['pages_without']} "
            f"without; {pw['pages_already_flagged']} left out).",
        ]
    return lines


LONE_CAPTION = (
    "Lone lines: held-out sentences of chrome (`datasets/lone/`), two to a page, and one content line of "
    "the same shape, each set alone between two paragraphs of {pages} test articles."
)
OTHER_HANDS_CAPTION = (
    "Lines written by other hands (`datasets/other_hands/`: chrome and content lines by writers who saw neither "
    "the library, the lone lines, the rules nor the corpora; nothing is trained or tuned on them), set the same "
    "way: two chrome lines and one content line of the page's language (else English) alone between two "
    "paragraphs of {pages} test articles (mostly English and German: see the file's README)."
)


def _lone_table(lone: dict[str, Any], caption: str = LONE_CAPTION, by_kind: str = "lone lines by kind") -> list[str]:
    html, text = lone["html"], lone["text"]
    lines = [
        caption.format(pages=lone["pages"]),
        "",
        "| mode | chrome lines | kept | leak rate | content lines | dropped | drop rate |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for mode, row in (("html", html), ("text", text)):
        lines.append(
            f"| {mode} | {row['injected']} | {row['leaked']} | {row['leak_rate']:.4f} | {row['content_lines']} "
            f"| {row['content_dropped']} | {row['content_drop_rate']:.4f} |"
        )
    lines += ["", f"| {by_kind} | html leak rate | text leak rate |", "|---|---:|---:|"]
    for kind in html["by_kind"]:
        rates = [row["by_kind"].get(kind, {}).get("leak_rate", float("nan")) for row in (html, text)]
        lines.append(f"| {kind} | " + " | ".join(f"{rate:.3f}" for rate in rates) + " |")
    return lines


def _language_table(languages: dict[str, Any]) -> list[str]:
    lines = ["| language | metric | pages | winnow_html | winnow_text | trafilatura |", "|---|---|---:|---:|---:|---:|"]
    for lang, kinds in languages.items():
        for kind, systems in kinds.items():
            cells = [
                f"{systems[s]['f1']:.3f}" if s in systems else "–"
                for s in ("winnow_html", "winnow_text", "trafilatura")
            ]
            pages = systems.get("winnow_html", {}).get("pages", 0)
            lines.append(f"| {lang} | {kind} F1 | {pages} | " + " | ".join(cells) + " |")
    return lines


def _unseen_table(unseen: dict[str, Any]) -> list[str]:
    lines = [
        f"{unseen['pages']} whole pages of invented publishers in {unseen['languages']} languages, written for the "
        "project and never trained on (`datasets/unseen/`): F1 of the kept text against the story's body (its "
        "headline and byline lines not scored), the share of chrome blocks kept and of body blocks dropped, and "
        "the expected calibration error of `score` on the blocks labelled body or chrome.",
        "",
        "| system | F1 | chrome kept | body dropped | calibration error |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in unseen.items():
        if isinstance(row, dict):
            rates = [f"{row[k]:.3f}" if k in row else "–" for k in ("chrome_kept", "body_dropped", "ece")]
            label = f"winnow_{name}" if name in ("html", "text") else name
            lines.append(f"| {label} | {row['f1']:.3f} | " + " | ".join(rates) + " |")
    walls = _by_mode(unseen, "paywall")
    if walls:
        lines += [
            "",
            "The page's `paywall` verdict against whether the page shows a paywall (a chrome block of kind `paywall` "
            "in its truth): "
            + "; ".join(
                f"{mode} mode {w['detected']} of {w['pages_with_wall']} such pages flagged, "
                f"{w['flagged_without']} of the {w['pages_without']} others"
                for mode, w in walls.items()
            )
            + ".",
        ]
    kinds = _by_mode(unseen, "kinds")
    if kinds:
        lines += [
            "",
            "The kind of each chrome block the model drops, against the kind its truth gives (`chrome_kinds`, "
            "labelled by the box each block belongs to): "
            + "; ".join(f"{mode} mode {k['accuracy']:.3f} of {k['lines']:,} blocks" for mode, k in kinds.items())
            + ". Per kind (HTML mode):",
            "",
            "| kind | precision | recall | blocks |",
            "|---|---:|---:|---:|",
            *(
                f"| {kind} | {row['precision']:.3f} | {row['recall']:.3f} | {row['lines']} |"
                for kind, row in next(iter(kinds.values()))["by_kind"].items()
            ),
        ]
    return lines


def _by_mode(unseen: dict[str, Any], key: str) -> dict[str, dict[str, Any]]:
    """``unseen[mode][key]`` of each mode that has it (an older manifest's figures have neither)."""
    return {mode: unseen[mode][key] for mode in ("html", "text") if key in unseen.get(mode, {})}


def _kind_accuracy(kinds: dict[str, Any]) -> str:
    text = f"Accuracy {kinds['accuracy']:.3f} with each block's lines side by side"
    if "accuracy_alone" in kinds:
        text += f", {kinds['accuracy_alone']:.3f} for each line read alone"
    return text + "; per kind (side by side):"


def fitted_stages(*, text: bool, kinds: bool, foreign: bool) -> list[str]:
    """The stages a ``train --stages-from`` run fits anew, in the order the card names them."""
    return [name for name, fitted in (("text", text), ("chrome-kind", kinds), ("foreign", foreign)) if fitted]


def stages_phrase(names: list[str]) -> str:
    """``["text", "chrome-kind"]`` as "text and chrome-kind stages" (one name: "text stage")."""
    if len(names) == 1:
        return f"{names[0]} stage"
    return f"{', '.join(names[:-1])} and {names[-1]} stages"


def _method(training_data: dict[str, Any]) -> str:
    """:data:`METHOD`, with a last training-data bullet for the stories and chrome in more languages when the
    (text) stage was fitted with them (``train --more-languages``)."""
    more = training_data.get("more_languages")
    if not more:
        return METHOD
    drawn = more.get("drawn", "mixed")
    how = (
        "beside the library's blocks (one of them on half the injected pages, on top of their own draws)"
        if drawn == "beside"
        else "mixed into the library's blocks"
    )
    note = (
        f"- **More languages** (`train --more-languages {drawn}`): the chrome library's tenth batch, in Ukrainian, "
        f"Hungarian, Greek, Romanian, Hebrew, Persian, Vietnamese and Thai (`datasets/languages/`), drawn {how}, "
        "and 64 news stories in those languages as training pages."
    )
    head, limits, tail = METHOD.partition("\n\n## Limits")
    return head + "\n" + note + limits + tail


def write_model_card(manifest: dict[str, Any], path: Path) -> None:
    metrics = manifest.get("metrics", {})
    lines = [
        f"# Model card: {manifest['name']} {manifest['version']}",
        "",
        f"- File: `{manifest['file']}` ({manifest['bytes'] / 1e6:.1f} MB), sha256 `{manifest['sha256']}`",
        f"- Created: {manifest['created_at']}; feature schema {manifest['feature_schema_version']}",
        "- Libraries: " + ", ".join(f"{k} {v}" for k, v in manifest["libraries"].items()),
        "- Regenerated by `python -m training train` (figures: `python -m training evaluate`).",
    ]
    if measured := manifest.get("metrics_measured"):
        lines.append(f"- Figures measured: {measured}.")
    if origin := manifest.get("stages_from"):
        foreign = "foreign_stage" in manifest.get("training_data", {})  # train --foreign-stage
        source = f"model {origin['version']} (sha256 `{origin['sha256'][:12]}…`, seed {origin['seed']})"
        kept_kinds = origin.get("kinds") == "kept"  # train --keep-kinds
        refit_text = "text" in origin.get("refit", [])
        kept = ["HTML", *([] if refit_text else ["text"]), *(["chrome-kind"] if kept_kinds else [])]
        fitted = fitted_stages(text=refit_text, kinds=not kept_kinds, foreign=foreign)
        those = "that" if len(kept) == 1 else "those"
        head = f"- {stages_phrase(kept)}: {those} of {source}; the {stages_phrase(fitted)} fitted anew"
        if refit_text:
            flags = "--refit-text --keep-kinds" if kept_kinds else "--refit-text"
            lines.append(f"{head} (`train --stages-from {flags}`; the training data below is the text stage's).")
        else:
            lines.append(f"{head} (`train --stages-from`).")
    lines += ["", _method(manifest.get("training_data", {}))]
    if "corpora" in metrics:
        lines += [
            f"## Results on the {metrics.get('split', 'test')} split (sites never seen in training)",
            "",
            "Shingle F1 for full-text corpora, snippet F1 for snippet corpora; `justext_lines` is jusText on the "
            "text dump (one visible block per line), `all_lines` keeps every line. The second table runs text mode "
            "on the same pages dumped one line per text node (`training/textnodes.py`), as Markdown "
            "(`training/markdowndump.py`), hard-wrapped at 78 characters (`training/wrapdump.py`), and on the "
            "whole-page output of html2text (its default: Markdown wrapped at 78; and not wrapped) and markdownify. "
            "The third sends each page's article container alone (the innermost element holding all its content "
            "paragraphs, with whatever chrome sits inside it), as an HTML extractor such as readability returns it; "
            "HTML mode scores such a fragment with the mean of the HTML and the text model.",
            "",
            format_table(metrics),
            "",
        ]
    if metrics.get("example_page"):
        ex = metrics["example_page"]
        lines += [f"Example page (`../shared/examples`): {ex['correct']}/{ex['lines']} lines right.", ""]
    if metrics.get("unseen"):
        lines += ["## Pages of unseen publishers", "", *_unseen_table(metrics["unseen"]), ""]
    if "calibration" in metrics:
        lines += ["## Calibration", "", *_calibration_table(metrics["calibration"]), ""]
        for mode, fitted in (manifest.get("score_maps") or {}).items():
            lines += [
                f"The {mode} scores above are after the score map fitted on the {fitted['split']} split of its "
                f"training run ({fitted['pages']} pages, {fitted['paragraphs']:,} labelled paragraphs, "
                f"{fitted['knots']} knots; "
                f"its expected calibration error there {fitted['ece_before']:.4f} before the map).",
                "",
            ]
    if "thresholds" in metrics:
        lines += ["## Threshold", "", "Paragraph precision/recall of the content class by `threshold`:", "",
                  "| mode | threshold | precision | recall |", "|---|---:|---:|---:|"]  # fmt: skip
        for mode, rows in metrics["thresholds"].items():
            lines += [f"| {mode} | {r['threshold']} | {r['precision']:.3f} | {r['recall']:.3f} |" for r in rows]
        lines.append("")
    if "leakage" in metrics:
        lines += ["## Chrome leakage", "", *_leakage_table(metrics["leakage"]), ""]
    if "kinds" in metrics:
        lines += ["## Chrome kinds (held-out library lines)", "", _kind_accuracy(metrics["kinds"]), "",
                  "| kind | precision | recall | lines |", "|---|---:|---:|---:|"]  # fmt: skip
        for kind, row in metrics["kinds"]["by_kind"].items():
            lines.append(f"| {kind} | {row['precision']:.3f} | {row['recall']:.3f} | {row['lines']} |")
        lines.append("")
    if "languages" in metrics:
        lines += ["## By language", "", *_language_table(metrics["languages"]), ""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
