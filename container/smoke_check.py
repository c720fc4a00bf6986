"""Checks for container/smoke.sh, on the host side (standard library only).

    smoke_check.py config IMAGE_JSON          check the built image's config; print its CMD and healthcheck
    smoke_check.py wait URL SECONDS PID       poll URL until it answers 200 (fail early if PID dies)
    smoke_check.py classify URL TEXT LABELS MIN
                                              POST {"text": ...} and compare the labels; fail below MIN right

All network traffic goes to the URL given, which smoke.sh points at the loopback address.
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only: never via a proxy


def fail(message: str) -> None:
    print(f"[smoke] FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_config(image_json: str) -> None:
    """The image's runtime config: numeric non-root user, exec-form CMD, /healthz healthcheck."""
    info = json.loads(Path(image_json).read_text())
    config = (info.get("Docker") or {}).get("config") or {}
    user = config.get("User", "")
    uid, _, gid = user.partition(":")
    if not uid.isdigit() or int(uid) == 0 or (gid and not gid.isdigit()):
        fail(f"image user is {user!r}, expected a numeric non-root uid[:gid]")
    cmd = config.get("Cmd") or []
    if not cmd or config.get("Entrypoint"):
        fail(f"image CMD {cmd!r} / ENTRYPOINT {config.get('Entrypoint')!r}: expected a CMD and no ENTRYPOINT")
    test = (config.get("Healthcheck") or {}).get("Test") or []
    if len(test) < 2 or test[0] != "CMD" or not any("/healthz" in part for part in test):
        fail(f"image healthcheck {test!r}: expected an exec-form CMD probing /healthz (build with --format docker)")
    env = dict(item.split("=", 1) for item in config.get("Env") or [])
    if env.get("WINNOW_HOST") != "0.0.0.0":  # noqa: S104 - the container must listen on all interfaces
        fail(f"WINNOW_HOST is {env.get('WINNOW_HOST')!r} in the image, expected 0.0.0.0")
    print(f"[smoke] image config ok: user {user}, CMD {json.dumps(cmd)}, healthcheck on /healthz", file=sys.stderr)
    # For smoke.sh: the CMD, then the healthcheck command, NUL-separated with an empty field between.
    sys.stdout.write("\0".join([*cmd, "", *test[1:]]))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


def wait(url: str, seconds: float, pid: int) -> None:
    deadline = time.monotonic() + seconds
    start = time.monotonic()
    last = ""
    while time.monotonic() < deadline:
        if not alive(pid):
            fail(f"the service exited before {url} answered ({last or 'no answer'})")
        try:
            with OPENER.open(url, timeout=2) as response:
                if response.status == 200:
                    print(f"[smoke] {url} answered 200 after {time.monotonic() - start:.1f}s", file=sys.stderr)
                    return
                last = f"HTTP {response.status}"
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError) as exc:
            last = str(exc)
        time.sleep(0.5)
    fail(f"{url} did not answer 200 within {seconds:.0f}s (last: {last})")


def normalise(text: str) -> str:
    return " ".join(text.split())


def classify(url: str, text_file: str, labels_file: str, minimum: int) -> None:
    text = Path(text_file).read_text(encoding="utf-8")
    expected = [json.loads(line) for line in Path(labels_file).read_text(encoding="utf-8").splitlines() if line.strip()]
    body = json.dumps({"text": text}).encode()
    if not url.startswith("http://127.0.0.1:"):
        fail(f"{url}: the smoke test only talks to the loopback address")
    headers = {"Content-Type": "application/json"}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - checked above
    start = time.monotonic()
    try:
        with OPENER.open(request, timeout=60) as response:
            reply = json.load(response)
    except urllib.error.HTTPError as exc:
        fail(f"POST {url} answered HTTP {exc.code}: {exc.read()[:500]!r}")
    elapsed = time.monotonic() - start
    paragraphs = reply.get("paragraphs")
    if not isinstance(paragraphs, list):
        fail(f"POST {url}: no paragraphs in the reply: {json.dumps(reply)[:500]}")
    if not isinstance(reply.get("content_text"), str):
        fail(f"POST {url}: no content_text in the reply")

    # Paragraphs come back in order, one per non-empty line: pair them up by text.
    right = 0
    wrong: list[str] = []
    by_text = [(normalise(p.get("text", "")), p.get("label")) for p in paragraphs]
    cursor = 0
    for item in expected:
        want = normalise(item["text"])
        found = next((i for i in range(cursor, len(by_text)) if by_text[i][0] == want), None)
        if found is None:
            wrong.append(f"  missing   {want[:90]!r}")
            continue
        cursor = found + 1
        got = by_text[found][1]
        if got == item["label"]:
            right += 1
        else:
            wrong.append(f"  {got!s:>7} (want {item['label']}) {want[:80]!r}")
    print(
        f"[smoke] /v1/classify: {len(paragraphs)} paragraphs in {elapsed:.2f}s; "
        f"{right} of {len(expected)} lines labelled right (need {minimum})",
        file=sys.stderr,
    )
    for line in wrong:
        print(line, file=sys.stderr)
    if right < minimum:
        fail(f"only {right} of {len(expected)} lines right, fewer than {minimum}")


def main(argv: list[str]) -> None:
    match argv:
        case ["config", image_json]:
            check_config(image_json)
        case ["wait", url, seconds, pid]:
            wait(url, float(seconds), int(pid))
        case ["classify", url, text_file, labels_file, minimum]:
            classify(url, text_file, labels_file, int(minimum))
        case _:
            print(__doc__, file=sys.stderr)
            sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
