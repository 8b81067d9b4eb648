"""A two-stage backend: a fast screen for every text, a stronger model for the uncertain ones.

The default linear model is sure about most messages (OTP codes, balance alerts,
blatant phishing). Only texts whose scam score falls inside ``band`` are passed
to the second model, usually the PhoBERT export, whose answer then replaces the
first one. Throughput stays close to the screen's while the hard cases get the
stronger model.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..base import Backend

__all__ = ["CascadeBackend"]


def default_band(threshold: float) -> tuple[float, float]:
    """An uncertain band around the screen's threshold, so the second model can overturn either verdict."""
    return max(0.0, threshold - 0.4), threshold + 0.9 * (1.0 - threshold)


def align_scores(probs: np.ndarray, legit: int, own_threshold: float, target_threshold: float) -> np.ndarray:
    """Rescale a model's scam score piecewise-linearly so that its own threshold lands on ``target_threshold``.

    The cascade keeps one threshold (the screen's); a second model calibrated differently would otherwise be
    judged against a threshold that is not its own. Scheme probabilities keep their proportions.
    """
    scam = 1.0 - probs[:, legit]
    t2, t1 = min(max(own_threshold, 1e-6), 1 - 1e-6), target_threshold
    aligned = np.where(scam < t2, scam * t1 / t2, t1 + (scam - t2) * (1.0 - t1) / (1.0 - t2))
    out = probs.astype(np.float64, copy=True)
    ratio = np.divide(aligned, scam, out=np.zeros_like(scam, dtype=np.float64), where=scam > 0)
    out *= ratio[:, None]
    out[:, legit] = 1.0 - aligned
    return out.astype(np.float32)


class CascadeBackend:
    def __init__(self, screen: Backend, second: Backend, band: tuple[float, float] = (0.15, 0.85),
                 screen_threshold: float = 0.5, second_threshold: float = 0.5) -> None:
        low, high = band
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError(f"cascade band must satisfy 0 <= low <= high <= 1, got {band}")
        if set(screen.labels) != set(second.labels):
            raise ValueError("the two models of a cascade must share the taxonomy's labels")
        self.screen, self.second, self.band = screen, second, (float(low), float(high))
        self.labels = tuple(screen.labels)
        self._reorder = [second.labels.index(label) for label in self.labels]
        self._legit = self.labels.index("legit")
        self.thresholds = (float(screen_threshold), float(second_threshold))
        self.last_escalated = 0  # how many texts of the last call went to the second model

    @classmethod
    def from_dir(cls, path: Path, manifest: dict[str, Any]) -> CascadeBackend:
        raise NotImplementedError("build a cascade with scamdetect.load_model(first, cascade=second)")

    def _escalate(self, probs: np.ndarray) -> np.ndarray:
        score = 1.0 - probs[:, self._legit]
        return np.nonzero((score >= self.band[0]) & (score <= self.band[1]))[0]

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, list[bool]]:
        probs, truncated = self.screen.predict_proba(texts)
        probs = np.array(probs, dtype=np.float32, copy=True)
        hard = self._escalate(probs)
        self.last_escalated = len(hard)
        if len(hard):
            second, second_truncated = self.second.predict_proba([texts[k] for k in hard])
            second = align_scores(np.asarray(second)[:, self._reorder], self._legit, self.thresholds[1],
                                  self.thresholds[0])
            probs[hard] = second
            for row, k in enumerate(hard):
                truncated[k] = truncated[k] or second_truncated[row]
        return probs, truncated

    def word_spans(self, text: str, label_index: int) -> list[tuple[int, int, float]]:
        probs, _ = self.screen.predict_proba([text])
        decider = self.second if len(self._escalate(np.asarray(probs))) else self.screen
        if decider is self.second:
            label_index = self.second.labels.index(self.labels[label_index])
        return decider.word_spans(text, label_index)
