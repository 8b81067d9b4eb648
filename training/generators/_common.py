"""Shared slot fillers for the corpus generators.

Every value here is invented: phone numbers are random digits in Vietnamese
formats, look-alike domains are made up, people's names are random
combinations. Brand names and their official domains are public facts that
the look-alike generators need in order to imitate them.
"""

from __future__ import annotations

import random
import string

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lâm", "Mai"]
MIDDLES = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Đức", "Quốc", "Thu", "Hoài", "Gia", "Bảo", "Xuân", "Kim"]
GIVENS = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
          "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Nhung", "Phúc", "Phương", "Quân",
          "Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Tuấn", "Vy", "Yến"]
PROVINCES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Nghệ An", "Thanh Hóa", "Bình Dương",
             "Đồng Nai", "Quảng Ninh", "Bắc Ninh", "Khánh Hòa", "Lâm Đồng", "Thừa Thiên Huế", "An Giang",
             "Kiên Giang", "Bình Định", "Đắk Lắk", "Long An", "Thái Nguyên", "Nam Định", "Hà Tĩnh"]

# (display name, short name used in links, official domain)
BANKS = [("Vietcombank", "vietcombank", "vietcombank.com.vn"), ("VietinBank", "vietinbank", "vietinbank.vn"),
         ("BIDV", "bidv", "bidv.com.vn"), ("Agribank", "agribank", "agribank.com.vn"),
         ("Techcombank", "techcombank", "techcombank.com"), ("MB Bank", "mbbank", "mbbank.com.vn"),
         ("ACB", "acb", "acb.com.vn"), ("VPBank", "vpbank", "vpbank.com.vn"), ("TPBank", "tpbank", "tpb.vn"),
         ("Sacombank", "sacombank", "sacombank.com.vn"), ("HDBank", "hdbank", "hdbank.com.vn"),
         ("VIB", "vib", "vib.com.vn"), ("SHB", "shb", "shb.com.vn"), ("OCB", "ocb", "ocb.com.vn"),
         ("SeABank", "seabank", "seabank.com.vn"), ("MSB", "msb", "msb.com.vn"),
         ("Eximbank", "eximbank", "eximbank.com.vn"), ("LPBank", "lpbank", "lpbank.com.vn")]
WALLETS = [("MoMo", "momo", "momo.vn"), ("ZaloPay", "zalopay", "zalopay.vn"),
           ("Viettel Money", "viettelmoney", "viettelmoney.vn"), ("ShopeePay", "shopeepay", "shopeepay.vn"),
           ("VNPAY", "vnpay", "vnpay.vn")]
TELCOS = [("Viettel", "viettel", "viettel.vn"), ("Vinaphone", "vinaphone", "vinaphone.com.vn"),
          ("MobiFone", "mobifone", "mobifone.vn"), ("Vietnamobile", "vietnamobile", "vietnamobile.com.vn")]
COURIERS = [("Giao Hàng Nhanh", "ghn", "ghn.vn"), ("Giao Hàng Tiết Kiệm", "ghtk", "ghtk.vn"),
            ("Viettel Post", "viettelpost", "viettelpost.com.vn"), ("VNPost", "vnpost", "vnpost.vn"),
            ("J&T Express", "jtexpress", "jtexpress.vn"), ("Ninja Van", "ninjavan", "ninjavan.co")]
SHOPS = [("Shopee", "shopee", "shopee.vn"), ("Lazada", "lazada", "lazada.vn"), ("Tiki", "tiki", "tiki.vn"),
         ("TikTok Shop", "tiktokshop", "tiktok.com"), ("Sendo", "sendo", "sendo.vn")]
STATE = [("VNeID", "vneid", "vneid.gov.vn"), ("Cổng Dịch vụ công Quốc gia", "dichvucong", "dichvucong.gov.vn"),
         ("Bảo hiểm xã hội Việt Nam", "baohiemxahoi", "baohiemxahoi.gov.vn"),
         ("Tổng cục Thuế", "thuedientu", "gdt.gov.vn"), ("Cục CSGT", "csgt", "csgt.vn"),
         ("EVN", "evn", "evn.com.vn")]

CHEAP_TLDS = ["top", "xyz", "icu", "vip", "cc", "life", "cfd", "bid", "tech", "online", "site", "click", "shop", "info", "asia"]
LURE_WORDS = ["xacthuc", "xacminh", "hotro", "baomat", "khachhang", "dangnhap", "capnhat", "ebank", "online",
              "vn", "care", "support", "verify", "secure", "app", "login", "uudai", "nhanqua"]
