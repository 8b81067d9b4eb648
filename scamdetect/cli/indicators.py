"""``scamdetect indicators``: build, update or query the SQLite database of suspicious indicators.

    scamdetect indicators scored.csv [more.parquet ...] --db indicators.sqlite
    scamdetect indicators --db indicators.sqlite --lookup "0912 345 678" --lookup "hxxps://vcb-xacthuc[.]top"
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import CommandError


def add_parser(parser: argparse.ArgumentParser) -> None:
    from ..batch.tables import FORMATS
    from ..reports.indicator_db import KINDS

    parser.epilog = ("Records phone numbers, bank accounts, e-wallets, domains, URLs, handles and e-mails of "
                     "scam-labelled rows with first/last seen, message and scheme counts and example ids. "
                     "Re-importing an unchanged file changes nothing.")
    parser.add_argument("scored", nargs="*", metavar="SCORED", help="files written by `scamdetect score` to import")
    parser.add_argument("--db", default="indicators.sqlite", metavar="PATH",
                        help="the database file (default: indicators.sqlite)")
    parser.add_argument("--lookup", action="append", default=[], metavar="VALUE",
                        help="find a phone, account, wallet, domain, URL (defanged too), handle or e-mail; repeatable")
    parser.add_argument("--source", metavar="NAME",
                        help="name recorded for the imported file (default: its file name); ids are unique per source")
    parser.add_argument("--members", metavar="CSV",
                        help="members.csv of `scamdetect campaigns` run on SCORED: record each sighting's campaign, "
                             "so a lookup says 'seen N times in campaign X, from A to B'")
    parser.add_argument("--date-column", metavar="COL",
                        help="column with the message date (default: the first of date, timestamp, ..., month)")
    parser.add_argument("--format", choices=FORMATS, help="format of SCORED (default: from the extension)")
    parser.add_argument("--export", metavar="CSV", help="write all indicators, most-seen first, to a CSV file")
    parser.add_argument("--raw-cells", action="store_true",
                        help="export cells as they are; by default a cell starting with = + - @ gets a leading '")
    parser.add_argument("--kind", action="append", choices=KINDS, default=[],
                        help="with --export: only these kinds (repeatable)")
    parser.add_argument("--min-messages", type=int, default=1, metavar="N",
                        help="with --export: only indicators seen in at least N messages")
    parser.add_argument("--json", action="store_true", help="print lookups as JSON")


def _print_match(match: dict) -> None:
    detail = f" ({match['detail']})" if match["detail"] else ""
    print(f"{match['kind']} {match['value']}{detail}: {match['message_count']:,} scam message(s), "
          f"first seen {match['first_seen'] or '?'}, last seen {match['last_seen'] or '?'}")
    schemes = ", ".join(f"{label} {n:,}" for label, n in match["scheme_counts"].items())
    print(f"  schemes: {schemes}")
    print(f"  examples: {', '.join(match['example_ids'])}")
    if len(match["sources"]) > 1 or match["sources"]:
        print("  sources: " + ", ".join(f"{s['source']} ({s['messages']:,})" for s in match["sources"]))
    for c in match.get("campaigns", ()):
        print(f"  seen {c['messages']:,} time{'s' if c['messages'] != 1 else ''} in campaign {c['campaign']}, "
              f"from {c['first_seen'] or '?'} to {c['last_seen'] or '?'}")


def run(args: argparse.Namespace) -> int:
    from ..errors import ReportError, TableError
    from ..reports.indicator_db import IndicatorDBError, export_csv, import_scored, lookup, open_db

    if not args.scored and not args.lookup and not args.export:
        raise CommandError("give scored files to import, --lookup VALUE, or --export CSV")
    if args.source and len(args.scored) > 1:
        raise CommandError("--source names one file; import several files one by one or without --source")
    if args.members and len(args.scored) != 1:
        raise CommandError("--members belongs to one scored file: import it with that file alone")
    try:
        conn = open_db(Path(args.db), create=bool(args.scored))
    except IndicatorDBError as err:
        raise CommandError(str(err)) from None
    try:
        for path in args.scored:
            try:
                result = import_scored(conn, path, source=args.source, date_column=args.date_column, fmt=args.format,
                                       members=args.members)
            except (IndicatorDBError, TableError, ReportError) as err:
                raise CommandError(str(err)) from None
            print(result.summary(), file=sys.stderr)
        if args.export:
            count = export_csv(conn, args.export, args.kind, args.min_messages, args.raw_cells)
            print(f"exported {count:,} indicators -> {args.export}", file=sys.stderr)
        if args.lookup:
            found = {query: lookup(conn, query) for query in args.lookup}
            if args.json:
                print(json.dumps(found if len(args.lookup) > 1 else found[args.lookup[0]], ensure_ascii=False,
                                 indent=1))
            else:
                for query, matches in found.items():
                    if not matches:
                        print(f"{query}: not in the database")
                    for match in matches:
                        _print_match(match)
    finally:
        conn.close()
    return 0
