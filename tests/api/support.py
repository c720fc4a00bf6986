"""Assertions and log capture shared by the API tests."""

from __future__ import annotations

import io
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import httpx

from service.api.errors import PROBLEM_BASE, PROBLEM_MEDIA_TYPE
from service.api.logging import JsonFormatter


def assert_problem(response: httpx.Response, status: int, slug: str) -> dict[str, Any]:
    """Check a problem+json answer and return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    assert body["type"] == PROBLEM_BASE + slug
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert body["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text
    return body


#: Loggers of the test's own HTTP client: what the client logs is not the service's log.
CLIENT_LOGGERS = ("httpx", "httpcore")


def _from_the_service(record: logging.LogRecord) -> bool:
    return record.name.split(".")[0] not in CLIENT_LOGGERS


class LogCapture:
    """Every log record the service side emits during a test, formatted as the service formats them."""

    def __init__(self) -> None:
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setFormatter(JsonFormatter())
        self.handler.setLevel(logging.DEBUG)
        self.handler.addFilter(_from_the_service)

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def records(self, logger: str | None = None) -> list[dict[str, Any]]:
        lines = [json.loads(line) for line in self.text.splitlines() if line]
        return [line for line in lines if logger is None or line["logger"] == logger]


def tampered_copy(source: Path, directory: Path) -> Path:
    """A copy of a model (and its manifest) with one byte of the model file changed."""
    target = directory / source.name
    shutil.copy(source, target)
    shutil.copy(source.with_name(source.stem + ".manifest.json"), directory)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target
