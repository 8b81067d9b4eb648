"""Evaluate a model on a labelled file: metrics, robustness, throughput and error analysis.

This is the library behind ``scamdetect evaluate`` and ``notebooks/evaluation.ipynb``. It needs numpy alone;
matplotlib is imported only by the ``plot_*`` functions. One job per module: :mod:`.data` (reading labelled
files), :mod:`.metrics` (the formulas), :mod:`.measure` (the evaluation), :mod:`.render` (Markdown, HTML) and
:mod:`.plots`.

Typical use::

    model = scamdetect.load_model()
    data = read_labelled("new_scams.csv", text_column="text", label_column="label")
    ev = evaluate(model, data)
    ev.metrics["binary"]["f1"], ev.metrics["schemes"]["macro_f1"]
    write_outputs(ev, "out/eval")       # metrics.json, report.md, *.png
"""

from __future__ import annotations

from .data import BINARY_VALUES, DataError, LabelledData, from_records, parse_labels, read_labelled, subsample
from .measure import Evaluation, best_threshold, compare, evaluate, load_spec, threshold_tradeoff
from .plots import (
                    plot_confusion,
                    plot_pr_curve,
                    plot_reliability,
                    plot_robustness,
                    plot_scheme_f1,
                    plot_threshold_tradeoff,
                    save_plots,
)
from .render import explanation_html, markdown_table, report_markdown, robustness_rows, short_table, write_outputs

__all__ = [
    "DataError", "LabelledData", "Evaluation", "read_labelled", "parse_labels", "from_records", "subsample",
    "evaluate", "load_spec", "threshold_tradeoff", "best_threshold", "compare", "markdown_table", "short_table",
    "report_markdown", "robustness_rows", "write_outputs", "explanation_html", "plot_confusion", "plot_reliability",
    "plot_pr_curve", "plot_scheme_f1", "plot_threshold_tradeoff", "plot_robustness", "save_plots", "BINARY_VALUES",
]
