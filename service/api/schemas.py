"""The wire format: request and response models of the API, apart from the core's dataclasses.

Responses are documented by these models but built as plain dicts (``result_body``),
so large answers are not validated a second time on their way out.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    model_validator,
)
from pydantic.config import JsonDict
from pydantic_core import PydanticCustomError

from ..core.artifact import Model
from ..core.kinds import MAX_MENU_WORDS, MIN_KIND_SCORE, MIN_NOTICE_WORDS, RULE_KIND_SCORE
from ..core.parse import SURROGATES
from ..core.report import Listing, document_dict
from ..core.title import MAX_TITLE_CHARS
from ..core.types import Result

INPUT_FIELDS = ("html", "text", "paragraphs")
#: "Exactly one input", in JSON Schema: each branch holds when its field is present and not null.
EXACTLY_ONE_INPUT: JsonDict = {
    "oneOf": [
        {"required": ["html"], "properties": {"html": {"type": "string"}}},
        {"required": ["text"], "properties": {"text": {"type": "string"}}},
        {"required": ["paragraphs"], "properties": {"paragraphs": {"type": "array"}}},
    ]
}
MAX_URL_CHARS = 8192
MAX_ID_CHARS = 256
ID_ERROR = f"the id must be a string of 1 to {MAX_ID_CHARS} characters or an integer"
THRESHOLD_ERROR = "the threshold must be a number between 0 and 1"
JSON_THRESHOLD_ERROR = f"{THRESHOLD_ERROR}, given as a JSON number (not a string or a boolean)"


def one_error(kind: str, message: str) -> WrapValidator:
    """A validator that reports any failure of the type it wraps as one error, ``message``: not one per
    branch of a union, nor "less than or equal to 1" for NaN."""

    def wrap(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        try:
            return handler(value)
        except ValidationError:
            raise PydanticCustomError(kind, message) from None

    return WrapValidator(wrap)


def encodable(text: str) -> str:
    """``text`` when it has a UTF-8 form (no lone surrogate, as a ``\\ud83d`` escape makes): an id is
    echoed back as it came, and an answer holding a lone surrogate cannot be sent."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a lone surrogate has no UTF-8 form") from None
    return text


def whole_characters(value: object) -> object:
    """A string's lone surrogates (half an emoji's ``\\ud83d`` escape) as U+FFFD, as the page's own text
    has them: the echoed ``url`` is no reason to refuse a page."""
    return SURROGATES.sub("\ufffd", value) if isinstance(value, str) else value


#: Where a page came from: at most ``MAX_URL_CHARS`` characters.
Url = Annotated[str, BeforeValidator(whole_characters), StringConstraints(max_length=MAX_URL_CHARS)]
#: A batch document's id: a string or an integer (strict: true is no integer, "1" stays a string).
BatchId = Annotated[
    Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID_CHARS), AfterValidator(encodable)] | StrictInt,
    one_error("invalid_id", ID_ERROR),
]
#: A content score cut-off in [0, 1]; NaN fails both bounds.
Threshold = Annotated[float, Field(ge=0.0, le=1.0), one_error("invalid_threshold", THRESHOLD_ERROR)]
#: In JSON: a number only (an integer too); lax mode would read true as 1.0 and "0.5" as 0.5.
JsonThreshold = Annotated[
    float, Field(strict=True, ge=0.0, le=1.0), one_error("invalid_threshold", JSON_THRESHOLD_ERROR)
]


class ClassifyRequest(BaseModel):
    """One page to classify: exactly one of ``html``, ``text`` or ``paragraphs``."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=EXACTLY_ONE_INPUT)

    html: str | None = Field(None, description="The page's HTML.")
    text: str | None = Field(
        None,
        description=(
            "Plain text, one paragraph per line (lines cut inside a sentence are scored together). "
            "Hard-wrapped text, with blank lines between paragraphs, is read as its paragraphs. "
            "Markdown dumps are read without their syntax (links keep their words, images and rules "
            "take their neighbours' label) and returned as given."
        ),
    )
    paragraphs: list[str] | None = Field(
        None, description="Paragraphs already split by the caller (Markdown read as for text)."
    )
    url: Url | None = Field(None, description="Where the page came from; echoed back.")
    threshold: JsonThreshold | None = Field(
        None, description="Content score cut-off (default: the service's, else the model's)."
    )

    @model_validator(mode="after")
    def _exactly_one_input(self) -> ClassifyRequest:
        given = [name for name in INPUT_FIELDS if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of html, text or paragraphs" + (f" (got {', '.join(given)})" if given else "")
            )
        return self


class BatchDocument(ClassifyRequest):
    """One document of a batch: an id of the caller's choosing plus the fields of a classify request."""

    id: BatchId = Field(
        description=f"Caller's id: a string of 1 to {MAX_ID_CHARS} characters or an integer, returned as given "
        "with the result."
    )


