"""Evaluate a model on a labelled file: metrics, robustness, throughput and error analysis.

This is the library behind ``scamdetect evaluate`` and ``notebooks/evaluation.ipynb``.
It needs numpy alone; matplotlib is imported only by the ``plot_*`` functions.

    >>> from scamdetect.evaluation import parse_labels
    >>> parse_labels(["scam", "HAM", "1", "0", "bank_phishing"], binary=True)
    ['scam', 'legit', 'scam', 'legit', 'scam']
    >>> parse_labels(["legit", "fake_loan"])
    ['legit', 'fake_loan']
    >>> parse_labels(["legit", "phish", "phish", "0"])
    Traceback (most recent call last):
    ...
    scamdetect.evaluation.DataError: 3 rows have labels that are not taxonomy ids: 'phish' (2 rows), '0' (1 row). Known ids: legit, task_commission, fake_investment, online_shopping_fraud, prize_fee, fake_authority, fake_vneid, fake_loan, travel_study_labor, ecommerce_collaborator, child_model_recruitment, impersonate_relative, bank_phishing, fake_subsidy, fake_service_provider, fake_debt_collection, gambling_ad, other_scam. For scam/legit labels (0/1, scam/legit, spam/ham) use binary mode (--binary).

Typical use::

    model = scamdetect.load_model()
    data = read_labelled("new_scams.csv", text_column="text", label_column="label")
    ev = evaluate(model, data)
    ev.metrics["binary"]["f1"], ev.metrics["schemes"]["macro_f1"]
    write_outputs(ev, "out/eval")       # metrics.json, report.md, *.png
"""

from __future__ import annotations

import csv
import html
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__
from .augment import PERTURBATIONS
from .metrics import binary_metrics, calibration, confusion_matrix, pr_curve, scheme_metrics
from .taxonomy import IS_SCAM, LABELS, NAME_VI

__all__ = [
    "DataError", "LabelledData", "Evaluation", "read_labelled", "parse_labels", "from_records", "subsample",
    "evaluate", "load_spec", "threshold_tradeoff", "best_threshold", "compare", "markdown_table", "short_table",
    "report_markdown", "robustness_rows", "write_outputs", "explanation_html", "plot_confusion", "plot_reliability",
    "plot_pr_curve", "plot_scheme_f1", "plot_threshold_tradeoff", "plot_robustness", "save_plots", "BINARY_VALUES",
]

#: binary label spellings accepted in binary mode (case-insensitive); taxonomy ids are accepted too
BINARY_VALUES: dict[str, bool] = {
    "1": True, "0": False, "1.0": True, "0.0": False, "true": True, "false": False,
    "scam": True, "legit": False, "spam": True, "ham": False,
}
#: rows explained in the error-analysis table by default
N_ERRORS = 20
#: classify() is called on chunks of this many texts (bounds memory on big files)
CHUNK = 4096
#: texts timed with explanations on for the throughput figure
EXPLAIN_SAMPLE = 200
#: false-positive budget for the suggested operating point (the real-SMS goal in issue 3)
MAX_FPR = 0.015


class DataError(ValueError):
    """The labelled file cannot be evaluated (missing column, unknown labels...)."""


LOG = logging.getLogger(__name__)


# ---------------------------------------------------------------- reading labelled data
@dataclass
class LabelledData:
    """Texts with gold labels: taxonomy ids, or ``scam``/``legit`` when ``binary``.

    ``rows`` holds each text's record number in the source (from 1, header excluded), so an
    error-analysis line can be found in the file; ``ids`` an ``id`` column when there was one.
    """

    texts: list[str]
    labels: list[str]
    binary: bool = False
    source: str = "<memory>"
    rows: list[int] = field(default_factory=list)
    ids: list[str] | None = None

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.labels):
            raise DataError(f"{len(self.texts)} texts but {len(self.labels)} labels")
        if not self.rows:
            self.rows = list(range(1, len(self.texts) + 1))

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def is_scam(self) -> np.ndarray:
        if self.binary:
            return np.array([label == "scam" for label in self.labels], bool)
        return np.array([IS_SCAM[label] for label in self.labels], bool)

    def label_counts(self) -> dict[str, int]:
        counts = Counter(self.labels)
        order = ["legit", "scam"] if self.binary else list(LABELS)
        return {label: counts[label] for label in order if counts[label]}


