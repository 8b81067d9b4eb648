"""Benchmark ``scamdetect campaigns``: purity and seconds on a generated dump of templated scams.

    python benchmarks/bench_campaigns.py                    # the issue's 50,000-row dump, scored and raw
    python benchmarks/bench_campaigns.py --rows 1000000     # the scale check: 1M rows, raw, 2 workers
    python benchmarks/bench_campaigns.py --json out.json

The dump is generated here, from parts written for this benchmark (benchmark input, not
corpus): 20 scam templates (several per scheme, so that templates of one scheme must not merge),
each with 500 variants (different names, phone numbers, accounts, amounts, links, dates and
codes, and disguises: no diacritics, look-alike letters, ``kh0a``-style digits, spaced-out
words, defanged links) spread over 2,250 rows with random junk tails (salt strings, emoji,
``#a8k2``, ``[ref 83jd]``); plus 5,000 distinct legit messages: 50,000 rows. Rows are
shuffled and carry a ``received`` date over six months (ISO or dd/mm/yyyy hh:mm).

Two runs on the 50,000 rows: *scored* (the file has ``label``/``is_scam`` columns with the true
labels, so only the grouping is measured) and *raw* (scored by the bundled model first, as
``scamdetect campaigns`` does on a raw dump; a variant the model calls legit is not grouped).
Purity, per run: for each template, the share of its rows in its largest campaign (goal: at
least 95% for every template), the number of campaigns mixing rows of two templates (goal: 0)
and the legit rows in campaigns. ``--rows N`` scales the dump (N/10 legit rows, the rest split
over the same 20 templates of 500 variants; ``--distinct``: every row its own variant) for the
1,000,000-row speed check (goal: under 3 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

__all__ = ["TEMPLATES", "make_dump", "purity", "run", "main"]

# (scheme, template); slots: {name} {name2} {phone} {acct} {bank} {amt} {link} {code} {time} {date} {brand}
TEMPLATES = [
    ("bank_phishing", "{brand}: Tài khoản của Quý khách {name} đã bị tạm khóa do đăng nhập bất thường. Vui lòng xác "
                      "thực lại tại {link} trước {time} hôm nay để tránh bị khóa vĩnh viễn."),
    ("bank_phishing", "[{brand}] Quý khách vừa nhận được khoản hoàn tiền {amt}. Để nhận tiền, truy cập {link} và "
                      "nhập mã OTP được gửi về máy. Mã giao dịch {code}."),
    ("fake_vneid", "Cán bộ công an phường thông báo: tài khoản VNeID của công dân {name} chưa được chuẩn hóa mức 2. "
                   "Kết bạn Zalo {phone} để được hướng dẫn cài ứng dụng trước ngày {date}."),
    ("fake_authority", "Đây là cơ quan điều tra Công an TP. Ông/bà {name} có liên quan đến đường dây rửa tiền. Yêu "
                       "cầu chuyển {amt} vào tài khoản tạm giữ {acct} {bank} để xác minh, liên hệ {phone}."),
    ("task_commission", "Tuyển cộng tác viên làm nhiệm vụ thả tim video TikTok, mỗi nhiệm vụ nhận {amt}, làm tại "
                        "nhà 1-2 tiếng mỗi ngày. Liên hệ Zalo {phone} gặp chị {name2} để nhận việc."),
    ("task_commission", "Chúc mừng bạn được chọn tham gia chương trình tri ân: nạp {amt} làm nhiệm vụ đơn hàng, "
                        "hoàn vốn kèm hoa hồng 30% ngay. Đăng ký tại {link}, mã giới thiệu {code}."),
    ("fake_investment", "Nhóm chuyên gia phân tích chứng khoán miễn phí, cam kết lợi nhuận 20%/tuần, đã có hơn "
                        "5000 thành viên. Tham gia ngay nhóm Telegram {link} cùng thầy {name2}."),
    ("prize_fee", "Chúc mừng thuê bao {phone} đã trúng thưởng xe máy SH trong chương trình tri ân khách hàng. Vui "
                  "lòng nộp phí trước bạ {amt} vào STK {acct} {bank} để nhận giải."),
    ("fake_loan", "Vay tiêu dùng không thế chấp, giải ngân trong 30 phút, chỉ cần CCCD. Hạn mức đến {amt}, lãi "
                  "suất 0.8%/tháng. Đăng ký {link} hoặc gọi {phone} gặp anh {name2}."),
    ("fake_loan", "Hồ sơ vay của anh/chị {name} đã được duyệt. Để giải ngân, vui lòng đóng phí bảo hiểm khoản vay "
                  "{amt} vào tài khoản {acct} {bank} trong hôm nay, nội dung {code}."),
    ("impersonate_relative", "Chị ơi em {name2} đây, điện thoại em hỏng nên nhắn tạm nick này. Chị chuyển giúp em "
                             "{amt} vào STK {acct} {bank} tên {name} nhé, tối em gửi lại."),
    ("fake_service_provider", "EVN thông báo: hộ gia đình {name} nợ tiền điện kỳ này {amt}, sẽ bị cắt điện lúc "
                              "{time} hôm nay. Thanh toán ngay tại {link} hoặc gọi {phone}."),
    ("fake_service_provider", "Giao hàng tiết kiệm: đơn hàng {code} của bạn giao không thành công do sai địa chỉ. "
                              "Cập nhật địa chỉ và thanh toán phí giao lại {amt} tại {link}."),
    ("fake_subsidy", "BHXH Việt Nam thông báo ông/bà {name} được nhận trợ cấp một lần {amt}. Để nhận tiền, cung "
                     "cấp số CCCD và tài khoản ngân hàng qua Zalo {phone} trước ngày {date}."),
    ("fake_debt_collection", "Công ty tài chính thông báo: khoản vay của {name} đã quá hạn, số tiền {amt}. Nếu không "
                             "thanh toán vào {acct} {bank} trước {time} sẽ gửi thông tin cho người thân."),
    ("gambling_ad", "Nhà cái uy tín số 1 châu Á, nạp đầu tặng 100%, hoàn trả mỗi ngày, rút tiền siêu tốc trong 3 "
                    "phút. Đăng ký ngay {link} nhận {amt} miễn phí, mã {code}."),
    ("travel_study_labor", "Tuyển lao động đi Nhật Bản đơn hàng đóng gói thực phẩm, lương {amt}/tháng, bay nhanh "
                           "trong 2 tháng. Đặt cọc giữ chỗ vào {acct} {bank}, liên hệ cô {name2} {phone}."),
    ("ecommerce_collaborator", "Shopee tuyển cộng tác viên xử lý đơn hàng online, thu nhập {amt} mỗi ngày, không "
                               "cần kinh nghiệm. Nhắn tin Telegram {link} để được hướng dẫn nhận đơn đầu tiên."),
    ("child_model_recruitment", "Công ty truyền thông tuyển mẫu nhí cho bộ ảnh thời trang mùa hè, cát-xê {amt}. "
                                "Phụ huynh của bé {name2} vui lòng liên hệ Zalo {phone} để đăng ký casting."),
    ("online_shopping_fraud", "Shop thanh lý iPhone 15 Pro Max chính hãng giá chỉ {amt}, số lượng có hạn. Chuyển "
                              "khoản cọc vào {acct} {bank} tên {name} để giữ hàng, ship COD toàn quốc."),
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Đức", "Hữu", "Thu", "Gia"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hằng", "Hoa", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long",
         "Mai", "Nam", "Ngân", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"]
BRANDS = ["Vietcombank", "VietinBank", "Techcombank", "BIDV", "Agribank", "MB Bank", "ACB", "VPBank"]
BANKS = ["Vietcombank", "Techcombank", "MB Bank", "ACB", "VPBank", "Sacombank", "TPBank", "BIDV"]
TLDS = ["top", "xyz", "vip", "icu", "cc", "online", "site", "click"]
STEMS = ["xacthuc", "hotro", "baomat", "nhanqua", "uudai", "dangky", "khachhang", "dichvu", "trian", "hoantien"]
JUNK = ["", "", "", " x7kq2", " 🙏🙏", " 🔥🔥🔥", " #a8k2", " [ref 83jd]", " ...", " zxqv", " !!!", " ✅",
        " ma: Q8X2", " k9m2p", " 👉👉"]
LOOKALIKE = str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с"})  # Cyrillic look-alikes
LEET = str.maketrans({"o": "0", "i": "1"})

LEGIT_SUBJECTS = ["Mẹ ơi", "Anh ơi", "Chị ơi", "Em ơi", "Bạn ơi", "Cả nhà ơi", "Thầy ơi", "Cô ơi", "Bố ơi", "Sếp ơi"]
LEGIT_BODIES = [
    "tối nay {t} mình ăn lẩu ở nhà {n} nha", "mai {t} họp lớp ở quán cà phê đầu ngõ", "con về tới nhà rồi, {t} con gọi lại",
    "chiều nay {t} đón bé {n} giúp em với", "cuối tuần này đi câu cá ở hồ {n} không", "nhớ mang áo mưa, chiều {t} trời mưa to",
    "em gửi lại file báo cáo tháng {d} rồi nhé", "hôm nay {t} nhà mình cúp nước, nhớ hứng sẵn",
    "mai {t} đi khám răng cho bé {n} nhé", "tuần sau lớp {n} nghỉ học ngày thứ {d}", "quán phở {n} mở cửa lại từ {t}",
    "em mua được vé xe về quê lúc {t} ngày {d} rồi", "bài tập nhóm {n} nộp trước {t} thứ {d} nha",
    "sinh nhật {n} vào tối thứ {d}, nhớ đến sớm", "trận bóng lúc {t} chuyển sang sân {n}",
]
LEGIT_ENDS = ["", " nhé", " nha", " ạ", " 😊", " nhé cả nhà", " nha mọi người", " cảm ơn ạ"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _fill(template: str, rng: random.Random, start: datetime) -> str:
    phone = "0" + rng.choice("3579") + "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.3:
        phone = f"{phone[:4]}.{phone[4:7]}.{phone[7:]}"
    amount = rng.choice([f"{rng.randint(1, 99) * 100}.000đ", f"{rng.randint(2, 90)}tr", f"{rng.randint(1, 9)}00k",
                         f"{rng.randint(1, 50)} triệu đồng", f"{rng.randint(1, 999)},000,000 VND"])
    link = f"{rng.choice(BRANDS).lower().replace(' ', '')}-{rng.choice(STEMS)}.{rng.choice(TLDS)}"
    if rng.random() < 0.2:
        link = "hxxps://" + link.replace(".", "[.]") + "/login"
    day = start + timedelta(days=rng.randint(0, 40))
    text = template.format(
        name=_name(rng), name2=rng.choice(GIVEN), phone=phone, acct="".join(rng.choice("0123456789")
                                                                            for _ in range(rng.randint(9, 14))),
        bank=rng.choice(BANKS), amt=amount, link=link, brand=rng.choice(BRANDS),
        code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(5, 9))),
        time=f"{rng.randint(8, 22)}h{rng.choice(['', '30', '00'])}", date=f"{day.day:02d}/{day.month:02d}")
    roll = rng.random()
    if roll < 0.2:  # typed without diacritics
        from scamdetect.text import strip_diacritics

        text = strip_diacritics(text)
    elif roll < 0.3:  # look-alike letters in a few words
        words = text.split(" ")
        for k in rng.sample(range(len(words)), min(3, len(words))):
            words[k] = words[k].translate(LOOKALIKE)
        text = " ".join(words)
    elif roll < 0.38:  # digits for letters in a word or two
        words = text.split(" ")
        for k in rng.sample(range(len(words)), min(2, len(words))):
            if words[k].isalpha():
                words[k] = words[k].translate(LEET)
        text = " ".join(words)
    elif roll < 0.45:  # a spaced-out word
        words = text.split(" ")
        k = rng.randrange(len(words))
        if words[k].isalpha() and len(words[k]) > 3:
            words[k] = " ".join(words[k])
        text = " ".join(words)
    return text


def _legit(k: int, rng: random.Random) -> str:
    body = rng.choice(LEGIT_BODIES).format(t=f"{rng.randint(5, 22)}h{rng.choice(['', '15', '30', '45'])}",
                                           n=rng.choice(GIVEN), d=rng.randint(2, 12))
    return f"{rng.choice(LEGIT_SUBJECTS)}, {body}{rng.choice(LEGIT_ENDS)} (#{k})" if k % 3 == 0 else \
        f"{rng.choice(LEGIT_SUBJECTS)}, {body}{rng.choice(LEGIT_ENDS)}"


def make_dump(path: Path, rows_total: int = 50_000, legit: int = 5000, templates: int = 20, variants: int = 500,
              seed: int = 7, scored: bool = False) -> dict[str, str]:
    """Write the dump (id, received, text[, label, is_scam]); returns id -> template ('legit' for legit rows).

    Each template gets ``variants`` fillings (names, numbers, amounts, links, codes, disguises); its
    ``(rows_total - legit) / templates`` rows each take one of them and a random junk tail."""
    rng = random.Random(seed)
    base = datetime(2025, 1, 1)
    rows: list[tuple[str, str, str, str]] = []  # id, template, label, text
    texts: set[str] = set()
    per_template = (rows_total - legit) // templates
    for t in range(templates):
        scheme, template = TEMPLATES[t % len(TEMPLATES)]
        if t >= len(TEMPLATES):  # more templates for the scale run: the same story told by another sender
            template = f"[Tin nhắn {t}] " + template.replace(".", f" (mẫu {t}).", 1)
        start = base + timedelta(days=rng.randint(0, 140))
        fillings = [_fill(template, rng, start) for _ in range(variants)]
        for v in range(per_template):
            rows.append((f"t{t:03d}r{v:06d}", f"T{t:03d}", scheme, rng.choice(fillings) + rng.choice(JUNK)))
    k = 0
    while len(texts) < legit:
        text = _legit(k, rng)
        k += 1
        if text in texts:
            continue
        texts.add(text)
        rows.append((f"l{k:07d}", "legit", "legit", text))
    rng.shuffle(rows)
    truth = {}
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "received", "text", *(["label", "is_scam"] if scored else [])])
        for rid, template, label, text in rows:
            when = base + timedelta(seconds=rng.randint(0, 181 * 86400))
            if template != "legit":  # a campaign runs for a month
                when = base + timedelta(days=int(rid[1:4]) * 7 % 150, seconds=rng.randint(0, 30 * 86400))
            stamp = when.strftime("%Y-%m-%d %H:%M:%S") if rng.random() < 0.7 else when.strftime("%d/%m/%Y %H:%M")
            writer.writerow([rid, stamp, text, *([label, "true" if label != "legit" else "false"] if scored else [])])
            truth[rid] = template
    return truth


def purity(truth: dict[str, str], members: Path) -> dict:
    """Per template, the share of its rows in its largest campaign; campaigns mixing templates; legit in campaigns."""
    by_campaign: dict[str, Counter] = defaultdict(Counter)
    with open(members, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_campaign[row["campaign_id"]][truth[row["id"]]] += 1
    sizes = Counter(t for t in truth.values() if t != "legit")
    best: dict[str, int] = Counter()
    for counts in by_campaign.values():
        for template, n in counts.items():
            best[template] = max(best[template], n)
    shares = {t: best.get(t, 0) / n for t, n in sorted(sizes.items())}
    mixed = [c for c, counts in by_campaign.items() if len([t for t in counts if t != "legit"]) > 1]
    legit = sum(counts.get("legit", 0) for counts in by_campaign.values())
    return {"templates": len(sizes), "min_share": min(shares.values()), "mean_share": sum(shares.values()) / len(shares),
            "templates_below_95": [t for t, s in shares.items() if s < 0.95], "mixed_campaigns": len(mixed),
            "legit_in_campaigns": legit, "campaigns": len(by_campaign), "shares": shares}


class _Sampler(threading.Thread):
    """Peak RSS of the command's process tree and of its largest process, sampled from /proc."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.tree_kb = self.largest_kb = 0
        self.stop = threading.Event()

    def run(self) -> None:
        from benchmarks.bench_score import _descendants, _rss_kb

        if not os.path.isdir("/proc"):
            return
        while not self.stop.is_set():
            sizes = [_rss_kb(p) for p in _descendants(self.pid)]
            self.tree_kb = max(self.tree_kb, sum(sizes))
            self.largest_kb = max([self.largest_kb, *sizes])
            self.stop.wait(self.every)


