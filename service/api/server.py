"""``winnow serve``: check the configuration and the model, then hand over to uvicorn."""

from __future__ import annotations

import logging
import logging.config
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import uvicorn
from pydantic import ValidationError
from uvicorn.supervisors.multiprocess import Multiprocess

from ..core.artifact import verify_model
from ..core.errors import ModelError
from .logging import LOGGER_NAME, log_config
from .settings import Settings

APP_FACTORY = "service.api.app:create_app"
EXIT_OK = 0
EXIT_CONFIG = 2
#: Seconds uvicorn's supervisor waits for a new worker to answer: a spawned worker re-imports
#: the scientific stack before it can, which can take more than uvicorn's default 5 s on a busy host.
WORKER_HEALTHCHECK_TIMEOUT_S = 30
#: Leftover per-process files of a previous run in PROMETHEUS_MULTIPROC_DIR.
MULTIPROC_GLOB = "*.db"
#: How often the worker supervisor looks at the signals it received (uvicorn's own: every 0.5 s) ...
SUPERVISOR_POLL_S = 0.05
#: ... and how often it checks that its workers are alive (as uvicorn's does).
WORKER_CHECK_S = 0.5

logger = logging.getLogger(LOGGER_NAME)


def fail(message: str) -> int:
    print(f"winnow: {message}", file=sys.stderr)
    return EXIT_CONFIG


def load_settings() -> Settings:
    return Settings()


def settings_problem(exc: ValidationError) -> str:
    """The validation errors without the values (which can be API keys)."""
    return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_input=False))


class TerminatedError(Exception):
    """SIGTERM arrived: a request to stop, not a failure."""


def _terminated(signum: int, frame: FrameType | None) -> None:
    raise TerminatedError


@contextmanager
def sigterm_stops_cleanly() -> Iterator[None]:
    """Let SIGTERM end ``run`` with status 0 once uvicorn has shut down gracefully.

    uvicorn handles the signal, drains requests, restores the previous handler and then
    raises the signal again, which (with the default handler) would kill the process.
    """
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    except TerminatedError:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


class Supervisor(Multiprocess):
    """uvicorn's worker supervisor, except that after SIGTERM or SIGINT no new connection gets in.

    uvicorn's looks at its signals every 0.5 s and keeps its copy of the listening socket
    open until it exits, so after SIGTERM new connections are first still served, then
    left in the backlog until they are reset. This one looks every 50 ms and closes its
    copy as it stops: with the workers closing theirs, new connections are refused while
    the requests in flight drain. (Worker restarts, which need the socket, stop then too.)
    Like uvicorn's, it cannot see a signal while it waits for a worker's health check,
    which lasts as long as a replacement worker takes to start.
    """

    def run(self) -> None:
        logger.info("supervisor started", extra={"pid": os.getpid(), "workers": self.config.workers})
        self.init_processes()
        next_check = time.monotonic() + WORKER_CHECK_S
        while not self.should_exit.wait(SUPERVISOR_POLL_S):
            self.handle_signals()
            if time.monotonic() >= next_check:
                self.keep_subprocess_alive()
                next_check = time.monotonic() + WORKER_CHECK_S
        self.terminate_all()
        self.join_all()
        logger.info("supervisor stopped", extra={"pid": os.getpid()})

    def handle_term(self) -> None:
        super().handle_term()
        self.close_sockets()

    def handle_int(self) -> None:
        super().handle_int()
        self.close_sockets()

    def close_sockets(self) -> None:
        for sock in self.sockets:
            sock.close()


def reset_multiprocess_dir(settings: Settings) -> None:
    """Remove metric files a previous run left behind (prometheus_client's advice)."""
    if settings.prometheus_multiproc_dir is not None:
        settings.prometheus_multiproc_dir.mkdir(parents=True, exist_ok=True)
        for stale in settings.prometheus_multiproc_dir.glob(MULTIPROC_GLOB):
            stale.unlink()


def prepare(settings: Settings) -> None:
    """Logging, the workers' environment and the metrics directory, before uvicorn starts."""
    logging.config.dictConfig(log_config(settings.log_level))
    if settings.workers > 1 and settings.prometheus_multiproc_dir is None:
        logger.warning("several workers without PROMETHEUS_MULTIPROC_DIR: each scrape sees one worker's metrics")
    os.environ.update(settings.to_env())  # the workers build their settings from the environment
    reset_multiprocess_dir(settings)


def serve(settings: Settings) -> None:
    """Run uvicorn until it is stopped; each worker calls ``create_app()``.

    Several workers run under ``Supervisor``: what ``uvicorn.run`` does, with that supervisor.
    """
    options: dict[str, Any] = {
        "factory": True,
        "host": settings.host,
        "port": settings.port,
        "workers": settings.workers,
        "log_config": log_config(settings.log_level),
        "log_level": settings.log_level,
        "access_log": False,
        "proxy_headers": True,
        "server_header": False,
        "lifespan": "on",
        "timeout_worker_healthcheck": WORKER_HEALTHCHECK_TIMEOUT_S,
    }
    if settings.workers > 1:
        config = uvicorn.Config(APP_FACTORY, **options)
        Supervisor(config, sockets=[config.bind_socket()]).run()
    else:
        uvicorn.run(APP_FACTORY, **options)


def run(settings: Settings | None = None) -> int:
    """Serve the API until stopped; return the exit status.

    The configuration and the model are checked here first, so a bad setting or a missing
    or tampered artifact stops ``winnow serve`` at once with a message on stderr; each
    worker then loads the model in its lifespan, and fails start-up if it cannot.
    """
    try:
        settings = settings or load_settings()
        verify_model(settings.model_path)
    except ValidationError as exc:
        return fail(f"invalid configuration: {settings_problem(exc)}")
    except (ModelError, OSError) as exc:
        return fail(f"cannot serve the model: {exc}")
    prepare(settings)
    with sigterm_stops_cleanly():
        serve(settings)
    return EXIT_OK
