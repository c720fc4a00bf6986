"""Writing the output in flushed batches, and recovering it after a killed run."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from service.batch import output
from service.batch.errors import BatchError
from service.batch.output import LineWriter, complete_members, line_key, recover_output


def line(key: str, **extra: object) -> bytes:
    return (json.dumps({"key": key, **extra}, separators=(",", ":")) + "\n").encode()


def write(path: Path, keys: list[str], *, append: bool = False) -> None:
    with LineWriter(path, append=append) as writer:
        for key in keys:
            writer.write(line(key, text="x" * 50))


@pytest.fixture
def small_flushes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three lines per flush: a .gz output gets several members."""
    monkeypatch.setattr(output, "FLUSH_LINES", 3)


def keys_of(path: Path) -> list[str]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        return [json.loads(raw)["key"] for raw in handle]


@pytest.mark.usefixtures("small_flushes")
def test_a_gzip_output_is_one_member_per_flush_and_reads_as_one_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    write(path, [f"f:{i}" for i in range(8)])
    write(path, ["f:8"], append=True)
    assert len(list(complete_members(path))) == 4
    assert keys_of(path) == [f"f:{i}" for i in range(9)]


def test_recover_keeps_every_key_of_an_intact_output(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write(path, ["a:1", "a:2"])
    assert recover_output(path) == {"a:1", "a:2"}
    assert recover_output(tmp_path / "missing.jsonl") == set()


def test_recover_cuts_a_partial_last_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write(path, ["a:1", "a:2", "a:3"])
    data = path.read_bytes()
    path.write_bytes(data[:-10])
    assert recover_output(path) == {"a:1", "a:2"}
    assert path.read_bytes() == data[: data.rindex(b"\n", 0, len(data) - 10) + 1]


@pytest.mark.usefixtures("small_flushes")
@pytest.mark.parametrize("cut", [1, 7, 25])
def test_recover_cuts_a_damaged_last_gzip_member(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "out.jsonl.gz"
    write(path, [f"a:{i}" for i in range(7)])  # members of 3, 3 and 1 lines
    ends = [end for end, _ in complete_members(path)]
    path.write_bytes(path.read_bytes()[: ends[-1] - cut])
    assert recover_output(path) == {f"a:{i}" for i in range(6)}
    assert path.stat().st_size == ends[1]
    write(path, ["a:6"], append=True)
    assert keys_of(path) == [f"a:{i}" for i in range(7)]


def test_recover_drops_a_gzip_member_that_ends_inside_a_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    whole = line("a:1") + line("a:2")
    path.write_bytes(gzip.compress(whole[:5]) + gzip.compress(whole[5:-3]))
    assert recover_output(path) == set()
    assert path.stat().st_size == 0


def test_recover_stops_at_garbage_after_the_members(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    good = gzip.compress(line("a:1"))
    path.write_bytes(good + b"\x1f\x8bnot gzip at all")
    assert recover_output(path) == {"a:1"}
    assert path.read_bytes() == good


def test_a_file_that_is_not_a_batch_output_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(BatchError, match="winnow batch output"):
        recover_output(path)


def test_line_key_reads_escaped_keys_and_falls_back_to_json() -> None:
    assert line_key(line('we"ird:3'), Path("x")) == 'we"ird:3'
    assert line_key(b'{"source": {}, "key": "late:1"}\n', Path("x")) == "late:1"
