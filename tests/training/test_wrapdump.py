"""Pages dumped as hard-wrapped text (the evaluation's fourth text-dump style)."""

from __future__ import annotations

from service.core.segment import segment_strings
from training.wrapdump import WIDTH, wrapped_dump, wrapped_text

BLOCKS = [
    "Home",
    "News",
    "The city council voted on Tuesday to close the old river bridge to cars from the first of March, after "
    "engineers found cracks in two of its piers. https://example.org/a-very-long-address-that-no-line-can-hold-at-all",
    "Engineers said the repairs would take at least six months and cost more than four million euros.",
    "市议会周二投票决定从三月一日起禁止汽车通过这座老桥，因为工程师去年秋天在两个桥墩上发现了裂缝。",
    "Share this article",
]


def test_blocks_are_broken_at_the_width_with_blank_lines_between() -> None:
    text = wrapped_text(segment_strings(BLOCKS))
    assert text.count("\n\n") == len(BLOCKS) - 1
    lines = text.splitlines()
    assert all(len(line) <= WIDTH for line in lines if " " in line)  # long words are not broken
    assert "https://example.org/a-very-long-address-that-no-line-can-hold-at-all" in lines


def test_text_mode_reads_the_dump_back_as_the_blocks() -> None:
    assert [p.text for p in wrapped_dump(segment_strings(BLOCKS))] == BLOCKS
