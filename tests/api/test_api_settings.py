"""Settings from WINNOW_* variables, validated at start-up, and the README table."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from service.api.settings import (
    DEFAULT_MAX_BODY_BYTES,
    MAX_BODY_BYTES_CEILING,
    Settings,
    configuration_rows,
    configuration_table,
    unknown_variables,
)
from service.core.artifact import DEFAULT_MODEL_PATH
from service.core.parse import PARSER_MAX_DEPTH


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WINNOW_API_KEYS", "WINNOW_THRESHOLD", "WINNOW_PORT", "WINNOW_TEXT_PASS", "PROMETHEUS_MULTIPROC_DIR"):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    settings = Settings()
    assert settings.model_path == DEFAULT_MODEL_PATH
    assert (settings.host, settings.port, settings.workers) == ("127.0.0.1", 8000, 1)
    assert settings.max_body_bytes == DEFAULT_MAX_BODY_BYTES == 10 * 1024 * 1024
    assert (settings.max_batch, settings.threshold, settings.api_keys, settings.log_level) == (64, None, (), "info")
    assert settings.text_pass is True


def test_values_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WINNOW_MODEL_PATH", str(tmp_path / "m.joblib"))
    monkeypatch.setenv("WINNOW_PORT", "9001")
    monkeypatch.setenv("WINNOW_THRESHOLD", "0.35")
    monkeypatch.setenv("WINNOW_LOG_LEVEL", "DEBUG")
    monkeypatch.setenv("WINNOW_API_KEYS", " one , two,clé ")
    monkeypatch.setenv("WINNOW_MAX_CONCURRENCY", "4")
    monkeypatch.setenv("WINNOW_TEXT_PASS", "false")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    settings = Settings()
    assert settings.text_pass is False
    assert settings.model_path == tmp_path / "m.joblib" and settings.port == 9001
    assert settings.threshold == 0.35 and settings.log_level == "debug" and settings.max_concurrency == 4
    assert [key.get_secret_value() for key in settings.api_keys] == ["one", "two", "clé"]
    assert settings.prometheus_multiproc_dir == tmp_path
    assert "one" not in repr(settings)


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINNOW_API_KEYS", "")
    monkeypatch.setenv("WINNOW_THRESHOLD", "")
    assert Settings().api_keys == () and Settings().threshold is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WINNOW_PORT", "http"),
        ("WINNOW_PORT", "70000"),
        ("WINNOW_THRESHOLD", "1.5"),
        ("WINNOW_WORKERS", "0"),
        ("WINNOW_MAX_BODY_BYTES", "-1"),
        ("WINNOW_MAX_BODY_BYTES", str(MAX_BODY_BYTES_CEILING + 1)),
        ("WINNOW_MAX_BODY_BYTES", str(2**63 - 1)),
        ("WINNOW_MAX_DEPTH", str(PARSER_MAX_DEPTH + 1)),
        ("WINNOW_LOG_LEVEL", "chatty"),
        ("WINNOW_API_KEYS", "secret-one,,secret-two"),
        ("WINNOW_API_KEYS", "secret-one, "),
    ],
)
def test_invalid_values_fail_at_start_up(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


def test_the_largest_limits_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINNOW_MAX_BODY_BYTES", str(MAX_BODY_BYTES_CEILING))
    monkeypatch.setenv("WINNOW_MAX_DEPTH", str(PARSER_MAX_DEPTH))
    assert (Settings().max_body_bytes, Settings().max_depth) == (MAX_BODY_BYTES_CEILING, PARSER_MAX_DEPTH)


def test_to_env_round_trips(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings(
        port=9100, threshold=0.4, api_keys=(SecretStr("a"), SecretStr("b")), prometheus_multiproc_dir=tmp_path
    )
    for name, value in settings.to_env().items():
        monkeypatch.setenv(name, value)
    assert Settings() == settings


def test_unknown_winnow_variables_are_named() -> None:
    environ = {"WINNOW_API_KEY": "k", "WINNOW_PORT": "1", "winnow_port": "1", "WINNOW_PROT": "1", "HOME": "/"}
    environ |= {"WINNOW_CORPORA": "/data", "WINNOW_CONTAINER_TESTS": "1"}  # the project's other tools read these
    environ |= {"PROMETHEUS_MULTIPROC_DIR": "/tmp", "WINNOW_MAX_BODY_BYTES": "1", "WINNOW_API_KEYS": "k"}
    assert unknown_variables(environ) == ["WINNOW_API_KEY", "WINNOW_PROT"]


def test_configuration_rows_cover_every_setting() -> None:
    rows = configuration_rows()
    assert len(rows) == len(Settings.model_fields)
    names = [name for name, _, _ in rows]
    assert "WINNOW_MAX_CONCURRENCY" in names and "PROMETHEUS_MULTIPROC_DIR" in names
    assert all(name.startswith(("WINNOW_", "PROMETHEUS_")) and description for name, _, description in rows)
    assert dict((name, default) for name, default, _ in rows)["WINNOW_MODEL_PATH"] == "service/models/winnow.joblib"
    assert configuration_table().count("\n") == len(rows) + 1


def test_readme_shows_the_configuration_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert configuration_table().rstrip("\n") in readme, (
        "README's configuration table differs: paste configuration_table()"
    )
