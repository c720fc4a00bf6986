"""Errors of batch runs, as branches of the core's one hierarchy.

    WinnowError (service.core.errors)
    ├── InputError
    │   ├── RecordError              a record has no usable html/text/paragraphs field
    │   │   └── MalformedRecordError a line that is not a JSON object
    │   └── UnreadableInputError     an input file cannot be read past some point
    └── BatchError                   a batch cannot start or finish (arguments, output, cluster)

Record-level errors never end a run: they become error lines in the output, typed by
``code``. ``BatchError`` ends it, and the CLI prints it.
"""

from __future__ import annotations

from ..core.errors import InputError, WinnowError

#: Error type written for an exception Winnow did not raise on purpose (a bug, not bad input).
INTERNAL_ERROR = "internal-error"
#: How to install the batch extra: Winnow is installed from its clone, not from PyPI.
INSTALL_BATCH_EXTRA = "from the clone: .venv/bin/pip install -c requirements.lock -e '.[batch]'"


class RecordError(InputError):
    """A record has no usable ``html``, ``text`` or ``paragraphs`` field, or a field of the wrong type or value."""

    code = "invalid-record"


class MalformedRecordError(RecordError):
    """A JSON-lines line that does not hold a JSON object."""

    code = "malformed-record"


class UnreadableInputError(InputError):
    """An input file cannot be read past this point (truncated or corrupt)."""

    code = "unreadable-input"


class BatchError(WinnowError):
    """A batch cannot start or finish: bad arguments, an output in the way, a missing extra."""

    code = "batch-error"
