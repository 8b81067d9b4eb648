"""`scamdetect report` and `scamdetect indicators`: files, counts, idempotence and lookup normalisation."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from scamdetect.batch.texts import compact_indicators
from scamdetect.cli import main
from scamdetect.reports.aggregate import ranked
from scamdetect.signals.indicators import extract
from scamdetect.taxonomy import NAME_VI
from scamdetect.text import normalize

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus.jsonl"
PNG = b"\x89PNG\r\n\x1a\n"


def sample_texts(n: int) -> list[str]:
    with open(CORPUS, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    step = max(1, len(texts) // n)
    return [texts[(k * step + 3 * k) % len(texts)] for k in range(n)]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> Path:
    """A corpus sample scored with --explain, keeping channel and month; one unscorable row."""
    folder = tmp_path_factory.mktemp("scored")
    src = folder / "messages.csv"
    channels = ("sms", "chat", "call", "social")
    with open(src, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "channel", "month"])
        for k, text in enumerate(sample_texts(240)):
            writer.writerow([f"m{k}", "" if k == 7 else text, channels[k % 4], f"2025-{k % 6 + 1:02d}"])
    out = folder / "scored.csv"
    assert main(["score", str(src), "-o", str(out), "--explain", "--keep", "channel,month", "--no-progress"]) == 0
    return out


# ------------------------------------------------------------------ report
def test_report_writes_markdown_html_charts_and_right_counts(scored: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert main(["report", str(scored), "-o", str(out), "--by", "month"]) == 0
    for name in ("report.md", "report.html", "report.json", "tables/schemes.csv", "tables/by_month.csv",
                 "tables/by_channel.csv"):
        assert (out / name).is_file(), name
    for name in ("schemes", "by_channel", "by_month"):  # one chart per breakdown; channel comes automatically
        assert (out / "charts" / f"{name}.png").read_bytes().startswith(PNG)

    rows = read_csv(scored)
    ok = [r for r in rows if not r["error"]]
    labels = Counter(r["label"] for r in ok)
    scam = sum(r["is_scam"] == "true" for r in ok)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (data["rows"], data["errors"], data["scam"]) == (240, 1, scam)
    assert {s["label"]: s["count"] for s in data["schemes"] if s["count"]} == dict(labels)
    by_month = {b["value"]: b for b in data["breakdowns"]["month"]}
    assert list(by_month) == sorted(by_month)  # chronological
    for month, entry in by_month.items():
        in_month = [r for r in ok if r["month"] == month]
        assert entry["messages"] == len(in_month)
        assert entry["scam"] == sum(r["is_scam"] == "true" for r in in_month)
    by_channel = {b["value"]: b["messages"] for b in data["breakdowns"]["channel"]}
    assert by_channel == dict(Counter(r["channel"] for r in ok))
    flags = Counter(f for r in ok if r["is_scam"] == "true" for f in set(json.loads(r["red_flags"])))
    # the 15 most frequent, ties by id: a report must not depend on the order of its rows
    assert [(f["id"], f["count"]) for f in data["red_flags"]] == sorted(flags.items(), key=lambda f: (-f[1], f[0]))[:15]

    markdown = (out / "report.md").read_text(encoding="utf-8")
    top_label, top_count = Counter({k: v for k, v in labels.items() if k != "legit"}).most_common(1)[0]
    vi_count = f"{top_count:,}".replace(",", ".")  # Vietnamese thousands separator
    assert f"| {NAME_VI[top_label]} | {top_label} | {vi_count} |" in markdown
    assert "![" in markdown and "charts/by_month.png" in markdown and "## Theo month" in markdown
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<img src="charts/by_month.png"' in page and NAME_VI[top_label] in page
    month_table = read_csv(out / "tables" / "by_month.csv")
    assert sum(int(r["messages"]) for r in month_table) == len(ok)


def test_report_reads_every_format_to_the_same_numbers(scored: Path, tmp_path: Path) -> None:
    src = scored.with_name("messages.csv")
    reference = None
    for ext in ("csv", "jsonl", "parquet", "tsv"):
        out = tmp_path / f"scored.{ext}"
        assert main(["score", str(src), "-o", str(out), "--keep", "channel,month", "--no-progress"]) == 0
        assert main(["report", str(out), "-o", str(tmp_path / ext), "--by", "month", "--no-charts"]) == 0
        data = json.loads((tmp_path / ext / "report.json").read_text(encoding="utf-8"))
        data.pop("source")
        assert data["red_flags"] is None  # not scored with --explain
        if reference is None:
            reference = data
        assert data == reference, ext
        assert not (tmp_path / ext / "charts").exists()


def test_report_errors_name_the_problem(scored: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", str(scored), "-o", str(tmp_path / "r"), "--by", "province"]) == 1
    err = capsys.readouterr().err
    assert "'province'" in err and "--keep province" in err
    plain = tmp_path / "plain.csv"
    plain.write_text("id,text\n1,hello\n", encoding="utf-8")
    assert main(["report", str(plain)]) == 1
    assert "not a file written by `scamdetect score`" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


# ------------------------------------------------------------------ indicator database
MESSAGES = [  # id, date, label, is_scam, text
    ("s1", "05/01/2025", "bank_phishing", True,
     "Vietcombank: TK bi khoa. Xac thuc tai hxxps://vcb-xacthuc[.]top/login truoc 17h, LH 0912.345.678"),
    ("s2", "2025-02-10", "impersonate_relative", True,
     "Chi oi chuyen gap 5tr vao stk 1903665544 Techcombank giup em, goi em 0912 345 678"),
    ("s3", "2025-03-01T08:30:00", "fake_investment", True,
     "Ket ban zalo 0912345678 hoac tele @DauTu_VIP de nhan lai 30% moi ngay"),
    ("s4", "2025-04-01", "legit", False,
     "Vietcombank thong bao: chi giao dich tai vietcombank.com.vn. Lien he 0912345678"),
    ("s5", "2025-06-30", "bank_phishing", True,
     "Vietcombank thong bao: xac thuc tai vietcombank.com.vn hoac vcb-xacthuc.top, goi 0912345678 hoac "
     "+84 912 345 678, nap tien vao vi MoMo 0987654321 tai bit.ly/abc123"),
]


def write_scored(path: Path, messages=MESSAGES, delimiter: str = ",") -> Path:
    """A scored file as `scamdetect score` writes it, with labels fixed by hand (no model drift)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(["id", "date", "label", "is_scam", "scam_score", "indicators", "error"])
        for mid, date, label, is_scam, text in messages:
            indicators = compact_indicators(extract(normalize(text)))
            writer.writerow([mid, date, label, "true" if is_scam else "false", "0.99" if is_scam else "0.01",
                             json.dumps(indicators, separators=(",", ":")), ""])
        writer.writerow(["s6", "2025-05-01", "", "", "", "", "empty text"])
    return path


