"""The OpenAPI contract, tested by schemathesis against the in-process app: no 5xx, every answer as documented.

schemathesis's own pytest plugin does not run under this pytest, so each operation's
hypothesis strategy is driven here directly; the checks are schemathesis's full set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import BaseSchema, Case

from service.api.app import create_app
from service.api.settings import Settings
from service.core.artifact import Model

#: Examples per operation: enough to walk each schema, bounded in time.
EXAMPLES = 15
#: Every operation the app documents (the test below fails if this list drifts from the schema).
OPERATIONS = (
    "GET /healthz",
    "GET /readyz",
    "GET /metrics",
    "POST /v1/classify",
    "POST /v1/classify/batch",
    "GET /v1/model",
)


@pytest.fixture(scope="module", params=["open", "with-keys"])
def api_schema(request: pytest.FixtureRequest, tiny_model_path: Path, model: Model) -> BaseSchema:
    keys = {"api_keys": "contract-key"} if request.param == "with-keys" else {}
    app = create_app(Settings(model_path=tiny_model_path, max_body_bytes=256 * 1024, **keys), model)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_the_operation_list_is_complete(api_schema: BaseSchema) -> None:
    assert sorted(result.ok().label for result in api_schema.get_all_operations()) == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_keeps_its_contract(api_schema: BaseSchema, label: str) -> None:
    """No server error; status, content type, headers and body as documented (schemathesis's checks)."""
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    def keeps_contract(case: Case) -> None:
        case.call_and_validate()

    keeps_contract()
