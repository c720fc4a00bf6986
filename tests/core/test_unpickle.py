"""The model unpickler builds Winnow's own objects and refuses every other global."""

from __future__ import annotations

import os
import pickle
import subprocess
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from service.core.types import Batch, Paragraph
from service.core.unpickle import ForbiddenGlobal, safe_load


class Reduces:
    """Pickles as ``call(*args)``."""

    def __init__(self, call: Any, *args: Any) -> None:
        self.call, self.args = call, args

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (self.call, self.args)


def test_model_objects_round_trip(tmp_path: Path) -> None:
    fitted = LogisticRegression().fit(np.eye(4), [0, 1, 0, 1])
    batch = Batch([Paragraph(index=0, text="x")])
    rng = np.random.default_rng(0)
    path = tmp_path / "model.joblib"
    joblib.dump({"clf": fitted, "batch": batch, "rng": rng, "scalar": np.float64(2.5), "set": {1, 2}}, path, compress=3)
    loaded = safe_load(path)
    assert np.array_equal(loaded["clf"].coef_, fitted.coef_)
    assert loaded["batch"] == batch and loaded["scalar"] == 2.5 and loaded["set"] == {1, 2}
    assert loaded["rng"].random() == np.random.default_rng(0).random()


@pytest.mark.parametrize(
    "payload",
    [
        Reduces(os.system, "true"),
        Reduces(eval, "1 + 1"),
        Reduces(subprocess.Popen, ["true"]),
        Reduces(np.memmap, "/tmp/winnow-memmap-test", np.uint8, "w+", 0, (1,)),
        Reduces(np.load, "/etc/passwd"),
        Reduces(pickle.loads, b"."),
    ],
    ids=["os.system", "eval", "subprocess", "numpy.memmap", "numpy.load", "pickle.loads"],
)
@pytest.mark.parametrize("compress", [0, 3])
def test_foreign_globals_are_refused_before_they_run(tmp_path: Path, payload: Reduces, compress: int) -> None:
    path = tmp_path / "evil.joblib"
    joblib.dump({"pipelines": payload}, path, compress=compress)
    with pytest.raises(ForbiddenGlobal, match="refusing to unpickle"):
        safe_load(path)
    assert not Path("/tmp/winnow-memmap-test").exists()


def test_a_plain_pickle_is_checked_too(tmp_path: Path) -> None:
    path = tmp_path / "evil.pkl"
    path.write_bytes(pickle.dumps(Reduces(os.system, "true")))
    with pytest.raises(ForbiddenGlobal):
        safe_load(path)
