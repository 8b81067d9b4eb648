"""Per-scheme reports of a scored file: Markdown, HTML, CSV tables and bar charts.

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
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .tabular import TableError, open_reader, safe_cell
from .taxonomy import LABELS, NAME_VI

__all__ = ["ReportError", "ReportData", "aggregate", "build_report", "SCORED_COLUMNS", "parse_json_list", "truthy"]

#: columns every scored file has
SCORED_COLUMNS = ("label", "is_scam", "error")
#: distinct values kept per breakdown column; rarer values beyond this are pooled as "(khác)"
MAX_VALUES = 5000
_BLANK = "(trống)"
_OTHER = "(khác)"
_TIME_NAMES = {"month", "date", "day", "week", "quarter", "year", "period", "thang", "ngay", "nam", "quy", "ky",
               "half", "semester", "time", "timestamp"}
_TIME_VALUE = re.compile(r"^(?:\d{4}(?:[-/.]?(?:\d{1,2}|[qQhH]\d))?(?:[-/.]\d{1,2})?(?:[ T].*)?|[qQhH]\d[-/ ]\d{4}|"
                         r"\d{1,2}[-/.]\d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$")


class ReportError(Exception):
    """A report cannot be built (not a scored file, missing ``--by`` column, no matplotlib)."""


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
        return _BLANK
    if isinstance(value, float) and value != value:
        return _BLANK
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else (value.isoformat() if hasattr(value, "isoformat") else str(value))
    text = text.strip()
    return text if text else _BLANK


@dataclass
class Breakdown:
    column: str
    totals: Counter = field(default_factory=Counter)  # value -> scored messages
    scam: Counter = field(default_factory=Counter)  # value -> scam messages
    errors: Counter = field(default_factory=Counter)  # value -> unscorable rows
    labels: dict[str, Counter] = field(default_factory=dict)  # value -> label -> count
    pooled: int = 0  # rows whose value was pooled into (khác)

    def add(self, value: str, label: str | None, is_scam: bool) -> None:
        if value not in self.labels and value != _OTHER and len(self.labels) >= MAX_VALUES:
            value = _OTHER
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
            names.sort(key=lambda v: (v in (_OTHER, _BLANK), -self.totals[v], v))
        return names if limit is None else names[:limit]

    def time_like(self) -> bool:
        if self.column.lower().strip() in _TIME_NAMES:
            return True
        real = [v for v in self.labels if v not in (_OTHER, _BLANK)]
        return bool(real) and all(_TIME_VALUE.match(v) for v in real)


def _time_key(value: str) -> tuple:
    if value in (_OTHER, _BLANK):
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

    @property
    def scored(self) -> int:
        return self.rows - self.errors

    def to_dict(self, top: int = 15) -> dict[str, Any]:
        return {
            "source": self.source, "rows": self.rows, "scored": self.scored, "errors": self.errors,
            "scam": self.scam, "error_kinds": dict(self.error_kinds.most_common()),
            "schemes": [{"label": label, "name_vi": NAME_VI.get(label, label), "count": self.labels[label],
                         "share": _share(self.labels[label], self.scored),
                         "share_of_scam": _share(self.labels[label], self.scam) if label != "legit" else None}
                        for label in _label_order(self.labels)],
            "breakdowns": {b.column: [{"value": v, "messages": b.totals[v], "scam": b.scam[v],
                                       "scam_rate": _share(b.scam[v], b.totals[v]), "errors": b.errors[v],
                                       "labels": dict(b.labels[v].most_common())} for v in b.values()]
                           for b in self.breakdowns},
            "red_flags": ([{"id": flag, "count": n, "share_of_scam": _share(n, self.scam)}
                           for flag, n in self.red_flags.most_common(top)] if self.has_red_flags else None),
            "lookalike_domains": [{"domain": d, "imitates": o, "count": n,
                                   "top_scheme": self.lookalike_labels[(d, o)].most_common(1)[0][0]}
                                  for (d, o), n in self.lookalikes.most_common(top)],
        }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 6) if whole else 0.0


def _label_order(labels: Counter) -> list[str]:
    return list(LABELS) + sorted(label for label in labels if label not in LABELS)


def aggregate(path: str | os.PathLike[str], by: Sequence[str] = (), fmt: str | None = None,
              chunk_rows: int = 20000) -> ReportData:
    """One streaming pass over a scored file. ``channel`` is added to ``by`` when the file has it."""
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
                              f"`scamdetect score ... --keep {','.join(absent)}`")
        if "channel" in reader.columns and "channel" not in by:
            by.insert(0, "channel")
        data = ReportData(str(path))
        data.has_red_flags = "red_flags" in reader.columns
        data.has_indicators = "indicators" in reader.columns
        data.breakdowns = [Breakdown(c) for c in by]
        wanted = list(dict.fromkeys([*SCORED_COLUMNS, *(["red_flags"] if data.has_red_flags else []),
                                     *(["indicators"] if data.has_indicators else []), *by]))
        if not reader.columns:  # an empty JSONL file
            return data
        try:
            for chunk in reader.chunks(chunk_rows, wanted):
                for row in chunk.rows:
                    _add(data, row.values, row.problem)
        except TableError:
            raise
    return data


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
        return
    label = str(label)
    is_scam = truthy(values.get("is_scam"))
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


# --------------------------------------------------------------------------- rendering
class _Numbers:
    def __init__(self, style: str) -> None:
        if style not in ("vi", "en"):
            raise ReportError(f"unknown number format {style!r}; use vi or en")
        self.style = style

    def int(self, n: int) -> str:
        text = f"{n:,}"
        return text.replace(",", ".") if self.style == "vi" else text

    def pct(self, part: int, whole: int) -> str:
        if not whole:
            return "–"
        text = f"{100.0 * part / whole:.1f}%"
        return text.replace(".", ",") if self.style == "vi" else text


@dataclass
class _Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: tuple[list[str], list[list[str]]] | None = None
    image: str | None = None
    note: str | None = None


def _safe_name(column: str) -> str:
    return re.sub(r"[^\w.-]+", "_", column, flags=re.ASCII).strip("_") or "column"


def _sections(data: ReportData, top: int, num: _Numbers, charts: dict[str, str], tables: dict[str, str]
              ) -> list[_Section]:
    from .redflags import RED_FLAGS

    sections = []
    overview = _Section("Tổng quan / Overview")
    overview.table = (["Chỉ số / Measure", "Số tin / Messages", "Tỷ lệ / Share"], [
        ["Tổng số dòng / Rows", num.int(data.rows), ""],
        ["Đã chấm điểm / Scored", num.int(data.scored), num.pct(data.scored, data.rows)],
        ["Lừa đảo / Scam", num.int(data.scam), num.pct(data.scam, data.scored)],
        ["Bình thường / Legit", num.int(data.labels.get("legit", 0)), num.pct(data.labels.get("legit", 0),
                                                                            data.scored)],
        ["Không chấm được / Unscorable", num.int(data.errors), num.pct(data.errors, data.rows)],
    ])
    if data.error_kinds:
        overview.note = "Lý do không chấm được / Why rows were unscorable: " + "; ".join(
            f"{kind}: {num.int(n)}" for kind, n in data.error_kinds.most_common(8))
    sections.append(overview)

    schemes = _Section("Theo loại hình lừa đảo / By scheme")
    rows = []
    for label in _label_order(data.labels):
        count = data.labels.get(label, 0)
        rows.append([NAME_VI.get(label, label), label, num.int(count), num.pct(count, data.scored),
                     num.pct(count, data.scam) if label != "legit" else ""])
    schemes.table = (["Loại hình", "Mã / Id", "Số tin", "% tin đã chấm", "% tin lừa đảo"], rows)
    schemes.image = charts.get("schemes")
    schemes.note = f"Bảng đầy đủ / Full table: {tables['schemes']}" if "schemes" in tables else None
    sections.append(schemes)

    for b in data.breakdowns:
        section = _Section(f"Theo {b.column} / By {b.column}")
        rows = []
        for value in b.values(limit=max(top, 30)):
            scams = Counter({k: v for k, v in b.labels[value].items() if k != "legit"})
            main = ", ".join(f"{NAME_VI.get(k, k)} ({num.int(v)})" for k, v in scams.most_common(3))
            rows.append([value, num.int(b.totals[value]), num.int(b.scam[value]), num.pct(b.scam[value], b.totals[value]),
                         num.pct(b.scam[value], data.scam), main or "–"])
        section.table = ([b.column, "Số tin", "Lừa đảo", "Tỷ lệ lừa đảo", "% tổng tin lừa đảo",
                          "Loại hình chính / Main schemes"], rows)
        notes = []
        if len(b.labels) > len(rows):
            notes.append(f"{num.int(len(b.labels) - len(rows))} giá trị khác không hiển thị / more values not shown")
        if b.pooled:
            notes.append(f"{num.int(b.pooled)} dòng có giá trị hiếm được gộp vào {_OTHER} / rare values pooled")
        if b.column in tables:
            notes.append(f"Bảng đầy đủ theo loại hình / Full table by scheme: {tables[b.column]}")
        section.note = "; ".join(notes) or None
        section.image = charts.get(b.column)
        sections.append(section)

    flags = _Section("Dấu hiệu cảnh báo phổ biến / Top red flags")
    if data.has_red_flags:
        if data.red_flags:
            flags.table = (["Dấu hiệu / Red flag", "Mã / Id", "Số tin lừa đảo", "% tin lừa đảo"], [
                [RED_FLAGS.get(flag, (flag,))[0], flag, num.int(n), num.pct(n, data.scam)]
                for flag, n in data.red_flags.most_common(top)])
        else:
            flags.paragraphs.append("Không có dấu hiệu nào trong các tin lừa đảo. / No red flags in scam messages.")
    else:
        flags.paragraphs.append("Chưa có: hãy chấm điểm với `--explain`. / Not available: score with `--explain`.")
    sections.append(flags)

    lookalike = _Section("Tên miền giả mạo phổ biến / Top look-alike domains")
    if data.lookalikes:
        lookalike.table = (["Tên miền / Domain", "Giả mạo / Imitates", "Số tin lừa đảo", "Loại hình chính"], [
            [domain, imitated, num.int(n),
             NAME_VI.get(data.lookalike_labels[(domain, imitated)].most_common(1)[0][0], "")]
            for (domain, imitated), n in data.lookalikes.most_common(top)])
    elif data.has_indicators:
        lookalike.paragraphs.append("Không thấy tên miền giả mạo trong tin lừa đảo. / No look-alike domains found.")
    else:
        lookalike.paragraphs.append("Tệp không có cột indicators. / The file has no indicators column.")
    sections.append(lookalike)
    return sections


def _markdown(title: str, subtitle: str, sections: list[_Section]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    out = [f"# {title}", "", subtitle, ""]
    for s in sections:
        out += [f"## {s.title}", ""]
        for p in s.paragraphs:
            out += [p, ""]
        if s.table:
            header, rows = s.table
            out.append("| " + " | ".join(esc(h) for h in header) + " |")
            out.append("|" + "|".join(" --- " if k == 0 else " ---: " if _numeric_column(rows, k) else " --- "
                                      for k in range(len(header))) + "|")
            out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
            out.append("")
        if s.note:
            out += [f"_{s.note}_", ""]
        if s.image:
            out += [f"![{s.title}]({s.image})", ""]
    return "\n".join(out)


def _numeric_column(rows: list[list[str]], k: int) -> bool:
    cells = [row[k] for row in rows if row[k] not in ("", "–")]
    return bool(cells) and all(re.fullmatch(r"[\d.,]+%?", c) for c in cells)


_CSS = """body{font-family:"Segoe UI",Roboto,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:14px}th,td{border:1px solid #ccc;padding:4px 8px}
th{background:#f2f2f2;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
img{max-width:100%;border:1px solid #eee}.note{color:#555;font-size:13px}h1{font-size:1.6em}h2{margin-top:1.6em}"""


def _html(title: str, subtitle: str, sections: list[_Section]) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">', f"<title>{e(title)}</title>",
           f"<style>{_CSS}</style></head><body>", f"<h1>{e(title)}</h1>", f"<p>{e(subtitle)}</p>"]
    for s in sections:
        out.append(f"<h2>{e(s.title)}</h2>")
        out += [f"<p>{_inline_code(e(p))}</p>" for p in s.paragraphs]
        if s.table:
            header, rows = s.table
            numeric = [_numeric_column(rows, k) for k in range(len(header))]
            out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f'<td class="n">{e(c)}</td>' if numeric[k] else f"<td>{e(c)}</td>"
                                            for k, c in enumerate(row)) + "</tr>")
            out.append("</tbody></table>")
        if s.note:
            out.append(f'<p class="note">{e(s.note)}</p>')
        if s.image:
            out.append(f'<p><img src="{e(s.image)}" alt="{e(s.title)}"></p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _inline_code(text: str) -> str:
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", text)


# --------------------------------------------------------------------------- charts
def _require_matplotlib():
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ReportError("charts need matplotlib: pip install 'scamdetect[report]' (or use --no-charts)") from None
    return Figure, FigureCanvasAgg


def _wrap(text: str, width: int = 38) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:3])


