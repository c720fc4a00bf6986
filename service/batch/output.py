"""The JSON-lines output: writing it in flushed batches, and reading it back to resume.

A ``.gz`` output is written as one gzip member per flush (gzip readers concatenate
members), so a killed run leaves at most one damaged member at the end. Resuming cuts the
file back to its last complete line (plain) or last complete member ending on a line
(gzip), and returns the keys of the lines kept.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .documents import GZIP_SUFFIX
from .errors import BatchError

#: Lines buffered before a flush (a gzip member), and the longest a line waits for one.
FLUSH_LINES = 64
FLUSH_SECONDS = 5.0
GZIP_LEVEL = 6
#: zlib window bits for a gzip header and trailer.
GZIP_WBITS = 16 + zlib.MAX_WBITS
READ_CHUNK = 1 << 20
#: Output lines start with their key: read it without parsing the whole line.
KEY_PREFIX = re.compile(rb'^\{"key":("(?:[^"\\]|\\.)*")')


def is_gzip(path: Path) -> bool:
    return path.name.lower().endswith(GZIP_SUFFIX)


class LineWriter:
    """Append lines to a ``.jsonl`` or ``.jsonl.gz`` file (``compress``: default by name), in batches."""

    def __init__(self, path: Path, *, append: bool = False, compress: bool | None = None) -> None:
        self.path = path
        self.compress = is_gzip(path) if compress is None else compress
        self._handle: BinaryIO = path.open("ab" if append else "wb")
        self._buffer: list[bytes] = []
        self._flushed_at = time.monotonic()

    def write(self, line: bytes) -> None:
        self._buffer.append(line)
        if len(self._buffer) >= FLUSH_LINES or time.monotonic() - self._flushed_at >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered lines (as one gzip member when compressing) and flush the file."""
        self._flushed_at = time.monotonic()
        if not self._buffer:
            return
        data = b"".join(self._buffer)
        self._buffer.clear()
        self._handle.write(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0) if self.compress else data)
        self._handle.flush()

    def close(self) -> None:
        self.flush()
        self._handle.close()

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def recover_output(path: Path) -> set[str]:
    """Keys of the complete lines of an earlier output, after cutting off a damaged tail."""
    if not path.exists():
        return set()
    keys, good = (_scan_gzip if is_gzip(path) else _scan_plain)(path)
    if good < path.stat().st_size:
        os.truncate(path, good)
    return keys


def line_key(line: bytes, path: Path) -> str:
    """The ``key`` of an output line."""
    match = KEY_PREFIX.match(line)
    try:
        key = json.loads(match.group(1)) if match else json.loads(line).get("key")
    except (ValueError, AttributeError):
        key = None
    if not isinstance(key, str):
        raise BatchError(f"{path} holds a line without a document key: is it a winnow batch output?")
    return key


def _scan_plain(path: Path) -> tuple[set[str], int]:
    keys: set[str] = set()
    good = 0
    with path.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break
            keys.add(line_key(line, path))
            good += len(line)
    return keys, good


def _scan_gzip(path: Path) -> tuple[set[str], int]:
    """Keys up to the last complete member that ends on a line boundary, and its end offset."""
    keys: set[str] = set()
    good, carry, pending = 0, b"", []
    for end, data in complete_members(path):
        *lines, carry = (carry + data).split(b"\n")
        pending.extend(lines)
        if not carry:
            keys.update(line_key(line, path) for line in pending)
            pending, good = [], end
    return keys, good


def complete_members(path: Path) -> Iterator[tuple[int, bytes]]:
    """(end offset, decompressed data) of each complete gzip member, up to the first damaged one."""
    offset, member_bytes, parts, data = 0, 0, [], b""
    decompressor = zlib.decompressobj(GZIP_WBITS)
    with path.open("rb") as handle:
        while data or (data := handle.read(READ_CHUNK)):
            try:
                parts.append(decompressor.decompress(data))
            except zlib.error:
                return
            if not decompressor.eof:
                member_bytes += len(data)
                data = b""
                continue
            offset += member_bytes + len(data) - len(decompressor.unused_data)
            yield offset, b"".join(parts)
            data, member_bytes, parts = decompressor.unused_data, 0, []
            decompressor = zlib.decompressobj(GZIP_WBITS)
