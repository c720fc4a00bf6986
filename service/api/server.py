"""``winnow serve``: check the configuration and the model, then hand over to uvicorn."""

from __future__ import annotations

import logging
import logging.config
import os
import signal
import socket
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

import uvicorn
from pydantic import ValidationError
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess, Process

from ..core.artifact import verify_model
from ..core.errors import ModelError
from .logging import LOGGER_NAME, log_config
from .protocol import BoundedHttpToolsProtocol
from .settings import Settings, env_name, unknown_variables

APP_FACTORY = "service.api.app:create_app"
EXIT_OK = 0
EXIT_CONFIG = 2
#: Seconds uvicorn's supervisor waits for a new worker to answer: a spawned worker re-imports
#: the scientific stack before it can, which can take more than uvicorn's default 5 s on a busy host.
WORKER_HEALTHCHECK_TIMEOUT_S = 30
#: Leftover per-process files of a previous run in PROMETHEUS_MULTIPROC_DIR.
MULTIPROC_GLOB = "*.db"
#: Process environment for the workers (a value already set wins). Each is read once, when
#: a process starts or a native library loads, so it is set before any worker starts and
#: before scikit-learn is imported:
#: - glibc's malloc gives threads their own arenas (up to 8 per core) and keeps each
#:   arena's high-water mark, so a worker's memory climbs in steps for thousands of
#:   requests; two arenas give a lower plateau, reached sooner (docs/reliability.md).
#: - The workers are the parallelism: OpenMP (gradient boosting) and BLAS threads inside
#:   each would oversubscribe the cores, and idle OpenMP threads spin, taking CPU from the
#:   other workers (16 clients got 13.7 pages/s with them, docs/reliability.md).
WORKER_ENV = {"MALLOC_ARENA_MAX": "2", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
#: The logger uvicorn reports a failed bind on: a busy port is reported alike with any worker count.
UVICORN_ERROR_LOGGER = "uvicorn.error"
#: How often the worker supervisor looks at the signals it received (uvicorn's own: every 0.5 s) ...
SUPERVISOR_POLL_S = 0.05
#: ... and how often it checks that its workers are alive (as uvicorn's does).
WORKER_CHECK_S = 0.5

logger = logging.getLogger(LOGGER_NAME)


def fail(message: str) -> int:
    print(f"winnow: {message}", file=sys.stderr)
    return EXIT_CONFIG


def load_settings(**overrides: Any) -> Settings:
    """The ``WINNOW_*`` environment, with ``overrides`` (field name → value) taking precedence."""
    return Settings(**overrides)


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


def check_address_free(config: uvicorn.Config, family: socket.AddressFamily) -> None:
    """Exit as uvicorn does when it cannot bind (its message, status 3) if the address is taken.

    ``SO_REUSEPORT`` sockets join any listener on the port that has it too, such as another
    multi-worker Winnow: the kernel would then split new connections between the two services
    without a word. A plain socket (``SO_REUSEADDR`` only, as uvicorn binds) cannot bind there;
    it is closed at once, before the workers' sockets bind.
    """
    try:
        found = socket.getaddrinfo(config.host, config.port, family, socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:  # a host name that does not resolve
        startup_failure(exc)
    address = found[0][4]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:  # asyncio's wording, which a single uvicorn worker logs
            reason = (exc.strerror or str(exc)).lower()
            startup_failure(OSError(exc.errno, f"error while attempting to bind on address {address!r}: {reason}"))


def startup_failure(error: OSError) -> NoReturn:
    """Log ``error`` and exit as uvicorn does when it cannot listen."""
    logging.getLogger(UVICORN_ERROR_LOGGER).error(error)
    sys.exit(STARTUP_FAILURE)


def bind_worker_sockets(config: uvicorn.Config, count: int) -> list[socket.socket]:
    """``count`` listening sockets on the same address with ``SO_REUSEPORT``, one per worker slot,
    on an address no other service listens on (``check_address_free``).

    With one shared socket, whichever worker is ready first accepts every connection
    waiting, and a keep-alive connection stays with the worker that accepted it: clients
    that connect as the service comes up all land on one worker, for good (16 clients got
    14 pages/s from two workers, one of them idle). With a socket per worker the kernel
    spreads new connections over the workers by address hash, and a connection hashed to
    a worker still starting (or being replaced) waits in that socket's backlog: the
    supervisor makes them all listen before any worker starts, and keeps them open.
    """
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    check_address_free(config, family)
    sockets: list[socket.socket] = []
    port = config.port
    for _ in range(count):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((config.host, port))
        port = sock.getsockname()[1]  # port 0: the others join the port the first one got
        sock.listen(config.backlog)
        sock.set_inheritable(True)
        sockets.append(sock)
    logger.info("listening", extra={"host": config.host, "port": port, "sockets": count})
    return sockets


class Supervisor(Multiprocess):
    """uvicorn's worker supervisor, with a socket per worker; after SIGTERM or SIGINT no new connection gets in.

    Worker ``i`` (and any replacement of it) serves ``sockets[i]`` (``bind_worker_sockets``).
    uvicorn's looks at its signals every 0.5 s and keeps its copy of the listening socket
    open until it exits, so after SIGTERM new connections are first still served, then
    left in the backlog until they are reset. This one looks every 50 ms and closes its
    copies as it stops: with the workers closing theirs, new connections are refused while
    the requests in flight drain. (Worker restarts, which need the sockets, stop then too.)
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

    def spawn(self, slot: int) -> Process:
        process = Process(self.config, [self.sockets[slot]])
        process.start()
        return process

    def init_processes(self) -> None:
        self.processes = [self.spawn(slot) for slot in range(self.processes_num)]

    def keep_subprocess_alive(self) -> None:
        """uvicorn's, except that a replacement serves the socket of the worker it replaces."""
        if self.should_exit.is_set():
            return
        for slot, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # the app cannot start: restarting would fail again
                logger.error("a worker failed to start; stopping", extra={"pid": process.pid})
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.warning("worker died; starting a replacement", extra={"pid": process.pid})
            self.processes[slot] = self.spawn(slot)

    def restart_all(self) -> None:
        """SIGHUP: replace the workers one at a time, each new one on its predecessor's socket."""
        for slot, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self.spawn(slot)
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                return
            old.terminate()
            old.join()
            self.processes[slot] = new

    def handle_ttin(self) -> None:
        logger.warning("SIGTTIN ignored: the worker count is fixed by WINNOW_WORKERS (a socket per worker)")

    def handle_ttou(self) -> None:
        logger.warning("SIGTTOU ignored: the worker count is fixed by WINNOW_WORKERS (a socket per worker)")


def reset_multiprocess_dir(settings: Settings) -> None:
    """Remove metric files a previous run left behind (prometheus_client's advice)."""
    if settings.prometheus_multiproc_dir is not None:
        settings.prometheus_multiproc_dir.mkdir(parents=True, exist_ok=True)
        for stale in settings.prometheus_multiproc_dir.glob(MULTIPROC_GLOB):
            stale.unlink()


def log_configuration(settings: Settings) -> None:
    """Log whether the /v1 routes need an API key (and how many there are, never the keys), and warn
    about each ``WINNOW_*`` variable that names no setting (never its value)."""
    keys = len(settings.api_keys)
    off = f"off: {env_name('api_keys')} is unset or empty, /v1 is open"
    state = "on: the /v1 routes need an API key" if keys else off
    logger.info(f"authentication {state}", extra={"auth": bool(keys), "api_keys": keys})
    for name in unknown_variables():
        logger.warning("unknown setting ignored (misspelt?)", extra={"variable": name})


def prepare(settings: Settings) -> None:
    """Logging, the workers' environment and the metrics directory, before uvicorn starts."""
    logging.config.dictConfig(log_config(settings.log_level))
    log_configuration(settings)
    if settings.workers > 1 and settings.prometheus_multiproc_dir is None:
        logger.warning("several workers without PROMETHEUS_MULTIPROC_DIR: each scrape sees one worker's metrics")
    os.environ.update(settings.to_env())  # the workers build their settings from the environment
    for name, value in WORKER_ENV.items():
        os.environ.setdefault(name, value)
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
        "timeout_keep_alive": settings.keep_alive_timeout_s,
        "timeout_graceful_shutdown": settings.shutdown_timeout_s,
        "http": BoundedHttpToolsProtocol,  # request heads bounded in time and size (service/api/protocol.py)
    }
    if settings.workers > 1:
        config = uvicorn.Config(APP_FACTORY, **options)
        Supervisor(config, sockets=bind_worker_sockets(config, settings.workers)).run()
    else:
        # SIGHUP's default action ends the process, dropping the requests in flight: one worker has
        # none to restart in turn, so it keeps serving and says so
        previous = signal.signal(signal.SIGHUP, _hangup_ignored)
        try:
            uvicorn.run(APP_FACTORY, **options)
        finally:
            signal.signal(signal.SIGHUP, previous)


def _hangup_ignored(signum: int, frame: object) -> None:
    logger.warning("SIGHUP ignored: it restarts the workers of a server with several; this one has one")


def run(settings: Settings | None = None, overrides: Mapping[str, Any] | None = None) -> int:
    """Serve the API until stopped; return the exit status.

    Without ``settings`` they are read from the environment, with ``overrides`` (the command
    line's options) taking precedence; the workers see the result. The configuration and the
    model are checked here first, so a bad setting or a missing or tampered artifact stops
    ``winnow serve`` at once with a message on stderr; each worker then loads the model in
    its lifespan, and fails start-up if it cannot.
    """
    try:
        settings = settings or load_settings(**(overrides or {}))
        verify_model(settings.model_path)
    except ValidationError as exc:
        return fail(f"invalid configuration: {settings_problem(exc)}")
    except (ModelError, OSError) as exc:
        return fail(f"cannot serve the model: {exc}")
    prepare(settings)
    with sigterm_stops_cleanly():
        serve(settings)
    return EXIT_OK