def _save(fig: Any, canvas_cls: Any, path: Path) -> None:
    canvas_cls(fig)
    fig.savefig(str(path), dpi=120, metadata={"Software": None})


def _chart_schemes(data: ReportData, path: Path) -> None:
    Figure, Canvas = _require_matplotlib()
    items = sorted(((n, label) for label, n in data.labels.items() if label != "legit" and n), reverse=True)
    fig = Figure(figsize=(9, 0.45 * max(len(items), 2) + 1.4))
    ax = fig.add_subplot()
    if items:
        counts = [n for n, _ in items][::-1]
        names = [_wrap(NAME_VI.get(label, label)) for _, label in items][::-1]
        bars = ax.barh(range(len(items)), counts, color="#c0392b")
        ax.set_yticks(range(len(items)), names, fontsize=8)
        ax.bar_label(bars, labels=[f"{n:,}" for n in counts], fontsize=8, padding=3)
        ax.set_xlim(0, max(counts) * 1.15)
    else:
        ax.text(0.5, 0.5, "Không có tin lừa đảo / no scam messages", ha="center", va="center")
        ax.set_yticks([])
    ax.set_xlabel("Số tin lừa đảo / scam messages")
    ax.set_title(f"Tin lừa đảo theo loại hình (tổng {data.scam:,})")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    _save(fig, Canvas, path)


