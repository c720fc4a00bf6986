"""The rules of set wordings (:mod:`service.core.phrases`): editorial notes, reading walls, subscription offers."""

from __future__ import annotations

import pytest

from service.core.notes import NOTES
from service.core.offers import OFFERS
from service.core.phrases import Phrases
from service.core.walls import WALLS


@pytest.mark.parametrize("kinds", [NOTES, WALLS, OFFERS], ids=["notes", "walls", "offers"])
def test_every_kind_has_triggers_and_patterns(kinds: dict[str, Phrases]) -> None:
    for what, phrases in kinds.items():
        assert phrases.triggers.split(), what
        assert phrases.patterns, what