def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
                for table in ("indicators", "sightings", "indicator_schemes", "imports")}
    finally:
        conn.close()


def lookup(db: Path, value: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["indicators", "--db", str(db), "--lookup", value, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_indicator_db_contents(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ind.sqlite"
    assert main(["indicators", str(write_scored(tmp_path / "scored.csv")), "--db", str(db)]) == 0
    conn = sqlite3.connect(db)
    rows = {(k, v): (d, n, first, last, json.loads(s), json.loads(e)) for k, v, d, n, first, last, s, e in
            conn.execute("SELECT kind, value, detail, message_count, first_seen, last_seen, scheme_counts, "
                         "example_ids FROM indicators")}
    conn.close()
    # the phone of s1, s2, s3, s5 (twice in s5, and not from the legit s4): four messages, one row
    detail, count, first, last, schemes, examples = rows[("phone", "+84912345678")]
    assert (count, first, last) == (4, "2025-01-05", "2025-06-30")
    assert schemes == {"bank_phishing": 2, "fake_investment": 1, "impersonate_relative": 1}
    assert examples == ["s1", "s2", "s3", "s5"]
    assert rows[("bank_account", "1903665544")][0] == "Techcombank"
    assert rows[("ewallet", "+84987654321")][0] == "MoMo"
    assert rows[("handle", "dautu_vip")][0] == "telegram"
    assert rows[("domain", "vcb-xacthuc.top")][:2] == ("vietcombank.com.vn", 2)
    assert ("url", "vcb-xacthuc.top/login") in rows and ("url", "bit.ly/abc123") in rows
    kinds = {kind for kind, _ in rows}
    assert ("domain", "vietcombank.com.vn") not in rows and ("url", "vietcombank.com.vn") not in rows  # official
    assert ("domain", "bit.ly") not in rows  # a shortener is not the scammer's domain
    assert kinds == {"phone", "bank_account", "ewallet", "handle", "domain", "url"}


def test_indicator_db_is_idempotent(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ind.sqlite"
    scored = write_scored(tmp_path / "scored.csv")
    assert main(["indicators", str(scored), "--db", str(db)]) == 0
    first = snapshot(db)
    capsys.readouterr()
    assert main(["indicators", str(scored), "--db", str(db)]) == 0
    assert "unchanged" in capsys.readouterr().err
    assert snapshot(db) == first
    # the same messages in another file format under the same source: nothing counted twice
    tsv = write_scored(tmp_path / "scored.tsv", delimiter="\t")
    assert main(["indicators", str(tsv), "--db", str(db), "--source", "scored.csv"]) == 0
    again = snapshot(db)
    assert again["indicators"] == first["indicators"] and again["sightings"] == first["sightings"]
    # a re-scored file where s3 is no longer a scam: its sightings go, nothing else moves
    rescored = [m if m[0] != "s3" else (m[0], m[1], "legit", False, m[4]) for m in MESSAGES]
    (tmp_path / "v2").mkdir()
    write_scored(tmp_path / "v2" / "scored.csv", rescored)  # same file name: same source
    assert main(["indicators", str(tmp_path / "v2" / "scored.csv"), "--db", str(db)]) == 0
    assert lookup(db, "0912345678", capsys)[0]["message_count"] == 3
    assert lookup(db, "@dautu_vip", capsys) == []
    # another source is other messages: counts add up
    assert main(["indicators", str(scored), "--db", str(db), "--source", "other-dump"]) == 0
    assert lookup(db, "0912345678", capsys)[0]["message_count"] == 7


@pytest.mark.parametrize("query, kind, value", [
    ("0912 345 678", "phone", "+84912345678"),
    ("+84-912-345-678", "phone", "+84912345678"),
    ("84912345678", "phone", "+84912345678"),
    ("(091) 234.5678", "phone", "+84912345678"),
    ("hxxps://VCB-XACTHUC[.]top/login", "url", "vcb-xacthuc.top/login"),
    ("hxxps://VCB-XACTHUC[.]top/login", "domain", "vcb-xacthuc.top"),
    ("VCB-XacThuc(.)top", "domain", "vcb-xacthuc.top"),
    ("https://www.bit.ly/abc123/", "url", "bit.ly/abc123"),
    ("1903665544", "bank_account", "1903665544"),
    ("1903-665-544", "bank_account", "1903665544"),
    ("@DauTu_VIP", "handle", "dautu_vip"),
    ("t.me/dautu_vip", "handle", "dautu_vip"),
    ("momo 0987.654.321", "ewallet", "+84987654321"),
])
def test_lookup_normalises_the_query(tmp_path_factory, capsys, query, kind, value) -> None:
    db = tmp_path_factory.getbasetemp() / "lookup.sqlite"
    if not db.exists():
        assert main(["indicators", str(write_scored(db.with_suffix(".csv"))), "--db", str(db)]) == 0
    found = lookup(db, query, capsys)
    assert (kind, value) in [(m["kind"], m["value"]) for m in found]
    phones = [m for m in found if m["kind"] == "phone"]
    assert len(phones) <= 1  # however it is written, a number is one row


def test_lookup_text_output_and_missing_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ind.sqlite"
    assert main(["indicators", str(write_scored(tmp_path / "s.csv")), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["indicators", "--db", str(db), "--lookup", "0912.345.678", "--lookup", "nothing-here.com"]) == 0
    out = capsys.readouterr().out
    assert "phone +84912345678: 4 scam message(s)" in out and "nothing-here.com: not in the database" in out
    assert main(["indicators", "--db", str(tmp_path / "none.sqlite"), "--lookup", "x"]) == 1
    assert "no such database" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite").exists()
    assert main(["indicators", "--db", str(db)]) == 1  # nothing to do
    export = tmp_path / "block.csv"
    assert main(["indicators", "--db", str(db), "--export", str(export), "--kind", "phone"]) == 0
    assert [r["value"] for r in read_csv(export)] == ["+84912345678"]


def test_real_scored_file_feeds_the_database(scored: Path, tmp_path: Path) -> None:
    db = tmp_path / "ind.sqlite"
    assert main(["indicators", str(scored), "--db", str(db)]) == 0
    rows = read_csv(scored)
    expected = {(i["kind"], i["value"]) for r in rows if r["is_scam"] == "true"
                for i in json.loads(r["indicators"]) if i["kind"] in ("phone", "bank_account")}
    conn = sqlite3.connect(db)
    stored = set(conn.execute("SELECT kind, value FROM indicators WHERE kind IN ('phone', 'bank_account')"))
    months = conn.execute("SELECT MIN(first_seen), MAX(last_seen) FROM indicators").fetchone()
    conn.close()
    assert expected and stored == expected
    assert months == ("2025-01", "2025-06")  # dates from the kept month column


def test_top_entries_do_not_depend_on_the_order_of_the_rows() -> None:
    rows = ["secrecy", "legal_threat", "urgency", "secrecy", "legal_threat"]
    forward, backward = Counter(rows), Counter(reversed(rows))
    assert forward.most_common(2) != backward.most_common(2)  # the standard library's ties follow first sight
    assert ranked(forward, 2) == ranked(backward, 2) == [("legal_threat", 2), ("secrecy", 2)]
