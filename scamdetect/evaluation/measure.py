"""The evaluation itself: score a model on labelled data and compute every figure of the report.

:func:`evaluate` returns an :class:`Evaluation` (arrays for plots plus JSON-ready ``metrics``): binary and
per-scheme quality, calibration, the threshold trade-off, robustness to disguises, throughput and the worst
mistakes with their explanations.
"""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..errors import DataError
from ..taxonomy import LABELS
from ..text.augment import PERTURBATIONS
from .data import LabelledData
from .metrics import binary_metrics, calibration, confusion_matrix, scheme_metrics

__all__ = ["Evaluation", "evaluate", "load_spec", "threshold_tradeoff", "best_threshold", "compare", "N_ERRORS",
           "MAX_FPR"]

#: rows explained in the error-analysis table by default
N_ERRORS = 20
#: classify() is called on chunks of this many texts (bounds memory on big files)
CHUNK = 4096
#: texts timed with explanations on for the throughput figure
EXPLAIN_SAMPLE = 200
#: false-positive budget for the suggested operating point (the real-SMS goal in issue 3)
MAX_FPR = 0.015

LOG = logging.getLogger("scamdetect.evaluation")


def load_spec(spec: Any = None):
    """A :class:`~scamdetect.ScamClassifier` from a loose description, for notebooks and scripts.

    ``None`` is the bundled model; a path a model directory; a dict has ``path`` and optionally
    ``cascade`` (a second model directory) and ``threshold``; a loaded classifier is returned as is.
    """
    from ..classifier import ScamClassifier, load_model

    if isinstance(spec, ScamClassifier):
        return spec
    if spec is None or isinstance(spec, (str, Path)):
        return load_model(spec)
    if isinstance(spec, dict):
        unknown = set(spec) - {"path", "cascade", "threshold", "cascade_band"}
        if unknown:
            raise ValueError(f"unknown model spec keys {sorted(unknown)}; use path, cascade, threshold, cascade_band")
        kwargs = {k: spec[k] for k in ("threshold", "cascade") if spec.get(k) is not None}
        if spec.get("cascade_band") is not None:
            kwargs["cascade_band"] = tuple(spec["cascade_band"])
        return load_model(spec.get("path"), **kwargs)
    raise TypeError(f"cannot load a model from {type(spec).__name__}")


def _model_info(model: Any, name: str | None) -> dict[str, Any]:
    manifest = getattr(model, "manifest", {}) or {}
    path = getattr(model, "path", None)
    info = {"name": name or (Path(path).name if path else "model"), "path": str(path) if path else None,
            "kind": manifest.get("kind"), "threshold": float(model.threshold)}
    if "cascade" in manifest:
        info["kind"] = f"cascade({manifest.get('kind')} -> {manifest['cascade']['second_manifest'].get('kind')})"
        info["cascade"] = {"second": manifest["cascade"]["second"], "band": manifest["cascade"]["band"]}
    for key in ("created", "training_data_sha256", "model_version", "version"):
        if key in manifest:
            info[key] = manifest[key]
    return info


def _warnings(model: Any) -> list[str]:
    manifest = getattr(model, "manifest", {}) or {}
    training = manifest.get("training") or {}
    out = []
    if training.get("refit_on_all_splits"):
        data = training.get("data", "its training corpus")
        out.append(f"The model's weights were refit on every split (train, dev and test) of {data} after its "
                   "held-out measurement; on rows from that corpus these numbers are optimistic. The held-out "
                   "figures are in the manifest (metrics.test).")
    return out


def _score(model: Any, texts: Sequence[str]) -> tuple[list[str], np.ndarray, np.ndarray, float]:
    """Predicted labels, probabilities (taxonomy order), scam scores (the classifier's own, not recomputed from
    the probabilities) and seconds spent inside ``classify``."""
    labels: list[str] = []
    proba = np.zeros((len(texts), len(LABELS)), np.float32)
    scam = np.zeros(len(texts), np.float64)
    seconds = 0.0
    for start in range(0, len(texts), CHUNK):
        chunk = list(texts[start:start + CHUNK])
        t0 = time.perf_counter()
        predictions = model.classify(chunk, explain=False)
        seconds += time.perf_counter() - t0
        for row, p in enumerate(predictions):
            labels.append(p.label)
            scam[start + row] = p.scam_score
            scores = p.scores
            proba[start + row] = [scores[label] for label in LABELS]
    return labels, proba, scam, seconds