SHORTENERS = ["bit.ly", "t.ly", "tinyurl.com", "shorturl.at", "cutt.ly", "rb.gy", "is.gd"]


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def person_name(rng: random.Random, full: bool = True) -> str:
    if not full:
        return pick(rng, GIVENS)
    return f"{pick(rng, SURNAMES)} {pick(rng, MIDDLES)} {pick(rng, GIVENS)}"


def phone(rng: random.Random) -> str:
    """A random mobile number in one of the formats people actually type."""
    prefix = pick(rng, ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81",
                        "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98"])
    rest = "".join(rng.choice(string.digits) for _ in range(7))
    digits = prefix + rest
    style = rng.randrange(5)
    if style == 0:
        return "0" + digits
    if style == 1:
        return f"0{digits[:3]} {digits[3:6]} {digits[6:]}"
    if style == 2:
        return f"0{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    if style == 3:
        return "+84" + digits
    return "84" + digits


def hotline(rng: random.Random) -> str:
    return pick(rng, ["1900", "1800"]) + "".join(rng.choice(string.digits) for _ in range(4))


def account_number(rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) for _ in range(rng.choice([9, 10, 12, 13, 14])))


def amount(rng: random.Random, low: int = 100_000, high: int = 50_000_000) -> str:
    """A money amount written the way Vietnamese messages write them."""
    value = rng.randrange(low, high) // 10_000 * 10_000 or low
    style = rng.randrange(6)
    if style == 0:
        return f"{value:,}".replace(",", ".") + "đ"
    if style == 1:
        return f"{value:,}".replace(",", ".") + " VND"
    if style == 2 and value >= 1_000_000:
        m = value / 1_000_000
        return (f"{m:.1f}".rstrip("0").rstrip(".").replace(".", ",")) + " triệu"
    if style == 3 and value < 10_000_000:
        return f"{value // 1000}k"
    if style == 4 and value >= 1_000_000:
        return f"{value // 1_000_000}tr"
    return f"{value:,}".replace(",", ".") + " đồng"


def rand_token(rng: random.Random, n: int = 5, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def lookalike_domain(rng: random.Random, short: str) -> str:
    """An invented domain that imitates a brand: the shapes the field guide lists."""
    word = pick(rng, LURE_WORDS)
    tld = pick(rng, CHEAP_TLDS)
    shape = rng.randrange(8)
    if shape == 0:
        return f"{short}-{word}.{tld}"
    if shape == 1:
        return f"i-{short}.{tld}"
    if shape == 2:
        return f"{short}.vn-{word}.{tld}"
    if shape == 3:
        return f"{word}{short}.{tld}"
    if shape == 4:
        swapped = short.replace("o", "0", 1).replace("i", "1", 1) if any(c in short for c in "oi") else short + "vn"
        return f"{swapped}.com"
    if shape == 5:
        return f"{short}{rng.randrange(10, 999)}.{tld}"
    if shape == 6:
        return f"{word}-{short}.com.vn.{tld}"
    return f"{short}-{word}{rng.randrange(1, 99)}.com"


def lookalike_url(rng: random.Random, short: str) -> str:
    domain = lookalike_domain(rng, short)
    scheme = pick(rng, ["https://", "http://", "", "", "www."])
    path = pick(rng, ["", "", "/login", "/xac-thuc", "/" + rand_token(rng, 6), "/vn", "/index.html"])
    return scheme + domain + path


def shortener_url(rng: random.Random) -> str:
    return pick(rng, ["https://", ""]) + pick(rng, SHORTENERS) + "/" + rand_token(
        rng, rng.randrange(5, 9), string.ascii_letters + string.digits)


def scam_link(rng: random.Random, short: str) -> str:
    return shortener_url(rng) if rng.random() < 0.3 else lookalike_url(rng, short)


def deadline(rng: random.Random) -> str:
    return pick(rng, ["trước 17h hôm nay", "trong vòng 24h", "trong 2 giờ tới", "trước 23h59 ngày hôm nay",
                      "trong ngày hôm nay", "trước 12h trưa mai", "trong 30 phút", "trước ngày "
                      + f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}", "ngay lập tức", "trong 48 giờ"])


def date(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/2026"


def time_hm(rng: random.Random) -> str:
    return f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}"


def otp_code(rng: random.Random, n: int = 6) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def masked_account(rng: random.Random) -> str:
    return f"{rng.randrange(100, 9999)}xxx{rng.randrange(100, 999)}" if rng.random() < 0.5 else "*" * 4 + str(rng.randrange(1000, 9999))
