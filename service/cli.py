"""The ``winnow`` command: classify files, serve the API, verify the model."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from .core.artifact import DEFAULT_MODEL_PATH, load_model, verify_model
from .core.errors import EmptyInputError, WinnowError

#: File name endings that say what a file holds (``--mode`` still wins).
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
#: The ending of an XHTML file, read as a browser opens one: its CDATA sections are text.
XHTML_SUFFIX = ".xhtml"
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
#: What ``winnow classify`` says of an empty file or stdin.
EMPTY_INPUT = "the input is empty"
#: What ``bytes.strip`` strips: white space is the same with a byte-order mark and without.
ASCII_WHITESPACE = " \t\n\r\x0b\x0c"
#: ``--format json`` gives ``elapsed_ms``, as the API does.
MS_PER_SECOND = 1000.0


def named_mode(name: str | None) -> str | None:
    """``html`` or ``text`` when a file's name ending says which it holds, else None (stdin too)."""
    suffix = Path(name).suffix.lower() if name else ""
    return "html" if suffix in HTML_SUFFIXES else "text" if suffix in TEXT_SUFFIXES else None


def is_xhtml(name: str | None) -> bool:
    """Whether a file's name says it holds XHTML (stdin, ``name`` None, is HTML)."""
    return name is not None and Path(name).suffix.lower() == XHTML_SUFFIX


def looks_like_html(data: bytes, name: str | None = None, charset: str | None = None) -> bool:
    """Whether a file (or stdin, ``name`` None) holds HTML rather than text with a paragraph per line:
    its name's ending decides first, else :func:`service.core.sniff.looks_like_html` (a whole page, or a
    fragment that opens with a tag or holds closing tags of block elements; an unknown ``charset`` is a
    ``DecodeError``)."""
    named = named_mode(name)
    if named is not None:
        return named == "html"
    from .core import sniff  # lxml loads with it, and only for the commands that parse

    return sniff.looks_like_html(data, charset)


def warn_if_misnamed(data: bytes, name: str, mode: str, charset: str | None) -> None:
    """Say on stderr when a file's name decided ``mode`` but its content reads as the other: a ``.html`` file
    of plain lines is one paragraph, a ``.txt`` file holding a page is read line by line, markup and all."""
    held = "html" if looks_like_html(data, None, charset) else "text"
    if held != mode:
        print(
            f"winnow: warning: {name} is named as {mode} but holds {held}; read as {mode} (--mode {held} reads it so)",
            file=sys.stderr,
        )


def is_blank(data: bytes) -> bool:
    """Whether the bytes hold white space alone, after a byte-order mark of any Unicode encoding or none."""
    from .core.parse import marked_encoding  # lxml loads with it, and only for the commands that parse

    marked = marked_encoding(data)
    if marked is None:
        return not data.strip()
    bom, codec = marked
    return not data[len(bom) :].decode(codec, "replace").strip(ASCII_WHITESPACE)


