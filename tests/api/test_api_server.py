"""``winnow serve``: the real server process, and refusing to start on a bad model."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from uvicorn.config import STARTUP_FAILURE

from service.api import server
from service.api.server import EXIT_CONFIG, UVICORN_ERROR_LOGGER, bind_worker_sockets, log_configuration, run
from service.api.settings import Settings
from tests.api.support import LogCapture, tampered_copy
from tests.builders import ROOT

SERVE = [sys.executable, "-m", "service.cli", "serve"]
LOOPBACK = "127.0.0.1"
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
#: A bad model must stop ``serve`` well before STOP_TIMEOUT_S. The process imports the service
#: first: 1-2 s here, 6.4-6.8 s once while another test suite shared the two cores.
FAIL_FAST_S = 12
POLL_S = 0.2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def serve_env(model_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINNOW_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    return {**env, "WINNOW_HOST": LOOPBACK, "WINNOW_MODEL_PATH": str(model_path), **extra}


def wait_ready(http: httpx.Client, process: subprocess.Popen[str]) -> None:
    """Poll /readyz until it answers 200; fail if the server exits or overstays ``START_TIMEOUT_S``."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited during start-up: {process.communicate()[1]}")
        try:
            if http.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(POLL_S)
    raise AssertionError("the server did not become ready")


@dataclass
class Served:
    """A running ``winnow serve``: a client for it, and its stderr once it has stopped."""

    http: httpx.Client
    process: subprocess.Popen[str]
    stderr: str = ""


@contextlib.contextmanager
def serving(env: dict[str, str], port: int, *options: str) -> Iterator[Served]:
    """``winnow serve`` with ``options`` until it answers /readyz on ``port``; SIGTERM on the way out."""
    process = subprocess.Popen(
        [*SERVE, *options], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    served = None
    try:
        with httpx.Client(base_url=f"http://{LOOPBACK}:{port}", timeout=30, trust_env=False) as http:
            wait_ready(http, process)
            served = Served(http, process)
            yield served
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=STOP_TIMEOUT_S)
        if served is not None:
            served.stderr = stderr


@pytest.mark.slow
def test_serve_answers_over_http_and_stops_cleanly(tiny_model_path: Path, page: bytes) -> None:
    port = free_port()
    with serving(serve_env(tiny_model_path, WINNOW_PORT=str(port)), port) as served:
        headers = {"Content-Type": "text/html; charset=utf-8", "X-Request-ID": "e2e-page"}
        response = served.http.post("/v1/classify", content=page, headers=headers)
        metrics = served.http.get("/metrics").text
    process, stderr = served.process, served.stderr
    assert response.status_code == 200 and response.headers["x-request-id"] == "e2e-page"
    body = response.json()
    assert body["mode"] == "html" and body["stats"]["content"] >= 1 and body["model"]["version"] == "test"
    assert 'winnow_http_requests_total{method="POST",route="/v1/classify",status="200"} 1.0' in metrics
    assert process.returncode == 0, stderr
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert [line["status"] for line in lines if line.get("request_id") == "e2e-page"] == [200]
    assert any(line["msg"] == "model loaded" and line["text_pass"] is True for line in lines)


def idle_until_closed(port: int, limit_s: float) -> float:
    """Send one keep-alive request on a raw connection, read the answer, return seconds until the server closes it."""
    with socket.create_connection((LOOPBACK, port), timeout=limit_s) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: winnow\r\n\r\n")
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 200"), answer
        answered = time.monotonic()
        with contextlib.suppress(TimeoutError):
            while sock.recv(4096):  # the rest of the body, then b"" when the server closes
                pass
        return time.monotonic() - answered


@pytest.mark.slow
def test_idle_keep_alive_connections_close_after_the_configured_timeout(tiny_model_path: Path) -> None:
    port = free_port()
    with serving(serve_env(tiny_model_path, WINNOW_PORT=str(port), WINNOW_KEEP_ALIVE_TIMEOUT_S="2"), port):
        idle_s = idle_until_closed(port, limit_s=10)
    assert 1.5 < idle_s < 4, idle_s  # uvicorn's own default (5 s) would be over 4


