"""Dates and reporting periods: parsing several formats, bucketing, empty periods, and `report --period`."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from scamdetect.cli import main
from scamdetect.reports.periods import PERIODS, PeriodCounts, parse_date, period_key, period_keys

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("value, expected", [
    ("2025-03-07", datetime(2025, 3, 7)),
    ("2025-03-07 14:05", datetime(2025, 3, 7, 14, 5)),
    ("2025-03-07T14:05:09", datetime(2025, 3, 7, 14, 5, 9)),
    ("2025/03/07", datetime(2025, 3, 7)),
    ("2025-03-07T07:00:00Z", datetime(2025, 3, 7, 14, 0)),  # UTC -> Vietnam time
    ("2025-03-07T14:05:00+07:00", datetime(2025, 3, 7, 14, 5)),
    ("2025-03-07 14:05:00.250", datetime(2025, 3, 7, 14, 5, 0, 250000)),
    ("07/03/2025", datetime(2025, 3, 7)),  # day first, the Vietnamese order
    ("7/3/2025", datetime(2025, 3, 7)),
    ("07-03-2025 08:15", datetime(2025, 3, 7, 8, 15)),
    ("07.03.2025 08:15:30", datetime(2025, 3, 7, 8, 15, 30)),
    ("1741330800", datetime(2025, 3, 7, 14, 0)),  # epoch seconds, 07:00 UTC
    ("1741330800000", datetime(2025, 3, 7, 14, 0)),  # epoch milliseconds
    (1741330800, datetime(2025, 3, 7, 14, 0)),
    (1741330800.5, datetime(2025, 3, 7, 14, 0, 0, 500000)),
    (date(2025, 3, 7), datetime(2025, 3, 7)),
    (datetime(2025, 3, 7, 1, 2, 3), datetime(2025, 3, 7, 1, 2, 3)),
    (datetime(2025, 3, 7, 1, 0, tzinfo=timezone.utc), datetime(2025, 3, 7, 8, 0)),
])
def test_parse_date_reads_the_usual_formats(value, expected) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "   ", None, "hôm qua", "31/02/2025", "2025-13-01", "07/03/25", "12345",
                                   "2025-03-07 25:00", True, float("nan"), "07/03/2025 abc", "3000-01-01"])
def test_parse_date_refuses_what_it_cannot_read(value) -> None:
    assert parse_date(value) is None


def test_period_keys_name_and_sort_periods() -> None:
    stamp = datetime(2025, 6, 30, 23, 59)
    assert [period_key(stamp, p) for p in PERIODS] == ["2025-06-30", "2025-W27", "2025-06", "2025-Q2", "2025-H1",
                                                       "2025"]
    assert period_key(datetime(2025, 7, 1), "half-year") == "2025-H2"
    assert period_key(datetime(2024, 12, 30), "week") == "2025-W01"  # ISO week of the new year
    # a UTC time late on 30 June is already 1 July in Vietnam
    assert period_key(parse_date("2025-06-30T20:00:00Z"), "half-year") == "2025-H2"
    assert period_keys("2024-H2", "2026-H1", "half-year") == ["2024-H2", "2025-H1", "2025-H2", "2026-H1"]
    assert period_keys("2025-11", "2026-02", "month") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert period_keys("2024-W52", "2025-W02", "week") == ["2024-W52", "2025-W01", "2025-W02"]
    assert period_keys("2024-02-28", "2024-03-01", "day") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    assert period_keys("2023", "2025", "year") == ["2023", "2024", "2025"]
    with pytest.raises(ValueError):
        period_key(stamp, "fortnight")


def test_period_counts_fill_empty_periods_and_list_unreadable_dates() -> None:
    counts = PeriodCounts("received", "quarter")
    counts.add("2025-01-10", "bank_phishing", True, 1)
    counts.add("15/08/2025", "legit", False, 2)  # Q3: Q2 stays empty
    counts.add("not a date", "fake_vneid", True, 3)
    counts.add("", "legit", False, 4)
    counts.add("2025-08-16", None, False, 5)  # an unscorable row
    assert counts.keys() == ["2025-Q1", "2025-Q2", "2025-Q3"]
    summary = counts.to_dict()
    assert [p["messages"] for p in summary["periods"]] == [1, 0, 1]
    assert [p["scam"] for p in summary["periods"]] == [1, 0, 0]
    assert summary["periods"][2]["errors"] == 1
    assert summary["periods"][1]["scam_change"] == -1 and summary["periods"][1]["scam_change_pct"] == -1.0
    assert (summary["unparsed_dates"], summary["missing_dates"]) == (1, 1)
    assert summary["unparsed_examples"] == [{"row": 3, "value": "not a date"}]


# ------------------------------------------------------------------ scamdetect report --period
ROWS = [  # id, received, label, is_scam  (a scored file, labels fixed by hand)
    ("m1", "2024-11-20 08:00", "bank_phishing", True),
    ("m2", "05/02/2025", "bank_phishing", True),
    ("m3", "2025-03-01T10:00:00", "fake_vneid", True),
    ("m4", "1748736000", "legit", False),  # 2025-06-01 07:00 Vietnam time
    ("m5", "20-05-2025 14:30", "fake_vneid", True),
    # 2025-H2 has no message at all: an empty period
    ("m6", "2026-01-15", "bank_phishing", True),
    ("m7", "2026-02-01", "fake_loan", True),
    ("m8", "hôm qua", "fake_loan", True),  # unreadable
    ("m9", "", "legit", False),  # empty
]


def write_scored(path: Path, rows=ROWS) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "received", "label", "is_scam", "scam_score", "error"])
        for mid, received, label, is_scam in rows:
            writer.writerow([mid, received, label, "true" if is_scam else "false", "0.9" if is_scam else "0.1", ""])
        writer.writerow(["m10", "2025-01-01", "", "", "", "empty text"])
    return path


def test_report_by_half_year_from_a_received_column(tmp_path: Path) -> None:
    scored = write_scored(tmp_path / "scored.csv")
    out = tmp_path / "report"
    assert main(["report", str(scored), "-o", str(out), "--date-column", "received", "--period", "half-year"]) == 0
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    periods = data["periods"]
    assert periods["column"] == "received" and periods["period"] == "half-year"
    table = {p["period"]: p for p in periods["periods"]}
    assert list(table) == ["2024-H2", "2025-H1", "2025-H2", "2026-H1"]
    assert [table[k]["scam"] for k in table] == [1, 3, 0, 2]
    assert [table[k]["messages"] for k in table] == [1, 4, 0, 2]
    assert table["2025-H1"]["errors"] == 1  # the unscorable row is dated 2025-01-01
    assert table["2025-H1"]["labels"] == {"fake_vneid": 2, "bank_phishing": 1, "legit": 1}
    assert table["2025-H2"]["scam_change"] == -3 and table["2026-H1"]["scam_change_pct"] is None  # from 0
    assert (periods["unparsed_dates"], periods["missing_dates"]) == (1, 1)
    assert periods["unparsed_examples"] == [{"row": 8, "value": "hôm qua"}]
    # every row is still counted in the overall figures: nothing dropped silently
    assert data["rows"] == 10 and data["scam"] == 7

    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "## Theo nửa năm (received) / By half-year" in markdown
    assert "| 2025-H2 | 0 | 0 | – | −3 (−100,0%) |" in markdown  # the empty period, with the change
    assert "empty half-years: 2025-H2" in markdown
    assert "## Thay đổi so với nửa năm trước / Change on the previous half-year" in markdown
    assert "2026-H1 so với / against 2025-H2." in markdown
    assert "## Ngày không đọc được / Unreadable dates (received)" in markdown and "| 8 | hôm qua |" in markdown
    assert "charts/trend.png" in markdown
    assert (out / "charts" / "trend.png").read_bytes().startswith(PNG)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<img src="charts/trend.png"' in page and "hôm qua" in page
    with open(out / "tables" / "by_period.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["period"] for r in rows] == list(table)
    assert [int(r["bank_phishing"]) for r in rows] == [1, 1, 0, 1]
    with open(out / "tables" / "period_change.csv", encoding="utf-8", newline="") as handle:
        change = {r["label"]: r for r in csv.DictReader(handle)}
    assert change["fake_vneid"]["2025-H2_change"] == "-2"


@pytest.mark.parametrize("period, expected", [("year", ["2024", "2025", "2026"]),
                                              ("quarter", ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3",
                                                           "2025-Q4", "2026-Q1"])])
def test_report_period_finds_the_received_column_and_other_periods(tmp_path: Path, period, expected) -> None:
    scored = write_scored(tmp_path / "scored.csv")
    assert main(["report", str(scored), "-o", str(tmp_path / "r"), "--period", period, "--no-charts"]) == 0
    data = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    assert [p["period"] for p in data["periods"]["periods"]] == expected
    assert sum(p["scam"] for p in data["periods"]["periods"]) == 6  # the 7th scam row has no readable date
    assert not (tmp_path / "r" / "charts").exists()


def test_report_period_errors_name_the_column(tmp_path: Path, capsys) -> None:
    scored = write_scored(tmp_path / "scored.csv")
    assert main(["report", str(scored), "-o", str(tmp_path / "r"), "--date-column", "sent", "--period", "month"]) == 1
    err = capsys.readouterr().err
    assert "'sent'" in err and "--date-column" in err
    assert main(["report", str(scored), "-o", str(tmp_path / "r"), "--by", "month"]) == 1
    assert "--period month" in capsys.readouterr().err  # the hint for a dump with dates but no month column
    with pytest.raises(SystemExit) as exit_info:  # argparse refuses it: a usage error
        main(["report", str(scored), "--period", "fortnight"])
    assert exit_info.value.code == 2


def test_report_with_only_one_dated_period_has_nothing_to_compare(tmp_path: Path) -> None:
    scored = write_scored(tmp_path / "scored.csv", [("a", "2025-01-02", "bank_phishing", True),
                                                    ("b", "2025-01-03", "legit", False)])
    assert main(["report", str(scored), "-o", str(tmp_path / "r"), "--date-column", "received", "--period", "year",
                 "--no-charts", "--numbers", "en"]) == 0
    markdown = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert "nothing to compare" in markdown and "Every date could be read." in markdown


def test_many_days_are_bucketed_with_flat_memory(tmp_path: Path) -> None:
    counts = PeriodCounts("received", "month")
    start = datetime(2024, 1, 1)
    for k in range(20000):
        counts.add((start + timedelta(hours=k)).isoformat(), "bank_phishing" if k % 2 else "legit", bool(k % 2), k)
    assert len(counts.labels) == 28  # 20,000 hours: 2024-01 .. 2026-04
    assert sum(counts.totals.values()) == 20000 and sum(counts.scam.values()) == 10000
