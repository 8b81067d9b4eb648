"""A report as text: its sections, then Markdown and a self-contained HTML page."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import ReportError
from ..signals.redflags import RED_FLAGS
from ..taxonomy import NAME_VI
from .aggregate import OTHER, ReportData, label_order, ranked

__all__ = ["Numbers", "Section", "safe_name", "report_sections", "markdown_page", "html_page"]


class Numbers:
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
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: tuple[list[str], list[list[str]]] | None = None
    image: str | None = None
    note: str | None = None


def safe_name(column: str) -> str:
    return re.sub(r"[^\w.-]+", "_", column, flags=re.ASCII).strip("_") or "column"


def report_sections(data: ReportData, top: int, num: Numbers, charts: dict[str, str],
                    tables: dict[str, str]) -> list[Section]:
    sections = []
    overview = Section("Tổng quan / Overview")
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

    schemes = Section("Theo loại hình lừa đảo / By scheme")
    rows = []
    for label in label_order(data.labels):
        count = data.labels.get(label, 0)
        rows.append([NAME_VI.get(label, label), label, num.int(count), num.pct(count, data.scored),
                     num.pct(count, data.scam) if label != "legit" else ""])
    schemes.table = (["Loại hình", "Mã / Id", "Số tin", "% tin đã chấm", "% tin lừa đảo"], rows)
    schemes.image = charts.get("schemes")
    schemes.note = f"Bảng đầy đủ / Full table: {tables['schemes']}" if "schemes" in tables else None
    sections.append(schemes)

    for b in data.breakdowns:
        section = Section(f"Theo {b.column} / By {b.column}")
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
            notes.append(f"{num.int(b.pooled)} dòng có giá trị hiếm được gộp vào {OTHER} / rare values pooled")
        if b.column in tables:
            notes.append(f"Bảng đầy đủ theo loại hình / Full table by scheme: {tables[b.column]}")
        section.note = "; ".join(notes) or None
        section.image = charts.get(b.column)
        sections.append(section)

    flags = Section("Dấu hiệu cảnh báo phổ biến / Top red flags")
    if data.has_red_flags:
        if data.red_flags:
            flags.table = (["Dấu hiệu / Red flag", "Mã / Id", "Số tin lừa đảo", "% tin lừa đảo"], [
                [RED_FLAGS.get(flag, (flag,))[0], flag, num.int(n), num.pct(n, data.scam)]
                for flag, n in ranked(data.red_flags, top)])
        else:
            flags.paragraphs.append("Không có dấu hiệu nào trong các tin lừa đảo. / No red flags in scam messages.")
    else:
        flags.paragraphs.append("Chưa có: hãy chấm điểm với `--explain`. / Not available: score with `--explain`.")
    sections.append(flags)

    lookalike = Section("Tên miền giả mạo phổ biến / Top look-alike domains")
    if data.lookalikes:
        lookalike.table = (["Tên miền / Domain", "Giả mạo / Imitates", "Số tin lừa đảo", "Loại hình chính"], [
            [domain, imitated, num.int(n),
             NAME_VI.get(data.lookalike_labels[(domain, imitated)].most_common(1)[0][0], "")]
            for (domain, imitated), n in ranked(data.lookalikes, top)])
    elif data.has_indicators:
        lookalike.paragraphs.append("Không thấy tên miền giả mạo trong tin lừa đảo. / No look-alike domains found.")
    else:
        lookalike.paragraphs.append("Tệp không có cột indicators. / The file has no indicators column.")
    sections.append(lookalike)
    return sections


def markdown_page(title: str, subtitle: str, sections: list[Section]) -> str:
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


def html_page(title: str, subtitle: str, sections: list[Section]) -> str:
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
