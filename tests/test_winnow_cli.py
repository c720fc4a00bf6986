"""The ``winnow classify`` command."""

from __future__ import annotations

import codecs
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from service import classify, load_model
from service.cli import is_blank, looks_like_html, main
from service.core.kinds import KINDS
from tests.builders import FIXTURES, fixture_pages


def run_classify(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(["classify", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_classify_prints_the_labelled_paragraphs(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path))
    expected = classify(load_model(tiny_model_path), html=page.read_bytes())
    assert result["mode"] == "html"
    assert [p["score"] for p in result["paragraphs"]] == [p.score for p in expected.paragraphs]  # type: ignore[union-attr]
    assert main(["classify", str(page), "--model", str(tiny_model_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(expected.paragraphs) and lines[0].split()[0] in {"content", "chrome"}
    width = max(map(len, KINDS))  # the kind column fits the longest kind
    for line, paragraph in zip(lines, expected.paragraphs, strict=True):
        kind = paragraph.kind or ""
        assert line == f"{paragraph.label.value:7} {paragraph.score:.4f}  {kind:{width}}  {paragraph.text}"


def test_json_format_is_the_api_response(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    """The README calls it the API's response, but it lacked elapsed_ms, which the API schema requires."""
    from service.api.schemas import ClassifyResponse

    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path))
    ClassifyResponse.model_validate(result)
    assert set(result) <= set(ClassifyResponse.model_fields)
    assert isinstance(result["elapsed_ms"], float) and result["elapsed_ms"] > 0


def test_text_format_shows_each_chrome_paragraphs_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    article = "The council approved the budget on Tuesday after a long debate about school funding and road repairs."
    page.write_text(f"{article}\nSubscribe now for $1 a week\nAlready a subscriber? Sign in\n", encoding="utf-8")
    assert main(["classify", str(page)]) == 0  # the committed model, which has the chrome-kind stage
    rows = [line.split(maxsplit=3) for line in capsys.readouterr().out.splitlines()]
    assert [row[0] for row in rows] == ["content", "chrome", "chrome"]
    assert rows[0][2] == "The" and {rows[1][2], rows[2][2]} <= set(KINDS)


def test_classify_prints_the_content_text_alone(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    expected = classify(load_model(tiny_model_path), html=page.read_bytes())
    assert expected.content_text, "the fixture page has an article"
    assert main(["classify", str(page), "--model", str(tiny_model_path), "--format", "content"]) == 0
    assert capsys.readouterr().out == expected.content_text + "\n"
    chrome_only = tmp_path / "chrome.txt"
    chrome_only.write_text("Subscribe\nSign in\n", encoding="utf-8")
    assert (
        main(["classify", str(chrome_only), "--model", str(tiny_model_path), "--format", "content", "--threshold", "1"])
        == 0
    )
    assert capsys.readouterr().out == "", "no article: nothing printed, not an empty line"


def test_no_text_pass_reads_html_with_the_html_model_alone(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path), "--no-text-pass")
    expected = classify(load_model(tiny_model_path, text_pass=False), html=page.read_bytes())
    assert [p["score"] for p in result["paragraphs"]] == [p.score for p in expected.paragraphs]  # type: ignore[union-attr]
    both = run_classify(capsys, str(page), "--model", str(tiny_model_path))
    assert both["paragraphs"] != result["paragraphs"]


FRAGMENT = "<h1>Port reopens</h1>\n<section><p>The port reopened on Monday after the storm.</p>\n<ul><li>Ferries run.</li></ul></section>"
MARKDOWN = "# Title\n\nMention of a <div> element in prose, and `<p>text</p>` in code.\n\n- item one\n"


@pytest.mark.parametrize(
    ("data", "name", "html"),
    [
        (FRAGMENT.encode(), None, True),  # an extractor's article: closing tags, no page shell
        (b"<!-- " + b"x" * 5000 + b" -->\n<!doctype html><p>Story.</p>", None, True),  # a long comment first
        # more white space or comments first than the window reads: it starts after them
        (b" " * 70_000 + b"<!doctype html><p>Story.</p>", None, True),
        (b"<!-- " + b"x" * 70_000 + b" -->\n<!-- two -->\n<!doctype html><p>Story.</p>", None, True),
        (b"\n" * 70_000 + FRAGMENT.encode(), None, True),
        (b"\xef\xbb\xbf" + b" " * 70_000 + b"<!doctype html><p>Story.</p>", None, True),  # after a byte-order mark
        (("\u3000" * 30_000 + "<!doctype html><p>Story.</p>").encode(), None, False),  # ASCII white space only
        (b"<!-- " + b"x" * 70_000 + b"\nno end to the comment", None, False),
        (b'<?xml version="1.0"?><html><body><p>x</p></body></html>', None, True),
        ("<html><body><p>Zürich</p></body></html>".encode("utf-16"), None, True),
        (MARKDOWN.encode(), None, False),  # tags mentioned in prose and in code
        (b"Open a page with `<!DOCTYPE html>`, then `<html>`.\nAnother paragraph.", None, False),  # a shell in code
        (b"# Skeleton\n\n```html\n<html>\n<body></body>\n</html>\n```\n\nThat is all.\n", None, False),
        (b"<!DOCTYPE html><script>let s = `<p>${x}</p>`;</script><p>Story.</p>", None, True),  # backticks in a page
        (b"A line about <b> tags.\nAnother line.", None, False),
        # text that mentions a page's tags, and Markdown with inline tags, stay text (they were HTML)
        (b"Place the script tag at the end of <body> rather than in the head.\nIt renders sooner.\n", None, False),
        (b"The <b>new budget</b> is <em>historic</em>, the minister said.\nA second line.\n", None, False),
        (b"<p>Hello world article paragraph here.</p>", None, True),  # a fragment opens with a tag
        (b"  \n<div class=story>One.<br>Two.</div>", None, True),
        (b"<3 this story\nA second line.", None, False),
        (b"<b>Breaking:</b> the minister resigned.\nA second line.\n", None, False),  # an inline tag first
        (b"<snip>\nA quoted line.\n", None, False),
        (
            b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!doctype html>\n<html><head><script>"
            + b"x" * 70_000
            + b"</script></head><body><p>Story.</p></body></html>",
            None,
            True,
        ),  # headers first
        (b"", None, False),
        (b"Plain text saved as page.html", "page.html", True),  # the name's ending decides first
        (FRAGMENT.encode(), "notes.md", False),
    ],
)
def test_html_is_told_from_text(data: bytes, name: str | None, html: bool) -> None:
    assert looks_like_html(data, name) is html


def test_charset_help_says_how_input_is_decoded(capsys: pytest.CaptureFixture[str]) -> None:
    """The help said "(default: detected)", but text is read as strict UTF-8, with no detection."""
    with pytest.raises(SystemExit):
        main(["classify", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert "default: detected)" not in usage.split("--charset")[-1]
    assert "HTML by its byte-order mark, XML or <meta> declaration" in usage
    assert "valid non-ASCII UTF-8 wins over a declared charset), else UTF-8, else windows-1252" in usage
    assert "text by its byte-order mark, else strict UTF-8" in usage


def test_an_xhtml_file_is_read_as_xhtml(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    """Its CDATA sections are text, as a browser opening the file shows them; a .html file's are not."""
    page = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Before. <![CDATA[The council voted.]]> After.</p>'
    for name, text in (("page.xhtml", "Before. The council voted. After."), ("page.html", "Before. After.")):
        (tmp_path / name).write_text(page, encoding="utf-8")
        result = run_classify(capsys, str(tmp_path / name), "--model", str(tiny_model_path))
        assert [p["text"] for p in result["paragraphs"]] == [text]  # type: ignore[union-attr]


UTF16_PAGE = "<html><body><p>The port reopened on Monday after the storm.</p><p>Ferries run.</p></body></html>"


def test_charset_is_used_to_tell_html_from_text(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    """A UTF-16 page without a byte-order mark or a suffix was sniffed as Latin-1, hence read as text."""
    page = tmp_path / "page"
    page.write_bytes(UTF16_PAGE.encode("utf-16-le"))
    result = run_classify(capsys, str(page), "--model", str(tiny_model_path), "--charset", "utf-16le")
    assert result["mode"] == "html"
    assert [p["text"] for p in result["paragraphs"]] == [  # type: ignore[union-attr]
        "The port reopened on Monday after the storm.",
        "Ferries run.",
    ]
    assert looks_like_html(page.read_bytes(), None, "utf-16le") and not looks_like_html(page.read_bytes())
    # white space first: UTF-16's space is two bytes, and skipping a one-byte space misaligned the reading
    spaced = ("  \n" + UTF16_PAGE).encode("utf-16-le")
    assert looks_like_html(spaced, None, "utf-16le")
    notes = tmp_path / "notes"
    notes.write_bytes("Zürich\nA line about <b> tags.\n".encode("utf-16-le"))
    assert run_classify(capsys, str(notes), "--model", str(tiny_model_path), "--charset", "utf-16le")["mode"] == "text"
    for label in ("no-such-charset", "utf-16-le"):  # Python's name, not a label of the Encoding Standard
        assert main(["classify", str(page), "--model", str(tiny_model_path), "--charset", label]) == 2
        assert capsys.readouterr().err == f"winnow: unknown charset '{label}'\n"


@pytest.mark.parametrize(
    ("name", "data", "warned"),
    [
        ("lines.html", b"Council approves the tram line\nShare on Facebook\n", "named as html but holds text"),
        ("page.txt", b"<!doctype html><html><body><p>A story.</p></body></html>", "named as text but holds html"),
        ("page.html", b"<!doctype html><html><body><p>A story.</p></body></html>", None),
        ("lines.txt", b"Council approves the tram line\nShare on Facebook\n", None),
    ],
)
def test_a_file_whose_name_and_content_disagree_is_read_by_its_name_with_a_warning(
    capsys: pytest.CaptureFixture[str],
    tiny_model_path: Path,
    tmp_path: Path,
    name: str,
    data: bytes,
    warned: str | None,
) -> None:
    (tmp_path / name).write_bytes(data)
    assert main(["classify", str(tmp_path / name), "--model", str(tiny_model_path)]) == 0
    err = capsys.readouterr().err
    assert (warned in err) if warned else err == ""
    assert main(["classify", str(tmp_path / name), "--model", str(tiny_model_path), "--mode", "text"]) == 0
    assert capsys.readouterr().err == "", "a mode given is not second-guessed"


def test_blank_means_the_same_white_space_with_a_byte_order_mark_and_without() -> None:
    nbsp = "\u00a0"
    assert is_blank(b" \n") and is_blank(b"\xef\xbb\xbf \n") and is_blank(" \n".encode("utf-16"))
    assert not is_blank(nbsp.encode()) and not is_blank(codecs.BOM_UTF8 + nbsp.encode())
    assert not is_blank(nbsp.encode("utf-16"))


def test_an_empty_input_is_an_error_as_in_the_api(
    capsys: pytest.CaptureFixture[str], tiny_model_path: Path, tmp_path: Path
) -> None:
    """`: | winnow classify - --format json` printed an empty result and exited 0; the API answers 422."""
    empty = tmp_path / "empty.html"
    blanks = (b"", b"\n", b" \r\n\t\n", b"\xef\xbb\xbf\n", b"\xff\xfe", " \n".encode("utf-16"), b"\xfe\xff\x00\n")
    for data in blanks:  # white space alone (after any byte-order mark) printed nothing, exit 0
        empty.write_bytes(data)
        assert main(["classify", str(empty), "--model", str(tiny_model_path), "--format", "json"]) == 2
        assert capsys.readouterr() == ("", "winnow: the input is empty\n")
    command = [
        sys.executable,
        "-m",
        "service.cli",
        "classify",
        "-",
        "--model",
        str(tiny_model_path),
        "--format",
        "json",
    ]
    run = subprocess.run(command, input="", capture_output=True, text=True, check=False)
    assert (run.returncode, run.stdout, run.stderr) == (2, "", "winnow: the input is empty\n")


@pytest.mark.parametrize(
    ("file", "redirect", "message"),
    [
        ("-", "<&-", "winnow: standard input is closed: nothing to read for -"),
        ("page.html", ">&-", "winnow: standard output is closed: nowhere to print the result"),
    ],
)
def test_a_closed_stdin_or_stdout_is_an_error(
    tmp_path: Path, tiny_model_path: Path, file: str, redirect: str, message: str
) -> None:
    """Stdin closed gave a traceback and exit 1; stdout closed, no output and exit 0."""
    (tmp_path / "page.html").write_bytes(fixture_pages()[0].data)
    command = [sys.executable, "-m", "service.cli", "classify", file, "--model", str(tiny_model_path)]
    run = subprocess.run(
        f"{shlex.join(command)} {redirect}", shell=True, capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert (run.returncode, run.stderr) == (2, message + "\n")


def test_a_closed_pipe_ends_quietly(tmp_path: Path, tiny_model_path: Path) -> None:
    """`winnow classify page.html | head -1` reported "Broken pipe" and exited 2."""
    page = tmp_path / "page.html"
    page.write_bytes(fixture_pages()[0].data)
    command = [sys.executable, "-m", "service.cli", "classify", str(page), "--model", str(tiny_model_path)]
    run = subprocess.run(
        f"{shlex.join(command)} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 1
    assert run.stderr == ""


def test_text_format_shows_each_score_on_its_labels_side(capsys: pytest.CaptureFixture[str]) -> None:
    """The committed model's score map sends raw scores just under the cut to 0.4999: printed with three
    digits, that read 0.500 beside "chrome"."""
    printed = []
    for page in fixture_pages():
        assert main(["classify", str(FIXTURES / f"{page.name}.html")]) == 0
        for line in capsys.readouterr().out.splitlines():
            label, score = line.split()[:2]
            printed.append((label, float(score)))
    assert any(label == "chrome" and score > 0.49 for label, score in printed)  # the case is on these pages
    assert all((score >= 0.5) == (label == "content") for label, score in printed)