def test_the_default_keep_alive_outlasts_common_client_idle_timeouts() -> None:
    """The server must not be the side that closes first (the close races the client's next request)."""
    assert Settings().keep_alive_timeout_s > httpx.Limits().keepalive_expiry + 10  # httpx 5 s, aiohttp 15 s


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["tampered", "missing"])
def test_serve_refuses_a_bad_model_at_once(tiny_model_path: Path, tmp_path: Path, damage: str) -> None:
    path = tampered_copy(tiny_model_path, tmp_path) if damage == "tampered" else tmp_path / "absent.joblib"
    env = serve_env(path, WINNOW_PORT=str(free_port()))
    started = time.monotonic()
    result = subprocess.run(SERVE, cwd=ROOT, env=env, capture_output=True, text=True, timeout=STOP_TIMEOUT_S)
    assert time.monotonic() - started < FAIL_FAST_S
    assert result.returncode != 0
    expected = "does not match its manifest" if damage == "tampered" else "no model file"
    assert result.stderr.startswith("winnow: cannot serve the model:") and expected in result.stderr


@contextlib.contextmanager
def another_multi_worker_service() -> Iterator[int]:
    """A listener on a free port with ``SO_REUSEPORT``, as each socket of a multi-worker Winnow has; yields the port."""
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind((LOOPBACK, 0))
        other.listen()
        yield other.getsockname()[1]


def bind_error(stderr: str) -> str:
    """The message of the (one) log line that reports a failed bind."""
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    (message,) = [line["msg"] for line in lines if line["level"] == "error" and "bind" in line["msg"]]
    return str(message)


@pytest.mark.slow
def test_serve_refuses_a_port_in_use_alike_with_one_or_several_workers(tiny_model_path: Path) -> None:
    with another_multi_worker_service() as port:
        env = serve_env(tiny_model_path, WINNOW_PORT=str(port))
        results = [
            subprocess.run(
                [*SERVE, "--workers", workers], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
            )
            for workers in ("1", "2")
        ]
    assert [r.returncode for r in results] == [STARTUP_FAILURE, STARTUP_FAILURE], [r.stderr for r in results]
    one, several = (bind_error(r.stderr) for r in results)
    assert one == several and "address already in use" in one and str(port) in one


def test_worker_sockets_refuse_an_address_another_service_listens_on(logs: LogCapture) -> None:
    with another_multi_worker_service() as port:
        # uvicorn's log config, applied by Config, stops uvicorn's loggers propagating and drops their handlers
        config = uvicorn.Config("service.api.app:create_app", host=LOOPBACK, port=port, factory=True)
        uvicorn_errors = logging.getLogger(UVICORN_ERROR_LOGGER)
        uvicorn_errors.addHandler(logs.handler)
        try:
            with pytest.raises(SystemExit) as exited:
                bind_worker_sockets(config, 2)
        finally:
            uvicorn_errors.removeHandler(logs.handler)
    assert exited.value.code == STARTUP_FAILURE
    (error,) = [r for r in logs.records(UVICORN_ERROR_LOGGER) if r["level"] == "error"]
    assert error["msg"] == (
        f"[Errno {errno.EADDRINUSE}] error while attempting to bind on address ('{LOOPBACK}', {port}): "
        "address already in use"
    )


@pytest.mark.slow
def test_serve_options_override_the_environment(tiny_model_path: Path, page: bytes) -> None:
    port = free_port()
    env = serve_env(tiny_model_path, WINNOW_PORT=str(free_port()), WINNOW_TEXT_PASS="true")
    with serving(env, port, "--port", str(port), "--no-text-pass") as served:
        info = served.http.get("/v1/model").json()
        answer = served.http.post("/v1/classify", content=page, headers={"Content-Type": "text/html"})
    assert info["text_pass"] is False and answer.status_code == 200


def test_run_takes_overrides_before_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WINNOW_MODEL_PATH", str(tmp_path / "from-env.joblib"))
    assert run(overrides={"model_path": tmp_path / "from-option.joblib"}) == EXIT_CONFIG
    err = capsys.readouterr().err
    assert "from-option.joblib" in err and "from-env" not in err
    assert run(overrides={"port": 0}) == EXIT_CONFIG
    assert capsys.readouterr().err.startswith("winnow: invalid configuration: port:")


