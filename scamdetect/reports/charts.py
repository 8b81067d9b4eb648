"""Bar charts of a report (matplotlib, imported only when a chart is drawn)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import ReportError
from ..taxonomy import NAME_VI
from .aggregate import Breakdown, ReportData

__all__ = ["require_matplotlib", "wrap", "save_figure", "chart_schemes", "chart_breakdown", "PALETTE"]


def require_matplotlib():
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ReportError("charts need matplotlib: pip install 'scamdetect[report]' (or use --no-charts)") from None
    return Figure, FigureCanvasAgg


def wrap(text: str, width: int = 38) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def save_figure(fig: Any, canvas_cls: Any, path: Path) -> None:
    canvas_cls(fig)
    fig.savefig(str(path), dpi=120, metadata={"Software": None})


def chart_schemes(data: ReportData, path: Path) -> None:
    Figure, Canvas = require_matplotlib()
    items = sorted(((n, label) for label, n in data.labels.items() if label != "legit" and n), reverse=True)
    fig = Figure(figsize=(9, 0.45 * max(len(items), 2) + 1.4))
    ax = fig.add_subplot()
    if items:
        counts = [n for n, _ in items][::-1]
        names = [wrap(NAME_VI.get(label, label)) for _, label in items][::-1]
        bars = ax.barh(range(len(items)), counts, color="#c0392b")
        ax.set_yticks(range(len(items)), names, fontsize=8)
        ax.bar_label(bars, labels=[f"{n:,}" for n in counts], fontsize=8, padding=3)
        ax.set_xlim(0, max(counts) * 1.15)
    else:
        ax.text(0.5, 0.5, "Không có tin lừa đảo / no scam messages", ha="center", va="center")
        ax.set_yticks([])
    ax.set_xlabel("Số tin lừa đảo / scam messages")
    ax.set_title(f"Tin lừa đảo theo loại hình (tổng {data.scam:,})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_figure(fig, Canvas, path)


PALETTE = ["#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#7f8c8d"]


def chart_breakdown(data: ReportData, b: Breakdown, path: Path, top: int) -> None:
    Figure, Canvas = require_matplotlib()
    values = b.values(limit=max(top, 20))
    overall = Counter()
    for value in values:
        overall.update({k: v for k, v in b.labels[value].items() if k != "legit"})
    main = [label for label, _ in overall.most_common(6)]
    fig = Figure(figsize=(10, 0.4 * max(len(values), 2) + 2.2))
    ax = fig.add_subplot()
    left = [0] * len(values)
    ypos = list(range(len(values)))[::-1]
    series = [(NAME_VI.get(label, label), [b.labels[v].get(label, 0) for v in values]) for label in main]
    rest = [b.scam[v] - sum(b.labels[v].get(label, 0) for label in main) for v in values]
    if any(rest):
        series.append(("Loại hình khác / other schemes", rest))
    for k, (name, counts) in enumerate(series):
        ax.barh(ypos, counts, left=left, color=PALETTE[k % len(PALETTE)], label=wrap(name, 45))
        left = [a + c for a, c in zip(left, counts, strict=True)]
    if values:
        ax.set_yticks(ypos, [wrap(v, 30) for v in values], fontsize=8)
        for y, total, value in zip(ypos, left, values, strict=True):
            ax.text(total, y, f" {total:,} ({100.0 * b.scam[value] / b.totals[value] if b.totals[value] else 0:.0f}%)",
                    va="center", fontsize=7)
        ax.set_xlim(0, max(max(left), 1) * 1.2)
    if series:
        ax.legend(fontsize=7, loc="lower right", frameon=False)
    ax.set_xlabel("Số tin lừa đảo (tỷ lệ lừa đảo) / scam messages (scam rate)")
    ax.set_title(f"Tin lừa đảo theo {b.column}")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_figure(fig, Canvas, path)
