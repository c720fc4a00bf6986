"""Winnow: label every paragraph of a web page as article content or publisher chrome.

The public Python API is two functions::

    from service import load_model, classify
    model = load_model()                   # the committed, verified model
    result = classify(model, html=page)    # or text=..., or paragraphs=[...]
"""

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