def cmd_classify(args: argparse.Namespace) -> int:
    # Python sets a stream closed at start-up to None (`winnow classify - <&-`, `... >&-`): print()
    # to None writes nothing, so without these the result would be lost and the exit status 0.
    if sys.stdout is None:
        raise OSError("standard output is closed: nowhere to print the result")
    if args.file == "-" and sys.stdin is None:
        raise OSError("standard input is closed: nothing to read for -")
    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    # as the API answers an empty body (a 422), not with an empty result; and white space alone (a
    # byte-order mark too), where a command has nothing to print
    if is_blank(data):
        raise EmptyInputError(EMPTY_INPUT)
    from .core.classify import SCORE_DIGITS, classify  # the scientific stack loads only for commands that need it
    from .core.kinds import KINDS
    from .core.report import result_dict

    name = None if args.file == "-" else args.file
    mode = args.mode or ("html" if looks_like_html(data, name, args.charset) else "text")
    if args.mode is None and name is not None and named_mode(name) is not None:
        warn_if_misnamed(data, name, mode, args.charset)
    model = load_model(args.model, text_pass=not args.no_text_pass)
    kwargs = {"html": data, "xhtml": is_xhtml(name)} if mode == "html" else {"text": data}
    started = time.perf_counter()  # the model is loaded, as the service's is before a request
    result = classify(model, threshold=args.threshold, charset=args.charset, **kwargs)  # type: ignore[arg-type]
    elapsed_ms = (time.perf_counter() - started) * MS_PER_SECOND
    if args.format == "json":  # the API's classify response, elapsed_ms included
        print(json.dumps(result_dict(result, model, elapsed_ms=elapsed_ms), ensure_ascii=False, indent=2))
    elif args.format == "content":
        if result.content_text:
            print(result.content_text)
    else:
        width = max(map(len, KINDS))
        for p in result.paragraphs:
            # as many digits as the JSON shows: fewer would round 0.4999 (chrome) up to the cut
            print(f"{p.label.value:7} {p.score:.{SCORE_DIGITS}f}  {p.kind or '':{width}}  {p.text}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    path = Path(args.model) if args.model else DEFAULT_MODEL_PATH
    manifest = verify_model(path)
    load_model(path)
    print(f"ok: {path} {manifest['name']} {manifest['version']} sha256 {manifest['sha256']}")
    return 0


#: ``winnow serve`` options and the settings they override (each is also a ``WINNOW_*`` variable).
SERVE_OPTIONS = ("host", "port", "workers", "model_path", "text_pass")


def cmd_serve(args: argparse.Namespace) -> int:
    from .api.server import run  # the HTTP stack is imported only to serve

    given = {name: getattr(args, name) for name in SERVE_OPTIONS}
    return run(overrides={name: value for name, value in given.items() if value is not None})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="winnow", description="Label paragraphs of web pages as content or chrome.")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("classify", help="classify an HTML or text file (or - for stdin)")
    c.add_argument("file")
    c.add_argument("--mode", choices=("html", "text"), help="input kind (default: detected)")
    c.add_argument(
        "--format",
        choices=("text", "json", "content"),
        default="text",
        help="text: each paragraph's label, score and chrome kind; json: the API response; content: the article alone",
    )
    c.add_argument("--threshold", type=float, default=None, help="content score cut-off in [0, 1]")
    c.add_argument(
        "--charset",
        default=None,
        help="charset of the input bytes, a label of the WHATWG Encoding Standard; a byte-order mark overrides it, "
        "and bytes that do not decode with it are an error (default: HTML by its byte-order mark, XML or <meta> "
        "declaration (valid non-ASCII UTF-8 wins over a declared charset), else UTF-8, else windows-1252; text by its "
        "byte-order mark, else strict UTF-8)",
    )
    c.add_argument("--model", default=None, help="model path (default: the committed model)")
    c.add_argument(
        "--no-text-pass",
        action="store_true",
        help="HTML, fragments included: the HTML model alone (faster, keeps more chrome)",
    )
    c.set_defaults(func=cmd_classify)
    v = sub.add_parser("verify-model", help="check the model's hash and versions, then load it")
    v.add_argument("--model", default=None)
    v.set_defaults(func=cmd_verify)
    s = sub.add_parser(
        "serve",
        help="start the HTTP service (configured by WINNOW_* environment variables; these options override them)",
    )
    s.add_argument("--host", default=None, help="interface to bind (WINNOW_HOST)")
    s.add_argument("--port", type=int, default=None, help="TCP port (WINNOW_PORT)")
    s.add_argument("--workers", type=int, default=None, help="worker processes (WINNOW_WORKERS)")
    s.add_argument("--model", dest="model_path", metavar="PATH", default=None, help="model path (WINNOW_MODEL_PATH)")
    s.add_argument(
        "--no-text-pass",
        dest="text_pass",
        action="store_const",
        const=False,
        default=None,
        help="read HTML with the HTML model alone (WINNOW_TEXT_PASS=false)",
    )
    s.set_defaults(func=cmd_serve)
    from .batch.cli import configure_parser as configure_batch  # options and command live in service.batch

    b = sub.add_parser("batch", help="classify JSON-lines and WARC files into a JSON-lines output")
    configure_batch(b)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (`winnow classify page.html | head`): not an error
        # Python would report the pipe again when it flushes stdout at exit: point it at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except WinnowError as exc:
        print(f"winnow: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"winnow: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
