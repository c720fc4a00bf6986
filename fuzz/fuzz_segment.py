"""Coverage-guided fuzzing of the parse/segment path with atheris (libFuzzer).

    python fuzz/fuzz_segment.py -max_total_time=30            # new inputs go to a temporary dir
    python fuzz/fuzz_segment.py -max_total_time=30 CORPUS_DIR # libFuzzer's usual corpus arguments

One input is one call: its first byte picks the kind of input and the charset, the rest is
the payload (see ``exercise``). Only Winnow's own errors may escape; anything else, or a
paragraph that breaks an invariant, is a crash. libFuzzer writes the crashing input to
``fuzz/corpus/regressions/`` (unless ``-artifact_prefix`` says otherwise), where
``tests/reliability/test_fuzz.py`` replays it on every run from then on.

``exercise`` needs no atheris, so the replay runs everywhere.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = HERE / "corpus" / "seeds"
REGRESSIONS = HERE / "corpus" / "regressions"
#: Charsets a caller may name (None: the page's own declaration or the fallbacks), hostile ones included.
CHARSETS = (None, "utf-8", "windows-1252", "utf-16", "shift_jis", "rot13", "unicode_escape", "x-bogus")
MODES = ("html-bytes", "html-str", "text-bytes", "paragraphs")
PARAGRAPH_SEPARATOR = b"\n"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _imports() -> None:
    global Limits, WinnowError, normalize, segment
    from service.core.classify import Limits, segment
    from service.core.errors import WinnowError
    from service.core.segment import normalize


def fuzz_limits() -> object:
    """Limits small enough that one input stays fast, large enough that they are rarely the answer."""
    return Limits(max_bytes=1 << 20, max_paragraphs=2_000, max_elements=20_000, max_depth=512, max_chars=200_000)


def decode_input(data: bytes) -> dict[str, object]:
    """The ``segment`` keywords an input stands for."""
    selector, payload = data[0], data[1:]
    mode = MODES[selector % len(MODES)]
    charset = CHARSETS[(selector // len(MODES)) % len(CHARSETS)]
    if mode == "html-bytes":
        return {"html": payload, "charset": charset}
    if mode == "html-str":  # surrogateescape: undecodable bytes become lone surrogates
        return {"html": payload.decode("utf-8", "surrogateescape")}
    if mode == "text-bytes":
        return {"text": payload, "charset": charset}
    return {"paragraphs": [part.decode("utf-8", "surrogateescape") for part in payload.split(PARAGRAPH_SEPARATOR)]}


def exercise(data: bytes) -> None:
    """Segment one input; raise AssertionError (or whatever escaped) when Winnow misbehaves."""
    if not data:
        return
    try:
        _, segmentation = segment(limits=fuzz_limits(), **decode_input(data))
    except WinnowError:
        return
    for index, paragraph in enumerate(segmentation.paragraphs):
        assert paragraph.index == index, "paragraphs are numbered in order"
        assert paragraph.text and paragraph.text == normalize(paragraph.text), "paragraph text is normalised"
        paragraph.text.encode("utf-8")  # no lone surrogate reaches a result
        assert 0 <= paragraph.link_chars <= len(paragraph.text)


def with_defaults(argv: list[str]) -> list[str]:
    """libFuzzer arguments, plus a scratch corpus and the seeds when no corpus dir is given."""
    args = list(argv)
    if not any(arg.startswith("-artifact_prefix=") for arg in args[1:]):
        args.append(f"-artifact_prefix={REGRESSIONS}/")
    if not [arg for arg in args[1:] if not arg.startswith("-")]:
        args += [tempfile.mkdtemp(prefix="winnow-fuzz-"), str(SEEDS), str(REGRESSIONS)]
    return args


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["service"]):
        _imports()
    atheris.Setup(with_defaults(sys.argv), exercise)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
else:
    _imports()