# ---------------------------------------------------------------- metrics helpers
def threshold_tradeoff(y_true: np.ndarray, score: np.ndarray,
                       thresholds: Sequence[float] | None = None) -> list[dict[str, float]]:
    """Precision, recall, F1, false-positive rate and share flagged at each threshold (default 0.01..0.999).

    >>> rows = threshold_tradeoff(np.array([1, 1, 0, 0], bool), np.array([.9, .6, .4, .1]), [0.5])
    >>> rows[0]["precision"], rows[0]["recall"], rows[0]["fpr"]
    (1.0, 1.0, 0.0)
    """
    y_true = np.asarray(y_true, bool)
    score = np.asarray(score, np.float64)
    if thresholds is None:  # 0.01 ... 0.99, plus a finer tail: high-precision thresholds sit near 1
        grid = np.round(np.r_[np.linspace(0.01, 0.99, 99), np.linspace(0.991, 0.999, 9)], 4)
    else:
        grid = np.asarray(thresholds, np.float64)
    pos, neg = np.sort(score[y_true]), np.sort(score[~y_true])
    tp = len(pos) - np.searchsorted(pos, grid, side="left")
    fp = len(neg) - np.searchsorted(neg, grid, side="left")
    out = []
    for t, tp_k, fp_k in zip(grid, tp, fp, strict=True):
        precision = tp_k / (tp_k + fp_k) if tp_k + fp_k else 1.0
        recall = tp_k / len(pos) if len(pos) else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append({"threshold": round(float(t), 4), "precision": round(float(precision), 4),
                    "recall": round(float(recall), 4), "f1": round(float(f1), 4),
                    "fpr": round(float(fp_k / len(neg)) if len(neg) else 0.0, 4),
                    "flagged": round(float((tp_k + fp_k) / max(len(score), 1)), 4)})
    return out


def best_threshold(tradeoff: list[dict[str, float]], max_fpr: float = MAX_FPR) -> dict[str, float] | None:
    """The row of :func:`threshold_tradeoff` with the best F1 among those within ``max_fpr``."""
    allowed = [row for row in tradeoff if row["fpr"] <= max_fpr]
    return max(allowed, key=lambda row: (row["f1"], -row["threshold"])) if allowed else None


def _brier(y: np.ndarray, score: np.ndarray) -> float:
    return round(float(np.mean((np.asarray(score, float) - np.asarray(y, float)) ** 2)), 4) if len(y) else 0.0


def _predicted_scam(labels: Sequence[str]) -> np.ndarray:
    return np.array([label != "legit" for label in labels], bool)


def _quality(data: LabelledData, labels: list[str], scam_score: np.ndarray) -> dict[str, Any]:
    out: dict[str, Any] = {"binary": binary_metrics(data.is_scam, _predicted_scam(labels), scam_score)}
    if not data.binary:
        schemes = scheme_metrics(data.labels, labels)
        out["schemes"] = schemes
    return out


# ---------------------------------------------------------------- the evaluation
@dataclass
class Evaluation:
    """One model on one labelled data set: arrays for plotting plus JSON-ready ``metrics``."""

    name: str
    data: LabelledData
    predicted: list[str]
    proba: np.ndarray
    scam_score: np.ndarray
    threshold: float
    metrics: dict[str, Any]
    errors: list[dict[str, Any]]

    @property
    def binary(self) -> bool:
        return self.data.binary

    def to_json(self) -> dict[str, Any]:
        return {**self.metrics, "errors": {**self.metrics.get("errors", {}), "worst": self.errors}}

    def summary_row(self) -> dict[str, Any]:
        """One line of the model comparison table."""
        m = self.metrics
        b = m["binary"]
        robust = m.get("robustness") or {}
        row = {"model": self.name, "kind": m["model"].get("kind"), "threshold": round(self.threshold, 4),
               "precision": b["precision"], "recall": b["recall"], "f1": b["f1"], "fpr": b["fpr"],
               "roc_auc": b.get("roc_auc"), "pr_auc": b.get("pr_auc")}
        if "schemes" in m:
            row["macro_f1"] = m["schemes"]["macro_f1"]
            row["weighted_f1"] = m["schemes"]["weighted_f1"]
        row["ece"] = m["calibration"]["ece"]
        if robust:
            worst = min(robust, key=lambda k: robust[k]["binary"]["f1"])
            row["worst_perturbed_f1"] = f"{robust[worst]['binary']['f1']} ({worst})"
        row["messages_per_s"] = m["throughput"]["messages_per_s"]
        return row


