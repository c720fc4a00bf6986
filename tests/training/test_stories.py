"""Story pages: the project's multilingual stories as labelled training pages."""

from __future__ import annotations

from collections import Counter

from service.core.segment import normalize
from training.align import CHROME, CONTENT
from training.dataset import training_augmentation
from training.stories import load_stories, stories_checksum, story_pages

#: At least this many languages and stories per language.
MIN_LANGUAGES = 8
MIN_STORIES_PER_LANGUAGE = 6


def test_the_stories_are_many_languages_with_unique_ids_of_their_language() -> None:
    stories = load_stories()
    per_language = Counter(story.lang for story in stories)
    assert len(per_language) >= MIN_LANGUAGES
    assert min(per_language.values()) >= MIN_STORIES_PER_LANGUAGE
    assert len({story.id for story in stories}) == len(stories)
    for story in stories:
        assert story.id.startswith(f"{story.lang}-")
        assert story.headline and len(story.paragraphs) >= MIN_STORIES_PER_LANGUAGE
        assert all(text.strip() == text and text for text in story.paragraphs)
    assert len(stories_checksum()) == 64


def test_a_story_page_is_its_paragraphs_as_content_the_headline_unlabelled_the_rest_chrome() -> None:
    stories = load_stories()[:: len(load_stories()) // MIN_LANGUAGES]
    pages = story_pages(training_augmentation(), seed=1, stories=stories)
    assert [page.key for page in pages] == [f"stories/{story.id}" for story in stories]
    chrome_seen = 0
    for story, page in zip(stories, pages, strict=True):
        assert page.split == "train"
        own = {normalize(text) for text in story.paragraphs}
        for paragraphs, labels in (page.paragraphs, page.labels), page.augmented or ((), ()):
            label_of = {p.text: label for p, label in zip(paragraphs, labels, strict=True)}
            if not label_of:
                continue
            assert all(label_of[text] == CONTENT for text in own)
            assert label_of[normalize(story.headline)] is None
            chrome_seen += sum(label == CHROME for label in labels)
    assert chrome_seen, "the pages show chrome around their stories"
