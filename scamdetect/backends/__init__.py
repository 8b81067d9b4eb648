"""Model backends: each turns raw texts into label probabilities and word spans.

A backend is chosen by the ``kind`` field of a model directory's manifest.
Backends are imported lazily so that a default-model user never pays for the
transformer backend's tokenizer.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from ..model_dir import ModelError
from .base import Backend

__all__ = ["Backend", "load_backend", "BACKENDS"]

#: manifest ``kind`` -> "module:class" implementing :class:`Backend`
BACKENDS = {
    "linear": "scamdetect.backends.linear.backend:LinearBackend",
    "transformer": "scamdetect.backends.transformer.backend:TransformerBackend",
}


def load_backend(path: Path, manifest: dict[str, Any]) -> Backend:
    kind = manifest.get("kind")
    if kind not in BACKENDS:
        raise ModelError(f"{path / 'manifest.json'}: unknown model kind {kind!r}; known: {', '.join(BACKENDS)}")
    module_name, class_name = BACKENDS[kind].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls.from_dir(path, manifest)
