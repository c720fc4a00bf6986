"""Compressed request bodies: ``Content-Encoding: gzip`` or ``deflate`` (RFC 9110 §8.4).

A scraper that sends pages over a network can compress them (HTML shrinks about five times).
The body limit holds twice: the compressed body is limited as it arrives
(:class:`~.middleware.BodyLimitMiddleware`), and the decoded body is limited while it is
decoded, so a small body that inflates past the limit (a "zip bomb") stops at the limit plus
one byte and is a 413, never a full inflation. Codings are undone in the reverse of the order
listed; ``identity`` is no coding. Anything else is a 415 naming the codings accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.inflate import Coding, InflateError, TooLargeError, inflate
from .errors import ProblemError

#: The accepted codings, as the inflater names them: gzip (and its old name), and deflate
#: (HTTP's zlib format, or raw deflate, which some clients send instead).
CODINGS: dict[str, Coding] = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}
IDENTITY = "identity"
#: What a 415 for an unknown coding advertises (RFC 9110 §12.5.3: the codings a request may use).
ACCEPT_ENCODING = "gzip, deflate"


def request_codings(header: str | None) -> list[str]:
    """The codings a ``Content-Encoding`` value lists, in order, without ``identity``; a 415 problem
    for one that is not accepted (checked before the body is read)."""
    codings = [c.strip().lower() for c in (header or "").split(",")]
    codings = [c for c in codings if c and c != IDENTITY]
    unknown = [c for c in codings if c not in CODINGS]
    if unknown:
        detail = f"Content-Encoding {', '.join(unknown)} is not accepted; send {ACCEPT_ENCODING} or none."
        raise ProblemError(415, "unsupported-content-encoding", detail, {"Accept-Encoding": ACCEPT_ENCODING})
    return codings


def decoded(body: bytes, codings: Sequence[str], max_bytes: int) -> bytes:
    """``body`` with ``codings`` undone, last one first; a 413 problem once it passes ``max_bytes``,
    a 400 problem when the bytes are not what their coding says."""
    for coding in reversed(codings):
        try:
            body = inflate(body, CODINGS[coding], max_bytes)
        except TooLargeError:
            detail = f"The decoded request body is over the limit of {max_bytes:,} bytes."
            raise ProblemError(413, "payload-too-large", detail) from None
        except InflateError as exc:
            raise ProblemError(400, "undecodable-input", f"The body is not valid {coding} data ({exc}).") from None
    return body
