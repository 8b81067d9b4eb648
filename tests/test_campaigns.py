"""`scamdetect campaigns`: templates with varying values form one campaign each, templates never merge, legit
messages are never grouped, ids are stable, and the indicator database records each sighting's campaign."""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from scamdetect.batch.texts import compact_indicators
from scamdetect.campaigns.cluster import Clusterer, campaign_id
from scamdetect.campaigns.mask import mask
from scamdetect.campaigns.minhash import MinHasher, band_keys, similarity
from scamdetect.campaigns.pipeline import CampaignConfig, CampaignError, find_campaigns
from scamdetect.cli import main
from scamdetect.reports.indicator_db import import_scored, lookup, open_db
from scamdetect.signals.indicators import extract
from scamdetect.text import normalize, strip_diacritics

PNG = b"\x89PNG\r\n\x1a\n"

# Two templates per scheme for two schemes (they share wording and must still stay apart), and more.
TEMPLATES = {
    "A": ("bank_phishing", "{brand}: Tài khoản của Quý khách {name} đã bị tạm khóa do đăng nhập bất thường. Vui lòng "
                           "xác thực lại tại {link} trước {time} hôm nay để tránh bị khóa vĩnh viễn."),
    "B": ("bank_phishing", "[{brand}] Quý khách vừa nhận được khoản hoàn tiền {amt}. Để nhận tiền, truy cập {link} "
                           "và nhập mã OTP được gửi về máy. Mã giao dịch {code}."),
    "C": ("fake_loan", "Vay tiêu dùng không thế chấp, giải ngân trong 30 phút, chỉ cần CCCD. Hạn mức đến {amt}, lãi "
                       "suất 0.8%/tháng. Đăng ký {link} hoặc gọi {phone} gặp anh {given}."),
    "D": ("fake_loan", "Hồ sơ vay của anh/chị {name} đã được duyệt. Để giải ngân, vui lòng đóng phí bảo hiểm khoản "
                       "vay {amt} vào tài khoản {acct} {bank} trong hôm nay, nội dung {code}."),
    "E": ("impersonate_relative", "Chị ơi em {given} đây, điện thoại em hỏng nên nhắn tạm nick này. Chị chuyển giúp "
                                  "em {amt} vào STK {acct} {bank} tên {name} nhé, tối em gửi lại."),
    "F": ("fake_vneid", "Cán bộ công an phường thông báo: tài khoản VNeID của công dân {name} chưa được chuẩn hóa "
                        "mức 2. Kết bạn Zalo {phone} để được hướng dẫn cài ứng dụng trước ngày {date}."),
}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]
GIVEN = ["An", "Bình", "Hà", "Hùng", "Lan", "Linh", "Nam", "Tuấn", "Trang", "Vy"]
BRANDS = ["Vietcombank", "Techcombank", "BIDV", "VPBank", "ACB"]
JUNK = ["", " x7kq2", " 🙏🙏", " #a8k2", " [ref 83jd]", " zxqv", " !!!", " ma: Q8X2"]
LEGIT = ["Mã OTP của bạn là {n}. Không cung cấp mã cho bất kỳ ai.",
         "Mẹ ơi tối nay {n}h con về ăn cơm nhé",
         "Lớp mình họp phụ huynh lúc {n}h sáng thứ bảy tại phòng 12 nha cả nhà"]


def _fill(template: str, rng: random.Random) -> str:
    phone = "09" + "".join(rng.choice("0123456789") for _ in range(8))
    text = template.format(
        name=f"{rng.choice(SURNAMES)} Văn {rng.choice(GIVEN)}", given=rng.choice(GIVEN), phone=phone,
        acct="".join(rng.choice("0123456789") for _ in range(rng.randint(9, 13))), bank=rng.choice(BRANDS),
        amt=rng.choice([f"{rng.randint(2, 90)}tr", f"{rng.randint(1, 9)}00k", f"{rng.randint(1, 99)}.500.000đ"]),
        link=rng.choice(["hxxps://", "", "https://"]) + f"{rng.choice(BRANDS).lower()}-{rng.choice(['hotro', 'xacthuc', 'uudai'])}."
             + rng.choice(["top", "xyz", "vip"]), brand=rng.choice(BRANDS),
        code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
        time=f"{rng.randint(8, 22)}h", date=f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}")
    roll = rng.random()
    if roll < 0.25:
        text = strip_diacritics(text)  # typed without accents
    elif roll < 0.35:
        text = text.replace("a", "а").replace("o", "о")  # Cyrillic look-alikes
    elif roll < 0.45:
        text = text.replace("khóa", "kh0a").replace("tiền", "t1ền").replace("vay", "v@y")
    return text + rng.choice(JUNK)


