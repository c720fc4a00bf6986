"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest
from threadpoolctl import threadpool_limits

from service.core.artifact import save_model
from tests.builders import train_tiny_model


@pytest.fixture(scope="session")
def tiny_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real model trained on the fixture pages, saved with its manifest; returns the .joblib path."""
    # One OpenMP thread: the tiny fit is faster without thread start-up and oversubscription.
    with threadpool_limits(1):
        model = train_tiny_model()
    path = tmp_path_factory.mktemp("model") / "winnow.joblib"
    save_model(model, path, version="test")
    return path
