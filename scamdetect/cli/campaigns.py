"""``scamdetect campaigns``: group a dump's scam messages into campaigns (see :mod:`scamdetect.campaigns`).

    scamdetect campaigns inbox.csv --text-column text --date-column received -o campaigns/
    scamdetect campaigns scored.parquet -o campaigns/          # a file written by `scamdetect score`
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import CommandError, probability, whole_number


def add_parser(parser: argparse.ArgumentParser) -> None:
    from ..batch.tables import FORMATS

    parser.epilog = ("Writes campaigns.csv (id, size, scheme, first/last seen, representative message, top "
                     "accounts, phones, domains), members.csv (row id -> campaign id), report.md, report.html and "
                     "charts/campaigns_over_time.png. A file with label and is_scam columns (from `scamdetect "
                     "score`) is used as scored; others are scored with the model. Only scam rows are grouped.")
    parser.add_argument("input", metavar="FILE", help="CSV, TSV, JSONL or Parquet dump, raw or scored")
    parser.add_argument("-o", "--output-dir", required=True, metavar="DIR", help="folder for the results")
    parser.add_argument("--text-column", default="text", metavar="COL", help="column with the message (default: text)")
    parser.add_argument("--id-column", metavar="COL",
                        help="column with message ids (default: 'id' if present, else the row number)")
    parser.add_argument("--date-column", metavar="COL",
                        help="column with the message date (default: the first of received, date, timestamp, ...)")
    parser.add_argument("--model", metavar="DIR", help="model directory for a raw dump (default: the bundled model)")
    parser.add_argument("--rescore", action="store_true",
                        help="score with the model even when the file already has label/is_scam columns")
    parser.add_argument("--format", choices=FORMATS, help="format of FILE (default: from the extension)")
    parser.add_argument("--workers", type=whole_number(0, " (all cores)"), default=None, metavar="N",
                        help="processes that score, mask and hash (0: one per core; default: 2, or 1 on one core)")
    parser.add_argument("--threshold", type=probability, default=0.5, metavar="J",
                        help="how alike (Jaccard of masked word shingles) a message and a campaign's first message "
                             "must be to join it (default 0.5)")
    parser.add_argument("--min-size", type=whole_number(2), default=2, metavar="N",
                        help="messages a group needs to be reported as a campaign (default 2)")
    parser.add_argument("--top", type=whole_number(1), default=20, metavar="N",
                        help="campaigns listed in the report (default 20; campaigns.csv has all)")
    parser.add_argument("--numbers", choices=("vi", "en"), default="vi", help="number style in the report")
    parser.add_argument("--title", help="report title")
    parser.add_argument("--no-charts", action="store_true", help="skip the chart (no matplotlib needed)")
    parser.add_argument("--raw-cells", action="store_true",
                        help="write CSV cells as they are; by default a cell starting with = + - @ gets a leading '")
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_const", const=True, default=None,
                          help="always show progress (default: a bar on a terminal, log lines elsewhere)")
    progress.add_argument("--no-progress", dest="progress", action="store_const", const=False,
                          help="never show progress")


class _Progress:
    """A tqdm bar over the file's share read (when tqdm is installed and stderr is a terminal), else a line every 10 s."""

    def __init__(self, enabled: bool | None) -> None:
        tty = hasattr(sys.stderr, "isatty") and sys.stderr.isatty()
        self.enabled = enabled if enabled is not None else True
        self.bar = None
        self.last = time.monotonic()
        self.started = self.last
        if self.enabled and (tty or enabled):
            try:
                from tqdm import tqdm

                if tty:
                    self.bar = tqdm(total=100, unit="%", desc="campaigns", file=sys.stderr,
                                    bar_format="{desc}: {percentage:3.0f}%|{bar}| {postfix} [{elapsed}<{remaining}]")
            except ImportError:
                pass

    def __call__(self, rows: int, fraction: float) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.n = round(100 * fraction, 1)
            self.bar.set_postfix_str(f"{rows:,} rows", refresh=False)
            self.bar.refresh()
            return
        now = time.monotonic()
        if now - self.last >= 10.0:
            self.last = now
            rate = rows / max(now - self.started, 1e-9)
            print(f"campaigns: {rows:,} rows ({fraction:.0%}), {rate:,.0f} rows/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(args: argparse.Namespace) -> int:
    from ..campaigns.pipeline import CampaignConfig, CampaignError, find_campaigns
    from ..errors import TableError

    workers = args.workers
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    elif workers == 0:
        workers = os.cpu_count() or 1
    config = CampaignConfig(
        input=Path(args.input), output_dir=Path(args.output_dir), text_column=args.text_column,
        id_column=args.id_column, date_column=args.date_column, model=args.model, fmt=args.format, workers=workers,
        threshold=args.threshold, min_size=args.min_size, top=args.top, charts=not args.no_charts,
        rescore=args.rescore, raw_cells=args.raw_cells, number_format=args.numbers, title=args.title)
    progress = _Progress(args.progress)
    try:
        result = find_campaigns(config, progress=progress)
    except (CampaignError, TableError) as err:
        raise CommandError(str(err)) from None
    finally:
        progress.close()
    print(result.summary(), file=sys.stderr)
    print(f"-> {', '.join(str(p) for p in result.files)}", file=sys.stderr)
    if result.unparsed:
        print(f"{result.unparsed:,} scam rows had an unreadable {result.date_column!r} date: listed in "
              f"{config.output_dir / 'report.md'}", file=sys.stderr)
    return 0