class BatchRequest(BaseModel):
    """Documents to classify in one call (at most ``WINNOW_MAX_BATCH``, 64 by default)."""

    model_config = ConfigDict(extra="forbid")

    documents: list[BatchDocument] = Field(description="The documents, answered in this order.")


class BatchEnvelope(BaseModel):
    """What the batch route parses first: documents are validated one by one afterwards."""

    model_config = ConfigDict(extra="forbid")

    documents: list[Any]


class ParagraphOut(BaseModel):
    index: int = Field(
        description="Position of the paragraph in the page, from 0; for `paragraphs` input, its position in the "
        "list given (empty entries get no paragraph, so their positions are skipped)."
    )
    text: str = Field(description="Whitespace-normalised text of the paragraph (a Markdown line as given).")
    label: Literal["content", "chrome"] = Field(description="The verdict.")
    score: float = Field(description="Calibrated probability that the paragraph is content.")
    path: str | None = Field(None, description="XPath of the block that holds it (HTML input only).")
    kind: (
        Literal[
            "paywall", "pricing", "login", "consent", "newsletter", "promo", "share", "related",
            "navigation", "legal", "ad", "comments", "disclaimer", "other",
        ]
        | None
    ) = Field(None, description="For chrome paragraphs: what kind of chrome it is.")  # fmt: skip
    kind_score: float | None = Field(
        None,
        description=f"Probability of `kind` (chrome paragraphs only); {RULE_KIND_SCORE} where a control line's rule "
        "names the kind (an ad slot, a consent button, a list's heading, a comment control, a share bar, a page "
        f"stamp). When no kind reaches {MIN_KIND_SCORE}, the words tell none and `kind` is the line's shape's (with "
        f"its probability): navigation for at most {MAX_MENU_WORDS} words that end no sentence (a menu's section), "
        "related for more (another story's headline), other for a sentence. Under a box's heading ('Most read', "
        "'Latest in Mining', 'Tags') a line the words read as navigation takes the box's kind: related for a "
        "headline, other for a tag. A footer's link to a legal page, or one in a footer's list ('Privacy Policy', "
        "'Contact us' beside 'Jobs'), is legal, and a figure alone (a score, a time) other, with the probability "
        "the words give that kind.",
    )


class PaywallOut(BaseModel):
    detected: bool = Field(description="True when the page shows a paywall or subscription wall.")
    score: float = Field(
        description="Probability-like strength of the strongest paywall notice on the page: a chrome paragraph"
        f" of at least {MIN_NOTICE_WORDS} words read as a paywall notice, or a meter, a subscriber wall or a"
        " prompt to read on that the reading-wall rule finds. A link, a bar of links or a line in title case"
        " that ends no sentence ('Log in | Subscribe', a menu; in HTML, any link) and a sign-in prompt that"
        " stands on every page ('Already a subscriber? Sign in') are none."
    )
    kinds: list[str] = Field(description="Wall-related chrome kinds seen on the page (paywall, pricing, login).")


class Stats(BaseModel):
    paragraphs: int
    content: int
    chrome: int


class ModelRef(BaseModel):
    name: str
    version: str


