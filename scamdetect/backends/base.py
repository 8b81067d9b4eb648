"""The contract every model backend fulfils."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Backend(Protocol):
    """Scores raw texts. Normalisation happens inside, so spans refer to the raw text.

    Backends must be safe to call from many threads at once (onnxruntime sessions are). A backend
    may also offer ``predict_proba_batches(batches)``, an iterator of :meth:`predict_proba` results,
    one per batch, in order, which :class:`scamdetect.ScamClassifier` uses for lists of several
    batches (the default model's runs them as a two-thread pipeline).
    """

    #: taxonomy ids in the order of the probability columns
    labels: tuple[str, ...]

    @classmethod
    def from_dir(cls, path: Path, manifest: dict[str, Any]) -> Backend:
        """Build from a verified model directory (hashes already checked)."""
        ...

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
        """Probabilities ``(len(texts), len(labels))`` summing to 1 per row, and per-text truncation flags."""
        ...

    def word_spans(self, text: str, label_index: int) -> list[tuple[int, int, float]]:
        """``(start, end, weight)`` spans of the ORIGINAL ``text`` with signed weights toward ``label_index``.

        Positive weight pushes toward the label. Sorted by start; may be empty.
        """
        ...