def make_rows(variants: int = 40, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for key, (scheme, template) in TEMPLATES.items():
        for v in range(variants):
            rows.append({"id": f"{key}{v:03d}", "template": key, "label": scheme, "text": _fill(template, rng)})
    for k in range(30):  # near-identical legit messages: never a campaign
        rows.append({"id": f"L{k:03d}", "template": "legit", "label": "legit",
                     "text": LEGIT[k % 3].format(n=rng.randint(100000, 999999) if k % 3 == 0 else rng.randint(6, 9))})
    rng.shuffle(rows)
    for k, row in enumerate(rows):
        row["received"] = f"2025-{k % 6 + 1:02d}-{k % 27 + 1:02d} 0{k % 9}:15"
    rows[5]["received"] = "không rõ"  # unreadable
    rows[6]["received"] = "13/03/2025 10:00"  # day first
    rows[7]["received"] = "1741330800"  # epoch seconds
    return rows


def write(path: Path, rows: list[dict], scored: bool = True, indicators: bool = True) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        header = ["id", "received", "text"] + (["label", "is_scam", "scam_score", "error"] if scored else [])
        header += ["indicators"] if scored and indicators else []
        writer.writerow(header)
        for row in rows:
            values = [row["id"], row["received"], row["text"]]
            if scored:
                scam = row["label"] != "legit"
                values += [row["label"], "true" if scam else "false", "0.99" if scam else "0.01", ""]
                if indicators:
                    values.append(json.dumps(compact_indicators(extract(normalize(row["text"]))), ensure_ascii=False)
                                  if scam else "")
            writer.writerow(values)
    return path


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return make_rows()


@pytest.fixture(scope="module")
def scored_run(rows, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("campaigns")
    dump = write(folder / "scored.csv", rows)
    out = folder / "out"
    assert main(["campaigns", str(dump), "-o", str(out), "--workers", "1", "--no-progress"]) == 0
    return dump, out


def groups(out: Path, rows: list[dict]) -> dict[str, Counter]:
    template = {r["id"]: r["template"] for r in rows}
    by_campaign: dict[str, Counter] = defaultdict(Counter)
    for member in read_csv(out / "members.csv"):
        by_campaign[member["campaign_id"]][template[member["id"]]] += 1
    return by_campaign


# ------------------------------------------------------------------ masking and hashing
def test_variants_of_a_template_mask_alike_and_templates_do_not() -> None:
    rng = random.Random(1)
    masks = {key: [mask(_fill(t, rng)) for _ in range(30)] for key, (_, t) in TEMPLATES.items()}
    hasher = MinHasher()
    for key, texts in masks.items():
        sigs = hasher.signatures(texts)
        assert min(similarity(sigs[0], s) for s in sigs) >= 0.6, (key, texts[:3])
    firsts = hasher.signatures([texts[0] for texts in masks.values()])
    for i in range(len(firsts)):
        for j in range(i + 1, len(firsts)):
            assert similarity(firsts[i], firsts[j]) < 0.35


def test_mask_hides_values_names_disguises_and_junk() -> None:
    a = mask("Chị Lan ơi, em Hùng đây. Chuyển gấp 5tr vào STK 1903665544 Techcombank tên Nguyễn Văn An nhé! x7kq2")
    b = mask("Chi Hoa oi, em Tuan day. Chuyen gap 3.500.000đ vao STK 0071000123456 Techcombank ten TRAN THI BINH nhe 🙏🙏")
    assert a == b == "chi <name> oi em <name> day chuyen gap <amt> vao stk <num> techcombank ten <name> nhe"
    assert mask("Xác thực tại vcb-xacthuc.top hoặc gọi 0912.345.678 trước 17h ngày 19/12") == \
        mask("Xac thuc tai hxxps://vcb-hotro[.]xyz/login hoac goi +84 987 654 321 truoc 9h ngay 02/01 ✅")
    assert mask("Tài khoản bị kh0a, vào s h o p e e . vn ngay") == mask("Tаi khоản bị khóa, vào shopee.vn ngay")
    assert "<code>" in mask("Ma giao dich QX7K2M9 cua ban") and "<code>" in mask("Ma giao dich FMJGDNW cua ban")


def test_signatures_are_the_same_in_another_process() -> None:
    text = "chi <name> oi chuyen gap <amt> vao stk <num> nhe"
    here = MinHasher().signatures([text])[0].tolist()
    code = ("from scamdetect.campaigns.minhash import MinHasher; "
            f"print(MinHasher().signatures([{text!r}])[0].tolist())")
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "123", "PATH": ""}).stdout
    assert json.loads(there) == here
    assert campaign_id(text) == campaign_id(text) and campaign_id(text).startswith("C") and len(campaign_id(text)) == 13


