"""Winnow's one exception hierarchy.

    WinnowError                      root: everything the core raises on purpose
    ├── InputError                   the caller's input cannot be classified
    │   ├── DecodeError              bytes that do not decode with the given/declared charset
    │   ├── EmptyInputError          no input given, or more than one kind of input
    │   └── LimitExceededError       input over a configured limit (bytes, elements, paragraphs)
    └── ModelError                   the model artifact cannot be used
        ├── ModelNotFoundError       no file at the model path
        ├── ModelIntegrityError      sha256 mismatch, unreadable manifest, wrong object type
        └── ModelVersionError        saved with other library or feature-schema versions

The API layer maps InputError to 4xx and ModelError to 503; nothing here knows about HTTP.
"""

from __future__ import annotations


class WinnowError(Exception):
    """Root of every error Winnow raises on purpose."""

    #: A stable, short machine-readable code (used as the problem `type` suffix).
    code: str = "winnow-error"


class InputError(WinnowError):
    """The caller's input cannot be classified."""

    code = "invalid-input"


class DecodeError(InputError):
    """Bytes that do not decode with the charset given or declared."""

    code = "undecodable-input"


class EmptyInputError(InputError):
    """No input, or more than one kind of input, was given."""

    code = "invalid-input"


class LimitExceededError(InputError):
    """Input over a configured limit."""

    code = "limit-exceeded"

    def __init__(self, what: str, limit: int, actual: int | None = None) -> None:
        self.what = what
        self.limit = limit
        self.actual = actual
        detail = f"{what} over the limit of {limit:,}"
        if actual is not None:
            detail += f" (got {actual:,})"
        super().__init__(detail)


class ModelError(WinnowError):
    """The model artifact cannot be used."""

    code = "model-unavailable"


class ModelNotFoundError(ModelError):
    """No model file or manifest at the given path."""

    code = "model-not-found"


class ModelIntegrityError(ModelError):
    """The artifact does not match its manifest (hash, format or type)."""

    code = "model-integrity"


class ModelVersionError(ModelError):
    """The artifact was saved with library or feature-schema versions other than these."""

    code = "model-version"