def _closest(word: str, known: Sequence[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
    return match[0] if match else None


def parse_labels(values: Sequence[Any], binary: bool = False) -> list[str]:
    """Gold labels as taxonomy ids (or ``scam``/``legit`` when ``binary``).

    Case and surrounding spaces are ignored. Unknown values raise :class:`DataError` listing
    every distinct unknown value with its row count.
    """
    out: list[str] = []
    unknown: Counter[str] = Counter()
    for value in values:
        key = "" if value is None else str(value).strip()
        low = key.lower()
        if binary:
            if low in BINARY_VALUES:
                out.append("scam" if BINARY_VALUES[low] else "legit")
                continue
            if low in IS_SCAM:
                out.append("scam" if IS_SCAM[low] else "legit")
                continue
        elif low in IS_SCAM:
            out.append(low)
            continue
        unknown[key] += 1
        out.append("")
    if unknown:
        listed = ", ".join(f"{value!r} ({n} row{'s' if n > 1 else ''})" for value, n in unknown.most_common(20))
        if len(unknown) > 20:
            listed += f", and {len(unknown) - 20} more"
        total = sum(unknown.values())
        if binary:
            raise DataError(f"{total} rows have labels that are not binary labels or taxonomy ids: {listed}. "
                            "Binary mode accepts 1/0, true/false, scam/legit, spam/ham or a taxonomy id.")
        hint = ""
        suggestions = {value: _closest(value.lower(), LABELS) for value in unknown}
        suggestions = {v: s for v, s in suggestions.items() if s}
        if suggestions:
            hint = " Did you mean " + ", ".join(f"{s!r} for {v!r}" for v, s in list(suggestions.items())[:5]) + "?"
        raise DataError(f"{total} rows have labels that are not taxonomy ids: {listed}. Known ids: "
                        f"{', '.join(LABELS)}. For scam/legit labels (0/1, scam/legit, spam/ham) use binary mode "
                        f"(--binary).{hint}")
    return out


def subsample(n: int, limit: int | None) -> list[int]:
    """``limit`` row positions spread evenly over ``n`` rows (all rows when ``limit`` is None or >= n).

    Evenly spaced rather than the first ``limit``: labelled files are often sorted by label.

    >>> subsample(10, 4)
    [0, 3, 6, 9]
    """
    if limit is None or limit >= n:
        return list(range(n))
    if limit <= 0:
        raise DataError(f"limit must be positive, got {limit}")
    return sorted({int(round(k)) for k in np.linspace(0, n - 1, limit)})


def from_records(records: Sequence[dict[str, Any]], text_column: str = "text", label_column: str = "label",
                 binary: bool = False, limit: int | None = None, source: str = "<records>",
                 where: dict[str, str] | None = None) -> LabelledData:
    """Build :class:`LabelledData` from dicts (rows of a corpus, a DataFrame's ``to_dict('records')``...).

    ``where`` keeps only rows whose columns equal the given values (e.g. ``{"split": "test"}``).
    """
    if not records:
        raise DataError(f"{source}: no rows")
    columns: list[str] = list(records[0].keys())
    for record in records[1:50]:
        columns += [c for c in record if c not in columns]
    for column in [text_column, label_column, *(where or {})]:
        if column not in columns:
            raise DataError(f"{source}: no column {column!r}; columns: {', '.join(map(str, columns))}")
    positions = list(range(len(records)))
    if where:
        positions = [k for k in positions if all(str(records[k].get(c)) == str(v) for c, v in where.items())]
        if not positions:
            wanted = ", ".join(f"{c}={v}" for c, v in where.items())
            raise DataError(f"{source}: no rows with {wanted}")
    # validate every (filtered) row, so that --limit never hides a bad label
    texts, raw_labels, missing = [], [], []
    for k in positions:
        text = records[k].get(text_column)
        if text is None or (isinstance(text, float) and text != text):  # None or NaN
            missing.append(k)
            text = ""
        texts.append(text if isinstance(text, str) else str(text))
        raw_labels.append(records[k].get(label_column))
    if missing:
        shown = ", ".join(str(k + 1) for k in missing[:10]) + (" ..." if len(missing) > 10 else "")
        raise DataError(f"{source}: {len(missing)} rows have no text in column {text_column!r} (records {shown}, "
                        "counting from 1 after the header)")
    empty = [k for k, label in zip(positions, raw_labels, strict=True) if label is None or str(label).strip() == ""]
    if empty:
        shown = ", ".join(str(k + 1) for k in empty[:10]) + (" ..." if len(empty) > 10 else "")
        raise DataError(f"{source}: {len(empty)} rows have no label in column {label_column!r} (records {shown}, "
                        "counting from 1 after the header)")
    try:
        labels = parse_labels(raw_labels, binary=binary)
    except DataError as err:
        raise DataError(f"{source}: column {label_column!r}: {err}") from None
    keep = subsample(len(positions), limit)
    positions = [positions[j] for j in keep]
    texts, labels = [texts[j] for j in keep], [labels[j] for j in keep]
    ids = [str(records[k].get("id")) for k in positions] if "id" in columns else None
    return LabelledData(texts, labels, binary, source, [k + 1 for k in positions], ids)


def _read_rows(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        raw = path.read_text(encoding="utf-8-sig")
        stripped = raw.lstrip()
        if suffix == ".json" and stripped.startswith("["):
            try:
                rows = json.loads(stripped)
            except json.JSONDecodeError as err:
                raise DataError(f"{path}: not valid JSON ({err})") from None
        else:
            rows = []
            for lineno, line in enumerate(raw.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise DataError(f"{path}:{lineno}: not a JSON object ({err.msg})") from None
        bad = next((k for k, row in enumerate(rows) if not isinstance(row, dict)), None)
        if bad is not None:
            raise DataError(f"{path}: record {bad + 1} is not a JSON object")
        return rows
    if suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise DataError(f"{path}: reading Parquet needs pyarrow (pip install 'scamdetect[io]')") from None
        return pq.read_table(path).to_pylist()
    if suffix in (".csv", ".tsv", ".tab", ".txt"):
        with open(path, encoding="utf-8-sig", newline="") as handle:
            if suffix in (".tsv", ".tab"):
                delimiter = "\t"
            else:
                head = handle.read(65536)
                handle.seek(0)
                try:
                    delimiter = csv.Sniffer().sniff(head.split("\n", 1)[0], delimiters=",;\t|").delimiter
                except csv.Error:
                    delimiter = ","
            try:
                return list(csv.DictReader(handle, delimiter=delimiter))
            except csv.Error as err:
                raise DataError(f"{path}: unreadable CSV ({err})") from None
    raise DataError(f"{path}: unknown file type {suffix!r}; use .csv, .tsv, .jsonl or .parquet")


def read_labelled(path: str | Path, text_column: str = "text", label_column: str = "label", binary: bool = False,
                  limit: int | None = None, where: dict[str, str] | None = None) -> LabelledData:
    """Read a labelled CSV, TSV, JSONL (or Parquet, with pyarrow) file.

    Labels are taxonomy ids, or with ``binary=True`` 1/0, scam/legit, spam/ham (or taxonomy ids,
    folded to scam/legit). ``limit`` keeps that many rows spread evenly over the file; ``where``
    filters on column values first (``{"split": "test"}``). Raises :class:`DataError` with a
    message a user can act on.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    try:
        rows = _read_rows(path)
    except UnicodeDecodeError as err:
        raise DataError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    return from_records(rows, text_column, label_column, binary, limit, str(path), where)


# ---------------------------------------------------------------- models
def load_spec(spec: Any = None):
    """A :class:`~scamdetect.ScamClassifier` from a loose description, for notebooks and scripts.

    ``None`` is the bundled model; a path a model directory; a dict has ``path`` and optionally
    ``cascade`` (a second model directory) and ``threshold``; a loaded classifier is returned as is.
    """
    from .classifier import ScamClassifier, load_model

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


def _score(model: Any, texts: Sequence[str]) -> tuple[list[str], np.ndarray, float]:
    """Predicted labels, probabilities (taxonomy order) and seconds spent inside ``classify``."""
    labels: list[str] = []
    proba = np.zeros((len(texts), len(LABELS)), np.float32)
    seconds = 0.0
    for start in range(0, len(texts), CHUNK):
        chunk = list(texts[start:start + CHUNK])
        t0 = time.perf_counter()
        predictions = model.classify(chunk, explain=False)
        seconds += time.perf_counter() - t0
        for row, p in enumerate(predictions):
            labels.append(p.label)
            scores = p.scores
            proba[start + row] = [scores[label] for label in LABELS]
    return labels, proba, seconds


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
    :data:`scamdetect.augment.PERTURBATIONS` (deterministic given ``seed``).
    """
    model = load_spec(model)
    say = progress or (lambda message: None)
    if not len(data):
        raise DataError(f"{data.source}: no rows to evaluate")
    info = _model_info(model, name)
    say(f"scoring {len(data)} messages with {info['name']}")
    predicted, proba, seconds = _score(model, data.texts)
    scam_score = np.clip(1.0 - proba[:, LABELS.index("legit")].astype(np.float64), 0.0, 1.0)
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
            p_labels, p_proba, _ = _score(model, perturbed)
            p_score = np.clip(1.0 - p_proba[:, LABELS.index("legit")].astype(np.float64), 0.0, 1.0)
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


# ---------------------------------------------------------------- text output
def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def markdown_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A GitHub Markdown table of dict rows (``|`` in cells escaped).

    >>> print(markdown_table([{"a": 1, "b": 0.5}]))
    | a | b |
    |---|---|
    | 1 | 0.5 |
    """
    if not rows:
        return "(no rows)"
    columns = list(columns or rows[0].keys())

    def cell(v: Any) -> str:
        return _fmt(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def robustness_rows(ev: Evaluation) -> list[dict[str, Any]]:
    """Scam metrics (and scheme macro-F1) on the clean messages and after each perturbation."""
    m = ev.metrics
    rows = [{"input": "clean", "precision": m["binary"]["precision"], "recall": m["binary"]["recall"],
             "f1": m["binary"]["f1"], "fpr": m["binary"]["fpr"], "roc_auc": m["binary"].get("roc_auc"),
             **({"macro_f1": m["schemes"]["macro_f1"]} if "schemes" in m else {}),
             "changed": 0.0, "evaded": 0}]
    for pname, r in m.get("robustness", {}).items():
        rows.append({"input": pname, "precision": r["binary"]["precision"], "recall": r["binary"]["recall"],
                     "f1": r["binary"]["f1"], "fpr": r["binary"]["fpr"], "roc_auc": r["binary"].get("roc_auc"),
                     **({"macro_f1": r["schemes"]["macro_f1"]} if "schemes" in r else {}),
                     "changed": r["changed"], "evaded": r["evaded"]})
    return rows


def short_table(ev: Evaluation) -> str:
    """The few lines ``scamdetect evaluate`` prints: scam metrics on clean and perturbed inputs."""
    m = ev.metrics
    rows = robustness_rows(ev)
    names = [r["input"] for r in rows]
    width = max(12, *(len(n) for n in names)) + 1
    keys = [("precision", "scam precision"), ("recall", "scam recall"), ("f1", "scam F1"),
            ("fpr", "false-pos. rate")]
    if "schemes" in m:
        keys.append(("macro_f1", "scheme macro-F1"))
    lines = [f"{'':<16}" + "".join(f"{n:>{width}}" for n in names)]
    for key, title in keys:
        lines.append(f"{title:<16}" + "".join(f"{_fmt(r.get(key)):>{width}}" for r in rows))
    b, cal, thr = m["binary"], m["calibration"], m["throughput"]
    extra = [f"threshold {ev.threshold:.3f}", f"ROC-AUC {_fmt(b.get('roc_auc'))}", f"PR-AUC {_fmt(b.get('pr_auc'))}",
             f"ECE {_fmt(cal['ece'])}"]
    if "schemes" in m:
        extra.append(f"weighted-F1 {_fmt(m['schemes']['weighted_f1'])}")
    extra.append(f"{_fmt(thr['messages_per_s'])} msg/s")
    lines.append("  ".join(extra))
    counts = m["errors"]["counts"]
    lines.append("errors: " + ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items()))
    return "\n".join(lines)


def _scheme_rows(ev: Evaluation) -> list[dict[str, Any]]:
    per = ev.metrics["schemes"]["per_label"]
    return [{"label": label, "scheme (vi)": NAME_VI[label], **per[label]}
            for label in LABELS if per[label]["support"] or label in ev.predicted]


def report_markdown(ev: Evaluation, plots: Sequence[str] = ()) -> str:
    """The ``report.md`` of one evaluation."""
    m = ev.metrics
    b = m["binary"]
    out = [f"# Evaluation: {ev.name} on {Path(ev.data.source).name}", "",
           f"- model: `{m['model'].get('path')}` (kind {m['model'].get('kind')}), scam threshold "
           f"{ev.threshold:.4f}",
           f"- data: `{ev.data.source}`, {len(ev.data)} messages "
           f"({'binary labels' if ev.binary else 'scheme labels'}; {m['data']['scam_share']:.1%} scam): "
           + ", ".join(f"{k} {v}" for k, v in m["data"]["labels"].items()),
           f"- scamdetect {m['scamdetect_version']}", "",
           *[f"> **Note:** {w}\n" for w in m.get("warnings", [])],
           "## Scam vs legit", "",
           markdown_table([{"precision": b["precision"], "recall": b["recall"], "f1": b["f1"], "fpr": b["fpr"],
                            "roc_auc": b.get("roc_auc"), "pr_auc": b.get("pr_auc"), "tp": b["tp"], "fp": b["fp"],
                            "fn": b["fn"], "tn": b["tn"]}]), ""]
    op = m["threshold_tradeoff"]["operating_point"]
    best = m["threshold_tradeoff"]["best_f1_within_fpr"]
    if "threshold" in best:
        out += [f"At the model threshold {op['threshold']:.4f}: precision {op['precision']}, recall {op['recall']}, "
                f"FPR {op['fpr']}. The best F1 with FPR <= {MAX_FPR:.1%} on this data is {best['f1']} at threshold "
                f"{best['threshold']} (precision {best['precision']}, recall {best['recall']}, FPR {best['fpr']}); "
                "choose thresholds on a dev set, not on the data you report.", ""]
    if "schemes" in m:
        s = m["schemes"]
        out += ["## Per scheme", "",
                f"Macro-F1 {s['macro_f1']} (schemes only {s['macro_f1_schemes']}), weighted-F1 {s['weighted_f1']}, "
                f"accuracy {s['accuracy']}.", "",
                markdown_table(_scheme_rows(ev), ["label", "scheme (vi)", "precision", "recall", "f1", "support"]), ""]
    elif m.get("flagged_schemes"):
        out += ["## Schemes of flagged messages", "",
                markdown_table([{"label": k, "scheme (vi)": NAME_VI[k], "flagged": v}
                                for k, v in m["flagged_schemes"].items()]), ""]
    cal = m["calibration"]
    out += ["## Calibration", "", f"Expected calibration error {cal['ece']}, Brier score {cal['brier']}.", "",
            markdown_table(cal["curve"], ["bin", "confidence", "accuracy", "count"]), ""]
    if m.get("robustness"):
        out += ["## Robustness", "",
                "The same messages after each perturbation (`scamdetect.augment.PERTURBATIONS`); `changed` is the "
                "share of predictions that changed, `evaded` the scams caught when clean but missed when perturbed.",
                "", markdown_table(robustness_rows(ev)), ""]
    thr = m["throughput"]
    out += ["## Throughput", "",
            f"{_fmt(thr['messages_per_s'])} messages/s with explain=False ({thr['messages']} messages in "
            f"{thr['seconds']} s); {thr['ms_per_message_explained']} ms per message with explanations. "
            f"({thr['note']}.)", ""]
    counts = m["errors"]["counts"]
    out += ["## Error analysis", "",
            "Errors: " + ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
            + f". The {len(ev.errors)} most confident mistakes (lowest probability of the true label), with the "
            "model's explanation of its wrong answer:", ""]
    rows = [{"row": e["row"], "kind": e["kind"], "true": e["true"], "predicted": e["predicted"],
             "scam_score": e["scam_score"], "text": e["text"][:160] + ("…" if len(e["text"]) > 160 else ""),
             "why (top words)": ", ".join(f"{w} {v:+.2f}" for w, v in e["top_words"]),
             "red flags": ", ".join(e["red_flags"]), "summary": e["summary"]} for e in ev.errors]
    out += [markdown_table(rows) if rows else "No errors.", ""]
    if plots:
        out += ["## Plots", ""] + [f"![{Path(p).stem}]({Path(p).name})" for p in plots] + [""]
    return "\n".join(out)


def write_outputs(ev: Evaluation, out_dir: str | Path, plots: bool = True) -> list[Path]:
    """Write ``metrics.json``, ``report.md`` and (with matplotlib) the PNG plots into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    pngs = save_plots(ev, out_dir) if plots else []
    path = out_dir / "metrics.json"
    path.write_text(json.dumps(ev.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(path)
    path = out_dir / "report.md"
    path.write_text(report_markdown(ev, [p.name for p in pngs]), encoding="utf-8")
    written.append(path)
    return written + pngs


def explanation_html(text: str, spans: Sequence[Any], max_weight: float | None = None) -> str:
    """``text`` as HTML with explanation spans highlighted: red pulls toward the predicted label, blue away.

    ``spans`` are :class:`~scamdetect.Span` objects or dicts with ``start``, ``end``, ``weight``.

    >>> explanation_html("Nop phi <ngay>", [{"start": 4, "end": 7, "weight": 1.0}])
    'Nop <mark title="+1.000" style="background: rgba(220, 38, 38, 0.85); padding: 0 2px; border-radius: 3px">phi</mark> &lt;ngay&gt;'
    """
    items = []
    for s in spans:
        start, end, weight = (s["start"], s["end"], s["weight"]) if isinstance(s, dict) else (s.start, s.end, s.weight)
        if 0 <= start < end <= len(text):
            items.append((start, end, float(weight)))
    items.sort()
    top = max_weight or max((abs(w) for _, _, w in items), default=1.0) or 1.0
    out, cursor = [], 0
    for start, end, weight in items:
        if start < cursor:
            continue  # overlapping span: keep the first
        out.append(html.escape(text[cursor:start]))
        alpha = 0.15 + 0.7 * min(abs(weight) / top, 1.0)
        colour = "220, 38, 38" if weight > 0 else "37, 99, 235"
        out.append(f'<mark title="{weight:+.3f}" style="background: rgba({colour}, {alpha:.2f}); padding: 0 2px; '
                   f'border-radius: 3px">{html.escape(text[start:end])}</mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


# ---------------------------------------------------------------- plots (matplotlib, imported lazily)
def _figure(width: float, height: float):
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'scamdetect[report]'") from None
    return Figure(figsize=(width, height), layout="constrained")


def _short(label: str, width: int = 46) -> str:
    name = NAME_VI.get(label, label)
    return name if len(name) <= width else name[: width - 1] + "…"


def plot_confusion(ev: Evaluation, normalize: bool = True):
    """Heat map of the confusion matrix, rows labelled with the Vietnamese scheme names."""
    cm = ev.metrics["confusion_matrix"]
    labels, matrix = cm["labels"], np.asarray(cm["matrix"], float)
    if ev.binary:
        names = ["Bình thường (legit)", "Lừa đảo (scam)"]
    else:
        names = [f"{k + 1}. {_short(label)}" for k, label in enumerate(labels)]
    shown = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1) if normalize else matrix
    size = max(4.5, 0.42 * len(labels) + 3.5)
    fig = _figure(size + 3.5, size)
    ax = fig.add_subplot()
    image = ax.imshow(shown, cmap="Blues", vmin=0, vmax=1 if normalize else None)
    ax.set_xticks(range(len(labels)), [str(k + 1) for k in range(len(labels))] if not ev.binary else names,
                  fontsize=8)
    ax.set_yticks(range(len(labels)), names, fontsize=8)
    ax.set_xlabel("Dự đoán (predicted)")
    ax.set_ylabel("Thực tế (true)")
    ax.set_title(f"Ma trận nhầm lẫn — {ev.name}" + (" (theo hàng)" if normalize else ""))
    for i in range(len(labels)):
        for j in range(len(labels)):
            if matrix[i, j]:
                ax.text(j, i, str(int(matrix[i, j])), ha="center", va="center", fontsize=7,
                        color="white" if shown[i, j] > 0.5 else "black")
    fig.colorbar(image, ax=ax, shrink=0.7)
    return fig


def plot_reliability(ev: Evaluation):
    """Reliability diagram of the scam score (share of scams per score bin vs mean score)."""
    cal = ev.metrics["calibration"]
    fig = _figure(5.5, 5.5)
    ax = fig.add_subplot()
    conf = [p["confidence"] for p in cal["curve"]]
    acc = [p["accuracy"] for p in cal["curve"]]
    counts = np.array([p["count"] for p in cal["curve"]], float)
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot(conf, acc, "o-", color="tab:red", label=f"{ev.name} (ECE {cal['ece']})")
    if len(counts):
        ax.scatter(conf, acc, s=20 + 300 * counts / counts.max(), alpha=0.25, color="tab:red")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("Điểm rủi ro trung bình (mean scam score)")
    ax.set_ylabel("Tỉ lệ lừa đảo thực tế (observed scam share)")
    ax.set_title("Biểu đồ độ tin cậy (reliability)")
    ax.legend(loc="upper left", fontsize=8)
    return fig


def plot_pr_curve(evs: Evaluation | Sequence[Evaluation]):
    """Precision-recall curve of the scam score, operating point (model threshold) marked."""
    evs = [evs] if isinstance(evs, Evaluation) else list(evs)
    fig = _figure(6, 5)
    ax = fig.add_subplot()
    for ev in evs:
        y = ev.data.is_scam
        if not y.any():
            continue
        precision, recall, _ = pr_curve(y, ev.scam_score)
        ax.step(np.r_[0.0, recall], np.r_[precision[0] if len(precision) else 1.0, precision], where="pre",
                label=f"{ev.name} (PR-AUC {ev.metrics['binary'].get('pr_auc')})")
        op = ev.metrics["threshold_tradeoff"]["operating_point"]
        ax.plot(op["recall"], op["precision"], "o", markersize=8, color=ax.lines[-1].get_color())
        ax.annotate(f"t={op['threshold']:.2f}", (op["recall"], op["precision"]), textcoords="offset points",
                    xytext=(-40, -15), fontsize=8)
    ax.set_xlabel("Recall (tỉ lệ bắt được)")
    ax.set_ylabel("Precision (độ chính xác)")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_title("Đường precision-recall (lừa đảo vs bình thường)")
    if ax.lines:
        ax.legend(loc="lower left", fontsize=8)
    else:
        ax.text(0.5, 0.5, "no scam messages in the data", ha="center", va="center")
    return fig


def plot_scheme_f1(ev: Evaluation):
    """Horizontal bars of per-scheme F1 (Vietnamese scheme names)."""
    if "schemes" not in ev.metrics:
        raise ValueError("per-scheme F1 needs scheme labels (not binary mode)")
    per = ev.metrics["schemes"]["per_label"]
    labels = [label for label in LABELS if per[label]["support"]]
    f1 = [per[label]["f1"] for label in labels]
    fig = _figure(9, 0.35 * len(labels) + 1.5)
    ax = fig.add_subplot()
    colours = ["tab:green" if label == "legit" else "tab:red" if v < 0.7 else "tab:orange" if v < 0.85 else
               "tab:blue" for label, v in zip(labels, f1, strict=True)]
    ax.barh(range(len(labels)), f1, color=colours)
    ax.set_yticks(range(len(labels)), [f"{_short(label)} (n={per[label]['support']})" for label in labels],
                  fontsize=8)
    ax.invert_yaxis()
    for k, v in enumerate(f1):
        ax.text(min(v + 0.01, 0.93), k, f"{v:.2f}", va="center", fontsize=7)
    ax.axvline(ev.metrics["schemes"]["macro_f1"], color="black", linestyle="--", linewidth=1,
               label=f"macro-F1 {ev.metrics['schemes']['macro_f1']}")
    ax.set_xlim(0, 1)
    ax.set_xlabel("F1")
    ax.set_title(f"F1 theo loại lừa đảo — {ev.name}")
    ax.legend(loc="lower right", fontsize=8)
    return fig


def plot_threshold_tradeoff(ev: Evaluation):
    """Precision, recall, F1 and false-positive rate against the threshold; the operating point marked."""
    t = ev.metrics["threshold_tradeoff"]
    curve = t["curve"]
    x = [row["threshold"] for row in curve]
    fig = _figure(7, 4.5)
    ax = fig.add_subplot()
    for key, style in (("precision", "-"), ("recall", "-"), ("f1", "-"), ("fpr", ":")):
        ax.plot(x, [row[key] for row in curve], style, label=key)
    ax.axvline(ev.threshold, color="black", linestyle="--", linewidth=1,
               label=f"model threshold {ev.threshold:.2f}")
    best = t["best_f1_within_fpr"]
    if "threshold" in best:
        ax.axvline(best["threshold"], color="grey", linestyle=":", linewidth=1,
                   label=f"best F1 @ FPR≤{best['max_fpr']:.1%}: {best['threshold']:.2f}")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("Ngưỡng điểm rủi ro (scam threshold)")
    ax.set_title(f"Đánh đổi theo ngưỡng — {ev.name}")
    ax.legend(loc="center left", fontsize=8)
    return fig


def plot_robustness(ev: Evaluation):
    """Scam F1 (and scheme macro-F1) on clean and perturbed inputs."""
    rows = robustness_rows(ev)
    fig = _figure(7, 4)
    ax = fig.add_subplot()
    x = np.arange(len(rows))
    keys = ["f1"] + (["macro_f1"] if "macro_f1" in rows[0] else [])
    width = 0.8 / len(keys)
    for k, key in enumerate(keys):
        values = [0.0 if r[key] is None else r[key] for r in rows]  # undefined (one class): drawn as 0, said below
        ax.bar(x + k * width - 0.4 + width / 2, values, width, label="scam F1" if key == "f1" else "scheme macro-F1")
        for xi, v in zip(x, values, strict=True):
            ax.text(xi + k * width - 0.4 + width / 2, v + 0.01, f"{v:.2f}", ha="center", fontsize=7)
    ax.set_xticks(x, [r["input"] for r in rows])
    ax.set_ylim(0, 1.08)
    ax.set_title(f"Độ bền với biến đổi văn bản — {ev.name}")
    ax.legend(loc="lower left", fontsize=8)
    return fig


def save_plots(ev: Evaluation, out_dir: str | Path) -> list[Path]:
    """Every plot of the report as PNG files in ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    makers: list[tuple[str, Callable[[], Any]]] = [
        ("confusion_matrix", lambda: plot_confusion(ev)),
        ("reliability", lambda: plot_reliability(ev)),
        ("pr_curve", lambda: plot_pr_curve(ev)),
        ("threshold_tradeoff", lambda: plot_threshold_tradeoff(ev)),
    ]
    if "schemes" in ev.metrics:
        makers.insert(1, ("scheme_f1", lambda: plot_scheme_f1(ev)))
    if ev.metrics.get("robustness"):
        makers.append(("robustness", lambda: plot_robustness(ev)))
    written = []
    for name, make in makers:
        path = out_dir / f"{name}.png"
        make().savefig(path, dpi=110, bbox_inches="tight")
        written.append(path)
    return written
