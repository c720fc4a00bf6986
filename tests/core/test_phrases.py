"""The rules of set wordings (:mod:`service.core.phrases`): editorial notes, reading walls, subscription
offers, reader prompts."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from service.core import accounts, notes, offers, prompts, rights, walls
from service.core.notes import NOTES, note_of
from service.core.offers import OFFERS
from service.core.phrases import PhraseGate, PhraseRule, Phrases, fold
from service.core.prompts import PROMPTS
from service.core.walls import WALLS, wall_of
from tests.builders import ROOT

#: A rule of one kind whose pattern takes a line's opening quotation mark in, as ``^\W*`` does.
ASK = PhraseRule({"ask": Phrases(triggers="report", patterns=(r"^\W*report errors\b",))}, 5, 200)


@pytest.mark.parametrize("kinds", [NOTES, WALLS, OFFERS, PROMPTS], ids=["notes", "walls", "offers", "prompts"])
def test_every_kind_has_triggers_and_patterns(kinds: dict[str, Phrases]) -> None:
    for what, phrases in kinds.items():
        assert phrases.triggers.split(), what
        assert phrases.patterns, what


def test_a_pattern_that_takes_the_opening_quotation_mark_in_still_reads_speech() -> None:
    assert ASK.kind_of("Report errors to the editors") == "ask"
    assert ASK.kind_of("“Report errors to the tax office within 30 days,” the ombudsman said.") is None
    assert ASK.kind_of('"Report errors within 30 days," she said.') is None


@pytest.mark.parametrize(
    "line",
    [
        "»Report errors to us«, sagte der Richter.",  # German guillemets, the closing one first
        "”Report errors to us” sa hon.",  # Swedish: the same mark opens and closes
    ],
)
def test_every_style_of_double_quotation_mark_reads_speech(line: str) -> None:
    assert ASK.kind_of(line) is None


def test_typographic_apostrophes_read_as_straight_ones() -> None:
    rule = PhraseRule({"listen": Phrases(triggers="écouter", patterns=(r"^\W*écouter l'article\b",))}, 5, 200)
    assert rule.kind_of("Écouter l’article") == "listen"
    assert rule.kind_of("Écouter l'article") == "listen"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("ÜCRETSİZ HABER HAKKINIZ DOLDU", wall_of),
        ("REKLAM ENGELLEYİCİ KULLANDIĞINIZI FARK ETTİK", wall_of),
        ("BU İÇERİK OTOMATİK OLARAK YAYIMLANMIŞTIR.", note_of),
    ],
)
def test_turkish_capitals_read_as_the_same_line_in_lower_case(line: str, rule: Callable[[str], str | None]) -> None:
    # str.lower writes "İ" as "i" and a combining dot, and "I" as "i" where Turkish means "ı".
    assert rule(line) is not None
    assert rule(line) == rule(line.replace("İ", "i").replace("I", "ı").lower())


def test_folding_keeps_a_line_s_length_so_positions_carry_over() -> None:
    for line in ("İLGİLİ HABERLER", "Yalnızca ABONELERE özel", "Straße — ÉCOUTER"):
        assert len(fold(line)) == len(line)
    assert fold("İLGİLİ YAZILAR") == "ilgili yazilar"


def test_a_pattern_with_a_dotless_i_matches_either_i() -> None:
    rule = PhraseRule({"wall": Phrases(triggers="yalnızca", patterns=(r"^yalnızca abonelere özel$",))}, 5, 200)
    assert rule.kind_of("YALNIZCA ABONELERE ÖZEL") == "wall"
    assert rule.kind_of("Yalnızca abonelere özel") == "wall"


def _written_texts() -> list[str]:
    """Every line of the rules' written sets (chrome and stories), and of the lone lines."""
    texts: list[str] = []
    for path in sorted((ROOT / "datasets").glob("*/*.json")):
        if path.parent.name in {"notes", "walls", "offers", "prompts", "accounts", "navigation", "rule_lines", "lone"}:
            data = json.loads(path.read_text(encoding="utf-8"))
            for items in data.values():
                texts += [item["text"] for item in items if isinstance(item, dict) and "text" in item]
    return texts


def test_the_gate_refuses_no_line_a_phrase_rule_takes() -> None:
    texts = _written_texts()
    assert len(texts) > 3000
    rules = [rule for module in (notes, rights, walls, accounts, offers, prompts) for rule in module.PHRASE_RULES]
    gate = PhraseGate(rules)
    taken = [text for text in texts if any(rule.kind_of(text) is not None for rule in rules)]
    assert len(taken) > 1000 and all(gate.may_match(text) for text in taken)
    # most lines of a page hold no rule's trigger word: the gate refuses them
    assert not gate.may_match("The council voted on Tuesday to close the ferry route.")
    assert not gate.may_match("x" * (gate.max_chars + 1)) and not gate.may_match("")


def test_a_line_in_a_script_without_spaces_passes_the_gate_by_its_marks() -> None:
    gate = PhraseGate(prompts.PHRASE_RULES + notes.PHRASE_RULES)
    assert gate.may_match("本文由人工智能生成，经编辑审核。")