_PALETTE = ["#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#7f8c8d"]


def _chart_breakdown(data: ReportData, b: Breakdown, path: Path, top: int) -> None:
    Figure, Canvas = _require_matplotlib()
    values = b.values(limit=max(top, 20))
    overall = Counter()
    for value in values:
        overall.update({k: v for k, v in b.labels[value].items() if k != "legit"})
    main = [label for label, _ in overall.most_common(6)]
    fig = Figure(figsize=(10, 0.4 * max(len(values), 2) + 2.2))
    ax = fig.add_subplot()
    left = [0] * len(values)
    ypos = list(range(len(values)))[::-1]
    series = [(NAME_VI.get(label, label), [b.labels[v].get(label, 0) for v in values]) for label in main]
    rest = [b.scam[v] - sum(b.labels[v].get(label, 0) for label in main) for v in values]
    if any(rest):
        series.append(("Loại hình khác / other schemes", rest))
    for k, (name, counts) in enumerate(series):
        ax.barh(ypos, counts, left=left, color=_PALETTE[k % len(_PALETTE)], label=_wrap(name, 45))
        left = [a + c for a, c in zip(left, counts, strict=True)]
    if values:
        ax.set_yticks(ypos, [_wrap(v, 30) for v in values], fontsize=8)
        for y, total, value in zip(ypos, left, values, strict=True):
            ax.text(total, y, f" {total:,} ({100.0 * b.scam[value] / b.totals[value] if b.totals[value] else 0:.0f}%)",
                    va="center", fontsize=7)
        ax.set_xlim(0, max(max(left), 1) * 1.2)
    if series:
        ax.legend(fontsize=7, loc="lower right", frameon=False)
    ax.set_xlabel("Số tin lừa đảo (tỷ lệ lừa đảo) / scam messages (scam rate)")
    ax.set_title(f"Tin lừa đảo theo {b.column}")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    _save(fig, Canvas, path)


