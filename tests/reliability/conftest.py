"""The reliability tests reuse the API tests' apps and clients over the tiny real model."""

from __future__ import annotations

from tests.api.conftest import anyio_backend, client, logs, make_app, make_client, model, serve

__all__ = ["anyio_backend", "client", "logs", "make_app", "make_client", "model", "serve"]
