"""One streaming pass over a scored file: counts per scheme, per breakdown column, red flags, look-alikes."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch.readers import open_reader
from ..errors import ReportError, TableError
from ..taxonomy import LABELS, NAME_VI

__all__ = ["ReportError", "ReportData", "Breakdown", "aggregate", "SCORED_COLUMNS", "parse_json_list", "truthy",
           "share", "label_order", "ranked", "OTHER", "BLANK"]


#: columns every scored file has
SCORED_COLUMNS = ("label", "is_scam", "error")


#: distinct values kept per breakdown column; rarer values beyond this are pooled as "(khác)"
MAX_VALUES = 5000


BLANK = "(trống)"


OTHER = "(khác)"


_TIME_NAMES = {"month", "date", "day", "week", "quarter", "year", "period", "thang", "ngay", "nam", "quy", "ky",
               "half", "semester", "time", "timestamp"}


_TIME_VALUE = re.compile(r"^(?:\d{4}(?:[-/.]?(?:\d{1,2}|[qQhH]\d))?(?:[-/.]\d{1,2})?(?:[ T].*)?|[qQhH]\d[-/ ]\d{4}|"
                         r"\d{1,2}[-/.]\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$")


def truthy(value: Any) -> bool:
    """``is_scam`` as read from any format (bool, ``true``/``false`` text, 1/0)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "t")
    return bool(value) if value is not None else False


