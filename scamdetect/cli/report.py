"""``scamdetect report``: per-scheme report (Markdown, HTML, charts) of a scored file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import CommandError


def add_parser(parser: argparse.ArgumentParser) -> None:
    from ..batch.tables import FORMATS
    from ..reports.periods import PERIODS

    parser.epilog = ("Writes report.md, report.html, report.json, charts/*.png and tables/*.csv. A 'channel' column "
                     "is broken down automatically; keep other columns at scoring time (score --keep month,province).")
    parser.add_argument("scored", metavar="SCORED", help="a file written by `scamdetect score`")
    parser.add_argument("-o", "--output-dir", metavar="DIR",
                        help="folder for the report (default: <SCORED name>-report beside it)")
    parser.add_argument("--by", action="append", default=[], metavar="COLS",
                        help="comma-separated columns to break down by (e.g. month,province); repeatable")
    parser.add_argument("--date-column", metavar="COL",
                        help="column with each message's date (e.g. received; ISO, dd/mm/yyyy, epoch seconds): "
                             "schemes per --period, a trend chart and the change on the previous period")
    parser.add_argument("--period", choices=PERIODS,
                        help="period of the --date-column breakdown (default month; half-year for the six-monthly "
                             "report); alone, the date column is the first of received, date, timestamp, ...")
    parser.add_argument("--format", choices=FORMATS, help="format of SCORED (default: from the extension)")
    parser.add_argument("--top", type=int, default=15, metavar="N", help="rows in the top-N tables (default 15)")
    parser.add_argument("--title", help="report title")
    parser.add_argument("--numbers", choices=("vi", "en"), default="vi",
                        help="number style: vi (12.345 / 45,6%%, default) or en (12,345 / 45.6%%)")
    parser.add_argument("--no-charts", action="store_true", help="skip the PNG charts (no matplotlib needed)")


def run(args: argparse.Namespace) -> int:
    from ..errors import ReportError, TableError
    from ..reports.build import build_report
    by = [name.strip() for value in args.by for name in value.split(",") if name.strip()]
    try:
        result = build_report(Path(args.scored), args.output_dir, by=by, fmt=args.format, top=args.top,
                              charts=not args.no_charts, title=args.title, number_format=args.numbers,
                              date_column=args.date_column, period=args.period)
    except (ReportError, TableError) as err:
        raise CommandError(str(err)) from None
    data = result.data
    print(f"report of {data.rows:,} rows ({data.scam:,} scam, {data.errors:,} unscorable) -> {result.markdown}, "
          f"{result.html}" + (f", {len(result.charts)} charts" if result.charts else ""), file=sys.stderr)
    if data.periods is not None and data.periods.unparsed:
        print(f"{data.periods.unparsed:,} rows had an unreadable {data.periods.column!r} date: listed in the report",
              file=sys.stderr)
    return 0
