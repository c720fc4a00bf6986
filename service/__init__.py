"""Winnow: label every paragraph of a web page as article content or publisher chrome.

The public Python API is two functions::

    from service import load_model, classify
    model = load_model()                   # the committed, verified model
    result = classify(model, html=page)    # or text=..., or paragraphs=[...]

Names are imported on first use (PEP 562), so ``winnow serve`` can check the model file
before the scientific stack is loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core.artifact import Model, load_model
    from .core.classify import Limits, classify
    from .core.errors import (
        DecodeError,
        EmptyInputError,
        InputError,
        LimitExceededError,
        ModelError,
        ModelIntegrityError,
        ModelNotFoundError,
        ModelVersionError,
        WinnowError,
    )
    from .core.types import Label, LabeledParagraph, Mode, Paywall, Result

_EXPORTS = {
    "Model": "artifact",
    "load_model": "artifact",
    "Limits": "classify",
    "classify": "classify",
    **dict.fromkeys(
        [
            "DecodeError",
            "EmptyInputError",
            "InputError",
            "LimitExceededError",
            "ModelError",
            "ModelIntegrityError",
            "ModelNotFoundError",
            "ModelVersionError",
            "WinnowError",
        ],
        "errors",
    ),
    **dict.fromkeys(["Label", "LabeledParagraph", "Mode", "Paywall", "Result"], "types"),
}

__all__ = [
    "DecodeError",
    "EmptyInputError",
    "InputError",
    "Label",
    "LabeledParagraph",
    "LimitExceededError",
    "Limits",
    "Mode",
    "Model",
    "ModelError",
    "ModelIntegrityError",
    "ModelNotFoundError",
    "ModelVersionError",
    "Paywall",
    "Result",
    "WinnowError",
    "classify",
    "load_model",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'service' has no attribute {name!r}")
    return getattr(import_module(f".core.{_EXPORTS[name]}", __name__), name)


def __dir__() -> list[str]:
    return __all__
