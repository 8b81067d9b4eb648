"""Message dates and reporting periods: parse a date column, bucket it, count schemes per period.

The directive's reports are six-monthly and yearly; a dump has a timestamp per message
(``received``), not a ``month`` column. This module turns such a column into periods:

* :func:`parse_date` reads the formats found in Vietnamese dumps: ISO 8601 (``2025-03-07``,
  ``2025-03-07 14:05``, ``2025-03-07T14:05:00Z``, ``2025/03/07``), day first
  (``07/03/2025``, ``7-3-2025 14:05``, ``07.03.2025``), epoch seconds or milliseconds
  (number or text), and date/datetime objects (Parquet, JSONL). Day-first is the
  Vietnamese order, so ``03/07/2025`` is 3 July. A time with a zone (``Z``, ``+00:00``)
  and an epoch are converted to Vietnam time (UTC+7, no daylight saving) before bucketing,
  so a message sent at 23:30 UTC on 30 June counts in the second half-year;
  a time without a zone is taken as it is written.
* :func:`period_key` names a date's period: ``day`` ``2025-03-07``, ``week`` (ISO)
  ``2025-W10``, ``month`` ``2025-03``, ``quarter`` ``2025-Q1``, ``half-year`` ``2025-H1``,
  ``year`` ``2025``; keys sort chronologically as text. :func:`period_keys` lists every
  period between two, so an empty period shows as zeros instead of vanishing.
* :class:`PeriodCounts` counts messages, scam messages and schemes per period while a file
  is streamed; a date that cannot be read is never dropped silently: it is counted and the
  first :data:`MAX_LISTED` of them are kept (row number and value) for the report.
  ``scamdetect report --date-column received --period half-year`` uses it
  (:func:`sections`, :func:`write_chart`, :func:`write_tables`).

Example:
    >>> parse_date("07/03/2025 14:05").isoformat()
    '2025-03-07T14:05:00'
    >>> [period_key(parse_date("2025-07-01"), p) for p in ("week", "quarter", "half-year", "year")]
    ['2025-W27', '2025-Q3', '2025-H2', '2025']
    >>> period_key(parse_date(1751326200), "half-year")  # 2025-06-30 23:30 UTC = 1 July 06:30 in Vietnam
    '2025-H2'
    >>> period_keys("2025-Q3", "2026-Q1", "quarter")
    ['2025-Q3', '2025-Q4', '2026-Q1']
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

__all__ = ["PERIODS", "VIETNAM", "DATE_COLUMNS", "parse_date", "period_key", "period_keys", "PeriodCounts",
           "MAX_LISTED", "find_date_column"]

PERIODS = ("day", "week", "month", "quarter", "half-year", "year")
#: Vietnam time (Indochina Time, UTC+7, no daylight saving)
VIETNAM = timezone(timedelta(hours=7), "ICT")
#: columns tried, in order, as the message date when none is named
DATE_COLUMNS = ("received", "received_at", "date", "datetime", "timestamp", "sent_at", "created_at", "time")
#: unreadable dates kept (row and value) for the report; all of them are counted
MAX_LISTED = 50
#: more periods than this between the first and the last date: only periods with messages are listed
MAX_FILLED = 5000

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](.*))?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T,]+(.*))?$")
_TIME = re.compile(r"^(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
_EPOCH = re.compile(r"^\d{9,10}(?:\.\d+)?$|^\d{12,13}$")
_YEAR_MIN, _YEAR_MAX = 1990, 2100


def _zone(text: str | None) -> timezone | None:
    if not text:
        return None
    if text.upper() == "Z":
        return timezone.utc
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _local(stamp: datetime) -> datetime:
    """A datetime as written, or converted to Vietnam time (and made naive) when it has a zone."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(VIETNAM).replace(tzinfo=None)
    return stamp


def _build(year: int, month: int, day: int, rest: str | None) -> datetime | None:
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return None
    hour = minute = second = micro = 0
    zone = None
    if rest is not None and rest.strip():
        m = _TIME.match(rest.strip())
        if not m:
            return None
        hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        micro = int((m.group(4) or "0").ljust(6, "0")[:6])
        zone = _zone(m.group(5))
    try:
        stamp = datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
    except ValueError:
        return None
    return _local(stamp)


