"""Save, verify and load the model artifact.

A joblib file is code: loading it runs whatever it pickled. So the loader reads the
manifest beside it first, checks the file's sha256 against it, checks the library and
feature-schema versions, and only then unpickles it, with an unpickler that refuses every
global a Winnow model does not hold (:mod:`.unpickle`), so that even a model file and
manifest forged together cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

    from .recalibrate import ScoreMap

from .errors import ModelIntegrityError, ModelNotFoundError, ModelVersionError
from .schema import FEATURE_SCHEMA_VERSION, FOREIGN_STAGE, KIND_STAGE, MODES

MODEL_NAME = "winnow"
MANIFEST_SUFFIX = ".manifest.json"
#: Libraries whose exact versions must match between saving and loading.
PINNED_LIBRARIES = ("scikit-learn", "joblib", "numpy", "scipy", "lxml")
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "winnow.joblib"
DEFAULT_THRESHOLD = 0.5
HASH_CHUNK = 1 << 20


@dataclass(frozen=True)
class Model:
    """A loaded, verified model: one fitted pipeline per input mode (and one for chrome kinds), plus its manifest."""

    pipelines: dict[str, Pipeline]
    manifest: dict[str, Any] = field(default_factory=dict)
    text_pass: bool = True
    """HTML is read by the text model too (``scoring.html_scores``); False: the HTML model alone on
    whole pages and fragments alike, faster (README, "Speed"), and more chrome set in the
    article's own markup kept."""
    score_maps: dict[str, ScoreMap] = field(default_factory=dict)
    """The last map of each mode's scores (:mod:`.recalibrate`), keyed like ``pipelines``; a mode
    without one keeps its pipeline's scores."""

    @property
    def name(self) -> str:
        return str(self.manifest.get("name", MODEL_NAME))

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", "0"))

    @property
    def threshold(self) -> float:
        return float(self.manifest.get("threshold", DEFAULT_THRESHOLD))


def library_versions() -> dict[str, str]:
    """Versions of Python and of every pinned library, as recorded in manifests."""
    versions = {"python": platform.python_version()}
    versions.update({name: metadata.version(name) for name in PINNED_LIBRARIES})
    return versions


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def manifest_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.stem + MANIFEST_SUFFIX)


def _json_scalar(value: Any) -> Any:
    """numpy scalars in metrics → plain Python numbers."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def save_model(model: Model, path: Path, *, version: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write the pipelines with joblib and a manifest beside them; return the manifest."""
    import joblib

    path.parent.mkdir(parents=True, exist_ok=True)
    maps = {mode: score_map.to_dict() for mode, score_map in model.score_maps.items()}
    joblib.dump({"format": FEATURE_SCHEMA_VERSION, "pipelines": model.pipelines, "score_maps": maps}, path, compress=3)
    manifest: dict[str, Any] = {
        "name": MODEL_NAME,
        "version": version,
        "file": path.name,
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "feature_schema_version": FEATURE_SCHEMA_VERSION,
        "libraries": library_versions(),
        "threshold": model.threshold,
        **(extra or {}),
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False, default=_json_scalar)
    manifest_path(path).write_text(text + "\n", encoding="utf-8")
    return manifest


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of the model at ``path``, checked for shape but not yet against the file."""
    if not path.is_file():
        raise ModelNotFoundError(f"no model file at {path}")
    mpath = manifest_path(path)
    if not mpath.is_file():
        raise ModelNotFoundError(f"no manifest at {mpath}")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelIntegrityError(f"unreadable manifest {mpath}: {exc}") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), str):
        raise ModelIntegrityError(f"manifest {mpath} has no sha256")
    if not isinstance(manifest.get("libraries", {}), dict):
        raise ModelIntegrityError(f"manifest {mpath}: its libraries are not a mapping")
    threshold = manifest.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or not 0 < threshold < 1:
        # the hash covers the model file, not its manifest: a threshold of 5 would label every page chrome
        raise ModelIntegrityError(f"manifest {mpath}: threshold {threshold!r} is not a number between 0 and 1")
    return manifest


def verify_model(path: Path) -> dict[str, Any]:
    """Check hash and versions of the artifact at ``path`` without loading it; return its manifest."""
    manifest = read_manifest(path)
    actual = sha256_file(path)
    if actual != manifest["sha256"]:
        raise ModelIntegrityError(
            f"model file {path} does not match its manifest (sha256 {actual[:12]}…, expected "
            f"{manifest['sha256'][:12]}…): refusing to load it"
        )
    if manifest.get("feature_schema_version") != FEATURE_SCHEMA_VERSION:
        raise ModelVersionError(
            f"model uses feature schema {manifest.get('feature_schema_version')}, this code {FEATURE_SCHEMA_VERSION}"
        )
    saved = manifest.get("libraries", {})
    current = library_versions()
    wrong = [
        f"{lib} {saved.get(lib)} (installed {current[lib]})"
        for lib in PINNED_LIBRARIES
        if saved.get(lib) != current[lib]
    ]
    if wrong:
        raise ModelVersionError("model was saved with other library versions: " + ", ".join(wrong))
    return manifest


def load_model(path: str | Path | None = None, *, text_pass: bool = True) -> Model:
    """Load the model at ``path`` (default: the committed model) after verifying it.

    ``text_pass``: whether HTML is read by the text model too (see :attr:`Model.text_pass`).
    """
    path = Path(path) if path is not None else DEFAULT_MODEL_PATH
    manifest = verify_model(path)
    from sklearn.pipeline import Pipeline  # the scientific stack is imported only once the file checks out

    from .recalibrate import score_maps
    from .unpickle import ForbiddenGlobal, safe_load

    try:
        payload = safe_load(path)
    except ForbiddenGlobal as exc:
        raise ModelIntegrityError(f"{path} is not a Winnow model: {exc}") from None
    pipelines = payload.get("pipelines") if isinstance(payload, dict) else None
    if (
        not isinstance(pipelines, dict)
        or not set(MODES) <= set(pipelines) <= {*MODES, KIND_STAGE, FOREIGN_STAGE}
        or not all(isinstance(p, Pipeline) for p in pipelines.values())
    ):
        raise ModelIntegrityError(f"{path} does not hold Winnow pipelines")
    maps = score_maps(payload.get("score_maps"))
    if not set(maps) <= set(MODES):
        raise ModelIntegrityError(f"{path} holds score maps for unknown modes: {sorted(set(maps) - set(MODES))}")
    return Model(pipelines=pipelines, manifest=manifest, text_pass=text_pass, score_maps=maps)
