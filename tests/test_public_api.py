"""The public surface and the direction of imports are part of the contract."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import service

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN_IN_CORE = (
    "fastapi",
    "starlette",
    "pydantic",
    "uvicorn",
    "training",
    "service.api",
    "trafilatura",
    "justext",
    "os.environ",
)


def test_exported_members() -> None:
    assert set(service.__all__) == {
        "DecodeError",
        "EmptyInputError",
        "InputError",
        "Label",
        "LabeledParagraph",
        "Limits",
        "LimitExceededError",
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
    }
    for name in service.__all__:
        assert getattr(service, name) is not None
    assert set(service._EXPORTS) == set(service.__all__)


def test_importing_the_package_loads_no_scientific_stack() -> None:
    code = "import sys, service.cli, service.api.server; print(any(m.split('.')[0] in {'sklearn', 'scipy'} for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_depends_on_nothing_above_it() -> None:
    for path in (ROOT / "service" / "core").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in _imports(path):
            assert not name.startswith(FORBIDDEN_IN_CORE[:-1]), f"{path.name} imports {name}"
        assert "os.environ" not in text and "getenv" not in text, f"{path.name} reads the environment"


def test_competing_extractors_stay_out_of_the_runtime() -> None:
    for path in (ROOT / "service").rglob("*.py"):
        assert not {"trafilatura", "justext", "html2text", "markdownify"} & {n.split(".")[0] for n in _imports(path)}, (
            path
        )
