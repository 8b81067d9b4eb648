"""Reports of scored files: per-scheme reports (Markdown, HTML, CSV tables, bar charts), reporting periods
and the indicator database.

:func:`build_report` streams a file written by ``scamdetect score`` (any format) once,
with flat memory, and writes into one folder:

* ``report.md`` and ``report.html``: an overview; counts and shares per scheme (with
  Vietnamese names); one breakdown per ``by`` column (a ``channel`` column is broken
  down automatically when present) with messages, scam messages, scam rate and the main
  schemes per value; the most frequent red flags (files scored with ``--explain``) and
  the most frequent look-alike domains in scam messages.
* ``charts/schemes.png`` and ``charts/by_<column>.png``: one bar chart per breakdown
  (matplotlib, imported only here; ``charts=False`` skips them).
* ``tables/schemes.csv`` and ``tables/by_<column>.csv``: the full counts (value x scheme)
  for spreadsheets, and ``report.json`` with every number in the report.

Shares of schemes are taken over the scored messages (rows without an ``error``); rows
that could not be scored are counted separately. Numbers are written Vietnamese style
(``12.345``, ``45,6%``) unless ``number_format="en"``.

One job per module: :mod:`.aggregate` (one pass over the scored file), :mod:`.render` (sections, Markdown,
HTML), :mod:`.charts` (PNG), :mod:`.build` (the report folder), :mod:`.periods` (dates and periods),
:mod:`.indicator_db` (the SQLite database of suspicious indicators) and :mod:`.indicator_values` (the stored
form of its values and dates).
"""

from __future__ import annotations

from .aggregate import SCORED_COLUMNS, ReportData, ReportError, aggregate, parse_json_list, truthy
from .build import ReportResult, build_report

__all__ = ["ReportError", "ReportData", "ReportResult", "aggregate", "build_report", "SCORED_COLUMNS",
           "parse_json_list", "truthy"]