# --------------------------------------------------------------------------- tables
def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(v) for v in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _tables(data: ReportData, folder: Path) -> dict[str, str]:
    folder.mkdir(exist_ok=True)
    written = {}
    order = _label_order(data.labels)
    _write_csv(folder / "schemes.csv", ["label", "name_vi", "count", "share", "share_of_scam"],
               [[label, NAME_VI.get(label, label), data.labels.get(label, 0), _share(data.labels.get(label, 0),
                                                                                      data.scored),
                 _share(data.labels.get(label, 0), data.scam) if label != "legit" else ""] for label in order])
    written["schemes"] = "tables/schemes.csv"
    for b in data.breakdowns:
        name = f"by_{_safe_name(b.column)}.csv"
        _write_csv(folder / name, [b.column, "messages", "scam", "scam_rate", "errors", *order],
                   [[v, b.totals[v], b.scam[v], _share(b.scam[v], b.totals[v]), b.errors[v],
                     *(b.labels[v].get(label, 0) for label in order)] for v in b.values()])
        written[b.column] = f"tables/{name}"
    return written


# --------------------------------------------------------------------------- entry point
@dataclass
class ReportResult:
    data: ReportData
    markdown: Path
    html: Path
    json: Path
    charts: list[Path]
    tables: list[Path]