class DocumentResult(BaseModel):
    """The labelled paragraphs of one page."""

    mode: Literal["html", "text", "paragraphs"] = Field(
        description="How the input was read: `html`, `text` (one paragraph per line; HTML without a tag is read so) "
        "or `paragraphs` (a list given)."
    )
    paragraphs: list[ParagraphOut] = Field(
        description="The paragraphs in page order: all of them, or those the `list` query parameter asks for."
    )
    content_text: str = Field(description="The content paragraphs joined with newlines.")
    stats: Stats
    truncated: bool = Field(description="True when the parser hit a limit and text may be missing.")
    fragment: bool = Field(
        False,
        description="HTML without a doctype, <html>, <head> or <body> (an extractor's article container, say): "
        "each score is the mean of the HTML and the text model's, which drops chrome set inside the article better.",
    )
    title: str | None = Field(
        None,
        description="The title the page's head gives: its `og:title`, else its Twitter card's, else `<title>` "
        f"(whitespace-normalised, at most {MAX_TITLE_CHARS} characters). Most truths the model learnt from leave "
        "the headline out of the article, so `content_text` often lacks it. Null for text and paragraphs, and for "
        "HTML that gives none (most fragments); a `<title>` outside the head counts as browsers read it.",
    )
    paywall: PaywallOut | None = Field(
        None, description="Whether the page is paywalled, so the article you got may be cut short."
    )
    url: str | None = Field(None, description="The request's url, when one was given.")


class ClassifyResponse(DocumentResult):
    model: ModelRef
    elapsed_ms: float = Field(description="Time the service spent on the request.")


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (``application/problem+json``)."""

    type: str = Field(description="Stable URI naming the kind of problem.")
    title: str
    status: int
    detail: str = Field(description="What went wrong, for humans.")
    instance: str | None = Field(None, description="Path of the request.")
    request_id: str | None = Field(None, description="The request's X-Request-ID.")
    errors: list[dict[str, Any]] | None = Field(
        None, description="Each error found (`validation-error` and `malformed-json` problems): where, and what."
    )


class BatchItem(BaseModel):
    """One slot of a batch answer: a ``result`` (status 200) or a ``problem``."""

    id: str | int | None = Field(
        description="The document's id as given (null when it had none, or one neither a string nor an integer)."
    )
    status: int = Field(description="200, or the status the document alone would have got.")
    result: DocumentResult | None = None
    problem: Problem | None = None


class BatchResponse(BaseModel):
    model: ModelRef
    results: list[BatchItem]
    elapsed_ms: float


class ModelInfo(BaseModel):
    name: str
    version: str
    sha256: str
    trained_at: str | None = Field(description="When the artifact was created (ISO 8601).")
    threshold: float = Field(
        description="The cut-off a request without its own gets: WINNOW_THRESHOLD when set, else the model's."
    )
    model_threshold: float = Field(description="The model's own cut-off (its manifest's).")
    text_pass: bool = Field(description="Whether HTML is read by the text model too (WINNOW_TEXT_PASS).")
    feature_schema_version: int | None
    metrics: dict[str, Any] = Field(description="Evaluation metrics recorded at training time.")
    libraries: dict[str, str] = Field(description="Library versions the artifact was saved with.")


class Health(BaseModel):
    status: Literal["ok"]


class Ready(BaseModel):
    status: Literal["ready"]
    model: ModelRef


def model_ref(model: Model) -> dict[str, str]:
    return {"name": model.name, "version": model.version}


def result_body(result: Result, url: str | None, listing: Listing = "all") -> dict[str, Any]:
    """A ``DocumentResult`` as a dict, built directly from the core's result (the shared shape)."""
    return document_dict(result, url, listing)


def model_info(model: Model, threshold: float | None = None) -> dict[str, Any]:
    """``ModelInfo`` from the model's manifest; ``threshold``: the service's default cut-off, if set."""
    manifest = model.manifest
    return {
        "name": model.name,
        "version": model.version,
        "sha256": str(manifest.get("sha256", "")),
        "trained_at": manifest.get("created_at"),
        "threshold": threshold if threshold is not None else model.threshold,
        "model_threshold": model.threshold,
        "text_pass": model.text_pass,
        "feature_schema_version": manifest.get("feature_schema_version"),
        "metrics": manifest.get("metrics") or {},
        "libraries": {str(k): str(v) for k, v in (manifest.get("libraries") or {}).items()},
    }


PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def problem_responses(*statuses: int, notes: Mapping[int, str] | None = None) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem+json answers with these statuses (``notes``: when a status
    is given, after its reason phrase)."""
    notes = notes or {}
    return {
        status: {
            "description": HTTPStatus(status).phrase + (f": {notes[status]}" if status in notes else ""),
            "content": {"application/problem+json": {"schema": PROBLEM_REF}},
        }
        for status in statuses
    }
