"""Load a joblib file with an unpickler that builds only the objects a Winnow model is made of.

The sha256 check in :mod:`.artifact` stops a damaged or swapped model file, but the
manifest holding that digest sits in the same directory: whoever can write one can write
both. So the unpickler itself refuses any global that is not on an allow-list: classes
of scikit-learn, SciPy sparse matrices, Winnow's own core, plain containers, and the
handful of NumPy and joblib functions that rebuild arrays. ``os.system``, ``eval``,
``subprocess``, ``builtins.exec`` and every other callable are refused before they can
be called.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

#: Packages whose classes (never functions) a model may hold.
CLASS_PACKAGES = ("sklearn.", "scipy.sparse.", "service.core.", "numpy.random.")
#: Exactly these other globals.
ALLOWED_GLOBALS = frozenset(
    {
        ("builtins", name)
        for name in ("object", "set", "frozenset", "slice", "complex", "bytearray", "list", "dict", "tuple", "str")
    }
    | {
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.random._pickle", "__bit_generator_ctor"),
        ("numpy.random._pickle", "__generator_ctor"),
        ("numpy.random._pickle", "__randomstate_ctor"),
        ("numpy.random.bit_generator", "__pyx_unpickle_SeedSequence"),
        ("joblib.numpy_pickle", "NumpyArrayWrapper"),
        ("copyreg", "_reconstructor"),
        ("collections", "OrderedDict"),
        ("collections", "defaultdict"),
        ("_codecs", "encode"),
    }
)
#: Classes that are never allowed, even inside an allowed package (they touch files).
DENIED_CLASSES = frozenset({"memmap"})


class ForbiddenGlobal(pickle.UnpicklingError):
    """The pickle asked for a global that a Winnow model never holds."""


def _in_class_package(module: str) -> bool:
    return any(module.startswith(prefix) or module == prefix[:-1] for prefix in CLASS_PACKAGES)


def safe_load(path: Path) -> Any:
    """``joblib.load(path)`` with every global checked against the allow-list."""
    from joblib import numpy_pickle

    class RestrictedUnpickler(numpy_pickle.NumpyUnpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) in ALLOWED_GLOBALS:
                return super().find_class(module, name)
            if not _in_class_package(module) or name in DENIED_CLASSES:
                raise ForbiddenGlobal(f"refusing to unpickle {module}.{name}")
            value = super().find_class(module, name)  # imports a module of an allowed package only
            if not isinstance(value, type):
                raise ForbiddenGlobal(f"refusing to unpickle {module}.{name}: not a class")
            return value

    with path.open("rb") as handle, numpy_pickle._validate_fileobject_and_memmap(handle, str(path), None) as (fobj, _):
        if isinstance(fobj, str):  # the joblib < 0.10 format, never written by Winnow
            raise ForbiddenGlobal(f"{path} is in a legacy joblib format")
        return RestrictedUnpickler(str(path), fobj, ensure_native_byte_order=True).load()