def test_run_refuses_a_missing_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(Settings(model_path=tmp_path / "absent.joblib")) == EXIT_CONFIG
    assert "no model file" in capsys.readouterr().err


def test_run_reports_bad_configuration_without_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WINNOW_PORT", "not-a-port")
    monkeypatch.setenv("WINNOW_API_KEYS", "very-secret-key,,")
    assert run() == EXIT_CONFIG
    err = capsys.readouterr().err
    assert err.startswith("winnow: invalid configuration:") and "port" in err and "api_keys" in err
    assert "very-secret-key" not in err and "not-a-port" not in err


CANARY = "canary-3f9a1c"


def test_start_up_logs_authentication_and_misspelt_variables(monkeypatch: pytest.MonkeyPatch, logs: LogCapture) -> None:
    for name in [n for n in os.environ if n.upper().startswith("WINNOW_")]:
        monkeypatch.delenv(name)  # CI sets some of its own: this test sets the variables it reads
    monkeypatch.setenv("WINNOW_API_KEY", CANARY)  # misspelt: the API stays open
    log_configuration(Settings())
    monkeypatch.delenv("WINNOW_API_KEY")
    log_configuration(Settings(api_keys=f"{CANARY}-1,{CANARY}-2"))
    auth = [r for r in logs.records() if r["msg"].startswith("authentication")]
    assert [(r["level"], r["auth"], r["api_keys"]) for r in auth] == [("info", False, 0), ("info", True, 2)]
    assert "WINNOW_API_KEYS is unset or empty" in auth[0]["msg"]
    warnings = [r for r in logs.records() if r["level"] == "warning"]
    assert [r["variable"] for r in warnings] == ["WINNOW_API_KEY"]
    assert CANARY not in logs.text


def test_one_worker_survives_sighup_and_bounds_its_shutdown(monkeypatch: pytest.MonkeyPatch, logs: LogCapture) -> None:
    """SIGHUP's default action killed a one-worker server at once, dropping the requests in flight;
    a stalled client could hold the shutdown after SIGTERM for ever."""
    seen: dict[str, object] = {}

    def run(app: str, **options: object) -> None:
        seen.update(options)
        os.kill(os.getpid(), signal.SIGHUP)  # the process would end here with the default action

    monkeypatch.setattr(server.uvicorn, "run", run)
    server.serve(Settings(workers=1, shutdown_timeout_s=7))
    assert seen["timeout_graceful_shutdown"] == 7
    assert any(r["msg"].startswith("SIGHUP ignored") for r in logs.records())
    assert signal.getsignal(signal.SIGHUP) is not server._hangup_ignored


def test_serve_logs_the_configuration_as_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """``prepare`` (what ``run`` does before uvicorn starts) logs it, once."""
    seen: list[Settings] = []
    monkeypatch.setattr(server.logging.config, "dictConfig", lambda config: None)
    monkeypatch.setattr(server.os, "environ", dict(os.environ))  # prepare exports the settings for the workers
    monkeypatch.setattr(server, "log_configuration", seen.append)
    settings = Settings()
    server.prepare(settings)
    assert seen == [settings]


def test_each_worker_gets_its_own_listening_socket_and_connections_spread() -> None:
    config = uvicorn.Config("service.api.app:create_app", host="127.0.0.1", port=0, factory=True)
    sockets = bind_worker_sockets(config, 2)
    try:
        ports = {s.getsockname()[1] for s in sockets}
        assert len(ports) == 1 and 0 not in ports  # port 0: the second joined the first one's port
        port = ports.pop()
        clients = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(24)]
        accepted = []
        for s in sockets:
            s.setblocking(False)
            count = 0
            with contextlib.suppress(BlockingIOError):
                while True:
                    s.accept()[0].close()
                    count += 1
            accepted.append(count)
        for client in clients:
            client.close()
        assert sum(accepted) == 24
        assert min(accepted) > 0, accepted  # all 24 on one socket: odds 2 in 2**24
    finally:
        for s in sockets:
            s.close()
