"""JSON logs: one object per line, with the fields a record was given as ``extra``.

Exceptions are logged as their type and stack only, never their message: a message
can quote the input, and page content must not reach the logs.
"""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from typing import Any

LOGGER_NAME = "winnow"
ACCESS_LOGGER_NAME = "winnow.access"
#: Attributes every LogRecord has (and uvicorn's ANSI-coloured copy of its message);
#: anything else on a record came from ``extra``.
_RECORD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update((key, value) for key, value in vars(record).items() if key not in _RECORD_ATTRS)
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _, tb = record.exc_info
            payload["exception"] = {"type": exc_type.__name__, "stack": "".join(traceback.format_tb(tb))}
        return json.dumps(payload, default=str, ensure_ascii=False)


def log_config(level: str = "info") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and Winnow: JSON on stderr, no uvicorn access log."""
    level = level.upper()
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    quiet = {"handlers": ["default"], "level": level, "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": quiet,
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            LOGGER_NAME: quiet,
        },
    }