def test_clusterer_retires_old_singletons_to_bound_memory() -> None:
    hasher = MinHasher()
    clusterer = Clusterer(max_open=50)
    texts = [f"tin so {k} " + " ".join(f"w{(k * 7 + j) % 997}x{k}" for j in range(12)) for k in range(400)]
    sigs = hasher.signatures(texts)
    keys = band_keys(sigs).tolist()
    for k, text in enumerate(texts):
        clusterer.add(str(k), text, text, sigs[k], keys[k], "other_scam")
    assert clusterer.retired >= 300 and len(clusterer.singles) <= 50
    assert sum(c is not None for c in clusterer.campaigns) <= 50
    index = clusterer.add("again", texts[-1], texts[-1], sigs[-1], keys[-1], "other_scam")  # still open: joins
    assert clusterer.campaign(index).size == 2 and clusterer.results() == [clusterer.campaign(index)]
    assert len(clusterer.buckets) <= 50 * 21


# ------------------------------------------------------------------ the command
def test_each_template_forms_one_campaign_and_legit_is_never_grouped(rows, scored_run) -> None:
    _, out = scored_run
    by_campaign = groups(out, rows)
    assert all(len(counts) == 1 for counts in by_campaign.values()), "a campaign mixes two templates"
    assert not any("legit" in counts for counts in by_campaign.values())
    largest = {}
    for counts in by_campaign.values():
        (template, n), = counts.items()
        largest[template] = max(largest.get(template, 0), n)
    assert largest == {key: 40 for key in TEMPLATES}  # every variant of every template in its one campaign
    assert len(by_campaign) == len(TEMPLATES)


def test_campaign_files_hold_sizes_schemes_dates_indicators_and_a_chart(rows, scored_run) -> None:
    _, out = scored_run
    campaigns = read_csv(out / "campaigns.csv")
    assert [int(c["size"]) for c in campaigns] == [40] * 6
    by_scheme = Counter(c["scheme"] for c in campaigns)
    assert by_scheme == Counter(scheme for scheme, _ in TEMPLATES.values())
    members = read_csv(out / "members.csv")
    assert len(members) == 240 and [m["id"] for m in members] == [r["id"] for r in rows if r["label"] != "legit"]
    rep = {r["id"]: r for r in rows}
    for c in campaigns:
        mine = [m for m in members if m["campaign_id"] == c["campaign_id"]]
        assert rep[c["representative_id"]]["text"][:200] == c["representative"][:200]
        assert c["representative_id"] == mine[0]["id"]  # the first member in input order
        dates = sorted(m["date"] for m in mine if m["date"])
        assert c["first_seen"] == dates[0] and c["last_seen"] == dates[-1]
        assert int(c["undated"]) == sum(1 for m in mine if not m["date"])
        assert json.loads(c["schemes"]) == {c["scheme"]: 40}
    d = next(c for c in campaigns if rep[c["representative_id"]]["template"] == "D")
    assert d["accounts"].count("(") == 5 and d["phones"] == ""  # top five accounts, no phone in template D
    a = next(c for c in campaigns if rep[c["representative_id"]]["template"] == "A")
    assert "-hotro." in a["domains"] or "-xacthuc." in a["domains"] or "-uudai." in a["domains"]
    f = next(c for c in campaigns if rep[c["representative_id"]]["template"] == "F")
    assert f["phones"].startswith("'+849")  # a cell starting with "+" is neutralised for spreadsheets
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "charts/campaigns_over_time.png" in markdown and campaigns[0]["campaign_id"] in markdown
    assert "không rõ" in markdown  # the unreadable date is listed
    assert (out / "charts" / "campaigns_over_time.png").read_bytes().startswith(PNG)
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<img src="charts/campaigns_over_time.png"' in page


