"""Plots of an evaluation (matplotlib, imported only when a plot is drawn)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..taxonomy import LABELS, NAME_VI
from .measure import Evaluation
from .metrics import pr_curve
from .render import robustness_rows

__all__ = ["plot_confusion", "plot_reliability", "plot_pr_curve", "plot_scheme_f1", "plot_threshold_tradeoff",
           "plot_robustness", "save_plots"]


def _figure(width: float, height: float):
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'scamdetect[report]'") from None
    return Figure(figsize=(width, height), layout="constrained")


def _frame(ax: Any, title: str, legend: str, x: tuple[str | None, float] | None = None,
           y: tuple[str | None, float] | None = None) -> None:
    """Title, legend position, and for each axis given as ``(label, top)`` its label and a range from 0."""
    for axis, spec in (("x", x), ("y", y)):
        if spec is not None:
            label, top = spec
            getattr(ax, f"set_{axis}lim")(0, top)
            if label:
                getattr(ax, f"set_{axis}label")(label)
    ax.set_title(title)
    ax.legend(loc=legend, fontsize=8)


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
    _frame(ax, "Biểu đồ độ tin cậy (reliability)", "upper left", x=("Điểm rủi ro trung bình (mean scam score)", 1),
           y=("Tỉ lệ lừa đảo thực tế (observed scam share)", 1))
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
    _frame(ax, f"F1 theo loại lừa đảo — {ev.name}", "lower right", x=("F1", 1))
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
    _frame(ax, f"Đánh đổi theo ngưỡng — {ev.name}", "center left", x=("Ngưỡng điểm rủi ro (scam threshold)", 1),
           y=(None, 1.02))
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
    _frame(ax, f"Độ bền với biến đổi văn bản — {ev.name}", "lower left", y=(None, 1.08))
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

