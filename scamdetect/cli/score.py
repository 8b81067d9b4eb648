"""``scamdetect score``: score a CSV/TSV/JSONL/Parquet dump of messages (see :mod:`scamdetect.batch.scoring`)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from . import CommandError, log_to_stderr, probability, whole_number


def add_parser(parser: argparse.ArgumentParser) -> None:
    from ..batch.config import DEFAULT_BATCH_SIZE
    from ..batch.tables import FORMATS

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
    from ..batch.config import ScoreConfig
    from ..batch.scoring import score_file
    from ..errors import ModelError, ScoringError, TableError

    keep = [name.strip() for name in args.keep.split(",") if name.strip()]
    config = ScoreConfig(
        input=Path(args.input), output=Path(args.output), input_format=args.format,
        output_format=args.output_format, text_column=args.text_column, id_column=args.id_column, keep=keep,
        workers=args.workers, batch_size=args.batch_size, explain=args.explain, all_indicators=args.all_indicators,
        threshold=args.threshold, model=args.model, resume=args.resume, raw_cells=args.raw_cells)
    bar = ProgressBar(sys.stderr, args.progress, f"scoring {Path(args.input).name}")
    try:
        with log_to_stderr("score"):
            result = score_file(config, progress=bar.update)
    except (ScoringError, TableError, ModelError) as err:
        raise CommandError(str(err)) from None
    finally:
        bar.done()
    print(result.summary(), file=sys.stderr)
    return 0


class ProgressBar:
    """A one-line progress bar on a terminal (rows, rows/s, ETA); silent elsewhere."""

    def __init__(self, stream: TextIO | None, enabled: bool | None = None, label: str = "scoring") -> None:
        self.stream = stream
        if enabled is None:
            enabled = bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())
        self.enabled = enabled
        self.label = label
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, event: Any) -> None:
        """Draw a :class:`scamdetect.batch.scoring.ProgressEvent` (at most five times a second)."""
        if not self.enabled or self.stream is None:
            return
        now = time.monotonic()
        if not event.final and now - self.last < 0.2:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = event.rows_this_run / elapsed
        text = f"\r{self.label}: {event.rows:,} rows, {rate:,.0f} rows/s"
        fraction = event.fraction
        if fraction is not None:
            done = fraction - event.start_fraction
            eta = elapsed * (1.0 - fraction) / done if done > 0 else None
            width = 24
            filled = int(width * min(max(fraction, 0.0), 1.0))
            text = (f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%} {event.rows:,} rows, "
                    f"{rate:,.0f} rows/s, ETA {_clock(eta) if eta is not None else '?'}")
        self.stream.write(text + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown and self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
