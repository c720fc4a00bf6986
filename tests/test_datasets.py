"""The project's own data: chrome library, hard content, fixtures, recorded splits."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.builders import EXAMPLES, ROOT
from training.chrome import (
    CHROME_DIR,
    CHROME_WORD_NEWS,
    KINDS,
    LEADINS,
    MORE_HANDS,
    load_hard_content,
    load_leadins,
    load_library,
    load_lone,
    load_other_hands,
)

LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ja", "zh", "hi", "ar", "ru", "ko", "tr", "id", "sv", "cs"}


def test_chrome_library_is_typed_multilingual_and_large_enough() -> None:
    blocks = load_library()
    lines = [line for b in blocks for line in b.lines]
    assert len(lines) >= 300
    assert len({b.lang for b in blocks}) >= 8 and {b.lang for b in blocks} <= LANGS
    assert {b.kind for b in blocks} == set(KINDS)
    assert len({b.id for b in blocks}) == len(blocks)
    assert all(line and line == line.strip() for line in lines)
    per_kind_langs = {kind: {b.lang for b in blocks if b.kind == kind} for kind in KINDS}
    assert all(len(langs) >= 8 for langs in per_kind_langs.values()), per_kind_langs
    assert any(len(b.lines) >= 3 for b in blocks if b.kind == "pricing"), "plan lists come as blocks"


def test_every_kind_keeps_held_out_blocks() -> None:
    blocks = load_library()
    held = Counter(b.kind for b in blocks if b.split == "heldout")
    assert set(held) == set(KINDS)
    assert all(b.split in {"train", "heldout"} for b in blocks)
    train_lines = {line for b in blocks if b.split == "train" for line in b.lines if len(line) > 20}
    heldout_long = [line for b in blocks if b.split == "heldout" for line in b.lines if len(line) > 20]
    assert not train_lines & set(heldout_long), "held-out chrome must be worded differently"


def test_chrome_files_are_well_formed() -> None:
    for kind in KINDS:
        data = json.loads((CHROME_DIR / f"{kind}.json").read_text(encoding="utf-8"))
        assert data["kind"] == kind and data["blocks"]


def test_leadins_are_multilingual_distinct_and_trimmed() -> None:
    leadins = load_leadins()
    langs = {item["lang"] for item in json.loads(LEADINS.read_text(encoding="utf-8"))["leadins"]}
    assert len(langs) >= 8 and langs <= LANGS
    assert len(set(leadins.texts)) == len(leadins.texts) and all(t and t == t.strip() for t in leadins.texts)
    assert leadins.separators and all(sep.strip() for sep in leadins.separators)


def test_lone_lines_are_multilingual_distinct_and_partly_held_out() -> None:
    lone = load_lone()
    lines = lone.chrome + lone.content
    assert len(lone.chrome) >= 300 and len(lone.content) >= 200
    assert {line.kind for line in lone.chrome} <= set(KINDS) and {line.kind for line in lone.content} == {None}
    assert len({line.lang for line in lone.chrome}) >= 8 and {line.lang for line in lines} <= LANGS
    texts = [line.text for line in lines]
    assert len(set(texts)) == len(texts) and all(t and t == " ".join(t.split()) for t in texts)
    held = load_lone(split="heldout")
    for part, kept in ((lone.chrome, held.chrome), (lone.content, held.content)):
        assert 0.15 <= len(kept) / len(part) <= 0.3
        assert {line.split for line in part} == {"train", "heldout"}


def test_lines_by_other_hands_are_apart_from_every_set_the_project_trains_or_tunes_on() -> None:
    """``datasets/other_hands/`` measures chrome nobody wrote the library or the rules from: none of its
    lines may be a line of the library, the lone lines, the hard content or the lead-ins."""
    other = load_other_hands()
    lines = other.chrome + other.content
    assert len(other.chrome) >= 700 and len(other.content) >= 330
    assert {line.kind for line in other.chrome} <= set(KINDS) and {line.kind for line in other.content} == {None}
    assert len({line.lang for line in other.chrome}) >= 16 and {line.split for line in lines} == {"heldout"}
    texts = [line.text for line in lines]
    assert len(set(texts)) == len(texts) and all(t and t == " ".join(t.split()) for t in texts)
    lone = load_lone(chrome_word_news=CHROME_WORD_NEWS, more_hands=MORE_HANDS)
    trained = {line.casefold() for block in load_library() for line in block.lines}
    trained |= {line.text.casefold() for line in lone.chrome + lone.content}
    trained |= {text.casefold() for text in load_hard_content()} | {text.casefold() for text in load_leadins().texts}
    assert not [t for t in texts if t.casefold() in trained]


def test_lines_by_fresh_hands_are_typed_and_apart_from_every_other_set() -> None:
    """``datasets/fresh_hands/`` (the lines 2026-12-08's rules were grown from): typed, by four writers, and
    none of its lines is a line of the library, the lone lines, the hard content, the lead-ins or other hands'."""
    data = json.loads((ROOT / "datasets" / "fresh_hands" / "fresh_hands.json").read_text(encoding="utf-8"))
    chrome, content = data["chrome"], data["content"]
    assert len(chrome) >= 600 and len(content) >= 300
    assert {item["kind"] for item in chrome} <= set(KINDS) and all("kind" not in item for item in content)
    assert {item["writer"] for item in chrome + content} == {"a", "b", "c", "d"}
    assert len({item["lang"] for item in chrome}) >= 17
    texts = [item["text"] for item in chrome + content]
    assert len({t.casefold() for t in texts}) == len(texts) and all(t and t == " ".join(t.split()) for t in texts)
    other = load_other_hands()
    lone = load_lone(chrome_word_news=CHROME_WORD_NEWS, more_hands=MORE_HANDS)
    known = {line.casefold() for block in load_library() for line in block.lines}
    known |= {line.text.casefold() for line in lone.chrome + lone.content + other.chrome + other.content}
    known |= {text.casefold() for text in load_hard_content()} | {text.casefold() for text in load_leadins().texts}
    assert not [t for t in texts if t.casefold() in known]


def test_news_in_chrome_words_are_training_content_lines_apart_from_the_held_out_ones() -> None:
    plain, more = load_lone(), load_lone(chrome_word_news=CHROME_WORD_NEWS)
    added = more.content[len(plain.content) :]
    assert more.content[: len(plain.content)] == plain.content and more.chrome == plain.chrome
    assert len(added) >= 250 and {line.split for line in added} == {"train"} and {line.kind for line in added} == {None}
    assert {line.lang for line in added} <= LANGS and len({line.lang for line in added}) >= 15
    texts = [line.text for line in more.chrome + more.content]
    assert len(set(texts)) == len(texts) and all(t == " ".join(t.split()) for t in texts)
    assert load_lone(split="heldout", chrome_word_news=CHROME_WORD_NEWS) == load_lone(split="heldout")


def _strings(value: object) -> list[str]:
    """Every string in a parsed JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


def test_lines_by_more_hands_are_training_lines_apart_from_the_rest() -> None:
    """``datasets/lone/more_hands.json`` only adds training lines, none of them a string of another file
    of ``datasets/`` (the library, the other lone lines, the fixture and unseen pages' truth, ...)."""
    plain, more = (
        load_lone(chrome_word_news=CHROME_WORD_NEWS),
        load_lone(chrome_word_news=CHROME_WORD_NEWS, more_hands=MORE_HANDS),
    )
    chrome, content = more.chrome[len(plain.chrome) :], more.content[len(plain.content) :]
    assert more.chrome[: len(plain.chrome)] == plain.chrome and more.content[: len(plain.content)] == plain.content
    assert len(chrome) >= 300 and len(content) >= 200
    assert {line.kind for line in chrome} == set(KINDS) and {line.kind for line in content} == {None}
    assert {line.split for line in chrome + content} == {"train"}
    assert {line.lang for line in chrome + content} <= LANGS and len({line.lang for line in chrome}) >= 15
    texts = [line.text.casefold() for line in more.chrome + more.content]
    assert len(set(texts)) == len(texts)
    elsewhere = {
        text.casefold()
        for path in (ROOT / "datasets").rglob("*.json")
        if path != MORE_HANDS
        for text in _strings(json.loads(path.read_text(encoding="utf-8")))
    }
    assert not [line.text for line in chrome + content if line.text.casefold() in elsewhere]
    assert load_lone(split="heldout", more_hands=MORE_HANDS) == load_lone(split="heldout")


def test_hard_content() -> None:
    items = load_hard_content()
    assert len(items) >= 150 and all(items)


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="../shared/examples is not beside the repository")
def test_no_shared_example_text_is_copied_into_the_repository() -> None:
    lines = [
        line for line in (EXAMPLES / "syndicated-page.txt").read_text(encoding="utf-8").splitlines() if len(line) >= 60
    ]
    for path in ROOT.rglob("*"):
        if (
            any(part in {".venv", ".git", ".cache", "node_modules", "wheelhouse"} for part in path.parts)
            or not path.is_file()
        ):
            continue
        if path.suffix not in {".py", ".json", ".md", ".html", ".txt", ".tsv", ".toml", ".yaml", ".yml", ".sh", ""}:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        assert not any(line[:60] in text for line in lines), f"{path} holds text of ../shared/examples"