def _one(label: str, dump: Path, truth: dict[str, str], out: Path, workers: int, extra: list[str]) -> dict:
    import subprocess

    cmd = [sys.executable, "-m", "scamdetect", "campaigns", str(dump), "-o", str(out), "--workers", str(workers),
           "--no-progress", *extra]
    load_before = [round(x, 2) for x in os.getloadavg()]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = _Sampler(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode:
        raise SystemExit(f"{label}: scamdetect campaigns failed:\n{stderr}")
    result = {"run": label, "rows": len(truth), "seconds": round(seconds, 2), "rows_per_second": round(len(truth) / seconds),
              "cpu_seconds": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
              "peak_rss_mb_largest_process": round(sampler.largest_kb / 1024),
              "peak_rss_mb_process_tree": round(sampler.tree_kb / 1024),
              "load_before": load_before, "load_after": [round(x, 2) for x in os.getloadavg()],
              "summary": stderr.strip().splitlines()[0]}
    result.update(purity(truth, out / "members.csv"))
    return result


def run(rows: int | None = None, workers: int = 2, json_out: str | None = None, keep: str | None = None,
        distinct: bool = False) -> dict:
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench_campaigns-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {"machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                           "python": platform.python_version()}, "runs": []}
    if rows is None:
        for label, scored in (("50k scored (true labels)", True), ("50k raw (model scores)", False)):
            dump = folder / f"dump_{'scored' if scored else 'raw'}.csv"
            truth = make_dump(dump, scored=scored)
            results["runs"].append(_one(label, dump, truth, folder / f"out_{'scored' if scored else 'raw'}",
                                        workers, []))
    else:
        dump = folder / f"dump_{rows}{'_distinct' if distinct else ''}.csv"
        per_template = (rows - rows // 10) // len(TEMPLATES)
        truth = make_dump(dump, rows_total=rows, legit=rows // 10, variants=per_template if distinct else 500)
        label = f"{rows:,} raw (model scores){', every row a distinct variant' if distinct else ''}"
        results["runs"].append(_one(label, dump, truth, folder / "out_scale", workers, []))
    for r in results["runs"]:
        shares = r.pop("shares")
        r["worst_templates"] = dict(sorted(shares.items(), key=lambda kv: kv[1])[:3])
        print(json.dumps(r, ensure_ascii=False), flush=True)
    if json_out:
        Path(json_out).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, help="scale run with this many rows instead of the 50k purity runs")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--keep", metavar="DIR", help="write the dumps and outputs here (default: a temp folder)")
    parser.add_argument("--distinct", action="store_true",
                        help="with --rows: every row its own variant (no repeated text), the worst case")
    args = parser.parse_args(argv)
    run(args.rows, args.workers, args.json, args.keep, args.distinct)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
