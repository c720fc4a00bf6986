from __future__ import annotations

import pytest

from service.core.artifact import Model
from tests.builders import train_tiny_model


@pytest.fixture(scope="session")
def tiny_model() -> Model:
    return train_tiny_model()
