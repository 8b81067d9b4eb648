"""The campaign folder: ``campaigns.csv``, ``members.csv``, ``report.md``/``report.html`` and a chart.

``campaigns.csv`` (largest first): ``campaign_id, size, scheme, scheme_vi, schemes`` (JSON
``{scheme: messages}``), ``first_seen, last_seen, undated, representative_id,
representative`` (the first message's text), ``template`` (its masked text), and the
campaign's commonest ``accounts`` (bank accounts and e-wallets), ``phones``, ``domains`` and
``handles`` as ``value (messages); ...``. ``members.csv``: ``id, campaign_id, label, date`` for
every message of a reported campaign, in input order. Cells that a spreadsheet would run as
a formula get a leading ``'`` (:func:`scamdetect.batch.writers.safe_cell`).

The report lists the largest campaigns and charts their sizes over time (messages per day,
week or month, whichever suits the dates' span).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..batch.writers import safe_cell
from ..taxonomy import NAME_VI
from .cluster import INDICATOR_GROUPS, Campaign

__all__ = ["CAMPAIGN_COLUMNS", "MEMBER_COLUMNS", "write_campaigns", "MemberWriter", "write_report", "chart_period"]

CAMPAIGN_COLUMNS = ["campaign_id", "size", "scheme", "scheme_vi", "schemes", "first_seen", "last_seen", "undated",
                    "representative_id", "representative", "template", *INDICATOR_GROUPS]
MEMBER_COLUMNS = ["id", "campaign_id", "label", "date"]


def _values(pairs: Iterable[tuple[str, int]]) -> str:
    return "; ".join(f"{value} ({n})" for value, n in pairs)


def write_campaigns(path: Path, campaigns: Sequence[Campaign], raw_cells: bool = False) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CAMPAIGN_COLUMNS)
        for c in campaigns:
            row = [c.id, c.size, c.scheme, NAME_VI.get(c.scheme, c.scheme),
                   json.dumps(dict(c.labels.most_common()), ensure_ascii=False, separators=(",", ":")),
                   c.first_seen or "", c.last_seen or "", c.undated, c.first_row, c.text, c.masked,
                   *(_values(c.top(group)) for group in INDICATOR_GROUPS)]
            writer.writerow([safe_cell(v, raw_cells) for v in row])


class MemberWriter:
    """Writes ``members.csv`` rows as they come."""

    def __init__(self, path: Path, raw_cells: bool = False) -> None:
        self.handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self.writer = csv.writer(self.handle, lineterminator="\n")
        self.writer.writerow(MEMBER_COLUMNS)
        self.raw = raw_cells
        self.rows = 0

    def write(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.writer.writerow([safe_cell(v, self.raw) for v in row])
            self.rows += 1

    def close(self) -> None:
        self.handle.close()


# --------------------------------------------------------------------------- report
def chart_period(first: str | None, last: str | None) -> str:
    """day, week or month: the period that gives a readable chart over the dates from ``first`` to ``last``."""
    if not first or not last:
        return "day"
    span = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    return "day" if span <= 62 else "week" if span <= 600 else "month"


def _series(campaigns: Sequence[Campaign], period: str) -> tuple[list[str], list[list[int]]]:
    from ..reports.periods import period_key, period_keys

    per: list[Counter] = []
    for c in campaigns:
        counts: Counter = Counter()
        for day, n in c.days.items():
            counts[period_key(date.fromisoformat(day), period)] += n
        per.append(counts)
    seen = sorted({k for counts in per for k in counts})
    if not seen:
        return [], []
    keys = period_keys(seen[0], seen[-1], period)
    if len(keys) == 2 and len(seen) > 2:
        keys = seen
    return keys, [[counts.get(k, 0) for k in keys] for counts in per]


def _chart(campaigns: Sequence[Campaign], path: Path, period: str) -> None:
    from ..reports.charts import require_matplotlib, save_figure

    Figure, Canvas = require_matplotlib()
    keys, series = _series(campaigns, period)
    fig = Figure(figsize=(10, 6.4))
    ax = fig.add_subplot()
    palette = ["#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad", "#16a085", "#7f8c8d"]
    if keys:
        x = list(range(len(keys)))
        for n, (c, counts) in enumerate(zip(campaigns, series, strict=True)):
            ax.plot(x, counts, color=palette[n % len(palette)], linewidth=1.6, marker="o", markersize=2.5,
                    label=f"{c.id} · {NAME_VI.get(c.scheme, c.scheme)[:40]} ({c.size:,})")
        step = max(1, len(keys) // 16)
        ax.set_xticks(x[::step], keys[::step], rotation=45 if len(keys) > 6 else 0,
                      ha="right" if len(keys) > 6 else "center", fontsize=8)
        ax.set_ylim(bottom=0)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
    else:
        ax.text(0.5, 0.5, "Không có ngày / no dates (use --date-column)", ha="center", va="center")
    names = {"day": "ngày / day", "week": "tuần / week", "month": "tháng / month"}
    ax.set_ylabel(f"Số tin mỗi {names[period]} / messages per {period}")
    ax.set_title("Các chiến dịch lớn nhất theo thời gian / largest campaigns over time")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_figure(fig, Canvas, path)


def write_report(folder: Path, stats: Any, campaigns: Sequence[Campaign], top: int = 20, charts: bool = True,
                 number_format: str = "vi", title: str | None = None) -> tuple[Path, Path, list[Path]]:
    """``report.md``, ``report.html`` and ``charts/campaigns_over_time.png``; returns their paths."""
    from ..reports.render import Numbers, Section, html_page, markdown_page

    num = Numbers(number_format)
    sections = []
    overview = Section("Tổng quan / Overview")
    in_campaigns = sum(c.size for c in campaigns)
    overview.table = (["Chỉ số / Measure", "Số / Count", "Tỷ lệ / Share"], [
        ["Tổng số dòng / Rows", num.int(stats.rows), ""],
        ["Không chấm được / Unscorable", num.int(stats.errors), num.pct(stats.errors, stats.rows)],
        ["Tin lừa đảo / Scam messages", num.int(stats.scam), num.pct(stats.scam, stats.rows - stats.errors)],
        [f"Tin thuộc chiến dịch (≥ {stats.min_size} tin) / In campaigns", num.int(in_campaigns),
         num.pct(in_campaigns, stats.scam)],
        ["Số chiến dịch / Campaigns", num.int(len(campaigns)), ""],
        ["Tin lừa đảo đơn lẻ / Scam messages in no campaign", num.int(stats.scam - in_campaigns),
         num.pct(stats.scam - in_campaigns, stats.scam)],
    ])
    overview.paragraphs.append(
        f"Tin lừa đảo được gom theo mẫu: sau khi chuẩn hóa và che số, số tiền, đường dẫn, số điện thoại, tên và "
        f"đuôi rác, các tin giống nhau từ {stats.threshold:.0%} (Jaccard) trở lên thuộc cùng một chiến dịch. / Scam "
        f"messages grouped by template: after normalisation and masking numbers, amounts, links, phones, names and "
        f"junk tails, messages at least {stats.threshold:.0%} alike (Jaccard) form one campaign. Source: "
        f"{'scores in the file' if stats.scored_input else 'scored with the model'}.")
    notes = []
    if stats.retired:
        notes.append(f"{num.int(stats.retired)} tin đơn lẻ cũ đã được bỏ khỏi bộ nhớ / old single messages retired "
                     "to bound memory")
    if stats.date_column:
        notes.append(f"Ngày / dates: {stats.date_column}; {num.int(stats.unparsed)} không đọc được / unreadable, "
                     f"{num.int(stats.missing)} trống / empty")
    overview.note = "; ".join(notes) or None
    sections.append(overview)

    largest = Section(f"Các chiến dịch lớn nhất / Largest campaigns (top {min(top, len(campaigns))})")
    if campaigns:
        rows = []
        for rank, c in enumerate(campaigns[:top], 1):
            first = (c.first_seen or "")[:10] or "–"
            last = (c.last_seen or "")[:10] or "–"
            text = c.text if len(c.text) <= 140 else c.text[:137] + "…"
            rows.append([str(rank), c.id, num.int(c.size), NAME_VI.get(c.scheme, c.scheme), first, last,
                         _values(c.top("accounts", 2)) or "–", _values(c.top("phones", 2)) or "–",
                         _values(c.top("domains", 2)) or "–", text])
        largest.table = (["#", "Chiến dịch / Campaign", "Số tin", "Loại hình", "Từ / First", "Đến / Last",
                          "Tài khoản / Accounts", "Điện thoại / Phones", "Tên miền / Domains",
                          "Tin mẫu / Representative"], rows)
        largest.note = "Danh sách đầy đủ / Full list: campaigns.csv; tin thuộc chiến dịch / members: members.csv"
    else:
        largest.paragraphs.append("Không có chiến dịch nào. / No campaigns found.")
    chart_paths: list[Path] = []
    if charts:
        (folder / "charts").mkdir(exist_ok=True)
        shown = list(campaigns[:8])
        firsts = [c.first_seen for c in shown if c.first_seen]
        lasts = [c.last_seen for c in shown if c.last_seen]
        period = chart_period(min(firsts) if firsts else None, max(lasts) if lasts else None)
        chart = folder / "charts" / "campaigns_over_time.png"
        _chart(shown, chart, period)
        chart_paths.append(chart)
        largest.image = "charts/campaigns_over_time.png"
    sections.append(largest)

    per_scheme = Section("Theo loại hình / By scheme")
    counts: dict[str, list[int]] = {}
    for c in campaigns:
        entry = counts.setdefault(c.scheme, [0, 0, 0])
        entry[0] += 1
        entry[1] += c.size
        entry[2] = max(entry[2], c.size)
    per_scheme.table = (["Loại hình", "Mã / Id", "Chiến dịch / Campaigns", "Số tin / Messages", "Lớn nhất / Largest"],
                        [[NAME_VI.get(s, s), s, num.int(v[0]), num.int(v[1]), num.int(v[2])]
                         for s, v in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))])
    sections.append(per_scheme)

    if stats.date_column:
        undated = Section(f"Ngày không đọc được / Unreadable dates ({stats.date_column})")
        if stats.unparsed:
            undated.paragraphs.append(f"{num.int(stats.unparsed)} tin lừa đảo có ngày không đọc được (vẫn được gom "
                                      "vào chiến dịch) / scam messages with an unreadable date (still grouped).")
            undated.table = (["Dòng / Row", "Giá trị / Value"], [[str(r), v] for r, v in stats.unparsed_examples])
        else:
            undated.paragraphs.append("Mọi ngày đều đọc được. / Every date could be read.")
        sections.append(undated)

    title = title or f"Chiến dịch lừa đảo / Scam campaigns: {stats.source}"
    subtitle = (f"Nguồn / Source: {stats.source} · {num.int(stats.rows)} dòng / rows · "
                f"{num.int(len(campaigns))} chiến dịch / campaigns · scamdetect")
    md, page = folder / "report.md", folder / "report.html"
    md.write_text(markdown_page(title, subtitle, sections), encoding="utf-8")
    page.write_text(html_page(title, subtitle, sections), encoding="utf-8")
    return md, page, chart_paths