def test_campaign_ids_are_stable_across_runs_and_appended_rows(rows, scored_run, tmp_path: Path) -> None:
    dump, out = scored_run
    again = tmp_path / "again"
    assert main(["campaigns", str(dump), "-o", str(again), "--workers", "1", "--no-progress", "--no-charts"]) == 0
    assert (again / "campaigns.csv").read_bytes() == (out / "campaigns.csv").read_bytes()
    assert (again / "members.csv").read_bytes() == (out / "members.csv").read_bytes()
    more = make_rows(variants=10, seed=99)  # a later dump: the same campaigns continue
    for row in more:
        row["id"] = "X" + row["id"]
    longer = write(tmp_path / "longer.csv", rows + more)
    third = tmp_path / "third"
    assert main(["campaigns", str(longer), "-o", str(third), "--workers", "1", "--no-progress", "--no-charts"]) == 0
    before = {c["campaign_id"]: int(c["size"]) for c in read_csv(out / "campaigns.csv")}
    after = {c["campaign_id"]: int(c["size"]) for c in read_csv(third / "campaigns.csv")}
    assert after == {cid: n + 10 for cid, n in before.items()}


def test_two_workers_give_the_same_files(rows, scored_run, tmp_path: Path) -> None:
    dump, out = scored_run
    pooled = tmp_path / "pooled"
    config = CampaignConfig(input=dump, output_dir=pooled, workers=2, charts=False, chunk_rows=37)
    result = find_campaigns(config)
    assert result.rows == len(rows) and result.scam == 240 and len(result.campaigns) == 6
    assert (pooled / "campaigns.csv").read_bytes() == (out / "campaigns.csv").read_bytes()
    assert (pooled / "members.csv").read_bytes() == (out / "members.csv").read_bytes()


def test_a_raw_dump_is_scored_with_the_model(rows, tmp_path: Path) -> None:
    raw = write(tmp_path / "raw.csv", rows, scored=False)
    out = tmp_path / "raw-out"
    seen = []
    result = find_campaigns(CampaignConfig(input=raw, output_dir=out, charts=False, date_column="received"),
                            progress=lambda n, fraction: seen.append((n, fraction)))
    assert not result.scored_input and result.rows == len(rows) and seen[-1] == (len(rows), 1.0)
    by_campaign = groups(out, rows)
    assert all(len(counts) == 1 for counts in by_campaign.values())
    assert not any("legit" in counts for counts in by_campaign.values())
    for key in TEMPLATES:  # the model may call a variant legit, but what it groups stays together
        assert max((c[key] for c in by_campaign.values() if key in c), default=0) >= 36, key
    assert result.unparsed == 1 and result.unparsed_examples[0][1] == "không rõ"


def test_scored_file_without_indicators_and_formula_cells(tmp_path: Path) -> None:
    rows = [{"id": f"r{k}", "template": "Z", "label": "prize_fee", "received": f"2025-02-0{k % 9 + 1}",
             "text": f"=HYPERLINK(\"x\") Chúc mừng thuê bao 09{k:08d} trúng thưởng xe SH, nộp phí {k + 1}00k vào "
                     f"STK 1903{k:08d} Techcombank để nhận giải"} for k in range(5)]
    dump = write(tmp_path / "formula.csv", rows, indicators=False)
    out = tmp_path / "f"
    assert main(["campaigns", str(dump), "-o", str(out), "--workers", "1", "--no-progress", "--no-charts"]) == 0
    (campaign,) = read_csv(out / "campaigns.csv")
    assert campaign["size"] == "5" and campaign["representative"].startswith("'=HYPERLINK")
    assert "19030000000" in campaign["accounts"] and campaign["phones"].startswith("'+849")