def parse_json_list(value: Any) -> list:
    """A JSON-list column (native in JSONL, JSON text elsewhere); [] when empty or unreadable."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return []
        try:
            parsed = json.loads(value)
        except ValueError:
            return [part for part in value.split(";") if part]
        return parsed if isinstance(parsed, list) else []
    return []


def _cell(value: Any) -> str:
    if value is None:
        return BLANK
    if isinstance(value, float) and value != value:
        return BLANK
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else (value.isoformat() if hasattr(value, "isoformat") else str(value))
    text = text.strip()
    return text if text else BLANK


@dataclass
class Breakdown:
    column: str
    totals: Counter = field(default_factory=Counter)  # value -> scored messages
    scam: Counter = field(default_factory=Counter)  # value -> scam messages
    errors: Counter = field(default_factory=Counter)  # value -> unscorable rows
    labels: dict[str, Counter] = field(default_factory=dict)  # value -> label -> count
    pooled: int = 0  # rows whose value was pooled into (khác)

    def add(self, value: str, label: str | None, is_scam: bool) -> None:
        if value not in self.labels and value != OTHER and len(self.labels) >= MAX_VALUES:
            value = OTHER
            self.pooled += 1
        if label is None:
            self.errors[value] += 1
            self.labels.setdefault(value, Counter())
            return
        self.totals[value] += 1
        if is_scam:
            self.scam[value] += 1
        self.labels.setdefault(value, Counter())[label] += 1

    def values(self, limit: int | None = None) -> list[str]:
        """Values in display order: chronological for time-like columns, else most messages first."""
        names = list(self.labels)
        if self.time_like():
            names.sort(key=_time_key)
        else:
            names.sort(key=lambda v: (v in (OTHER, BLANK), -self.totals[v], v))
        return names if limit is None else names[:limit]

    def time_like(self) -> bool:
        if self.column.lower().strip() in _TIME_NAMES:
            return True
        real = [v for v in self.labels if v not in (OTHER, BLANK)]
        return bool(real) and all(_TIME_VALUE.match(v) for v in real)


def _time_key(value: str) -> tuple:
    if value in (OTHER, BLANK):
        return (1, value)
    m = re.match(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", value)  # dd/mm/yyyy
    if m:
        return (0, f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}")
    m = re.match(r"^(\d{1,2})[-/.](\d{4})$", value)  # mm/yyyy
    if m:
        return (0, f"{m.group(2)}-{int(m.group(1)):02d}")
    m = re.match(r"^([qQhH]\d)[-/ ](\d{4})$", value)  # Q1-2025
    if m:
        return (0, f"{m.group(2)}-{m.group(1).upper()}")
    return (0, value)


@dataclass
class ReportData:
    source: str
    rows: int = 0
    errors: int = 0
    scam: int = 0
    labels: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    breakdowns: list[Breakdown] = field(default_factory=list)
    red_flags: Counter = field(default_factory=Counter)
    has_red_flags: bool = False
    has_indicators: bool = False
    lookalikes: Counter = field(default_factory=Counter)  # (domain, imitated) -> scam messages
    lookalike_labels: dict[tuple[str, str], Counter] = field(default_factory=dict)
    periods: Any = None  # a scamdetect.reports.periods.PeriodCounts with --date-column/--period

    @property
    def scored(self) -> int:
        return self.rows - self.errors

    def to_dict(self, top: int = 15) -> dict[str, Any]:
        return {
            "source": self.source, "rows": self.rows, "scored": self.scored, "errors": self.errors,
            "scam": self.scam, "error_kinds": dict(self.error_kinds.most_common()),
            "schemes": [{"label": label, "name_vi": NAME_VI.get(label, label), "count": self.labels[label],
                         "share": share(self.labels[label], self.scored),
                         "share_of_scam": share(self.labels[label], self.scam) if label != "legit" else None}
                        for label in label_order(self.labels)],
            "breakdowns": {b.column: [{"value": v, "messages": b.totals[v], "scam": b.scam[v],
                                       "scam_rate": share(b.scam[v], b.totals[v]), "errors": b.errors[v],
                                       "labels": dict(b.labels[v].most_common())} for v in b.values()]
                           for b in self.breakdowns},
            "red_flags": ([{"id": flag, "count": n, "share_of_scam": share(n, self.scam)}
                           for flag, n in ranked(self.red_flags, top)] if self.has_red_flags else None),
            "lookalike_domains": [{"domain": d, "imitates": o, "count": n,
                                   "top_scheme": self.lookalike_labels[(d, o)].most_common(1)[0][0]}
                                  for (d, o), n in ranked(self.lookalikes, top)],
            **({"periods": self.periods.to_dict()} if self.periods is not None else {}),
        }


def share(part: int, whole: int) -> float:
    return round(part / whole, 6) if whole else 0.0


def ranked(counts: Counter, top: int | None = None) -> list[tuple[Any, int]]:
    """The ``top`` most frequent entries, ties by key: the same rows in any order give the same report
    (``Counter.most_common`` breaks ties by first sight, which depends on the order of the rows)."""
    return sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:top]


def label_order(labels: Counter) -> list[str]:
    return list(LABELS) + sorted(label for label in labels if label not in LABELS)


def aggregate(path: str | os.PathLike[str], by: Sequence[str] = (), fmt: str | None = None,
              chunk_rows: int = 20000, date_column: str | None = None, period: str | None = None) -> ReportData:
    """One streaming pass over a scored file. ``channel`` is added to ``by`` when the file has it.

    With ``date_column`` and/or ``period`` the rows are also counted per period (:mod:`scamdetect.reports.periods`)."""
    path = Path(path)
    with open_reader(path, fmt) as reader:
        missing = [c for c in SCORED_COLUMNS if c not in reader.columns]
        if missing and reader.columns:
            raise ReportError(f"{path}: not a file written by `scamdetect score` (no column "
                              f"{', '.join(map(repr, missing))}); columns: {', '.join(reader.columns[:30])}")
        by = list(dict.fromkeys(by))
        absent = [c for c in by if c not in reader.columns]
        if absent:
            raise ReportError(f"{path}: --by column{'s' if len(absent) > 1 else ''} {', '.join(map(repr, absent))} "
                              f"not in the scored file (columns: {', '.join(reader.columns)}); re-score with "
                              f"`scamdetect score ... --keep {','.join(absent)}`"
                              + (" or count by date: --date-column COL --period " + absent[0]
                                 if absent[0] in ("day", "week", "month", "quarter", "year") else ""))
        if "channel" in reader.columns and "channel" not in by:
            by.insert(0, "channel")
        data = ReportData(str(path))
        data.has_red_flags = "red_flags" in reader.columns
        data.has_indicators = "indicators" in reader.columns
        data.breakdowns = [Breakdown(c) for c in by]
        if date_column or period:
            data.periods = _period_counts(path, reader.columns, date_column, period)
        wanted = list(dict.fromkeys([*SCORED_COLUMNS, *(["red_flags"] if data.has_red_flags else []),
                                     *(["indicators"] if data.has_indicators else []), *by,
                                     *([data.periods.column] if data.periods is not None else [])]))
        if not reader.columns:  # an empty JSONL file
            return data
        try:
            for chunk in reader.chunks(chunk_rows, wanted):
                for row in chunk.rows:
                    _add(data, row.values, row.problem)
        except TableError:
            raise
    return data


def _period_counts(path: Path, columns: list[str], date_column: str | None, period: str | None) -> Any:
    from .periods import PeriodCounts, find_date_column

    column = date_column or find_date_column(columns)
    if column is None or (columns and column not in columns):
        raise ReportError(f"{path}: {'date column ' + repr(column) if column else 'no date column'} in the scored "
                          f"file (columns: {', '.join(columns)}); name one with --date-column, and keep it at "
                          f"scoring time (`scamdetect score ... --keep {column or 'received'}`)")
    return PeriodCounts(column, period or "month")


def _add(data: ReportData, values: dict[str, Any], problem: str | None) -> None:
    data.rows += 1
    error = values.get("error")
    label = values.get("label")
    if problem or (error not in (None, "") and not (isinstance(error, float) and error != error)) or not label:
        data.errors += 1
        message = problem or (str(error) if error not in (None, "") else "no label")
        data.error_kinds[message.split(" (", 1)[0].split(":", 1)[0]] += 1
        for b in data.breakdowns:
            b.add(_cell(values.get(b.column)), None, False)
        if data.periods is not None:
            data.periods.add(values.get(data.periods.column), None, False, data.rows)
        return
    label = str(label)
    is_scam = truthy(values.get("is_scam"))
    if data.periods is not None:
        data.periods.add(values.get(data.periods.column), label, is_scam, data.rows)
    data.labels[label] += 1
    if is_scam:
        data.scam += 1
    for b in data.breakdowns:
        b.add(_cell(values.get(b.column)), label, is_scam)
    if not is_scam:
        return
    if data.has_red_flags:
        for flag in dict.fromkeys(str(f if not isinstance(f, dict) else f.get("id")) for f in
                                  parse_json_list(values.get("red_flags"))):
            data.red_flags[flag] += 1
    if data.has_indicators:
        seen = set()
        for ind in parse_json_list(values.get("indicators")):
            if isinstance(ind, dict) and ind.get("kind") == "url" and ind.get("lookalike_of"):
                key = (str(ind.get("host") or ind.get("domain") or ind.get("value")), str(ind["lookalike_of"]))
                if key not in seen:
                    seen.add(key)
                    data.lookalikes[key] += 1
                    data.lookalike_labels.setdefault(key, Counter())[label] += 1
