"""``scamdetect evaluate``: how good is a model on a labelled file, and where does it fail?

    scamdetect evaluate LABELLED [--text-column text] [--label-column label] [--model DIR] [--binary]
                                 [--out DIR] [--limit N] [--split NAME] [--threshold T] [--cascade DIR]

Writes ``metrics.json``, ``report.md`` and PNG plots into ``--out`` and prints a short table:
scam precision/recall/F1/false-positive rate (and scheme macro-F1) on the clean messages and
after each robustness perturbation.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import CommandError, probability

DEFAULT_OUT = "out/evaluate"


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("labelled", metavar="LABELLED", help="labelled CSV, TSV, JSONL (or Parquet) file")
    parser.add_argument("--text-column", default="text", help="column with the message text (default: text)")
    parser.add_argument("--label-column", default="label",
                        help="column with the gold label: a taxonomy id, or with --binary 1/0, scam/legit, spam/ham "
                             "(default: label)")
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    parser.add_argument("--cascade", metavar="DIR", help="second model for a cascade (see load_model)")
    parser.add_argument("--threshold", type=probability, help="override the model's scam threshold (0-1)")
    parser.add_argument("--binary", action="store_true", help="labels are scam/legit only (1/0, scam/legit, spam/ham)")
    parser.add_argument("--out", metavar="DIR", default=DEFAULT_OUT,
                        help=f"directory for metrics.json, report.md and plots (default: {DEFAULT_OUT})")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="evaluate N rows spread evenly over the file (quick look at a big file)")
    parser.add_argument("--split", metavar="NAME", help="keep rows whose 'split' column is NAME (e.g. test)")
    parser.add_argument("--errors", type=int, default=20, metavar="N",
                        help="misclassifications explained in the report (default: 20)")
    parser.add_argument("--no-robustness", action="store_true", help="skip the perturbation re-runs")
    parser.add_argument("--no-plots", action="store_true", help="skip the PNG plots (no matplotlib needed)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the robustness perturbations (default: 0)")


def run(args: argparse.Namespace) -> int:
    from ..classifier import load_model
    from ..evaluation import DataError, evaluate, read_labelled, short_table, write_outputs
    from ..model_dir import ModelError

    if args.limit is not None and args.limit <= 0:
        raise CommandError(f"--limit must be positive, got {args.limit}")
    if args.errors < 0:
        raise CommandError(f"--errors must be >= 0, got {args.errors}")
    started = time.perf_counter()
    try:
        data = read_labelled(args.labelled, args.text_column, args.label_column, binary=args.binary,
                             limit=args.limit, where={"split": args.split} if args.split else None)
    except DataError as err:
        raise CommandError(str(err)) from None
    try:
        model = load_model(args.model, threshold=args.threshold, cascade=args.cascade)
    except (ModelError, ValueError) as err:
        raise CommandError(str(err)) from None
    name = Path(args.model).name if args.model else "default"
    if args.cascade:
        name += f"+{Path(args.cascade).name}"

    def progress(message: str) -> None:
        print(f"  … {message}", file=sys.stderr, flush=True)

    ev = evaluate(model, data, name=name, robustness=not args.no_robustness, seed=args.seed,
                  n_errors=args.errors, progress=progress)
    plots = not args.no_plots
    if plots:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            print("scamdetect evaluate: matplotlib is not installed; skipping plots "
                  "(pip install 'scamdetect[report]')", file=sys.stderr)
            plots = False
    try:
        written = write_outputs(ev, args.out, plots=plots)
    except OSError as err:
        raise CommandError(f"cannot write to {args.out}: {err}") from None
    print(f"{name} on {args.labelled}: {len(data)} message{'s' if len(data) != 1 else ''} "
          f"({'binary labels' if data.binary else 'scheme labels'}), threshold {ev.threshold:.4f}")
    print(short_table(ev))
    for warning in ev.metrics.get("warnings", []):
        print(f"note: {warning}")
    print(f"wrote {', '.join(p.name for p in written)} to {args.out} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0
