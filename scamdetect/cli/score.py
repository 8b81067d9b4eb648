"""``scamdetect score``: score a CSV/TSV/JSONL/Parquet dump of messages (see :mod:`scamdetect.scoring`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import CommandError, probability, whole_number


def add_parser(parser: argparse.ArgumentParser) -> None:
    from ..scoring import DEFAULT_BATCH_SIZE
    from ..tabular import FORMATS

    parser.epilog = ("Output columns: id, kept columns, label, label_vi, is_scam, scam_score, indicators, "
                     "[summary, red_flags with --explain], error. One row per input row, in input order; rows "
                     "that cannot be scored carry an error. Kill-safe: rerun with --resume to continue.")
    parser.add_argument("input", metavar="INPUT", help="CSV, TSV, JSONL or Parquet file of messages")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="scored file; its extension picks the format (default: the input's)")
    parser.add_argument("--text-column", default="text", metavar="COL", help="column with the message (default: text)")
    parser.add_argument("--id-column", metavar="COL",
                        help="column with message ids (default: 'id' if present, else the row number)")
    parser.add_argument("--keep", default="", metavar="COLS",
                        help="comma-separated input columns to copy to the output (e.g. channel,month) "
                             "for `scamdetect report --by`")
    parser.add_argument("--format", choices=FORMATS, help="input format (default: from the extension)")
    parser.add_argument("--output-format", choices=FORMATS,
                        help="output format (default: from -o's extension, else the input's)")
    parser.add_argument("--workers", type=whole_number(0, ' (all cores)'), default=1, metavar="N",
                        help="scoring processes, each loading the model once (0: one per core; default 1)")
    parser.add_argument("--batch-size", type=whole_number(1), default=DEFAULT_BATCH_SIZE, metavar="N",
                        help=f"rows per chunk: the unit of work, of writing and of --resume (default {DEFAULT_BATCH_SIZE})")
    parser.add_argument("--explain", action="store_true", help="add the summary and red flags (slower)")
    parser.add_argument("--all-indicators", action="store_true",
                        help="extract indicators for every row, not only scam-labelled ones")
    parser.add_argument("--threshold", type=probability, metavar="T", help="override the model's scam threshold (0-1)")
    parser.add_argument("--raw-cells", action="store_true",
                        help="write CSV/TSV cells as they are; by default a cell starting with = + - @ (a spreadsheet "
                             "formula) gets a leading '")
    parser.add_argument("--resume", action="store_true",
                        help="continue an interrupted run of the same command from its last completed chunk")
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_const", const=True, default=None,
                          help="always show the progress bar (default: only on a terminal)")
    progress.add_argument("--no-progress", dest="progress", action="store_const", const=False,
                          help="never show the progress bar")


def run(args: argparse.Namespace) -> int:
    from ..model_dir import ModelError
    from ..scoring import ScoreConfig, ScoringError, score_file
    from ..tabular import TableError

    keep = [name.strip() for name in args.keep.split(",") if name.strip()]
    config = ScoreConfig(
        input=Path(args.input), output=Path(args.output), input_format=args.format,
        output_format=args.output_format, text_column=args.text_column, id_column=args.id_column, keep=keep,
        workers=args.workers, batch_size=args.batch_size, explain=args.explain, all_indicators=args.all_indicators,
        threshold=args.threshold, model=args.model, resume=args.resume, raw_cells=args.raw_cells)
    try:
        result = score_file(config, stderr=sys.stderr, progress=args.progress)
    except (ScoringError, TableError, ModelError) as err:
        raise CommandError(str(err)) from None
    print(result.summary(), file=sys.stderr)
    return 0
