"""Evaluations as text: Markdown tables and ``report.md``, the short table the CLI prints, HTML highlights."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..taxonomy import LABELS, NAME_VI
from .measure import MAX_FPR, Evaluation

__all__ = ["markdown_table", "short_table", "report_markdown", "robustness_rows", "write_outputs",
           "explanation_html"]


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
                "The same messages after each perturbation (`scamdetect.text.augment.PERTURBATIONS`); `changed` is the "
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
    if plots:
        from .plots import save_plots  # matplotlib only when plots are asked for
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

