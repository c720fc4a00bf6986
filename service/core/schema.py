"""Constants that name the model's parts, importable without the scientific stack."""

from __future__ import annotations

#: Bumped whenever features change meaning; a model saved with another value is refused.
FEATURE_SCHEMA_VERSION = 14
#: The input modes with a pipeline of their own.
MODES = ("html", "text")
#: Key of the chrome-kind pipeline in a model's pipelines.
KIND_STAGE = "kinds"
#: Key of the optional foreign text pipeline: text mode's model for pages in unknown scripts (:mod:`.foreign`).
FOREIGN_STAGE = "foreign"
