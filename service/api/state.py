"""What one app instance holds: its settings, model, limiter and metrics."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.artifact import Model
from ..core.classify import Limits
from .limiter import ConcurrencyLimiter
from .metrics import Metrics
from .settings import Settings


@dataclass
class Runtime:
    """State shared by the requests of one worker (``app.state.runtime``)."""

    settings: Settings
    metrics: Metrics
    limiter: ConcurrencyLimiter
    model: Model | None = None
    """None until the lifespan has loaded it (or for good, when loading failed without fail-fast)."""
    api_keys: tuple[bytes, ...] = ()
    """The configured API keys as UTF-8 bytes (none: the API is open)."""

    @classmethod
    def create(cls, settings: Settings, model: Model | None = None) -> Runtime:
        metrics = Metrics(settings.prometheus_multiproc_dir)
        keys = tuple(key.get_secret_value().encode("utf-8") for key in settings.api_keys)
        return cls(settings, metrics, ConcurrencyLimiter(settings.max_concurrency), model, api_keys=keys)

    @property
    def limits(self) -> Limits:
        settings = self.settings
        return Limits(
            max_bytes=settings.max_body_bytes,
            max_paragraphs=settings.max_paragraphs,
            max_elements=settings.max_elements,
            max_depth=settings.max_depth,
            max_chars=settings.max_chars,
        )
