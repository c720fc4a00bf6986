"""The service's one settings object, read from ``WINNOW_*`` environment variables.

This is the only module of Winnow that reads the environment. ``Settings()`` validates
every value at start-up; ``configuration_rows()`` renders the README table from the
same field definitions, so the documentation cannot drift from the code.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from ..core.artifact import DEFAULT_MODEL_PATH
from ..core.parse import PARSER_MAX_DEPTH

ENV_PREFIX = "WINNOW_"
MIB = 1 << 20
DEFAULT_MAX_BODY_BYTES = 10 * MIB
#: The most WINNOW_MAX_BODY_BYTES may be: a hundred times the default, and half the 2 GiB libxml2
#: reads from memory in one call (a C int); a larger value is refused at start-up, not per request.
MAX_BODY_BYTES_CEILING = 1 << 30
# The defaults below keep the worst single document near 1 s and under 200 MiB on one idle
# core (docs/reliability.md has the measurements). The largest of ~2,700 real pages in the
# corpora has ~10,000 elements, depth 137, 6,220 paragraphs (the next 2,734), 132,000 characters.
DEFAULT_MAX_PARAGRAPHS = 4_000
DEFAULT_MAX_ELEMENTS = 50_000
DEFAULT_MAX_DEPTH = 512
DEFAULT_MAX_CHARS = 250_000
DEFAULT_MAX_BATCH = 64
DEFAULT_MAX_CONCURRENCY = 32
DEFAULT_PORT = 8000
# Above the idle timeouts of the clients and proxies that keep connections open in front of
# the service (httpx 5 s, aiohttp 15 s, nginx upstream and AWS ALB 60 s): a server that closes
# an idle connection first races the client's next request on it, and the client sees a
# reset instead of an answer (docs/reliability.md, "Keep-alive"). nginx's own default.
DEFAULT_KEEP_ALIVE_TIMEOUT_S = 75
#: Seconds a request's body may take to arrive once its headers have (a slot of the limiter is
#: held meanwhile): a client stalling its upload gets a 408 instead of keeping the slot for ever.
DEFAULT_BODY_TIMEOUT_S = 20.0
#: Seconds the server waits for requests in flight after SIGTERM before closing their connections:
#: under Kubernetes' default grace period of 30 s, so a stalled client cannot hold the shutdown.
DEFAULT_SHUTDOWN_TIMEOUT_S = 25
KEY_SEPARATOR = ","
#: prometheus_client reads this variable itself; it keeps its own name.
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
PROJECT_ROOT = DEFAULT_MODEL_PATH.parent.parent.parent

LogLevel = Literal["critical", "error", "warning", "info", "debug"]


class Settings(BaseSettings):
    """Configuration of the HTTP service; every field is ``WINNOW_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        frozen=True,
        extra="ignore",
        env_ignore_empty=True,
        populate_by_name=True,
        protected_namespaces=(),
    )

    model_path: Path = Field(
        default=DEFAULT_MODEL_PATH, description="Model artifact to serve (its manifest sits beside it)."
    )
    host: str = Field(default="127.0.0.1", description="Interface to bind (the container sets 0.0.0.0).")
    port: int = Field(default=DEFAULT_PORT, ge=1, le=65535, description="TCP port to listen on.")
    workers: int = Field(default=1, ge=1, description="Worker processes; each loads the model once.")
    max_body_bytes: int = Field(
        default=DEFAULT_MAX_BODY_BYTES,
        ge=1,
        le=MAX_BODY_BYTES_CEILING,
        description=f"Largest request body accepted (413 over it; at most {MAX_BODY_BYTES_CEILING // MIB:,} MiB).",
    )
    max_paragraphs: int = Field(
        default=DEFAULT_MAX_PARAGRAPHS, ge=1, description="Most paragraphs classified in one document (422 over it)."
    )
    max_elements: int = Field(
        default=DEFAULT_MAX_ELEMENTS, ge=1, description="Most start tags in one HTML document (422 over it)."
    )
    max_depth: int = Field(
        default=DEFAULT_MAX_DEPTH,
        ge=1,
        le=PARSER_MAX_DEPTH,
        description=f"Most nested elements in one HTML document (422 over it; at most {PARSER_MAX_DEPTH:,},"
        " the HTML parser's own limit).",
    )
    max_chars: int = Field(
        default=DEFAULT_MAX_CHARS, ge=1, description="Most characters of paragraph text in one document (422 over it)."
    )
    max_batch: int = Field(default=DEFAULT_MAX_BATCH, ge=1, description="Most documents in one batch request.")
    max_concurrency: int = Field(
        default=DEFAULT_MAX_CONCURRENCY, ge=1, description="Classify requests in flight per worker; more get 503."
    )
    body_timeout_s: float = Field(
        default=DEFAULT_BODY_TIMEOUT_S,
        gt=0,
        le=3600,
        description="Seconds a request body may take to arrive after its headers (408 past it).",
    )
    shutdown_timeout_s: int = Field(
        default=DEFAULT_SHUTDOWN_TIMEOUT_S,
        ge=1,
        le=3600,
        description="Seconds requests in flight get to finish after SIGTERM before their connections are closed.",
    )
    keep_alive_timeout_s: int = Field(
        default=DEFAULT_KEEP_ALIVE_TIMEOUT_S,
        ge=1,
        description=(
            "Seconds an idle keep-alive connection stays open; keep it above the idle timeout"
            " of clients and proxies in front."
        ),
    )
    threshold: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Default content score cut-off (unset: the model's own)."
    )
    text_pass: bool = Field(
        default=True,
        description="Read HTML with the text model too (false: the HTML model alone, fragments included:"
        " faster, more chrome set inside the article kept).",
    )
    gzip: bool = Field(
        default=True,
        description="Compress answers of 1 KiB or more with gzip for clients whose Accept-Encoding takes gzip"
        " (`gzip;q=0` refuses it; about 0.2 ms per answer, five times smaller).",
    )
    log_level: LogLevel = Field(default="info", description="Log level of the JSON logs.")
    api_keys: Annotated[tuple[SecretStr, ...], NoDecode] = Field(
        default=(), description="Comma-separated API keys; when set, every /v1 route requires one."
    )
    prometheus_multiproc_dir: Path | None = Field(
        default=None,
        validation_alias=MULTIPROC_ENV,
        description="Directory shared by the workers' metrics (prometheus_client's multiprocess mode). Unset with"
        " several workers, each /metrics scrape shows one worker's figures (a warning at start-up says so).",
    )

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower_level(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        keys = [key.strip() for key in value.split(KEY_SEPARATOR)]
        if not all(keys):
            raise ValueError("WINNOW_API_KEYS holds an empty key")
        return tuple(keys)

    def to_env(self) -> dict[str, str]:
        """These settings as ``WINNOW_*`` variables (so worker processes see the same values)."""
        env: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is None:
                continue
            if name == "api_keys":
                value = KEY_SEPARATOR.join(key.get_secret_value() for key in value)
                if not value:
                    continue
            env[env_name(name)] = str(value)
        return env


def env_name(field_name: str) -> str:
    """The environment variable of a settings field."""
    alias = Settings.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else ENV_PREFIX + field_name.upper()


#: ``WINNOW_*`` variables the project's other tools read (training, the container scripts and their
#: tests), which are no settings of the service and no misspelling of one.
OTHER_VARIABLES = frozenset(
    {
        "WINNOW_CORPORA",
        "WINNOW_EXAMPLES_DIR",
        "WINNOW_CONTAINER_TESTS",
        "WINNOW_IMAGE",
        "WINNOW_BASE_IMAGE",
        "WINNOW_BASE_DIR",
        "WINNOW_TOOLS_DIR",
        "WINNOW_PYTHON",
        "WINNOW_SMOKE_MIN_RIGHT",
        "WINNOW_SMOKE_TIMEOUT",
        "WINNOW_SMOKE_PORT",
    }
)


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """The ``WINNOW_*`` variables of ``environ`` (the process environment by default) that name no
    setting, sorted: a misspelling such as ``WINNOW_API_KEY`` is otherwise ignored without a word.
    The variables of the project's other tools (:data:`OTHER_VARIABLES`) are not reported."""
    known = {env_name(name).upper() for name in Settings.model_fields} | OTHER_VARIABLES
    names = os.environ if environ is None else environ
    return sorted(name for name in names if name.upper().startswith(ENV_PREFIX) and name.upper() not in known)


def _shown_default(value: Any) -> str:
    if isinstance(value, Path):
        return str(value.relative_to(PROJECT_ROOT)) if value.is_relative_to(PROJECT_ROOT) else str(value)
    if value is None or value == ():
        return "unset"
    return str(value)


def configuration_rows() -> list[tuple[str, str, str]]:
    """(variable, default, description) for every setting, for the README's configuration table."""
    return [
        (env_name(name), _shown_default(field.default), field.description or "")
        for name, field in Settings.model_fields.items()
    ]


def configuration_table() -> str:
    """The configuration table as Markdown."""
    lines = ["| Variable | Default | Description |", "| --- | --- | --- |"]
    lines += [f"| `{name}` | `{default}` | {text} |" for name, default, text in configuration_rows()]
    return "\n".join(lines)
