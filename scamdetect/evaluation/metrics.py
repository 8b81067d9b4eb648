"""Evaluation metrics with numpy alone (no scikit-learn at inference or evaluation time).

Example:
    >>> import numpy as np
    >>> m = binary_metrics(np.array([1, 1, 0, 0], bool), np.array([1, 0, 0, 1], bool), np.array([.9, .4, .1, .6]))
    >>> m["precision"], m["recall"], m["fpr"], m["roc_auc"]
    (0.5, 0.5, 0.5, 0.75)
    >>> scheme_metrics(["legit", "fake_loan"], ["legit", "legit"])["macro_f1"]
    0.3333
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..taxonomy import LABELS

__all__ = ["binary_metrics", "scheme_metrics", "choose_threshold", "roc_auc", "pr_auc", "calibration",
           "confusion_matrix"]


def _r(x: float) -> float:
    return round(float(x), 4)


def roc_auc(y: np.ndarray, score: np.ndarray) -> float | None:
    """Area under the ROC curve via the rank-sum statistic (ties averaged)."""
    y = np.asarray(y, bool)
    pos, neg = y.sum(), (~y).sum()
    if pos == 0 or neg == 0:
        return None
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    sorted_scores = np.asarray(score)[order]
    i = 0
    while i < len(score):
        j = i
        while j + 1 < len(score) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[y].sum() - pos * (pos + 1) / 2) / (pos * neg))


def pr_curve(y: np.ndarray, score: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(precision, recall, thresholds), one point per distinct score, thresholds descending."""
    y = np.asarray(y, bool)
    order = np.argsort(-np.asarray(score), kind="mergesort")
    s, t = np.asarray(score)[order], y[order]
    tp = np.cumsum(t)
    fp = np.cumsum(~t)
    last = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    precision = tp[last] / np.maximum(tp[last] + fp[last], 1)
    recall = tp[last] / max(int(y.sum()), 1)
    return precision, recall, s[last]


def pr_auc(y: np.ndarray, score: np.ndarray) -> float | None:
    """Average precision (area under the precision-recall curve, step-wise)."""
    if not np.asarray(y, bool).any():
        return None
    precision, recall, _ = pr_curve(y, score)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def binary_metrics(y_true: np.ndarray, y_pred: np.ndarray, score: np.ndarray | None = None) -> dict[str, Any]:
    """Scam-vs-legit precision, recall, F1, false-positive rate (and AUCs when scores are given)."""
    y_true, y_pred = np.asarray(y_true, bool), np.asarray(y_pred, bool)
    tp = int((y_true & y_pred).sum())
    fp = int((~y_true & y_pred).sum())
    fn = int((y_true & ~y_pred).sum())
    tn = int((~y_true & ~y_pred).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out: dict[str, Any] = {"precision": _r(precision), "recall": _r(recall), "f1": _r(f1),
                           "fpr": _r(fp / (fp + tn) if fp + tn else 0.0),
                           "tp": tp, "fp": fp, "fn": fn, "tn": tn}
    if score is not None:
        auc, ap = roc_auc(y_true, score), pr_auc(y_true, score)
        out["roc_auc"] = None if auc is None else _r(auc)
        out["pr_auc"] = None if ap is None else _r(ap)
    return out


def confusion_matrix(y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] = LABELS) -> np.ndarray:
    index = {label: k for k, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        matrix[index[t], index[p]] += 1
    return matrix


def scheme_metrics(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    """Per-label precision/recall/F1/support; macro-F1 over labels present in ``y_true``."""
    matrix = confusion_matrix(y_true, y_pred)
    per_label = {}
    f1s, scam_f1s, weighted, total = [], [], 0.0, int(matrix.sum())
    for k, label in enumerate(LABELS):
        tp = matrix[k, k]
        support = int(matrix[k].sum())
        predicted = int(matrix[:, k].sum())
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": _r(precision), "recall": _r(recall), "f1": _r(f1), "support": support}
        if support:
            f1s.append(f1)
            weighted += f1 * support
            if label != "legit":
                scam_f1s.append(f1)
    return {"macro_f1": _r(np.mean(f1s)) if f1s else 0.0,
            "macro_f1_schemes": _r(np.mean(scam_f1s)) if scam_f1s else 0.0,
            "weighted_f1": _r(weighted / total) if total else 0.0,
            "accuracy": _r(np.trace(matrix) / total) if total else 0.0,
            "per_label": per_label}


def choose_threshold(y_true: np.ndarray, score: np.ndarray, max_fpr: float = 0.01,
                     scam_share: float | None = None) -> float:
    """The threshold with the best F1 among those whose false-positive rate stays within ``max_fpr``.

    With ``scam_share``, F1 is counted as if scams made up that share of the messages: each legit row
    weighs so that the legit rows together are ``1 - scam_share`` of the weight. A held-out set is
    often far richer in scams than the traffic a model meets, and at its own mix it undercounts
    false alarms.

    >>> y, s = np.array([1, 1, 1, 0, 0, 0, 0, 0]), np.array([0.9, 0.8, 0.4, 0.5, 0.3, 0.2, 0.1, 0.1])
    >>> choose_threshold(y, s, max_fpr=1.0) <= 0.4   # the third scam is worth one false alarm ...
    True
    >>> choose_threshold(y, s, max_fpr=1.0, scam_share=0.05) > 0.5   # ... not where legit is 95% of the traffic
    True
    """
    y_true = np.asarray(y_true, bool)
    score = np.asarray(score, float)
    n_scam, n_legit = int(y_true.sum()), int((~y_true).sum())
    legit_weight = 1.0
    if scam_share is not None and n_scam and n_legit:
        if not 0.0 < scam_share < 1.0:
            raise ValueError(f"scam_share must lie strictly between 0 and 1, not {scam_share}")
        legit_weight = (1.0 - scam_share) / scam_share * n_scam / n_legit
    # every candidate at once: rows at or above a threshold counted by binary search in the sorted scores
    candidates = np.unique(np.round(np.r_[np.linspace(0.05, 0.99, 95), score], 4))
    tp = n_scam - np.searchsorted(np.sort(score[y_true]), candidates, "left")
    fp = n_legit - np.searchsorted(np.sort(score[~y_true]), candidates, "left")
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(tp > 0, 2 * tp / (2 * tp + legit_weight * fp + (n_scam - tp)), 0.0)
    allowed = fp / max(n_legit, 1) <= max_fpr
    if not allowed.any():
        return 0.5
    return float(candidates[np.argmax(np.where(allowed, f1, -1.0))])  # the lowest threshold of the best F1


def calibration(y_true: np.ndarray, score: np.ndarray, bins: int = 10) -> dict[str, Any]:
    """Expected calibration error of the scam score, and the reliability curve's points."""
    y_true, score = np.asarray(y_true, float), np.asarray(score, float)
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(score, edges[1:-1]), 0, bins - 1)
    points, ece = [], 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            conf, acc = float(score[mask].mean()), float(y_true[mask].mean())
            ece += mask.mean() * abs(conf - acc)
            points.append({"bin": b, "confidence": _r(conf), "accuracy": _r(acc), "count": int(mask.sum())})
    return {"ece": _r(ece), "curve": points}