def _explain_errors(model: Any, data: LabelledData, predicted: list[str], proba: np.ndarray,
                    scam_score: np.ndarray, n_errors: int) -> tuple[dict[str, int], list[dict[str, Any]]]:
    y_scam = data.is_scam
    pred_scam = _predicted_scam(predicted)
    if data.binary:
        wrong = np.nonzero(y_scam != pred_scam)[0]
        p_true = np.where(y_scam, scam_score, 1.0 - scam_score)
    else:
        wrong = np.array([k for k in range(len(predicted)) if predicted[k] != data.labels[k]], np.int64)
        index = np.array([LABELS.index(label) for label in data.labels], np.int64)
        p_true = proba[np.arange(len(index)), index] if len(index) else np.zeros(0)
    kinds = []
    for k in wrong:
        if y_scam[k] and not pred_scam[k]:
            kinds.append("missed_scam")
        elif not y_scam[k] and pred_scam[k]:
            kinds.append("false_alarm")
        else:
            kinds.append("wrong_scheme")
    counts = {kind: kinds.count(kind) for kind in ("false_alarm", "missed_scam", "wrong_scheme")}
    if data.binary:
        counts.pop("wrong_scheme")
    order = sorted(range(len(wrong)), key=lambda j: (p_true[wrong[j]], int(wrong[j])))[:n_errors]
    chosen = [int(wrong[j]) for j in order]
    explained = model.classify([data.texts[k] for k in chosen], explain=True) if chosen else []
    rows = []
    for j, k, p in zip(order, chosen, explained, strict=True):
        e = p.explanation
        spans = [{"start": s.start, "end": s.end, "text": s.text, "weight": s.weight} for s in e.spans] if e else []
        top = [s for s in sorted(spans, key=lambda s: -s["weight"]) if s["weight"] > 0][:5]
        rows.append({
            "row": data.rows[k], "id": data.ids[k] if data.ids else None, "kind": kinds[j],
            "true": data.labels[k], "predicted": predicted[k], "scam_score": round(float(scam_score[k]), 4),
            "p_true": round(float(p_true[k]), 4), "text": data.texts[k],
            "summary": e.summary if e else "", "top_words": [[s["text"], s["weight"]] for s in top],
            "red_flags": [flag.id for flag in e.red_flags] if e else [],
            "indicators": [f"{ind.kind}:{ind.value}" for ind in e.indicators][:6] if e else [],
            "spans": spans,
        })
    return counts, rows


