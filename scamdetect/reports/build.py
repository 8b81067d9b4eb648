"""Writing a report folder: report.md, report.html, report.json, charts/ and tables/."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..batch.writers import safe_cell
from ..errors import ReportError
from ..taxonomy import NAME_VI
from .aggregate import ReportData, aggregate, label_order, share
from .charts import chart_breakdown, chart_schemes, require_matplotlib
from .render import Numbers, html_page, markdown_page, report_sections, safe_name

__all__ = ["ReportResult", "build_report"]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(v) for v in header])
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _tables(data: ReportData, folder: Path) -> dict[str, str]:
    folder.mkdir(exist_ok=True)
    written = {}
    order = label_order(data.labels)
    _write_csv(folder / "schemes.csv", ["label", "name_vi", "count", "share", "share_of_scam"],
               [[label, NAME_VI.get(label, label), data.labels.get(label, 0), share(data.labels.get(label, 0),
                                                                                      data.scored),
                 share(data.labels.get(label, 0), data.scam) if label != "legit" else ""] for label in order])
    written["schemes"] = "tables/schemes.csv"
    for b in data.breakdowns:
        name = f"by_{safe_name(b.column)}.csv"
        _write_csv(folder / name, [b.column, "messages", "scam", "scam_rate", "errors", *order],
                   [[v, b.totals[v], b.scam[v], share(b.scam[v], b.totals[v]), b.errors[v],
                     *(b.labels[v].get(label, 0) for label in order)] for v in b.values()])
        written[b.column] = f"tables/{name}"
    return written


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
                 title: str | None = None, number_format: str = "vi", date_column: str | None = None,
                 period: str | None = None) -> ReportResult:
    """Aggregate ``scored`` and write the report folder (default: ``<scored name>-report`` beside it).

    ``date_column``/``period`` add schemes per period, a trend chart and the change on the previous period."""
    scored = Path(scored)
    num = Numbers(number_format)
    if top < 1:
        raise ReportError(f"--top must be at least 1, got {top}")
    if charts:
        require_matplotlib()  # fail before reading a big file
    data = aggregate(scored, by, fmt, date_column=date_column, period=period)
    folder = Path(out_dir) if out_dir is not None else scored.with_name(scored.name.split(".")[0] + "-report")
    if folder.exists() and not folder.is_dir():
        raise ReportError(f"{folder}: exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    chart_paths: dict[str, str] = {}
    written_charts: list[Path] = []
    if charts:
        (folder / "charts").mkdir(exist_ok=True)
        chart_schemes(data, folder / "charts" / "schemes.png")
        chart_paths["schemes"] = "charts/schemes.png"
        written_charts.append(folder / "charts" / "schemes.png")
        for b in data.breakdowns:
            name = f"by_{safe_name(b.column)}.png"
            chart_breakdown(data, b, folder / "charts" / name, top)
            chart_paths[b.column] = f"charts/{name}"
            written_charts.append(folder / "charts" / name)
    if charts and data.periods is not None:
        from .periods import write_chart

        write_chart(data.periods, folder / "charts" / "trend.png")
        written_charts.append(folder / "charts" / "trend.png")
    table_paths = _tables(data, folder / "tables")
    title = title or f"Báo cáo tin nhắn lừa đảo / Scam message report: {scored.name}"
    stamp = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    subtitle = (f"Nguồn / Source: {scored.name} · {num.int(data.rows)} dòng / rows · lập lúc / generated {stamp} "
                "bằng scamdetect")
    sections = report_sections(data, top, num, chart_paths, table_paths)
    if data.periods is not None:
        from .periods import sections as period_sections
        from .periods import write_tables

        period_tables = write_tables(data.periods, folder / "tables")
        sections[2:2] = period_sections(data.periods, num, "charts/trend.png" if charts else None, period_tables, top)
        table_paths.update({f"period_{k}": v for k, v in period_tables.items()})
    md, page = folder / "report.md", folder / "report.html"
    md.write_text(markdown_page(title, subtitle, sections), encoding="utf-8")
    page.write_text(html_page(title, subtitle, sections), encoding="utf-8")
    summary = folder / "report.json"
    summary.write_text(json.dumps(data.to_dict(top), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ReportResult(data, md, page, summary, written_charts, [folder / p for p in table_paths.values()])