def build_report(scored: str | os.PathLike[str], out_dir: str | os.PathLike[str] | None = None,
                 by: Sequence[str] = (), fmt: str | None = None, top: int = 15, charts: bool = True,
                 title: str | None = None, number_format: str = "vi") -> ReportResult:
    """Aggregate ``scored`` and write the report folder (default: ``<scored name>-report`` beside it)."""
    scored = Path(scored)
    num = _Numbers(number_format)
    if top < 1:
        raise ReportError(f"--top must be at least 1, got {top}")
    if charts:
        _require_matplotlib()  # fail before reading a big file
    data = aggregate(scored, by, fmt)
    folder = Path(out_dir) if out_dir is not None else scored.with_name(scored.name.split(".")[0] + "-report")
    if folder.exists() and not folder.is_dir():
        raise ReportError(f"{folder}: exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    chart_paths: dict[str, str] = {}
    written_charts: list[Path] = []
    if charts:
        (folder / "charts").mkdir(exist_ok=True)
        _chart_schemes(data, folder / "charts" / "schemes.png")
        chart_paths["schemes"] = "charts/schemes.png"
        written_charts.append(folder / "charts" / "schemes.png")
        for b in data.breakdowns:
            name = f"by_{_safe_name(b.column)}.png"
            _chart_breakdown(data, b, folder / "charts" / name, top)
            chart_paths[b.column] = f"charts/{name}"
            written_charts.append(folder / "charts" / name)
    table_paths = _tables(data, folder / "tables")
    title = title or f"Báo cáo tin nhắn lừa đảo / Scam message report: {scored.name}"
    stamp = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    subtitle = (f"Nguồn / Source: {scored.name} · {num.int(data.rows)} dòng / rows · lập lúc / generated {stamp} "
                "bằng scamdetect")
    sections = _sections(data, top, num, chart_paths, table_paths)
    md, page = folder / "report.md", folder / "report.html"
    md.write_text(_markdown(title, subtitle, sections), encoding="utf-8")
    page.write_text(_html(title, subtitle, sections), encoding="utf-8")
    summary = folder / "report.json"
    summary.write_text(json.dumps(data.to_dict(top), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ReportResult(data, md, page, summary, written_charts, [folder / p for p in table_paths.values()])