def test_errors_name_the_problem(tmp_path: Path, capsys) -> None:
    dump = write(tmp_path / "d.csv", make_rows(variants=2))
    assert main(["campaigns", str(dump), "-o", str(tmp_path / "o"), "--text-column", "body"]) == 1
    assert "'body'" in capsys.readouterr().err
    assert main(["campaigns", str(dump), "-o", str(tmp_path / "o"), "--date-column", "sent"]) == 1
    assert "'sent'" in capsys.readouterr().err
    with pytest.raises(CampaignError):
        find_campaigns(CampaignConfig(input=dump, output_dir=tmp_path / "o", min_size=1))
    assert main(["campaigns", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o")]) == 1
    assert "no such file" in capsys.readouterr().err


# ------------------------------------------------------------------ the indicator database
def test_indicator_lookup_names_the_campaign(rows, scored_run, tmp_path: Path, capsys) -> None:
    dump, out = scored_run
    db = tmp_path / "ind.sqlite"
    assert main(["indicators", str(dump), "--db", str(db), "--members", str(out / "members.csv"),
                 "--date-column", "received"]) == 0
    members = {m["id"]: m["campaign_id"] for m in read_csv(out / "members.csv")}
    e = next(r for r in rows if r["template"] == "E")  # its account is shared with no other row
    account = compact_indicators([i for i in extract(normalize(e["text"])) if i.kind == "bank_account"])[0]["value"]
    conn = open_db(db, create=False)
    try:
        (match,) = [m for m in lookup(conn, account) if m["kind"] == "bank_account"]
        (campaign,) = match["campaigns"]
        assert campaign["campaign"] == members[e["id"]] and campaign["messages"] >= 1
        assert campaign["first_seen"] <= campaign["last_seen"]
        sightings = conn.execute("SELECT COUNT(*), COUNT(campaign) FROM sightings").fetchone()
        assert sightings[0] == sightings[1]  # every scam row is in a campaign here
    finally:
        conn.close()
    capsys.readouterr()
    assert main(["indicators", "--db", str(db), "--lookup", account]) == 0
    printed = capsys.readouterr().out
    assert f"in campaign {members[e['id']]}, from {campaign['first_seen']} to {campaign['last_seen']}" in printed
    assert "seen 1 time in campaign" in printed or "times in campaign" in printed
    assert main(["indicators", str(dump), "--db", str(db), "--members", str(tmp_path / "none.csv")]) == 1
    assert "no such members file" in capsys.readouterr().err
    assert main(["indicators", str(dump), "--db", str(db), "--members", str(dump)]) == 1
    assert "not a members.csv" in capsys.readouterr().err


def test_indicator_database_of_version_1_gains_the_campaign_column(rows, scored_run, tmp_path: Path) -> None:
    dump, out = scored_run
    db = tmp_path / "old.sqlite"
    conn = open_db(db)
    conn.executescript("DROP TABLE sightings; CREATE TABLE sightings (indicator_id INTEGER NOT NULL, source TEXT NOT "
                       "NULL, message_id TEXT NOT NULL, scheme TEXT NOT NULL, seen TEXT, detail TEXT, PRIMARY KEY "
                       "(indicator_id, source, message_id)) WITHOUT ROWID; PRAGMA user_version = 1;")
    conn.close()
    conn = open_db(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        first = import_scored(conn, dump)  # without members: no campaigns
        assert conn.execute("SELECT COUNT(campaign) FROM sightings").fetchone()[0] == 0
        again = import_scored(conn, dump, members=out / "members.csv")  # the members file makes it a change
        assert not again.skipped and again.sightings == first.sightings
        assert conn.execute("SELECT COUNT(campaign) FROM sightings").fetchone()[0] == first.sightings
        assert import_scored(conn, dump, members=out / "members.csv").skipped
    finally:
        conn.close()
    with sqlite3.connect(db) as raw:
        assert "campaign" in [r[1] for r in raw.execute("PRAGMA table_info(sightings)")]


def test_exact_match_memo_is_bounded() -> None:
    clusterer = Clusterer(max_exact=20)
    hasher = MinHasher()
    texts = [f"chuyen gap <amt> vao stk <num> nhe ban {'x' * (k % 5)} {k % 3}" for k in range(60)]
    sigs = hasher.signatures(texts)
    keys = band_keys(sigs).tolist()
    for k, text in enumerate(texts):
        clusterer.add(str(k), text, text, sigs[k], keys[k], "impersonate_relative")
    assert len(clusterer.exact) <= 20 and clusterer.messages == 60
    assert sum(c.size for c in clusterer.results(1)) == 60