def evaluate(model: Any, data: LabelledData, *, name: str | None = None, robustness: bool = True,
             perturbations: Sequence[str] | None = None, seed: int = 0, n_errors: int = N_ERRORS,
             progress: Callable[[str], None] | None = None) -> Evaluation:
    """Score ``model`` on ``data`` and compute every metric of the evaluation report.

    ``model`` is a :class:`~scamdetect.ScamClassifier` (or anything :func:`load_spec` accepts).
    Robustness re-scores every text after each perturbation in
    :data:`scamdetect.text.augment.PERTURBATIONS` (deterministic given ``seed``).
    """
    model = load_spec(model)
    say = progress or (lambda message: None)
    if not len(data):
        raise DataError(f"{data.source}: no rows to evaluate")
    info = _model_info(model, name)
    say(f"scoring {len(data)} messages with {info['name']}")
    predicted, proba, scam_score, seconds = _score(model, data.texts)
    y_scam = data.is_scam
    metrics: dict[str, Any] = {
        "scamdetect_version": __version__,
        "model": info,
        "data": {"source": data.source, "messages": len(data), "binary": data.binary,
                 "labels": data.label_counts(), "scam_share": round(float(y_scam.mean()), 4)},
        "threshold": round(float(model.threshold), 6),
        "warnings": _warnings(model),
    }
    metrics.update(_quality(data, predicted, scam_score))
    metrics["binary"]["threshold"] = round(float(model.threshold), 6)
    if y_scam.all() or not y_scam.any():
        # with one class, the metrics that need the other are undefined: null, not a misleading 0 or 1
        have = "scam" if y_scam.all() else "legit"
        undefined = ("fpr", "roc_auc", "pr_auc") if have == "scam" else ("precision", "recall", "f1", "roc_auc",
                                                                        "pr_auc")
        for key in undefined:
            metrics["binary"][key] = None
        message = (f"Every row is {have}: {', '.join(undefined)} are undefined (reported as null). Add rows of the "
                   "other class to measure them.")
        metrics["warnings"].append(message)
        LOG.warning(message)
    if data.binary:
        matrix = confusion_matrix(["scam" if y else "legit" for y in y_scam],
                                  ["scam" if y else "legit" for y in _predicted_scam(predicted)], ("legit", "scam"))
        metrics["confusion_matrix"] = {"labels": ["legit", "scam"], "matrix": matrix.tolist()}
        flagged = Counter(label for label in predicted if label != "legit")
        metrics["flagged_schemes"] = {label: flagged[label] for label in LABELS if flagged[label]}
    else:
        present = [label for label in LABELS if label in set(data.labels) | set(predicted)]
        matrix = confusion_matrix(data.labels, predicted, present)
        metrics["confusion_matrix"] = {"labels": present, "matrix": matrix.tolist()}
    cal = calibration(y_scam, scam_score)
    cal["brier"] = _brier(y_scam, scam_score)
    metrics["calibration"] = cal
    tradeoff = threshold_tradeoff(y_scam, scam_score)
    metrics["threshold_tradeoff"] = {
        "operating_point": threshold_tradeoff(y_scam, scam_score, [model.threshold])[0],
        "best_f1_within_fpr": {"max_fpr": MAX_FPR, **(best_threshold(tradeoff) or {})},
        "curve": tradeoff,
    }
    # ---- robustness
    metrics["robustness"] = {}
    if robustness:
        names = list(perturbations) if perturbations is not None else list(PERTURBATIONS)
        unknown = [n for n in names if n not in PERTURBATIONS]
        if unknown:
            raise ValueError(f"unknown perturbations {unknown}; known: {', '.join(PERTURBATIONS)}")
        clean_f1 = metrics["binary"]["f1"]
        for pname in names:
            say(f"robustness: {pname}")
            rng = random.Random(f"{seed}/{pname}")
            perturbed = [PERTURBATIONS[pname](text, rng) for text in data.texts]
            p_labels, _, p_score, _ = _score(model, perturbed)
            result = _quality(data, p_labels, p_score)
            result["changed"] = round(float(np.mean([a != b for a, b in zip(p_labels, predicted, strict=True)])), 4)
            result["f1_drop"] = None if clean_f1 is None else round(clean_f1 - result["binary"]["f1"], 4)
            if "schemes" in result:
                result["macro_f1_drop"] = round(metrics["schemes"]["macro_f1"] - result["schemes"]["macro_f1"], 4)
                result["schemes"] = {k: v for k, v in result["schemes"].items() if k != "per_label"}
            evaded = [k for k in range(len(data)) if y_scam[k] and predicted[k] != "legit" and p_labels[k] == "legit"]
            result["evaded"] = len(evaded)
            result["evaded_examples"] = [{"row": data.rows[k], "true": data.labels[k], "text": perturbed[k][:300],
                                          "scam_score": round(float(p_score[k]), 4)} for k in evaded[:3]]
            metrics["robustness"][pname] = result
    # ---- throughput
    sample = data.texts[:: max(1, len(data) // EXPLAIN_SAMPLE)][:EXPLAIN_SAMPLE]
    t0 = time.perf_counter()
    model.classify(sample, explain=True)
    explain_seconds = time.perf_counter() - t0
    metrics["throughput"] = {
        "messages": len(data), "seconds": round(seconds, 4),
        "messages_per_s": round(len(data) / seconds, 1) if seconds > 0 else None,
        "ms_per_message_explained": round(1000 * explain_seconds / max(len(sample), 1), 3),
        "note": "one pass over the file with explain=False (and a sample with explain=True); "
                "see benchmarks/ for medians over repeats",
    }
    # ---- errors
    say("explaining the worst errors")
    counts, errors = _explain_errors(model, data, predicted, proba, scam_score, n_errors)
    metrics["errors"] = {"counts": counts, "shown": len(errors)}
    return Evaluation(info["name"], data, predicted, proba, scam_score, float(model.threshold), metrics, errors)


def compare(evaluations: Sequence[Evaluation]) -> list[dict[str, Any]]:
    """One summary row per evaluation (same data expected), for a comparison table."""
    return [ev.summary_row() for ev in evaluations]