def _epoch(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000.0
    try:
        stamp = datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return _local(stamp) if _YEAR_MIN <= stamp.year <= _YEAR_MAX else None


def parse_date(value: Any) -> datetime | None:
    """``value`` as a naive datetime (Vietnam time where it had a zone), or None when it cannot be read.

    >>> [parse_date(v).isoformat() for v in ("2025-03-07", "7-3-2025 08:15", "2025-03-07T01:00:00Z")]
    ['2025-03-07T00:00:00', '2025-03-07T08:15:00', '2025-03-07T08:00:00']
    >>> parse_date("hôm qua") is None, parse_date("31/02/2025") is None, parse_date("") is None
    (True, True, True)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)):
        return _epoch(float(value)) if value == value and value > 0 else None
    if not isinstance(value, str):
        if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
            return _local(value.to_pydatetime())
        return None
    text = value.strip()
    if not text:
        return None
    if _EPOCH.match(text):
        return _epoch(float(text))
    m = _ISO_DATE.match(text)
    if m:
        return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4))
    m = _DMY.match(text)
    if m:
        return _build(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(4))
    try:  # anything else ISO 8601 accepts (2025-03-07T14:05:00.123+07:00 is caught above)
        return _local(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def period_key(stamp: datetime | date, period: str) -> str:
    """The name of the period holding ``stamp``; names sort chronologically as text."""
    if period == "day":
        return f"{stamp.year:04d}-{stamp.month:02d}-{stamp.day:02d}"
    if period == "week":
        year, week, _ = stamp.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "month":
        return f"{stamp.year:04d}-{stamp.month:02d}"
    if period == "quarter":
        return f"{stamp.year:04d}-Q{(stamp.month - 1) // 3 + 1}"
    if period == "half-year":
        return f"{stamp.year:04d}-H{1 if stamp.month <= 6 else 2}"
    if period == "year":
        return f"{stamp.year:04d}"
    raise ValueError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")


def _start(key: str, period: str) -> date:
    if period == "day":
        return date.fromisoformat(key)
    if period == "week":
        year, week = key.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    if period == "month":
        return date(int(key[:4]), int(key[5:7]), 1)
    if period == "quarter":
        return date(int(key[:4]), 3 * (int(key[6]) - 1) + 1, 1)
    if period == "half-year":
        return date(int(key[:4]), 1 if key.endswith("H1") else 7, 1)
    return date(int(key), 1, 1)


def _next(key: str, period: str) -> str:
    start = _start(key, period)
    if period == "day":
        return period_key(start + timedelta(days=1), period)
    if period == "week":
        return period_key(start + timedelta(days=7), period)
    months = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}[period]
    index = start.year * 12 + start.month - 1 + months
    return period_key(date(index // 12, index % 12 + 1, 1), period)


def period_keys(first: str, last: str, period: str, limit: int = MAX_FILLED) -> list[str]:
    """Every period from ``first`` to ``last`` (inclusive); at most ``limit`` (then only the two ends)."""
    keys = [first]
    while keys[-1] < last:
        if len(keys) >= limit:
            return [first, last]
        keys.append(_next(keys[-1], period))
    return keys


def find_date_column(columns: list[str]) -> str | None:
    """The first of :data:`DATE_COLUMNS` among ``columns``."""
    return next((c for c in DATE_COLUMNS if c in columns), None)


# --------------------------------------------------------------------------- counting
@dataclass
class PeriodCounts:
    """Messages, scam messages and schemes per period of one date column (see the module docstring)."""

    column: str
    period: str = "month"
    totals: Counter = field(default_factory=Counter)  # period -> scored messages
    scam: Counter = field(default_factory=Counter)  # period -> scam messages
    errors: Counter = field(default_factory=Counter)  # period -> unscorable rows
    labels: dict[str, Counter] = field(default_factory=dict)  # period -> label -> messages
    missing: int = 0  # rows with an empty date
    unparsed: int = 0  # rows whose date could not be read
    listed: list[tuple[int, str]] = field(default_factory=list)  # (row number, value) of the first unparsed

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise ValueError(f"unknown period {self.period!r}; use one of {', '.join(PERIODS)}")

    def add(self, value: Any, label: str | None, is_scam: bool, row: int) -> str | None:
        """Count one row (``label`` None for an unscorable row); returns its period, None when undated."""
        stamp = parse_date(value)
        if stamp is None:
            if value is None or (isinstance(value, str) and not value.strip()) or (
                    isinstance(value, float) and value != value):
                self.missing += 1
            else:
                self.unparsed += 1
                if len(self.listed) < MAX_LISTED:
                    self.listed.append((row, str(value)[:80]))
            return None
        key = period_key(stamp, self.period)
        counts = self.labels.setdefault(key, Counter())
        if label is None:
            self.errors[key] += 1
            return key
        self.totals[key] += 1
        counts[label] += 1
        if is_scam:
            self.scam[key] += 1
        return key

    @property
    def undated(self) -> int:
        return self.missing + self.unparsed

    def keys(self) -> list[str]:
        """Every period from the first to the last dated row, empty ones included."""
        seen = sorted(self.labels)
        if not seen:
            return []
        filled = period_keys(seen[0], seen[-1], self.period)
        return filled if len(filled) > 2 or len(seen) <= 2 else seen

    def schemes(self) -> list[str]:
        """Scam schemes seen, most messages first."""
        overall: Counter = Counter()
        for counts in self.labels.values():
            overall.update({k: v for k, v in counts.items() if k != "legit"})
        return [label for label, _ in overall.most_common()]

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys()
        out = []
        for k, key in enumerate(keys):
            previous = keys[k - 1] if k else None
            out.append({"period": key, "messages": self.totals[key], "scam": self.scam[key],
                        "errors": self.errors[key], "labels": dict(self.labels.get(key, Counter()).most_common()),
                        "scam_change": (self.scam[key] - self.scam[previous]) if previous else None,
                        "scam_change_pct": _change(self.scam[key], self.scam[previous]) if previous else None})
        return {"column": self.column, "period": self.period, "periods": out, "missing_dates": self.missing,
                "unparsed_dates": self.unparsed, "unparsed_examples": [{"row": r, "value": v}
                                                                       for r, v in self.listed]}


def _change(now: int, before: int) -> float | None:
    """Relative change from ``before`` to ``now`` (None when ``before`` is 0)."""
    return round((now - before) / before, 6) if before else None


# --------------------------------------------------------------------------- report parts
_TITLES = {"day": ("ngày", "day"), "week": ("tuần", "week"), "month": ("tháng", "month"),
           "quarter": ("quý", "quarter"), "half-year": ("nửa năm", "half-year"), "year": ("năm", "year")}


def _signed(num: Any, now: int, before: int) -> str:
    diff = now - before
    text = ("+" if diff > 0 else "−" if diff < 0 else "±") + num.int(abs(diff))
    if before:
        text += f" ({'+' if diff >= 0 else '−'}{num.pct(abs(diff), before)})"
    return text


def sections(counts: PeriodCounts, num: Any, chart: str | None, tables: dict[str, str], top: int) -> list[Any]:
    """The report's period sections (:class:`~scamdetect.reports.render.Section` objects): trend, schemes per period, change."""
    from ..taxonomy import NAME_VI
    from .aggregate import OTHER
    from .render import Section

    vi, en = _TITLES[counts.period]
    keys = counts.keys()
    schemes = counts.schemes()
    shown = schemes[:6]
    trend = Section(f"Theo {vi} ({counts.column}) / By {en}")
    rows = []
    for k, key in enumerate(keys):
        before = counts.scam[keys[k - 1]] if k else None
        labels = counts.labels.get(key, Counter())
        rest = counts.scam[key] - sum(labels.get(s, 0) for s in shown)
        rows.append([key, num.int(counts.totals[key]), num.int(counts.scam[key]),
                     num.pct(counts.scam[key], counts.totals[key]),
                     _signed(num, counts.scam[key], before) if before is not None else "–",
                     *(num.int(labels.get(s, 0)) for s in shown), *([num.int(rest)] if schemes[6:] else [])])
    trend.table = ([f"{vi.capitalize()} / {en}", "Số tin", "Lừa đảo", "Tỷ lệ lừa đảo", "Thay đổi / Change",
                    *(NAME_VI.get(s, s) for s in shown), *([OTHER] if schemes[6:] else [])], rows)
    notes = []
    empty = [key for key in keys if not counts.totals[key] and not counts.errors[key]]
    if empty:
        notes.append(f"{num.int(len(empty))} {vi} không có tin nào / empty {en}s: " + ", ".join(empty[:12])
                     + (" …" if len(empty) > 12 else ""))
    if counts.undated:
        notes.append(f"{num.int(counts.undated)} dòng không có ngày đọc được, không tính vào bảng này / rows "
                     f"without a readable date, left out of this table ({num.int(counts.unparsed)} unreadable, "
                     f"{num.int(counts.missing)} empty)")
    if "periods" in tables:
        notes.append(f"Bảng đầy đủ / Full table: {tables['periods']}")
    trend.note = "; ".join(notes) or None
    trend.image = chart
    out = [trend]

    change = Section(f"Thay đổi so với {vi} trước / Change on the previous {en}")
    dated = [key for key in keys if counts.totals[key] or counts.errors[key]]
    if len(keys) >= 2:
        last, previous = keys[-1], keys[-2]
        change.paragraphs.append(f"{last} so với / against {previous}.")
        lab_now, lab_before = counts.labels.get(last, Counter()), counts.labels.get(previous, Counter())
        change.table = (["Loại hình", "Mã / Id", previous, last, "Thay đổi / Change"], [
            [NAME_VI.get(s, s), s, num.int(lab_before.get(s, 0)), num.int(lab_now.get(s, 0)),
             _signed(num, lab_now.get(s, 0), lab_before.get(s, 0))]
            for s in sorted(schemes, key=lambda s: -(lab_now.get(s, 0) + lab_before.get(s, 0)))[:max(top, 17)]])
        change.note = f"Bảng đầy đủ / Full table: {tables['change']}" if "change" in tables else None
    else:
        change.paragraphs.append(f"Chỉ có {num.int(len(dated))} {vi} có dữ liệu. / Only {len(dated)} {en}(s) with "
                                 "dated messages: nothing to compare.")
    out.append(change)

    undated = Section(f"Ngày không đọc được / Unreadable dates ({counts.column})")
    if counts.unparsed:
        undated.paragraphs.append(f"{num.int(counts.unparsed)} dòng có ngày không đọc được (không bị bỏ qua: chúng "
                                  "vẫn được tính ở các bảng khác) / rows whose date could not be read (still counted "
                                  "in the other tables). Accepted: 2025-03-07, 07/03/2025, 07-03-2025 14:05, "
                                  "epoch seconds.")
        undated.table = (["Dòng / Row", "Giá trị / Value"], [[str(r), v] for r, v in counts.listed])
        if counts.unparsed > len(counts.listed):
            undated.note = f"{num.int(counts.unparsed - len(counts.listed))} dòng khác / more rows not listed"
    else:
        undated.paragraphs.append("Mọi ngày đều đọc được. / Every date could be read."
                                  + (f" {num.int(counts.missing)} dòng để trống / rows left empty." if counts.missing
                                     else ""))
    out.append(undated)
    return out


def write_tables(counts: PeriodCounts, folder: Path) -> dict[str, str]:
    """``tables/by_period.csv`` (period x scheme) and ``tables/period_change.csv`` (scheme x period change)."""
    from ..batch.writers import safe_cell
    from ..taxonomy import LABELS

    folder.mkdir(parents=True, exist_ok=True)
    keys = counts.keys()
    labels = list(LABELS) + sorted({lab for c in counts.labels.values() for lab in c} - set(LABELS))

    def write(name: str, header: list[str], rows: list[list[Any]]) -> None:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([safe_cell(v) for v in header])
        writer.writerows([safe_cell(v) for v in row] for row in rows)
        (folder / name).write_text(buffer.getvalue(), encoding="utf-8")

    write("by_period.csv", ["period", "messages", "scam", "errors", "scam_change", *labels],
          [[key, counts.totals[key], counts.scam[key], counts.errors[key],
            counts.scam[key] - counts.scam[keys[k - 1]] if k else "",
            *(counts.labels.get(key, Counter()).get(lab, 0) for lab in labels)] for k, key in enumerate(keys)])
    change_rows = []
    for label in counts.schemes():
        row: list[Any] = [label]
        for k, key in enumerate(keys):
            now = counts.labels.get(key, Counter()).get(label, 0)
            before = counts.labels.get(keys[k - 1], Counter()).get(label, 0) if k else None
            row += [now, "" if before is None else now - before]
        change_rows.append(row)
    write("period_change.csv", ["label", *(f"{key}{suffix}" for key in keys for suffix in ("", "_change"))],
          change_rows)
    return {"periods": f"{folder.name}/by_period.csv", "change": f"{folder.name}/period_change.csv"}


def write_chart(counts: PeriodCounts, path: Path) -> None:
    """A trend chart: scam messages per period, in all and for the six commonest schemes."""
    from ..taxonomy import NAME_VI
    from .charts import require_matplotlib, save_figure, wrap

    Figure, Canvas = require_matplotlib()
    keys = counts.keys()
    fig = Figure(figsize=(10, 5.2))
    ax = fig.add_subplot()
    palette = ["#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad"]
    x = list(range(len(keys)))
    fig.set_size_inches(10, 6.4)
    if keys:
        ax.plot(x, [counts.scam[k] for k in keys], color="#222", linewidth=2.2, marker="o", markersize=3,
                label="Tất cả tin lừa đảo / all scam")
        for n, label in enumerate(counts.schemes()[:6]):
            ax.plot(x, [counts.labels.get(k, Counter()).get(label, 0) for k in keys], color=palette[n],
                    linewidth=1.4, marker="o", markersize=2, label=wrap(NAME_VI.get(label, label), 45))
        step = max(1, len(keys) // 16)
        ax.set_xticks(x[::step], keys[::step], rotation=45 if len(keys) > 6 else 0, ha="right" if len(keys) > 6
                      else "center", fontsize=8)
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
    else:
        ax.text(0.5, 0.5, "Không có ngày đọc được / no readable dates", ha="center", va="center")
    vi, en = _TITLES[counts.period]
    ax.set_ylabel("Số tin lừa đảo / scam messages")
    ax.set_title(f"Tin lừa đảo theo {vi} / scam messages per {en} ({counts.column})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_figure(fig, Canvas, path)
